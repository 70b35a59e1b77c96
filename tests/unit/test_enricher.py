"""The enrichment child process: same outputs as in a thread; a slow or crashing article costs a restart, not the worker."""

from __future__ import annotations

import asyncio
import os
import time

import orjson

from schemas import Article
from service.enricher import ProcessEnricher, ThreadEnricher, latency_chunks
from service.intake import Rejection
from service.outputs import ArticleOutputs
from service.settings import Settings


# Stand-ins for the model in the child (module level: the spawned child imports them by name).
def fake_init(*_args) -> None:
    pass


def fake_ready() -> str:
    return "fake"


def fake_work(articles: list[Article]) -> list:
    for a in articles:
        if a.id.startswith("slow"):
            time.sleep(60)
        if a.id.startswith("crash"):
            os._exit(3)
    return [a.id for a in articles]


def _fake_enricher(timeout: float) -> ProcessEnricher:
    enricher = ProcessEnricher(Settings(enrich_timeout=timeout), init=fake_init, ready=fake_ready, work=fake_work)
    assert enricher.start() == "fake"
    return enricher


def test_a_slow_article_is_dead_lettered_alone_and_the_child_replaced():
    enricher = _fake_enricher(timeout=2)
    try:
        first = enricher.pids()
        articles = [Article(id=i, text="t") for i in ("a0", "slow-1", "a2")]
        out = asyncio.run(enricher.enrich(articles))
        assert out[0] == "a0" and out[2] == "a2"
        assert isinstance(out[1], Rejection) and out[1].reason == "enrich_timeout" and out[1].article_id == "slow-1"
        assert enricher.restarts == 2 and enricher.pids() != first  # the batch, then the slow article alone
        for pid in first:  # the stuck child was stopped, not left running
            assert not os.path.exists(f"/proc/{pid}") or "zombie" in open(f"/proc/{pid}/status").read().lower()
    finally:
        enricher.close()


def test_an_article_that_kills_the_child_is_dead_lettered_alone():
    enricher = _fake_enricher(timeout=30)
    try:
        articles = [Article(id=i, text="t") for i in ("a0", "crash-1", "a2")]
        out = asyncio.run(enricher.enrich(articles))
        assert out[0] == "a0" and out[2] == "a2"
        assert isinstance(out[1], Rejection) and out[1].reason == "enrich_failed" and out[1].article_id == "crash-1"
        assert asyncio.run(enricher.enrich([Article(id="after", text="t")])) == ["after"]
    finally:
        enricher.close()


def test_the_child_process_gives_the_outputs_of_the_model_in_a_thread(model, seed_text):
    settings = Settings(partitions=4)
    articles = [Article(id="seed", text=seed_text), Article(id="short", text="Antony Blinken met Benjamin Netanyahu.")]
    enricher = ProcessEnricher(settings)
    enricher.start()
    try:
        in_child = asyncio.run(enricher.enrich(articles))
    finally:
        enricher.close()
    in_thread = asyncio.run(ThreadEnricher(model, settings).enrich(articles))

    def comparable(o: ArticleOutputs) -> tuple:
        enriched = orjson.loads(o.enriched)
        enriched.pop("processing", None)  # timings differ
        return (o.article_id, enriched, o.events, o.contributions, o.digest)

    assert [comparable(o) for o in in_child] == [comparable(o) for o in in_thread]
    seed = in_child[0]
    assert seed.events and 1 < len(seed.contributions) <= 4 and seed.digest.actors >= 20


def test_a_full_batch_goes_whole_and_a_partial_one_article_at_a_time():
    articles = [Article(id=f"a{i}", text="word " * 400) for i in range(5)]
    assert latency_chunks(articles, batch_size=5) == [articles]  # a backlog: throughput first
    assert latency_chunks(articles[:3], batch_size=5) == [[a] for a in articles[:3]]
    assert latency_chunks(articles[:1], batch_size=5) == [articles[:1]]
    assert latency_chunks([], batch_size=5) == []
    # A backlog by words: 4 x 400 words fill a batch of 1,500 words however few articles it holds; it goes in the
    # model's batches of up to 1,500 words, each with its own deadline.
    assert latency_chunks(articles[:4], batch_size=64, batch_words=1500) == [articles[:3], articles[3:4]]


def test_short_items_of_a_partial_batch_go_a_few_dozen_together():
    notes = [Article(id=f"n{i}", text="word " * 30) for i in range(50)]
    chunks = latency_chunks(notes, batch_size=64)
    assert [a for c in chunks for a in c] == notes  # in order, none lost
    assert [len(c) for c in chunks] == [20, 20, 10]  # 600 words a chunk
    # the model still busy with the batch before: a backlog however few the take gathered, so throughput first
    assert latency_chunks(notes[:3], batch_size=64, backlog=True) == [notes[:3]]
    story = Article(id="s", text="word " * 700)  # longer than a chunk: alone
    assert latency_chunks([notes[0], story, notes[1]], batch_size=64) == [[notes[0]], [story], [notes[1]]]


async def _chunks(enricher: ProcessEnricher, chunks: list[list[Article]]) -> list[list]:
    return [outcomes async for outcomes in enricher.enrich_chunks(chunks)]


def test_chunks_come_back_in_order_each_with_its_own_outcomes():
    enricher = _fake_enricher(timeout=30)
    try:
        chunks = [[Article(id="a0", text="t")], [Article(id="a1", text="t"), Article(id="a2", text="t")],
                  [Article(id="a3", text="t")]]
        assert asyncio.run(_chunks(enricher, chunks)) == [["a0"], ["a1", "a2"], ["a3"]]
    finally:
        enricher.close()


def test_a_chunk_that_kills_the_child_costs_only_its_article_and_the_later_chunks_still_come():
    enricher = _fake_enricher(timeout=30)
    try:
        chunks = [[Article(id="a0", text="t")], [Article(id="crash-1", text="t")], [Article(id="a2", text="t")],
                  [Article(id="a3", text="t")]]
        out = asyncio.run(_chunks(enricher, chunks))
        assert out[0] == ["a0"] and out[2:] == [["a2"], ["a3"]]
        assert isinstance(out[1][0], Rejection) and out[1][0].reason == "enrich_failed"
        assert enricher.restarts == 1
    finally:
        enricher.close()
