"""Finds armed groups the text names where the model's NER did not: the gazetteer's groups and acronyms of fighters.

en_core_web_sm tags few non-state armed groups ("ELN rebels", "Suspected NPA guerrillas" give no entity), and the
gazetteer only canonicalises what the NER tagged, so such a group was no actor, no event's actor and no killed
figure's `by`. The rules, all about how news names armed groups:
- a name of service/data/armed_groups.json safe alone ("ELN", "Hayat Tahrir al-Sham") is that group wherever it is
  written: single words and acronyms as written, multi-word names in any case after their first letter;
- a short form that collides with other words or bodies ("ADF", "KIA", "PDF", "AA") is the group only in an article
  that cues it: a fighter word right after or before it ("ADF rebels", "the rebel ADF"), one of the group's full
  names, or a country the group is active in; and never where the article spells it out as something else
  ("killed in action (KIA)", "the Australian Defence Force (ADF)");
- an all-caps acronym right before a narrow fighter word ("XYZ rebels", not "MMA fighters") is an organisation: a
  known one (e.g. "RSF fighters" → Rapid Support Forces), else the name as written, or the organisation it is the
  bracketed acronym of ("the Free Aceh Movement (GAM)");
- a short form once cued is the group everywhere in the article, as written, as a name the article uses once is.
These mentions replace the model's overlapping entities: the list knows these names better than the small model.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from service import gazetteer
from service.enrichment.entities import Entity
from service.gazetteer import ArmedGroup, KnownActor

_BEFORE = r"(?<![\w'’.-])"
_AFTER = r"(?![\w-])"
_ACRONYM = re.compile(_BEFORE + r"[A-Z][A-Z0-9]{1,7}" + _AFTER)
_COUNTRY_LABELS = frozenset({"GPE", "NORP", "LOC", "ORG"})


def _alias_pattern(alias: str) -> str:
    """'People's Defence Force' → its regex: either apostrophe, a hyphen or space between words, any case after the
    first letter for names of several words (news writes 'Sinaloa cartel' and 'Sinaloa Cartel')."""
    parts = []
    for ch in alias:
        if ch in "'’":
            parts.append("['’]")
        elif ch == "-":
            parts.append(r"[-\s]")
        elif ch == " ":
            parts.append(r"\s+")
        else:
            parts.append(re.escape(ch))
    if " " not in alias:
        return "".join(parts)
    return parts[0] + "(?i:" + "".join(parts[1:]) + ")"


def _form_key(written: str) -> str:
    """What a match and the alias it matched share: case, apostrophe, hyphens and spacing aside."""
    return " ".join(written.replace("’", "'").replace("-", " ").lower().split())


@cache
def _patterns() -> tuple[re.Pattern[str], dict[str, tuple[ArmedGroup, bool]]]:
    """All names and short forms as one regex (longest first; no capturing groups, which made it 20 times slower),
    and each form's key → (its group, whether it needs a cue)."""
    forms: dict[str, tuple[ArmedGroup, bool]] = {}
    written: dict[str, None] = {}
    for group in gazetteer.armed_groups():
        for form, needs_cue in [*((n, False) for n in group.names), *((c, True) for c in group.cued)]:
            forms.setdefault(_form_key(form), (group, needs_cue))
            written.setdefault(form)
    ordered = sorted(written, key=len, reverse=True)
    pattern = re.compile(_BEFORE + "(?:" + "|".join(_alias_pattern(a) for a in ordered) + ")" + _AFTER)
    return pattern, forms


@cache
def _cue_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a fighter word after, a narrower one after for unknown acronyms, a fighter word and group noun before)."""
    cues = gazetteer.armed_group_cues()

    def words(key: str) -> str:
        return "|".join(sorted(map(re.escape, cues[key]), key=len, reverse=True))

    after = re.compile(r"[ \t]+(?:" + words("after") + r")\b")
    unknown_after = re.compile(r"[ \t]+(?:" + words("unknown_after") + r")\b")
    before = re.compile(r"\b(?:" + words("before") + r")(?:[ \t]+(?:" + words("group_nouns") + r"))?[ \t]+(?:the[ \t]+)?$")
    return after, unknown_after, before


def _fighters_around(text: str, s: int, e: int, *, narrow: bool = False) -> bool:
    after, unknown_after, before = _cue_patterns()
    if (unknown_after if narrow else after).match(text, e):
        return True
    return not narrow and before.search(text[max(0, s - 40) : s]) is not None


# Words an expansion may skip when its initials spell a short form ('Movement for the Emancipation of …').
_MINOR = frozenset({"of", "the", "for", "and", "in", "de", "del", "la", "al", "el", "wal"})
_EXPANSION_WORD = re.compile(r"[\w'’]+")


def _spells(words: list[str], letters: str) -> int | None:
    """How many of `words` (in reading order away from the short form) spell `letters` by their initials, minor
    words skippable; None when they do not."""
    def fit(i: int, j: int) -> int | None:
        if j == len(letters):
            return i
        if i == len(words):
            return None
        if words[i][:1].lower() == letters[j]:
            used = fit(i + 1, j + 1)
            if used is not None:
                return used
        return fit(i + 1, j) if words[i].lower() in _MINOR and j else None
    return fit(0, 0)


def _spelt_out(text: str, s: int, e: int) -> str | None:
    """The words the article spells this short form out as, in brackets after them or after it, when their initials
    spell it ('the Australian Defence Force (ADF)', 'KIA (killed in action)'); None otherwise ('the ADF (an IS
    affiliate)' spells nothing out)."""
    letters = text[s:e].lower()
    if s > 0 and text[s - 1] == "(" and text[e : e + 1] == ")":
        found = list(_EXPANSION_WORD.finditer(text, max(0, s - 121), s - 1))[::-1]
        used = _spells([m.group() for m in found], letters[::-1]) if len(letters) >= 2 else None
        return text[found[used - 1].start() : s - 1].strip() if used else None
    m = re.match(r"[ \t]*\(([^()\n]{3,120})\)", text[e : e + 130])
    if m:
        words = _EXPANSION_WORD.findall(m.group(1))
        used = _spells(words, letters)
        return m.group(1).strip() if used and used == len(words) else None
    return None


def _capitalised(words: str) -> bool:
    parts = [w for w in _EXPANSION_WORD.findall(words) if w.lower() not in _MINOR]
    return bool(parts) and all(w[:1].isupper() for w in parts)


def _names_the_group(words: str, group: ArmedGroup) -> bool:
    key = " ".join(words.replace("’", "'").lower().split())
    return any(key == n.lower() or key.endswith(" " + n.lower()) for n in group.names)


def _countries_named(doc: Doc, entities: list[Entity]) -> set[str]:
    """Alpha-3 codes of the countries the article names (or of peoples and known places it names)."""
    out = set()
    countries, demonyms, known = gazetteer.countries(), gazetteer.demonyms(), gazetteer.known_actors()
    for ent in entities:
        if ent.label not in _COUNTRY_LABELS:
            continue
        key = " ".join(ent.span(doc).text.lower().split())
        code = countries.get(key) or demonyms.get(key)
        if code is None and key in known and known[key].kind in ("place", "region"):
            code = known[key].country
        if code:
            out.add(code)
    return out


def _group_mentions(doc: Doc, text: str, entities: list[Entity]) -> list[tuple[int, int, KnownActor]]:
    pattern, forms = _patterns()
    safe: list[tuple[int, int, KnownActor]] = []
    cued: dict[str, list[tuple[int, int]]] = {}  # short form as written → its places
    groups_named: set[str] = set()
    group_of: dict[str, ArmedGroup] = {}
    cue_seen: set[str] = set()
    vetoed: set[str] = set()
    for m in pattern.finditer(text):
        group, needs_cue = forms[_form_key(m.group())]
        s, e = m.span()
        if not needs_cue:
            safe.append((s, e, group.actor))
            groups_named.add(group.name)
            continue
        short = m.group()
        group_of[short] = group
        cued.setdefault(short, []).append((s, e))
        spelt = _spelt_out(text, s, e)
        if spelt is not None and not _names_the_group(spelt, group):
            vetoed.add(short)  # 'killed in action (KIA)': the article says what it means by it
        elif spelt is not None or _fighters_around(text, s, e):
            cue_seen.add(short)
    countries: set[str] | None = None
    out = list(safe)
    for short, places in cued.items():
        group = group_of[short]
        if short in vetoed:
            continue
        if short not in cue_seen and group.name not in groups_named:
            if countries is None:
                countries = _countries_named(doc, entities)
            if not countries & set(group.active_in):
                continue
        out.extend((s, e, group.actor) for s, e in places)
    return out + _acronyms_of_fighters(text, {s for s, _, _ in out}, set(cued))


def _acronyms_of_fighters(text: str, taken: set[int], cued: set[str]) -> list[tuple[int, int, KnownActor]]:
    """'RSF fighters', 'XYZ rebels': an all-caps acronym right before a fighter word, and its other mentions."""
    known = gazetteer.known_actors()
    named: dict[str, KnownActor] = {}
    vetoed: set[str] = set()
    for m in _ACRONYM.finditer(text):
        short = m.group()
        s, e = m.span()
        if s in taken or short in cued or short in named or short in vetoed or _no_organisation(short.lower()):
            continue
        actor = known.get(short.lower())
        if actor is not None and actor.kind != "organization":
            continue
        if not _fighters_around(text, s, e, narrow=actor is None):
            continue
        if actor is None:
            # The article may spell it out anywhere: 'the Free Aceh Movement (GAM) …' before 'GAM rebels'.
            spelt = next((x for x in (_spelt_out(text, *o.span()) for o in re.finditer(_BEFORE + re.escape(short) + _AFTER, text))
                          if x is not None), None)
            if spelt is not None and not _capitalised(spelt):
                vetoed.add(short)  # spelt out as words that name no organisation
                continue
            if spelt is not None:
                name = re.sub(r"^(?:the|The)\s+", "", spelt)
                actor = known.get(name.lower()) or KnownActor(name, "organization", None)
        named[short] = actor or KnownActor(short, "organization", None)
    out = []
    for short, actor in named.items():
        for m in re.finditer(_BEFORE + re.escape(short) + _AFTER, text):
            if m.start() not in taken:
                out.append((m.start(), m.end(), actor))
    return out


def _no_organisation(key: str) -> bool:
    """'US rebels', 'UK militants': a country, people, capital or common abbreviation is no armed group's name."""
    return (key in gazetteer.countries() or key in gazetteer.demonyms() or key in gazetteer.capitals()
            or key in gazetteer.not_actors())


def with_armed_groups(doc: Doc, text: str, entities: list[Entity]) -> list[Entity]:
    """`entities` (sorted, non-overlapping) with the armed groups of the text in place of what overlaps them."""
    found = _group_mentions(doc, text, entities)
    if not found:
        return entities
    added: list[Entity] = []
    covered: set[int] = set()
    for s, e, actor in sorted(found, key=lambda x: (x[0], -(x[1] - x[0]))):
        span = doc.char_span(s, e)
        if span is None or any(i in covered for i in range(span.start, span.end)):
            continue
        added.append(Entity(span.start, span.end, "ORG", known=actor))
        covered.update(range(span.start, span.end))
    kept = [ent for ent in entities if not any(i in covered for i in range(ent.start, ent.end))]
    return sorted(kept + added, key=lambda ent: ent.start)
