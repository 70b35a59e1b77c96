"""`wirestream bench --tail-probe N`: the latency of short stories that arrive while one worker enriches a long one."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from schemas import Article
from service.bench_kafka import Deployment, isolated, paced_latency
from service.settings import Settings


def probe_sequences(articles: list[Article], runs: int, followers: int = 6) -> list[list[Article]]:
    """`runs` sequences: the corpus's longest story, then `followers` ordinary ones (250-450 words), new ones each run."""
    longest = max(articles, key=lambda a: len(a.text.split()))
    ordinary = sorted((a for a in articles if 250 <= len(a.text.split()) <= 450), key=lambda a: a.id)
    out = []
    for run in range(runs):
        picked = ordinary[run * followers : (run + 1) * followers] or ordinary[:followers]
        out.append([a.model_copy(update={"id": f"tail{run}-{a.id}"}) for a in [longest, *picked]])
    return out


def tail_probe(articles: list[Article], base: Settings, *, runs: int, rate: float = 8.0,
               log: Callable[[str], None] = print) -> dict:
    """Each sequence published at `rate` articles/s to one worker; latency of every article (publish → enriched record
    read). The followers arrive while the long story is in the model: how long they wait shows how the worker hands
    work to the model (docs/benchmarks.md, session 6)."""
    dep = Deployment(isolated(base, partitions=2), Path(tempfile.mkdtemp(prefix="wirestream-bench-")),
                     warmup=articles[:4])
    rows: list[list[float]] = []
    try:
        dep.start(1, log)
        assert dep.publisher and dep.collector
        for sequence in probe_sequences(articles, runs):
            paced_latency(dep, sequence, rate, "tail_probe")
            ms = [round((dep.collector.arrived[i] - dep.publisher.sent[i]) * 1000, 1)
                  for i in (f"paced-{a.id}" for a in sequence) if i in dep.collector.arrived]
            rows.append(ms)
            log(f"  long story then followers, ms: {ms}")
            time.sleep(1.5)  # idle again before the next sequence
    finally:
        dep.close()
    followers = [ms for row in rows for ms in row[1:]]
    return {
        "rate": rate, "runs": rows,
        "long_story_median_ms": round(statistics.median(row[0] for row in rows), 1) if rows else None,
        "followers_median_ms": round(statistics.median(followers), 1) if followers else None,
        "worst_follower_per_run_median_ms": round(statistics.median(max(row[1:]) for row in rows if len(row) > 1), 1) if rows else None,
        "worst_follower_ms": max(followers, default=None),
    }
