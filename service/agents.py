"""The Faust agents: decode → enrich in batches → emit enriched article, events, contributions; count per actor."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence

import orjson
from faust.types import EventT
from pydantic import ValidationError

from schemas import ActorContribution, Article, EnrichedArticle, EventRecord, SourcePosition
from service.app import Wiring
from service.codec import encode, key
from service.counts import ActorTally, apply_contribution, contributions
from service.enrichment.core import enrich_many
from service.intake import Rejection, dead_letter, decode_article
from service.nlp import Model

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


def register_agents(w: Wiring, model: Model) -> None:
    s = w.settings
    t = w.topics

    async def send_dead(raw: bytes | None, rejection: Rejection, event: EventT) -> asyncio.Future:
        msg = event.message
        letter = dead_letter(raw, rejection, SourcePosition(topic=msg.topic, partition=msg.partition, offset=msg.offset))
        log.warning("dead letter %s: %s", rejection.reason, rejection.message, extra={"article_id": rejection.article_id})
        return await t["dead_letters"].send(key=key(rejection.article_id), value=encode(letter))

    async def emit(enriched: EnrichedArticle) -> list[asyncio.Future]:
        futures = [await t["enriched"].send(key=key(enriched.article_id), value=encode(enriched))]
        for event in enriched.events:
            record = EventRecord(
                id=event.id, article_id=enriched.article_id, published_at=enriched.article.published_at, event=event
            )
            futures.append(await t["events"].send(key=key(event.actor), value=encode(record)))
        for contribution in contributions(enriched):
            futures.append(await t["contributions"].send(key=key(contribution.actor_id), value=encode(contribution)))
        return futures

    async def handle(events: Sequence[EventT]) -> None:
        futures: list[asyncio.Future] = []
        accepted: list[tuple[EventT, Article]] = []
        for event in events:
            raw = event.value
            result = decode_article(raw, max_bytes=s.max_article_bytes)
            if isinstance(result, Rejection):
                futures.append(await send_dead(raw, result, event))
            else:
                accepted.append((event, result))
        if accepted:
            loop = asyncio.get_running_loop()
            outcomes = await loop.run_in_executor(None, enrich_batch, [a for _, a in accepted], model, s.batch_size)
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
            try:
                await handle(events)
            except Exception:  # noqa: BLE001 - the worker keeps running; records are re-sent as dead letters
                log.exception("batch handling failed")
                for event in events:
                    await send_dead(event.value, Rejection("internal_error", "the worker failed on this batch"), event)

    @w.app.agent(t["contributions"], name="count-actors", concurrency=1)
    async def count_actors(stream):  # noqa: ANN001
        async for event in stream.events():
            try:
                contribution = ActorContribution.model_validate_json(event.value)
            except ValidationError:
                log.exception("unreadable contribution at offset %s", event.message.offset)
                continue
            current = w.counts.get(contribution.actor_id)
            tally, _changed = apply_contribution(
                ActorTally.model_validate(current) if current else None, contribution, window=s.dedup_window
            )
            # Written (and published) even when unchanged: a re-delivered contribution then also repairs a
            # changelog or compacted topic that missed the last write before a crash.
            w.counts[contribution.actor_id] = orjson.loads(encode(tally))
            await t["actor_counts"].send(key=key(contribution.actor_id), value=encode(tally.counts))
