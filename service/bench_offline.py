"""Offline benchmark stages: bare spaCy `nlp.pipe` (the reference) and `enrich_many`, side by side, plus parity."""

from __future__ import annotations

import time
from collections.abc import Callable

from schemas import Article
from service.bench_report import Stage
from service.enrichment.core import comparable, enrich_doc, enrich_many, parse_input
from service.nlp import Model


def _timed(run: Callable[[], object]) -> tuple[object, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    out = run()
    return out, time.perf_counter() - wall, time.process_time() - cpu


def run_offline(articles: list[Article], plain: Model, fast: Model, *, batch_size: int, rounds: int = 2,
                chunk: int = 25, log: Callable[[str], None] = print, first_round: int = 1) -> tuple[Stage, Stage, dict]:
    """Bare spaCy (full pipeline as shipped, no enrichment) and offline enrichment over the same texts, interleaved.

    The corpus goes through both in chunks of `chunk` articles, alternating, `rounds` times; each stage's time is
    summed over its chunks. On a shared machine the load then falls on both stages alike, and their ratio (the
    figure of record) is fair. Also returns how many articles enrich identically on both paths.
    """
    texts = [a.text for a in articles]
    # Warm-up outside the clock: lazy gazetteers, first-call allocations.
    list(plain.nlp.pipe(texts[:5]))
    list(enrich_many(articles[:5], model=fast, batch_size=batch_size))
    bare_wall = bare_cpu = enrich_wall = enrich_cpu = 0.0
    docs: list = []
    enriched: list = []
    for round_no in range(1, rounds + 1):
        docs, enriched = [], []
        for lo in range(0, len(articles), chunk):
            part = articles[lo : lo + chunk]
            # The model as shipped, given the tokenised input the service gives it (core.parse_input: the same tokens;
            # a sentence set to start after a wire dateline), so that parity below compares like with like.
            out, wall, cpu = _timed(lambda: list(plain.nlp.pipe(parse_input(plain.nlp, a.text) for a in part)))  # noqa: B023
            docs.extend(out)  # type: ignore[arg-type]
            bare_wall, bare_cpu = bare_wall + wall, bare_cpu + cpu
            out, wall, cpu = _timed(lambda: list(enrich_many(part, model=fast, batch_size=batch_size)))  # noqa: B023
            enriched.extend(out)  # type: ignore[arg-type]
            enrich_wall, enrich_cpu = enrich_wall + wall, enrich_cpu + cpu
        log(f"  offline round {first_round + round_no - 1}: bare spaCy {bare_wall:.1f}s, enrichment {enrich_wall:.1f}s so far")
    tokens = sum(len(d) for d in docs) * rounds
    n = len(articles) * rounds
    bare = Stage("bare_spacy", n, bare_wall, tokens, bare_cpu,
                 note=f"nlp.pipe, full pipeline as shipped; {rounds} rounds interleaved in chunks of {chunk}")
    offline = Stage("offline_enrichment", n, enrich_wall, tokens, enrich_cpu,
                    note=f"enrich_many batch {batch_size}; interleaved with the line above")
    # Parity: the plain pipeline's docs through the same enrichment code must give the same output.
    differ = [a.id for a, d, e in zip(articles, docs, enriched, strict=True)
              if comparable(enrich_doc(a, d, plain)) != comparable(e)]
    parity = {"articles": len(articles), "identical": len(articles) - len(differ), "differing_ids": differ[:20]}
    return bare, offline, parity


def component_profile(articles: list[Article], model: Model, *, batch_size: int) -> dict[str, float]:
    """CPU seconds per pipeline component (each component's `pipe` over all docs in turn), then the enrichment code."""
    docs = [model.nlp.make_doc(a.text) for a in articles]
    out: dict[str, float] = {}
    for name, component in model.nlp.pipeline:
        docs, _, cpu = _timed(lambda: list(component.pipe(docs, batch_size=batch_size)))  # type: ignore[assignment]  # noqa: B023
        out[name] = round(cpu, 3)
    _, _, cpu = _timed(lambda: [enrich_doc(a, d, model) for a, d in zip(articles, docs, strict=True)])
    out["enrichment code"] = round(cpu, 3)
    return out
