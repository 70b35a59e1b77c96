"""The rewinding consumer: after faust's seek to committed offsets, the agents' partitions without one start over."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from aiokafka import TopicPartition

from service import consumer as rewinding


class _FakeAiokafka:
    def __init__(self) -> None:
        self.calls: list = []

    def seek(self, tp, offset):
        self.calls.append(("seek", tp, offset))

    async def seek_to_beginning(self, *tps):
        self.calls.append(("beginning", *sorted(tps)))

    async def seek_to_end(self, *tps):
        self.calls.append(("end", *sorted(tps)))


def _thread(committed: dict, reset: str = "earliest"):
    thread = object.__new__(rewinding.RewindingConsumerThread)
    fake = _FakeAiokafka()

    async def call_thread(fun, *args, **kwargs):
        return await fun(*args, **kwargs)

    thread.__dict__.update(
        app=SimpleNamespace(topics=SimpleNamespace(acks_enabled_for=lambda topic: not topic.endswith("-changelog")),
                            conf=SimpleNamespace(consumer_auto_offset_reset=reset)),
        _ensure_consumer=lambda: fake, call_thread=call_thread,
        log=SimpleNamespace(info=lambda *a, **k: None),
    )
    return thread, fake


def _run(monkeypatch, committed: dict, reset: str = "earliest"):
    async def faust_seek(self):  # aiokafka's seek_to_committed as faust calls it: the committed offsets it found
        return committed

    monkeypatch.setattr(rewinding.driver.AIOKafkaConsumerThread, "seek_to_committed", faust_seek)
    thread, fake = _thread(committed, reset)
    assert asyncio.run(thread.seek_to_committed()) == committed
    return fake.calls


a0, a1, a2 = (TopicPartition("articles", p) for p in range(3))
changelog = TopicPartition("app-actor_counts-changelog", 0)


def test_uncommitted_source_partitions_start_over_and_changelogs_are_left_to_recovery(monkeypatch):
    calls = _run(monkeypatch, {a0: None, a1: 0, a2: 57, changelog: None})
    assert calls == [("seek", a1, 0), ("beginning", a0)]


def test_nothing_to_do_when_every_partition_has_a_commit(monkeypatch):
    assert _run(monkeypatch, {a0: 3, a1: 9, changelog: None}) == []


def test_latest_reset_policy_goes_to_the_end(monkeypatch):
    assert _run(monkeypatch, {a0: None}, reset="latest") == [("end", a0)]
