"""Finds quoted spans and attributes each to the actor who said it."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from schemas import Quote
from service.enrichment.mentions import MentionIndex

_QUOTE = re.compile(r"[\"“]([^\"“”]{2,2000}?)[\"”]")
_SAY = frozenset({"say", "tell", "add", "call", "warn", "write", "state"})


def _speaker(doc: Doc, start: int, end: int, index: MentionIndex) -> str | None:
    """The subject of the speech verb in the quote's sentence, else the nearest person around the quote."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    for tok in sent:
        if tok.lemma_ in _SAY and not (start <= tok.idx < end):
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    sub = list(child.subtree)
                    actor = index.actor_in(sub[0].idx, sub[-1].idx + len(sub[-1]))
                    if actor:
                        return actor
    for a in index.actors_in(end, sent.end_char) + index.actors_in(sent.start_char, start):
        if index.kinds.get(a) == "person":
            return a
    return None


def extract_quotes(doc: Doc, index: MentionIndex) -> list[Quote]:
    quotes = []
    for match in _QUOTE.finditer(doc.text):
        start, end = match.span(1)
        quotes.append(Quote(speaker=_speaker(doc, start, end, index), text=match.group(1), start=start, end=end))
    return quotes
