"""Finds records the Faust consumer skipped around a rebalance and reads them directly, so no record is lost.

faust-streaming 0.15 can drop fetched records while a rebalance settles (its fetcher discards records of partitions
it considers inactive) and then treats the hole as a compaction gap that it may commit past. Seen in the takeover
fault test: a worker resumed a partition at its committed offset, received offsets 16–23, then 44 — 24 to 43 were
never delivered, yet committed. An agent that checks the continuity of what it receives can fill such a hole before
the record after it is acknowledged: offsets are only committed up to acked records, so nothing past the hole is
committed before the missing records have been processed."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

from service.settings import Settings

log = logging.getLogger("wirestream.offset_gaps")


@dataclass(frozen=True)
class Position:
    topic: str
    partition: int
    offset: int


@dataclass(frozen=True)
class RecoveredRecord:
    """A record read directly from the broker, shaped like the Faust event an agent would have received."""

    key: bytes | None
    value: bytes | None
    message: Position


class GapFillError(RuntimeError):
    """The missing records could not be read; the caller must not acknowledge anything after the hole."""


def aiokafka_security(settings: Settings) -> dict[str, Any]:
    """The settings' security options in aiokafka's shape (an SSL context rather than file names)."""
    options: dict[str, Any] = {"security_protocol": settings.security_protocol}
    if settings.security_protocol in ("SSL", "SASL_SSL"):
        from aiokafka.helpers import create_ssl_context

        options["ssl_context"] = create_ssl_context(
            cafile=str(settings.ssl_cafile) if settings.ssl_cafile else None,
            certfile=str(settings.ssl_certfile) if settings.ssl_certfile else None,
            keyfile=str(settings.ssl_keyfile) if settings.ssl_keyfile else None,
        )
    if settings.sasl_mechanism:
        options["sasl_mechanism"] = settings.sasl_mechanism
        options["sasl_plain_username"] = settings.sasl_username
        options["sasl_plain_password"] = settings.sasl_password.get_secret_value() if settings.sasl_password else None
    return options


def hole(expected: int | None, offset: int) -> tuple[int, int] | None:
    """The offsets [start, end) missing before `offset` when `expected` was due next; None when nothing is missing.

    Going backwards (a re-delivery after a seek to the committed offset) is not a hole."""
    if expected is None or offset <= expected:
        return None
    return expected, offset


class GapFiller:
    """Per agent: remembers the next offset due on each partition (per consumer generation) and reads holes."""

    def __init__(self, settings: Settings, *, group_id: str, max_fetch_bytes: int, timeout: float = 60.0) -> None:
        self._settings = settings
        self._group_id = group_id
        self._max_fetch_bytes = max_fetch_bytes
        self._timeout = timeout
        self._next: dict[tuple[Any, str, int], int] = {}
        self._last: dict[tuple[str, int], int] = {}  # across generations
        self._reader = None
        self._lock = asyncio.Lock()

    async def missing_before(self, event: Any) -> list[RecoveredRecord]:
        """The records that should have come before `event` on its partition but did not (usually none)."""
        m = event.message
        generation = getattr(m, "generation_id", None)
        due = (generation, m.topic, m.partition)
        expected = self._next.get(due)
        self._next[due] = m.offset + 1
        previous = self._last.get((m.topic, m.partition))
        self._last[(m.topic, m.partition)] = m.offset + 1
        if expected is None and previous != m.offset:
            # The first record of this partition in this generation must be the committed offset the consumer was
            # positioned at (unless it simply continues where this process left off before the rebalance);
            # anything between that and this record was skipped.
            expected = await self._committed(m.topic, m.partition)
        gap = hole(expected, m.offset)
        if gap is None:
            return []
        records = await self._read(m.topic, m.partition, *gap)
        log.warning(
            "the consumer skipped offsets %d-%d of %s[%d]; read %d record(s) directly",
            gap[0], gap[1] - 1, m.topic, m.partition, len(records),
        )
        return records

    async def _consumer(self):
        if self._reader is None:
            from aiokafka import AIOKafkaConsumer

            reader = AIOKafkaConsumer(
                bootstrap_servers=self._settings.kafka_bootstrap.split(","),
                group_id=self._group_id,  # only to read committed offsets: this consumer never joins the group
                enable_auto_commit=False,
                auto_offset_reset="earliest",
                max_partition_fetch_bytes=self._max_fetch_bytes,
                **aiokafka_security(self._settings),
            )
            await reader.start()
            self._reader = reader
        return self._reader

    async def _committed(self, topic: str, partition: int) -> int | None:
        from aiokafka import TopicPartition

        async with self._lock:
            try:
                reader = await self._consumer()
                return await asyncio.wait_for(reader.committed(TopicPartition(topic, partition)), self._timeout)
            except Exception as exc:  # noqa: BLE001 - without it only the head check is skipped
                log.warning("could not read the committed offset of %s[%d]: %s", topic, partition, exc)
                return None

    async def _read(self, topic: str, partition: int, start: int, end: int) -> list[RecoveredRecord]:
        from aiokafka import TopicPartition

        tp = TopicPartition(topic, partition)
        out: list[RecoveredRecord] = []
        async with self._lock:
            try:
                reader = await self._consumer()
                reader.assign([tp])
                reader.seek(tp, start)
                deadline = asyncio.get_running_loop().time() + self._timeout
                while await reader.position(tp) < end:
                    if asyncio.get_running_loop().time() > deadline:
                        raise TimeoutError(f"reading offsets {start}-{end - 1} of {topic}[{partition}]")
                    batches = await reader.getmany(tp, timeout_ms=1000)
                    for record in batches.get(tp, []):
                        if start <= record.offset < end:
                            out.append(RecoveredRecord(record.key, record.value, Position(topic, partition, record.offset)))
            except Exception as exc:
                raise GapFillError(f"cannot read the skipped offsets {start}-{end - 1} of {topic}[{partition}]: {exc}") from exc
        return out

    async def close(self) -> None:
        if self._reader is not None:
            await self._reader.stop()
            self._reader = None
