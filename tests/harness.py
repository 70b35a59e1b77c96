"""Test harness for the integration tier: a real broker, worker processes, and helpers to read topics."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import orjson
from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from service.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
TEST_BROKER_PORT = int(os.environ.get("WIRESTREAM_TEST_KAFKA_PORT", "39092"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def broker_settings() -> Settings:
    """The broker the integration tier runs against: WIRESTREAM_TEST_BOOTSTRAP, or one started for the session."""
    bootstrap = os.environ.get("WIRESTREAM_TEST_BOOTSTRAP", f"localhost:{TEST_BROKER_PORT}")
    return Settings(kafka_bootstrap=bootstrap, kafka_home=ROOT / ".wirestream" / "test-kafka", partitions=4)


@dataclass
class WorkerProcess:
    """One `wirestream worker` in its own process group, with its own data dir and web port."""

    bootstrap: str
    prefix: str
    app_id: str
    data_dir: Path
    web_port: int = field(default_factory=free_port)
    extra_env: dict[str, str] = field(default_factory=dict)
    proc: subprocess.Popen | None = None
    log_path: Path | None = None

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("WIRESTREAM_")}
        env.update(
            WIRESTREAM_KAFKA_BOOTSTRAP=self.bootstrap,
            WIRESTREAM_TOPIC_PREFIX=self.prefix,
            WIRESTREAM_APP_ID=self.app_id,
            WIRESTREAM_DATA_DIR=str(self.data_dir),
            WIRESTREAM_WEB_PORT=str(self.web_port),
            WIRESTREAM_WEB_HOST="127.0.0.1",
            WIRESTREAM_BATCH_WITHIN="0.2",
            **self.extra_env,
        )
        return env

    def start(self) -> WorkerProcess:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.log_path = self.data_dir / f"worker-{self.web_port}.log"
        log = open(self.log_path, "ab")  # noqa: SIM115
        self.proc = subprocess.Popen([sys.executable, "-m", "service", "worker"], env=self.env(), cwd=ROOT,
                                     stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        return self

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.web_port}{path}"

    def get_json(self, path: str, timeout: float = 5):
        with urllib.request.urlopen(self.url(path), timeout=timeout) as resp:
            return orjson.loads(resp.read())

    def wait_ready(self, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise AssertionError(f"worker exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(self.url("/ready"), timeout=2) as resp:
                    if resp.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.5)
        raise AssertionError(f"worker not ready in {timeout}s:\n{self.log_tail()}")

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self, timeout: float = 30) -> None:
        if not self.alive():
            return
        assert self.proc is not None
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        """kill -9 of the whole process group: no shutdown hooks, no flush."""
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=30)

    def log_tail(self, chars: int = 4000) -> str:
        return self.log_path.read_text(errors="replace")[-chars:] if self.log_path and self.log_path.exists() else ""


@dataclass
class Deployment:
    """An isolated set of topics (a unique prefix and app id) on the shared test broker."""

    settings: Settings
    tmp: Path
    workers: list[WorkerProcess] = field(default_factory=list)

    @property
    def bootstrap(self) -> str:
        return self.settings.kafka_bootstrap

    def topic(self, role_name: str) -> str:
        return f"{self.settings.topic_prefix}{role_name}"

    def worker(self, name: str = "w1", **extra_env: str) -> WorkerProcess:
        w = WorkerProcess(self.bootstrap, self.settings.topic_prefix, self.settings.app_id, self.tmp / name,
                          extra_env=extra_env)
        self.workers.append(w)
        return w

    def produce(self, records: list[tuple[bytes | None, bytes | None]]) -> None:
        producer = KafkaProducer(bootstrap_servers=self.bootstrap, acks="all", max_request_size=4_000_000)
        for k, v in records:
            producer.send(self.topic("articles"), key=k, value=v)
        producer.flush()
        producer.close()

    def read(self, role_name: str, *, until: int | None = None, timeout: float = 60, idle: float = 3) -> list:
        """All records of a topic from the beginning: until `until` records, or idle for `idle` seconds after timeout."""
        consumer = KafkaConsumer(bootstrap_servers=self.bootstrap, enable_auto_commit=False, group_id=None,
                                 consumer_timeout_ms=int(idle * 1000))
        name = self.topic(role_name)
        deadline = time.monotonic() + timeout
        while not consumer.partitions_for_topic(name) and time.monotonic() < deadline:
            time.sleep(0.5)
        tps = [TopicPartition(name, p) for p in (consumer.partitions_for_topic(name) or [])]
        consumer.assign(tps)
        consumer.seek_to_beginning()
        out = []
        while time.monotonic() < deadline:
            for message in consumer:
                out.append(message)
                if until is not None and len(out) >= until:
                    consumer.close()
                    return out
            if until is None:
                break
        consumer.close()
        return out

    def close(self) -> None:
        for w in self.workers:
            w.kill()
        shutil.rmtree(self.tmp, ignore_errors=True)


def new_deployment(base: Settings, tmp: Path) -> Deployment:
    tag = uuid.uuid4().hex[:8]
    settings = Settings(kafka_bootstrap=base.kafka_bootstrap, topic_prefix=f"t{tag}.", app_id=f"wirestream-t{tag}",
                        partitions=base.partitions)
    return Deployment(settings=settings, tmp=tmp)
