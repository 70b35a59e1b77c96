"""Benchmark arithmetic and presentation: percentiles, stage results, ratios, the printed table and the machine."""

from __future__ import annotations

import importlib.util
import math
import os
import platform
import subprocess
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0..100) with linear interpolation between order statistics (numpy's default)."""
    if not values:
        return None
    if not 0 <= q <= 100:
        raise ValueError(f"percentile {q} is outside 0..100")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


@dataclass
class Stage:
    """One measured stage: how many articles in how many seconds (wall and this process's CPU)."""

    name: str
    articles: int
    seconds: float
    tokens: int | None = None
    cpu_seconds: float | None = None
    latency_ms: dict[str, float | None] | None = None
    note: str = ""
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else 0.0

    @property
    def per_cpu_second(self) -> float | None:
        """Articles per CPU-second of the measured process(es): less sensitive to a busy machine than wall time."""
        return self.articles / self.cpu_seconds if self.cpu_seconds else None

    def to_json(self) -> dict:
        out = asdict(self)
        out["articles_per_second"] = round(self.per_second, 3)
        out["articles_per_cpu_second"] = round(self.per_cpu_second, 3) if self.per_cpu_second else None
        if self.tokens is not None and self.seconds > 0:
            out["tokens_per_second"] = round(self.tokens / self.seconds, 1)
        return out


def latency_summary(latencies_s: Sequence[float]) -> dict[str, float | None]:
    """p50/p95/p99/max in milliseconds."""
    ms = [x * 1000 for x in latencies_s]
    out = {f"p{q}": percentile(ms, q) for q in (50, 95, 99)}
    out["max"] = max(ms) if ms else None
    out["n"] = float(len(ms))
    return {k: (round(v, 1) if v is not None else None) for k, v in out.items()}


@dataclass(frozen=True)
class Target:
    """A figure of record: `numerator / denominator` (or a value) against a bound from issue #5."""

    name: str
    value: float | None
    bound: float
    at_most: bool = False  # True: value must be <= bound (latency, memory); else >= bound (ratios)

    @property
    def met(self) -> bool | None:
        if self.value is None:
            return None
        return self.value <= self.bound if self.at_most else self.value >= self.bound


def ratio(a: Stage | None, b: Stage | None) -> float | None:
    if a is None or b is None or not a.per_second or not b.per_second:
        return None
    return round(a.per_second / b.per_second, 3)


def cpu_ratios(stages: dict[str, Stage]) -> dict[str, float | None]:
    """The same ratios per CPU-second of the measured processes: what a busy, shared machine distorts least.

    For 2 workers against 1 this is efficiency (1.0 = no CPU lost to running two), not speed-up."""

    def per_cpu(name: str) -> float | None:
        stage = stages.get(name)
        return stage.per_cpu_second if stage else None

    def div(a: float | None, b: float | None) -> float | None:
        return round(a / b, 3) if a and b else None

    return {
        "offline enrichment / bare spaCy": div(per_cpu("offline_enrichment"), per_cpu("bare_spacy")),
        "kafka 1 worker / offline enrichment": div(per_cpu("kafka_1_worker"), per_cpu("offline_enrichment")),
        "kafka 2 workers / kafka 1 worker": div(per_cpu("kafka_2_workers"), per_cpu("kafka_1_worker")),
    }


def targets(stages: dict[str, Stage], worker_peak_rss_mb: float | None) -> list[Target]:
    e2e = stages.get("kafka_1_worker")
    paced = stages.get("kafka_1_worker_paced")
    p99 = paced.latency_ms.get("p99") if paced and paced.latency_ms else None
    return [
        Target("offline enrichment / bare spaCy", ratio(stages.get("offline_enrichment"), stages.get("bare_spacy")), 1.3),
        Target("kafka 1 worker / offline enrichment", ratio(e2e, stages.get("offline_enrichment")), 0.9),
        Target("kafka 2 workers / kafka 1 worker", ratio(stages.get("kafka_2_workers"), e2e), 1.7),
        Target("p99 latency at half max load (ms)", p99, 500, at_most=True),
        Target("worker peak RSS (MB)", worker_peak_rss_mb, 700, at_most=True),
    ]


def _fmt(value: float | None, digits: int = 2) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def stage_table(stages: Sequence[Stage]) -> str:
    """A Markdown table, readable as plain text too."""
    lines = [
        "| stage | articles | seconds | articles/s | tokens/s | CPU s | articles/CPU s | p50 ms | p95 ms | p99 ms | note |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for s in stages:
        lat = s.latency_ms or {}
        tps = s.tokens / s.seconds if s.tokens and s.seconds > 0 else None
        lines.append(
            f"| {s.name} | {s.articles} | {_fmt(s.seconds)} | {_fmt(s.per_second)} | {_fmt(tps, 0)} | "
            f"{_fmt(s.cpu_seconds)} | {_fmt(s.per_cpu_second)} | {_fmt(lat.get('p50'), 0)} | {_fmt(lat.get('p95'), 0)} | {_fmt(lat.get('p99'), 0)} | "
            f"{s.note} |"
        )
    return "\n".join(lines)


def target_table(rows: Sequence[Target]) -> str:
    lines = ["| figure of record | measured | target | met |", "|---|---:|---:|---|"]
    for t in rows:
        bound = f"≤ {t.bound:g}" if t.at_most else f"≥ {t.bound:g}"
        met = {True: "yes", False: "**no**", None: "not measured"}[t.met]
        lines.append(f"| {t.name} | {_fmt(t.value)} | {bound} | {met} |")
    return "\n".join(lines)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_mb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024, 0)
    except OSError:
        pass
    return None


def _uptime() -> str:
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def machine() -> dict[str, object]:
    """nproc, memory, CPU model and load: absolute numbers mean little without them."""
    return {
        "nproc": os.cpu_count(),
        "memory_mb": _memory_mb(),
        "cpu_model": _cpu_model(),
        "python": platform.python_version(),
        "uptime": _uptime(),
        # The bench's own producer and consumer (kafka-python) check CRC32C in C with the optional `crc32c`
        # package (`pip install -e '.[bench]'`), else in pure Python: more of the measured CPU goes to the bench.
        "kafka_python_crc32c": "C" if importlib.util.find_spec("crc32c") else "pure Python",
    }
