"""Prometheus metrics of a worker: counters the agents bump in one-line calls, gauges read from the app at scrape."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from faust.web import Request, Response, View
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from service.procstat import cpu_seconds, resident_bytes

if TYPE_CHECKING:
    from service.app import Wiring

ARTICLES_IN = Counter("wirestream_articles_in", "Records read from the articles topic.")
ARTICLES_OUT = Counter("wirestream_articles_out", "Enriched articles emitted.")
DEAD_LETTERS = Counter("wirestream_dead_letters", "Records sent to the dead-letter topic, by reason code.", ["reason"])
EVENTS_OUT = Counter("wirestream_events_out", "Event records emitted.")
CONTRIBUTIONS_COUNTED = Counter("wirestream_contributions_counted", "Actor contributions applied to the counts table.")
# Seconds for one batch through nlp.pipe and the rules (the model is the cost; buckets span a tiny to a huge batch).
ENRICHMENT_SECONDS = Histogram(
    "wirestream_enrichment_batch_seconds", "Wall time to enrich one batch.",
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
BATCH_SIZE = Histogram(
    "wirestream_batch_size", "Articles per enrichment batch (stream.take_events).", buckets=(1, 2, 4, 8, 16, 32, 64, 128)
)


def articles_in(n: int = 1) -> None:
    ARTICLES_IN.inc(n)


def article_out(events: int = 0) -> None:
    ARTICLES_OUT.inc()
    EVENTS_OUT.inc(events)


def dead_letter(reason: str) -> None:
    DEAD_LETTERS.labels(reason=reason).inc()


def batch(size: int, seconds: float) -> None:
    BATCH_SIZE.observe(size)
    ENRICHMENT_SECONDS.observe(seconds)


def contribution_counted(n: int = 1) -> None:
    CONTRIBUTIONS_COUNTED.inc(n)


def batch_timer(size: int) -> Callable[[], None]:
    """Start timing a batch of `size`; call the result when the batch is enriched."""
    started = time.perf_counter()
    return lambda: batch(size, time.perf_counter() - started)


class WiringCollector(Collector):
    """Consumer lag per source partition and table sizes, computed when Prometheus scrapes (no background task)."""

    wiring: Wiring | None = None
    #: The enrichment child process(es) of this worker (ProcessEnricher.pids), when the model runs in one.
    children: Callable[[], list[int]] | None = None

    def collect(self) -> Iterator[GaugeMetricFamily]:
        yield from child_process_metrics(self.children() if self.children else [])
        if self.wiring is None:
            return
        lag = GaugeMetricFamily(
            "wirestream_consumer_lag", "Records not yet committed per assigned source partition.", labels=["topic", "partition"]
        )
        for topic, partition, value in consumer_lag(self.wiring):
            lag.add_metric([topic, str(partition)], value)
        yield lag
        size = GaugeMetricFamily("wirestream_table_keys", "Keys in the local table store.", labels=["table"])
        size.add_metric(["actor_counts"], table_keys(self.wiring))
        yield size


def child_process_metrics(pids: list[int]) -> Iterator[GaugeMetricFamily]:
    """Memory and CPU of the enrichment child, which prometheus_client's process_* metrics (this process) miss; the
    container's memory limit covers both processes."""
    if not pids:
        return
    rss = sum(r for r in (resident_bytes(pid) for pid in pids) if r is not None)
    cpu = sum(c for c in (cpu_seconds(pid) for pid in pids) if c is not None)
    yield GaugeMetricFamily("wirestream_enrichment_process_resident_bytes",
                            "Resident memory of the enrichment child process.", value=rss)
    yield GaugeMetricFamily("wirestream_enrichment_process_cpu_seconds",
                            "CPU seconds used by the current enrichment child process.", value=cpu)


def consumer_lag(wiring: Wiring) -> list[tuple[str, int, int]]:
    """(topic, partition, lag) for the agents' source topics; empty before the consumer has an assignment."""
    consumer = getattr(wiring.app, "_consumer", None)  # the property would create a consumer; read it only if started
    if consumer is None:
        return []
    sources = {wiring.topics[role].get_topic_name() for role in ("articles", "contributions")}
    out = []
    for tp in sorted(consumer.assignment()):
        if tp.topic not in sources:
            continue
        try:
            end = consumer.highwater(tp)
        except Exception:  # noqa: BLE001 - not fetched yet: no number rather than a wrong one
            continue
        if end is None:
            continue
        committed = consumer._committed_offset.get(tp) or 0  # noqa: SLF001 - Faust keeps it; no public accessor
        out.append((tp.topic, tp.partition, max(0, end - committed)))
    return out


def table_keys(wiring: Wiring) -> int:
    try:
        return sum(1 for _ in wiring.counts.keys())
    except Exception:  # noqa: BLE001 - store not open yet (before recovery)
        return 0


_LIVE = WiringCollector()


def register_metrics(w: Wiring, *, children: Callable[[], list[int]] | None = None) -> None:
    """Once per process: the gauges that read the app, and `/metrics` on the Faust web port."""
    if _LIVE.wiring is None:
        REGISTRY.register(_LIVE)
    _LIVE.wiring = w  # a second build() in one process (tests) re-points it rather than registering twice
    _LIVE.children = children

    @w.app.page("/metrics")
    class Metrics(View):
        async def get(self, request: Request) -> Response:
            # aiohttp refuses a charset inside content_type=, so the exposition type goes in as a header.
            return self.bytes(generate_latest(REGISTRY), headers={"Content-Type": CONTENT_TYPE_LATEST})
