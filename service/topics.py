"""The one registry of topics: names, partitions, keys and payload types, read by agents, CLI, compose and manifests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from schemas import ActorCounts, Article, ArticleContributions, DeadLetter, EnrichedArticle, EventRecord

if TYPE_CHECKING:
    from pydantic import BaseModel

    from service.settings import Settings


@dataclass(frozen=True)
class TopicSpec:
    """One topic of the contract: its role (how code refers to it), default name, key and payload."""

    role: str
    name: str
    key: str
    payload: type[BaseModel]
    description: str
    compacted: bool = False
    internal: bool = False
    #: Per-topic `max.message.bytes`; None keeps the broker's default (about 1 MB).
    max_message_bytes: int | None = None

    def full_name(self, settings: Settings) -> str:
        return f"{settings.topic_prefix}{self.name}"

    def config(self) -> dict[str, str]:
        config = {"cleanup.policy": "compact"} if self.compacted else {}
        if self.max_message_bytes is not None:
            config["max.message.bytes"] = str(self.max_message_bytes)
        return config


# Records over the worker's size limit (1 MB by default) must still reach it to be dead-lettered, and a dead
# letter carries the original bytes base64-encoded (4/3 larger): so the input accepts 8 MiB and the outputs 16 MiB.
MiB = 1 << 20
ARTICLES = TopicSpec(
    "articles", "articles", "article id", Article, "Input: articles to enrich (JSON).", max_message_bytes=8 * MiB
)
ENRICHED = TopicSpec(
    "enriched", "articles.enriched", "article id", EnrichedArticle, "One enriched article per input article.",
    max_message_bytes=16 * MiB,
)
EVENTS = TopicSpec("events", "events", "actor id", EventRecord, "One record per structured event, keyed by its actor.")
ACTOR_COUNTS = TopicSpec(
    "actor_counts", "actor-counts", "actor id", ActorCounts, "Latest running counts per actor.", compacted=True
)
DEAD_LETTERS = TopicSpec(
    "dead_letters", "articles.dlq", "article id, else the dead letter's id", DeadLetter, "Records that could not be enriched.",
    max_message_bytes=16 * MiB,
)
CONTRIBUTIONS = TopicSpec(
    "contributions",
    "actor-contributions",
    "article id (the partition is chosen by actor id)",
    ArticleContributions,
    "Internal: one article's contributions to the actors counted on one partition; each actor always goes to the "
    "partition Kafka's default partitioner gives its id, so the counts table is co-partitioned with this topic.",
    internal=True,
)

TOPICS: tuple[TopicSpec, ...] = (ARTICLES, ENRICHED, EVENTS, ACTOR_COUNTS, DEAD_LETTERS, CONTRIBUTIONS)
BY_ROLE = {spec.role: spec for spec in TOPICS}


def resolve(name_or_role: str, settings: Settings) -> str:
    """A full topic name from a role ('enriched'), a default name ('articles.enriched') or a full name."""
    for spec in TOPICS:
        if name_or_role in (spec.role, spec.name, spec.full_name(settings)):
            return spec.full_name(settings)
    return name_or_role
