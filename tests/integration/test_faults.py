"""Fault tests on a real broker: kill -9 of workers, re-sent articles, a takeover; nothing lost, nothing counted twice."""

from __future__ import annotations

import os
import random
import time

import orjson
import pytest

from schemas import ActorCounts, EnrichedArticle
from service.counts import offline_counts
from tests.harness import Deployment, WorkerProcess, mixed_records, short_articles, wait_for

pytestmark = pytest.mark.kafka

#: Workers in fault tests notice a dead peer within 6 s, the broker's minimum (the default is 60 s).
FAST_FAILOVER = {"WIRESTREAM_SESSION_TIMEOUT": "6"}
SEED = int(os.environ.get("WIRESTREAM_FAULT_SEED", str(random.SystemRandom().randrange(1 << 30))))


def _rng(offset: int = 0) -> random.Random:
    print(f"fault schedule seed: WIRESTREAM_FAULT_SEED={SEED}")
    return random.Random(SEED + offset)


def wait_all_accounted(d: Deployment, published: set[str], timeout: float = 240):
    """Until every published id has an outcome; returns the outcomes."""

    def done():
        if d.end_offsets("articles.enriched", "articles.dlq") < len(published):
            return None
        out = d.outcomes()
        return out if out.ids() >= published else None

    return wait_for(done, timeout=timeout, every=2)


def check_outcomes(out, published: set[str], expected_dead: dict[str, str]) -> None:
    """Exactly one kind of outcome per id, the right reason code for every bad record, nothing else."""
    assert out.ids() == published, f"missing {sorted(published - out.ids())[:10]}, unexpected {sorted(out.ids() - published)[:10]}"
    assert not out.differing, f"re-deliveries enriched differently: {sorted(out.differing)[:10]}"
    both = set(out.enriched) & set(out.dead)
    assert not both, f"enriched and dead-lettered: {sorted(both)[:10]}"
    assert {k: v["reason"] for k, v in out.dead.items()} == expected_dead
    for letter in out.dead.values():
        assert letter["message"] and letter["source"]["topic"].endswith("articles")
        assert letter["id"] == f"dl:{letter['source']['topic']}:{letter['source']['partition']}:{letter['source']['offset']}"


def _http_counts(worker: WorkerProcess) -> dict[str, ActorCounts] | None:
    try:
        return {r["actor_id"]: ActorCounts.model_validate(r) for r in worker.get_json("/actors/?limit=1000000", timeout=20)}
    except OSError:
        return None


def check_counts(d: Deployment, out, workers: list[WorkerProcess], timeout: float = 180) -> dict[str, ActorCounts]:
    """Counts over HTTP (from every live worker) and on the compacted topic equal the offline counts, exactly."""
    expected = offline_counts(EnrichedArticle.model_validate(v) for v in out.enriched.values())
    assert expected, "no actor at all: the corpus is not exercising counts"
    for worker in workers:
        got = wait_for(lambda w=worker: (c := _http_counts(w)) == expected and c, timeout=timeout, every=2)
        assert got == expected
    published = wait_for(
        lambda: (p := {k: ActorCounts.model_validate(v) for k, v in d.published_counts().items()}) == expected and p,
        timeout=60, every=2,
    )
    assert published == expected
    return expected


def _ready(worker: WorkerProcess) -> bool:
    try:
        return worker.get_json("/ready", timeout=5)["status"] == "ready"
    except OSError:
        return False


def _kill_when(d: Deployment, worker: WorkerProcess, progress: int, rng: random.Random) -> None:
    """kill -9 once `progress` outcomes exist, after a random extra delay (so kills land mid-batch and mid-count)."""
    wait_for(lambda: d.end_offsets("articles.enriched", "articles.dlq") >= progress, timeout=240, every=0.5)
    time.sleep(rng.uniform(0, 1.5))
    worker.kill()


def test_kill_9_three_times_loses_nothing_and_counts_exactly(deployment):
    rng = _rng()
    records, expected_dead = mixed_records(1000, 110, seed=SEED)
    published = {k.decode() for k, _ in records}
    worker = deployment.worker(**FAST_FAILOVER).start()
    worker.wait_ready()
    deployment.produce(records)
    total = len(records)
    for fraction in sorted(rng.uniform(lo, hi) for lo, hi in ((0.1, 0.3), (0.35, 0.6), (0.65, 0.85))):
        _kill_when(deployment, worker, int(total * fraction), rng)
        worker.start()
        worker.wait_ready(timeout=180)
    out = wait_all_accounted(deployment, published)
    check_outcomes(out, published, expected_dead)
    check_counts(deployment, out, [worker])
    print(f"{total} records, {out.enriched_records} enriched records for {len(out.enriched)} articles, "
          f"{out.dead_records} dead letters for {len(out.dead)} records")


def test_publishing_the_same_articles_twice_changes_no_count(deployment):
    articles = short_articles(60)
    records = [(a["id"].encode(), orjson.dumps(a)) for a in articles]
    published = {a["id"] for a in articles}
    worker = deployment.worker().start()
    worker.wait_ready()
    deployment.produce(records)
    out = wait_all_accounted(deployment, published)
    before = check_counts(deployment, out, [worker])

    deployment.produce(records)
    wait_for(lambda: deployment.end_offsets("articles.enriched") >= 2 * len(records), timeout=180)
    # The re-sent articles were enriched again (same ids) and their contributions re-delivered to the count agent.
    again = deployment.outcomes()
    assert again.enriched_records >= 2 * len(records) and set(again.enriched) == published
    wait_for(lambda: deployment.end_offsets("actor-contributions") >= 2 * _contributions(out, deployment), timeout=60)
    assert check_counts(deployment, again, [worker]) == before


def _contributions(out, deployment) -> int:
    """Contribution records the articles give: one per partition of the counts table each article touches."""
    from service.counts import by_partition

    partitions = deployment.settings.partitions
    return sum(len(by_partition(EnrichedArticle.model_validate(v), partitions)) for v in out.enriched.values())


def test_two_workers_one_killed_the_other_takes_over(deployment):
    rng = _rng(1)
    records, expected_dead = mixed_records(300, 30, seed=SEED + 1, large=1)
    published = {k.decode() for k, _ in records}
    first = deployment.worker("w1", **FAST_FAILOVER).start()
    second = deployment.worker("w2", **FAST_FAILOVER).start()
    first.wait_ready(timeout=180)
    second.wait_ready(timeout=180)
    deployment.produce(records)
    _kill_when(deployment, first, int(len(records) * rng.uniform(0.2, 0.5)), rng)
    out = wait_all_accounted(deployment, published)
    check_outcomes(out, published, expected_dead)
    # The survivor now holds every partition: its /actors/ answers for the whole table on its own.
    check_counts(deployment, out, [second])
    assert second.alive()

    # With both running again, each holds part of the table; /actors/ on either answers for all of it.
    first.start()
    first.wait_ready(timeout=180)
    wait_for(lambda: _ready(second), timeout=120)
    check_counts(deployment, out, [first, second])
    some = next(a["actors"][0]["id"] for a in out.enriched.values() if a["actors"])  # the first may name nobody
    assert first.get_json(f"/actors/{some}/") == second.get_json(f"/actors/{some}/")
