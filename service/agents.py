"""The Faust agents: decode → enrich in batches → emit enriched article, events, contributions; count per actor in batches."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import os
import weakref
from collections.abc import Callable, Iterator, Sequence

import orjson
from faust import streams as faust_streams
from faust.types import EventT

from schemas import Article, EnrichedArticle, EventRecord, SourcePosition
from service import dashboard, metrics
from service.app import Wiring
from service.codec import encode, key
from service.counts import ActorTally, by_partition, read_contributions, tally_all
from service.enrichment.core import enrich_many
from service.intake import Rejection, dead_letter, decode_article
from service.nlp import Model
from service.offset_gaps import GapFillError, GapFiller
from service.screening import ScreeningRules, screen
from service.topics import ARTICLES

log = logging.getLogger("wirestream.agents")


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


EnrichRun = Callable[[list[Article]], list[EnrichedArticle | Rejection]]


async def enrich_within(articles: list[Article], run: EnrichRun, *, timeout: float) -> list[EnrichedArticle | Rejection]:
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
    out: list[EnrichedArticle | Rejection] = []
    for article in articles:
        out.extend(await enrich_within([article], run, timeout=timeout))
    return out


def register_agents(w: Wiring, model: Model) -> None:
    s = w.settings
    t = w.topics
    rules = ScreeningRules(max_words=s.max_article_words)
    run_enrichment = functools.partial(enrich_batch, model=model, batch_size=s.batch_size)
    gaps = GapFiller(s, group_id=s.app_id, max_fetch_bytes=ARTICLES.max_message_bytes or 1 << 20)

    async def send_dead(raw: bytes | None, rejection: Rejection, event: EventT) -> asyncio.Future:
        msg = event.message
        letter = dead_letter(raw, rejection, SourcePosition(topic=msg.topic, partition=msg.partition, offset=msg.offset))
        log.warning("dead letter %s: %s", rejection.reason, rejection.message, extra={"article_id": rejection.article_id})
        metrics.dead_letter(rejection.reason)
        return await t["dead_letters"].send(key=key(rejection.article_id or letter.id), value=encode(letter))

    async def emit(enriched: EnrichedArticle) -> list[asyncio.Future]:
        futures = [await t["enriched"].send(key=key(enriched.article_id), value=encode(enriched))]
        metrics.article_out(len(enriched.events))
        dashboard.record(enriched)
        for event in enriched.events:
            record = EventRecord(
                id=event.id, article_id=enriched.article_id, published_at=enriched.article.published_at, event=event
            )
            futures.append(await t["events"].send(key=key(event.actor), value=encode(record)))
        # One record per partition of the counts table the article touches (not one per actor); the partitions
        # are the ones Kafka's default partitioner gives the actor ids. Faust requires the topic to have
        # `partitions` partitions (the table's), so that is the count to hash over.
        for partition, bundle in by_partition(enriched, s.partitions).items():
            futures.append(
                await t["contributions"].send(key=key(enriched.article_id), value=encode(bundle), partition=partition)
            )
        return futures

    async def handle(events: Sequence[EventT]) -> None:
        futures: list[asyncio.Future] = []
        accepted: list[tuple[EventT, Article]] = []
        metrics.articles_in(len(events))
        for event in events:
            raw = event.value
            result = decode_article(raw, max_bytes=s.max_article_bytes)
            if not isinstance(result, Rejection):
                result = screen(result, rules=rules) or result
            if isinstance(result, Rejection):
                futures.append(await send_dead(raw, result, event))
            else:
                accepted.append((event, result))
        if accepted:
            batch_done = metrics.batch_timer(len(accepted))
            outcomes = await enrich_within([a for _, a in accepted], run_enrichment, timeout=s.enrich_timeout)
            batch_done()
            for (event, _), outcome in zip(accepted, outcomes, strict=True):
                if isinstance(outcome, Rejection):
                    futures.append(await send_dead(event.value, outcome, event))
                else:
                    futures.extend(await emit(outcome))
        # Offsets are acked after this returns: wait for the broker to have every output first (at-least-once).
        await asyncio.gather(*futures)

    @w.app.agent(t["articles"], name="enrich-articles", concurrency=1)
    async def enrich_articles(stream):  # noqa: ANN001 - Faust passes its StreamT
        async for events in stream.take_events(s.batch_size, within=s.batch_within):
            events = await with_skipped(events)
            try:
                await handle(events)
            except Exception:  # noqa: BLE001 - the worker keeps running; each record gets its own second chance
                log.exception("batch handling failed; handling its records one at a time")
                for event in events:
                    await handle_alone(event)

    async def with_skipped(events: Sequence[EventT]) -> list:
        """The batch with any records the consumer skipped put back in their place (see service/offset_gaps.py)."""
        out: list = []
        try:
            for event in events:
                out.extend(await gaps.missing_before(event))
                out.append(event)
        except GapFillError:
            stop_unacked("cannot read records the consumer skipped")
        return out

    def stop_unacked(why: str) -> None:
        """Ends the process without acking the current batch: a restarted worker re-reads it from the committed offset."""
        log.critical("%s; exiting so the records are re-delivered", why, exc_info=True)
        logging.shutdown()
        os._exit(70)

    async def handle_alone(event: EventT) -> None:
        """A record whose batch failed: handled alone, and dead-lettered (internal_error) if that fails too."""
        try:
            await handle([event])
        except Exception as exc:  # noqa: BLE001
            log.exception("record handling failed")
            try:
                rejection = Rejection("internal_error", f"the worker failed on this record: {type(exc).__name__}: {exc}")
                await asyncio.gather(await send_dead(event.value, rejection, event))
            except Exception:  # noqa: BLE001
                # Not even a dead letter can be written: returning would ack the batch and lose the record.
                stop_unacked("cannot write a dead letter")

    @w.app.agent(t["contributions"], name="count-actors", concurrency=1)
    async def count_actors(stream):  # noqa: ANN001
        # In batches: each actor's tally is read, written to the table and published once per batch however many
        # of its articles the batch holds, so under load the cost per article falls instead of piling up.
        async for events in stream.take_events(s.count_batch_size, within=s.count_batch_within):
            events = await with_skipped(events)
            try:
                await count(events)
            except Exception:  # noqa: BLE001
                # An exception leaving this loop would let faust ack the events when it closes the stream, and the
                # counts would be lost for good; ending the process re-delivers them instead.
                stop_unacked("counting failed")

    async def count(events: Sequence[EventT]) -> None:
        """Apply a batch of contribution records; returns once the table and the published counts have them all."""
        futures: list[asyncio.Future] = []
        counted = 0
        for anchor, records in by_source_partition(events):
            batch = []
            for record in records:
                try:
                    batch.extend(read_contributions(record.value))
                except ValueError as exc:
                    rejection = Rejection("internal_error", f"unreadable contributions record: {exc}")
                    futures.append(await send_dead(record.value, rejection, record))
            # Table reads and writes go to the partition of Faust's current event: set it to a record of this
            # partition (faust-streaming #497: after take() it is the batch's last event, whatever its partition).
            with current_event(anchor):
                tallies = tally_all(lambda actor_id: stored_tally(w.counts.get(actor_id)), batch, window=s.dedup_window)
                # Written (and published) even when unchanged: a re-delivered contribution then also repairs a
                # changelog or compacted topic that missed the last write before a crash (kill -9 after the local
                # RocksDB put, before the changelog send).
                for actor_id, tally in tallies.items():
                    w.counts[actor_id] = orjson.loads(encode(tally))
            futures.extend(w.counts.take_unacknowledged())
            for actor_id, tally in tallies.items():
                futures.append(await t["actor_counts"].send(key=key(actor_id), value=encode(tally.counts)))
            counted += len(batch)
        # The events are acked when this returns and may be committed soon after: the changelog records and the
        # published counts must be on the broker first, or a crash would lose these counts on another node.
        await asyncio.gather(*futures)
        metrics.contribution_counted(counted)


def stored_tally(value: object) -> ActorTally | None:
    return ActorTally.model_validate(value) if value else None


def by_source_partition(events: Sequence[EventT]) -> list[tuple[EventT, list[EventT]]]:
    """The batch's records grouped by partition, in order, each group with the record that anchors it (its last)."""
    groups: dict[int, list[EventT]] = {}
    for event in events:
        groups.setdefault(event.message.partition, []).append(event)
    return [(records[-1], records) for records in groups.values()]


@contextlib.contextmanager
def current_event(event: EventT) -> Iterator[None]:
    """Make `event` Faust's current event for the block (what its tables use to pick the partition)."""
    token = faust_streams._current_event.set(weakref.ref(event))
    try:
        yield
    finally:
        faust_streams._current_event.reset(token)
