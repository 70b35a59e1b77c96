"""Running counts per actor (the table value and the `actor-counts` payload) and the contributions that build them."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from schemas.enriched import ActorKind
from schemas.version import SCHEMA_VERSION


class FigureTally(BaseModel):
    figures: int = Field(0, description="How many figures.")
    total: float = Field(0, description="Sum of their values (the lower bound where the text gives no number).")


class RoleFigures(BaseModel):
    as_perpetrator: dict[str, FigureTally] = Field(default_factory=dict, description="By figure type.")
    as_victim: dict[str, FigureTally] = Field(default_factory=dict, description="By figure type.")


class ActorContribution(BaseModel):
    """One article's contribution to one actor: the unit that counting deduplicates on (article_id, actor_id)."""

    schema_version: str = SCHEMA_VERSION
    article_id: str
    actor_id: str
    name: str
    kind: ActorKind
    country: str | None = None
    mentions: int
    events: dict[str, int] = Field(default_factory=dict)
    figures: RoleFigures = Field(default_factory=RoleFigures)
    seen_at: datetime | None = Field(
        None, description="The article's publication time; null when it gives none (never the processing time, so a re-delivery contributes the same)."
    )


class ArticleContributions(BaseModel):
    """One article's contributions to the actors whose counts live on one partition of the counts table.

    The worker sends one such record per partition an article touches, not one per actor: the partition is the
    one Kafka's default partitioner gives each `actor_id`, so every actor is still counted in one place."""

    schema_version: str = SCHEMA_VERSION
    article_id: str
    contributions: list[ActorContribution] = Field(description="At least one; all of them hash to this record's partition.")


class ActorCounts(BaseModel):
    schema_version: str = SCHEMA_VERSION
    actor_id: str
    name: str
    kind: ActorKind
    country: str | None = None
    mentions: int = 0
    articles: int = 0
    events: dict[str, int] = Field(default_factory=dict, description="Events with this actor as actor, by verb.")
    figures: RoleFigures = Field(default_factory=RoleFigures)
    first_seen: datetime | None = None
    last_seen: datetime | None = None
