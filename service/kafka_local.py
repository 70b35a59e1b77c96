"""`wirestream kafka up|down|status`: a real single-node Apache Kafka (KRaft) on this machine, Docker or plain Java."""

from __future__ import annotations

import base64
import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from pathlib import Path

from service.settings import Settings

DOCKER_IMAGE = "apache/kafka"
CONTAINER = "wirestream-kafka"


def _host_port(settings: Settings) -> tuple[str, int]:
    first = settings.kafka_bootstrap.split(",")[0].strip()
    host, _, port = first.rpartition(":")
    return host or "localhost", int(port or 9092)


def is_listening(settings: Settings) -> bool:
    host, port = _host_port(settings)
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def _docker_available() -> bool:
    if os.environ.get("WIRESTREAM_KAFKA_NO_DOCKER") or shutil.which("docker") is None:
        return False
    return subprocess.run(["docker", "info"], capture_output=True, timeout=20).returncode == 0


def _project_pom() -> Path:
    """The pom that pins the broker jars, kept in the checkout under deploy/kafka/."""
    return Path(__file__).resolve().parent.parent / "deploy" / "kafka" / "pom.xml"


def jars_dir(settings: Settings) -> Path:
    return settings.kafka_cache / f"kafka-{settings.kafka_version}" / "jars"


def ensure_jars(settings: Settings) -> Path:
    """Resolve the broker and a log4j2 SLF4J backend from Maven Central once, cached outside git."""
    jars = jars_dir(settings)
    if jars.is_dir() and any(jars.glob("kafka_2.13-*.jar")):
        return jars
    if shutil.which("mvn") is None:
        raise RuntimeError("Maven (mvn) is needed to fetch the Kafka jars; install it or point WIRESTREAM_KAFKA_BOOTSTRAP at a broker")
    tmp = jars.with_name("jars.partial")
    shutil.rmtree(tmp, ignore_errors=True)
    subprocess.run(
        ["mvn", "-q", "-B", "-f", str(_project_pom()), "dependency:copy-dependencies", "-DincludeScope=runtime",
         f"-Dkafka.version={settings.kafka_version}", f"-DoutputDirectory={tmp}"],
        check=True,
    )
    shutil.rmtree(jars, ignore_errors=True)
    tmp.rename(jars)
    return jars


def _server_properties(settings: Settings, home: Path) -> Path:
    host, port = _host_port(settings)
    controller = port + 1
    props = home / "server.properties"
    props.write_text(
        "\n".join(
            [
                "process.roles=broker,controller",
                "node.id=1",
                f"controller.quorum.bootstrap.servers={host}:{controller}",
                f"listeners=PLAINTEXT://{host}:{port},CONTROLLER://{host}:{controller}",
                f"advertised.listeners=PLAINTEXT://{host}:{port},CONTROLLER://{host}:{controller}",
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                f"log.dirs={home / 'data'}",
                f"num.partitions={settings.partitions}",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                "log.segment.bytes=67108864",
                "",
            ]
        )
    )
    (home / "log4j2.yaml").write_text(
        "Configuration:\n  Appenders:\n    Console:\n      name: STDOUT\n      PatternLayout:\n"
        "        pattern: \"[%d] %p %m (%c)%n\"\n  Loggers:\n    Root:\n      level: INFO\n"
        "      AppenderRef:\n        - ref: STDOUT\n    Logger:\n      - name: kafka.server.KafkaConfig\n        level: WARN\n"
    )
    return props


def new_cluster_id() -> str:
    """A KRaft cluster id (URL-safe base64 of a UUID) that cannot be read as a command-line option.

    One id in 64 would start with '-', and StorageTool then takes it for a flag and fails.
    """
    while True:
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if cluster_id[0].isalnum():
            return cluster_id


def _pid_file(settings: Settings) -> Path:
    return settings.kafka_home / "kafka.pid"


def _running_pid(settings: Settings) -> int | None:
    try:
        pid = int(_pid_file(settings).read_text().strip())
        os.kill(pid, 0)
        return pid
    except (OSError, ValueError):
        return None


def wait_ready(settings: Settings, timeout: float = 90.0) -> None:
    """Until the broker answers a metadata request (a listening port is not enough)."""
    from kafka import KafkaAdminClient

    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        if is_listening(settings):
            try:
                admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap, request_timeout_ms=5000,
                                         **settings.kafka_client_options())
                admin.list_topics()
                admin.close()
                return
            except Exception as exc:  # noqa: BLE001 - retried until the deadline
                last = exc
        time.sleep(0.5)
    raise RuntimeError(f"Kafka at {settings.kafka_bootstrap} did not become ready in {timeout:.0f}s: {last}")


def up(settings: Settings, *, log=print) -> str:
    """Start the broker unless one already answers; idempotent."""
    if is_listening(settings):
        wait_ready(settings)
        return f"Kafka already running at {settings.kafka_bootstrap}"
    home = settings.kafka_home.resolve()
    home.mkdir(parents=True, exist_ok=True)
    _, port = _host_port(settings)
    if _docker_available():
        subprocess.run(["docker", "rm", "-f", CONTAINER], capture_output=True)
        subprocess.run(
            ["docker", "run", "-d", "--name", CONTAINER, "-p", f"{port}:9092", DOCKER_IMAGE + ":" + settings.kafka_version],
            check=True,
        )
        wait_ready(settings)
        return f"Kafka (Docker {DOCKER_IMAGE}) running at {settings.kafka_bootstrap}"
    java = shutil.which("java")
    if java is None:
        raise RuntimeError("Java 17+ is needed to run the local Kafka broker")
    jars = ensure_jars(settings)
    props = _server_properties(settings, home)
    classpath = f"{jars}/*"
    if not (home / "data" / "meta.properties").exists():
        log(f"formatting KRaft storage in {home / 'data'}")
        formatted = subprocess.run(
            [java, "-cp", classpath, "kafka.tools.StorageTool", "format", "-t", new_cluster_id(), "-c", str(props),
             "--standalone"],
            capture_output=True, text=True,
        )
        if formatted.returncode != 0:
            raise RuntimeError(f"formatting KRaft storage failed: {formatted.stderr or formatted.stdout}")
    logfile = open(home / "kafka.log", "ab")  # noqa: SIM115 - handed to the child process
    heap = os.environ.get("WIRESTREAM_KAFKA_HEAP", "512m")
    proc = subprocess.Popen(
        [java, f"-Xmx{heap}", f"-Xms{heap}", f"-Dlog4j2.configurationFile={home / 'log4j2.yaml'}",
         "-cp", classpath, "kafka.Kafka", str(props)],
        stdout=logfile, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
    )
    _pid_file(settings).write_text(str(proc.pid))
    try:
        wait_ready(settings)
    except RuntimeError:
        tail = (home / "kafka.log").read_text(errors="replace")[-2000:]
        down(settings)
        raise RuntimeError(f"Kafka did not start; end of {home / 'kafka.log'}:\n{tail}") from None
    return f"Kafka {settings.kafka_version} (Java, KRaft) running at {settings.kafka_bootstrap}, pid {proc.pid}, data in {home}"


def down(settings: Settings, *, timeout: float = 30.0) -> str:
    if _docker_available() and subprocess.run(["docker", "rm", "-f", CONTAINER], capture_output=True).returncode == 0:
        return "Kafka container removed"
    pid = _running_pid(settings)
    if pid is None:
        _pid_file(settings).unlink(missing_ok=True)
        return "Kafka not running (no pid file here)"
    os.killpg(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and _running_pid(settings):
        time.sleep(0.2)
    if _running_pid(settings):
        os.killpg(pid, signal.SIGKILL)
    _pid_file(settings).unlink(missing_ok=True)
    return f"Kafka stopped (pid {pid})"


def status(settings: Settings) -> str:
    pid = _running_pid(settings)
    listening = is_listening(settings)
    where = f"pid {pid}" if pid else "not started by this project"
    return f"Kafka at {settings.kafka_bootstrap}: {'up' if listening else 'down'} ({where})"
