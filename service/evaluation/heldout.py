"""Held-out news paragraphs (written for the project, in tests/fixtures) vs their expected actors: actor precision
and recall by id (kind is part of the id; country where the fixture gives one), mention minimums, not-actor
violations and quote speakers. Text the enrichment rules were not tuned on."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from schemas import Article, EnrichedArticle
from service.nlp import Model

DEFAULT_FIXTURE = Path(__file__).resolve().parent.parent.parent / "tests" / "fixtures" / "heldout_actors.json"


def _norm(text: str) -> str:
    text = " ".join(text.lower().replace("’", "'").split())
    return text[4:] if text.startswith("the ") else text


def score_article(expected: dict, enriched: EnrichedArticle) -> dict:
    """Matched / missed / spurious actor ids of one article, and its violations and quote speakers."""
    by_id = {a.id: a for a in enriched.actors}
    optional = set(expected.get("optional", []))
    gold_ids = {row["id"] for row in expected["actors"]}
    matched, wrong_country, missed, short = [], [], [], []
    for row in expected["actors"]:
        actor = by_id.get(row["id"])
        if actor is None:
            missed.append(row["id"])
            continue
        if "country" in row and actor.country != row["country"]:
            wrong_country.append({"id": row["id"], "country": actor.country, "expected": row["country"]})
            continue
        matched.append(row["id"])
        if len(actor.mentions) < row.get("min_mentions", 1):
            short.append({"id": row["id"], "mentions": len(actor.mentions), "min": row["min_mentions"]})
    spurious = [{"id": a.id, "mentions": [m.text for m in a.mentions]}
                for a in enriched.actors if a.id not in gold_ids and a.id not in optional]
    violations = []
    for bad in expected.get("not_actors", []):
        text, kind = (bad, None) if isinstance(bad, str) else (bad["text"], bad.get("as_kind"))
        for actor in enriched.actors:
            if kind is not None and actor.kind != kind:
                continue
            if _norm(actor.name) == _norm(text) or any(_norm(m.text) == _norm(text) for m in actor.mentions):
                violations.append({"text": text, "actor": actor.id})
    quotes = []
    for row in expected.get("quotes", []):
        quote = next((q for q in enriched.quotes if _norm(q.text).startswith(_norm(row["starts"]))), None)
        speaker = quote.speaker if quote else None
        quotes.append({"starts": row["starts"], "speaker": speaker, "expected": row["speaker"],
                       "ok": speaker == row["speaker"]})
    return {"id": expected["id"], "matched": matched, "wrong_country": wrong_country, "missed": missed,
            "spurious": spurious, "short_of_mentions": short, "not_actor_violations": violations, "quotes": quotes}


def score(fixture: dict, enriched: dict[str, EnrichedArticle]) -> dict:
    """Micro-averaged over the fixture's articles; `enriched` maps article id → its enrichment."""
    articles = [score_article(a, enriched[a["id"]]) for a in fixture["articles"]]
    gold = sum(len(a["actors"]) for a in fixture["articles"])
    tp = sum(len(r["matched"]) for r in articles)
    predicted = tp + sum(len(r["spurious"]) + len(r["wrong_country"]) for r in articles)
    quotes = [q for r in articles for q in r["quotes"]]
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    return {
        "articles": articles,
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "gold": gold,
        "matched": tp,
        "min_mentions_short": sum(len(r["short_of_mentions"]) for r in articles),
        "not_actor_violations": sum(len(r["not_actor_violations"]) for r in articles),
        "quotes_ok": sum(1 for q in quotes if q["ok"]),
        "quotes": len(quotes),
    }


def evaluate(args: argparse.Namespace, model: Model) -> dict:
    from service.enrichment import enrich_many

    path = Path(getattr(args, "heldout", None) or DEFAULT_FIXTURE)
    if not path.is_file():
        return {"skipped": f"held-out fixture not found at {path}"}
    fixture = json.loads(path.read_text(encoding="utf-8"))
    articles = [Article.model_validate({"id": a["id"], "text": a["text"]}) for a in fixture["articles"]]
    enriched = {e.article_id: e for e in enrich_many(articles, model=model)}
    result = score(fixture, enriched)
    result["summary"] = [
        ("articles", len(articles), None),
        ("actor precision (id, kind, country)", result["precision"], None),
        ("actor recall (id, kind, country)", result["recall"], None),
        ("actor F1", result["f1"], None),
        ("actors short of min_mentions", result["min_mentions_short"], None),
        ("not_actors violations", result["not_actor_violations"], 0),
        ("quote speakers right", f"{result['quotes_ok']}/{result['quotes']}", None),
    ]
    return result
