"""Kubernetes manifests: every overlay renders, core objects validate against the API schemas, topics match the registry."""

from __future__ import annotations

import copy
import shutil
import subprocess
from pathlib import Path

import kubernetes_validate
import pytest
import yaml

from service import contract
from service.settings import Settings
from service.topics import BY_ROLE

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "deploy" / "k8s"
OVERLAYS = sorted(p.parent.name for p in (K8S / "overlays").glob("*/kustomization.yaml"))
K8S_VERSION = "1.30.0"  # the oldest Kubernetes the manifests promise to work on
CUSTOM_GROUPS = ("kafka.strimzi.io/", "keda.sh/")


# --- a tiny Kustomize: just the features deploy/k8s uses, so the test runs where kubectl is not installed ----------


def _load_docs(path: Path) -> list[dict]:
    return [d for d in yaml.safe_load_all(path.read_text()) if d]


def _matches(obj: dict, target: dict) -> bool:
    if "kind" in target and obj["kind"] != target["kind"]:
        return False
    if "name" in target and obj["metadata"]["name"] != target["name"]:
        return False
    if "labelSelector" in target:
        labels = obj["metadata"].get("labels", {})
        for term in target["labelSelector"].split(","):
            key, _, value = term.partition("=")
            if labels.get(key.strip()) != value.strip():
                return False
    return True


def _json_patch(obj: dict, ops: list[dict]) -> None:
    for op in ops:
        *parents, last = [p.replace("~1", "/").replace("~0", "~") for p in op["path"].lstrip("/").split("/")]
        node = obj
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        if isinstance(node, list) and last == "-" and op["op"] == "add":
            node.append(op["value"])
            continue
        key = int(last) if isinstance(node, list) else last
        if op["op"] == "replace":
            assert isinstance(node, list) or key in node, f"replace of a missing path {op['path']}"
            node[key] = op["value"]
        elif op["op"] == "add":
            node[key] = op["value"]
        else:
            raise NotImplementedError(f"json patch op {op['op']}")


def _set_image(obj: dict, images: list[dict]) -> None:
    for container in obj.get("spec", {}).get("template", {}).get("spec", {}).get("containers", []):
        name, _, tag = container["image"].partition(":")
        for image in images:
            if image["name"] == name:
                container["image"] = f"{image.get('newName', name)}:{image.get('newTag', tag or 'latest')}"


def render(directory: Path) -> list[dict]:
    kustomization = yaml.safe_load((directory / "kustomization.yaml").read_text())
    objects: list[dict] = []
    for entry in kustomization.get("resources", []) + kustomization.get("components", []):
        path = directory / entry
        objects.extend(render(path) if path.is_dir() else _load_docs(path))
    objects = copy.deepcopy(objects)
    for block in kustomization.get("labels", []):
        for obj in objects:
            obj["metadata"].setdefault("labels", {}).update(block["pairs"])
    for patch in kustomization.get("patches", []):
        for obj in objects:
            if _matches(obj, patch["target"]):
                _json_patch(obj, yaml.safe_load(patch["patch"]))
    for obj in objects:
        _set_image(obj, kustomization.get("images", []))
        if "namespace" in kustomization:
            obj["metadata"]["namespace"] = kustomization["namespace"]
    return objects


def by_kind(objects: list[dict], kind: str) -> list[dict]:
    return [o for o in objects if o["kind"] == kind]


def one(objects: list[dict], kind: str) -> dict:
    (obj,) = by_kind(objects, kind)
    return obj


@pytest.fixture(scope="module", params=OVERLAYS)
def rendered(request) -> tuple[str, list[dict]]:
    return request.param, render(K8S / "overlays" / request.param)


def test_there_are_dev_and_prod_overlays():
    assert {"dev", "prod"} <= set(OVERLAYS)


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_tiny_renderer_agrees_with_kubectl_kustomize(overlay):
    kubectl = shutil.which("kubectl")
    kustomize = shutil.which("kustomize")
    if not (kubectl or kustomize):
        pytest.skip("neither kubectl nor kustomize is installed; the tiny renderer's output is validated below")
    command = [kubectl, "kustomize"] if kubectl else [kustomize, "build"]
    result = subprocess.run([*command, str(K8S / "overlays" / overlay)], capture_output=True, text=True, check=True)
    theirs = {(o["kind"], o["metadata"]["name"]): o for o in yaml.safe_load_all(result.stdout) if o}
    ours = {(o["kind"], o["metadata"]["name"]): o for o in render(K8S / "overlays" / overlay)}
    assert ours == theirs


def test_core_objects_validate_against_the_kubernetes_schemas(rendered):
    _, objects = rendered
    core = [o for o in objects if not o["apiVersion"].startswith(CUSTOM_GROUPS)]
    assert {"StatefulSet", "Service", "ConfigMap", "PodDisruptionBudget", "NetworkPolicy", "ServiceAccount"} <= {
        o["kind"] for o in core}
    for obj in core:
        kubernetes_validate.validate(obj, K8S_VERSION, strict=True)


def test_custom_resources_have_the_fields_their_operators_need(rendered):
    _, objects = rendered
    for obj in objects:
        if obj["apiVersion"].startswith("kafka.strimzi.io/"):
            assert obj["apiVersion"] == "kafka.strimzi.io/v1beta2" and obj["kind"] == "KafkaTopic"
            assert obj["metadata"]["labels"]["strimzi.io/cluster"]
            assert {"topicName", "partitions", "replicas", "config"} <= set(obj["spec"])
        elif obj["apiVersion"].startswith("keda.sh/"):
            assert obj["apiVersion"] == "keda.sh/v1alpha1" and obj["kind"] in ("ScaledObject", "TriggerAuthentication")
            if obj["kind"] == "ScaledObject":
                assert obj["spec"]["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "StatefulSet",
                                                         "name": one(objects, "StatefulSet")["metadata"]["name"]}
                assert obj["spec"]["triggers"][0]["type"] == "kafka"


def settings_of(objects: list[dict]) -> Settings:
    data = one(objects, "ConfigMap")["data"]
    return Settings(**{k.removeprefix("WIRESTREAM_").lower(): v for k, v in data.items()})


def test_every_registry_topic_has_a_kafka_topic_with_its_partitions_and_cleanup_policy(rendered):
    """No drift: the KafkaTopics are exactly the topics a worker with this overlay's settings uses."""
    _, objects = rendered
    settings = settings_of(objects)
    topics = {o["spec"]["topicName"]: o["spec"] for o in by_kind(objects, "KafkaTopic")}
    assert set(topics) == set(contract.all_topic_names(settings))
    for spec in contract.TOPICS:
        topic = topics[spec.full_name(settings)]
        assert topic["partitions"] == settings.partitions
        assert topic["replicas"] == settings.replication_factor
        assert topic["config"]["cleanup.policy"] == ("compact" if spec.compacted else "delete")
        for key, value in spec.config().items():
            assert topic["config"][key] == value
    for internal in contract.faust_topics(settings):
        assert topics[internal.name]["partitions"] == internal.partitions
        assert topics[internal.name]["config"]["cleanup.policy"] == ("compact" if internal.compacted else "delete")


def test_workers_never_outnumber_partitions(rendered):
    _, objects = rendered
    partitions = settings_of(objects).partitions
    assert one(objects, "StatefulSet")["spec"]["replicas"] <= partitions
    for scaled in by_kind(objects, "ScaledObject"):
        assert scaled["spec"]["maxReplicaCount"] == partitions, "a worker beyond the partition count idles"
        trigger = scaled["spec"]["triggers"][0]["metadata"]
        settings = settings_of(objects)
        assert trigger["consumerGroup"] == settings.app_id
        assert trigger["topic"] == BY_ROLE["articles"].full_name(settings)
        assert trigger["bootstrapServers"] == settings.kafka_bootstrap


def test_statefulset_identity_storage_probes_and_security(rendered):
    _, objects = rendered
    sts = one(objects, "StatefulSet")
    headless = next(s for s in by_kind(objects, "Service") if s["spec"].get("clusterIP") == "None")
    assert sts["spec"]["serviceName"] == headless["metadata"]["name"]
    assert headless["spec"]["publishNotReadyAddresses"] is True
    pod = sts["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    assert container["args"] == ["worker"]
    data_dir = one(objects, "ConfigMap")["data"]["WIRESTREAM_DATA_DIR"]
    claim = sts["spec"]["volumeClaimTemplates"][0]["metadata"]["name"]
    assert {"name": claim, "mountPath": data_dir} in container["volumeMounts"], "RocksDB lives on the PVC"
    assert container["livenessProbe"]["httpGet"]["path"] == "/health"
    assert container["readinessProbe"]["httpGet"]["path"] == "/ready"
    assert pod["securityContext"]["runAsNonRoot"] is True and pod["securityContext"]["runAsUser"] != 0
    sc = container["securityContext"]
    assert sc["allowPrivilegeEscalation"] is False and sc["readOnlyRootFilesystem"] is True
    assert sc["capabilities"]["drop"] == ["ALL"]
    assert container["resources"]["requests"]["cpu"] and container["resources"]["limits"]["memory"]
    env = {e["name"]: e for e in container["env"]}
    assert env["WIRESTREAM_SASL_PASSWORD"]["valueFrom"]["secretKeyRef"]["name"] == "wirestream-kafka-credentials"
    assert env["WIRESTREAM_GROUP_INSTANCE_ID"]["value"] == "$(POD_NAME)"
    assert headless["metadata"]["name"] in env["WIRESTREAM_WEB_CANONICAL_URL"]["value"]
    assert set(one(objects, "ConfigMap")["data"]) <= {f"WIRESTREAM_{n.upper()}" for n in Settings.model_fields}
    for setting in ("WIRESTREAM_SSL_CAFILE", "WIRESTREAM_SSL_CERTFILE", "WIRESTREAM_SSL_KEYFILE"):
        if setting in one(objects, "ConfigMap")["data"]:
            path = one(objects, "ConfigMap")["data"][setting]
            assert any(path.startswith(m["mountPath"] + "/") for m in container["volumeMounts"]), f"{setting} is mounted"


def test_disruption_budget_and_network_policy_select_the_workers(rendered):
    _, objects = rendered
    pod_labels = one(objects, "StatefulSet")["spec"]["template"]["metadata"]["labels"]
    for kind, selector in (("PodDisruptionBudget", lambda o: o["spec"]["selector"]["matchLabels"]),
                           ("NetworkPolicy", lambda o: o["spec"]["podSelector"]["matchLabels"])):
        assert selector(one(objects, kind)).items() <= pod_labels.items(), kind
    policy = one(objects, "NetworkPolicy")
    assert set(policy["spec"]["policyTypes"]) == {"Ingress", "Egress"}
