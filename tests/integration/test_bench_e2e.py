"""Smoke test of `wirestream bench`'s end-to-end stage: five articles through a real broker and one worker."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.bench_corpus import load_corpus
from service.bench_kafka import run_kafka

pytestmark = pytest.mark.kafka

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "news"


def test_bench_end_to_end_stage_measures_throughput_latency_and_memory(broker):
    articles = load_corpus(FIXTURES)
    assert len(articles) == 5
    stages = {s.name: s for s in run_kafka(articles, broker, workers=[1], paced_seconds=2, log=lambda _: None)}
    flat_out = stages["kafka_1_worker"]
    assert flat_out.articles == 5 and flat_out.seconds > 0
    paced = stages["kafka_1_worker_paced"]
    assert paced.articles >= 1
    assert paced.latency_ms is not None and paced.latency_ms["p50"] > 0
    assert paced.latency_ms["p50"] <= paced.latency_ms["p99"] <= paced.latency_ms["max"]
    rss = flat_out.extra["worker_peak_rss_mb"]
    assert len(rss) == 1 and rss[0] > 0


def test_bench_memory_run_reads_both_processes_after_each_slice(broker):
    from service.bench_memory import memory_over_time

    articles = load_corpus(FIXTURES)
    rows = memory_over_time(articles, broker, passes=2, every=3, log=lambda _: None)
    assert [r["articles"] for r in rows] == [3, 5, 8, 10]
    assert all(r["model_rss_mb"] > 50 and r["worker_rss_mb"] > 50 for r in rows)
    assert all(r["model_peak_mb"] >= r["model_rss_mb"] for r in rows)
