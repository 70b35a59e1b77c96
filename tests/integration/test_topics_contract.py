"""The AsyncAPI document lists exactly the topics a worker creates on a real broker, with their partitions and policy."""

from __future__ import annotations

import pytest
import yaml
from kafka import KafkaAdminClient
from kafka.admin import ConfigResource, ConfigResourceType

from service import contract

pytestmark = pytest.mark.kafka


def test_worker_creates_exactly_the_documented_topics(deployment):
    worker = deployment.worker().start()
    worker.wait_ready()  # by then Faust has declared its changelog and leader topics too

    settings = deployment.settings
    documented = yaml.safe_load(contract.ASYNCAPI_PATH.read_text())["channels"]
    defaults = contract.contract_settings()
    # The document shows default names; this deployment has its own prefix and app id.
    expected = dict(zip(contract.all_topic_names(defaults), contract.all_topic_names(settings), strict=True))
    assert set(expected) == set(documented)

    admin = KafkaAdminClient(bootstrap_servers=deployment.bootstrap)
    try:
        ours = {t for t in admin.list_topics() if t.startswith((settings.topic_prefix, settings.app_id + "-"))}
        assert ours == set(expected.values())
        described = {d["name"]: d for d in admin.describe_topics(sorted(ours))}
        configs = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, t) for t in sorted(ours)])
    finally:
        admin.close()
    # kafka-python 3 answers {"topic": {name: {config: {"value": ...}}}}; a policy left at the broker default is "delete".
    cleanup = {name: configs["topic"].get(name, {}).get("cleanup.policy", {}).get("value", "delete") for name in ours}
    for default_name, actual in expected.items():
        binding = documented[default_name]["bindings"]["kafka"]
        assert len(described[actual]["partitions"]) == binding["partitions"], actual
        assert cleanup[actual] == binding["topicConfiguration"]["cleanup.policy"][0], actual
