"""The enrichment deadline: a batch that overruns is retried one article at a time and only the slow one is dead-lettered."""

from __future__ import annotations

import asyncio
import threading

from schemas import Article
from service.agents import enrich_within
from service.intake import Rejection


def _fake_run(slow_ids: set[str], release: threading.Event):
    """Stands in for spaCy: returns the article ids, blocking on the slow ones until the test releases them."""

    def run(articles: list[Article]) -> list:
        for a in articles:
            if a.id in slow_ids:
                release.wait(10)
        return [a.id for a in articles]

    return run


def test_fast_batch_is_returned_in_order():
    articles = [Article(text=f"t {i}", id=f"a{i}") for i in range(4)]
    out = asyncio.run(enrich_within(articles, _fake_run(set(), threading.Event()), timeout=5))
    assert out == ["a0", "a1", "a2", "a3"]


def test_only_the_slow_article_is_dead_lettered():
    articles = [Article(text=f"t {i}", id=f"a{i}") for i in range(3)]
    release = threading.Event()

    async def main():
        try:
            return await enrich_within(articles, _fake_run({"a1"}, release), timeout=0.3)
        finally:
            release.set()  # let the abandoned threads finish, so the loop's executor shuts down

    out = asyncio.run(main())
    assert out[0] == "a0" and out[2] == "a2"
    assert isinstance(out[1], Rejection) and out[1].reason == "enrich_timeout" and out[1].article_id == "a1"


def test_a_raising_enrichment_is_isolated(model, seed_text):
    from service.agents import enrich_batch

    good = Article(text=seed_text, id="good")
    bad = Article(text="boom", id="bad")
    original = model.nlp.pipe

    def pipe(texts, **kwargs):
        texts = list(texts)  # strings or, from core.parse_input, tokenised docs
        if any((t if isinstance(t, str) else t.text) == "boom" for t in texts):
            raise RuntimeError("the model fell over")
        return original(texts, **kwargs)

    from service.nlp import Model

    failing = Model(nlp=_PipeOverride(model.nlp, pipe), name=model.name, version=model.version)
    out = enrich_batch([good, bad], failing, 4)
    assert out[0].article_id == "good"
    assert isinstance(out[1], Rejection) and out[1].reason == "enrich_failed" and "RuntimeError" in out[1].message


class _PipeOverride:
    """The model's pipeline with `pipe` replaced; everything else passes through."""

    def __init__(self, inner, pipe):
        self.inner = inner
        self.pipe = pipe

    def __getattr__(self, name):
        return getattr(self.inner, name)


def test_timeouts_do_not_block_the_event_loop():
    articles = [Article(text="t", id="slow")]
    release = threading.Event()

    async def main():
        ticks = 0

        async def ticker():
            nonlocal ticks
            while True:
                await asyncio.sleep(0.02)
                ticks += 1

        task = asyncio.create_task(ticker())
        try:
            out = await enrich_within(articles, _fake_run({"slow"}, release), timeout=0.3)
        finally:
            release.set()
        task.cancel()
        return out, ticks

    out, ticks = asyncio.run(main())
    assert out[0].reason == "enrich_timeout" and ticks > 0
