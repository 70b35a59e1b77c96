"""The AsyncAPI document and the KafkaTopic manifests match the registry and Faust's own topic names (no drift)."""

from __future__ import annotations

import yaml
from faust.assignor.leader_assignor import LeaderAssignor

from schemas.export import JSON_DIR
from service import contract
from service.app import create_app
from service.topics import TOPICS


def test_checked_in_documents_match_the_registry():
    for path, text in contract.rendered().items():
        assert path.read_text(encoding="utf-8") == text, f"{path} drifted: run python -m service.contract"


def test_every_registry_topic_is_a_channel_with_its_key_payload_and_cleanup_policy():
    settings = contract.contract_settings()
    doc = yaml.safe_load(contract.ASYNCAPI_PATH.read_text())
    assert doc["asyncapi"].startswith("2.6")
    for spec in TOPICS:
        channel = doc["channels"][spec.full_name(settings)]
        binding = channel["bindings"]["kafka"]
        assert binding["topicConfiguration"]["cleanup.policy"] == ["compact" if spec.compacted else "delete"]
        assert binding["partitions"] == settings.partitions
        ref = (channel.get("subscribe") or channel["publish"])["message"]["$ref"]
        message = doc["components"]["messages"][ref.rsplit("/", 1)[1]]
        assert message["bindings"]["kafka"]["key"]["description"] == spec.key
        schema_file = JSON_DIR.parent / message["payload"]["$ref"]
        assert schema_file.is_file(), schema_file
        assert yaml.safe_load(schema_file.read_text())["title"] == spec.payload.__name__


def test_faust_internal_topic_names_are_the_ones_faust_derives():
    settings = contract.contract_settings()
    wiring = create_app(settings)  # no network: Faust connects only when a worker starts
    changelog, leader = contract.faust_topics(settings)
    assert changelog.name == wiring.counts.changelog_topic.get_topic_name()
    assert changelog.compacted and changelog.partitions == settings.partitions
    assert leader.name == LeaderAssignor(wiring.app)._leader_topic_name  # noqa: SLF001 - Faust exposes no public name
    assert set(contract.all_topic_names(settings)) == set(yaml.safe_load(contract.ASYNCAPI_PATH.read_text())["channels"])


def test_kafka_topic_resource_names_are_dns_labels():
    for doc in contract.kafka_topics(contract.contract_settings()):
        name = doc["metadata"]["name"]
        assert name == contract.k8s_name(doc["spec"]["topicName"])
        assert len(name) <= 63 and name.replace("-", "").isalnum() and name == name.lower()


def test_document_is_valid_asyncapi_2_6():
    """Against the official AsyncAPI 2.6.0 JSON Schema, vendored from the npm package @asyncapi/specs 6.11.1
    (Apache-2.0) so the check runs offline."""
    import json
    from pathlib import Path

    import jsonschema
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT7

    spec = json.loads((Path(__file__).parent / "data" / "asyncapi-2.6.0.schema.json").read_text())
    registry = (Resource.from_contents(spec, default_specification=DRAFT7) @ Registry()).crawl()
    validator = jsonschema.Draft7Validator(spec, registry=registry)
    doc = yaml.safe_load(contract.ASYNCAPI_PATH.read_text())
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(doc)]
    assert not errors, errors
    doc["channels"]["articles"]["publish"]["not_a_field"] = 1  # the validator does look inside operations
    assert list(validator.iter_errors(doc))
