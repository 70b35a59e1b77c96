"""Builds the one Faust application of a worker process from the settings: config, topics, the counts table."""

from __future__ import annotations

import asyncio
import socket
from dataclasses import dataclass
from typing import Any

import faust
from faust.types import TopicT

from service import consumer as rewinding_consumer
from service.counts import RememberingPartitioner
from service.settings import Settings
from service.topics import ACTOR_COUNTS, ARTICLES, CONTRIBUTIONS, DEAD_LETTERS, ENRICHED, EVENTS, TOPICS, TopicSpec


class AwaitableTable(faust.Table):
    """A Table that hands out the futures of its changelog writes.

    Faust sends changelog records through a buffer that its commit does not always drain (the flush gives up after
    0.1 s without progress), so an agent that must not ack an event before the table write is durable collects these
    futures and awaits them itself."""

    def send_changelog(self, *args: Any, **kwargs: Any) -> asyncio.Future:
        future = super().send_changelog(*args, **kwargs)
        self.__dict__.setdefault("_unacknowledged", []).append(future)
        return future

    def take_unacknowledged(self) -> list[asyncio.Future]:
        """The changelog sends since the last call (their futures resolve when the broker has them)."""
        return self.__dict__.pop("_unacknowledged", [])


@dataclass
class Wiring:
    """What agents and views need: the app, its topics by role, and the counts table."""

    app: faust.App
    settings: Settings
    topics: dict[str, TopicT]
    counts: AwaitableTable


def _credentials(settings: Settings):
    if settings.sasl_mechanism:
        ssl_context = None
        if settings.security_protocol == "SASL_SSL":
            import ssl

            ssl_context = ssl.create_default_context(cafile=str(settings.ssl_cafile) if settings.ssl_cafile else None)
        return faust.SASLCredentials(
            username=settings.sasl_username,
            password=settings.sasl_password.get_secret_value() if settings.sasl_password else None,
            mechanism=settings.sasl_mechanism,
            ssl_context=ssl_context,
        )
    if settings.security_protocol == "SSL":
        import ssl

        context = ssl.create_default_context(cafile=str(settings.ssl_cafile) if settings.ssl_cafile else None)
        if settings.ssl_certfile:
            context.load_cert_chain(str(settings.ssl_certfile), str(settings.ssl_keyfile) if settings.ssl_keyfile else None)
        return faust.SSLCredentials(context)
    return None


def canonical_url(settings: Settings) -> str:
    """How other workers reach this one's web port (the assignor shares it; /actors/ fans out to it)."""
    if settings.web_canonical_url:
        return settings.web_canonical_url
    host = settings.web_host if settings.web_host not in ("0.0.0.0", "::", "") else socket.gethostname()
    return f"http://{host}:{settings.web_port}"


def create_app(settings: Settings) -> Wiring:
    """No network I/O here: Faust connects when the worker starts."""
    biggest_record = max(spec.max_message_bytes or 1_000_000 for spec in TOPICS)
    brokers = ";".join(f"kafka://{b.strip()}" for b in settings.kafka_bootstrap.split(","))
    app = faust.App(
        settings.app_id,
        broker=brokers,
        broker_credentials=_credentials(settings),
        store=settings.store,
        datadir=str(settings.data_dir),
        web_host=settings.web_host,
        web_port=settings.web_port,
        canonical_url=canonical_url(settings),
        consumer_group_instance_id=settings.group_instance_id,
        web_enabled=True,
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        topic_allow_declare=True,
        processing_guarantee="at_least_once",
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
        table_standby_replicas=settings.standby_replicas,
        producer_linger=settings.producer_linger,
        producer_partitioner=RememberingPartitioner(),
        producer_max_batch_size=settings.producer_batch_bytes,
        broker_session_timeout=settings.session_timeout,
        broker_heartbeat_interval=min(3.0, settings.session_timeout / 3),
        consumer_metadata_max_age_ms=int(settings.metadata_refresh * 1000),
        Table=AwaitableTable,
        # A record over the size limit still has to be fetched to be dead-lettered, and its dead letter (the
        # original bytes in base64) still has to be produced: sizes follow the registry's per-topic limits.
        consumer_max_fetch_size=ARTICLES.max_message_bytes or 1_048_576,
        producer_max_request_size=biggest_record,
        autodiscover=False,
        key_serializer="raw",
        value_serializer="raw",
    )

    rewinding_consumer.install(app)

    def topic(spec: TopicSpec) -> TopicT:
        return app.topic(
            spec.full_name(settings),
            key_serializer="raw",
            value_serializer="raw",
            partitions=settings.partitions,
            config=spec.config() or None,
        )

    # Faust's send_soon buffer (changelog writes) makes the agent wait once it holds 100 records; a counting batch
    # writes one record per actor it touches, often more.
    app.producer.buffer.max_messages = max(app.producer.buffer.max_messages, 4 * settings.count_batch_size)
    topics = {spec.role: topic(spec) for spec in (ARTICLES, ENRICHED, EVENTS, ACTOR_COUNTS, DEAD_LETTERS, CONTRIBUTIONS)}
    counts: AwaitableTable = app.Table(  # type: ignore[assignment] - conf.Table above
        "actor_counts",
        default=None,
        partitions=settings.partitions,
        # Values are `counts.encode_tally` bytes (the counts as JSON, a newline, the window's raw digests), read and
        # written by the count agent itself: no dict in between. The all-JSON values written before still read back.
        schema=faust.Schema(key_serializer="json", value_serializer="raw"),
        # The local store and the changelog topic take their serializer from the value *type* ("json" when there is
        # none), not from the schema: without this the store hands back a dict parsed by the stdlib, and neither it
        # nor recovery can read the binary window. `bytes` is faust's own way of saying "raw".
        value_type=bytes,
        help="Running counts per actor with the digests of recently counted articles (counts.encode_tally).",
    )
    return Wiring(app=app, settings=settings, topics=topics, counts=counts)
