"""The gap filler: holes in what an agent receives are found and their records read back in order."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from service.offset_gaps import GapFiller, Position, RecoveredRecord, hole
from service.settings import Settings


def test_hole():
    assert hole(None, 5) is None
    assert hole(5, 5) is None
    assert hole(7, 5) is None  # going back: a re-delivery, not a hole
    assert hole(5, 9) == (5, 9)


class _FakeBroker(GapFiller):
    """The filler with the broker replaced by a partition log held in memory."""

    def __init__(self, committed: int | None, log: dict[int, bytes]) -> None:
        super().__init__(Settings(), group_id="g", max_fetch_bytes=1 << 20)
        self.committed_offset = committed
        self.log = log
        self.reads: list[tuple[int, int]] = []

    async def _committed(self, topic, partition):
        return self.committed_offset

    async def _read(self, topic, partition, start, end):
        self.reads.append((start, end))
        return [RecoveredRecord(None, self.log[o], Position(topic, partition, o)) for o in range(start, end) if o in self.log]


def _event(offset: int, generation: int = 1, partition: int = 0):
    return SimpleNamespace(message=SimpleNamespace(topic="articles", partition=partition, offset=offset, generation_id=generation))


def test_skipped_records_are_read_back_in_order():
    filler = _FakeBroker(committed=16, log={o: b"r%d" % o for o in range(100)})

    async def run():
        got = []
        for offset in [16, 17, 18, 44, 45]:
            got += [r.message.offset for r in await filler.missing_before(_event(offset))] + [offset]
        return got

    assert asyncio.run(run()) == [16, 17, 18, *range(19, 44), 44, 45]
    assert filler.reads == [(19, 44)]


def test_a_skipped_head_is_read_back():
    filler = _FakeBroker(committed=10, log={o: b"x" for o in range(20)})
    missing = asyncio.run(filler.missing_before(_event(13)))
    assert [r.message.offset for r in missing] == [10, 11, 12]


def test_redelivery_and_new_generations_are_not_holes():
    filler = _FakeBroker(committed=0, log={})

    async def run():
        for event in [_event(0), _event(1), _event(0), _event(1), _event(5, generation=2, partition=1)]:
            assert await filler.missing_before(event) == [] or event.message.partition == 1

    filler.committed_offset = None  # unknown committed offset: the head check is skipped
    asyncio.run(run())
    assert filler.reads == []


def test_markers_leave_nothing_to_read():
    # A transactional producer's commit markers occupy offsets that no consumer receives.
    filler = _FakeBroker(committed=0, log={0: b"a", 2: b"b"})

    async def run():
        assert await filler.missing_before(_event(0)) == []
        assert await filler.missing_before(_event(2)) == []

    asyncio.run(run())
    assert filler.reads == [(1, 2)]


def test_continuing_across_a_rebalance_needs_no_head_check():
    # The partition stayed with this process: the new generation starts where the old one ended, whatever the
    # (not yet updated) committed offset says.
    filler = _FakeBroker(committed=0, log={o: b"x" for o in range(50)})

    async def run():
        for offset in range(10, 20):
            await filler.missing_before(_event(offset, generation=1))
        return await filler.missing_before(_event(20, generation=2))

    filler.committed_offset = 10
    assert asyncio.run(run()) == []
    assert filler.reads == []
