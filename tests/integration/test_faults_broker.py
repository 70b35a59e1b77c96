"""Broker restart mid-run on a PRIVATE broker (own port and kafka_home): the worker recovers by itself, nothing lost."""

from __future__ import annotations

import socket
import time

import pytest

from service import kafka_local
from service.admin import ensure_topics
from service.settings import Settings
from tests.harness import free_port, mixed_records, new_deployment, wait_for
from tests.integration.test_faults import FAST_FAILOVER, SEED, _rng, check_counts, check_outcomes, wait_all_accounted

pytestmark = pytest.mark.kafka


def _free_pair() -> int:
    """A port whose successor is free too (the KRaft controller listens on port + 1)."""
    for _ in range(50):
        port = free_port()
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
        return port
    raise RuntimeError("no free port pair")


@pytest.fixture
def private_broker(broker, tmp_path):
    """Its own single-node KRaft broker: restarting it cannot disturb the shared one (or other tests)."""
    settings = Settings(kafka_bootstrap=f"localhost:{_free_pair()}", kafka_home=tmp_path / "kafka", partitions=4)
    try:
        kafka_local.up(settings)
    except Exception as exc:  # noqa: BLE001
        pytest.fail(f"the private broker did not start: {exc}")
    yield settings
    kafka_local.down(settings, timeout=5)  # its data is thrown away: no need for a clean shutdown


def test_broker_restart_mid_run(private_broker, tmp_path):
    rng = _rng(2)
    d = new_deployment(private_broker, tmp_path / "deployment")
    ensure_topics(d.settings)
    try:
        records, expected_dead = mixed_records(250, 25, seed=SEED + 2, large=1)
        published = {k.decode() for k, _ in records}
        worker = d.worker(**FAST_FAILOVER).start()
        worker.wait_ready()
        d.produce(records)
        progress = int(len(records) * rng.uniform(0.15, 0.45))
        wait_for(lambda: d.end_offsets("articles.enriched", "articles.dlq") >= progress, timeout=240, every=0.5)
        started = time.monotonic()
        kafka_local.down(private_broker, timeout=3)  # SIGTERM, then SIGKILL after 3 s: an abrupt broker loss
        assert not kafka_local.is_listening(private_broker)
        stopped = time.monotonic()
        kafka_local.up(private_broker)
        print(f"broker stopped in {stopped - started:.1f} s, up again {time.monotonic() - stopped:.1f} s later")
        out = wait_all_accounted(d, published)
        check_outcomes(out, published, expected_dead)
        check_counts(d, out, [worker])
        assert worker.alive(), "the worker exited instead of reconnecting:\n" + worker.log_tail()
    finally:
        d.close()
