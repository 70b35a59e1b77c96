"""End-to-end benchmark through a real broker: isolated topics, worker processes, paced publishing, latency, RSS."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import orjson
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.errors import KafkaError

from schemas import Article
from service.admin import ensure_topics
from service.bench_report import Stage, latency_summary
from service.procstat import broker_cpu_seconds, cpu_seconds, tree_cpu_seconds, tree_peak_rss_mb
from service.settings import Settings
from service.topics import ARTICLES, ENRICHED

ROOT = Path(__file__).resolve().parent.parent



def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def isolated(base: Settings, *, partitions: int) -> Settings:
    """Fresh topics and consumer group for one measurement: a unique topic prefix and app id."""
    tag = uuid.uuid4().hex[:8]
    return base.model_copy(update={"topic_prefix": f"bench{tag}.", "app_id": f"wirestream-bench{tag}",
                                   "partitions": partitions})


@dataclass
class WorkerProcess:
    """One `wirestream worker` in its own process group, with its own data dir, web port and log file."""

    settings: Settings
    data_dir: Path
    web_port: int = field(default_factory=free_port)
    proc: subprocess.Popen | None = None

    @property
    def log_path(self) -> Path:
        return self.data_dir / "worker.log"

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        s = self.settings
        env.update(
            WIRESTREAM_KAFKA_BOOTSTRAP=s.kafka_bootstrap,
            WIRESTREAM_TOPIC_PREFIX=s.topic_prefix,
            WIRESTREAM_APP_ID=s.app_id,
            WIRESTREAM_PARTITIONS=str(s.partitions),
            WIRESTREAM_DATA_DIR=str(self.data_dir),
            WIRESTREAM_WEB_PORT=str(self.web_port),
            WIRESTREAM_WEB_HOST="127.0.0.1",
            WIRESTREAM_LOG_LEVEL="warning",
        )
        return env

    def start(self) -> WorkerProcess:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen([sys.executable, "-m", "service", "worker"], env=self.env(), cwd=ROOT,
                                     stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        return self

    def ready(self) -> bool:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.web_port}/ready", timeout=2) as resp:
                return resp.status == 200
        except OSError:
            return False

    def wait_ready(self, timeout: float = 180) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc is None or self.proc.poll() is not None:
                raise RuntimeError(f"bench worker exited early:\n{self.log_tail()}")
            if self.ready():
                return
            time.sleep(0.5)
        raise RuntimeError(f"bench worker not ready in {timeout}s:\n{self.log_tail()}")

    def peak_rss_mb(self) -> float | None:
        """The worker process and its enrichment child together."""
        return tree_peak_rss_mb(self.proc.pid) if self.proc is not None else None

    def cpu_split(self) -> tuple[float, float]:
        """(worker process, its enrichment child) CPU seconds so far."""
        if self.proc is None:
            return 0.0, 0.0
        own = cpu_seconds(self.proc.pid) or 0.0
        return own, (tree_cpu_seconds(self.proc.pid) or own) - own

    def cpu_seconds(self) -> float:
        """The worker process and its enrichment child together."""
        return (tree_cpu_seconds(self.proc.pid) or 0.0) if self.proc is not None else 0.0

    def stop(self, timeout: float = 20) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=20)

    def log_tail(self, chars: int = 3000) -> str:
        return self.log_path.read_text(errors="replace")[-chars:] if self.log_path.exists() else ""


class Collector:
    """Reads `articles.enriched` from the beginning in a thread; notes when (consumer clock) each article arrived."""

    def __init__(self, settings: Settings) -> None:
        self.topic = ENRICHED.full_name(settings)
        self.arrived: dict[str, float] = {}
        self.stamped: dict[str, float] = {}  # the worker's record timestamp (when it produced the output)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        # check_crcs=False: kafka-python checks CRC32C in pure Python (about 1.2 ms per 7 KB enriched record) unless
        # the LGPL `crc32c` package is installed; the measuring instrument must not eat the CPU it measures.
        self._consumer = KafkaConsumer(bootstrap_servers=settings.kafka_bootstrap, enable_auto_commit=False,
                                       group_id=None, fetch_max_wait_ms=500, check_crcs=False,
                                       **settings.kafka_client_options())
        deadline = time.monotonic() + 30
        while not self._consumer.partitions_for_topic(self.topic) and time.monotonic() < deadline:
            time.sleep(0.2)
        parts = self._consumer.partitions_for_topic(self.topic) or set()
        self._consumer.assign([TopicPartition(self.topic, p) for p in sorted(parts)])
        self._consumer.seek_to_beginning()
        self._thread = threading.Thread(target=self._run, name="bench-collector", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            for records in self._consumer.poll(timeout_ms=200).values():
                now = time.time()
                with self._lock:
                    for record in records:
                        key = record.key.decode() if record.key else ""
                        self.arrived.setdefault(key, now)
                        self.stamped.setdefault(key, record.timestamp / 1000)

    def wait_for(self, ids: list[str], *, idle_timeout: float = 120) -> bool:
        """True once every id arrived; False after `idle_timeout` seconds without progress."""
        last, last_change = -1, time.monotonic()
        while True:
            with self._lock:
                have = sum(1 for i in ids if i in self.arrived)
            if have == len(ids):
                return True
            if have != last:
                last, last_change = have, time.monotonic()
            elif time.monotonic() - last_change > idle_timeout:
                return False
            time.sleep(0.05)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._consumer.close()


def spread(articles: list[Article], partitions: int) -> list[int]:
    """A partition for each article, in order, so every partition gets about the same number of words: each goes to
    the partition with the fewest words so far.

    The service keys articles by id, and in a stream that never ends the hash evens the load out. A benchmark burst
    ends, and whichever worker got more words is still busy after the other has stopped: 600 BBC stories keyed by id
    split 313/287, with 2.7 % more words on one partition, enough to move the two-worker figure by a point or two
    with the luck of the hash. The partition only decides which worker enriches an article (its counts are keyed
    by actor), so spreading by words measures the same work without that luck."""
    load = [0] * max(1, partitions)
    out: list[int] = []
    for article in articles:
        p = min(range(len(load)), key=lambda i: (load[i], i))
        load[p] += len(article.text.split())
        out.append(p)
    return out


def words_per_partition(articles: list[Article], targets: list[int]) -> list[int]:
    words = [0] * (max(targets, default=-1) + 1)
    for article, p in zip(articles, targets, strict=True):
        words[p] += len(article.text.split())
    return words


class Publisher:
    """Sends articles to the input topic, keyed by id, remembering when each was sent."""

    def __init__(self, settings: Settings) -> None:
        self.topic = ARTICLES.full_name(settings)
        self.sent: dict[str, float] = {}
        self._producer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap, acks="all", linger_ms=0,
                                       max_request_size=max(settings.max_article_bytes * 2, 1_048_576),
                                       client_id="wirestream-bench", **settings.kafka_client_options())

    def send(self, article: Article, article_id: str | None = None, partition: int | None = None) -> str:
        """Keyed by id; on `partition` when given (see `spread`), else where the key hashes to, as in service."""
        payload = article.model_dump(mode="json", exclude_none=True)
        if article_id is not None:
            payload["id"] = article_id
        key = payload["id"]
        self.sent[key] = time.time()
        self._producer.send(self.topic, key=key.encode(), value=orjson.dumps(payload), partition=partition)
        return key

    def send_spread(self, articles: list[Article], partitions: int, ids: list[str] | None = None) -> list[str]:
        """All of `articles`, spread over the partitions by words (`spread`); returns their ids."""
        targets = spread(articles, partitions)
        return [self.send(a, ids[i] if ids else None, targets[i]) for i, a in enumerate(articles)]

    def flush(self) -> None:
        self._producer.flush(timeout=60)

    def close(self) -> None:
        self._producer.close(timeout=10)


@dataclass
class Deployment:
    """Isolated topics plus the worker processes reading them, for one measurement."""

    settings: Settings
    tmp: Path
    warmup: list[Article] = field(default_factory=list)
    workers: list[WorkerProcess] = field(default_factory=list)
    collector: Collector | None = None
    publisher: Publisher | None = None

    def start(self, n_workers: int, log: Callable[[str], None]) -> None:
        ensure_topics(self.settings)
        self.workers = [WorkerProcess(self.settings, self.tmp / f"w{i}").start() for i in range(n_workers)]
        for w in self.workers:
            w.wait_ready()
        self.collector = Collector(self.settings)
        self.publisher = Publisher(self.settings)
        # Warm-up outside the clock: first batches load lazies, and every worker must own its partitions.
        # Spread over the partitions, so each worker has enriched before the clock starts.
        warm = self.publisher.send_spread(self.warmup, self.settings.partitions,
                                          [f"warmup-{i}-{a.id}" for i, a in enumerate(self.warmup)])
        self.publisher.flush()
        if not self.collector.wait_for(warm, idle_timeout=120):
            raise RuntimeError("warm-up articles never came out of the worker:\n" + self.workers[0].log_tail())
        deadline = time.monotonic() + 30
        while not all(w.ready() for w in self.workers) and time.monotonic() < deadline:
            time.sleep(0.5)
        log(f"  {n_workers} worker(s) ready on {self.settings.topic_prefix}* ({self.settings.partitions} partitions)")

    def wait_idle(self, *, timeout: float = 120, busy: float = 0.15) -> float:
        """Seconds until the workers are idle (under `busy` CPU-seconds per second each), e.g. once counting has
        caught up with a burst: a paced run that starts on a busy worker would measure the burst, not the load."""
        started = time.monotonic()
        before = sum(w.cpu_seconds() for w in self.workers)
        while time.monotonic() - started < timeout:
            time.sleep(1.0)
            now = sum(w.cpu_seconds() for w in self.workers)
            if now - before < busy * len(self.workers):
                break
            before = now
        return round(time.monotonic() - started, 1)

    def close(self) -> None:
        if self.publisher is not None:
            self.publisher.close()
        if self.collector is not None:
            self.collector.close()
        for w in self.workers:
            w.stop()
        shutil.rmtree(self.tmp, ignore_errors=True)
        delete_topics(self.settings)


def delete_topics(settings: Settings) -> None:
    """Remove one measurement's topics (its prefix) and Faust's internal ones (its app id) from the broker."""
    try:
        admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap, client_id="wirestream-bench",
                                 **settings.kafka_client_options())
    except KafkaError:
        return
    try:
        mine = [t for t in admin.list_topics() if t.startswith((settings.topic_prefix, settings.app_id))]
        if mine:
            admin.delete_topics(mine)
    except KafkaError:
        pass  # leftovers are harmless: every run uses new names
    finally:
        admin.close()


def max_throughput(dep: Deployment, articles: list[Article], name: str) -> Stage:
    """Publish everything at once; throughput = articles / (first publish → last enriched record read)."""
    assert dep.publisher and dep.collector
    cpu0 = sum(w.cpu_seconds() for w in dep.workers)
    split0 = [w.cpu_split() for w in dep.workers]
    broker0 = broker_cpu_seconds()
    bench0 = time.process_time()
    t0 = time.time()
    ids = dep.publisher.send_spread(articles, dep.settings.partitions)
    dep.publisher.flush()
    complete = dep.collector.wait_for(ids)
    got = [dep.collector.arrived[i] for i in ids if i in dep.collector.arrived]
    seconds = (max(got) - t0) if got else 0.0
    cpu = sum(w.cpu_seconds() for w in dep.workers) - cpu0
    split = [(round(a1 - a0, 2), round(b1 - b0, 2)) for (a0, b0), (a1, b1) in zip(split0, (w.cpu_split() for w in dep.workers), strict=True)]
    broker = broker_cpu_seconds()
    bench = time.process_time() - bench0
    rss = [w.peak_rss_mb() for w in dep.workers]
    note = f"{len(dep.workers)} worker process(es), input partitions {dep.settings.partitions}"
    if not complete:
        note += f"; only {len(got)}/{len(ids)} arrived"
    return Stage(name, len(got), seconds, cpu_seconds=round(cpu, 2), note=note, extra={"worker_peak_rss_mb": rss,
                        # Where the CPU went: each worker's own process (Faust, Kafka I/O, counting) and its
                        # enrichment child (the model), and the broker when it runs on this machine.
                        "cpu_seconds_worker_and_model": split,
                        "cpu_seconds_broker": round(broker - broker0, 2) if broker is not None and broker0 is not None else None,
                        "cpu_seconds_bench_publisher_and_collector": round(bench, 2),
                        "words_per_partition": words_per_partition(articles, spread(articles, dep.settings.partitions))})


def paced_latency(dep: Deployment, articles: list[Article], rate: float, name: str) -> Stage:
    """Publish at `rate` articles/s; latency = publish → enriched record read by the consumer (same clock)."""
    assert dep.publisher and dep.collector
    ids: list[str] = []
    targets = spread(articles, dep.settings.partitions)
    t0 = time.monotonic()
    for i, article in enumerate(articles):
        pause = t0 + i / rate - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        ids.append(dep.publisher.send(article, f"paced-{article.id}", targets[i]))
        dep.publisher.flush()
    complete = dep.collector.wait_for(ids)
    arrived = dep.collector.arrived
    latencies = [arrived[i] - dep.publisher.sent[i] for i in ids if i in arrived]
    stamped = [dep.collector.stamped[i] - dep.publisher.sent[i] for i in ids if i in dep.collector.stamped]
    seconds = max((arrived[i] for i in ids if i in arrived), default=0.0) - dep.publisher.sent[ids[0]] if ids else 0.0
    by_id = {f"paced-{a.id}": a for a in articles}
    slowest = sorted(((arrived[i] - dep.publisher.sent[i], i) for i in ids if i in arrived), reverse=True)[:3]
    note = f"paced at {rate:.2f} articles/s (half of max)"
    if not complete:
        note += f"; only {len(latencies)}/{len(ids)} arrived"
    return Stage(name, len(latencies), seconds, latency_ms=latency_summary(latencies), note=note,
                 extra={"rate": round(rate, 3), "worker_output_latency_ms": latency_summary(stamped),
                        # Latency grows with length: the tail is usually the longest stories.
                        "slowest": [{"ms": round(lat * 1000, 1), "chars": len(by_id[i].text),
                                     "words": len(by_id[i].text.split())} for lat, i in slowest]})


def run_kafka(articles: list[Article], base: Settings, *, workers: list[int], paced_seconds: float, rounds: int = 1,
              log: Callable[[str], None] = print, before_round: Callable[[int], None] | None = None) -> list[Stage]:
    """Max throughput with each worker count, `rounds` times, the counts alternating (1, 2, 1, 2, …) so load from
    other processes falls on all alike; each count's rounds are summed (articles / seconds, as the offline stages).
    Latency at half of the first count's max, once, after its first round. `before_round(i)` runs before round i
    (the bench's offline round, so that every stage is measured in every stretch of the run)."""
    by_count: dict[int, list[Stage]] = {n: [] for n in workers}
    paced: Stage | None = None
    failed: list[Stage] = []
    warmup = articles[:4]
    for round_no in range(rounds):
        if before_round is not None:
            before_round(round_no)
        for n in workers:
            name = f"kafka_{n}_worker" + ("s" if n > 1 else "")
            settings = isolated(base, partitions=max(2, n))
            dep = Deployment(settings, Path(tempfile.mkdtemp(prefix="wirestream-bench-")), warmup=warmup)
            try:
                try:
                    dep.start(n, log)
                except (RuntimeError, KafkaError) as exc:
                    log(f"  {n} worker(s) could not be measured: {exc}")
                    failed.append(Stage(name, 0, 0.0, note=f"failed: {exc}"[:200]))
                    continue
                stage = max_throughput(dep, articles, name)
                log(f"  {stage.name} round {round_no + 1}: {stage.articles} articles in {stage.seconds:.1f}s"
                    f" = {stage.per_second:.2f}/s")
                by_count[n].append(stage)
                if paced is None and n == workers[0] and stage.per_second > 0:
                    settled = dep.wait_idle()
                    log(f"  worker idle again {settled:.0f}s after the last enriched article (counting catches up)")
                    stage.extra["seconds_until_idle"] = settled
                    rate = stage.per_second / 2
                    count = max(10, min(len(articles), int(rate * paced_seconds)))
                    paced = paced_latency(dep, articles[:count], rate, f"kafka_{n}_worker_paced")
                    paced.extra["worker_peak_rss_mb"] = [w.peak_rss_mb() for w in dep.workers]
                    log(f"  {paced.name}: p50 {paced.latency_ms['p50']} ms, p99 {paced.latency_ms['p99']} ms"
                        if paced.latency_ms else "  paced: no latency")
            finally:
                dep.close()
    stages: list[Stage] = []
    for n in workers:
        if by_count[n]:
            stages.append(summed(by_count[n]))
            if paced is not None and n == workers[0]:
                stages.append(paced)
    return stages + failed


def summed(rounds: list[Stage]) -> Stage:
    """The rounds of one measurement as one stage: articles and seconds summed; each round kept in `extra`."""
    first = rounds[0]
    cpu = [r.cpu_seconds for r in rounds if r.cpu_seconds is not None]
    rss = [x for r in rounds for x in (r.extra.get("worker_peak_rss_mb") or []) if x is not None]
    extra = dict(first.extra)
    extra["worker_peak_rss_mb"] = [max(rss)] if rss else []
    extra["rounds"] = [r.to_json() for r in rounds]
    note = first.note + (f"; {len(rounds)} rounds summed, alternating with the other worker counts" if len(rounds) > 1 else "")
    return Stage(first.name, sum(r.articles for r in rounds), round(sum(r.seconds for r in rounds), 3),
                 cpu_seconds=round(sum(cpu), 2) if cpu else None, note=note, extra=extra)
