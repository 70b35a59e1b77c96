"""Seed article vs its hand-made gold: actors found / missed / spurious with kind, country and role, mention counts
against `min_mentions`, `not_actors` violations, quote speakers, and the article metadata.

A gold actor is matched by canonical name or any alias, case-insensitively (as the gold file says), and a gold
country also by its `country:<alpha-3>` id. A gold row without "country" expects none.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from schemas import Actor, Article, EnrichedArticle
from service.nlp import Model

TARGETS = {"found": 24, "min_mentions": 22, "not_actors": 0, "quotes": 4}


def _norm(text: str) -> str:
    text = " ".join(text.lower().replace("’", "'").split())
    return text[4:] if text.startswith("the ") else text


def _names(row: dict) -> set[str]:
    return {_norm(row["canonical"]), *(_norm(a) for a in row.get("aliases", []))}


def match_actor(row: dict, actors: list[Actor]) -> Actor | None:
    names = _names(row)
    for actor in actors:
        if _norm(actor.name) in names:
            return actor
    if row.get("kind") == "country" and row.get("country"):
        return next((a for a in actors if a.id == f"country:{row['country']}"), None)
    return None


def _role_ok(row: dict, actor: Actor) -> bool | None:
    if "role" not in row:
        return None
    want = _norm(row["role"])
    return any(want == _norm(r) or want in _norm(r) or _norm(r) in want for r in actor.roles)


def score_actors(gold: dict, enriched: EnrichedArticle) -> dict:
    actors = enriched.actors
    by_id = {a.id: a for a in actors}
    rows = []
    matched: set[str] = set()
    for row in gold["actors"]:
        actor = match_actor(row, actors)
        if actor is None:
            rows.append({"gold": row["canonical"], "found": False})
            continue
        matched.add(actor.id)
        rows.append({
            "gold": row["canonical"],
            "found": True,
            "id": actor.id,
            "kind": actor.kind,
            "kind_ok": actor.kind == row["kind"],
            "country": actor.country,
            "country_ok": actor.country == row.get("country"),
            "mentions": len(actor.mentions),
            "min_mentions": row.get("min_mentions", 1),
            "mentions_ok": len(actor.mentions) >= row.get("min_mentions", 1),
            "roles": actor.roles,
            "role_ok": _role_ok(row, actor),
        })
    spurious = [{"id": a.id, "name": a.name, "kind": a.kind, "country": a.country,
                 "mentions": [m.text for m in a.mentions]} for a in actors if a.id not in matched]
    violations = []
    for bad in gold.get("not_actors", []):
        text = _norm(bad["text"])
        kind = bad.get("as_kind")
        for actor in actors:
            if kind is not None and actor.kind != kind:
                continue
            hits = [m.text for m in actor.mentions if _norm(m.text) == text]
            if _norm(actor.name) == text or hits:
                violations.append({"text": bad["text"], "actor": actor.id, "kind": actor.kind, "mentions": hits})
    quotes = []
    for row in gold.get("quotes", []):
        start = _norm(row["starts"])
        quote = next((q for q in enriched.quotes if _norm(q.text).startswith(start)), None)
        speaker = by_id.get(quote.speaker) if quote and quote.speaker else None
        quotes.append({
            "starts": row["starts"],
            "gold_speaker": row["speaker"],
            "found": quote is not None,
            "speaker": speaker.name if speaker else (quote.speaker if quote else None),
            "ok": bool(speaker and _norm(speaker.name) in {_norm(row["speaker"])}),
        })
    return {"actors": rows, "spurious": spurious, "not_actor_violations": violations, "quotes": quotes}


def _metadata(gold: dict, enriched: EnrichedArticle) -> dict:
    want = gold.get("article", {})
    meta = enriched.meta
    got = {
        "published": meta.published.isoformat() if meta.published else None,
        "dateline": meta.dateline,
        "authors": meta.authors,
        "editors": meta.editors,
    }
    return {"expected": {k: want.get(k) for k in got}, "got": got, "ok": all(got[k] == want.get(k) for k in got if k in want)}


def evaluate(args: argparse.Namespace, model: Model) -> dict:
    from service.enrichment import enrich
    from service.evaluation import DEFAULT_GOLD, DEFAULT_SEED
    from service.sources import article_from_text

    seed = Path(getattr(args, "seed", None) or DEFAULT_SEED)
    gold_path = Path(getattr(args, "gold", None) or DEFAULT_GOLD)
    for path, what in ((seed, "seed article"), (gold_path, "gold annotation")):
        if not path.is_file():
            return {"skipped": f"{what} not found at {path}"}
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = Article.model_validate(article_from_text(seed.read_text(encoding="utf-8"), name=seed.name))
    enriched = enrich(article, model=model)
    result = score_actors(gold, enriched)
    rows = result["actors"]
    n = len(rows)
    right = sum(1 for r in rows if r["found"] and r["kind_ok"] and r["country_ok"])
    counted = sum(1 for r in rows if r["found"] and r["mentions_ok"])
    with_role = [r for r in rows if r.get("role_ok") is not None]
    quotes_ok = sum(1 for q in result["quotes"] if q["ok"])
    metadata = _metadata(gold, enriched)
    summary = [
        ("gold actors found with right kind and country", f"{right}/{n}", f"{TARGETS['found']}/{n}"),
        ("gold actors found (any kind/country)", f"{sum(1 for r in rows if r['found'])}/{n}", None),
        ("min_mentions reached", f"{counted}/{n}", f">= {TARGETS['min_mentions']}/{n}"),
        ("not_actors violations", len(result["not_actor_violations"]), TARGETS["not_actors"]),
        ("quote speakers right", f"{quotes_ok}/{len(result['quotes'])}", f"{TARGETS['quotes']}/{len(result['quotes'])}"),
        ("gold roles attached", f"{sum(1 for r in with_role if r['role_ok'])}/{len(with_role)}", None),
        ("spurious actors (not in gold)", len(result["spurious"]), None),
        ("article metadata right (date, dateline, credits)", metadata["ok"], True),
    ]
    passed = (right == n and counted >= TARGETS["min_mentions"] and not result["not_actor_violations"]
              and quotes_ok == len(result["quotes"]))
    return {"seed": str(seed), "gold": str(gold_path), "passed": passed, "summary": summary, "metadata": metadata, **result}
