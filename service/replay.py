"""`wirestream replay-dlq`: send dead letters' original records back to the input topic, e.g. after a fix."""

from __future__ import annotations

import base64
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from pydantic import ValidationError

from schemas import DeadLetter
from service.settings import Settings
from service.topics import ARTICLES, DEAD_LETTERS


@dataclass(frozen=True)
class Replay:
    """One record to send again: the original key (the article id when known) and the original bytes."""

    key: bytes | None
    value: bytes
    reason: str
    dead_letter_id: str


@dataclass
class ReplayReport:
    replayed: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)
    unreadable: int = 0


def select(letters: Iterable[DeadLetter], *, reasons: frozenset[str] | None) -> Iterator[Replay]:
    """The dead letters to replay: those with a wanted reason and original bytes, each once (ids are deterministic)."""
    seen: set[str] = set()
    for letter in letters:
        if (reasons is not None and letter.reason not in reasons) or letter.id in seen or not letter.payload_base64:
            continue
        seen.add(letter.id)
        key = letter.article_id.encode() if letter.article_id else None
        yield Replay(key, base64.b64decode(letter.payload_base64), letter.reason, letter.id)


def read_dead_letters(settings: Settings, report: ReplayReport, *, timeout: float = 10.0) -> Iterator[DeadLetter]:
    """Every dead letter present when the command starts, and no later one: a replayed record that fails again is
    dead-lettered after the end offsets taken here, so one run never replays its own output."""
    consumer = KafkaConsumer(bootstrap_servers=settings.kafka_bootstrap, group_id=None, enable_auto_commit=False,
                             consumer_timeout_ms=int(timeout * 1000),
                             client_id=f"wirestream-replay-{uuid.uuid4().hex[:8]}", **settings.kafka_client_options())
    try:
        topic = DEAD_LETTERS.full_name(settings)
        partitions = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or [])]
        if not partitions:
            return
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        ends = {tp: end for tp, end in consumer.end_offsets(partitions).items() if end > 0}
        while ends:
            batch = consumer.poll(timeout_ms=int(timeout * 1000))
            if not batch:
                break  # nothing within the timeout: the broker has no more for us
            for tp, messages in batch.items():
                for message in messages:
                    if tp not in ends or message.offset >= ends[tp]:
                        continue
                    try:
                        yield DeadLetter.model_validate_json(message.value)
                    except (ValidationError, TypeError):
                        report.unreadable += 1
                if tp in ends and consumer.position(tp) >= ends[tp]:
                    del ends[tp]
                    consumer.pause(tp)
    finally:
        consumer.close()


def replay_dead_letters(settings: Settings, *, reasons: frozenset[str] | None = None, dry_run: bool = False,
                        limit: int | None = None) -> ReplayReport:
    report = ReplayReport()
    target = ARTICLES.full_name(settings)
    producer = None if dry_run else KafkaProducer(
        bootstrap_servers=settings.kafka_bootstrap, acks="all", client_id="wirestream-replay",
        max_request_size=ARTICLES.max_message_bytes or 1_048_576, **settings.kafka_client_options())
    try:
        futures = []
        letters = read_dead_letters(settings, report)
        for item in select(letters, reasons=reasons):
            if limit is not None and sum(report.replayed.values()) >= limit:
                report.skipped[item.reason] += 1
                continue
            if producer is not None:
                futures.append(producer.send(target, key=item.key, value=item.value))
            report.replayed[item.reason] += 1
        for future in futures:
            future.get(timeout=60)
    finally:
        if producer is not None:
            producer.flush()
            producer.close()
    return report
