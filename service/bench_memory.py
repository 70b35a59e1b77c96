"""`wirestream bench --memory-passes N`: one worker's resident memory while it reads the corpus N times through Kafka."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from schemas import Article
from service.bench_kafka import Deployment, isolated
from service.procstat import peak_rss_mb, process_tree, resident_bytes
from service.settings import Settings


def memory_over_time(articles: list[Article], base: Settings, *, passes: int, every: int = 500,
                     log: Callable[[str], None] = print) -> list[dict]:
    """Publishes the corpus `passes` times (new ids each pass) in slices of `every` articles to one worker; after each
    slice, the resident and peak memory of the Faust process and of its model process. A flat line is what a worker
    that reads news for weeks needs (the model's vocabulary is freed batch by batch: docs/design.md)."""
    dep = Deployment(isolated(base, partitions=2), Path(tempfile.mkdtemp(prefix="wirestream-bench-")),
                     warmup=articles[:4])
    rows: list[dict] = []
    try:
        dep.start(1, log)
        assert dep.publisher and dep.collector and dep.workers[0].proc
        worker = dep.workers[0].proc.pid
        model = max((p for p in process_tree(worker) if p != worker), key=lambda p: resident_bytes(p) or 0,
                    default=worker)
        done, started = 0, time.monotonic()
        for pass_no in range(passes):
            for lo in range(0, len(articles), every):
                ids = [dep.publisher.send(a, f"m{pass_no}-{a.id}") for a in articles[lo : lo + every]]
                dep.publisher.flush()
                if not dep.collector.wait_for(ids):
                    raise RuntimeError("the worker stopped producing enriched articles:\n" + dep.workers[0].log_tail())
                done += len(ids)
                row = {"articles": done, "seconds": round(time.monotonic() - started, 1),
                       "model_rss_mb": round((resident_bytes(model) or 0) / 2**20, 1),
                       "model_peak_mb": peak_rss_mb(model),
                       "worker_rss_mb": round((resident_bytes(worker) or 0) / 2**20, 1),
                       "worker_peak_mb": peak_rss_mb(worker)}
                rows.append(row)
                log(f"  {done:6d} articles {row['seconds']:6.0f}s  model process {row['model_rss_mb']:5.0f} MB "
                    f"(peak {row['model_peak_mb']})  Faust process {row['worker_rss_mb']:5.0f} MB "
                    f"(peak {row['worker_peak_mb']})")
    finally:
        dep.close()
    return rows
