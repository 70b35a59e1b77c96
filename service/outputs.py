"""An enriched article as the records it becomes (enriched, events, contributions) plus its dashboard digest: no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field

from schemas import EnrichedArticle, EventRecord
from service.codec import encode, key
from service.counts import by_partition
from service.digest import Digest, digest_of


@dataclass(frozen=True)
class ArticleOutputs:
    """Everything the worker sends for one article, already encoded (plain bytes, so it crosses processes cheaply)."""

    article_id: str
    enriched: bytes
    #: (key, value) of each `events` record: one per structured event, keyed by its actor.
    events: list[tuple[bytes | None, bytes]] = field(default_factory=list)
    #: (partition, value) of each `actor-contributions` record: one per partition of the counts the article touches.
    contributions: list[tuple[int, bytes]] = field(default_factory=list)
    digest: Digest | None = None


def outputs_of(enriched: EnrichedArticle, *, partitions: int) -> ArticleOutputs:
    events = [
        (key(e.actor), encode(EventRecord(id=e.id, article_id=enriched.article_id,
                                          published_at=enriched.article.published_at, event=e)))
        for e in enriched.events
    ]
    return ArticleOutputs(
        article_id=enriched.article_id,
        enriched=encode(enriched),
        events=events,
        contributions=[(p, encode(bundle)) for p, bundle in by_partition(enriched, partitions).items()],
        digest=digest_of(enriched),
    )
