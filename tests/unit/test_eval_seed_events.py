"""The seed figures/events suite: meets the issue's targets on the seed and scores a wrong prediction as wrong."""

from __future__ import annotations

import argparse

from service.evaluation import seed_events
from tests.conftest import GOLD, SEED


def _summary(result):
    return {metric: value for metric, value, _ in result["summary"]}


def test_seed_meets_targets(model):
    result = seed_events.evaluate(argparse.Namespace(seed=str(SEED), gold=str(GOLD)), model)
    s = _summary(result)
    assert s["gold figures with right type, value, qualifier"] == 5
    assert s["figures with right perpetrator (by)"] >= 4
    assert s["figures with right source (reported_by)"] == 2
    assert s["not_figures read as figures"] == 0
    assert s["gold events found (actor+verb+target)"] >= 7


def test_missing_files_skip(model, tmp_path):
    result = seed_events.evaluate(argparse.Namespace(seed=str(tmp_path / "nope.txt"), gold=str(GOLD)), model)
    assert "skipped" in result


def test_wrong_actor_is_a_miss(seed_enriched, gold):
    wrong = seed_enriched.model_copy(deep=True)
    for event in wrong.events:
        event.actor = "country:EGY"
    scored = seed_events.score_events(wrong, gold)
    assert not scored["found"] and len(scored["missed"]) == len(gold["events"])


def test_qualifier_alias(seed_enriched, gold):
    rows = seed_events.score_figures(seed_enriched, gold)["rows"]
    assert next(r for r in rows if r["gold"] == "F3")["found"]  # gold says vague_plural, we say vague
