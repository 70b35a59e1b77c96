"""CoNLL-2003 entity quality: mention-level precision / recall / F1 per type, for the enrichment and the raw model.

How a document is scored (as issue #3 fixes it): each document's text is its tokens joined by single spaces and its
sentences joined by newlines; gold entities come from the IOB1 tags; predictions are mapped PERSON→PER, ORG→ORG,
GPE/LOC/FAC→LOC, NORP/EVENT/PRODUCT/WORK_OF_ART/LAW/LANGUAGE→MISC (other labels are dropped); a prediction counts
only on an exact (start, end, type) match.

"enriched" scores what the service publishes: every mention of every actor, with the label the actor resolution
gave it, plus the document's non-actor named entities (EVENT, PRODUCT, WORK_OF_ART, LAW, LANGUAGE, which are
never actors but are MISC in CoNLL) as `service.enrichment.actors.other_entities` returns them. "raw" scores the
model's own `doc.ents` on the same text, so one run shows both.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from service.enrichment.core import parse_input
from service.nlp import Model

LABEL_MAP = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
}
TYPES = ("PER", "ORG", "LOC", "MISC")
TARGET_F1 = 0.72
Span3 = tuple[int, int, str]


@dataclass(frozen=True)
class ConllDoc:
    text: str
    gold: frozenset[Span3]


def _gold_spans(tokens: list[tuple[int, int, str]]) -> Iterator[Span3]:
    """IOB1: I-X continues an entity of type X (or starts one after another type or O); B-X always starts one."""
    current: list | None = None
    for start, end, tag in tokens:
        if tag == "O":
            if current:
                yield tuple(current)  # type: ignore[misc]
            current = None
            continue
        prefix, _, kind = tag.partition("-")
        if current and prefix == "I" and current[2] == kind:
            current[1] = end
            continue
        if current:
            yield tuple(current)  # type: ignore[misc]
        current = [start, end, kind]
    if current:
        yield tuple(current)  # type: ignore[misc]


def read_conll(path: Path) -> list[ConllDoc]:
    """One ConllDoc per -DOCSTART- block."""
    docs: list[ConllDoc] = []
    sentences: list[list[tuple[str, str]]] = []
    sentence: list[tuple[str, str]] = []

    def close_doc() -> None:
        if sentence:
            sentences.append(list(sentence))
            sentence.clear()
        if not sentences:
            return
        parts: list[str] = []
        tagged: list[tuple[int, int, str]] = []
        offset = 0
        for i, sent in enumerate(sentences):
            if i:
                parts.append("\n")
                offset += 1
            for j, (token, tag) in enumerate(sent):
                if j:
                    parts.append(" ")
                    offset += 1
                parts.append(token)
                tagged.append((offset, offset + len(token), tag))
                offset += len(token)
            # Entities never cross a sentence boundary.
            tagged.append((offset, offset, "O"))
        docs.append(ConllDoc("".join(parts), frozenset(_gold_spans(tagged))))
        sentences.clear()

    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line.startswith("-DOCSTART-"):
                close_doc()
                continue
            if not line:
                if sentence:
                    sentences.append(list(sentence))
                    sentence.clear()
                continue
            cols = line.split()
            sentence.append((cols[0], cols[-1]))
    close_doc()
    return docs


def _mapped(spans: Iterable[tuple[int, int, str]]) -> set[Span3]:
    return {(s, e, LABEL_MAP[label]) for s, e, label in spans if label in LABEL_MAP}


def score(gold: Iterable[set[Span3] | frozenset[Span3]], predicted: Iterable[set[Span3]]) -> dict[str, dict[str, float]]:
    """Micro-averaged P/R/F1 per type and overall, over documents."""
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g, p in zip(gold, predicted, strict=True):
        for _, _, kind in g:
            n_gold[kind] += 1
        for _, _, kind in p:
            n_pred[kind] += 1
        for _, _, kind in g & p:
            tp[kind] += 1
    out: dict[str, dict[str, float]] = {}
    for kind in (*TYPES, "overall"):
        t = sum(tp.values()) if kind == "overall" else tp[kind]
        ng = sum(n_gold.values()) if kind == "overall" else n_gold[kind]
        npred = sum(n_pred.values()) if kind == "overall" else n_pred[kind]
        p = t / npred if npred else 0.0
        r = t / ng if ng else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[kind] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "gold": ng, "predicted": npred}
    return out


def enriched_spans(text: str, doc, model: Model) -> set[Span3]:
    """What the service publishes for this text, as (start, end, CoNLL type)."""
    from schemas import Article
    from service.enrichment.actors import other_entities
    from service.enrichment.core import enrich_doc

    article = Article.model_validate({"text": text})
    enriched = enrich_doc(article, doc, model)
    spans = [(m.start, m.end, m.label) for a in enriched.actors for m in a.mentions]
    spans += [(m.start, m.end, m.label) for m in other_entities(doc, enriched.actors, nlp=model.nlp)]
    return _mapped(spans)


def evaluate(args: argparse.Namespace, model: Model) -> dict:
    path = Path(getattr(args, "conll", None) or "../shared/data/conll2003/eng.testa")
    if not path.is_file():
        return {"skipped": f"CoNLL-2003 data not found at {path} (pass --conll PATH)"}
    docs = read_conll(path)
    parsed = list(model.nlp.pipe((d.text for d in docs), batch_size=32))  # the raw model: plain texts, as shipped
    gold = [d.gold for d in docs]
    raw = score(gold, [_mapped((e.start_char, e.end_char, e.label_) for e in doc.ents) for doc in parsed])
    # The service's path: its own input preparation (a sentence after a dateline, see core.parse_input).
    served = list(model.nlp.pipe((parse_input(model.nlp, d.text) for d in docs), batch_size=32))
    enriched = score(gold, [enriched_spans(d.text, doc, model) for d, doc in zip(docs, served, strict=True)])
    summary: list[tuple[str, object, object]] = [
        ("documents", len(docs), None),
        ("gold mentions", enriched["overall"]["gold"], None),
        ("enriched F1 overall", enriched["overall"]["f1"], f">= {TARGET_F1}"),
    ]
    for kind in TYPES:
        summary.append((f"enriched F1 {kind}", enriched[kind]["f1"], f">= raw {raw[kind]['f1']:.3f}"))
    summary.append(("raw model F1 overall", raw["overall"]["f1"], "0.648 (reference)"))
    for kind in TYPES:
        summary.append((f"raw model F1 {kind}", raw[kind]["f1"], None))
    return {"data": str(path), "summary": summary, "enriched": enriched, "raw": raw}
