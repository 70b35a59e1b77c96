"""The benchmark's pure parts: corpus loading (folder, JSONL, missing), percentiles, stage ratios and the report."""

from __future__ import annotations

import argparse

import orjson
import pytest

from service.bench import build_report, render, run_bench
from service.bench_corpus import CorpusMissing, load_corpus
from service.bench_report import Stage, cpu_ratios, latency_summary, percentile, stage_table, targets
from service.settings import Settings


def _folder(tmp_path, n: int):
    for i in range(n):
        (tmp_path / f"{i:03}.txt").write_text(f"Title number {i}\n\nBody of story {i} about Paris.\n", encoding="utf-8")
    return tmp_path


def test_folder_of_txt_reads_first_line_as_title(tmp_path):
    articles = load_corpus(_folder(tmp_path, 3))
    assert [a.title for a in articles] == ["Title number 0", "Title number 1", "Title number 2"]
    assert all(a.id for a in articles)


def test_nested_folders_like_bbc_are_read(tmp_path):
    for topic in ("business", "sport"):
        (tmp_path / topic).mkdir()
        _folder(tmp_path / topic, 2)
    (tmp_path / "README.TXT").write_text("not an article", encoding="utf-8")
    assert len(load_corpus(tmp_path)) == 2  # same texts in both folders are one article each


def test_jsonl_file(tmp_path):
    path = tmp_path / "news.jsonl"
    rows = [{"id": f"a{i}", "text": f"Story {i}."} for i in range(4)] + [{"text": ""}, "not an object"]
    path.write_bytes(b"\n".join(orjson.dumps(r) for r in rows) + b"\nnot json\n")
    assert [a.id for a in load_corpus(path)] == ["a0", "a1", "a2", "a3"]


def test_duplicates_dropped_and_limit_samples_evenly(tmp_path):
    path = tmp_path / "news.jsonl"
    rows = [{"id": f"a{i}", "text": f"Story {i}."} for i in range(10)] + [{"id": "a0", "text": "again"}]
    path.write_bytes(b"\n".join(orjson.dumps(r) for r in rows))
    assert [a.id for a in load_corpus(path, limit=5)] == ["a0", "a2", "a4", "a6", "a8"]
    assert len(load_corpus(path, limit=100)) == 10


def test_missing_corpus_raises_and_bench_skips_cleanly(tmp_path, capsys):
    with pytest.raises(CorpusMissing):
        load_corpus(tmp_path / "nowhere")
    args = argparse.Namespace(corpus=str(tmp_path / "nowhere"), limit=10, out=str(tmp_path / "out.json"))
    assert run_bench(args, Settings()) == 0
    assert "skipping" in capsys.readouterr().out
    assert not (tmp_path / "out.json").exists()


def test_percentile_interpolates_like_numpy():
    values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]
    assert percentile(values, 50) == pytest.approx(55)
    assert percentile(values, 95) == pytest.approx(95.5)
    assert percentile(values, 99) == pytest.approx(99.1)
    assert percentile(values, 0) == 10 and percentile(values, 100) == 100
    assert percentile([7.0], 99) == 7.0
    assert percentile([], 50) is None
    with pytest.raises(ValueError):
        percentile(values, 101)


def test_latency_summary_in_milliseconds():
    summary = latency_summary([0.1, 0.2, 0.3])
    assert summary["p50"] == 200.0 and summary["max"] == 300.0 and summary["n"] == 3


def _stages() -> list[Stage]:
    return [
        Stage("bare_spacy", 100, 10.0, tokens=50_000, cpu_seconds=9.0),
        Stage("offline_enrichment", 100, 5.0, tokens=50_000, cpu_seconds=4.5),
        Stage("kafka_1_worker", 100, 6.0, extra={"worker_peak_rss_mb": [400.0]}),
        Stage("kafka_1_worker_paced", 40, 20.0, latency_ms={"p50": 120.0, "p95": 300.0, "p99": 450.0}),
        Stage("kafka_2_workers", 100, 3.2, extra={"worker_peak_rss_mb": [390.0, 410.0]}),
    ]


def test_targets_are_ratios_of_stages_side_by_side():
    by_name = {s.name: s for s in _stages()}
    got = {t.name: (t.value, t.met) for t in targets(by_name, 410.0)}
    assert got["offline enrichment / bare spaCy"] == (2.0, True)
    assert got["kafka 1 worker / offline enrichment"] == (pytest.approx(0.833, abs=1e-3), False)
    assert got["kafka 2 workers / kafka 1 worker"] == (pytest.approx(1.875), True)
    assert got["p99 latency at half max load (ms)"] == (450.0, True)
    assert got["worker peak RSS (MB)"] == (410.0, True)
    assert all(t.met is None for t in targets({}, None))


def test_report_json_and_table(tmp_path):
    stages = _stages()
    report = build_report(stages, {"articles": 100, "identical": 100, "differing_ids": []}, "wirestream bench", "t")
    assert report["worker_peak_rss_mb"] == 410.0
    assert {"nproc", "memory_mb", "cpu_model", "uptime"} <= set(report["machine"])
    assert [s["name"] for s in report["stages"]] == [s.name for s in stages]
    assert report["stages"][0]["articles_per_second"] == 10.0
    orjson.dumps(report)  # serialisable as written
    text = render(report, stages)
    assert "| offline_enrichment | 100 |" in text
    assert "parity: 100/100" in text
    assert stage_table(stages).count("\n") == len(stages) + 1


def test_cpu_ratios_use_articles_per_cpu_second():
    by_name = {s.name: s for s in _stages()}
    by_name["kafka_1_worker"].cpu_seconds = 5.0
    by_name["kafka_2_workers"].cpu_seconds = 6.0
    got = cpu_ratios(by_name)
    assert got["offline enrichment / bare spaCy"] == pytest.approx(2.0)
    assert got["kafka 1 worker / offline enrichment"] == pytest.approx(20 / (100 / 4.5), abs=1e-3)
    assert got["kafka 2 workers / kafka 1 worker"] == pytest.approx((100 / 6) / 20, abs=1e-3)


def test_articles_the_worker_would_dead_letter_are_left_out():
    from schemas import Article
    from service.bench import worker_would_enrich

    english = Article(text="The minister said on Tuesday that talks with the union would resume next week in London.")
    french = Article(text="Le président de la République a annoncé mardi une nouvelle réforme des retraites, "
                          "qui suscite de vives critiques des syndicats et de l'opposition à Paris.")
    too_long = Article(text="word " * 50)
    kept, left_out = worker_would_enrich([english, french, too_long], Settings(max_article_words=20))
    assert kept == [english] and left_out == 2


def test_other_corpora_name_their_text_differently(tmp_path):
    path = tmp_path / "other.jsonl"
    path.write_text(
        '{"id": "c1", "headline": "Storm", "article": "A storm hit the coast on Monday."}\n'
        '{"id": "c2", "content": "Markets fell in Tokyo."}\n'
        '{"id": "c3", "text": "Plain records still work."}\n'
        '{"id": "c4", "summary": "no body at all"}\n',
        encoding="utf-8",
    )
    articles = load_corpus(path)
    assert [(a.id, a.text, a.title) for a in articles] == [
        ("c1", "A storm hit the coast on Monday.", "Storm"),
        ("c2", "Markets fell in Tokyo.", None),
        ("c3", "Plain records still work.", None),
    ]


def test_other_corpora_fields_and_types_are_read_and_what_is_not_is_reported(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text("id,headline,content,date\n"
                    "101,Floods,Heavy rain flooded the valley.,2024-05-01\n"
                    "102,Storm,A storm hit the coast.,\"Mon, 2 Jul 2018\"\n"
                    "103,Empty,,2024-05-03\n", encoding="utf-8")
    jl = tmp_path / "more.jsonl"
    jl.write_bytes(orjson.dumps({"id": 7, "article": "A story with a numeric id.", "published_at": "yesterday"})
                   + b"\nnot json\n")
    skipped: list[str] = []
    articles = load_corpus(path, skipped=skipped) + load_corpus(jl, skipped=skipped)
    assert [(a.id, a.title) for a in articles] == [("101", "Floods"), ("102", "Storm"), ("7", None)]
    assert articles[2].published_at is None  # an unreadable date is left out, the article kept
    assert len(skipped) == 2
    assert skipped[0].startswith(f"{path}:4: text") and "not JSON" in skipped[1]


def test_a_burst_is_spread_over_the_partitions_by_words():
    from schemas import Article
    from service.bench_kafka import spread, words_per_partition

    articles = [Article(id=str(i), text=" ".join(["w"] * n)) for i, n in enumerate([500, 100, 100, 100, 100, 90, 10])]
    targets = spread(articles, 2)
    assert targets[:2] == [0, 1]  # each partition gets an article at once (the warm-up relies on it)
    assert words_per_partition(articles, targets) == [500, 500]
    assert spread(articles[:3], 1) == [0, 0, 0]


def test_the_tail_probe_sends_the_longest_story_then_ordinary_ones_new_each_run():
    from schemas import Article
    from service.bench_tail import probe_sequences

    articles = [Article(id=f"a{i}", text=" ".join(["w"] * n)) for i, n in enumerate([300] * 14 + [2000, 100])]
    runs = probe_sequences(articles, runs=2, followers=6)
    assert [len(r) for r in runs] == [7, 7]
    assert all(len(r[0].text.split()) == 2000 for r in runs)
    assert {a.id for a in runs[0][1:]}.isdisjoint({a.id for a in runs[1][1:]})
    assert len({a.id for r in runs for a in r}) == 14  # ids are new in each run


def test_a_small_corpus_is_repeated_whole_for_the_kafka_bursts():
    from schemas import Article
    from service.bench import burst_of

    corpus = [Article(id=f"a{i}", text="w " * (i + 1)) for i in range(250)]
    burst = burst_of(corpus, minimum=600)
    assert len(burst) == 750 and burst[:250] == corpus  # three whole copies: the same mix of lengths
    assert len({a.id for a in burst}) == 750 and burst[250].id == "a0~1" and burst[250].text == corpus[0].text
    assert burst_of(corpus, minimum=100) is corpus
