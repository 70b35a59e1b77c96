"""`wirestream bench`: throughput and latency of bare spaCy, offline enrichment, and the worker through Kafka."""

from __future__ import annotations

import argparse

from service.settings import Settings


def run_bench(args: argparse.Namespace, settings: Settings) -> int:
    raise RuntimeError("wirestream bench is not built yet (issue #5)")
