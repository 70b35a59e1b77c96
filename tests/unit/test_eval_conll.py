"""The CoNLL scorer: document text and gold spans from IOB1, exact-match scoring, and a clean skip without data."""

from __future__ import annotations

import argparse

from service.evaluation.conll import evaluate, read_conll, score

SAMPLE = """-DOCSTART- -X- O O

EU NNP I-NP I-ORG
rejects VBZ I-VP O
German JJ I-NP I-MISC
call NN I-NP O
. . O O

Peter NNP I-NP I-PER
Blackburn NNP I-NP I-PER
met VBD I-VP O
John NNP I-NP I-PER
Smith NNP I-NP B-PER
in IN I-PP O
New NNP I-NP I-LOC
York NNP I-NP I-LOC
. . O O

-DOCSTART- -X- O O

Leeds NNP I-NP I-ORG
2 CD I-NP O
Everton NNP I-NP I-ORG
1 CD I-NP O
"""


def test_read_conll_builds_text_and_iob1_spans(tmp_path):
    path = tmp_path / "sample.conll"
    path.write_text(SAMPLE, encoding="utf-8")
    docs = read_conll(path)
    assert len(docs) == 2
    text = docs[0].text
    assert text == "EU rejects German call .\nPeter Blackburn met John Smith in New York ."
    spans = sorted((text[s:e], t) for s, e, t in docs[0].gold)
    # B-PER after I-PER starts a second person: "John" and "Smith" are two entities.
    assert spans == sorted([("EU", "ORG"), ("German", "MISC"), ("Peter Blackburn", "PER"), ("John", "PER"),
                            ("Smith", "PER"), ("New York", "LOC")])


def test_score_is_exact_match_per_type():
    gold = [{(0, 2, "ORG"), (3, 8, "PER")}]
    pred = [{(0, 2, "ORG"), (3, 9, "PER"), (10, 12, "LOC")}]
    result = score(gold, pred)
    assert result["ORG"]["f1"] == 1.0
    assert result["PER"]["f1"] == 0.0
    assert result["overall"]["precision"] == round(1 / 3, 4)
    assert result["overall"]["recall"] == 0.5


def test_missing_data_is_skipped_with_a_message(model, tmp_path):
    result = evaluate(argparse.Namespace(conll=str(tmp_path / "missing.testa")), model)
    assert "skipped" in result and "missing.testa" in result["skipped"]


def test_evaluate_reports_enriched_and_raw(model, tmp_path):
    path = tmp_path / "sample.conll"
    path.write_text(SAMPLE, encoding="utf-8")
    result = evaluate(argparse.Namespace(conll=str(path)), model)
    assert set(result["enriched"]) == {"PER", "ORG", "LOC", "MISC", "overall"}
    assert result["enriched"]["overall"]["gold"] == 8
    # Results lines name clubs: the enrichment gets both teams as organisations.
    assert result["enriched"]["ORG"]["recall"] >= result["raw"]["ORG"]["recall"]
    metrics = [row[0] for row in result["summary"]]
    assert "enriched F1 overall" in metrics and "raw model F1 overall" in metrics
