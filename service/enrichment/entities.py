"""Turns the model's raw entities into clean, document-consistent named-entity mentions, before actors are built.

The small statistical model makes errors that are systematic in news text and that the text itself can correct:
- all-caps headlines and subheadings read badly: they are re-cased from the article's own spelling of each word
  and run through the NER again (same length, so the offsets hold);
- spans run over newlines, score columns, list separators, a leading "the" or a trailing "'s": they are split and
  trimmed at token boundaries;
- one name gets different labels in one article ("Blinken" PERSON and GPE): the article votes, and a surname of a
  person named in full is that person;
- a name found once is a name wherever else the article writes it (headline included);
- results and standings lines ("Boston 5 Chicago 3", "Leeds v Everton", "Atlanta 83 49 .629") name teams: clubs are
  organisations, national sides keep their country ("Boston at Oakland" only among other results lines);
- what a person-name span says about itself: a nationality in front ("Briton Hayley Yelling"), letters after
  ("QC"), an organisation ending ("Manchester United", "Corp"), an honorific before ("Mr Clarke" tagged ORG);
- names listed together are alike, and a bracketed word after a person is an affiliation ("X (Saracens)");
- a single word marked only at sentence starts that the article also writes in lower case is no name.
Everything here is a rule about how news is written; no list of particular names is involved beyond the
gazetteers and the small lexicons of service/data (honorifics, parties, words that are never actors).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from service import gazetteer
from service.enrichment.doctext import text_of

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"})
# Labels whose names never contain a bare number; the others can ("Windows 95", "World War 2").
_NO_NUMBERS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
_SEPARATORS = frozenset({",", "(", ")", "[", "]", '"', "“", "”", ";", ":", "|", "/", "--", "...", "?", "!", "=", "+", "*", "$"})
_DASHES = frozenset({"-", "–", "—"})
_LEADING_DROP = frozenset({"the", "a", "an", "'s", "’s", "'", "’", "-", ".", "&"})
_TRAILING_DROP = frozenset({"'s", "’s", "'", "’", "-", "&", "of", "and", "the"})
_NUMERIC = re.compile(r"^[\d.,:/'-]*\d[\d.,:/'-]*[a-z]{0,2}$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.&-]*")
_LOWER_WORD = re.compile(r"(?<![A-Za-z'’.-])[a-z][a-z'’-]*")


@dataclass
class Entity:
    """A named-entity mention: token span [start, end) of the doc and its (OntoNotes) label."""

    start: int
    end: int
    label: str
    #: The actor the text itself identifies, whatever the span's words would resolve to: an armed group's short form
    #: the article cued ('ADF rebels'), see groups.py.
    known: gazetteer.KnownActor | None = None

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]


# ---------------------------------------------------------------------------------------------------- lines & casing


_THREE_CAPITALS = re.compile(r"[A-Z]{3}")


def _caps_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines written in capitals: headlines, subheadings, datelines, some table rows."""
    out = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if _THREE_CAPITALS.search(line):  # most lines have no three capitals in a row: skip the letter counts
            letters = sum(map(str.isalpha, line))
            if letters >= 4 and sum(map(str.isupper, line)) >= 0.9 * letters:
                out.append((pos, end))
        pos = end + 1
    return out


def _word_forms(text: str, caps: list[tuple[int, int]]) -> tuple[set[str], dict[str, str]]:
    """Words the article writes in lower case, and lower-cased capitalised words → the article's spelling of them."""
    if not caps:
        return set(), {}
    body = []
    last = 0
    for s, e in caps:
        body.append(text[last:s])
        last = e
    body.append(text[last:])
    prose = "\n".join(body)
    lower = set(_LOWER_WORD.findall(prose))
    cased: Counter[str] = Counter(w for w in _WORD.findall(prose) if w[0].isupper())
    spelled: dict[str, str] = {}
    for word, _ in cased.most_common():
        spelled.setdefault(word.lower(), word)
    return lower, spelled


def _common_words(nlp: Language | None) -> tuple[frozenset[str], frozenset[str]]:
    """English base forms (verbs/adjectives/adverbs, and nouns) from the pipeline's lemmatizer tables, if it has them.

    Needs the "lemmatizer" component of en_core_web_sm (rule mode: its lemma_index table); without it all-caps words
    the article does not spell elsewhere are title-cased.
    """
    if nlp is None or "lemmatizer" not in nlp.pipe_names:
        return frozenset(), frozenset()
    cached = _COMMON.get(id(nlp))
    if cached is None:
        lemmatizer = nlp.get_pipe("lemmatizer")
        try:
            index = lemmatizer.lookups.get_table("lemma_index")  # type: ignore[attr-defined]
            other = frozenset(w for pos in ("verb", "adj", "adv") for w in index.get(pos, []))
            nouns = frozenset(index.get("noun", []))
        except (AttributeError, KeyError, ValueError):
            other, nouns = frozenset(), frozenset()
        cached = _COMMON[id(nlp)] = (other, nouns)
    return cached


_COMMON: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
_SUFFIXES = ("ies", "es", "s", "ed", "ing", "ers", "er")


def _is_common(key: str, common: tuple[frozenset[str], frozenset[str]]) -> bool:
    """A word of ordinary English that is no place or actor the gazetteers know."""
    other, nouns = common
    if not other:
        return False
    forms = [key] + [key[: -len(x)] for x in _SUFFIXES if key.endswith(x) and len(key) - len(x) >= 3]
    forms += [f + "e" for f in forms[1:]] + [key[:-3] + "y" for x in ("ies",) if key.endswith(x)]
    if any(f in other for f in forms):
        return True
    if any(f in nouns for f in forms):
        return not (key in gazetteer.countries() or key in gazetteer.capitals() or key in gazetteer.demonyms()
                    or key in gazetteer.known_actors())
    return False


def _recase_word(word: str, lower: set[str], spelled: dict[str, str], common) -> str:
    key = word.lower()
    if key in spelled and key not in lower:
        form = spelled[key]
        return form if len(form) == len(word) else word
    if key in lower or key in STOP_WORDS:
        return key
    if "." in word or not re.search(r"[AEIOUY]", word):  # "U.S.", "KDP": abbreviations stay as they are
        return word
    if _is_common(key, common):
        return key
    return word[0] + word[1:].lower()


def recase(line: str, lower: set[str], spelled: dict[str, str], common=(frozenset(), frozenset())) -> str:
    """An all-caps line in the article's own casing; same length, so character offsets do not move."""
    out = _WORD.sub(lambda m: _recase_word(m.group(), lower, spelled, common), line)
    return out if len(out) == len(line) else line


def _recased_pieces(text: str, caps: list[tuple[int, int]], nlp: Language) -> list[str]:
    lower, spelled = _word_forms(text, caps)
    common = _common_words(nlp)
    return [recase(text[s:e], lower, spelled, common) for s, e in caps]


def _read_back(caps: list[tuple[int, int]], pieces: list[str], small: Doc) -> list[tuple[int, int, str]]:
    """The NER's entities on the joined re-cased lines, as character spans of the article."""
    offsets = []
    pos = 0
    for (s, _), piece in zip(caps, pieces, strict=True):
        offsets.append((pos, pos + len(piece), s))
        pos += len(piece) + 1
    out = []
    for ent in small.ents:
        for ps, pe, s in offsets:
            if ps <= ent.start_char and ent.end_char <= pe:
                out.append((s + ent.start_char - ps, s + ent.end_char - ps, ent.label_))
                break
    return out


def _recased_entities(text: str, caps: list[tuple[int, int]], nlp: Language) -> list[tuple[int, int, str]]:
    """Character spans and labels the NER finds on the re-cased capitals lines."""
    pieces = _recased_pieces(text, caps, nlp)
    # Only the NER runs (en_core_web_sm's ner has its own tok2vec); needs the "ner" component in the pipeline.
    return _read_back(caps, pieces, nlp.get_pipe("ner")(nlp.make_doc("\n".join(pieces))))


#: Where `read_capitals_lines` leaves a doc's re-cased entities for `refine_entities`.
_RECASED = "wirestream.recased_entities"


def read_capitals_lines(docs: list[Doc], texts: list[str], nlp: Language) -> None:
    """The NER over the re-cased capitals lines of a whole batch in one call (alone, each article's few lines cost a
    call's fixed overhead, ~3 ms, which was half the enrichment code on wire copy with capitals headlines); each doc's
    result is left in its `user_data` for `refine_entities`, which computes it alone when it is not there."""
    work = []
    for doc, text in zip(docs, texts, strict=True):
        caps = _caps_lines(text)
        if caps:
            pieces = _recased_pieces(text, caps, nlp)
            work.append((doc, caps, pieces, nlp.make_doc("\n".join(pieces))))
    if not work:
        return
    smalls = nlp.get_pipe("ner").pipe([small for *_, small in work], batch_size=len(work))
    for (doc, caps, pieces, _), small in zip(work, smalls, strict=True):
        doc.user_data[_RECASED] = _read_back(caps, pieces, small)


# ------------------------------------------------------------------------------------------------- splitting & trims


def _is_number(text: str) -> bool:
    return bool(_NUMERIC.match(text))


@cache
def _not_actor_words() -> frozenset[str]:
    """'MPs', 'ISP' split a span ('Tory MPs' → 'Tory'); honorifics do not ('Mr Blair' stays one name)."""
    return gazetteer.not_actors() - gazetteer.name_words()["honorifics"]


def _party_entities(doc: Doc, text: str) -> list[Entity]:
    """Party names and member words as news English writes them ('Tory MPs', 'the Lib Dems', 'Liberal Democrat
    leader'), capitalised, so 'labour costs' and 'conservative estimates' never match; not after 'of' ('Ministry of
    Labour'). Longer model entities that contain one win in the overlap resolution."""
    pattern, forms = _party_pattern()
    out = []
    lower: set[str] | None = None
    for m in pattern.finditer(text):
        s, e = m.span()
        if text[max(0, s - 3) : s] == "of ":
            continue
        span = doc.char_span(s, e)
        if span is None:
            continue
        if len(span) == 1 and (span[0].is_sent_start or _after_line_or_quote(doc, span.start)):
            # "Labour costs rose": at a sentence start, a word the article also writes in lower case is that word.
            if lower is None:
                lower = set(_LOWER_WORD.findall(text))
            if span.text.lower() in lower:
                continue
        out.append(Entity(span.start, span.end, "NORP" if forms[m.group()] else "ORG"))
    return out


_PARTY_PATTERN: list = []


def _party_pattern() -> tuple[re.Pattern[str], dict[str, bool]]:
    """The party forms as one regex, and form → whether it is a member word."""
    if not _PARTY_PATTERN:
        forms: dict[str, bool] = {}
        for party in gazetteer.parties():
            for name in (party.name, *party.names):
                forms[name] = False
            for member in party.members:
                forms.setdefault(member, True)
        alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        _PARTY_PATTERN.append((re.compile(r"(?<![\w'’.-])(?:" + alternatives + r")(?![\w'’-])"), forms))
    return _PARTY_PATTERN[0]


def _pieces(doc: Doc, start: int, end: int, label: str) -> list[tuple[int, int]]:
    """Split one entity at separators, line breaks and score columns, then trim what no name begins or ends with.

    A short number before a possessive ends the name instead ("Radio 4's Today programme"): results tables have no
    possessives, so a score after a name is still split off ('Kent 108-3', 'Ulsan 2')."""
    pieces: list[tuple[int, int]] = []
    cur = start
    for i in range(start, end):
        tok = doc[i]
        text = tok.text
        split = (
            tok.is_space
            or text in _SEPARATORS
            or (text in _DASHES and i > 0 and doc[i - 1].whitespace_ and tok.whitespace_)
            or (label in _NO_NUMBERS and _is_number(text)
                and not (i == end - 1 and i > start and text.isdigit() and len(text) <= 2 and end < len(doc)
                         and doc[end].text in ("'s", "’s")))
            or tok.lower_ in _not_actor_words()
        )
        if split:
            if i > cur:
                pieces.append((cur, i))
            cur = i + 1
    if end > cur:
        pieces.append((cur, end))
    out = []
    for s, e in pieces:
        while s < e and (doc[s].lower_ in _LEADING_DROP or doc[s].is_punct and doc[s].text not in (".",)
                         or doc[s].is_lower and doc[s].text in STOP_WORDS):
            s += 1
        while e > s and (doc[e - 1].lower_ in _TRAILING_DROP or (doc[e - 1].is_punct and doc[e - 1].text != ".")):
            e -= 1
        if e > s and any(c.isupper() for c in doc[s:e].text) and not _is_number(doc[s].text):
            out.append((s, e))
    return out



# ------------------------------------------------------------------------------------------------- sports & tables

_NAME = r"[A-Z][\w.'’&]*(?:[ -](?:[A-Z][\w.'’&]*|\(\s?[A-Z]\s?\)|de|del|la|of|St\.?))*"
# "Boston 5 Chicago 3", "Arsenal 2-1 Chelsea": both sides are teams.
_SCORE_LINE = re.compile(rf"^(?P<a>{_NAME}) (?:\d+ (?P<b>{_NAME}) \d+|\d+-\d+ (?P<c>{_NAME})(?= *(?:$|\(|\d)))", re.M)
# "Leeds v Everton": both teams; "Boston at Oakland": a team playing at a place.
_FIXTURE_LINE = re.compile(rf"^(?:[\w ,.-]*?: )?(?P<a>{_NAME}) (?:(?:v|vs\.?) (?P<b>{_NAME})|(?:at|AT) {_NAME})(?: \(.*\))? ?\.?$", re.M)
# Standings: a name followed by three or more numeric columns.
_TABLE_ROW = re.compile(rf"^(?:\d+\.? )?(?P<a>{_NAME})(?: (?:-?\d[\d./-]*|\.\d+|-)){{3,}}\s*$", re.M)
_INITIAL = re.compile(r"^[A-Z]\.(?: ?[A-Z]\.)* [A-Z]")
_CALENDAR = frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun jul "
    "aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday first second third fourth "
    "fifth sixth seventh eighth ninth tenth week day round game match stage division group".split()
)


def _team_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of team names in results, fixtures and standings lines."""
    spans = []
    results = False  # "Boston at Oakland" is a fixture only among results or standings; in prose it is a headline
    for pattern, groups in ((_SCORE_LINE, "abc"), (_TABLE_ROW, "a"), (_FIXTURE_LINE, "ab")):
        for m in pattern.finditer(text):
            if pattern is not _FIXTURE_LINE:
                results = True
            elif m.group("b") is None and not results:
                continue
            for g in groups:
                name = m.group(g)
                if not name or _INITIAL.match(name) or name.split()[0].lower() in _CALENDAR or name.lower() in STOP_WORDS:
                    continue  # "On 20 February 2024 …" is no score line with a team "On"
                s, e = m.span(g)
                if name.endswith(".") and len(name) > 2 and name[-2].islower():
                    e -= 1  # "Cyprus v Israel." ends a sentence; "St." keeps its stop
                spans.append((s, e))
    return spans


#: Nouns after a name that make it a place: "Kherson city", "Kani township", "Plateau state".
_PLACE_NOUNS = frozenset({"city", "town", "village", "township", "district", "province", "state", "county", "region",
                          "governorate", "municipality", "commune", "prefecture", "neighbourhood", "neighborhood", "camp"})
_LOCATIVE = frozenset({"in", "near", "outside", "around"})


def _called_places(doc: Doc, entities: list[Entity]) -> dict[str, str]:
    """Names the text itself marks as places, whatever the NER called them: a name followed by a place noun ("Kherson
    city", "Kirkuk province"), or after a locative preposition with its region in brackets, as conflict notes write
    them ("in Bokkos (Plateau)", "near Irob (Tigray)"), the bracketed names too."""
    out: dict[str, str] = {}
    starts = {e.start: e for e in entities}
    for ent in entities:
        if ent.label not in ("PERSON", "ORG"):
            continue
        after = doc[ent.end] if ent.end < len(doc) else None
        if after is not None and after.is_lower and after.lower_ in _PLACE_NOUNS:
            out[_key(doc[ent.start:ent.end].text)] = "GPE"
        elif after is not None and after.text == "(" and ent.start > 0 and (doc[ent.start - 1].lower_ in _LOCATIVE or (
                doc[ent.start - 1].lower_ == "of" and ent.start > 1 and doc[ent.start - 2].lemma_.lower() in _PLACE_NOUNS)):
            inner = starts.get(ent.end + 1)
            if inner is not None and not doc[inner.start:inner.end].text.isupper():  # "(PwC)", "(UN)": an acronym
                out[_key(doc[ent.start:ent.end].text)] = "GPE"
                out[_key(doc[inner.start:inner.end].text)] = "GPE"
    return out


# ------------------------------------------------------------------------------------------------- consistency


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _is_country(key: str) -> bool:
    return key in gazetteer.countries()


def _is_place_name(key: str) -> bool:
    """A country or a place the gazetteer knows ('England'): a person's surname never relabels it."""
    known = gazetteer.known_actors().get(key)
    return _is_country(key) or (known is not None and known.kind in ("place", "region"))


def refine_entities(doc: Doc, *, nlp: Language | None = None, text: str | None = None) -> list[Entity]:
    """Clean, consistently labelled named-entity mentions of `doc` (token spans, sorted, non-overlapping).

    `nlp` is the loaded pipeline: with it, all-caps lines are re-cased and read again by its NER.
    """
    text = text_of(doc) if text is None else text  # built anew on each access: read it once (callers may pass it)
    caps = _caps_lines(text)
    in_caps = _in_ranges(caps)
    recased = None
    if caps and nlp is not None:
        recased = doc.user_data.get(_RECASED)
        if recased is None:
            recased = _recased_entities(text, caps, nlp)
    raw: list[tuple[int, int, str]] = []  # token spans
    for ent in doc.ents:
        if ent.label_ in NAME_LABELS and not (recased is not None and in_caps(ent.start_char)):
            raw.append((ent.start, ent.end, ent.label_))
    for s, e, label in recased or []:
        span = doc.char_span(s, e, alignment_mode="expand") if label in NAME_LABELS else None
        if span is not None:
            raw.append((span.start, span.end, label))
    entities = _reshape(doc, [Entity(ps, pe, label) for s, e, label in raw for ps, pe in _pieces(doc, s, e, label)])
    _list_coherence(doc, text, entities)

    # Teams in results and tables: clubs are organisations, a country's (or a home nation's) side stays the place.
    teams: dict[str, str] = {}
    team_spans = []
    for cs, ce in _team_spans(text):
        span = doc.char_span(cs, ce, alignment_mode="contract")
        if span is None or not len(span):
            continue
        key = _key(span.text)
        known = gazetteer.known_actors().get(key)
        teams[key] = "GPE" if _is_country(key) or (known is not None and known.kind == "place") else "ORG"
        team_spans.append(span)

    # The article votes on each name's label; prose counts more than capitals lines.
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    surnames: dict[str, str] = {}  # lower-cased surname → as written
    for ent in entities:
        span = ent.span(doc)
        caps_line = in_caps(span.start_char)
        votes[_key(span.text)][ent.label] += 1 if caps_line else 2
        if ent.label == "PERSON" and ent.end - ent.start >= 2 and not caps_line:
            last = span[-1]
            if last.text[:1].isupper() and len(last) > 2:
                surnames.setdefault(last.lower_, last.text)
    label_of = {key: counter.most_common(1)[0][0] for key, counter in votes.items()}
    label_of.update(_called_places(doc, entities))
    label_of.update(teams)
    # "Contrack" tagged a person in an article that names "Contrack International": the short name of that body.
    org_heads = {_key(doc[e.start].text) for e in entities if e.label == "ORG" and e.end - e.start >= 2}
    for key in org_heads:
        if label_of.get(key) == "PERSON" and key not in surnames:
            label_of[key] = "ORG"
    for key in surnames:
        if not _is_place_name(key):
            label_of[key] = "PERSON"
    for ent in entities:
        ent.label = label_of.get(_key(ent.span(doc).text), ent.label)
    entities = _drop_capitalised_words(doc, text, entities)

    entities = _propagate(doc, text, entities, label_of, in_caps, surnames)
    entities.extend(_party_entities(doc, text))
    entities.extend(Entity(span.start, span.end, label_of.get(_key(span.text), "ORG")) for span in team_spans)
    return _non_overlapping(entities)


def _reshape(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """Fix what a person-name span says about itself: a nationality in front of a name ('Briton Hayley Yelling') is
    a mention of its own; letters after a name ('Guy Mansfield QC') are dropped; a name ending in a word that only
    ends organisations ('Manchester United', 'Acme Corp') is an organisation; an acronym is no person."""
    words = gazetteer.name_words()
    out: list[Entity] = []
    for ent in entities:
        n = ent.end - ent.start
        first = doc[ent.start]
        if ent.label == "PERSON" and n >= 2 and first.is_sent_start and (
                first.tag_ in ("VBG", "VBN", "VBD", "VB") or first.lower_ in STOP_WORDS and first.tag_ not in ("NNP", "NNPS")):
            # "Describing Mr Jackson as ...", "Without Charles ...": a verb or a function word that opens the sentence
            # is capitalised, not part of the name.
            ent = Entity(ent.start + 1, ent.end, ent.label)
            n -= 1
            first = doc[ent.start]
        if ent.label == "PERSON" and n >= 2 and doc[ent.end - 1].text in words["organisation_ends"]:
            ent.label = "ORG"  # "British Airways", "Manchester United" tagged PERSON
        if ent.label in ("PERSON", "NORP") and n >= (2 if ent.label == "PERSON" else 3) and first.lower_ in gazetteer.demonyms():
            rest = doc[ent.start + 1 : ent.end]
            if all(t.text[:1].isupper() for t in rest):
                out.append(Entity(ent.start, ent.start + 1, "NORP"))
                out.append(Entity(ent.start + 1, ent.end, "PERSON"))
                continue
        if n >= 3 and doc[ent.end - 1].lower_ in words["postnominals"] and ent.label in ("PERSON", "ORG"):
            head = doc[ent.start : ent.end - 1]
            if all(t.text[:1].isupper() for t in head) and _key(head.text) not in gazetteer.known_actors():
                out.append(Entity(ent.start, ent.end - 1, "PERSON"))
                continue
        honorific = (ent.start > 0 and doc[ent.start - 1].lower_ in words["honorifics"]) or (
            n >= 2 and first.lower_ in words["honorifics"])
        if honorific and ent.label != "PERSON" and n <= 4 and all(t.text[:1].isupper() for t in doc[ent.start : ent.end]):
            ent.label = "PERSON"  # "Mr Clarke" tagged ORG: an honorific says person
        if ent.label == "PERSON":
            if n == 1 and 2 <= len(first.text) <= 5 and (first.is_upper and first.text.isalpha()
                                                          or any(c.isdigit() for c in first.text)):
                ent.label = "ORG"  # "GPRS", "O2": acronyms and names with digits are no people
        out.append(ent)
    return out


_LIST_GLUE = frozenset({", ", " and ", ", and ", " & "})


def _list_coherence(doc: Doc, text: str, entities: list[Entity]) -> None:
    """Names listed together are alike: in 'Cate Blanchett, Leonardo DiCaprio, Keanu Reeves and Jim Carrey' a
    two- or three-word item the model took for an organisation is a person when most of the list are people; in
    'Iain Fullarton (Saracens)' the word in brackets after a person is an affiliation (club, party, country), not a
    person."""
    ordered = sorted(entities, key=lambda x: x.start)
    run: list[Entity] = []

    def close(run: list[Entity]) -> None:
        if len(run) < 3:
            return
        people = sum(1 for e in run if e.label == "PERSON")
        if people * 2 < len(run) or people < 2:
            return
        for e in run:
            n = e.end - e.start
            if e.label != "PERSON" and 2 <= n <= 3 and all(t.text[:1].isupper() and t.is_alpha for t in doc[e.start : e.end]):
                key = _key(e.span(doc).text)
                if not (_is_country(key) or key in gazetteer.known_actors() or key in gazetteer.capitals()):
                    e.label = "PERSON"

    for prev, ent in zip(ordered, ordered[1:]):
        gap = text[doc[prev.end - 1].idx + len(doc[prev.end - 1]) : doc[ent.start].idx] if ent.start >= prev.end else None
        if gap in _LIST_GLUE:
            run = run or [prev]
            run.append(ent)
        else:
            close(run)
            run = []
        if (ent.label == "PERSON" and prev.label == "PERSON" and prev.end - prev.start >= 2 and ent.end - ent.start <= 2
                and ent.start == prev.end + 1
                and doc[prev.end].text == "(" and ent.end < len(doc) and doc[ent.end].text == ")"):
            ent.label = "GPE" if _is_country(_key(ent.span(doc).text)) else "ORG"
    close(run)


def _drop_capitalised_words(doc: Doc, text: str, entities: list[Entity]) -> list[Entity]:
    """A single word marked only where a sentence or a title starts ('Broadband', 'Standoff') is an ordinary word
    when the article also writes it in lower case."""
    starts: dict[str, bool] = {}
    for ent in entities:
        key = _key(ent.span(doc).text)
        at_start = ent.end - ent.start == 1 and (doc[ent.start].is_sent_start or _after_line_or_quote(doc, ent.start))
        starts[key] = starts.get(key, True) and at_start
    candidates = {key for key, only_at_start in starts.items() if only_at_start}
    if not candidates:
        return entities
    lower = set(_LOWER_WORD.findall(text))
    dropped = {key for key in candidates if key in lower}
    return [e for e in entities if _key(e.span(doc).text) not in dropped] if dropped else entities


def _after_line_or_quote(doc: Doc, i: int) -> bool:
    prev = doc[i - 1] if i > 0 else None
    return prev is None or prev.is_space or prev.text in ("'", '"', "‘", "“")


def _in_ranges(ranges: list[tuple[int, int]]):
    starts = [s for s, _ in ranges]

    def inside(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and pos < ranges[i][1]

    return inside


def _propagate(
    doc: Doc, text: str, entities: list[Entity], label_of: dict[str, str], in_caps, surnames: dict[str, str]
) -> list[Entity]:
    """A name the article uses once is a name wherever else it is written, in prose or in capitals; so is the
    surname of a person it names in full."""
    taken = bytearray(len(text) + 1)
    forms: dict[str, str] = {}
    for key, written in surnames.items():
        forms[written] = key
        forms[written.upper()] = key
    for ent in entities:
        span = ent.span(doc)
        taken[span.start_char : span.end_char] = b"\x01" * (span.end_char - span.start_char)
        surface = span.text
        if len(surface) < 3 or "\n" in surface:
            continue
        forms.setdefault(surface, _key(surface))
        forms.setdefault(surface.upper(), _key(surface))
    if not forms:
        return entities
    lower_words: set[str] | None = None
    added = []
    for s, e in _occurrences(text, forms):
        if any(taken[s:e]):
            continue
        surface = text[s:e]
        if surface.isupper() and not surface == forms[surface].upper() and not in_caps(s):
            continue
        span = doc.char_span(s, e)
        label = label_of.get(forms[surface])
        if span is None or label is None:
            continue
        if span[0].is_sent_start and " " not in surface:
            # "Real looked ..." is the club, "Real progress ..." is not: a word the article also writes in lower
            # case is no name at the start of a sentence.
            if lower_words is None:
                lower_words = set(_LOWER_WORD.findall(text))
            if surface.lower() in lower_words or surface.lower() in STOP_WORDS:
                continue
        added.append(Entity(span.start, span.end, label))
        taken[s:e] = b"\x01" * (e - s)
    return entities + added


_WORD_START = re.compile(r"(?<![\w'’.-])")
_WORD_GOES_ON = re.compile(r"[\w-]")


def _occurrences(text: str, forms: dict[str, str]) -> list[tuple[int, int]]:
    r"""Where the forms are written as words, left to right, the longest form at each place, none overlapping: what
    the alternation `(?<![\w'’.-])(?:longest|…|shortest)(?![\w-])` finds, without compiling a pattern per article."""
    by_first: dict[str, list[str]] = defaultdict(list)
    for form in sorted(forms, key=len, reverse=True):
        if form:
            by_first[form[0]].append(form)
    found: list[tuple[int, int]] = []
    end = 0
    for m in _WORD_START.finditer(text):
        s = m.start()
        if s < end or s == len(text):
            continue
        for form in by_first.get(text[s], ()):
            e = s + len(form)
            if text.startswith(form, s) and not _WORD_GOES_ON.match(text, e):
                found.append((s, e))
                end = e
                break
    return found


def _non_overlapping(entities: list[Entity]) -> list[Entity]:
    out: list[Entity] = []
    last_end = -1
    for ent in sorted(entities, key=lambda x: (x.start, -(x.end - x.start))):
        if ent.start >= last_end:
            out.append(ent)
            last_end = ent.end
    return out
