"""Offline benchmark stages: bare spaCy `nlp.pipe` (the reference) and `enrich_many`, side by side, plus parity."""

from __future__ import annotations

import time
from collections.abc import Callable

from schemas import Article
from service.bench_report import Stage
from service.enrichment.core import comparable, enrich_doc, enrich_many
from service.nlp import Model


def _timed(run: Callable[[], object]) -> tuple[object, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    out = run()
    return out, time.perf_counter() - wall, time.process_time() - cpu


def run_offline(articles: list[Article], plain: Model, fast: Model, *, batch_size: int, rounds: int = 2,
                log: Callable[[str], None] = print) -> tuple[Stage, Stage, dict]:
    """Bare spaCy (full pipeline as shipped, no enrichment) and offline enrichment, alternated `rounds` times.

    Alternating and keeping each stage's fastest round spreads the load of a shared machine over both stages; the
    ratio of the two is the figure of record. Also returns how many articles enrich identically on both paths.
    """
    texts = [a.text for a in articles]
    # Warm-up outside the clock: lazy gazetteers, first-call allocations.
    list(plain.nlp.pipe(texts[:3]))
    list(enrich_many(articles[:3], model=fast, batch_size=batch_size))
    bare_best: tuple[float, float] | None = None
    enrich_best: tuple[float, float] | None = None
    docs: list = []
    enriched: list = []
    for round_no in range(1, rounds + 1):
        docs, wall, cpu = _timed(lambda: list(plain.nlp.pipe(texts)))  # type: ignore[assignment]
        log(f"  round {round_no}: bare spaCy {len(texts)} articles in {wall:.1f}s")
        bare_best = min(bare_best or (wall, cpu), (wall, cpu))
        enriched, wall, cpu = _timed(lambda: list(enrich_many(articles, model=fast, batch_size=batch_size)))  # type: ignore[assignment]
        log(f"  round {round_no}: enrichment {len(articles)} articles in {wall:.1f}s")
        enrich_best = min(enrich_best or (wall, cpu), (wall, cpu))
    assert bare_best and enrich_best
    tokens = sum(len(d) for d in docs)
    bare = Stage("bare_spacy", len(texts), bare_best[0], tokens, bare_best[1],
                 note=f"nlp.pipe, full pipeline as shipped, best of {rounds}")
    offline = Stage("offline_enrichment", len(articles), enrich_best[0], tokens, enrich_best[1],
                    note=f"enrich_many batch {batch_size}, best of {rounds}")
    # Parity: the plain pipeline's docs through the same enrichment code must give the same output.
    differ = [a.id for a, d, e in zip(articles, docs, enriched, strict=True)
              if comparable(enrich_doc(a, d, plain)) != comparable(e)]
    parity = {"articles": len(articles), "identical": len(articles) - len(differ), "differing_ids": differ[:20]}
    return bare, offline, parity
