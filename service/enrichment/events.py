"""Codes actor → verb → target events with PLOVER-style verbs, one clause at a time."""

from __future__ import annotations

import hashlib

from spacy.tokens import Doc, Token

from schemas import Event, Figure
from service.enrichment.layout import Layout
from service.enrichment.mentions import MentionIndex

# lemma → (verb, mode)
_VERBS: dict[str, tuple[str, str | None]] = {
    "attack": ("ASSAULT", None), "strike": ("ASSAULT", None), "bomb": ("ASSAULT", "aerial"), "kill": ("ASSAULT", None),
    "shell": ("ASSAULT", "shelling"), "rampage": ("ASSAULT", "firearms"), "shoot": ("ASSAULT", "firearms"),
    "abduct": ("ASSAULT", "abduct"), "kidnap": ("ASSAULT", "abduct"), "retaliate": ("ASSAULT", None),
    "besiege": ("COERCE", "siege"), "blockade": ("COERCE", "blockade"), "tighten": ("COERCE", None),
    "threaten": ("THREATEN", None), "warn": ("THREATEN", None),
    "meet": ("CONSULT", "meeting"), "speak": ("CONSULT", "phone"), "talk": ("CONSULT", None), "call": ("CONSULT", "phone"),
    "visit": ("MOVE", "visit"), "travel": ("MOVE", "travel"), "leave": ("MOVE", "travel"), "fly": ("MOVE", "travel"),
    "support": ("AID", None), "aid": ("AID", None), "help": ("AID", None),
    "accuse": ("ACCUSE", None), "blame": ("ACCUSE", None), "protest": ("PROTEST", None), "demonstrate": ("PROTEST", None),
    "mobilize": ("MOBILIZE", None), "deploy": ("MOBILIZE", None), "request": ("REQUEST", None), "urge": ("REQUEST", None),
    "agree": ("AGREE", None), "sign": ("AGREE", None),
}


def _span_actor(tok: Token, index: MentionIndex) -> list[str]:
    sub = list(tok.subtree)
    return index.actors_in(sub[0].idx, sub[-1].idx + len(sub[-1]))


def extract_events(doc: Doc, layout: Layout, index: MentionIndex, figures: list[Figure], article_id: str) -> list[Event]:
    events: list[Event] = []
    for tok in doc:
        if tok.pos_ != "VERB" or layout.excluded(tok.idx, tok.idx + len(tok)):
            continue
        coded = _VERBS.get(tok.lemma_.lower())
        if coded is None:
            continue
        subjects = [c for c in tok.children if c.dep_ in ("nsubj",)]
        if not subjects:
            continue
        actors = _span_actor(subjects[0], index)
        if not actors:
            continue
        targets: list[str] = []
        for child in tok.children:
            if child.dep_ in ("dobj", "prep", "dative", "pobj"):
                targets.extend(a for a in _span_actor(child, index) if a not in actors and a not in targets)
        clause = [t for t in tok.subtree]
        start, end = clause[0].idx, clause[-1].idx + len(clause[-1])
        verb, mode = coded
        events.append(
            Event(
                id="e-" + hashlib.sha256(f"{article_id}:{tok.idx}".encode()).hexdigest()[:12],
                actor=actors[0],
                verb=verb,
                mode=mode,
                target=targets,
                figures=[f.id for f in figures if start <= f.start < end],
                text=doc.text[start:end],
                start=start,
                end=end,
            )
        )
    return events
