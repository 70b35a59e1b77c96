"""`wirestream bench`: throughput and latency of bare spaCy, offline enrichment, and the worker through Kafka."""

from __future__ import annotations

import argparse
import shlex
import sys
import time
from collections.abc import Callable
from pathlib import Path

import orjson

from service.bench_corpus import CorpusMissing, load_corpus
from service.bench_report import Stage, cpu_ratios, machine, stage_table, target_table, targets
from schemas import Article
from service.settings import Settings


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _broker(settings: Settings) -> Settings:
    """The configured broker, or the local one started for the run when nothing listens there."""
    from service import kafka_local

    if not kafka_local.is_listening(settings):
        _log(f"no broker at {settings.kafka_bootstrap}; starting the local one")
        _log(kafka_local.up(settings, log=_log))
    return settings


def _worker_counts(text: str) -> list[int]:
    counts = sorted({int(x) for x in text.split(",") if x.strip()})
    if not counts or counts[0] < 1:
        raise ValueError(f"--workers must list positive counts, got {text!r}")
    return counts


def worker_would_enrich(articles: list, settings: Settings) -> tuple[list, int]:
    """The articles the worker enriches rather than dead-letters (size, length, markup, language): every stage uses the
    same texts, and no stage waits for an article that will never come out of the worker."""
    from service.screening import ScreeningRules, screen

    rules = ScreeningRules(max_words=settings.max_article_words)
    kept = [a for a in articles
            if len(a.model_dump_json()) <= settings.max_article_bytes and screen(a, rules=rules) is None]
    return kept, len(articles) - len(kept)


def summed_offline(rounds: list[Stage]) -> Stage:
    """One offline stage's rounds (each measured before a Kafka round) as one stage: everything summed."""
    first = rounds[0]
    note = first.note.replace("1 rounds", f"{len(rounds)} rounds") + (
        "; each round run just before a Kafka round" if len(rounds) > 1 else "")
    return Stage(first.name, sum(r.articles for r in rounds), sum(r.seconds for r in rounds),
                 sum(r.tokens or 0 for r in rounds) or None, sum(r.cpu_seconds or 0.0 for r in rounds) or None,
                 note=note)


def build_report(stages: list[Stage], parity: dict | None, command: str, started: str) -> dict:
    """Everything the run measured, as written to the JSON file."""
    by_name = {s.name: s for s in stages}
    rss = [r for s in stages for r in (s.extra.get("worker_peak_rss_mb") or []) if r is not None]
    peak = max(rss) if rss else None
    return {
        "command": command,
        "started_utc": started,
        "machine": machine(),
        "stages": [s.to_json() for s in stages],
        "parity": parity,
        "worker_peak_rss_mb": peak,
        "targets": [
            {"name": t.name, "value": t.value, "bound": t.bound, "at_most": t.at_most, "met": t.met}
            for t in targets(by_name, peak)
        ],
        "per_cpu_second_ratios": cpu_ratios(by_name),
    }


def render(report: dict, stages: list[Stage]) -> str:
    by_name = {s.name: s for s in stages}
    m = report["machine"]
    lines = [
        f"machine: {m['nproc']} CPUs, {m['memory_mb']} MB, {m['cpu_model']}",
        *([f"load at start: {m['uptime_at_start']}"] if m.get("uptime_at_start") else []),
        f"load at end: {m['uptime']}",
        "",
        stage_table(stages),
        "",
        target_table(targets(by_name, report["worker_peak_rss_mb"])),
    ]
    per_cpu = [f"{name} {value:.2f}" for name, value in report["per_cpu_second_ratios"].items() if value]
    if per_cpu:
        lines += ["", "per CPU-second of the measured processes: " + "; ".join(per_cpu)]
    for stage in stages:
        if stage.extra.get("slowest"):
            lines += ["", f"slowest paced articles ({stage.name}): "
                          + ", ".join(f"{x['ms']:.0f} ms ({x['words']} words)" for x in stage.extra["slowest"])]
    if report.get("cpu_seconds_by_component"):
        for label, parts in report["cpu_seconds_by_component"].items():
            lines += ["", f"CPU s by component ({label}, warm): "
                          + ", ".join(f"{k} {v:.2f}" for k, v in parts.items()) + f"; total {sum(parts.values()):.2f}"]
    if report["parity"]:
        p = report["parity"]
        lines += ["", f"parity: {p['identical']}/{p['articles']} articles enrich identically on the optimised path "
                      "and the model as shipped"]
    return "\n".join(lines)


#: Fewest articles in a Kafka burst. Each burst has fixed costs at its start (the first fetch, the first batch) and
#: at its end (one worker finishing its last batch while the other is idle); a 216-story corpus made two-worker
#: bursts of 5 s, whose ratio moved by ±15 % between rounds.
MIN_BURST = 600


def burst_of(articles: list[Article], minimum: int = MIN_BURST) -> list[Article]:
    """The corpus, repeated whole (so the mix of lengths is the same) until it has `minimum` articles; repeats get new
    ids (`<id>~<n>`), since the worker counts each id once."""
    if not articles or len(articles) >= minimum:
        return articles
    copies = -(-minimum // len(articles))
    return articles + [a.model_copy(update={"id": f"{a.id}~{n}"}) for n in range(1, copies) for a in articles]


def run_bench(args: argparse.Namespace, settings: Settings) -> int:
    started = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    load_at_start = machine()["uptime"]
    command = "wirestream " + " ".join(shlex.quote(a) for a in sys.argv[1:]) if sys.argv[1:] else "wirestream bench"
    try:
        articles = load_corpus(args.corpus, args.limit, skipped=(skipped := []))
    except CorpusMissing as exc:
        print(f"wirestream bench: {exc}; skipping (pass --corpus PATH: a folder, or a JSON lines, JSON or CSV file)")
        return 0
    if skipped:
        _log(f"corpus: {len(skipped)} record(s) are not articles and are left out, e.g. "
             + "; ".join(skipped[:3]))
    if not articles:
        print(f"wirestream bench: no readable articles in {args.corpus}; skipping")
        return 0
    articles, screened = worker_would_enrich(articles, settings)
    _log(f"corpus: {len(articles)} articles from {args.corpus}"
         + (f" ({screened} left out: the worker would dead-letter them)" if screened else ""))
    if getattr(args, "memory_passes", 0):
        from service.bench_memory import memory_over_time

        base = settings.model_copy(update={"kafka_bootstrap": args.bootstrap}) if args.bootstrap else settings
        rows = memory_over_time(articles, _broker(base), passes=args.memory_passes, log=_log)
        report = {"command": command, "started_utc": started, "machine": machine(), "memory": rows}
        Path(args.out).write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2))
        print(f"written: {args.out}")
        return 0
    if getattr(args, "tail_probe", 0):
        from service.bench_tail import tail_probe

        base = settings.model_copy(update={"kafka_bootstrap": args.bootstrap}) if args.bootstrap else settings
        probe = tail_probe(articles, _broker(base), runs=args.tail_probe, log=_log)
        _log(f"tail probe: long story {probe['long_story_median_ms']} ms, followers {probe['followers_median_ms']} ms,"
             f" worst follower per run {probe['worst_follower_per_run_median_ms']} ms (medians);"
             f" worst of all {probe['worst_follower_ms']} ms")
        report = {"command": command, "started_utc": started, "machine": machine(), "tail_probe": probe}
        Path(args.out).write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2))
        print(f"written: {args.out}")
        return 0
    stages: list[Stage] = []
    parity = None
    profile = None
    rounds = max(1, args.rounds)
    offline_rounds: list[tuple[Stage, Stage]] = []
    run_offline_round: Callable[[int], None] | None = None
    if not args.skip_offline:
        from service.bench_offline import run_offline
        from service.nlp import load_model

        def run_offline_round(round_no: int) -> None:
            # Freshly loaded models each round: each Kafka round starts new workers with cold caches (the lemma
            # cache, the attribute ruler's table), so the offline reference starts the same way instead of reusing
            # models that have already read these very texts.
            nonlocal parity
            plain, fast = load_model(settings.model, fast=False), load_model(settings.model)
            bare, offline, same = run_offline(articles, plain, fast, batch_size=settings.batch_size, rounds=1, log=_log,
                                             first_round=round_no + 1)
            offline_rounds.append((bare, offline))
            parity = parity or same

        if args.profile:
            from service.bench_offline import component_profile

            plain, fast = load_model(settings.model, fast=False), load_model(settings.model)
            profile = {label: component_profile(articles, m, batch_size=settings.batch_size)
                       for label, m in (("model as shipped", plain), ("optimised", fast))}
            del plain, fast
    kafka_stages: list[Stage] = []
    if not args.skip_kafka:
        from service.bench_kafka import run_kafka

        base = settings.model_copy(update={"kafka_bootstrap": args.bootstrap}) if args.bootstrap else settings
        kafka_articles = articles[: args.kafka_limit] if args.kafka_limit else burst_of(articles)
        if len(kafka_articles) > len(articles):
            _log(f"kafka bursts: the corpus {len(kafka_articles) // len(articles)} times over ({len(kafka_articles)}"
                 f" articles, new ids), so that a burst outlasts its start and end")
        # Offline and Kafka rounds alternate, so a machine that is slower in one stretch of the run (a shared host)
        # slows every stage alike and the ratios of record compare like with like.
        kafka_stages = run_kafka(kafka_articles, _broker(base), workers=_worker_counts(args.workers),
                                 paced_seconds=args.paced_seconds, rounds=rounds, log=_log,
                                 before_round=run_offline_round)
    elif run_offline_round is not None:
        for round_no in range(rounds):
            run_offline_round(round_no)
    if offline_rounds:
        stages += [summed_offline([r[i] for r in offline_rounds]) for i in (0, 1)]
    stages += kafka_stages
    report = build_report(stages, parity, command, started)
    report["machine"]["uptime_at_start"] = load_at_start
    if profile:
        report["cpu_seconds_by_component"] = profile
    Path(args.out).write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2))
    print(render(report, stages))
    print(f"\nwritten: {args.out}")
    return 0
