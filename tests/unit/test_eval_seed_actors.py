"""The seed scorer: the current enrichment meets the issue's targets, and the scorer catches what goes wrong."""

from __future__ import annotations

import argparse

from schemas import Actor, Mention
from service.evaluation.seed_actors import evaluate, score_actors


def test_seed_targets_met(model):
    result = evaluate(argparse.Namespace(seed=None, gold=None), model)
    assert result["passed"], result["summary"]
    rows = {metric: value for metric, value, _ in result["summary"]}
    assert rows["gold actors found with right kind and country"] == "24/24"
    assert rows["not_actors violations"] == 0
    assert rows["quote speakers right"] == "4/4"
    assert int(rows["min_mentions reached"].split("/")[0]) >= 22


def test_missing_files_skip_with_a_message(model, tmp_path):
    result = evaluate(argparse.Namespace(seed=str(tmp_path / "nope.txt"), gold=None), model)
    assert "skipped" in result and "nope.txt" in result["skipped"]


def test_scorer_reports_missed_wrong_kind_violations_and_speakers(seed_enriched, gold):
    broken = seed_enriched.model_copy(deep=True)
    broken.actors = [a for a in broken.actors if a.name != "Hezbollah"]
    egypt = next(a for a in broken.actors if a.id == "country:EGY")
    egypt.kind = "place"
    broken.actors.append(
        Actor(id="place:blinken", name="Blinken", kind="country", country=None,
              mentions=[Mention(start=0, end=7, text="Blinken", label="GPE")])
    )
    for q in broken.quotes:
        q.speaker = None
    result = score_actors(gold, broken)
    rows = {r["gold"]: r for r in result["actors"]}
    assert rows["Hezbollah"]["found"] is False
    assert rows["Egypt"]["kind_ok"] is False
    assert [v["text"] for v in result["not_actor_violations"]] == ["Blinken"]
    assert not any(q["ok"] for q in result["quotes"])
    assert any(s["name"] == "Blinken" for s in result["spurious"])
