"""Finds numbers that carry meaning (killed, injured, hostages, ...) with value, bounds, qualifier and attribution."""

from __future__ import annotations

import hashlib
import re

from spacy.tokens import Doc, Span, Token

from schemas import Figure
from service.enrichment.layout import Layout
from service.enrichment.mentions import MentionIndex
from service.enrichment.numbers import VAGUE, parse_number

_QUALIFIERS = [
    (re.compile(r"^(?:more than|over|upwards of)\s+", re.I), "more_than"),
    (re.compile(r"^(?:at least|no fewer than|no less than|a minimum of)\s+", re.I), "at_least"),
    (re.compile(r"^(?:about|around|nearly|almost|some|roughly|approximately|an estimated|close to)\s+", re.I), "about"),
    (re.compile(r"^(?:up to|as many as)\s+", re.I), "up_to"),
    (re.compile(r"^(?:fewer than|less than|under)\s+", re.I), "fewer_than"),
]
_TYPE_BY_LEMMA = {
    "kill": "killed", "die": "killed", "dead": "killed", "death": "killed", "slay": "killed", "massacre": "killed",
    "injure": "injured", "wound": "injured", "hurt": "injured", "injury": "injured",
    "hostage": "hostages", "abduct": "hostages", "kidnap": "hostages", "captive": "hostages", "seize": "hostages",
    "arrest": "arrested", "detain": "arrested", "detention": "arrested",
    "displace": "displaced", "flee": "displaced", "evacuate": "displaced", "refugee": "displaced",
    "miss": "missing", "missing": "missing",
}
_SAY = frozenset({"say", "tell", "report", "announce", "confirm", "state", "claim"})


def _type_of(noun: Token) -> str | None:
    """Look at the counted noun, its relative clause and the verbs above it for a word of harm."""
    candidates: list[Token] = [noun]
    candidates.extend(c for c in noun.children if c.dep_ in ("relcl", "acl", "amod"))
    for rel in list(candidates[1:]):
        candidates.extend(rel.children)
    head = noun
    for _ in range(3):
        if head.head is head:
            break
        head = head.head
        candidates.append(head)
        if head.pos_ == "VERB":
            break
    for tok in candidates:
        kind = _TYPE_BY_LEMMA.get(tok.lemma_.lower()) or _TYPE_BY_LEMMA.get(tok.text.lower())
        if kind:
            return kind
    return None


def _subject_actor(verb: Token, index: MentionIndex, exclude: Token) -> str | None:
    """Climb from the verb: the first subject (or passive agent) that names an actor."""
    tok = verb
    for _ in range(6):
        for child in tok.children:
            if child.dep_ in ("nsubj", "agent") and child is not exclude and exclude not in child.subtree:
                sub = list(child.subtree)
                actor = index.actor_in(sub[0].idx, sub[-1].idx + len(sub[-1]))
                if actor:
                    return actor
        if tok.head is tok:
            break
        tok = tok.head
    return None


def _reporter(noun: Token, index: MentionIndex) -> str | None:
    for tok in noun.ancestors:
        if tok.lemma_ in _SAY:
            for child in tok.children:
                if child.dep_ == "nsubj":
                    sub = list(child.subtree)
                    return index.actor_in(sub[0].idx, sub[-1].idx + len(sub[-1]))
    sent = noun.sent
    for tok in sent:
        if tok.lemma_ in _SAY and tok.i > noun.i:
            for child in tok.children:
                if child.dep_ == "nsubj":
                    sub = list(child.subtree)
                    return index.actor_in(sub[0].idx, sub[-1].idx + len(sub[-1]))
    return None


def _figure_id(article_id: str, start: int, end: int) -> str:
    return "f-" + hashlib.sha256(f"{article_id}:{start}:{end}".encode()).hexdigest()[:12]


def _number_spans(doc: Doc, layout: Layout) -> list[tuple[Span, str, float | None, float | None]]:
    """(span, qualifier, value, low) for cardinal numbers and vague plurals in the body."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "CARDINAL" or layout.excluded(ent.start_char, ent.end_char):
            continue
        text = ent.text
        qualifier = "exact"
        for pattern, name in _QUALIFIERS:
            m = pattern.match(text)
            if m:
                qualifier, text = name, text[m.end() :]
                break
        if qualifier == "exact" and ent.start > 0:
            before = doc[max(0, ent.start - 2) : ent.start].text.lower()
            for pattern, name in _QUALIFIERS:
                if pattern.match(before + " ") or pattern.match(before.split()[-1] + " " if before else ""):
                    qualifier = name
                    break
        value = parse_number(text)
        if value is None:
            continue
        out.append((ent, qualifier, value, value))
    for tok in doc:
        phrase = tok.text.lower()
        if phrase in VAGUE and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of":
            if not layout.excluded(tok.idx, tok.idx + len(tok)):
                out.append((doc[tok.i : tok.i + 1], "vague", None, float(VAGUE[phrase])))
    return out


def _counted_noun(span: Span) -> Token:
    root = span.root
    if root.dep_ == "nummod":
        return root.head
    if root.lower_ in VAGUE:  # "scores of hostages"
        for child in root.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return obj
    return root


def extract_figures(doc: Doc, layout: Layout, index: MentionIndex, article_id: str) -> list[Figure]:
    figures: list[Figure] = []
    for span, qualifier, value, low in _number_spans(doc, layout):
        noun = _counted_noun(span)
        kind = _type_of(noun)
        if kind is None:
            continue
        start = span.start_char
        end = max(span.end_char, noun.idx + len(noun))
        verb = noun.head if noun.dep_ != "ROOT" else noun
        victims_actor = index.actor_in(noun.idx, noun.idx + len(noun))
        figures.append(
            Figure(
                id=_figure_id(article_id, start, end),
                type=kind,  # type: ignore[arg-type]
                value=value,
                low=low if qualifier in ("exact", "at_least", "more_than", "vague") else None,
                high=value if qualifier in ("exact", "up_to", "fewer_than") else None,
                qualifier=qualifier,  # type: ignore[arg-type]
                text=doc.text[start:end],
                start=start,
                end=end,
                by=_subject_actor(verb, index, noun),
                victims=victims_actor,
                reported_by=_reporter(noun, index),
            )
        )
    return figures
