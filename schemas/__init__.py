"""Versioned payload models for every wirestream topic; their JSON Schema exports live in schemas/json/."""

from schemas.article import Article, article_id_for
from schemas.counts import ActorContribution, ActorCounts, ArticleContributions, FigureTally, RoleFigures
from schemas.dead_letter import DeadLetter, SourcePosition
from schemas.enriched import (
    Actor,
    ArticleMeta,
    EnrichedArticle,
    Event,
    EventRecord,
    Incident,
    Figure,
    Mention,
    Processing,
    Quote,
)
from schemas.version import SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "ActorContribution",
    "ActorCounts",
    "Article",
    "ArticleContributions",
    "ArticleMeta",
    "DeadLetter",
    "EnrichedArticle",
    "Event",
    "EventRecord",
    "Incident",
    "Figure",
    "FigureTally",
    "Mention",
    "Processing",
    "Quote",
    "RoleFigures",
    "SourcePosition",
    "article_id_for",
]
