"""Test harness for the integration tier: a real broker, worker processes, and helpers to read topics."""

from __future__ import annotations

import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
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

    def status_of(self, method: str, path: str, timeout: float = 5) -> int:
        """The HTTP status of any method on a path (errors included)."""
        request = urllib.request.Request(self.url(path), method=method, data=b"{}" if method != "GET" else None)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as resp:
                return resp.status
        except urllib.error.HTTPError as exc:
            return exc.code

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

    def dump_tasks(self) -> None:
        """Ask a live worker to write the stack of every thread and asyncio task to its log (mode's SIGUSR1)."""
        if self.alive():
            assert self.proc is not None
            os.kill(self.proc.pid, signal.SIGUSR1)


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
        producer = KafkaProducer(bootstrap_servers=self.bootstrap, acks="all", max_request_size=16 << 20)
        for k, v in records:
            producer.send(self.topic("articles"), key=k, value=v)
        producer.flush()
        producer.close()

    def read(self, role_name: str, *, until: int | None = None, timeout: float = 60, idle: float = 3) -> list:
        """All records of a topic from the beginning: until `until` records (waiting up to `timeout`), or, without
        `until`, those there now."""
        consumer = KafkaConsumer(bootstrap_servers=self.bootstrap, enable_auto_commit=False, group_id=None,
                                 consumer_timeout_ms=int(idle * 1000), max_partition_fetch_bytes=16 << 20,
                                 fetch_max_bytes=64 << 20)
        name = self.topic(role_name)
        deadline = time.monotonic() + timeout
        while not consumer.partitions_for_topic(name) and time.monotonic() < deadline:
            time.sleep(0.5)
        tps = [TopicPartition(name, p) for p in (consumer.partitions_for_topic(name) or [])]
        consumer.assign(tps)
        consumer.seek_to_beginning()
        out = []
        if until is None:
            # Everything up to the current end of each partition (compacted topics have gaps; positions tell).
            ends = consumer.end_offsets(tps)
            while time.monotonic() < deadline and any(consumer.position(tp) < end for tp, end in ends.items()):
                for records in consumer.poll(timeout_ms=500).values():
                    out.extend(records)
            consumer.close()
            return out
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

    def end_offsets(self, *role_names: str) -> int:
        """How many records the topics hold (high watermarks): cheap progress without reading them."""
        consumer = KafkaConsumer(bootstrap_servers=self.bootstrap, group_id=None)
        try:
            tps = [TopicPartition(self.topic(name), p) for name in role_names
                   for p in (consumer.partitions_for_topic(self.topic(name)) or [])]
            return sum(consumer.end_offsets(tps).values()) if tps else 0
        finally:
            consumer.close()

    def outcomes(self) -> Outcomes:
        """Every input record's fate, read from the topics: enriched article or dead letter, by published key."""
        keys = {(m.partition, m.offset): m.key.decode() if m.key else None for m in self.read("articles")}
        out = Outcomes()
        for m in self.read("articles.enriched"):
            value = orjson.loads(m.value)
            first = out.enriched.setdefault(value["article_id"], value)
            if _content(first) != _content(value):
                out.differing.add(value["article_id"])
            out.enriched_records += 1
        for m in self.read("articles.dlq"):
            letter = orjson.loads(m.value)
            source_key = keys.get((letter["source"]["partition"], letter["source"]["offset"]))
            out.dead.setdefault(source_key or letter["id"], letter)
            out.dead_records += 1
        return out

    def published_counts(self) -> dict[str, dict]:
        """The compacted `actor-counts` topic as a consumer would see it: the latest value per key."""
        return {m.key.decode(): orjson.loads(m.value) for m in self.read("actor-counts") if m.value is not None}

    def group_lag(self) -> dict[str, int]:
        """Per input partition of the worker group, records not yet committed (end offset minus committed offset)."""
        consumer = KafkaConsumer(bootstrap_servers=self.bootstrap, group_id=self.settings.app_id,
                                 enable_auto_commit=False)
        try:
            lag = {}
            for role_name in ("articles", "actor-contributions"):
                name = self.topic(role_name)
                tps = [TopicPartition(name, p) for p in (consumer.partitions_for_topic(name) or [])]
                for tp, end in consumer.end_offsets(tps).items():
                    lag[f"{role_name}[{tp.partition}]"] = end - (consumer.committed(tp) or 0)
            return lag
        finally:
            consumer.close()

    def post_mortem(self, chars: int = 40000) -> str:
        """What a failed test needs to be understood from CI output alone: progress on every topic, the group's
        uncommitted records per partition, and each worker's log tail with a dump of its threads and tasks."""
        for w in self.workers:
            w.dump_tasks()
        time.sleep(3)
        lines = ["== post-mortem of deployment " + self.settings.app_id]
        try:
            for role_name in ("articles", "articles.enriched", "articles.dlq", "actor-contributions", "actor-counts"):
                lines.append(f"end offsets {role_name}: {self.end_offsets(role_name)}")
            lines.append(f"uncommitted: {self.group_lag()}")
        except Exception as exc:  # noqa: BLE001 - a post-mortem reports what it can
            lines.append(f"(broker state unavailable: {exc!r})")
        for w in self.workers:
            state = "alive" if w.alive() else f"exited {w.proc.returncode if w.proc else None}"
            lines.append(f"== worker {w.data_dir.name} ({state}), log {w.log_path}")
            lines.append(w.log_tail(chars))
        return "\n".join(lines)

    def close(self) -> None:
        for w in self.workers:
            w.kill()
        keep = os.environ.get("WIRESTREAM_KEEP_LOGS")  # a folder to copy the workers' logs to, for post-mortems
        if keep:
            for w in self.workers:
                if w.log_path and w.log_path.exists():
                    target = Path(keep) / self.settings.app_id
                    target.mkdir(parents=True, exist_ok=True)
                    shutil.copy(w.log_path, target / f"{w.data_dir.name}-{w.log_path.name}")
        shutil.rmtree(self.tmp, ignore_errors=True)


def _content(enriched: dict) -> dict:
    """An enriched record without its processing block (time and duration differ between deliveries)."""
    return {k: v for k, v in enriched.items() if k != "processing"}


@dataclass
class Outcomes:
    """First enriched record per article id and first dead letter per published key, with raw record counts."""

    enriched: dict[str, dict] = field(default_factory=dict)
    dead: dict[str, dict] = field(default_factory=dict)
    enriched_records: int = 0
    dead_records: int = 0
    #: Article ids whose re-delivered enrichment differs from the first (it must not: counts rely on it).
    differing: set[str] = field(default_factory=set)

    def ids(self) -> set[str]:
        return set(self.enriched) | set(self.dead)


def wait_for(predicate, timeout: float = 60, every: float = 1.0):
    """Polls until `predicate()` is truthy and returns it; fails with the last value after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = predicate()
        if last:
            return last
        time.sleep(every)
    raise AssertionError(f"condition not met in {timeout}s (last: {last!r})")


def new_deployment(base: Settings, tmp: Path) -> Deployment:
    tag = uuid.uuid4().hex[:8]
    settings = Settings(kafka_bootstrap=base.kafka_bootstrap, topic_prefix=f"t{tag}.", app_id=f"wirestream-t{tag}",
                        partitions=base.partitions)
    return Deployment(settings=settings, tmp=tmp)


# ---- Test corpora: good articles with distinct ids, and bad records of every kind with the reason each must get.

SHARED_BBC = ROOT.parent / "shared" / "data" / "bbc"
SEED = ROOT / "seeds" / "000_f79c369e70a75ceb.txt"


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]


def short_articles(n: int, *, paragraphs: int = 1, bbc: Path = SHARED_BBC) -> list[dict]:
    """n short English articles with distinct ids: the title and first paragraphs of BBC stories where
    ../shared/data/bbc exists (2,225 of them; cycled with new ids beyond that), else windows over the seed's
    paragraphs. Every other article carries a publication date, so counts see both dated and undated articles."""
    sources: list[tuple[str, str]] = []
    if bbc.is_dir():
        for path in sorted(bbc.glob("*/*.txt")):
            raw = path.read_bytes()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("latin-1")
            parts = _paragraphs(text)
            sources.append((f"bbc-{path.parent.name}-{path.stem}", "\n\n".join(parts[: 1 + paragraphs])))
    else:
        from service.sources import article_from_text

        parts = _paragraphs(article_from_text(SEED.read_text(encoding="utf-8"))["text"])
        sources = [(f"seed-{i}", "\n\n".join(parts[i : i + paragraphs + 1])) for i in range(len(parts) - paragraphs)]
    out = []
    for i in range(n):
        name, text = sources[i % len(sources)]
        article = {"id": f"{name}-{i}", "text": text}
        if i % 2:
            article["published_at"] = f"2005-{1 + i % 12:02d}-{1 + i % 28:02d}"
        out.append(article)
    return out


FRENCH = ("Le gouvernement français a annoncé mardi une série de mesures pour soutenir les agriculteurs touchés par la "
          "sécheresse, a indiqué le ministère dans un communiqué publié à Paris.")
MARKUP = '<html><head><meta charset="utf-8"><title>x</title></head><body><div class="story"><p>Hi</p></div></body></html>'


def bad_record(kind: str, rid: str) -> bytes | None:
    """One bad record of a kind; the kind is the reason code it must be dead-lettered with."""
    obj = None
    match kind:
        case "empty_record":
            return None
        case "not_utf8":
            return b"\xff\xfe\xfa " + rid.encode()
        case "not_json":
            return b"{this is not json " + rid.encode()
        case "not_object":
            return orjson.dumps(["an", "array", rid])
        case "missing_text":
            obj = {"id": rid, "title": "no body"}
        case "empty_text":
            obj = {"id": rid, "text": " \n\t "}
        case "invalid_field":
            obj = {"id": rid, "text": "Fine text.", "published_at": {"not": "a date"}}
        case "too_large":  # 1.5 MB: over the 1 MB limit, under the input topic's 8 MiB
            obj = {"id": rid, "text": "filler " * 220_000}
        case "too_long":  # 25,000 words in 150 KB: under the size limit, over the word budget
            obj = {"id": rid, "text": "word " * 25_000}
        case "mostly_markup":
            obj = {"id": rid, "text": MARKUP * 3}
        case "unsupported_language":
            obj = {"id": rid, "text": FRENCH}
        case _:
            raise ValueError(kind)
    return orjson.dumps(obj)


BAD_KINDS = ("not_utf8", "not_json", "not_object", "missing_text", "empty_text", "invalid_field", "mostly_markup",
             "unsupported_language", "too_long", "empty_record")


def mixed_records(good: int, bad: int, *, seed: int, large: int = 2) -> tuple[list[tuple[bytes, bytes | None]], dict[str, str]]:
    """`good` articles and `bad` bad records (of which `large` are over the size limit), shuffled with `seed`.
    Returns the (key, value) records and, for each bad record's key, the reason code it must get."""
    records = [(a["id"].encode(), orjson.dumps(a)) for a in short_articles(good)]
    expected: dict[str, str] = {}
    for i in range(bad):
        kind = "too_large" if i < large else BAD_KINDS[i % len(BAD_KINDS)]
        rid = f"bad-{kind}-{i}"
        expected[rid] = kind
        records.append((rid.encode(), bad_record(kind, rid)))
    random.Random(seed).shuffle(records)
    return records, expected
