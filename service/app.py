"""Builds the one Faust application of a worker process from the settings: config, topics, the counts table."""

from __future__ import annotations

from dataclasses import dataclass

import faust
from faust.types import TopicT

from service.settings import Settings
from service.topics import ACTOR_COUNTS, ARTICLES, CONTRIBUTIONS, DEAD_LETTERS, ENRICHED, EVENTS, TopicSpec


@dataclass
class Wiring:
    """What agents and views need: the app, its topics by role, and the counts table."""

    app: faust.App
    settings: Settings
    topics: dict[str, TopicT]
    counts: faust.Table


def _credentials(settings: Settings):
    if settings.sasl_mechanism:
        ssl_context = None
        if settings.security_protocol == "SASL_SSL":
            ssl_context = faust.auth.ssl.create_default_context(cafile=str(settings.ssl_cafile) if settings.ssl_cafile else None)
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


def create_app(settings: Settings) -> Wiring:
    """No network I/O here: Faust connects when the worker starts."""
    brokers = ";".join(f"kafka://{b.strip()}" for b in settings.kafka_bootstrap.split(","))
    app = faust.App(
        settings.app_id,
        broker=brokers,
        broker_credentials=_credentials(settings),
        store=settings.store,
        datadir=str(settings.data_dir),
        web_host=settings.web_host,
        web_port=settings.web_port,
        web_enabled=True,
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        topic_allow_declare=True,
        processing_guarantee="at_least_once",
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
        table_standby_replicas=1,
        autodiscover=False,
        key_serializer="raw",
        value_serializer="raw",
    )

    def topic(spec: TopicSpec) -> TopicT:
        return app.topic(
            spec.full_name(settings),
            key_serializer="raw",
            value_serializer="raw",
            partitions=settings.partitions,
            config=spec.config() or None,
        )

    topics = {spec.role: topic(spec) for spec in (ARTICLES, ENRICHED, EVENTS, ACTOR_COUNTS, DEAD_LETTERS, CONTRIBUTIONS)}
    counts = app.Table(
        "actor_counts",
        default=None,
        partitions=settings.partitions,
        schema=faust.Schema(key_serializer="json", value_serializer="json"),
        help="Running counts per actor with recent contribution ids (ActorTally).",
    )
    return Wiring(app=app, settings=settings, topics=topics, counts=counts)
