"""The command-line consumer: prints one JSON document per record of a topic."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterator

import orjson
from kafka import KafkaConsumer

from service.settings import Settings


def records(topic: str, settings: Settings, *, from_beginning: bool, limit: int | None,
            timeout: float | None) -> Iterator[dict]:
    """Record values as JSON objects (non-JSON values are wrapped with their base64 bytes)."""
    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=settings.kafka_bootstrap,
        group_id=f"wirestream-subscribe-{uuid.uuid4().hex[:8]}",
        enable_auto_commit=False,
        auto_offset_reset="earliest" if from_beginning else "latest",
        consumer_timeout_ms=int(timeout * 1000) if timeout else float("inf"),
        client_id="wirestream-subscribe",
        **settings.kafka_client_options(),
    )
    count = 0
    try:
        for message in consumer:
            try:
                value = orjson.loads(message.value) if message.value is not None else None
            except orjson.JSONDecodeError:
                value = {"value_base64": base64.b64encode(message.value).decode()}
            yield value
            count += 1
            if limit is not None and count >= limit:
                return
    finally:
        consumer.close()
