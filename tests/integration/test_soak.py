"""Opt-in soak on a real broker: thousands of records, two workers, random kill -9s; `make soak` runs it."""

from __future__ import annotations

import os
import time

import pytest

from tests.harness import mixed_records
from tests.integration.test_faults import (
    FAST_FAILOVER,
    SEED,
    _rng,
    check_counts,
    check_outcomes,
    wait_all_accounted,
)

# Not marked `kafka`: the kafka tier runs in full in CI with nothing skipped; the soak is its own, longer tier.
pytestmark = pytest.mark.soak


@pytest.mark.skipif(not os.environ.get("WIRESTREAM_STRESS"), reason="opt-in: WIRESTREAM_STRESS=1 (several minutes)")
def test_stress_two_workers_random_kills(deployment):
    """Opt-in soak: 3,000 records, two workers, either one killed six times at random moments (also during start-up
    and recovery), each restarted at once; then the same exact checks."""
    rng = _rng(3)
    records, expected_dead = mixed_records(2700, 300, seed=SEED + 3, large=3)
    published = {k.decode() for k, _ in records}
    workers = [deployment.worker(f"w{i}", **FAST_FAILOVER).start() for i in (1, 2)]
    for w in workers:
        w.wait_ready(timeout=180)
    deployment.produce(records)
    for _ in range(6):
        time.sleep(rng.uniform(2, 25))
        victim = rng.choice(workers)
        victim.kill()
        victim.start()
    for w in workers:
        w.wait_ready(timeout=240)
    out = wait_all_accounted(deployment, published, timeout=900)
    check_outcomes(out, published, expected_dead)
    check_counts(deployment, out, workers, timeout=300)
