"""wirestream: streaming enrichment of news articles on Kafka."""

__version__ = "0.1.0"
