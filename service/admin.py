"""Creates the registry's topics on the broker (partitions, compaction), idempotently."""

from __future__ import annotations

from kafka import KafkaAdminClient
from kafka.admin import NewTopic
from kafka.errors import TopicAlreadyExistsError

from service.settings import Settings
from service.topics import TOPICS


def ensure_topics(settings: Settings) -> list[str]:
    """Returns the names it created; existing topics are left as they are."""
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
        return created
    finally:
        admin.close()
