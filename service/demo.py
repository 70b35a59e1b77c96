"""`make run` / `wirestream run`: local Kafka, a worker, the seeds published, enriched output and counts shown live."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import orjson
from kafka import KafkaConsumer

from service import kafka_local
from service.admin import ensure_topics
from service.publish import publish
from service.settings import Settings
from service.sources import read_sources
from service.topics import ACTOR_COUNTS, ENRICHED


def _wait_ready(settings: Settings, worker: subprocess.Popen, timeout: float = 180.0) -> None:
    url = f"http://localhost:{settings.web_port}/ready"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if worker.poll() is not None:
            raise RuntimeError(f"the worker exited with code {worker.returncode}; see .wirestream/worker.log")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            pass
        time.sleep(1)
    raise RuntimeError(f"the worker was not ready after {timeout:.0f}s; see .wirestream/worker.log")


def describe(enriched: dict) -> str:
    """A few readable lines about one enriched article."""
    names = {a["id"]: a["name"] for a in enriched["actors"]}
    lines = [f"── enriched {enriched['article_id']} ({len(enriched['article']['text'])} chars)"]
    meta = enriched.get("meta") or {}
    lines.append(f"   dateline {meta.get('dateline')}, published {meta.get('published')}, by {', '.join(meta.get('authors', []))}")
    lines.append("   actors: " + "; ".join(f"{a['name']} [{a['id']}] ×{len(a['mentions'])}" for a in enriched["actors"]))
    for f in enriched["figures"]:
        lines.append(f"   figure: {f['type']} {f['qualifier']} {f['value'] if f['value'] is not None else '≥' + str(f['low'])}"
                     f" «{f['text']}» by={names.get(f['by'], f['by'])} reported_by={names.get(f['reported_by'], f['reported_by'])}")
    for q in enriched["quotes"]:
        lines.append(f"   quote: {names.get(q['speaker'], q['speaker'])}: «{q['text'][:70]}»")
    for e in enriched["events"]:
        targets = ", ".join(names.get(t, t) for t in e["target"])
        lines.append(f"   event: {names.get(e['actor'], e['actor'])} {e['verb']}{'/' + e['mode'] if e['mode'] else ''} → {targets}")
    return "\n".join(lines)


def _stop(signum: int, frame: object) -> None:  # noqa: ARG001
    """SIGTERM or SIGHUP (a closed terminal, a supervisor) stop the demo like Ctrl-C: through the clean-up below."""
    raise KeyboardInterrupt


def run_demo(settings: Settings, paths: list[str]) -> int:
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _stop)
    started_kafka = False
    if "WIRESTREAM_KAFKA_BOOTSTRAP" not in os.environ and not kafka_local.is_listening(settings):
        print(kafka_local.up(settings), flush=True)
        started_kafka = True
    ensure_topics(settings)
    Path(".wirestream").mkdir(exist_ok=True)
    log = open(".wirestream/worker.log", "ab")  # noqa: SIM115 - handed to the worker process
    worker = subprocess.Popen([sys.executable, "-m", "service", "worker"], stdout=log, stderr=subprocess.STDOUT,
                              start_new_session=True)
    print(f"worker pid {worker.pid} starting (log: .wirestream/worker.log) …", flush=True)
    consumer = None
    try:
        _wait_ready(settings, worker)
        consumer = KafkaConsumer(
            ENRICHED.full_name(settings), ACTOR_COUNTS.full_name(settings),
            bootstrap_servers=settings.kafka_bootstrap, group_id=None, auto_offset_reset="latest",
            consumer_timeout_ms=1000, **settings.kafka_client_options(),
        )
        consumer.poll(timeout_ms=1000)  # join and seek to the end before publishing
        report = publish(read_sources(paths), settings, progress=False)
        print(f"published {report.sent} article(s) from {', '.join(paths)}; waiting for enrichment … (Ctrl-C stops everything)",
              flush=True)
        while worker.poll() is None:
            for message in consumer:
                value = orjson.loads(message.value)
                if message.topic == ENRICHED.full_name(settings):
                    print(describe(value), flush=True)
                else:
                    print(f"   counts {value['actor_id']}: mentions={value['mentions']} articles={value['articles']}"
                          f" events={value['events']}", flush=True)
        print(f"the worker exited with code {worker.returncode}; see .wirestream/worker.log", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # see below
        print("\nstopping …", flush=True)
        return 0
    finally:
        # A second Ctrl-C (or a SIGINT sent to the whole process group after the first) must not cut the clean-up
        # short and leave the worker and its model process running.
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, signal.SIG_IGN)
        if consumer is not None:
            consumer.close()
        if worker.poll() is None:
            os.killpg(worker.pid, signal.SIGTERM)
            try:
                worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(worker.pid, signal.SIGKILL)
        if started_kafka:
            print(kafka_local.down(settings), flush=True)
