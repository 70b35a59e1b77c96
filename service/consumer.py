"""Faust's Kafka consumer with one fix: a rewind to the committed offsets also rewinds partitions nobody committed yet.

Faust can take records from aiokafka and then drop them: when the flow stops for a rebalance half-way through a
fetched batch, when the generation changes under it, or when a partition is not active at that moment. aiokafka's
position has already moved past them, and faust relies on seeking every partition back to its committed offset
once the rebalance is over. aiokafka's `seek_to_committed` skips a partition whose committed offset is None (no
commit yet) or 0, so such a partition stays where the dropped batch left it: its records are never delivered, and
the agent waits forever for them. The takeover fault test found it: a worker was killed before its first commit,
and the survivor that took its partitions over never processed them.

Here, after faust's seek, the partitions its agents read (acked topics; not changelogs, which recovery positions
itself) that have no committed offset are reset the way a new consumer would start them (auto_offset_reset), and
those committed at 0 are sought to 0. Re-reading records already processed is what at-least-once allows; the
counts are idempotent."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from faust.transport.drivers import aiokafka as driver
from faust.types import TP


def unpositioned(committed: Mapping[Any, int | None]) -> tuple[list, list]:
    """The partitions aiokafka's seek_to_committed leaves where they are: (no committed offset, committed at 0)."""
    return ([tp for tp, offset in committed.items() if offset is None],
            [tp for tp, offset in committed.items() if offset == 0])


class RewindingConsumerThread(driver.AIOKafkaConsumerThread):
    """faust's aiokafka consumer thread, rewinding uncommitted partitions of acked topics after a seek."""

    async def seek_to_committed(self) -> Mapping[TP, int]:
        committed = await super().seek_to_committed()
        acked = self.app.topics.acks_enabled_for
        never, at_zero = unpositioned({tp: offset for tp, offset in committed.items() if acked(tp.topic)})
        if never or at_zero:
            self.log.info("rewinding partitions without a committed offset: %s",
                          ", ".join(f"{tp.topic}[{tp.partition}]" for tp in never + at_zero))
            await self.call_thread(self._rewind, never, at_zero)
        return committed

    async def _rewind(self, never: list, at_zero: list) -> None:
        consumer = self._ensure_consumer()
        for tp in at_zero:
            consumer.seek(tp, 0)
        if never:
            if self.app.conf.consumer_auto_offset_reset == "latest":
                await consumer.seek_to_end(*never)
            else:
                await consumer.seek_to_beginning(*never)


class RewindingConsumer(driver.Consumer):
    """faust's aiokafka Consumer with the rewinding thread."""

    def _new_consumer_thread(self) -> RewindingConsumerThread:
        return RewindingConsumerThread(self, loop=self.loop, beacon=self.beacon)


def install(app: Any) -> None:
    """Makes the app's transport create the rewinding consumer (before anything has created the consumer)."""
    app.transport.Consumer = RewindingConsumer
