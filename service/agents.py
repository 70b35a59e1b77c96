"""The Faust agents: decode → enrich in batches → emit enriched article, events, contributions; count per actor in batches."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from faust import streams as faust_streams
from faust.types import EventT

from schemas import Article, SourcePosition
from service import dashboard, metrics
from service.app import Wiring
from service.codec import encode, key
from service.counts import ActorTally, decode_tally, encode_tally, read_contributions, tally_all
from service.enricher import Enricher, Outcome, enrich_batch, enrich_within, latency_chunks  # noqa: F401 - re-exported for tests
from service.intake import Rejection, dead_letter, decode_article
from service.offset_gaps import GapFillError, GapFiller
from service.outputs import ArticleOutputs
from service.screening import ScreeningRules, screen
from service.topics import ARTICLES

log = logging.getLogger("wirestream.agents")


@dataclass(eq=False)
class PipelinedBatch:
    """One batch in the enrichment pipeline: what was delivered (acked at the end), what is handled (with any
    records the consumer skipped), when the model is free for the next batch, and the task that sends and acks it."""

    events: list
    delivered: Sequence[EventT]
    model_free: asyncio.Event = field(default_factory=asyncio.Event)
    task: asyncio.Task | None = None


def register_agents(w: Wiring, enricher: Enricher) -> None:
    s = w.settings
    t = w.topics
    rules = ScreeningRules(max_words=s.max_article_words)
    gaps = GapFiller(s, group_id=s.app_id, max_fetch_bytes=ARTICLES.max_message_bytes or 1 << 20)

    @w.app.on_before_shutdown.connect
    async def close_gap_reader(app, **kwargs) -> None:  # noqa: ANN001, ARG001 - Faust's signal signature
        await gaps.close()  # its direct reader (if a hole was ever read) is an aiokafka consumer of its own

    async def send_dead(raw: bytes | None, rejection: Rejection, event: EventT) -> asyncio.Future:
        msg = event.message
        letter = dead_letter(raw, rejection, SourcePosition(topic=msg.topic, partition=msg.partition, offset=msg.offset))
        log.warning("dead letter %s: %s", rejection.reason, rejection.message, extra={"article_id": rejection.article_id})
        metrics.dead_letter(rejection.reason)
        return await t["dead_letters"].send(key=key(rejection.article_id or letter.id), value=encode(letter))

    async def emit(outputs: ArticleOutputs) -> list[asyncio.Future]:
        """The article's records, encoded where the model ran: enriched, its events, its contributions (one per
        partition of the counts table it touches, on the partition Kafka's default partitioner gives the actors)."""
        article_key = key(outputs.article_id)
        futures = [await t["enriched"].send(key=article_key, value=outputs.enriched)]
        metrics.article_out(len(outputs.events))
        if outputs.digest is not None:
            dashboard.record_digest(outputs.digest)
        for event_key, record in outputs.events:
            futures.append(await t["events"].send(key=event_key, value=record))
        for partition, bundle in outputs.contributions:
            futures.append(await t["contributions"].send(key=article_key, value=bundle, partition=partition))
        return futures

    async def prepare(events: Sequence[EventT]) -> tuple[list[asyncio.Future], list[tuple[EventT, Article]]]:
        """Decode and screen a batch: dead letters sent for the rejects, the articles to enrich returned."""
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
        return futures, accepted

    async def enrich(accepted: list[tuple[EventT, Article]]) -> list[Outcome]:
        if not accepted:
            return []
        batch_done = metrics.batch_timer(len(accepted))
        outcomes = await enricher.enrich([a for _, a in accepted])
        batch_done()
        return outcomes

    async def send_outcomes(accepted: list[tuple[EventT, Article]], outcomes: list) -> list[asyncio.Future]:
        futures: list[asyncio.Future] = []
        for (event, _), outcome in zip(accepted, outcomes, strict=True):
            if isinstance(outcome, Rejection):
                futures.append(await send_dead(event.value, outcome, event))
            else:
                futures.extend(await emit(outcome))
        return futures

    async def handle(events: Sequence[EventT]) -> None:
        """One batch from start to end (used for a record handled alone)."""
        futures, accepted = await prepare(events)
        futures += await send_outcomes(accepted, await enrich(accepted))
        # Offsets are acked after this returns: wait for the broker to have every output first (at-least-once).
        await asyncio.gather(*futures)

    @w.app.agent(t["articles"], name="enrich-articles", concurrency=1)
    async def enrich_articles(stream):  # noqa: ANN001 - Faust passes its StreamT
        # A two-deep pipeline: while one batch is in the model, the batch before it is sent and acknowledged and the
        # next one is read and decoded, so the model thread does not wait for the broker. The model runs one batch
        # at a time, outputs go out in input order, and each batch is acked (in order) only once the broker has all
        # its outputs — at-least-once exactly as with one batch at a time.
        in_flight = asyncio.Semaphore(2)
        previous: PipelinedBatch | None = None
        async for delivered in stream.noack_take(s.batch_size, within=s.batch_within):
            events = await with_skipped(delivered)
            await in_flight.acquire()
            batch = PipelinedBatch(events=events, delivered=delivered)
            batch.task = asyncio.create_task(run_pipelined(stream, batch, previous, in_flight))
            previous = batch

    async def run_pipelined(stream, batch: PipelinedBatch, before: PipelinedBatch | None, in_flight) -> None:  # noqa: ANN001
        try:
            try:
                futures, accepted = await prepare(batch.events)
                # A backlog when the model is still busy with the batch before: these articles wait for it anyway,
                # so they go to the model in its own batches (throughput first), however few the take gathered.
                backlog = before is not None and not before.model_free.is_set()
                if before is not None:
                    await before.model_free.wait()
                # Outputs go out chunk by chunk as the model finishes them (see `latency_chunks`), after the batch
                # before has sent all of its own: outputs in input order.
                batch_done = metrics.batch_timer(len(accepted)) if accepted else None
                chunks = latency_chunks([a for _, a in accepted], s.batch_size, backlog=backlog)
                done = 0
                async with contextlib.aclosing(enricher.enrich_chunks(chunks)) as by_chunk:
                    async for outcomes in by_chunk:
                        if done + len(outcomes) == len(accepted):
                            batch.model_free.set()  # the next batch may go to the model while this one is sent
                        if before is not None and before.task is not None:
                            await before.task  # never raises (below)
                        futures += await send_outcomes(accepted[done : done + len(outcomes)], outcomes)
                        done += len(outcomes)
                batch.model_free.set()
                if batch_done is not None:
                    batch_done()
                if before is not None and before.task is not None:
                    await before.task
                await asyncio.gather(*futures)
            except Exception:  # noqa: BLE001 - the worker keeps running; each record gets its own second chance
                log.exception("batch handling failed; handling its records one at a time")
                batch.model_free.set()
                if before is not None and before.task is not None:
                    await before.task
                for event in batch.events:
                    await handle_alone(event)
            for event in batch.delivered:
                await stream.ack(event)
        except asyncio.CancelledError:
            raise  # shutting down: unacked records are re-delivered
        except Exception:  # noqa: BLE001
            stop_unacked("the enrichment pipeline failed")
        finally:
            batch.model_free.set()
            in_flight.release()

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
                    w.counts[actor_id] = encode_tally(tally)
            futures.extend(w.counts.take_unacknowledged())
            for actor_id, tally in tallies.items():
                futures.append(await t["actor_counts"].send(key=key(actor_id), value=encode(tally.counts)))
            counted += len(batch)
        # The events are acked when this returns and may be committed soon after: the changelog records and the
        # published counts must be on the broker first, or a crash would lose these counts on another node.
        await asyncio.gather(*futures)
        metrics.contribution_counted(counted)


def stored_tally(value: bytes | dict | None) -> ActorTally | None:
    """The table value as an ActorTally (`counts.encode_tally` bytes, or an older form)."""
    return decode_tally(value) if value else None


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
