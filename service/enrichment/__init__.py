"""The functional core: `enrich(article, nlp=...) -> EnrichedArticle`, with no Kafka, HTTP or file I/O."""

from service.enrichment.core import enrich, enrich_many

__all__ = ["enrich", "enrich_many"]
