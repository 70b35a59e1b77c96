"""What the live dashboard keeps of an enriched article: small, plain and picklable (made where the model runs)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from schemas import EnrichedArticle

CONTEXT_CHARS = 70  # text shown either side of a figure's span


@dataclass(frozen=True)
class RecentFigure:
    article_id: str
    type: str
    value: float | None
    qualifier: str
    start: int
    end: int
    before: str
    span: str
    after: str
    by: str | None
    victims: str | None


@dataclass(frozen=True)
class RecentArticle:
    article_id: str
    title: str | None
    actors: int
    figures: int
    events: int
    at: float


@dataclass(frozen=True)
class Digest:
    """One article as the dashboard shows it; `at` is filled in when the article is emitted."""

    article_id: str
    title: str | None
    actors: int
    events: int
    figures: list[RecentFigure] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)


def figures_of(enriched: EnrichedArticle) -> list[RecentFigure]:
    """Each figure with the article text around its span, so a reader sees what the number was read from."""
    text = enriched.article.text
    return [
        RecentFigure(
            article_id=enriched.article_id, type=f.type, value=f.value, qualifier=f.qualifier, start=f.start, end=f.end,
            before=text[max(0, f.start - CONTEXT_CHARS):f.start], span=text[f.start:f.end],
            after=text[f.end:f.end + CONTEXT_CHARS], by=f.by, victims=f.victims,
        )
        for f in enriched.figures
    ]


def digest_of(enriched: EnrichedArticle) -> Digest:
    return Digest(
        article_id=enriched.article_id, title=enriched.article.title, actors=len(enriched.actors),
        events=len(enriched.events), figures=figures_of(enriched), names={a.id: a.name for a in enriched.actors},
    )
