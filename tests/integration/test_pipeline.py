"""The walking skeleton on a real broker: seed in → enriched, events, counts out; bad input → dead letters."""

from __future__ import annotations

import base64
import time

import orjson
import pytest

from service.sources import article_from_text
from tests.harness import wait_for

pytestmark = pytest.mark.kafka


def _seed_record(seed_text: str, article_id: str = "seed-1") -> tuple[bytes, bytes]:
    payload = {**article_from_text(seed_text), "id": article_id}
    return article_id.encode(), orjson.dumps(payload)


def _counts(worker, actor_id):
    try:
        return worker.get_json(f"/actors/{actor_id}/")
    except OSError:
        return None


def test_seed_enriched_events_and_counts(deployment, seed_text):
    worker = deployment.worker().start()
    worker.wait_ready()
    deployment.produce([_seed_record(seed_text)])

    enriched = deployment.read("articles.enriched", until=1)
    value = orjson.loads(enriched[0].value)
    assert enriched[0].key == b"seed-1"
    ids = {a["id"] for a in value["actors"]}
    assert {"organization:hamas", "country:ISR", "person:antony-blinken"} <= ids

    events = deployment.read("events", until=len(value["events"]))
    assert events and all(orjson.loads(e.value)["article_id"] == "seed-1" for e in events)
    assert {e.key.decode() for e in events} <= ids

    hamas = wait_for(lambda: _counts(worker, "organization:hamas"))
    assert hamas["articles"] == 1 and hamas["mentions"] >= 10
    listing = worker.get_json("/actors/?limit=50")
    assert {"organization:hamas", "country:ISR", "person:antony-blinken"} <= {r["actor_id"] for r in listing}
    assert listing == sorted(listing, key=lambda r: (-r["mentions"], r["actor_id"]))
    with pytest.raises(OSError):
        worker.get_json("/actors/person:nobody/")
    # Read-only: nothing can be written or deleted over HTTP.
    for method in ("POST", "PUT", "PATCH", "DELETE"):
        for path in ("/actors/", "/actors/organization:hamas/", "/health", "/ready"):
            assert worker.status_of(method, path) == 405, (method, path)
    assert worker.get_json("/actors/organization:hamas/") == hamas

    published = deployment.read("actor-counts", until=len(ids))
    assert {m.key.decode() for m in published} == ids


def test_bad_input_goes_to_dead_letters_and_valid_keeps_flowing(deployment, seed_text):
    worker = deployment.worker().start()
    worker.wait_ready()
    bad = [b"not json", b"{}", b'{"text": ""}', bytes(range(256))]
    deployment.produce([(None, v) for v in bad] + [_seed_record(seed_text, "after-bad")])

    letters = [orjson.loads(m.value) for m in deployment.read("articles.dlq", until=len(bad))]
    by_payload = {base64.b64decode(letter["payload_base64"]): letter["reason"] for letter in letters}
    assert by_payload == dict(zip(bad, ["not_json", "missing_text", "empty_text", "not_utf8"], strict=True))
    assert all(letter["source"]["topic"] == deployment.topic("articles") for letter in letters)
    enriched = deployment.read("articles.enriched", until=1)
    assert orjson.loads(enriched[0].value)["article_id"] == "after-bad"
    assert worker.alive()


def test_counts_survive_a_restart(deployment, seed_text):
    worker = deployment.worker().start()
    worker.wait_ready()
    deployment.produce([_seed_record(seed_text, "seed-a")])
    before = wait_for(lambda: _counts(worker, "country:ISR"))
    worker.stop()

    worker.start()
    worker.wait_ready()
    after = wait_for(lambda: _counts(worker, "country:ISR"))
    assert after == before
    # Re-sending the same article does not count it twice.
    deployment.produce([_seed_record(seed_text, "seed-a")])
    deployment.read("articles.enriched", until=2)
    time.sleep(3)
    assert _counts(worker, "country:ISR") == before


def test_an_enrichment_that_raises_is_dead_lettered_and_the_worker_continues(deployment, seed_text):
    # With the size limit raised to 3 MB, a 1.2-million-character text (18,000 words, so within the word budget)
    # reaches spaCy, which refuses texts over its max_length (1,000,000 characters) by raising.
    worker = deployment.worker(WIRESTREAM_MAX_ARTICLE_BYTES="3000000").start()
    worker.wait_ready()
    long_text = " ".join(["the-government-said-talks-with-the-union-would-continue-on-tuesday"] * 18_000)
    deployment.produce([(b"too-long-for-spacy", orjson.dumps({"id": "too-long-for-spacy", "text": long_text})),
                        _seed_record(seed_text, "after-the-failure")])
    letters = [orjson.loads(m.value) for m in deployment.read("articles.dlq", until=1)]
    assert letters[0]["reason"] == "enrich_failed" and letters[0]["article_id"] == "too-long-for-spacy"
    assert "raised" in letters[0]["message"]
    assert base64.b64decode(letters[0]["payload_base64"]) == orjson.dumps({"id": "too-long-for-spacy", "text": long_text})
    enriched = deployment.read("articles.enriched", until=1)
    assert orjson.loads(enriched[0].value)["article_id"] == "after-the-failure"
    assert worker.alive()


def test_an_enrichment_past_its_time_limit_is_dead_lettered(deployment, seed_text):
    # A limit no enrichment can meet: each article of the batch is retried alone and dead-lettered alone.
    worker = deployment.worker(WIRESTREAM_ENRICH_TIMEOUT="0.001").start()
    worker.wait_ready()
    deployment.produce([_seed_record(seed_text, "slow-1"), _seed_record(seed_text, "slow-2")])
    letters = [orjson.loads(m.value) for m in deployment.read("articles.dlq", until=2)]
    assert sorted(letter["article_id"] for letter in letters) == ["slow-1", "slow-2"]
    assert {letter["reason"] for letter in letters} == {"enrich_timeout"}
    assert worker.alive() and worker.get_json("/health")["status"] == "ok"
