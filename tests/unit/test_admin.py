"""Start-up safety: topics served before the group forms, metadata refreshed, uncommitted partitions rewound."""

from __future__ import annotations

import pytest

from service import admin
from service.app import create_app
from service.settings import Settings


def _topic(name: str, leaders: list[int], error: int = 0) -> dict:
    return {"name": name, "error_code": error,
            "partitions": [{"partition_index": i, "leader_id": leader, "error_code": 0} for i, leader in enumerate(leaders)]}


def test_unserved_names_unknown_topics_and_partitions_without_a_leader():
    answer = [_topic("a", [1, 1]), _topic("b", [], error=3), _topic("c", [1, -1]), _topic("d", [])]
    assert admin.unserved(answer) == ["b", "c", "d"]


class _SlowBroker:
    """describe_topics answers 'unknown topic' a few times, then the topics with leaders."""

    def __init__(self, misses: int) -> None:
        self.misses = misses
        self.calls = 0

    def describe_topics(self, names):
        self.calls += 1
        if self.calls <= self.misses:
            return [_topic(n, [], error=3) for n in names]
        return [_topic(n, [1, 1, 1, 1]) for n in names]


def test_wait_served_returns_once_the_broker_serves_them(monkeypatch):
    monkeypatch.setattr(admin.time, "sleep", lambda _: None)
    broker = _SlowBroker(misses=3)
    admin.wait_served(broker, ["x", "y"], timeout=60)
    assert broker.calls == 4


def test_wait_served_names_what_never_appeared(monkeypatch):
    monkeypatch.setattr(admin.time, "sleep", lambda _: None)
    clock = iter(range(0, 1000, 10))
    monkeypatch.setattr(admin.time, "monotonic", lambda: next(clock))
    with pytest.raises(TimeoutError, match="x, y"):
        admin.wait_served(_SlowBroker(misses=10**6), ["x", "y"], timeout=30)


def test_the_consumer_refreshes_metadata_as_the_settings_say(tmp_path):
    # Faust's default (5 minutes) leaves a partition the group missed at its forming unconsumed for that long.
    app = create_app(Settings(store="memory://", data_dir=tmp_path, metadata_refresh=7)).app
    assert app.conf.consumer_metadata_max_age_ms == 7000


def test_the_worker_consumer_rewinds_partitions_without_a_committed_offset(tmp_path):
    # faust's seek-to-committed after a rebalance leaves these where a dropped batch left them (service/consumer.py)
    from service.consumer import RewindingConsumer, unpositioned

    app = create_app(Settings(store="memory://", data_dir=tmp_path)).app
    assert app.transport.Consumer is RewindingConsumer
    assert unpositioned({"a0": None, "a1": 0, "a2": 17, "a3": None}) == (["a0", "a3"], ["a1"])
