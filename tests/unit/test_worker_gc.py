"""The worker process settles its garbage collector before it runs: start-up's objects frozen, young collections rarer."""

from __future__ import annotations

import gc
import weakref

from service.worker import GC_THRESHOLDS, settle_garbage_collector


def test_startup_objects_are_frozen_and_collections_are_rarer():
    saved = gc.get_threshold()
    made_at_startup = [[n] for n in range(1000)]  # container objects, the kind the collector tracks
    try:
        settle_garbage_collector()
        assert gc.get_threshold() == GC_THRESHOLDS
        assert gc.get_freeze_count() >= len(made_at_startup)
        assert GC_THRESHOLDS[0] > 700  # less often than CPython's default
    finally:
        gc.unfreeze()
        gc.set_threshold(*saved)


def test_cycles_made_after_start_up_are_still_collected():
    saved = gc.get_threshold()
    try:
        settle_garbage_collector()

        class Node:
            pass

        a, b = Node(), Node()
        a.other, b.other = b, a
        gone = []
        weakref.finalize(a, gone.append, "a")
        del a, b
        gc.collect()
        assert gone == ["a"]
    finally:
        gc.unfreeze()
        gc.set_threshold(*saved)
