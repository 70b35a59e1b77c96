"""Seed suite for figures and events: the enriched seed article against the gold annotation (tests/seed_gold.json)."""

from __future__ import annotations

import argparse
from pathlib import Path

import orjson

from schemas import Article, EnrichedArticle
from service.nlp import Model

# The gold calls "scores of" vague_plural and a holder of hostages held_by; our schema says vague and by.
_QUALIFIER_ALIASES = {"vague_plural": "vague"}


def _names(enriched: EnrichedArticle) -> dict[str, set[str]]:
    """Actor id → every lower-cased way the article names it (name, mentions, id key)."""
    out: dict[str, set[str]] = {}
    for actor in enriched.actors:
        names = {actor.name.lower(), actor.id.lower(), actor.id.split(":", 1)[-1].replace("-", " ").lower()}
        names.update(m.text.lower() for m in actor.mentions)
        if actor.country and actor.kind == "country":
            names.add(actor.country.lower())
        out[actor.id] = names
    return out


def _gold_names(gold: dict) -> dict[str, set[str]]:
    out = {}
    for actor in gold.get("actors", []):
        names = {actor["canonical"].lower(), *(a.lower() for a in actor.get("aliases", []))}
        if actor.get("kind") == "country" and actor.get("country"):
            names.add(actor["country"].lower())
        out[actor["canonical"]] = names
    return out


def same_actor(predicted: str | None, canonical: str | None, names: dict[str, set[str]], gold_names: dict[str, set[str]]) -> bool:
    """True when our actor id names the gold canonical actor (by canonical name or any alias, case-insensitively)."""
    if predicted is None or canonical is None:
        return predicted is None and canonical is None
    ours = names.get(predicted, {predicted.lower()})
    theirs = gold_names.get(canonical, {canonical.lower()})
    return bool(ours & theirs)


def _figure_match(fig, gold_fig: dict) -> bool:
    qualifier = _QUALIFIER_ALIASES.get(gold_fig["qualifier"], gold_fig["qualifier"])
    value = gold_fig.get("value")
    return fig.type == gold_fig["type"] and fig.qualifier == qualifier and (
        fig.value == value if value is not None else fig.value is None
    )


def score_figures(enriched: EnrichedArticle, gold: dict) -> dict:
    names, gold_names = _names(enriched), _gold_names(gold)
    rows, used = [], set()
    for g in gold.get("figures", []):
        match = next((f for f in enriched.figures if f.id not in used and _figure_match(f, g)), None)
        if match is None:  # type or value or qualifier wrong: report the nearest figure by text
            rows.append({"gold": g["id"], "found": False})
            continue
        used.add(match.id)
        perpetrator = g.get("by") or g.get("held_by")
        rows.append({
            "gold": g["id"], "found": True, "text": match.text,
            "by": same_actor(match.by, perpetrator, names, gold_names) if perpetrator else None,
            "reported_by": same_actor(match.reported_by, g["reported_by"], names, gold_names) if g.get("reported_by") else None,
            "predicted": match.model_dump(include={"type", "value", "qualifier", "by", "reported_by", "where", "when"}),
        })
    false = [
        nf["text"] for nf in gold.get("not_figures", [])
        if any(nf["text"].lower() in f.text.lower() or f.text.lower() == nf["text"].lower() for f in enriched.figures)
    ]
    return {"rows": rows, "not_figures_found": false, "predicted": len(enriched.figures)}


def score_events(enriched: EnrichedArticle, gold: dict) -> dict:
    """A gold event is found when a predicted event has its actor and verb and names one of its targets."""
    names, gold_names = _names(enriched), _gold_names(gold)
    matched: set[str] = set()
    found, missed = [], []
    for g in gold.get("events", []):
        targets = g.get("target") or []
        targets = [targets] if isinstance(targets, str) else targets
        candidates = [
            e for e in enriched.events
            if e.verb == g["verb"] and same_actor(e.actor, g["actor"], names, gold_names)
            and (not targets or any(same_actor(t, gt, names, gold_names) for t in e.target for gt in targets))
        ]
        # one gold event, one prediction: unused ones first, then those whose mode the gold's detail mentions
        detail = g.get("detail", "").lower()
        candidates.sort(key=lambda e: (e.id in matched, bool(g.get("figures")) and not e.figures,
                                       not (e.mode and e.mode.split()[0][:5] in detail)))
        hit = candidates[0] if candidates else None
        label = f"{g['actor']} {g['verb']} {', '.join(targets)}"
        if hit is None:
            missed.append(label)
        else:
            matched.add(hit.id)
            found.append({"gold": label, "event": f"{hit.actor} {hit.verb}/{hit.mode} {hit.target}", "text": hit.text})
    spurious = [f"{e.actor} {e.verb}/{e.mode} {e.target}: {e.text[:80]}" for e in enriched.events if e.id not in matched]
    return {"found": found, "missed": missed, "spurious": spurious}


def evaluate(args: argparse.Namespace, model: Model) -> dict:
    from service.enrichment import enrich
    from service.evaluation import DEFAULT_GOLD, DEFAULT_SEED
    from service.sources import article_from_text

    seed = Path(getattr(args, "seed", None) or DEFAULT_SEED)
    gold_path = Path(getattr(args, "gold", None) or DEFAULT_GOLD)
    if not seed.exists() or not gold_path.exists():
        return {"skipped": f"seed {seed} or gold {gold_path} not found"}
    gold = orjson.loads(gold_path.read_bytes())
    article = Article.model_validate(article_from_text(seed.read_text(encoding="utf-8"), name=seed.name))
    enriched = enrich(article, model=model)
    figures, events = score_figures(enriched, gold), score_events(enriched, gold)
    rows = figures["rows"]
    with_rep = [r for r in rows if r.get("reported_by") is not None]
    return {
        "summary": [
            ("gold figures with right type, value, qualifier", sum(r["found"] for r in rows), f"{len(rows)}/{len(rows)}"),
            ("figures with right perpetrator (by)", sum(1 for r in rows if r.get("by")), ">= 4"),
            ("figures with right source (reported_by)", sum(1 for r in with_rep if r["reported_by"]), f"{len(with_rep)}"),
            ("not_figures read as figures", len(figures["not_figures_found"]), 0),
            ("figures predicted", figures["predicted"], None),
            ("gold events found (actor+verb+target)", len(events["found"]), ">= 7 of 10"),
            ("gold events missed", len(events["missed"]), None),
            ("events not in gold", len(events["spurious"]), None),
        ],
        "figures": figures,
        "events": events,
    }
