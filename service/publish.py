"""The command-line producer: articles from files or stdin onto the input topic, keyed by article id."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field

import orjson
from kafka import KafkaProducer
from pydantic import ValidationError
from tqdm import tqdm

from schemas import Article
from service.settings import Settings
from service.sources import SourceRecord
from service.topics import ARTICLES


@dataclass
class PublishReport:
    sent: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)


def producer(settings: Settings) -> KafkaProducer:
    return KafkaProducer(
        bootstrap_servers=settings.kafka_bootstrap,
        acks="all",
        linger_ms=20,
        max_request_size=max(settings.max_article_bytes * 2, 1_048_576),
        client_id="wirestream-publish",
        **settings.kafka_client_options(),
    )


def publish(records: Iterable[SourceRecord], settings: Settings, *, topic: str | None = None,
            progress: bool = True) -> PublishReport:
    """Validate each record as an Article (so its key is its id) and send it; invalid ones are reported, not sent."""
    topic = topic or ARTICLES.full_name(settings)
    report = PublishReport()
    kafka = producer(settings)
    try:
        bar = tqdm(records, unit=" articles", disable=not progress or not sys.stderr.isatty(), file=sys.stderr)
        futures = []
        for record in bar:
            if record.payload is None:
                report.skipped.append((record.origin, record.error or "unreadable"))
                continue
            try:
                article = Article.model_validate(record.payload)
            except ValidationError as exc:
                report.skipped.append((record.origin, exc.errors()[0]["msg"]))
                continue
            payload = {**record.payload, "id": article.id}
            futures.append(kafka.send(topic, key=article.id.encode(), value=orjson.dumps(payload)))
            report.ids.append(article.id)
        for fut in futures:
            fut.get(timeout=60)
        report.sent = len(futures)
    finally:
        kafka.flush()
        kafka.close()
    return report
