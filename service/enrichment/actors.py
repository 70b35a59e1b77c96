"""Folds named-entity mentions into canonical actors: stable ids, kinds, countries, roles and every mention's span.

Input is `entities.refine_entities` (clean, document-consistent mentions), never the raw model output. The rules:
- a surname or an all-caps form of a person named in full is that person ("BLINKEN" → Antony Blinken), never a place;
  so is the name after an honorific ("Mr Yeo" → Tim Yeo) and a first name only one person of the article has;
- party names and member words ("Tory MPs", "the Lib Dems") are the party (service/data/parties.json); common-noun
  abbreviations ("MPs", "ISP") are no actors; "Apple Inc" is Apple, "the Bank" the Bank of England it stands for;
- country names, short forms ("U.S.", "UAE", "Türkiye") and demonyms, also inside hyphenated words ("Iran-backed",
  "Israeli-occupied"), are the country; a demonym or "Country's" right before an organisation gives it its country;
- organisations named with a country or demonym, or known to the gazetteer, carry their country;
- a capital that is the subject of a statement, the object of "accuse"-like verbs or the possessor of a policy-like
  noun ("Washington said", "accused Moscow", "Washington's ally") is its country; otherwise the city;
- titles next to a person's name become roles ("State Department spokesperson", "director of the Iran program at the
  Middle East Institute"), and the title's country (a country, demonym or state body in it, "its President" after an
  organisation, an "Israeli officials, including Prime Minister ..." list, or for public offices the capital of the
  dateline, unless the office is of a body with no country, e.g. NATO) becomes the person's country;
- armed groups the NER missed ("ELN rebels", "ADF" in an article that cues it) come from groups.py, already
  resolved to their gazetteer entry;
- dateline, date header and credits are metadata (see layout.py) and never actors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from schemas import Actor, Mention
from service import gazetteer
from service.enrichment.doctext import text_of
from service.enrichment.entities import Entity, refine_entities
from service.enrichment.groups import with_armed_groups
from service.enrichment.layout import Layout
from service.ids import actor_id

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
OTHER_LABELS = frozenset({"EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"})
_LEADING = re.compile(r"^(?:the|The|THE)\s+")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_MENTION_LABEL = {"person": "PERSON", "organization": "ORG", "region": "LOC", "group": "NORP"}


def _bare_name(text: str) -> str:
    """A person's name without honorifics before it or letters after it ('Mr Blair' → 'Blair', 'X Y QC' → 'X Y')."""
    words = gazetteer.name_words()
    parts = text.split()
    while parts and parts[0].lower() in words["honorifics"]:
        parts.pop(0)
    while parts and parts[-1].lower().rstrip(",") in words["postnominals"]:
        parts.pop()
    return " ".join(parts)


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


@cache
def _roles() -> tuple[frozenset[str], frozenset[str]]:
    data = gazetteer.roles()
    return frozenset(data["office"]), frozenset(data["office"]) | frozenset(data["other"])


def country_of_word(word: str) -> str | None:
    """Alpha-3 for a country name, short form or demonym ('Israeli', 'U.S.'), else None."""
    key = _clean(word).lower()
    return gazetteer.countries().get(key) or gazetteer.demonyms().get(key)


def _place_country(word: str) -> str | None:
    """The country of a known place named in an organisation's name ('Bank of England' → GBR)."""
    known = gazetteer.known_actors().get(word.lower())
    return known.country if known is not None and known.kind == "place" else None


def _person_names(doc: Doc, entities: list[Entity], layout: Layout) -> dict[str, str]:
    """Lower-cased full names and surnames of the people in the article → full name (longest wins; between two of
    one length, the one the article names first, so the result never depends on set order)."""
    found: dict[str, None] = {}
    for ent in entities:
        if ent.label != "PERSON":
            continue
        span = ent.span(doc)
        if layout.excluded(span.start_char, span.end_char):
            continue
        name = _bare_name(_clean(span.text))
        if name and not name.isupper() and _named_person(name):
            found.setdefault(name)
    full = sorted(found, key=len, reverse=True)
    names: dict[str, str] = {}
    for name in full:
        if " " in name:
            names.setdefault(name.lower(), name)
            names.setdefault(name.split()[-1].lower(), name)
    for name in full:
        names.setdefault(name.lower(), name)
    return names


def _named_person(name: str) -> bool:
    """Not a word for a nationality, a party member or a common noun that the model took for a person."""
    key = name.lower()
    known = gazetteer.known_actors().get(key)
    return not (key in gazetteer.demonyms() or key in gazetteer.not_actors() or key in gazetteer.countries()
                or (known is not None and known.kind == "organization"))


def _first_names(people: dict[str, str]) -> dict[str, str]:
    """Lower-cased first names that only one person named in full has ('Tim' → Tim Henman), and no one's surname."""
    owners: dict[str, set[str]] = {}
    for name in set(people.values()):
        words = name.split()
        if len(words) >= 2 and words[0][:1].isupper() and len(words[0]) > 2:
            owners.setdefault(words[0].lower(), set()).add(name)
    return {first: next(iter(names)) for first, names in owners.items()
            if len(names) == 1 and " " not in people.get(first, first) and _named_person(first)
            and first not in gazetteer.capitals() and first not in gazetteer.known_actors()}


def _classify(
    span_text: str, label: str, people: dict[str, str], governs: bool, first_names: dict[str, str] | None = None
) -> tuple[str, str, str | None] | None:
    """(kind, canonical name, country) for one mention, or None when it names no actor."""
    text = _clean(span_text)
    if not text:
        return None
    key = text.lower()
    if key in gazetteer.not_actors():
        return None
    if first_names and key in first_names and label in ("PERSON", "ORG"):
        # A lone first name ('Tim'; 'Wang' of 'Wang Donghai', often tagged ORG) is the one person with that first
        # name; tagged a place ('Israel 2') it is no one's first name.
        return "person", first_names[key], None
    if key in people and label in ("PERSON", "GPE", "ORG", "LOC", "NORP"):
        return "person", people[key], None
    if label == "PERSON":
        # "Mr Yeo" is the Tim Yeo of the article; "Briton" and "Lib Dem" name a country and a party, not people.
        name = _bare_name(text)
        if not name:
            return None
        bare = name.lower()
        if bare in gazetteer.countries() or bare in gazetteer.capitals() or _place_country(bare):
            name, bare = text, key  # 'Baroness Scotland': a title that names a person only with its honorific
        if first_names and bare in first_names:
            return "person", first_names[bare], None
        if bare in people:
            return "person", people[bare], None
        if key in gazetteer.demonyms():
            code = gazetteer.demonyms()[key]
            return "country", gazetteer.country_names()[code], code
        known = gazetteer.known_actors().get(key)
        if known and key in _party_forms():
            # Only party words: other aliases can be surnames too ('Wagner' the composer, not the Wagner Group).
            return known.kind, known.name, known.country
        return "person", name.title() if name.isupper() else name, None
    code = country_of_word(key)
    if code and (label != "ORG" or key in gazetteer.countries() or (key in gazetteer.demonyms() and " " not in key)):
        return "country", gazetteer.country_names()[code], code
    known = gazetteer.known_actors().get(key)
    if known:
        return known.kind, known.name, known.country
    if key in gazetteer.capitals():
        code = gazetteer.capitals()[key]
        if governs:
            return "country", gazetteer.country_names()[code], code
        return "place", text.title() if text.isupper() else text, code
    if label == "ORG":
        # "U.S. State Department", "Israeli military", "Bank of England": a country or demonym in the name.
        words = text.replace("-", " ").split()
        head, _, rest = text.partition(" ")
        inner = gazetteer.known_actors().get(rest.lower()) if rest else None
        code = next((c for c in (country_of_word(w) or _place_country(w) for w in words) if c), None)
        if inner:
            return inner.kind, inner.name, inner.country or code
        # "Apple Inc" and "Apple" are one company: the legal form is no part of the name readers use.
        parts = text.split()
        while len(parts) > 1 and parts[-1].rstrip(",") in gazetteer.name_words()["corporate_suffixes"]:
            parts.pop()
        return "organization", " ".join(parts).rstrip(","), code
    if label == "NORP":
        return "group", text, None
    name = text.title() if text.isupper() else text
    if label == "LOC":
        return "region", name, None
    return "place", name, None


# Verbs a city is the subject of as a place, not as its government ("London is/has/hosts ...").
_PLACE_VERBS = frozenset({"be", "have", "host", "see", "stage", "become", "remain", "welcome", "attract", "lie", "sit"})


def _governs(span: Span) -> bool:
    """A capital standing for its government: the subject of an act or statement ('Washington said', 'London warned'),
    or the possessor of a policy-like common noun ("Washington's ally"; "London's Leicester Square" is the city)."""
    root = span.root
    doc = span.doc
    if root.dep_ in ("nsubj", "nsubjpass"):
        return root.head.lemma_ not in _PLACE_VERBS
    if root.dep_ == "dobj":
        return root.head.lemma_ in gazetteer.government_verbs()
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or after.tag_ != "POS":
        return False
    # The possessed noun is the possessive's head ("Washington's closest Middle East ally" → ally).
    owned = root.head if root.dep_ == "poss" else (doc[span.end + 1] if span.end + 1 < len(doc) else None)
    return owned is not None and owned.lemma_.lower() in gazetteer.government_nouns()


def _mention_label(kind: str, label: str, text: str) -> str:
    """The NER label a mention carries once its actor is known ('Blinken' tagged GPE is a PERSON mention)."""
    if kind == "organization" and _clean(text) in _party_members():
        return "NORP"  # 'Tory', 'Democrat': a party's member word is written like a nationality
    if kind == "region" and label == "NORP":
        return "NORP"  # 'European' counts for Europe and stays an adjective form, like 'Israeli' for Israel
    if kind in _MENTION_LABEL:
        return _MENTION_LABEL[kind]
    if kind == "country":
        return "NORP" if _clean(text).lower() in gazetteer.demonyms() else "GPE"
    return label if label in ("GPE", "LOC", "FAC") else "GPE"


@cache
def _party_forms() -> frozenset[str]:
    return frozenset(f.lower() for p in gazetteer.parties() for f in (p.name, *p.names, *p.members))


@cache
def _party_members() -> frozenset[str]:
    return frozenset(m for p in gazetteer.parties() for m in p.members)


def _hyphen_countries(text: str, layout: Layout, taken: set[int]) -> list[tuple[int, int, str]]:
    """'Iran-backed', 'Israeli-occupied', 'Saudi-led': a country or demonym fused to a participle by a hyphen."""
    out = []
    for m in re.finditer(r"(?<![\w-])([A-Z][\w.]*(?: [A-Z][\w.]*)?)-(?=[a-z])", text):
        s, e = m.span(1)
        if s in taken or layout.excluded(s, e):
            continue
        code = country_of_word(m.group(1))
        if code:
            out.append((s, e, code))
    return out


# ---------------------------------------------------------------------------------------------------------- roles

_TITLE_WORD = re.compile(r"^(?:[A-Z][\w.'’-]*|of|for|the|and|on|to|at|in|de|top|chief|senior|deputy|former|acting|interim|"
                         r"foreign|defence|defense|interior|finance|prime|vice|assistant|national|security|general|"
                         r"spokesperson|spokesman|spokeswoman|minister|secretary|president|director|head|leader)$")


def _role_start(words: list[str]) -> int | None:
    """Index of the first word of a role in a title phrase ('U.S. Secretary of State' → 1), or None without one."""
    _, every = _roles()
    lowered = [w.lower().rstrip(",") for w in words]
    for i in range(len(words)):
        for j in range(min(len(words), i + 3), i, -1):
            if " ".join(lowered[i:j]) in every:
                # Walk back over words that qualify the role ('State Department spokesperson', 'top diplomat').
                k = i
                while k > 0 and country_of_word(words[k - 1]) is None and words[k - 1][:1].isupper():
                    k -= 1
                while k > 0 and lowered[k - 1] in ("top", "senior", "chief", "deputy", "former", "acting", "interim"):
                    k -= 1
                return k
    return None


def _title_before(doc: Doc, span: Span) -> tuple[list[str], int] | None:
    """Words of a title written right before a name ('said State Department spokesperson Matthew Miller')."""
    words: list[str] = []
    i = span.start - 1
    first = i
    glue = False  # "Secretary-General" is three tokens and one word
    while i >= 0 and span.start - i <= 8:
        tok = doc[i]
        if tok.text == "-" and words and not tok.whitespace_ and i > 0 and not doc[i - 1].whitespace_:
            words[0] = "-" + words[0]
            glue = True
            i -= 1
            continue
        if glue:
            glue = False
            if not _TITLE_WORD.match(tok.text):
                words[0] = words[0][1:]
                break
            words[0] = tok.text + words[0]
            first = i
            if tok.is_sent_start:
                break
            i -= 1
            continue
        if tok.is_space or not _TITLE_WORD.match(tok.text):
            break
        if tok.lower_ in ("said", "says", "told") or (tok.text[:1].isupper() and tok.pos_ not in ("PROPN", "NOUN", "ADJ")):
            # "Meanwhile Lib Dem leader X": a capitalised adverb at the sentence start is no part of the title.
            break
        words.insert(0, tok.text)
        first = i
        if tok.is_sent_start:
            break
        i -= 1
    while words and words[0].lower() in ("the", "of", "and", "for", "to", "at", "in", "on"):
        words.pop(0)
        first += 1
    while words and words[-1].lower() in gazetteer.name_words()["honorifics"] and words[-1].lower() not in _roles()[1]:
        words.pop()  # "Attorney General Lord Goldsmith": the honorific is no part of the title ("Professor" is one)
    return (words, first) if words else None


_APPOSITION = re.compile(r"\s*,\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?P<role>[^,;:\"“”()\n]{3,90}?)(?=\s*(?:,|\bsaid\b|\bsays\b|\btold\b|\bwho\b|\.(?:\s|$)|$))")


def _title_after(text: str, span: Span) -> list[str] | None:
    """Words of an apposition right after a name ('Alex Vatanka, director of the Iran program at ... said')."""
    m = _APPOSITION.match(text, span.end_char, min(len(text), span.end_char + 120))
    if not m:
        return None
    words = m.group("role").split()
    if not words or not words[0][:1].islower() and country_of_word(words[0]) is None and words[0] not in ("U.S.",):
        # An apposition that starts with a capital is usually another name ('Blinken, Biden and ...').
        if _role_start(words) != 0:
            return None
    return words


def _country_in(words: list[str], stop: int) -> str | None:
    """The country named by a word or a state body among the first `stop` words of a title."""
    for w in words[:stop]:
        code = country_of_word(w)
        if code:
            return code
    for n in range(len(words[:stop]), 0, -1):
        for i in range(0, stop - n + 1):
            known = gazetteer.known_actors().get(" ".join(words[i : i + n]).lower())
            if known and known.country:
                return known.country
    return None


@dataclass
class _Context:
    doc: Doc
    text: str
    layout: Layout
    spans: list[tuple[int, int, str, str | None]]  # (start_char, end_char, actor id, country) of resolved mentions


def _possessor_country(ctx: _Context, title_start_char: int) -> tuple[str | None, str | None]:
    """'its President' after 'the Palestinian Authority': the nearest organisation before it in the sentence."""
    text = ctx.text
    before = text[max(0, title_start_char - 6) : title_start_char]
    if not re.search(r"\b(?:its|their)\s+$", before):
        return None, None
    sent_start = ctx.doc.char_span(title_start_char, title_start_char + 1, alignment_mode="expand")
    lo = sent_start.sent.start_char if sent_start is not None else 0
    for s, e, aid, country in reversed(ctx.spans):
        if lo <= s and e <= title_start_char and (aid.startswith("organization:") or aid.startswith("country:")):
            owner = text[s:e]
            return country, ("the " + owner) if text[max(0, s - 4) : s].lower() == "the " else owner
    return None, None


def _listed_country(ctx: _Context, title_start_char: int) -> str | None:
    """'senior Israeli officials, possibly including Prime Minister X': the country of the group listed from."""
    text = ctx.text
    window = text[max(0, title_start_char - 120) : title_start_char]
    m = re.search(r"(?:including|such as|among them|notably)\s+$", window)
    if not m:
        return None
    head_end = title_start_char - (len(window) - m.start())
    lo = head_end - 70
    for s, e, aid, country in reversed(ctx.spans):
        if lo <= s and e <= head_end and aid.startswith("country:"):
            return country
    return None


def _stateless_body(words: list[str]) -> bool:
    """A known organisation with no country among the words of a title (NATO, the United Nations)."""
    for n in range(len(words), 0, -1):
        for i in range(0, len(words) - n + 1):
            known = gazetteer.known_actors().get(" ".join(words[i : i + n]).lower())
            if known is not None and known.kind == "organization" and known.country is None:
                return True
    return False


def _dateline_country(layout: Layout) -> str | None:
    if not layout.dateline:
        return None
    return gazetteer.capitals().get(layout.dateline.lower())


def _attach_roles(ctx: _Context, drafts: dict[str, _Draft], person_spans: list[tuple[Span, str]]) -> None:
    office, _ = _roles()
    found_country: dict[str, str] = {}
    office_holders: set[str] = set()
    international: set[str] = set()
    for span, aid in person_spans:
        draft = drafts[aid]
        roles: list[tuple[str, str | None]] = []
        before = _title_before(ctx.doc, span)
        if before:
            words, first = before
            k = _role_start(words)
            if k is not None:
                role = " ".join(words[k:])
                country = _country_in(words, k + 1) if k else None
                if country is None:
                    poss_country, owner = _possessor_country(ctx, ctx.doc[first].idx)
                    if poss_country or owner:
                        country = poss_country
                        if owner and owner.lower() not in role.lower():
                            role = f"{role} of {owner}"
                if country is None:
                    country = _listed_country(ctx, ctx.doc[first].idx)
                if country is None and _stateless_body(words):
                    international.add(aid)  # "NATO Secretary-General": an office of no one country
                roles.append((role, country))
        after = _title_after(ctx.text, span)
        if after:
            k = _role_start(after)
            if k is not None:
                role_words = after[k:]
                country = _country_in(after, k + 1) if k else None
                roles.append((" ".join(w.rstrip(",") for w in (after if k and country is None else role_words)), country))
        for role, country in roles:
            role = role.strip(" ,")
            if role and not any(r == role or r.startswith(role + " ") for r in draft.roles):
                draft.roles = [r for r in draft.roles if not role.startswith(r + " ")] + [role]
            head = role.lower()
            if any(head == o or head.endswith(" " + o) or head.startswith(o + " ") for o in office):
                office_holders.add(aid)
            if country and aid not in found_country:
                found_country[aid] = country
    fallback = _dateline_country(ctx.layout)
    for aid, draft in drafts.items():
        if draft.kind != "person":
            continue
        draft.country = found_country.get(aid) or (fallback if aid in office_holders and aid not in international else None)


# -------------------------------------------------------------------------------------------------------- resolve


def _inside_title(doc: Doc, ent: Entity) -> bool:
    """'Secretary of State', 'Minister of Defence': the word after 'of' completes a title and names no actor."""
    if ent.end - ent.start != 1 or ent.label != "ORG" or ent.start < 2 or doc[ent.start - 1].lower_ != "of":
        return False
    return doc[ent.start - 2].lower_ in _roles()[1]



def resolve_actors(doc: Doc, layout: Layout, *, nlp: Language | None = None, text: str | None = None) -> list[Actor]:
    """Canonical actors of one article. `nlp` (the loaded pipeline) lets all-caps lines be re-read by the NER; `text`
    is the doc's text when the caller has it (doc.text is joined anew from the tokens on each access)."""
    text = text_of(doc) if text is None else text
    entities = with_armed_groups(doc, text, refine_entities(doc, nlp=nlp, text=text))
    people = _person_names(doc, entities, layout)
    first_names = _first_names(people)  # 'Tim', once the article has named Tim Henman and no other Tim
    drafts: dict[str, _Draft] = {}
    person_spans: list[tuple[Span, str]] = []
    spans: list[tuple[int, int, str, str | None]] = []
    for ent in entities:
        if ent.label not in ACTOR_LABELS:
            continue
        span = ent.span(doc)
        if layout.excluded(span.start_char, span.end_char) or (ent.known is None and _inside_title(doc, ent)):
            continue
        if ent.known is not None:
            resolved = ent.known.kind, ent.known.name, ent.known.country
        else:
            resolved = _classify(span.text, ent.label, people, _governs(span), first_names)
        if resolved is None:
            continue
        kind, name, country = resolved
        draft = _Draft(kind, name, country)
        draft = drafts.setdefault(draft.id, draft)
        draft.mentions.append(
            Mention(start=span.start_char, end=span.end_char, text=span.text, label=_mention_label(kind, ent.label, span.text))
        )
        spans.append((span.start_char, span.end_char, draft.id, draft.country))
        if kind == "person":
            person_spans.append((span, draft.id))
    _fold_nationality_modifiers(text, drafts, spans)
    _fold_short_club_names(drafts, spans)
    taken = {s for s, _, _, _ in spans}
    for s, e, code in _hyphen_countries(text, layout, taken):
        draft = _Draft("country", gazetteer.country_names()[code], code)
        draft = drafts.setdefault(draft.id, draft)
        label = "NORP" if text[s:e].lower() in gazetteer.demonyms() else "GPE"
        draft.mentions.append(Mention(start=s, end=e, text=text[s:e], label=label))
        spans.append((s, e, draft.id, code))
    spans.sort()
    _attach_roles(_Context(doc, text, layout, spans), drafts, person_spans)
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
        if d.mentions
    ]
    return sorted(actors, key=lambda a: (-len(a.mentions), a.id))


def _fold_short_club_names(drafts: dict[str, _Draft], spans: list[tuple[int, int, str, str | None]]) -> None:
    """'United' after 'Manchester United', 'City' after 'Leicester City', 'the Bank' after 'the Bank of England': a
    word that only heads organisation names, alone, is the one organisation of the article named with it."""
    ends = gazetteer.name_words()["organisation_ends"]
    for aid, draft in list(drafts.items()):
        if draft.kind != "organization" or draft.name not in ends:
            continue
        owners = [d for d in drafts.values() if d.kind == "organization" and d is not draft
                  and (d.name.endswith(" " + draft.name) or d.name.startswith(draft.name + " of "))]
        if len(owners) != 1:
            continue
        owner = owners[0]
        owner.mentions.extend(draft.mentions)
        draft.mentions = []
        spans[:] = [(s, e, owner.id if a == aid else a, owner.country if a == aid else c) for s, e, a, c in spans]


def _fold_nationality_modifiers(text: str, drafts: dict[str, _Draft], spans: list[tuple[int, int, str, str | None]]) -> None:
    """'Palestinian Hamas militants', "Lebanon's Hezbollah": the country word describes the organisation after it.

    An organisation without a country takes it; when it already has that country, the demonym is part of how the
    organisation is named and is not a separate mention of the country.
    """
    by_start = {s: (e, aid) for s, e, aid, _ in spans}
    ordered = sorted(spans)
    drop: set[tuple[int, str]] = set()
    for (s, e, aid, code), nxt in zip(ordered, ordered[1:], strict=False):
        if not aid.startswith("country:") or not nxt[2].startswith("organization:"):
            continue
        between = text[e : nxt[0]]
        if between not in (" ", "'s ", "’s ", " 's "):
            continue
        org = drafts[nxt[2]]
        if org.country is None:
            org.country = code
            # The id does not depend on the country for organisations, so the draft stays where it is.
        elif org.country == code and between == " ":
            drop.add((s, aid))
    for s, aid in drop:
        draft = drafts[aid]
        draft.mentions = [m for m in draft.mentions if m.start != s]
        by_start.pop(s, None)
    spans[:] = [t for t in spans if (t[0], t[2]) not in drop]


def other_entities(doc: Doc, actors: list[Actor], *, nlp: Language | None = None) -> list[Mention]:
    """Named entities that are never actors (events, products, works, laws, languages), outside actor mentions."""
    taken = bytearray(len(text_of(doc)) + 1)
    for a in actors:
        for m in a.mentions:
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    out = []
    for ent in refine_entities(doc, nlp=nlp):
        if ent.label not in OTHER_LABELS:
            continue
        span = ent.span(doc)
        if not any(taken[span.start_char : span.end_char]):
            out.append(Mention(start=span.start_char, end=span.end_char, text=span.text, label=ent.label))
    return out
