"""`wirestream replay-dlq` on a real broker: dead letters' original records go back to the input topic, once."""

from __future__ import annotations

import orjson
import pytest

from service.replay import replay_dead_letters

pytestmark = pytest.mark.kafka


def test_replay_sends_the_original_records_back(deployment):
    worker = deployment.worker().start()
    worker.wait_ready()
    bad = orjson.dumps({"id": "bad-replay", "text": ""})
    deployment.produce([(b"bad-replay", bad), (None, b"not json")])
    assert len(deployment.read("articles.dlq", until=2)) == 2

    dry = replay_dead_letters(deployment.settings, dry_run=True)
    assert dict(dry.replayed) == {"empty_text": 1, "not_json": 1}
    assert len(deployment.read("articles", idle=2)) == 2, "a dry run sends nothing"

    report = replay_dead_letters(deployment.settings, reasons=frozenset({"empty_text"}))
    assert dict(report.replayed) == {"empty_text": 1}
    articles = deployment.read("articles", until=3)
    assert [(a.key, a.value) for a in articles].count((b"bad-replay", bad)) == 2, "the original and its replay"
    # The worker rejects it again: a new dead letter, which the next run would see, but this run did not replay.
    assert len(deployment.read("articles.dlq", until=3)) == 3
