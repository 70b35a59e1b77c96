"""Where the model runs: in a child process (the default: the event loop never waits for it) or in a thread.

Either way the agent hands over a batch of articles and gets back, in order, one outcome per article: its encoded
outputs (`ArticleOutputs`) or a `Rejection` (dead letter). In a child process the model has a core of its own
instead of sharing the worker's GIL with Faust, aiokafka and counting, and an article that overruns its deadline or
crashes the process is dealt with by restarting the child: it can be stopped, which a thread cannot."""

from __future__ import annotations

import asyncio
import concurrent.futures
import ctypes
import functools
import logging
import multiprocessing
import os
import signal
from collections.abc import AsyncIterator, Callable
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol

from schemas import Article, EnrichedArticle
from service.enrichment.core import BATCH_WORDS, batches, enrich_many
from service.intake import Rejection
from service.nlp import Model, load_model
from service.outputs import ArticleOutputs, outputs_of
from service.settings import Settings

log = logging.getLogger("wirestream.enricher")

Outcome = ArticleOutputs | Rejection


def enrich_batch(articles: list[Article], model: Model, batch_size: int) -> list[EnrichedArticle | Rejection]:
    """Whole batch through nlp.pipe; if anything in it raises, one at a time so only the culprit is dead-lettered."""
    try:
        return list(enrich_many(articles, model=model, batch_size=batch_size))
    except Exception:  # noqa: BLE001 - isolate the failing article below
        log.exception("batch enrichment failed; retrying one article at a time")
    out: list[EnrichedArticle | Rejection] = []
    for article in articles:
        try:
            out.extend(enrich_many([article], model=model, batch_size=1))
        except Exception as exc:  # noqa: BLE001 - becomes a dead letter
            log.exception("enrichment failed", extra={"article_id": article.id})
            out.append(Rejection("enrich_failed", f"enrichment raised {type(exc).__name__}: {exc}", article.id))
    return out


EnrichRun = Callable[[list[Article]], list]


async def enrich_within(articles: list[Article], run: EnrichRun, *, timeout: float) -> list:
    """`run` in a worker thread under a deadline; one outcome per article, in order.

    spaCy cannot be interrupted inside a thread, so a batch past `timeout` is left to finish in the background (its
    result is dropped) and its articles are retried one at a time, each with its own deadline: only an article that
    overruns alone is dead-lettered (`enrich_timeout`). The word budget in screening keeps this a backstop for
    pathological inputs, because a timeout depends on the machine's load and so is not deterministic."""
    loop = asyncio.get_running_loop()
    batch = loop.run_in_executor(None, run, articles)
    try:
        return await asyncio.wait_for(asyncio.shield(batch), timeout)
    except TimeoutError:
        if len(articles) == 1:
            return [Rejection("enrich_timeout", f"enrichment took longer than {timeout:g} s", articles[0].id)]
        log.warning("a batch of %d articles overran %.1f s; retrying one at a time", len(articles), timeout)
    out: list = []
    for article in articles:
        out.extend(await enrich_within([article], run, timeout=timeout))
    return out


def enrich_to_outputs(articles: list[Article], *, model: Model, batch_size: int, partitions: int) -> list[Outcome]:
    """The batch enriched and encoded: what the agent sends, computed where the model runs."""
    return [
        outcome if isinstance(outcome, Rejection) else outputs_of(outcome, partitions=partitions)
        for outcome in enrich_batch(articles, model, batch_size)
    ]


#: A chunk of a batch that is not full: about one story of ordinary length, or a few dozen short items.
LATENCY_WORDS = 600


def latency_chunks(articles: list[Article], batch_size: int, *, backlog: bool = False, batch_words: int = BATCH_WORDS,
                   latency_words: int = LATENCY_WORDS) -> list[list[Article]]:
    """How a batch goes through the model: in the model's own batches of up to `batch_words` under a backlog (the
    batch is full, by count or by words, or the model was still busy with the batch before when this one was read:
    throughput first), in chunks of about one ordinary story when not (the worker is keeping up, so latency first).
    Each chunk has its own deadline, and its outputs go out when it is done.

    All of a `nlp.pipe` batch comes out when its last article is done. In chunks of `latency_words`, each story of
    ordinary length goes alone and is sent as soon as it is done, while short items (flashes, event notes) go a few
    dozen together: alone, the model's cost per call would outweigh their own. That costs ~10-20 % more model time
    per article, spent only while there is headroom. Under a backlog it would be spent where there is none: the take
    that follows a full one often gathers only what arrived in `batch_within`, and one article at a time it slowed a
    saturated worker's model by ~12 %. Behind a long story the articles queued drain no later as one batch than one
    by one: the last of them, the latency's tail, waits for all the others either way."""
    if len(articles) <= 1:
        return [articles] if articles else []
    if backlog or len(articles) >= batch_size or sum(len(a.text.split()) for a in articles) >= batch_words:
        return list(batches(articles, batch_size, batch_words))
    return list(batches(articles, batch_size, latency_words))


class Enricher(Protocol):
    async def enrich(self, articles: list[Article]) -> list[Outcome]: ...

    def enrich_chunks(self, chunks: list[list[Article]]) -> AsyncIterator[list[Outcome]]: ...

    def close(self) -> None: ...


class ThreadEnricher:
    """The model in a thread of the worker process (`enrich_in=thread`): less memory, shares the GIL."""

    def __init__(self, model: Model, settings: Settings) -> None:
        self._run = functools.partial(
            enrich_to_outputs, model=model, batch_size=settings.batch_size, partitions=settings.partitions
        )
        self._timeout = settings.enrich_timeout

    async def enrich(self, articles: list[Article]) -> list[Outcome]:
        return await enrich_within(articles, self._run, timeout=self._timeout)

    async def enrich_chunks(self, chunks: list[list[Article]]) -> AsyncIterator[list[Outcome]]:
        for chunk in chunks:
            yield await self.enrich(chunk)

    def close(self) -> None:
        pass


# --- the child process ------------------------------------------------------------------------------------------
_child: dict[str, Any] = {}


def _die_with_parent() -> None:
    """Linux: the kernel kills this process when its parent dies (a worker killed with -9 leaves no child behind)."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def child_init(model_name: str, batch_size: int, partitions: int) -> None:
    """Runs once in the child: the worker process decides when it stops (signals to the group are its to handle)."""
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    _child.update(model=load_model(model_name), batch_size=batch_size, partitions=partitions)


def child_ready() -> str:
    model: Model = _child["model"]
    return f"{model.name} {model.version}"


def child_enrich(articles: list[Article]) -> list[Outcome]:
    return enrich_to_outputs(articles, model=_child["model"], batch_size=_child["batch_size"],
                             partitions=_child["partitions"])


class ProcessEnricher:
    """The model in one child process (`enrich_in=process`, the default), started with `spawn`.

    One batch at a time goes to the child. A batch past the deadline, or a child that dies (a crash, the OOM killer),
    gets the child replaced (model loaded again, a few seconds) and the batch's articles retried one at a time, each
    with its own deadline: only an article that overruns or kills the child alone is dead-lettered."""

    def __init__(self, settings: Settings, *, init: Callable[..., None] = child_init,
                 ready: Callable[[], str] = child_ready, work: Callable[[list[Article]], list[Outcome]] = child_enrich) -> None:
        self._initargs = (settings.model, settings.batch_size, settings.partitions)
        self._timeout = settings.enrich_timeout
        self._init, self._ready, self._work = init, ready, work
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None
        self.restarts = 0

    def _new_pool(self) -> concurrent.futures.ProcessPoolExecutor:
        return concurrent.futures.ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=self._init,
            initargs=self._initargs,
        )

    def start(self) -> str:
        """Starts the child and waits until its model is loaded (blocking; called before the worker consumes)."""
        self._pool = self._new_pool()
        loaded = self._pool.submit(self._ready).result()
        log.info("enrichment process %s ready: %s", self.pids(), loaded)
        return loaded

    def pids(self) -> list[int]:
        return list(getattr(self._pool, "_processes", None) or {})

    async def _restart(self) -> None:
        self.restarts += 1
        self._kill()
        self._pool = self._new_pool()
        loaded = await asyncio.get_running_loop().run_in_executor(self._pool, self._ready)
        log.warning("enrichment process replaced (%d so far): %s", self.restarts, loaded)

    def _kill(self) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        for pid in list(getattr(pool, "_processes", None) or {}):
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        pool.shutdown(wait=False, cancel_futures=True)

    async def enrich(self, articles: list[Article]) -> list[Outcome]:
        out: list[Outcome] = []
        async for outcomes in self.enrich_chunks([articles]):
            out.extend(outcomes)
        return out

    async def enrich_chunks(self, chunks: list[list[Article]]) -> AsyncIterator[list[Outcome]]:
        """The chunks' outcomes, chunk by chunk in order, each as soon as the child has it. All chunks are queued to
        the child at once, so it starts on the next while the caller sends the last; each has its deadline from when
        it is awaited (about when the child starts it)."""
        if self._pool is None:
            await self._restart()
        loop = asyncio.get_running_loop()
        pending = [loop.run_in_executor(self._pool, self._work, chunk) for chunk in chunks]
        try:
            for i, chunk in enumerate(chunks):
                try:
                    outcomes = await asyncio.wait_for(pending[i], self._timeout)
                except (TimeoutError, BrokenProcessPool) as exc:
                    _discard(pending[i + 1 :])
                    outcomes = await self._recover(chunk, exc)
                    if i + 1 < len(chunks):  # the rest, on the new child
                        pending[i + 1 :] = [loop.run_in_executor(self._pool, self._work, c) for c in chunks[i + 1 :]]
                yield outcomes
        finally:  # a caller that stops early (an error while sending) leaves no result or error unretrieved
            _discard(pending)

    async def _recover(self, articles: list[Article], exc: BaseException) -> list[Outcome]:
        """After a deadline or a dead child: a new child, and the articles again one at a time, so only an article
        that overruns or kills the child alone is dead-lettered."""
        if isinstance(exc, TimeoutError):
            reason = ("enrich_timeout", f"enrichment took longer than {self._timeout:g} s")
        else:
            reason = ("enrich_failed", "the enrichment process died (crashed or was killed) while enriching this article")
        await self._restart()
        if len(articles) == 1:
            return [Rejection(*reason, articles[0].id)]
        log.warning("a batch of %d articles failed (%s); retrying one at a time", len(articles), reason[0])
        out: list[Outcome] = []
        for article in articles:
            out.extend(await self.enrich([article]))
        return out

    def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _discard(futures: list[asyncio.Future]) -> None:
    for future in futures:
        if future.done():
            if not future.cancelled():
                future.exception()  # retrieved, so asyncio does not log it as never retrieved
        else:
            future.cancel()


def create_enricher(settings: Settings) -> ProcessEnricher | ThreadEnricher:
    """The enricher the settings ask for, started (the model loaded) before the worker consumes anything."""
    if settings.enrich_in == "thread":
        return ThreadEnricher(load_model(settings.model), settings)
    enricher = ProcessEnricher(settings)
    enricher.start()
    return enricher
