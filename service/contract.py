"""The topic contract generated from the registry: the AsyncAPI document and the Strimzi KafkaTopic manifests.

`python -m service.contract` rewrites `schemas/asyncapi.yaml` and `deploy/k8s/base/kafka-topics.yaml`;
`--check` exits 1 when either differs from what the registry says (tests run the same comparison).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from schemas.export import EXPORTED, file_name
from schemas.version import SCHEMA_VERSION
from service import __version__
from service.settings import Settings
from service.topics import TOPICS, TopicSpec

ROOT = Path(__file__).resolve().parent.parent
ASYNCAPI_PATH = ROOT / "schemas" / "asyncapi.yaml"
KAFKA_TOPICS_PATH = ROOT / "deploy" / "k8s" / "base" / "kafka-topics.yaml"

# The documents describe a deployment with default settings; a prefix (WIRESTREAM_TOPIC_PREFIX) is prepended to the
# registry's names at run time, and overlays patch partitions and replicas.
CONTRACT_SETTINGS = {"topic_prefix": "", "app_id": "wirestream", "partitions": 4, "replication_factor": 1}
COUNTS_TABLE = "actor_counts"  # the Faust table in service/app.py; a test checks its changelog name against this
CONSUMED_ROLES = frozenset({"articles", "contributions"})  # what the worker's agents read; it writes all but articles
KAFKA_BINDING = "0.4.0"
STRIMZI_CLUSTER = "kafka"  # the Strimzi Kafka resource's name; overlays relabel when theirs differs


@dataclass(frozen=True)
class FaustTopic:
    """A topic Faust creates by itself, named from the app id rather than the registry."""

    name: str
    partitions: int
    compacted: bool
    description: str
    scales_with_workers: bool


def contract_settings() -> Settings:
    return Settings(**CONTRACT_SETTINGS)


def faust_topics(settings: Settings) -> list[FaustTopic]:
    return [
        FaustTopic(f"{settings.app_id}-{COUNTS_TABLE}-changelog", settings.partitions, True,
                   "Internal (Faust): changelog of the actor_counts table (counts JSON + recent article digests, by "
                   "actor id); "
                   "a restarted worker replays it into RocksDB.", True),
        FaustTopic(f"{settings.app_id}-__assignor-__leader", 1, False,
                   "Internal (Faust): leader election of the partition assignor; carries no application data.", False),
    ]


def all_topic_names(settings: Settings) -> list[str]:
    """Every topic a worker with these settings uses: the registry's and Faust's own."""
    return [spec.full_name(settings) for spec in TOPICS] + [t.name for t in faust_topics(settings)]


def _schema_file(spec: TopicSpec) -> str:
    names = {model: name for name, model in EXPORTED.items()}
    return f"./json/{file_name(names[spec.payload])}"


def topic_config(compacted: bool, extra: dict[str, str] | None = None) -> dict[str, str]:
    """The topic's configuration as the broker holds it: the registry's, with the cleanup policy made explicit."""
    return {"cleanup.policy": "compact" if compacted else "delete", **(extra or {})}


def _kafka_channel_binding(topic: str, partitions: int, replicas: int, config: dict[str, str]) -> dict:
    # The AsyncAPI Kafka binding spells cleanup.policy as a list and sizes as integers.
    configuration: dict[str, object] = {
        key: ([value] if key == "cleanup.policy" else int(value) if value.isdigit() else value)
        for key, value in config.items()
    }
    return {"kafka": {"topic": topic, "partitions": partitions, "replicas": replicas,
                      "topicConfiguration": configuration, "bindingVersion": KAFKA_BINDING}}


def asyncapi(settings: Settings) -> dict:
    """An AsyncAPI 2.6 document. publish = other applications send to wirestream; subscribe = they read from it."""
    channels: dict[str, dict] = {}
    messages: dict[str, dict] = {}
    for spec in TOPICS:
        message_name = spec.payload.__name__
        messages[message_name] = {
            "name": message_name,
            "title": message_name,
            "contentType": "application/json",
            "schemaFormat": "application/schema+json;version=draft-07",
            "payload": {"$ref": _schema_file(spec)},
            "bindings": {"kafka": {"key": {"type": ["string", "null"] if "null" in spec.key else "string",
                                           "description": spec.key}, "bindingVersion": KAFKA_BINDING}},
        }
        ref = {"$ref": f"#/components/messages/{message_name}"}
        channel: dict = {
            "description": spec.description,
            "x-wirestream-role": spec.role,
            "x-internal": spec.internal,
            "bindings": _kafka_channel_binding(spec.full_name(settings), settings.partitions,
                                               settings.replication_factor, topic_config(spec.compacted, spec.config())),
        }
        if spec.role in CONSUMED_ROLES:
            channel["publish"] = {"operationId": f"send_{spec.role}", "message": ref}
        if spec.role != "articles":
            channel["subscribe"] = {"operationId": f"receive_{spec.role}", "message": ref}
        channels[spec.full_name(settings)] = channel
    for topic in faust_topics(settings):
        channels[topic.name] = {
            "description": topic.description,
            "x-internal": True,
            "bindings": _kafka_channel_binding(topic.name, topic.partitions, settings.replication_factor,
                                               topic_config(topic.compacted)),
        }
    return {
        "asyncapi": "2.6.0",
        "id": "urn:wirestream:topics",
        "info": {
            "title": "wirestream topics",
            "version": f"{__version__} (payload schema v{SCHEMA_VERSION})",
            "description": (
                "Every Kafka topic of wirestream: key, payload (JSON Schema files under schemas/json/) and topic "
                "configuration. Generated from service/topics.py by `python -m service.contract`; do not edit. "
                "Names are shown with the default settings: WIRESTREAM_TOPIC_PREFIX is prepended to every "
                "non-internal name and WIRESTREAM_APP_ID names the Faust-internal topics."
            ),
            "license": {"name": "Apache-2.0"},
        },
        "defaultContentType": "application/json",
        "servers": {
            "kafka": {"url": "{bootstrap}", "protocol": "kafka", "description": "WIRESTREAM_KAFKA_BOOTSTRAP",
                      "variables": {"bootstrap": {"default": "localhost:9092"}}},
        },
        "channels": channels,
        "components": {"messages": messages},
    }


def k8s_name(topic: str) -> str:
    """A DNS-1123 resource name for a topic name ('articles.dlq' → 'articles-dlq')."""
    return re.sub(r"-{2,}", "-", re.sub(r"[^a-z0-9-]", "-", topic.lower())).strip("-")


def _kafka_topic(name: str, partitions: int, replicas: int, config: dict[str, str], role: str, scales: bool) -> dict:
    return {
        "apiVersion": "kafka.strimzi.io/v1beta2",
        "kind": "KafkaTopic",
        "metadata": {
            "name": k8s_name(name),
            "labels": {
                "strimzi.io/cluster": STRIMZI_CLUSTER,
                "app.kubernetes.io/part-of": "wirestream",
                "wirestream.dev/role": role,
                # Overlays patch partitions of the topics labelled true (all but Faust's one-partition leader topic).
                "wirestream.dev/scales-with-workers": "true" if scales else "false",
            },
        },
        "spec": {
            "topicName": name,
            "partitions": partitions,
            "replicas": replicas,
            "config": config,
        },
    }


def kafka_topics(settings: Settings) -> list[dict]:
    out = [_kafka_topic(spec.full_name(settings), settings.partitions, settings.replication_factor,
                        topic_config(spec.compacted, spec.config()), spec.role, True) for spec in TOPICS]
    out += [_kafka_topic(t.name, t.partitions, settings.replication_factor, topic_config(t.compacted), "faust-internal",
                         t.scales_with_workers) for t in faust_topics(settings)]
    return out


def rendered() -> dict[Path, str]:
    """Path → text exactly as checked in."""
    import yaml  # a dev-time tool: pyyaml comes with the test extra

    settings = contract_settings()
    header = "# Generated from service/topics.py by `python -m service.contract`; do not edit by hand.\n"
    asyncapi_text = header + yaml.safe_dump(asyncapi(settings), sort_keys=False, width=120, allow_unicode=True)
    topics_text = header + "".join(
        "---\n" + yaml.safe_dump(doc, sort_keys=False, width=120) for doc in kafka_topics(settings)
    )
    return {ASYNCAPI_PATH: asyncapi_text, KAFKA_TOPICS_PATH: topics_text}


def main(argv: list[str] | None = None) -> int:
    check = "--check" in (sys.argv[1:] if argv is None else argv)
    stale = []
    for path, text in rendered().items():
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(path, file=sys.stderr)
    for path in stale:
        print(f"{path} is stale: run python -m service.contract", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
