"""Creates the registry's topics on the broker (partitions, compaction), idempotently, and waits until they are served."""

from __future__ import annotations

import time

from kafka import KafkaAdminClient
from kafka.admin import NewTopic
from kafka.errors import TopicAlreadyExistsError

from service.settings import Settings
from service.topics import TOPICS


def ensure_topics(settings: Settings, *, visible_within: float = 60.0) -> list[str]:
    """Returns the names it created; existing topics are left as they are.

    Returns once every topic is in the broker's metadata with all its partitions led: a consumer group that formed
    before that would assign the missing partitions to nobody until its next metadata refresh."""
    admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap, client_id="wirestream-admin",
                             **settings.kafka_client_options())
    try:
        existing = set(admin.list_topics())
        wanted = [
            NewTopic(spec.full_name(settings), settings.partitions, settings.replication_factor, topic_configs=spec.config())
            for spec in TOPICS
            if spec.full_name(settings) not in existing
        ]
        created = []
        for topic in wanted:
            try:
                admin.create_topics([topic])
                created.append(topic.name)
            except TopicAlreadyExistsError:
                pass
        wait_served(admin, [spec.full_name(settings) for spec in TOPICS], timeout=visible_within)
        return created
    finally:
        admin.close()


def unserved(descriptions: list[dict]) -> list[str]:
    """The topics of a describe-topics answer that are unknown or have a partition without a leader."""
    return [
        d["name"] for d in descriptions
        if d.get("error_code") or not d.get("partitions")
        or any(p.get("error_code") or p.get("leader_id", -1) < 0 for p in d["partitions"])
    ]


def wait_served(admin: KafkaAdminClient, names: list[str], *, timeout: float) -> None:
    """Until the broker's metadata has every topic with a leader for each partition; TimeoutError naming the rest."""
    deadline = time.monotonic() + timeout
    while pending := unserved(admin.describe_topics(names)):
        if time.monotonic() > deadline:
            raise TimeoutError(f"topics not served by the broker {timeout:.0f}s after creation: {', '.join(pending)}")
        time.sleep(0.2)
