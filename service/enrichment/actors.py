"""Folds named-entity mentions into canonical actors with stable ids, kinds, countries and every mention's span."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from schemas import Actor, Mention
from service import gazetteer
from service.enrichment.layout import Layout
from service.ids import actor_id

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
_LEADING = re.compile(r"^(?:the|The|THE)\s+")
_POSSESSIVE = re.compile(r"(?:'s|’s|')$")


@dataclass
class _Draft:
    kind: str
    name: str
    country: str | None
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return actor_id(self.kind, self.name, self.country)


def _clean(text: str) -> str:
    return _POSSESSIVE.sub("", _LEADING.sub("", text.strip())).strip()


def _person_names(doc: Doc, layout: Layout) -> dict[str, str]:
    """Lower-cased full names and surnames of the people in the article → full name (longest wins)."""
    full: list[str] = sorted(
        {_clean(e.text) for e in doc.ents if e.label_ == "PERSON" and not layout.excluded(e.start_char, e.end_char)},
        key=len,
        reverse=True,
    )
    names: dict[str, str] = {}
    for name in full:
        if " " in name:
            names.setdefault(name.lower(), name)
            names.setdefault(name.split()[-1].lower(), name)
    for name in full:
        names.setdefault(name.lower(), name)
    return names


def _classify(span_text: str, label: str, people: dict[str, str], governs: bool) -> tuple[str, str, str | None] | None:
    """(kind, canonical name, country) for one mention, or None when it names no actor."""
    text = _clean(span_text)
    if not text:
        return None
    key = text.lower()
    if key in people and label in ("PERSON", "GPE", "ORG", "LOC", "NORP"):
        return "person", people[key], None
    if label == "PERSON":
        return "person", text if not text.isupper() else text.title(), None
    countries = gazetteer.countries()
    if key in countries:
        code = countries[key]
        return "country", gazetteer.country_names()[code], code
    if key in gazetteer.demonyms():
        code = gazetteer.demonyms()[key]
        return "country", gazetteer.country_names()[code], code
    known = gazetteer.known_actors().get(key)
    if known:
        return known.kind, known.name, known.country
    if key in gazetteer.capitals():
        code = gazetteer.capitals()[key]
        if governs:
            return "country", gazetteer.country_names()[code], code
        return "place", text, code
    # "U.S. State Department", "Israeli military": a country or demonym in front of a known or unknown body.
    head, _, rest = text.partition(" ")
    if rest and label == "ORG":
        code = countries.get(head.lower()) or gazetteer.demonyms().get(head.lower())
        inner = gazetteer.known_actors().get(rest.lower())
        if inner:
            return inner.kind, inner.name, inner.country or code
        if code:
            return "organization", text, code
    if label == "ORG":
        return "organization", text, None
    if label == "NORP":
        return "group", text, None
    if label == "LOC":
        return "region", text, None
    return "place", text, None


def _governs(span: Span) -> bool:
    """A capital standing for its government: the subject of a verb or in the possessive ('Washington said')."""
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") or any(t.dep_ == "case" for t in root.children) or span.text.endswith("'s")


def _subheading(doc: Doc, start: int, end: int) -> bool:
    text = doc.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 8 and all(c.isupper() for c in letters)


def _add_consistent_mentions(text: str, layout: Layout, drafts: dict[str, _Draft]) -> None:
    """Document-level consistency: a surface form resolved once counts wherever else it appears."""
    taken = [(m.start, m.end) for d in drafts.values() for m in d.mentions]
    for draft in drafts.values():
        label = Counter(m.label for m in draft.mentions).most_common(1)[0][0]
        for surface in {m.text for m in draft.mentions}:
            surface = _clean(surface)
            if len(surface) < 3:
                continue
            for match in re.finditer(r"(?<![\w-])" + re.escape(surface) + r"(?![\w])", text):
                s, e = match.span()
                if layout.excluded(s, e) or any(s < te and e > ts for ts, te in taken):
                    continue
                draft.mentions.append(Mention(start=s, end=e, text=match.group(), label=label))
                taken.append((s, e))


def resolve_actors(doc: Doc, layout: Layout) -> list[Actor]:
    people = _person_names(doc, layout)
    drafts: dict[str, _Draft] = {}
    for ent in doc.ents:
        if ent.label_ not in ACTOR_LABELS or layout.excluded(ent.start_char, ent.end_char):
            continue
        label = ent.label_
        if _subheading(doc, ent.start_char, ent.end_char) and label == "ORG":
            continue
        resolved = _classify(ent.text, label, people, _governs(ent))
        if resolved is None:
            continue
        kind, name, country = resolved
        draft = _Draft(kind, name, country)
        draft = drafts.setdefault(draft.id, draft)
        draft.mentions.append(Mention(start=ent.start_char, end=ent.end_char, text=ent.text, label=label))
    _add_consistent_mentions(doc.text, layout, drafts)
    actors = [
        Actor(
            id=d.id,
            name=d.name,
            kind=d.kind,  # type: ignore[arg-type]
            country=d.country,
            roles=d.roles,
            mentions=sorted(d.mentions, key=lambda m: m.start),
        )
        for d in drafts.values()
    ]
    return sorted(actors, key=lambda a: (-len(a.mentions), a.id))
