"""Finds numbers that carry meaning (killed, injured, hostages, money, ...) with value, bounds, qualifier and attribution.

Relies on the full pipeline of each sentence that holds a number or a word of harm: tagger and lemmatizer (lemma_,
tag_), parser (dep_, head, subtree) and NER (DATE/TIME/MONEY/PERCENT/... ent_type_). A speed-up that skips sentences
must keep parsing every sentence with a digit, a number word, a vague amount, a lexicon word of harm or a casualty
noun (figures.json "casualty_nouns"); the background rules read the rest of such a sentence's parse.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass
from functools import cache

from spacy.attrs import ENT_IOB, ENT_TYPE, LEMMA, LIKE_NUM, LOWER
from spacy.tokens import Doc, Span, Token

from schemas import Figure
from service import gazetteer
from service.enrichment.background import (
    background,
    dated_last_week,
    governing_verb,
    tally_since,
    wider_scope,
)
from service.enrichment.doctext import text_of
from service.enrichment.harm import (
    ATTACK_NOUNS,
    BODIES,
    EVENT_NOUNS,
    LATER,
    PEOPLE_ONLY,
    REPORT_VERBS,
    figure_lexicon,
    found_body,
    harm_of,
    is_kill_phrase,
    person_nouns,
)
from service.enrichment.incidents import IncidentStarts
from service.enrichment.layout import Layout
from service.enrichment.mentions import MentionIndex
from service.enrichment.numbers import NUMBER_WORDS, is_number_word, is_ordinal, parse_number

PLACE_KINDS = frozenset({"place", "country", "region"})
_SAY = frozenset({"say", "tell", "report", "announce", "confirm", "claim", "state", "add", "estimate", "allege", "believe"})
_SAY_NOUNS = frozenset({"statement", "report", "communique", "communiqué", "announcement", "claim", "tweet", "post"})
_SKIP_ENTS = frozenset({"DATE", "TIME", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
# Between a counted phrase and its harm word: "Two people were reportedly killed", "five men were reported killed".
_FILLERS = frozenset({"were", "was", "are", "is", "been", "have", "has", "had", "be", "being", "reported", "reportedly",
                      "feared", "confirmed", "believed", "said", "allegedly", "people", "also", "later", "all", "both",
                      "others", "other", "more", "then", "initially", "thought", "presumed"})
_PLACE_PREPS = frozenset({"in", "at", "near", "through", "across", "into", "to", "inside", "outside", "around", "on"})
_PRONOUNS = frozenset({"PRP", "WP", "WDT", "DT", "EX"})
_RELATIVE = frozenset({"that", "which", "who", "whom"})
_SINGLE_PRONOUNS = frozenset({"he", "she", "him", "her", "himself", "herself", "his"})
_HEDGES = frozenset({"supposedly", "possibly", "perhaps", "maybe"})
# A counted phrase in one of these relations to its verb is where the harm word is found.
_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "appos", "npadvmod"})


@dataclass
class _Quantity:
    start: int  # first token of the qualifier + number phrase
    end: int  # one past the last token of the number phrase
    anchor: Token  # the token that holds the syntactic role (the counted noun, or the number itself)
    noun: Token  # the counted noun ("hostages" in "scores of hostages"); the number itself when there is none
    value: float | None
    low: float | None
    high: float | None
    qualifier: str


def _qualifier_before(doc: Doc, i: int) -> tuple[str, int]:
    """The qualifier phrase ending just before token i, and where it starts."""
    best = ("exact", i)
    if i == 0:
        return best
    for name, words in _qualifier_phrases().get(doc[i - 1].lower_, ()):
        j = i - len(words)
        if j >= 0 and [t.lower_ for t in doc[j:i]] == words and j < best[1]:
            best = (name, j)
    return best


@cache
def _qualifier_phrases() -> dict[str, list[tuple[str, list[str]]]]:
    """Last word → (qualifier, words): only phrases that can end just before the number are compared."""
    out: dict[str, list[tuple[str, list[str]]]] = {}
    for name, phrases in figure_lexicon()["qualifiers"].items():
        for phrase in phrases:
            out.setdefault(phrase.split()[-1], []).append((name, phrase.split()))
    return out


def _harmed(noun: Token) -> bool:
    """The noun is whom a verb of harm was done to (or the second of such a pair)."""
    if noun.dep_ == "conj" and any(c.dep_ == "nummod" for c in noun.head.children):
        noun = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and harm_of(noun.head) is not None


@cache
def _group_names() -> frozenset[str]:
    """One-word names of organisations and armed groups ("taliban", "hezbollah", "hts"), lower-cased."""
    names = {name for name, actor in gazetteer.known_actors().items() if actor.kind == "organization"}
    for group in gazetteer.armed_groups():
        names.update(n.lower() for n in (*group.names, *group.cued))
    return frozenset(n for n in names if " " not in n)


def _is_excluded_number(doc: Doc, start: int, end: int, value: float) -> bool:
    """Years, ages, units, unit names ('21 Brigade'), numbered things ('No. 1'): not counts of people or things."""
    lex = figure_lexicon()
    nxt = end
    while nxt < len(doc) and doc[nxt].text in ("-", "–"):
        nxt += 1
    after = doc[nxt] if nxt < len(doc) else None
    if after is not None and after.lower_ in lex["not_counted_after"] and not (
            after.dep_ == "compound" and after.head.i > after.i and after.head.tag_ == "NNS"
            and after.head.lemma_.lower() in person_nouns()):  # not "twenty cattle keepers", "three goat herders"
        return True
    if after is not None and after.tag_ == "NNP" and after.is_title and nxt + 1 < len(doc) \
            and doc[nxt + 1].lemma_.lower() in ("gang", "cartel", "faction", "clan") and doc[start].text.isdigit():
        return True  # "the Chen Mechan and 400 Mawozo gangs": a gang's name with its number
    first = doc[start].head if doc[start].dep_ == "conj" and doc[start].head.dep_ == "nummod" else doc[start]
    counted = first.head if first.dep_ == "nummod" and first.head.i >= nxt else None  # "Between 5 and 8 Fano members"
    if counted is not None and after is not None and after.lower_ not in lex["months"] and (
            after is counted or after in counted.subtree) and (
            counted.tag_ in ("NNS", "NNPS") or counted.lemma_.lower() in person_nouns()):
        pass  # "3 Taliban border guards", "1 Kuki-Zo man": the parser says what is counted, and it is people
    elif after is not None and ((after.tag_ == "NNP" and after.is_title) or (  # "a jawan of 55 RR": a unit's number
            after.tag_ in ("NNP", "NN") and after.text.isupper() and len(after.text) >= 2 and start > 0
            and doc[start - 1].lower_ == "of")) \
            and doc[start].text.isdigit():
        k = nxt
        while k < len(doc) and (doc[k].tag_ in ("NNP", "NNPS") or (  # "seven Boko Haram/ISWAP terrorists"
                # "6 Boko Haram/ISWAP terrorists" with the acronym tagged a common noun
                doc[k].tag_ == "NN" and doc[k].text.isupper() and len(doc[k].text) > 1 and k > nxt) or (
                doc[k].text == "/" and k + 1 < len(doc) and doc[k + 1].text[:1].isupper())):
            k += 1
        following = doc[k] if k < len(doc) else None
        # "the 21 Brigade", "10 Downing Street": the name is what is numbered; "5 Al Shabaab fighters",
        # "40 Garabulli men", "18 Misratan's dead" count the people the name qualifies.
        if not (following is not None and (following.tag_ in ("NNS", "POS") or following.lemma_.lower() in person_nouns())) \
                and after.lower_ not in gazetteer.demonyms() and after.ent_type_ != "NORP" \
                and not (k == nxt + 1 and after.lower_ in _group_names()) \
                and not (k == nxt + 1 and doc[start].head.i == after.i and _harmed(after)):
            # "killing 1 Copt", "4 Peuhl and 2 Bambara were killed": whom the harm was done to
            # "26 Nigerien and 2 Nigerian soldiers", "23 Taliban were killed", "19 HTS and 5 Hezbollah fighters":
            # people of a nation or members of a group
            return True
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.text == "(" and start >= 2 and doc[start - 2].ent_type_ in ("DATE", "TIME") \
            and after is not None and after.text == ")":
        return True  # "on Thursday morning (12)": the day of the month, as Brazilian press writes it
    if before is not None and before.text == "," and start >= 2 and doc[start - 2].tag_ == "NN" and (
            doc[start - 2].lemma_.lower() in person_nouns()) and (after is None or after.text in (",", ".", ";", ")")
                                                                   or after.lower_ == "and"):
        return True  # "2 people were killed: a man, 47, and a woman, 62": ages
    if before is not None and before.lower_ in ("no.", "no", "number", "#", "page", "article", "route", "chapter", "aged"):
        return True  # numbered things, and ages: "a boy aged 12"
    if start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ == "age":
        return True  # "at the age of 73"
    if start > 1 and doc[start - 1].lower_ in ("between", "from") and doc[start - 2].lower_ in ("aged", "ages"):
        return True  # "Nine young people aged between 14 and 23 died": their ages
    if start > 2 and before is not None and before.lower_ in ("and", ",", "to") and doc[start - 2].like_num \
            and doc[start - 3].lower_ in ("aged", "ages"):
        return True  # "2 protesters aged 22 and 24": the second age
    text = doc[start:end].text
    if len(text) == 4 and text.isdigit() and 1800 <= value <= 2100 and not (after is not None and after.tag_ == "NNS"):
        return True
    return False


def _entity_of(tok: Token):
    """The entity span a token is in, found from its IOB tags (cheaper than scanning doc.ents per token)."""
    if not tok.ent_type_:
        return None
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _number_only_entity(tok: Token) -> bool:
    """NER sometimes calls a bare count a DATE or QUANTITY ('Between 1 and 4 soldiers', 'between 6-8 assailants'):
    true when its entity holds nothing but the numbers (no date word, no unit)."""
    if tok.ent_type_ not in ("DATE", "CARDINAL", "QUANTITY", "MONEY"):  # QUANTITY: "between 6-8 assailants"
        return False
    ent = _entity_of(tok)
    if ent is None:
        return False
    if tok.ent_type_ == "MONEY":  # "Twenty-seven Maoists" called MONEY: no currency, only the number's words
        return all(is_number_word(t.lower_) or t.text == "-" for t in ent)
    if tok.ent_type_ == "QUANTITY" and len(ent) == 2 and is_number_word(ent[0].text) \
            and ent[1].lemma_.lower() in person_nouns():
        return True  # "4 terrorists" called a QUANTITY: people, not a measure
    if tok.ent_type_ == "QUANTITY" and tok.dep_ == "nummod" and tok.head.tag_ == "NNS" \
            and tok.head.lemma_.lower() in person_nouns():
        return True  # "2 motorcycle-taxi drivers" ("2 motorcycle" a QUANTITY): the number counts the drivers
    doc = tok.doc
    if tok.ent_type_ == "DATE" and ent[-1].tag_ == "NNS" and ent[-1].lemma_.lower() in person_nouns() and all(
            is_number_word(t.text) or t.lower_ in ("between", "and", "to", "-", "–") or t.pos_ in ("PROPN", "ADJ")
            for t in ent[:-1]):
        return True  # "Between 15 and 20 soldiers" (NIGERIEN soldiers too) called a DATE, people and all
    return all(
        is_number_word(t.text) or t.lower_ in ("between", "and", "to", "-", "–", "at", "least", "some", "about") for t in ent
    ) and ent.end < len(doc) and (doc[ent.end].pos_ in ("NOUN", "VERB", "ADJ", "ADV") or (
        # "Between 15 and 20 Nigerien soldiers": a nationality the tagger calls a name, then the people
        doc[ent.end].pos_ == "PROPN" and any(t.tag_ == "NNS" and t.lemma_.lower() in person_nouns()
                                             for t in doc[ent.end + 1:ent.end + 4])) or (
        # "between 5 and 7 people killed" with only "between 5" taken for a date: the range goes on after it
        doc[ent.end].lower_ in ("and", "to", "-", "–") and ent.end + 1 < len(doc) and is_number_word(doc[ent.end + 1].text)
        and ent[0].lower_ == "between") or (
        # "killed between 56 and 64 people" with "between 56 and" a date and "64" a number of its own
        ent[0].lower_ == "between" and ent[-1].lower_ in ("and", "to", "-", "–") and is_number_word(doc[ent.end].text)))


def _toll_number(tok: Token) -> bool:
    """'The death toll rose to eight later in the evening': NER takes the count for the start of a time; what a
    toll rises to is a count."""
    if tok.dep_ == "attr" and tok.head.lemma_ == "be" and is_number_word(tok.text) and any(
            c.dep_ == "nsubj" and _is_toll(c) for c in tok.head.children):
        return True  # "the death toll was 22", "the number of dead was 22"
    if tok.dep_ == "nummod" and is_number_word(tok.text) and harm_of(tok.head) == "killed" \
            and tok.head.dep_ in ("acomp", "attr") and tok.head.head.lemma_ == "be" \
            and any(c.dep_ == "nsubj" and _is_toll(c) for c in tok.head.head.children):
        return True  # "The provisional toll is eighteen (18) dead"
    return tok.dep_ == "pobj" and tok.head.lower_ in ("to", "at") and is_number_word(tok.text) and (
        _toll(tok.head.head) is not None or _toll_set_at(tok) is not None or _toll_standing_at(tok) is not None
        or _gapped_raise(tok) is not None)


def _gapped_raise(tok: Token) -> Token | None:
    """'raised the toll to 25, and on 22 January to 27', 'The toll later rose to 50, and by the end of April to 61':
    a toll's later value with its verb left out. Returns the number of the raise told before it."""
    if not (tok.dep_ == "pobj" and tok.head.lower_ == "to" and is_number_word(tok.text)):
        return None
    doc, sent = tok.doc, tok.sent
    i = tok.head.i - 1
    while i > sent.start and tok.head.i - i <= 8 and doc[i].lower_ != "and" and doc[i].pos_ not in ("VERB", "AUX"):
        i -= 1
    if doc[i].lower_ != "and":
        return None
    for k in range(i - 1, max(sent.start, i - 4), -1):
        if doc[k].lower_ == "to" and is_number_word(doc[k + 1].text) and doc[k + 1].dep_ == "pobj" and (
                _toll(doc[k].head) is not None or _toll_set_at(doc[k + 1]) is not None or _gapped_raise(doc[k + 1])):
            return doc[k + 1]
    return None


def _toll_standing_at(tok: Token) -> Token | None:
    """'…, with the confirmed death toll at 46': the toll named with the number it stands at, no verb between."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.head.head.pos_ == "NOUN" and tok.head.head.lemma_.lower() == "toll" \
            and _is_toll(tok.head.head):
        return tok.head.head
    return None


def _toll_of(tok: Token) -> Token | None:
    """'the state government gave an updated toll of 102': a toll said to be new, with the number it is of. (A death
    toll of N is read through the harm word; a bare 'toll of' only when a word says it changed.)"""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "toll" \
            and tok.head.head.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in ("updated", "new", "revised", "latest", "final")
                                                   for c in tok.head.head.children) and _is_toll(tok.head.head):
        return tok.head.head
    return None


def _age_after_a_name(doc: Doc, q: _Quantity) -> bool:
    """'Alice da Silva Aguiar, nine, died', 'Bebe King, six, and Elsie Dot Stancombe, seven, died on Monday': a number
    alone between commas right after a person's name is the age."""
    if q.noun is not q.anchor or q.start < 2 or q.end >= len(doc):
        return False
    before, name = doc[q.start - 1], doc[q.start - 2]
    return before.text == "," and name.pos_ == "PROPN" and name.ent_type_ == "PERSON" and doc[q.end].text in (",", ")")


def _own_relatives_lost(q: _Quantity, pred: Token) -> bool:
    """'who says having lost three members of his family', 'she lost two relatives': a teller's own dead, some of the
    dead the report counts."""
    if pred.lemma_.lower() != "lose":
        return False
    noun = q.noun
    if noun.lemma_.lower() in ("relative", "relatives"):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.lemma_.lower() == "family" and any(d.dep_ == "poss" and d.lower_ in ("his", "her", "their", "my", "our")
                                            for d in o.children) for o in c.children) for c in noun.children)


def _statistic(doc: Doc, q: _Quantity) -> bool:
    """A rate or an average, not people counted: '64.9 murders' (a fraction of a person), 'an average of 30 killings a
    day', '12 homicides per 100,000 inhabitants'."""
    if q.value is not None and q.value != int(q.value):
        return True
    before = [t.lower_ for t in doc[max(0, q.start - 3):q.start]]
    if "average" in before or "rate" in before:
        return True
    after = [t.lower_ for t in doc[q.end:min(len(doc), q.end + 3)]]
    # "roughly one in six was killed": a share of the people, not a count of them (not "killed 14 in two attacks")
    if q.value == 1 and len(after) >= 2 and after[0] == "in" and doc[q.end + 1].like_num:
        return True
    if q.start >= 2 and doc[q.start - 1].lower_ == "in" and doc[q.start - 2].lower_ in ("one", "1"):
        return True  # (the "six" of "one in six")
    return "per" in after[:2]


def _spaced_thousands(first: str, second: str) -> bool:
    return first.isdigit() and len(first) <= 3 and second.isdigit() and len(second) == 3


def _counts_after_a_date(tok: Token) -> bool:
    """'On Tuesday 4 villagers were killed', 'On 12 June 4 villagers …': NER runs the date on over the count that
    ends it, right before a plural outside the date (not a unit of time: 'Tuesday 4 weeks ago' stays a date)."""
    doc = tok.doc
    if tok.ent_type_ != "DATE" or tok.i + 1 >= len(doc) or not tok.like_num:
        return False
    after = doc[tok.i + 1]  # the parser may hang the number on the date ('On 12 June 4 villagers'): read the order
    if after.lower_ in ("more", "other") and tok.i + 2 < len(doc):
        after = doc[tok.i + 2]  # "On 5 July 4 more villagers were killed"
    return after.tag_ == "NNS" and not after.ent_type_ and after.lower_ not in figure_lexicon()["not_counted_after"]


def _coder_remark(doc: Doc, start: int, end: int) -> bool:
    """'(coded as 7 fatalities total)', '22 fatalities coded': a data coder's note about the count, not the report."""
    return any(t.lower_ in ("code", "coded", "codes", "coding") for t in doc[max(0, start - 3):min(len(doc), end + 3)])


def _counted_noun(doc: Doc, start: int, end: int) -> tuple[Token, Token]:
    """(anchor, noun) for the number phrase doc[start:end]."""
    head = doc[end - 1]
    for tok in doc[start:end]:
        if not (start <= tok.head.i < end):
            head = tok
            break
    if head.dep_ == "nummod" and head.head.lower_ == "death" and head.head.i < start and head.head.dep_ == "pobj" \
            and head.head.head.lower_ == "to" and (obj := next((c for c in head.head.head.head.children
                                                               if c.dep_ == "dobj" and end <= c.i <= end + 4), None)):
        return obj, obj  # "beating to death 13 police personnel": the parser hangs the number on "death"
    if head.dep_ == "conj" and head.pos_ == "NUM" and head.head.dep_ == "nummod" and head.head.head.i >= end \
            and head.head.head.pos_ in ("NOUN", "PROPN"):
        counted = head.head.head  # "killing 5 and 6 villagers respectively": the second number counts the same noun
        return counted, doc[counted.i]
    if head.dep_ == "amod" and head.head.pos_ == "ADJ" and head.head.i == end and head.head.dep_ in _ARG_DEPS \
            and harm_of(head.head):
        return head.head, doc[head.head.i]  # "Sources reported several dead on both sides": the dead, counted
    # "Three suspected communist New People's Army (NPA) rebels": a long name between the number and its noun
    long_name = head.head.i > end + 6 and head.head.i <= end + 12 and all(
        t.dep_ in ("amod", "compound", "nmod", "poss", "case", "punct") for t in doc[end:head.head.i])
    if (head.dep_ in ("nummod", "quantmod", "amod", "det") or (  # "Forty inmates were found dead": "Forty" a compound
            head.dep_ == "compound" and is_number_word(head.text) and head.head.tag_ == "NNS")) \
            and head.head.pos_ in ("NOUN", "PROPN", "PRON") and (
            end <= head.head.i <= end + 6 or long_name):
        counted = head.head
        # "Two Thai paramilitary rangers": the parser hangs the number on the first modifier
        while counted.dep_ in ("nmod", "compound") and (counted.pos_ == "PROPN" or counted.text.isupper()) \
                and counted.head.pos_ == "NOUN" \
                and counted.i < counted.head.i <= end + 10:  # "Two Karen National Liberation Army (KNLA) fighters"
            counted = counted.head
        if counted.pos_ in ("PROPN", "ADJ") and counted.lower_ in gazetteer.demonyms():
            # "killing 26 Nigerien and 2 Nigerian soldiers": the first part's noun is the second's
            for conj in counted.children:
                if conj.dep_ == "conj" and conj.pos_ == "NOUN" and conj.tag_ == "NNS" \
                        and any(c.dep_ == "nummod" for c in conj.children):
                    return counted, conj
        return counted, doc[counted.i]  # two Token objects: `noun is anchor` means a bare number elsewhere
    if head.dep_ in ("ROOT", "dep") and (head.pos_ == "NUM" or (head.pos_ == "PROPN" and end - start == 1
                                                                and head.is_title and not head.n_lefts)):
        # "Fifteen Armenian soldiers were killed": the parser made the number a sentence of its own; right after a
        # dateline ("PESHAWAR, Pakistan - Three people, including a soldier, were killed") it may take it for a name
        for tok in doc[end:min(end + 4, len(doc))]:
            if tok.tag_ in ("NNS", "NNPS") and tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
                return tok, doc[tok.i]
            if tok.pos_ not in ("ADJ", "PROPN", "NOUN") or tok.dep_ not in ("amod", "compound", "nmod"):
                break
    for child in head.children:  # "16 of their hostages", "scores of hostages", "dozens of people", "tens of dead"
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and (obj.pos_ in ("NOUN", "PROPN") or (obj.pos_ == "ADJ" and harm_of(obj))):
                    return head, obj
    return head, head


_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


_AGE_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})


def _quantities(doc: Doc, layout: Layout) -> list[_Quantity]:
    """Numbers and vague amounts in the body, with qualifier and bounds; not dates, times, ordinals, ages or units."""
    lex = figure_lexicon()
    vague: dict[str, list[tuple[list[str], float | None]]] = {}  # first word → phrases, longest first
    for phrase, low in sorted(lex["vague"].items(), key=lambda x: -len(x[0].split())):
        vague.setdefault(phrase.split()[0], []).append((phrase.split(), low))
    lowered, candidates = candidate_tokens(doc, frozenset(vague) | {"a", "an"} | NUMBER_WORDS, number_like=True)
    out: list[_Quantity] = []
    i, n = 0, len(doc)
    for c in candidates:
        if c < i:
            continue
        i = c
        tok = doc[i]
        if not is_number_word(tok.lower_) and tok.lower_ not in vague and tok.lower_ not in ("a", "an"):
            continue
        if layout.excluded(tok.idx, tok.idx + len(tok)) or is_ordinal(tok.text) or (
            tok.ent_type_ in _SKIP_ENTS and not _number_only_entity(tok) and not _counts_after_a_date(tok)
            and not _toll_number(tok)
        ):
            continue
        if tok.lower_ in ("a", "an") and i + 3 < n and doc[i + 1].text in _QUOTES and doc[i + 3].text in _QUOTES \
                and doc[i + 2].lower_ in ("dozen", "hundred", "thousand") and doc[i + 2].head.pos_ == "NOUN" \
                and doc[i + 2].head.i == i + 4:
            # 'a "dozen" assailants were also killed': a number a source's words put in quotes
            value = parse_number(f"a {doc[i + 2].lower_}")
            noun = doc[i + 4]
            out.append(_Quantity(i, i + 4, noun, noun, value, value, value, "exact"))
            i += 4
            continue
        if is_number_word(tok.text) or (tok.lower_ in ("a", "an") and i + 1 < n and doc[i + 1].lower_ in ("dozen", "hundred", "thousand")):
            j = i + 1
            # Two numbers in digits side by side are two numbers ('In 2015 20 people died'), unless the second is the
            # thousands of the first written with a space ('1 000').
            # Nor is a number in words with digits after it, or with an age after it ('two 15-year-old boys').
            while j < n and ((is_number_word(doc[j].text) and not (doc[j].text[0].isdigit() and doc[j - 1].text[0].isdigit()
                                                                    and not _spaced_thousands(doc[j - 1].text, doc[j].text))
                              and not (doc[j].text[0].isdigit() and not doc[j - 1].text[0].isdigit())
                              and not (j + 2 < n and doc[j + 1].text == "-" and doc[j + 2].lower_ in _AGE_UNITS))
                             or (doc[j].text in ("-",) and j + 1 < n and is_number_word(doc[j + 1].text)
                                                          and not doc[j + 1].text[0].isdigit())
                             # "a hundred and twenty-one", as spoken and as British copy writes it
                             or (doc[j].lower_ == "and" and doc[j - 1].lower_ in ("hundred", "thousand") and j + 1 < n
                                 and is_number_word(doc[j + 1].text) and not doc[j + 1].text[0].isdigit()
                                 and doc[j + 1].lower_ not in ("hundred", "thousand", "a", "an"))):
                j += 1
            value = parse_number(doc[i:j].text)
            # "half a dozen villagers": six
            half = tok.lower_ in ("a", "an") and i > 0 and doc[i - 1].lower_ == "half" and value is not None
            if half:
                value = value / 2  # type: ignore[operator]
            low = high = value
            qualifier, qstart = _qualifier_before(doc, i - 1 if half else i)
            # Ranges: "between 6-8", "11 to 14", "between 11 and 14", "two or three".
            if j + 1 < n and doc[j].lower_ in ("-", "–", "to", "and", "or") and is_number_word(doc[j + 1].text) and (
                doc[j].lower_ in ("-", "–", "to", "or") or (i > 0 and doc[i - 1].lower_ == "between")
            ):  # "or": "one or two people", "5 or 7 people" — at least the lower
                second = parse_number(doc[j + 1].text)
                if value is not None and second is not None and second > value:
                    low, high, value, qualifier = value, second, None, "about"
                    qstart = i - 1 if i > 0 and doc[i - 1].lower_ == "between" else i
                    j += 2
            if value is None and low is None:
                i = j
                continue
            if _is_excluded_number(doc, i, j, value if value is not None else low or 0) or _coder_remark(doc, qstart, j):
                i = j
                continue
            if qualifier in ("more_than", "at_least"):
                high = None
            elif qualifier == "about" and value is not None:
                low = high = None
            elif qualifier in ("up_to", "fewer_than"):
                low = None
            anchor, noun = _counted_noun(doc, i, j)
            if noun is anchor and j + 1 < n and doc[j].text in _QUOTES and qstart > 0 and doc[qstart - 1].text in _QUOTES \
                    and doc[j + 1].pos_ == "NOUN" and (
                    doc[j + 1].tag_ == "NNS" or doc[j + 1].lower_.endswith("men")) \
                    and doc[j + 1].lemma_.lower() not in _not_counted():
                noun = doc[j + 1]  # 'had killed "up to 70" servicemen': a source's number in quotes, then its noun
            if j + 2 < n and doc[j].text == "(" and doc[j + 2].text == ")" and parse_number(doc[j + 1].text) == value:
                # "neutralising three (3) of the bandits": the figure repeated in brackets, as police releases write
                anchor, noun = _counted_noun(doc, j + 1, j + 2)
                if noun is anchor and j + 3 < n and doc[j + 3].lower_ == "of":
                    noun = next((o for o in doc[j + 3].children if o.dep_ == "pobj"), noun)
                out.append(_Quantity(qstart, j + 3, anchor, noun, value, low, high, qualifier))
                i = j + 3
                continue
            out.append(_Quantity(qstart, j, anchor, noun, value, low, high, qualifier))
            i = j
            continue
        for words, bound in vague.get(tok.lower_, ()):
            k = i + len(words)
            if k <= n and lowered(i, k) == words:
                last = doc[k - 1]
                if last.lower_ == "of" and k < n:  # "an unknown number of pastoralists", "scores of hostages"
                    anchor = doc[i:k - 1].root if k - 1 > i else doc[i]
                    noun = doc[k] if doc[k].pos_ in ("NOUN", "PROPN") else anchor
                    for obj in last.children:
                        if obj.dep_ == "pobj":
                            noun = obj
                else:
                    anchor, noun = _counted_noun(doc, i, k)
                if bound is None and noun is anchor and anchor.i < k and anchor.dep_ not in _ARG_DEPS:
                    break  # "many" alone that is no argument: an adverb of degree, not an amount
                out.append(_Quantity(i, k, anchor, noun, None, None if bound is None else float(bound), None, "vague"))
                i = k
                break
    return out


@cache
def _string_ids(texts: frozenset[str]):
    """The ids doc.to_array uses for these strings: a symbol for built-in labels ('MONEY'), else the string's hash."""
    import numpy
    from spacy.strings import StringStore

    strings = StringStore()  # symbols and hashes are the same in every vocab
    return numpy.array(sorted(strings[t] for t in texts), dtype=numpy.uint64)


def _member(values, sorted_ids):
    """numpy.isin for a sorted, non-empty id array: a binary search, ~10x cheaper than isin's sort on arrays this small."""
    import numpy

    at = numpy.searchsorted(sorted_ids, values)
    at[at == len(sorted_ids)] = 0
    return sorted_ids[at] == values


def candidate_tokens(doc: Doc, words: frozenset[str], *, number_like: bool = False, lemmas: frozenset[str] = frozenset()):
    """(lower-case reader, indices of tokens whose lower form or lemma is in the word lists), from one array read.

    Reading the token attributes through doc.to_array keeps the scan in C: making a Token object per word of
    every article cost more than the rest of the figure and event code together.
    """
    import numpy

    arr = doc.to_array([LOWER, LEMMA, LIKE_NUM])
    hit = _member(arr[:, 0], _string_ids(words))
    if lemmas:
        hit |= _member(arr[:, 1], _string_ids(lemmas))
    if number_like:
        hit |= arr[:, 2].astype(bool)
    strings = doc.vocab.strings

    def lowered(start: int, end: int) -> list[str]:
        return [strings[int(h)] for h in arr[start:end, 0]]

    return lowered, [int(i) for i in numpy.flatnonzero(hit)]


def _harm_near(doc: Doc, q: _Quantity) -> Token | None:
    """The harm word next to the counted phrase: 'Two people were killed', '12 killed and four injured'."""
    persons = person_nouns()
    for j in dict.fromkeys((q.end, q.noun.i + 1)):
        for _ in range(4):
            if j >= len(doc):
                break
            tok = doc[j]
            outcome = _killed_after(tok)
            if outcome is not None:
                return outcome  # "were shot and killed", "were kidnapped and killed"
            if harm_of(tok) and (tok.pos_ in ("VERB", "ADJ", "AUX") or tok.tag_ in ("VBN", "JJ")
                               or tok.lower_ in ("wounded", "injured", "dead", "killed", "missing")):
                if tok.pos_ == "VERB" and harm_of(tok) != "displaced" and not _victim_subject(tok) and any(
                    c.dep_ == "dobj" for c in tok.children) and not any(
                    c.dep_ in ("auxpass", "nsubjpass") for c in tok.children
                ):
                    return None  # "Three militants executed the operation": the counted ones did it
                return tok
            if tok.text == "," and (close := _aside_end(doc, j)) is not None:
                j = close + 1  # "8 civilians, all women and children, were killed": who they were, set aside
                continue
            # A parse that loses the counted noun ('10 IS militants were killed', "18 Misratan's dead"): the words of
            # the noun phrase are walked over like the fillers.
            if tok.lower_ not in _FILLERS and tok.tag_ not in ("NNP", "NNPS", "POS") and tok.lemma_.lower() not in persons:
                break
            j += 1
    return None


#: Nouns of bodies of people, never one person.
_COLLECTIVES = frozenset({"militia", "army", "group", "force", "unit", "battalion", "brigade", "regiment", "platoon",
                          "squad", "gang", "cartel", "movement", "front", "party", "government", "administration",
                          "community", "tribe", "clan", "organisation", "organization", "network", "faction"})

#: Things an army loses beside its dead.
_MATERIEL = frozenset({"tank", "vehicle", "truck", "helicopter", "drone", "gun", "aircraft", "plane", "jet", "boat", "car"})
#: Shares: "a sixth of the village's 330 residents".
_FRACTIONS = frozenset({"half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "tenth", "fraction", "percent",
                        "thirds", "quarters", "fifths", "tenths"})

_ASIDE_OPENERS = frozenset({"all", "most", "many", "mostly", "mainly", "including", "among"})


def _aside_end(doc: Doc, comma: int) -> int | None:
    """The closing comma of an aside about the people just counted (", all women and children,", ", most of them
    soldiers,", ", including a child,"): a phrase without a verb that opens with a word of who they were."""
    if comma + 1 >= len(doc) or doc[comma + 1].lower_ not in _ASIDE_OPENERS:
        return None
    for k in range(comma + 2, min(comma + 18, len(doc))):
        tok = doc[k]
        if tok.text == ",":
            return k if k + 1 < len(doc) and doc[k + 1].lower_ not in ("and", "but") else None
        if tok.pos_ in ("VERB", "AUX") or tok.is_sent_end or tok.text in (";", ":"):
            return None  # ("including CPI (Maoist) general secretary Nambala Keshav Rao alias Basavaraju,": names)
    return None


def _among_the_dead(anchor: Token) -> Token | None:
    """The harm word of 'among those killed', 'among the dead' when the counted people are said to be among them."""
    if anchor.dep_ not in ("nsubj", "attr"):
        return None
    for prep in anchor.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "among":
            for obj in prep.children:
                if obj.dep_ == "pobj" and harm_of(obj) == "killed":
                    return obj
                for c in obj.children if obj.dep_ == "pobj" else ():
                    if c.dep_ in ("acl", "relcl", "amod") and harm_of(c) == "killed":
                        return c
    return None


def _told_in_apposition(doc: Doc, figure: Figure, figures: list[Figure]) -> bool:
    """The one person of a figure is (one of a list) in apposition to the people of a killed figure told before."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None:
        return False
    for tok in span:
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        head = tok
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if head.dep_ != "appos":
            continue
        items = [head, *(c for c in head.subtree if c.dep_ == "conj" and c.head.i >= head.i)]
        people = sum(next((parse_number(c.text) or 1 for c in item.children if c.dep_ == "nummod"), 1) for item in items)
        # as many people as the count: "three staff members – a nurse, a guard and a driver", not "4 rangers, a
        # soldier and a French trainer were killed" (two more)
        if any(f.type == "killed" and f.value == people and f.start <= head.head.idx < f.end and f.end <= figure.start
               for f in figures):
            return True
    return False


def _one_among_the_dead(doc: Doc, figure: Figure) -> bool:
    """The one person of a figure is said to be among the dead ("Among the dead was a 72-year-old man")."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    return span is not None and any(_among_the_dead(t) is not None for t in span)


def _killed_after(verb: Token) -> Token | None:
    """'were shot and killed', 'were kidnapped and killed': the killing coordinated with a first verb, sharing its
    subject, is what happened to the counted people in the end."""
    if verb.pos_ != "VERB" or harm_of(verb) == "killed" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None  # only a passive: in "four militants stormed his home and killed him" the subject did it
    for c in verb.children:
        if c.dep_ == "conj" and c.tag_ == "VBN" and harm_of(c) == "killed" and not any(
            g.dep_ in ("nsubj", "nsubjpass") for g in c.children
        ):
            return c
    return None


def _victim_subject(verb: Token) -> bool:
    """'Six people lost their lives', 'two soldiers embraced shahadat', 'one inspector paid the supreme price', 'one
    jawan laid down his life': the
    subject is who died, though the verb has an object."""
    return verb.lemma_.lower() in ("lose", "embrace", "pay", "lay", "sacrifice", "attain") or (
        verb.lemma_.lower() == "make" and is_kill_phrase(verb))  # "made the supreme sacrifice"


def _relative_agent(verb: Token) -> bool:
    """'one cafe that killed …': the noun did the harm, it did not suffer it."""
    return verb.dep_ == "relcl" and not any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ == "nsubj" and c.lower_ in _RELATIVE for c in verb.children)


def _hypothetical(pred: Token) -> bool:
    """'could kill 100', 'threatened to kill 10 hostages': harm that has not happened is no figure of harm."""
    if pred.lemma_.lower() in REPORT_VERBS and pred.pos_ == "VERB":
        return False  # "the UN said it could confirm 39 deaths": the deaths happened; only the telling is modal
    # "could attack and kill"; not "causing it to plunge into a gorge and killing nine": a participle does not share
    # the infinitive's "to"
    verbs = [pred, pred.head] if pred.dep_ == "conj" and not (pred.tag_ == "VBG" and pred.head.tag_ != "VBG") else [pred]

    def done(v: Token) -> bool:  # "claimed to have killed 30": a perfect infinitive reports harm done
        if v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("have", "having") for c in v.children):
            return True
        # "managed to kill", "made it possible to neutralise 21 terrorists" (communiqués): an infinitive of harm done
        above = v.head if v.dep_ in ("xcomp", "ccomp", "advcl") else None
        return above is not None and (above.lemma_.lower() in ("manage", "succeed") or (
            above.lemma_.lower() == "possible" and above.head.lemma_.lower() == "make"))

    return any(
        (c.dep_ == "aux" and (c.tag_ == "MD" or (c.lower_ == "to" and not done(v))))
        or (c.dep_ == "mark" and c.lower_ in ("whether", "if"))
        # "Our struggle will continue until the last terrorist is neutralised": a condition still to come
        or (c.dep_ == "mark" and c.lower_ in ("until", "till") and any(a.tag_ == "MD" for a in v.head.children))
        for v in verbs for c in v.children
    ) or any(c.dep_ == "advmod" and c.lower_ in _HEDGES for c in pred.children)  # "whether a herder was killed …"


@cache
def _not_counted() -> frozenset[str]:
    """Nouns that are never people counted (units, animals, things), singular and plural."""
    words = figure_lexicon()["not_counted_after"]
    return frozenset(words) | frozenset(w[:-1] for w in words if w.endswith("s"))


def _predicates(verb: Token) -> list[Token]:
    """A relative clause's verbs and predicate adjectives, through reported speech ('that Israel says Hamas holds
    captive'), but not its nouns: 'elders who came to discuss the killing of 51' did not die."""
    out, stack = [], [verb]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "acomp", "oprd", "conj") and c.pos_ in ("VERB", "ADJ", "AUX"))
    return out


#: "a family of five", "a crew of 12": the number counts people.
_GROUP_NOUNS = frozenset({"family", "household", "crew", "group", "team", "party", "delegation", "convoy"})
_BREAKDOWN_OPENERS = frozenset({"(", ":", "—", "–", "-"})


def _breakdown(tok: Token) -> bool:
    """A numbered list set off in brackets, or after a colon or dash, in apposition to a counted noun: '6 people (4
    civilians and 2 soldiers)' breaks the six down; it adds nobody."""
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ != "appos" or tok.left_edge.i == 0:
        return False
    head = tok.head
    return tok.doc[tok.left_edge.i - 1].text in _BREAKDOWN_OPENERS and head.i < tok.i and any(
        c.dep_ == "nummod" for c in head.children)


def _beside_subset(tok: Token) -> Token | None:
    """The noun a conjunct is joined to past an 'including' list: 'killing 12 civilians, including two children, and
    an Indian soldier', '7 IRGC officers, including 2 generals, as well as 6 Syrian nationals'. None when the conjunct
    is part of the list ('including two children and a woman')."""
    if tok.dep_ != "conj" or tok.head.dep_ != "pobj" or tok.head.head.lower_ not in figure_lexicon()["subset_preps"]:
        return None
    doc, left = tok.doc, tok.left_edge.i
    before = [t.lower_ for t in doc[max(0, left - 3):left]]
    single = [c for c in tok.head.children if c.dep_ == "conj"] == [tok]
    if before == ["as", "well", "as"] or (single and before[-2:] == [",", "and"]):
        return tok.head.head.head
    return None


def _parts_after(anchor: Token) -> bool:
    """'Six militiamen were killed, 4 from one side and 2 from the other', 'killed 9 people, 5 of them in X': bare
    numbers after a comma, each said to be from somewhere, that break down a count the clause has just given."""
    tok = anchor
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.pos_ != "NUM" or tok.dep_ not in ("npadvmod", "appos", "dobj", "attr") or tok.left_edge.i == 0 \
            or tok.doc[tok.left_edge.i - 1].text != ",":
        return False
    if not any(c.dep_ == "prep" and c.lower_ in ("from", "of", "on", "among") for c in anchor.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "on" and any(t.ent_type_ == "DATE" for t in c.subtree) for c in anchor.children):
        return False  # "4 people were killed on 8 July, 2 on 9 July and 3 on 10 July": more, day by day
    head = tok.head
    counted = [head] if head.i < tok.i else []
    counted += [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i < tok.i]
    return any(any(g.dep_ == "nummod" for g in c.children) for c in counted)


def _harm_word(doc: Doc, q: _Quantity) -> tuple[str, Token] | None:
    """(figure type, the harm token) for a counted phrase, or None when it counts no harm."""
    harm = _harm_word_of(doc, q)
    if harm is not None and harm[1].lemma_.lower() in PEOPLE_ONLY and not (
            q.noun.lemma_.lower() in person_nouns() or q.noun.ent_type_ in ("NORP", "PERSON")
            or any(c.lower_ == "of" and any(g.lower_ in ("them", "whom") for g in c.children) for c in q.anchor.children)
            or (q.noun.lower_ in ("them", "whom") and q.noun is not q.anchor)):  # "neutralising two (2) of them"
        # "made contact with the terrorists and neutralised 13 of them" counts people
        return None  # "neutralised two explosive devices and 4 terrorists": the devices are no dead
    return harm


#: Who tells a toll: "…, killing 11 passengers, two witnesses and a health official said".
_TELLERS = frozenset({"witness", "resident", "official", "source", "spokesman", "spokeswoman", "spokesperson", "police",
                      "medic", "doctor", "relative", "villager", "local", "activist", "monitor", "journalist", "officer",
                      "authority", "leader", "elder", "survivor", "nurse", "lawmaker", "group", "agency", "ministry",
                      "worker", "member"})


def _tells_it(noun: Token) -> bool:
    """'killing 11 passengers, two witnesses and a health official said': the parser joins the subject of a verb of
    saying that follows the list, and has no subject of its own, to the victims; they told the toll."""
    if noun.dep_ != "conj" or noun.lemma_.lower() not in _TELLERS:
        return False
    return _says_after(noun) and all(
        t.lemma_.lower() in _TELLERS for t in (noun, *(c for c in noun.subtree if c.dep_ == "conj")))


def _told_again(patient: Token, kind: str, told: list[Figure]) -> bool:
    """A definite victim ("the driver", "the vigilante", "his wife") in a sentence after a count of the same harm is one
    of those counted, named now; unless the sentence says the deaths come on top ("also", "another", "more")."""
    sent = patient.sent
    if any(c.dep_ == "amod" and c.lower_ in _NEXT_ONE and not _one_of_those_told(c, told) for c in patient.children) \
            and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in patient.children):
        return False  # "A fourth student, 17-year-old Justin Shilling, died Wednesday": one more
    if any(c.dep_ == "amod" and c.lower_ in _NEXT_ONE and _one_of_those_told(c, told) for c in patient.children) \
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in patient.children) and any(
                f.type == kind and f.value is not None and f.end <= sent.start_char for f in told) and not any(
                t.lower_ in _MORE for t in sent if t.i < patient.i + 3):
        return True  # "Three people were killed … Two of the dead were guards … A third man died when debris struck"
    named = patient.ent_type_ == "PERSON" or (patient.dep_ == "appos" and patient.head.ent_type_ == "PERSON") or (
        # "The deceased, Abul Hossain, … Abul was hacked … and died": a name NER reads as a person elsewhere
        patient.pos_ == "PROPN" and any(e.label_ == "PERSON" and any(t.text == patient.text for t in e)
                                        for e in patient.doc.ents)) or any(
        c.dep_ == "appos" and (c.ent_type_ == "PERSON" or (patient.pos_ == "PROPN" and (
            c.lemma_.lower() in person_nouns() or c.like_num))) for c in patient.children)  # "Saiful Islam Alif, 35, a prosecutor"
    if not (any(d.dep_ in ("det", "poss") and d.lower_ in ("the", "his", "her", "their") for d in patient.children)
            or named or _in_quotes(patient.doc, patient.i)):
        return False  # "the driver", "his wife", a name, or a witness's words; not "a villager"
    # (and the one who did it: "killing five officers … the suspect, Micah Johnson, was killed by a bomb")
    hostile = _ENEMY - {"member", "man", "men"} | _ATTACKER_NOUNS | {"suspect", "sniper", "perpetrator"}
    enemy = patient.lemma_.lower() in hostile
    doc = patient.doc
    # the same side: not "… four khwarij were sent to hell. However, … Sepoy X embraced shahadat"
    if not any(f.type == kind and f.value is not None and f.value >= 1 and f.end <= sent.start_char
               and (_noun_of(doc, f) in hostile or "suspect" in f.text.lower() or _suspected(doc, f)) == enemy
               for f in told):
        return False
    pred = patient.head
    near = [*patient.children, *pred.children, *(pred.head.children if pred.dep_ in ("xcomp", "acomp", "oprd") else ())]
    if any(t.lower_ in _MORE for t in near):
        return False
    if any(f.type == kind and f.value == 1 and f.end <= sent.start_char and _noun_of(doc, f) == patient.lemma_.lower()
           for f in told):
        return True  # "A lawmaker and his bodyguard were found dead … where he and his bodyguard were later found dead"
    # "He then drove to his home, where he shot dead his mother": a later act of the one who killed, another death
    above = [c for a in pred.ancestors if a.pos_ in ("VERB", "AUX") for c in a.children if c.dep_ == "advmod"
             and c.lower_ == "then"]
    return not any(t.lower_ in ("besides", "then", "later") for t in (*near, *above))


def _suspected(doc: Doc, figure: Figure) -> bool:
    """'beat to death a man suspected of stealing a motorcycle': the one killed is told as a suspect."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    return span is not None and any(c.dep_ in ("acl", "amod") and c.lemma_.lower() == "suspect"
                                    for t in span if t.pos_ == "NOUN" for c in t.children)


def _says_after(tok: Token) -> bool:
    """The list `tok` opens or belongs to ends right before a verb of saying that has no subject of its own."""
    last = tok
    while any(c.dep_ == "conj" for c in last.children):
        last = next(c for c in last.children if c.dep_ == "conj")
    doc = tok.doc
    after = last.right_edge.i + 1
    if after >= len(doc):
        return False
    verb = doc[after]
    first = _list_head(tok).left_edge.i
    # no subject of its own, or only one the parser took from before the list ("A strike killed at least 20 people …,
    # a health official and a resident said")
    return verb.lemma_.lower() in _SAY and verb.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i >= first for c in verb.children)


def _appositive_parts(anchor: Token) -> bool:
    """The counted phrase is one of parts set in apposition to a count they add up to ("26 soldiers, 24 Nigerien and
    2 Nigerian, were killed")."""
    first = anchor
    while first.dep_ == "conj" and first.head.dep_ in ("conj", "appos"):
        first = first.head
    group = _list_head(anchor)
    if group is not anchor and group.lemma_.lower() in _GROUP_NOUNS and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(o.like_num for o in c.children) for c in group.children):
        return True  # "A family of five, the parents and their three children, was murdered": who the five were
    if first.dep_ == "appos":
        members = [first, *first.conjuncts]
    elif first.dep_ == "conj" and any(c.dep_ == "nummod" for c in first.head.children):
        if _generic_breakdown(first.head):
            return True  # "At least 12 people, 11 civilians and a soldier, were killed"
        if first.head.lemma_.lower() in ("member", "relative", "victim") and _parts_add_up(first.head):
            return True  # "Nine members of the LeBaron family, three women and six children, were killed"
        # "30 soldiers, 25 Malian and 5 Nigerien, were killed": the parser joins the parts to the whole; only parts
        # that name a nationality or a kind ("Malian", "Nigerien") are a breakdown, not a list of other people
        members = [t for t in first.head.conjuncts]
        if not all(t.pos_ == "ADJ" or t.lower_ in gazetteer.demonyms() for t in members):
            return False
        first = members[0]
    else:
        return False
    whole = next((c for c in first.head.children if c.dep_ == "nummod"), None)
    parts = [next((c for c in t.children if c.dep_ == "nummod"), None) for t in members]
    if whole is None or len(parts) < 2 or any(p is None for p in parts):
        return False
    last = max(members, key=lambda t: t.i).right_edge
    if last.i + 1 >= len(anchor.doc) or anchor.doc[last.i + 1].text not in (",", ")", ";"):
        return False  # set off by commas; not "Two police officers, one civil servant and one resident were killed"
    values = [parse_number(p.text) for p in parts]  # type: ignore[union-attr]
    return None not in values and sum(values) == parse_number(whole.text)  # type: ignore[arg-type]


def _parts_add_up(whole: Token) -> bool:
    """'Nine members of the family, three women and six children,': the counted list after the count, set off by
    commas, adds up to it."""
    number = next((c for c in whole.children if c.dep_ == "nummod"), None)
    members = list(whole.conjuncts)
    parts = [next((c for c in t.children if c.dep_ == "nummod"), None) for t in members]
    if number is None or len(parts) < 2 or any(p is None for p in parts):
        return False
    last = max(members, key=lambda t: t.i).right_edge
    doc = whole.doc
    if last.i + 1 >= len(doc) or doc[last.i + 1].text != "," or doc[members[0].left_edge.i - 1].text != ",":
        return False
    values = [parse_number(p.text) for p in parts]  # type: ignore[union-attr]
    return None not in values and sum(values) == parse_number(number.text)  # type: ignore[arg-type]


def _list_head(tok: Token) -> Token:
    while tok.dep_ == "conj":
        tok = tok.head
    return tok


def _names_the_count(head: Token, part: Token) -> bool:
    """'two social leaders, a husband and wife': a count of people, then after a comma (the parser made it a list)
    as many people as the count, without a number of their own: who the counted were, not more of them."""
    number = next((c for c in head.children if c.dep_ == "nummod" and c.like_num), None)
    value = parse_number(number.text) if number is not None else None
    doc = head.doc
    parts = [t for t in head.conjuncts if t.i > head.i]
    if value is None or not parts or part not in parts or head.i + 1 >= len(doc) or doc[head.i + 1].text != ",":
        return False
    if any(t.lower_ in ("and", "or") for t in doc[head.i + 1:parts[0].i]):
        return False  # "two soldiers and a civilian": one more
    if all(t.tag_ == "NNS" and not any(c.dep_ in ("nummod", "det", "poss") for c in t.children)
           and t.lemma_.lower() in _WHO_BY_KIN for t in parts):
        return True  # "Five children, brothers and cousins, died": who the five were to each other
    if any(any(c.dep_ == "nummod" for c in t.children) or t.tag_ == "NNS" for t in parts):
        return False
    # (who they were by sex, age or kin; not "killing two soldiers, a civilian and a policeman", four)
    return len(parts) == value and all(t.lemma_.lower() in _WHO_BY_KIN for t in parts)


#: Words that tell who counted people were by sex, age or kin.
_WHO_BY_KIN = frozenset({"man", "woman", "boy", "girl", "child", "husband", "wife", "father", "mother", "son",
                         "daughter", "brother", "sister", "grandfather", "grandmother", "grandson", "granddaughter",
                         "uncle", "aunt", "nephew", "niece", "cousin", "teenager", "baby", "infant", "toddler"})


def _generic_breakdown(whole: Token) -> list[Token]:
    """The parts of "At least 12 people, 11 civilians and a soldier, were killed": a count of people followed, between
    commas, by a list of kinds of people that adds up to it. [] when the list is not such a breakdown."""
    if whole.lemma_.lower() not in ("people", "person") or not (
            number := next((c for c in whole.children if c.dep_ == "nummod"), None)):
        return []
    members = sorted(whole.conjuncts, key=lambda t: t.i)
    if len(members) < 2 or members[0].i <= whole.i or whole.doc[members[0].left_edge.i - 1].text != ",":
        return []
    values = []
    for t in members:
        count = next((c for c in t.children if c.dep_ == "nummod"), None)
        if count is not None:
            values.append(parse_number(count.text))
        elif t.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
            values.append(1.0)
        else:
            return []
    last = members[-1].right_edge
    # (or the sentence's end: "…, killing seven people, five adults and two children.")
    if last.i + 1 >= len(whole.doc) or whole.doc[last.i + 1].text not in (",", ")", ";", "."):
        return []
    return members if None not in values and sum(values) == parse_number(number.text) else []  # type: ignore[arg-type]


def _gapped_part(anchor: Token) -> tuple[str, Token] | None:
    """(type, harm word) for a part of a list whose verb is left out: "4 civilians were killed in Vinza and 2 in
    Kindamba", "2 killed in Shashemene and 1 in Kofele", "killed on 8 July, 2 on 9 July and 3 on 10 July", "2 children
    killed in Delami and 1 woman in Umm Dorain", "4 herders died in Funan Nyata and 1 militiaman in Bubisa"."""
    if anchor.dep_ not in ("conj", "npadvmod", "appos") or not (any(
            c.dep_ == "prep" and c.lower_ in ("in", "on", "at") for c in anchor.children) or (
            anchor.i + 1 < len(anchor.doc) and anchor.doc[anchor.i + 1].lower_ in ("in", "on", "at"))):
        return None
    def counted(t: Token) -> bool:  # the first part has a number of its own: "4 civilians", "2 killed"
        return t.pos_ == "NUM" or any(c.dep_ == "nummod" for c in t.children)

    tok = anchor
    for _ in range(5):
        tok = tok.head
        if tok.pos_ in ("VERB", "ADJ") and (kind := harm_of(tok)):
            if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i < anchor.i and counted(c) for c in tok.children):
                return kind, tok
            return None
        for c in tok.children:
            if c.dep_ in ("acl", "relcl", "amod") and c.i < anchor.i and (kind := harm_of(c)) and counted(tok):
                return kind, c
        if tok.dep_ == "ROOT" or tok.head.i == tok.i:
            break
    return None


def _harm_word_of(doc: Doc, q: _Quantity) -> tuple[str, Token] | None:
    noun, anchor = q.noun, q.anchor
    after = q.end + 2 if [t.lower_ for t in doc[q.end:q.end + 2]] in (["of", "them"], ["of", "whom"]) else q.end
    if anchor.pos_ == "NUM" and after < len(doc) and doc[after].lower_ in ("fatally", "mortally") and q.start >= 1 \
            and doc[q.start - 1].lower_ == "," and (verb := next((a for a in anchor.ancestors if a.pos_ == "VERB"), None)):
        return "killed", verb  # "stabbed three people, one fatally", "shot four people, two of them fatally"
    if _tells_it(noun) or (noun.dep_ == "nsubj" and noun.head.lemma_.lower() in REPORT_VERBS
                           and noun.lemma_.lower() in _TELLERS):
        return None  # "some local sources reported up to 9 fatalities": who tells the toll is no count of it
    if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in ("die", "succumb", "perish") \
            and harm_of(noun.head) == "killed" and any(c.dep_ in ("acl", "amod") and harm_of(c) for c in noun.children):
        # "2 civilians wounded during the clash succumbed to their injuries": what befell them last is the figure
        return "killed", noun.head
    if anchor.dep_ == "nsubj" and anchor.head.lemma_.lower() == "succumb" and (
            harm_of(noun) == "injured" or any(c.dep_ == "amod" and harm_of(c) == "injured" for c in noun.children)):
        return "killed", anchor.head  # "One of the injured soldiers later succumbed at the Base Hospital"
    if noun is not anchor and noun.lemma_.lower() in _not_counted() and (anchor.dep_ != "conj" or (
            noun.tag_ == "NNS" and noun.lemma_.lower() in _MATERIEL)):
        return None  # "killing 30 of his sheep"; "lost 160 servicemen killed, 4 tanks and 9 armoured vehicles"
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lower_ in _FRACTIONS:
        return None  # "about a sixth of the village's 330 residents were killed": a share of them, not the 330
    if anchor.lower_ == "one" and noun.tag_ == "NNS" and noun.lemma_.lower() not in person_nouns() \
            and harm_of(noun) is not None and any(c.dep_ == "prep" and c.lower_ == "of" for c in anchor.children) \
            and noun.lemma_.lower() not in BODIES and noun.lower_ not in ("dead", "victims", "fatalities", "casualties"):
        return None  # "one of the worst massacres in the city": which event it was, not one person
    if _appositive_parts(anchor):
        return None  # "26 soldiers, 24 Nigerien and 2 Nigerian, were killed": the 26 told again by nationality
    if _breakdown(anchor) or _breakdown(noun) or (noun is anchor and _parts_after(anchor)):
        return None  # "killed 6 people (4 civilians and 2 soldiers)": the parts of a count just given
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.like_num and any(
            d.lower_ == "the" for d in anchor.children) and anchor.head.head.i < anchor.i:
        return None  # "One of the two died": the two told before, one of them the count
    if q.start >= 2 and [t.lower_ for t in doc[q.start - 2:q.start]] in (["among", "them"], ["among", "whom"]):
        return None  # "killed 14 civilians, among them four women": some of the 14
    if anchor.pos_ == "NUM" and q.start >= 2 and doc[q.start - 1].lower_ == "," and anchor.i + 2 < len(doc) and [
            t.lower_ for t in doc[anchor.i + 1:anchor.i + 3]] in (["of", "them"], ["of", "whom"]) and (
            before := doc[q.start - 2]).tag_ == "NNS" and any(c.dep_ == "nummod" for c in before.children):
        return None  # "killing himself and wounding 15 people, four of them seriously": a share of the count before
    listed = anchor
    while listed.dep_ == "conj" and listed.head.i != listed.i:
        listed = listed.head
    edge = anchor.left_edge.i  # not "Five civilians, among them two children, and three soldiers": a comma closed it
    if listed is not anchor and listed.dep_ == "appos" and not (edge >= 2 and doc[edge - 1].lower_ == "and"
                                                                and doc[edge - 2].text == ",") and any(
            c.dep_ == "prep" and c.lower_ == "among" and any(
            o.lower_ in ("them", "whom") for o in c.children) for c in listed.children):
        return None  # "nine people, among them a woman and her four children": the list is some of the nine
    subset = figure_lexicon()["subset_preps"]
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "among" and anchor.head.head.lemma_ == "be":
        for child in noun.children:  # "a girl was among 3 people killed": the three are the toll, she one of them
            if child.dep_ in ("acl", "amod", "relcl") and child.i > noun.i and harm_of(child):
                return harm_of(child), child  # type: ignore[return-value]
    excluded = anchor.dep_ == "pobj" and (anchor.head.lower_ == "excluding" or (
        anchor.head.lower_ == "including" and anchor.head.i > 0 and (
            doc[anchor.head.i - 1].lower_ == "not" or any(c.dep_ == "neg" for c in anchor.head.children))))
    if excluded and noun.lemma_.lower() == "bomber" and any(t.lower_ == "suicide" for t in doc):
        return "killed", noun  # "updated the death toll to 32, not including the three bombers": suicide bombers, dead
    if excluded:
        # "raised the toll to 15, not including the 4 attackers who were shot dead": dead besides the toll
        for child in noun.children:
            for tok in _predicates(child) if child.dep_ == "relcl" else [child] if child.dep_ in ("acl", "amod") else []:
                if harm_of(tok) and child.i > noun.i:
                    return harm_of(tok), tok  # type: ignore[return-value]
    elif any(c.dep_ == "prep" and c.lower_ in subset and c.i < anchor.i for c in anchor.children) or (
        anchor.dep_ == "pobj" and anchor.head.lower_ in subset
    ):
        return None  # "Six people, among them two policemen, died", "Twenty people including 3 soldiers were killed"
    if (anchor.dep_ in ("dobj", "nsubjpass") or (anchor.dep_ == "nsubj" and noun.i == anchor.i and anchor.head.lemma_.lower() in (
            "die", "perish", "succumb"))) and anchor.head.pos_ == "VERB" and harm_of(anchor.head) == "killed" and (
            harm_of(noun) in ("hostages", "displaced", "missing", "arrested") or any(
                c.dep_ in ("amod", "acl") and harm_of(c) in ("hostages", "displaced") for c in noun.children)):
        # "killed 5 hostages", "shot dead 2 Rohingya refugees", "killed 2 displaced people", "21 hostages had died",
        # "more than 100 detainees were killed": what the verb did to them
        return "killed", anchor.head
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and (done := next(
            (c for c in noun.head.children if c.dep_ == "acomp" and c.tag_ == "VBN" and (harm_of(c) == "killed" or (
                figure_lexicon()["harm"].get(c.lemma_.lower()) == "killed" and noun.lemma_.lower() in person_nouns()))),
            None)):
        return "killed", done  # 'two attackers were also "neutralised"': the verb the parser took for an adjective
    if anchor.dep_ == "nsubj" and harm_of(noun) in ("hostages", "displaced", "missing") and (dead := next(
            (c for c in anchor.head.children if c.dep_ in ("acomp", "attr") and harm_of(c) == "killed"), None)):
        return "killed", dead  # "20 hostages and 2 attackers were dead", "the hostages were all dead"
    if anchor.lemma_.lower() == "number" and anchor.dep_ == "pobj" and anchor.head.lower_ == "to" \
            and anchor.head.head.lemma_.lower() in _TOLL_CHANGING and q.end <= anchor.i and _is_toll(anchor):
        return "killed", anchor.head.head  # "raised this Wednesday (29) to 121 the number of dead": the number first
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and noun is anchor and (
            figure := anchor.head.head).lemma_.lower() in ("figure", "toll", "tally") and any(
            c.dep_ == "amod" and c.lower_ in ("lower", "higher") for c in figure.children) and any(
            harm_of(t) == "killed" for t in doc[figure.sent.start:figure.i]):
        return "killed", figure  # "Officials at the hospital, where the dead … were taken, gave a lower figure of 27"
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lemma_.lower() in BODIES \
            and found_body(anchor.head.head):
        return "killed", anchor.head.head  # "the bodies of two abducted aid workers were found": dead, however described
    if noun is not anchor or noun.pos_ == "NOUN":
        kind = harm_of(noun)
        if kind and (noun.lemma_.lower() not in BODIES or found_body(noun)):
            head = anchor.head if anchor.dep_ in _ARG_DEPS else anchor
            return kind, head if head.pos_ in ("VERB", "AUX") else noun
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("take", "hold") and (held := next(
            (c for c in noun.children if c.dep_ == "conj" and c.lemma_.lower() == "hostage"), None)):
        return "hostages", held  # "taking about 170 guests and staff hostage": the parser joins "hostage" to the list
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and harm_of(noun.head):
        return harm_of(noun.head), noun.head  # type: ignore[return-value]  # "took its 25 crew members hostage"
    near = _harm_near(doc, q)
    if near is not None:
        return harm_of(near), near  # type: ignore[return-value]
    # "At least 4 police and 39 civilians killed", "6 SAF soldiers and 14 RSF fighters killed": the harm word of the
    # last part
    conjuncts = sorted({*anchor.conjuncts, *(noun.conjuncts if noun is not anchor else ())}, key=lambda t: t.i)
    for conjunct in conjuncts:
        if conjunct.i > anchor.i:
            for child in conjunct.children:
                if child.dep_ in ("acl", "amod") and child.i > conjunct.i and harm_of(child):
                    return harm_of(child), child  # type: ignore[return-value]
    if conjuncts and noun.dep_ == "dobj" and conjuncts[-1].i > noun.i:
        # "Local sources reported 6 SAF soldiers and 14 RSF fighters killed": the harm hangs from the verb, just
        # after the last part of its object
        for child in noun.head.children:
            if child.dep_ in ("advcl", "oprd", "xcomp", "ccomp", "acomp") and 0 < child.i - conjuncts[-1].i <= 2 \
                    and harm_of(child):
                return harm_of(child), child  # type: ignore[return-value]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in REPORT_VERBS and not conjuncts and (cc := next(
            (c for c in noun.children if c.dep_ == "cc" and c.i == noun.right_edge.i), None)) is not None:
        # "The ministry reported 10 soldiers and 19 suspected cartel members killed", parsed as "reported 10 soldiers"
        # and "19 members killed": the harm of the part after "and", its subject a count of its own
        for child in noun.head.children:
            if child.dep_ in ("ccomp", "advcl") and child.i > noun.i and harm_of(child) and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == cc.i + 1
                    and any(g.dep_ == "nummod" for g in c.children) for c in child.children):
                return harm_of(child), child  # type: ignore[return-value]
    if q.start > 0 and doc[q.start - 1].lower_ == "and" and any(c.dep_ == "amod" and c.lower_ == "other" for c in noun.children) \
            and noun.lemma_.lower() in person_nouns() and not any(harm_of(c) for c in noun.children):
        # "killed the leader of Wilayat Sinai, Abu Duaa al-Ansari, and 45 other militants", the list's end parsed apart:
        # "other" militants are more of those the verb before did it to
        verb = next((t for t in reversed(doc[noun.sent.start:q.start]) if t.pos_ == "VERB"), None)
        if verb is not None and harm_of(verb) == "killed" and any(c.dep_ == "dobj" for c in verb.children):
            return "killed", verb
    if noun.lemma_.lower() == "toll" and q.start < noun.i and noun.dep_ == "pobj" \
            and noun.head.lower_ == "to" and noun.head.head.lemma_.lower() in ("revise", "lower", "correct", "adjust"):
        return "killed", noun.head.head  # "revised down to 157 the death toll from Saturday's attack"
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in REPORT_VERBS and (as_dead := next((
            c for c in noun.head.children if c.dep_ in ("advcl", "oprd") and c.i > noun.i and harm_of(c) == "killed"
            and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)), None)) is not None:
        return "killed", as_dead  # "the panel listed 9 people as killed at the scene"
    if _victims_of_a_killing(noun):
        return "killed", noun
    if noun.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ == "dead" and c.i < noun.i for c in noun.children) \
            and noun.lemma_.lower() in person_nouns():
        return "killed", next(c for c in noun.children if c.dep_ == "amod" and c.lower_ == "dead")  # "dozens of dead gunmen"
    # "One passenger who tried to flee was shot dead": what the verb did to him, not what the clause says he tried
    # ("Maoists killed two villagers they had abducted": what the verb did to them, not what the clause says before)
    own_verb = noun.dep_ in ("nsubj", "nsubjpass", "dobj") and harm_of(noun.head) == "killed"
    for child in noun.children if not own_verb else ():  # "1,000 people killed", "people that Israel says Hamas holds captive"
        if child.dep_ in ("acl", "amod", "relcl") and child.i > noun.i:
            for tok in _predicates(child) if child.dep_ == "relcl" else [child]:
                if harm_of(tok) and not _relative_agent(tok):
                    return harm_of(tok), tok  # type: ignore[return-value]
    if anchor.dep_ == "conj" and anchor.pos_ in ("NUM", "NOUN") and anchor.head.pos_ == "VERB" and harm_of(anchor.head) and any(
        c.dep_ == "dobj" and c.i < anchor.i for c in anchor.head.children
    ):
        # "killing 8 in Kwall and 7 in Miango"; "killing himself and at least 24 others" (the parser hangs the
        # second object from the verb)
        return harm_of(anchor.head), anchor.head  # type: ignore[return-value]
    if (gapped := _gapped_part(anchor)) is not None:
        return gapped
    tok = anchor
    for _ in range(4):  # "Two Somali citizens and four Kenyan citizens died": climb conjuncts to the verb
        if tok.dep_ == "appos" and tok.head.i < tok.i and any(c.dep_ == "nummod" for c in tok.head.children) and any(
                c.dep_ == "prep" and c.lower_ == "of" for t in doc[q.start:q.end] for c in t.children):
            return None  # "Twenty-six hostages were killed, 18 of them soldiers": part of the count just given
        if (beside := _beside_subset(tok)) is not None:
            # "killing 7 IRGC officers, including 2 generals, as well as 6 Syrian nationals": more besides the seven
            tok = beside
            continue
        if tok.dep_ in ("conj", "appos") and not (tok.dep_ == "conj" and tok.head.lower_ == "with"):
            tok = tok.head
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ in figure_lexicon()["subset_preps"]:
            return None  # "including 10 traders": part of a count already given
        if tok.dep_ == "pobj" and tok.head.lower_ in ("besides", "plus") and harm_of(tok.head.head):
            return harm_of(tok.head.head), tok.head.head  # type: ignore[return-value]  # "13 killed, … besides the 2 bombers"
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "addition" \
                and tok.head.head.head.lower_ == "in" and harm_of(tok.head.head.head.head):
            verb = tok.head.head.head.head  # "32 civilians were killed in addition to the two attackers"
            return harm_of(verb), verb  # type: ignore[return-value]
        if tok.dep_ in ("pobj", "conj") and tok.head.lower_ == "with" and harm_of(tok.head.head) and any(
                (c.dep_ in ("prt", "advmod") or (c.dep_ == "prep" and c.i == tok.head.i - 1))
                and c.lower_ in ("along", "together")
                for c in (*tok.head.head.children, *tok.head.children)):  # "together with": the advmod on "with"
            # (the parser may make "along" a preposition of its own, and join a second count to "with": "killed along
            # with 13 US service members and at least 170 Afghans")
            return harm_of(tok.head.head), tok.head.head  # type: ignore[return-value]  # "were killed along with the 4 attackers"
        if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.lower_ in ("along", "together") \
                and tok.head.head.head.pos_ == "VERB" and harm_of(tok.head.head.head):
            return harm_of(tok.head.head.head), tok.head.head.head  # type: ignore[return-value]  # "killed X along with 8 others"
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _GROUP_NOUNS:
            tok = tok.head.head  # "killing a family of five": the five are who the verb harmed
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "total":
            tok = tok.head.head  # "killed a total of 6 people": the total is what the verb governs
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and harm_of(tok.head.head):
            return harm_of(tok.head.head), tok.head.head  # type: ignore[return-value]
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in ("life", "lives") \
                and harm_of(tok.head.head.head):
            return "killed", tok.head.head.head  # "claimed the lives of four soldiers"
        if tok.dep_ in _ARG_DEPS or tok.dep_ == "ROOT":
            verb = tok.head if tok.dep_ != "ROOT" else tok
            if tok.dep_ == "nsubjpass" and (outcome := _killed_after(verb)) is not None:
                return "killed", outcome
            kind = harm_of(verb)
            if not kind and tok.dep_ == "dobj" and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "ADJ") \
                    and harm_of(verb.head) == "killed" and not any(c.dep_ == "dobj" for c in verb.head.children) \
                    and noun.lemma_.lower() in person_nouns() and verb.head.i + 3 >= verb.i:
                verb = verb.head  # "A crowd lynched and burned 13 suspected gang members": the object of both
                kind = "killed"
            if kind:
                if tok.dep_ == "nsubj" and kind != "displaced" and not _victim_subject(verb) and any(
                        c.dep_ == "dobj" for c in verb.children) and verb.lemma_.lower() not in ("die", "perish"):
                    # (not "three people have died and 11 were wounded, among them a 16-year-old boy": nobody is
                    # died, whatever the parser hangs on it)
                    return None  # "three gunmen killed five people": the subject did the harm ("fled their homes" aside)
                return kind, verb
            for child in verb.children:  # "leaving four dead", "took its 25 crew members hostage"
                if child.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "npadvmod", "attr", "dobj", "advmod") and harm_of(child) \
                        and child.i > tok.i and (child.pos_ in ("ADJ", "NOUN", "ADV") or (
                            child.dep_ == "xcomp" and child.pos_ == "VERB")):  # "were found shot dead"
                    return harm_of(child), child  # type: ignore[return-value]
            if any(c.dep_ in ("nsubj", "nsubjpass") and _is_toll(c) for c in verb.children):
                return "killed", verb  # "the death toll rose to 45", "the toll is 45", "the toll was updated to 23"
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
            tok = tok.head.head  # "rose to 45", "was updated to 23": on to the verb, for the toll
            if any(c.dep_ in ("nsubj", "nsubjpass") and (_is_toll(c) or (
                    # "The death toll from the Christmas Eve attacks … has risen to 198": the parser made "toll" the
                    # subject of "attacks", and "attacks" the verb's
                    tok.lemma_.lower() in _TOLL_MOVING and any(g.dep_ == "nsubj" and g.i < c.i and _is_toll(g)
                                                              for g in c.children))) for c in tok.children) or (
                    _toll(tok) is not None and tok.lemma_.lower() not in _TOLL_VERBS):
                return "killed", tok
            if tok.lemma_.lower() in _TOLL_MOVING and tok.dep_ == "ccomp" and not any(
                    c.dep_.startswith("nsubj") for c in tok.children) and any(
                    c.dep_ == "ccomp" and c.i < tok.i and harm_of(c) == "killed" and any(
                        g.dep_.startswith("nsubj") and g.lemma_.lower() in ("number", "toll", "tally")
                        for g in c.children) for c in tok.head.children):
                # "the ministry said the number killed in the wave of strikes had risen to 413": the parser made
                # "the number killed" a clause of its own, and "had risen" one with no subject
                return "killed", tok
            if noun is anchor and (put := _toll_set_at(anchor)) is not None:
                # "the government put the toll at 9": a bare number a toll is put at; of the dead unless it says whom
                told = {harm_of(t) for c in put.children if c.dep_ == "dobj" for t in c.subtree} - {None}
                return ("killed" if told <= {"killed"} else told.pop()), put  # type: ignore[return-value]
            break
        break
    before = doc[q.start - 1] if q.start > 0 else None  # "killing 20", "killed more than 1,000"
    if before is not None and harm_of(before) and before.pos_ == "VERB":
        return harm_of(before), before  # type: ignore[return-value]
    return None


def actor_of(tok: Token, index: MentionIndex, *, deep: bool = True) -> str | None:
    """The actor a noun phrase names: the head itself, then its modifiers ('Hamas gunmen', 'Israeli towns'), then 'of'/'by'."""
    actor = index.actor_in(tok.idx, tok.idx + len(tok))
    if actor:
        return actor
    for child in sorted(tok.children, key=lambda c: -c.i):
        if child.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod") and child.i < tok.i:
            sub = list(child.subtree)
            actor = index.actor_in(sub[0].idx, sub[-1].idx + len(sub[-1]))
            if actor:
                return actor
    if deep:
        for child in tok.children:
            if child.dep_ in ("prep", "agent") and child.lower_ in ("of", "from", "by"):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        actor = actor_of(obj, index, deep=False)
                        if actor:
                            return actor
            if child.dep_ == "appos":
                actor = actor_of(child, index, deep=False)
                if actor:
                    return actor
    return None


def nominal_actor(noun: Token, index: MentionIndex) -> str | None:
    """Who carried out an attack named by a noun: 'the attack by Hamas', 'the Hamas attack', 'Israeli strikes'."""
    for child in noun.children:
        if child.dep_ in ("prep", "agent") and child.lower_ == "by":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return actor_of(obj, index)
    return actor_of(noun, index, deep=False)


def perpetrator(pred: Token, exclude: Token | None, index: MentionIndex) -> str | None:
    """Who did it: the agent, an attack 'by' someone in the clause, else the subject, climbing to the governing clause."""
    if pred.lemma_.lower() in _TOLL_VERBS | _TOLL_CHANGING and any(
            c.dep_ in ("dobj", "prep") and (_is_toll(c) or any(_is_toll(o) for o in c.children)) for c in pred.children):
        return None  # "Iran revised down the death toll … to 84", "Police put the toll at 7": who gives the toll
    if pred.pos_ == "NOUN" and pred.dep_ == "dobj" and pred.head.lemma_.lower() in REPORT_VERBS:
        return None  # "China later acknowledged the deaths of 4 of its soldiers": who tells of the deaths
    if pred.lemma_.lower() in _TOLL_MOVING and any(c.dep_.startswith("nsubj") and _is_toll(c) for c in pred.children):
        return None  # "The number of Maoists killed … has risen to 31": the toll's subject names the dead
    tok, raised = pred, False
    for _ in range(6):
        for child in tok.children:
            if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by" and tok.pos_ == "VERB"):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        actor = actor_of(obj, index) or nominal_actor(obj, index)
                        if actor:
                            return actor
            if child.dep_ == "prep" and child.lower_ in ("during", "in", "after", "with", "from"):
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.lemma_.lower() in ATTACK_NOUNS:
                        actor = nominal_actor(obj, index)
                        if actor:
                            return actor
        # "Blinken was set to leave": the subject of a raising verb above an xcomp is the one who leaves.
        deps = ("nsubj", "nsubjpass") if raised else ("nsubj",)
        subjects = [c for c in tok.children if c.dep_ in deps and (exclude is None or exclude not in c.subtree)]
        if _victim_subject(tok):
            subjects = []  # "the army … lost three soldiers", "six people lost their lives": the subject suffered it
        if not subjects and tok.dep_ == "ROOT" and tok.pos_ == "VERB":
            # "Biden on Wednesday called …, reaffirmed … and issued …": the parser often hangs the first verb of a
            # list, with the subject, as an advcl of the second.
            subjects = [g for c in tok.children if c.dep_ == "advcl" and c.i < tok.i for g in c.children if g.dep_ == "nsubj"]
        if subjects and tok.pos_ in ("VERB", "AUX", "ADJ"):
            subject = subjects[0]
            if subject.lower_ in _RELATIVE and tok.dep_ == "relcl":
                actor = actor_of(tok.head, index) or nominal_actor(tok.head, index)
                if actor:
                    return actor
            elif subject.tag_ not in _PRONOUNS:
                return actor_of(subject, index) or (
                    nominal_actor(subject, index) if subject.lemma_.lower() in ATTACK_NOUNS else None
                )
            elif subject.tag_ == "PRP":
                return None
        if tok.dep_ == "acl" and any(c.dep_ == "dobj" for c in tok.children):
            # "Russian missile strikes killed at least 12 people", parsed as a reduced relative: the noun is the doer
            actor = actor_of(tok.head, index) or nominal_actor(tok.head, index)
            if actor:
                return actor
        if tok.dep_ in ("advcl", "conj", "xcomp", "relcl", "acl", "pcomp", "prep", "pobj", "acomp", "oprd", "dobj"):
            raised = tok.dep_ == "xcomp"
            said = tok.dep_ in ("ccomp", "dobj")  # what a verb of saying says, not a clause beside it
            content = tok.dep_ == "acl" and tok.head.lemma_.lower() in _SAY_NOUNS  # "a statement that two were killed"
            tok = tok.head
            if content or said and tok.lemma_.lower() in _SAY:
                # "Ukrainian sources reported 4 killed": whoever says it is the source, not the killer ("Speaking to
                # the BBC, Kennedy said …" shares its subject and climbs on)
                return None
            continue
        break
    return None


def reporter(pred: Token, index: MentionIndex) -> str | None:
    """The source: subject of a verb of saying above the figure, or 'according to X' in its sentence; the subject of
    a verb that puts or revises a toll ("Iran revised down the death toll … to 84")."""
    if pred.lemma_.lower() in _TOLL_VERBS | _TOLL_CHANGING and any(
            c.dep_ in ("dobj", "prep") and (_is_toll(c) or any(_is_toll(o) for o in c.children)) for c in pred.children):
        subject = next((c for c in pred.children if c.dep_ == "nsubj"), None)
        if subject is not None and (actor := actor_of(subject, index)) is not None:
            return actor
    if pred.pos_ == "NOUN" and pred.dep_ == "dobj" and pred.head.lemma_.lower() in REPORT_VERBS:
        subject = next((c for c in pred.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and (actor := actor_of(subject, index)) is not None:
            return actor  # "China later acknowledged the deaths of 4 of its soldiers"
    for tok in pred.ancestors:
        if tok.lemma_.lower() in _SAY:
            for child in tok.children:
                if child.dep_ == "nsubj":
                    return actor_of(child, index)
            return None
    for tok in pred.sent:
        if tok.lower_ == "according":
            for to in tok.children:
                for obj in to.children:
                    if obj.dep_ == "pobj":
                        return actor_of(obj, index)
    return None


def place(tokens: list[Token], index: MentionIndex) -> str | None:
    """The first place-like actor in a locative prepositional phrase of these tokens (checked in order)."""
    for tok in tokens:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        candidates = index.places_in(obj.idx, obj.idx + len(obj))
                        sub = list(obj.subtree)  # "in Russian shelling of the town": a demonym is no place
                        candidates += index.places_in(sub[0].idx, sub[-1].idx + len(sub[-1]))
                        for actor in candidates:
                            if actor and index.kinds.get(actor) in PLACE_KINDS:
                                return actor
    return None


def time_expression(tokens: list[Token]) -> str | None:
    """The first DATE/TIME entity among the direct modifiers of these tokens (checked in order), as written."""
    for tok in tokens:
        for child in tok.children:
            if child.dep_ in ("prep", "npadvmod", "tmod", "advmod") and child.lower_ not in _WHO_PREPS:
                for t in child.subtree:
                    if t.ent_type_ in ("DATE", "TIME"):
                        ent = _entity_of(t)
                        if ent is not None and not _AGE_ENTITY.search(ent.text):
                            return ent.text
    return None


#: An age the model tags as a date: "his 72-year-old mother", "aged 19" tell who, not when.
_AGE_ENTITY = re.compile(r"\b(?:years?|months?)[- ]old\b|^aged\b", re.I)


#: Prepositions that tell who the counted were, not when: "Six militants were killed, including a leader linked to
#: the bombing in December 2023".
_WHO_PREPS = frozenset({"including", "among", "excluding"})


def _clause_chain(pred: Token) -> list[Token]:
    """The predicate and the heads of the clauses it hangs from, nearest first (for place and time)."""
    chain = [pred]
    tok = pred
    for _ in range(3):
        if tok.dep_ not in ("advcl", "conj", "xcomp", "relcl", "acl", "pcomp", "pobj", "prep", "acomp", "oprd"):
            break
        tok = tok.head
        chain.append(tok)
    return chain


def _coordinated(anchor: Token) -> list[Token]:
    """The participles hung on a count and on the counts joined to it: in '2 killed and 4 injured in Katsiro' the
    place closing the list is where the first count happened too."""
    return [c for t in (anchor, *anchor.conjuncts) for c in t.children if c.dep_ in ("acl", "relcl") and c.i > anchor.i]


def _figure_id(article_id: str, start: int, end: int) -> str:
    return "f-" + hashlib.sha256(f"{article_id}:{start}:{end}".encode()).hexdigest()[:12]


def _span(doc: Doc, first: int, last: int) -> tuple[int, int]:
    return doc[first].idx, doc[last].idx + len(doc[last])


def _harm_figure(doc: Doc, q: _Quantity, kind: str, pred: Token, index: MentionIndex, article_id: str) -> Figure:
    first, last = q.start, max(q.end - 1, q.noun.i)
    second = doc[first].dep_ == "conj" and doc[first].head.dep_ == "nummod"  # "5 and 6 villagers": its own span, "6 villagers"
    if pred.sent == q.anchor.sent and first - 3 <= pred.i < first and not second:
        first = pred.i
    elif pred.sent == q.anchor.sent and last < pred.i <= last + 4:
        last = pred.i
    start, end = _span(doc, first, last)
    by = perpetrator(pred, q.anchor, index)
    victims = actor_of(q.noun, index, deep=False) if q.noun is not q.anchor or q.noun.pos_ != "NUM" else None
    chain = _clause_chain(pred)
    return Figure(
        id=_figure_id(article_id, start, end),
        type=kind,  # type: ignore[arg-type]
        value=q.value,
        low=q.low,
        high=q.high,
        qualifier=q.qualifier,  # type: ignore[arg-type]
        text=doc[first:last + 1].text,  # a span's text, not doc.text: that joins the whole document each call
        start=start,
        end=end,
        by=by,
        victims=victims if victims != by else None,
        where=place([q.noun, *chain], index) or place(_coordinated(q.anchor), index),
        when=time_expression([pred, *chain[1:]]) or time_expression([q.noun]),
        reported_by=reporter(pred, index),
    )


#: Prepositions of the place a victim was killed at.
_LOCATIVE_PREPS = frozenset({"outside", "inside", "in", "at", "near", "behind", "beside"})


def _patients(pred: Token) -> list[Token]:
    """Who a word of harm was done to when no number says how many: 'killed a priest', 'A soldier was killed',
    'the death of an activist'."""
    if pred.pos_ == "ADJ" and pred.dep_ in ("oprd", "acomp", "prep") and is_kill_phrase(pred.head):
        # "shot dead the village chief of Dogo", "shooting dead the driver": the parser hangs the object on "dead"
        # ("shot dead a barangay councilor and his son": each of those joined to it)
        hung = [c for c in pred.children if c.dep_ in ("dobj", "pobj") and c.pos_ in ("NOUN", "PROPN")]
        return [t for tok in hung for t in sorted([tok, *tok.conjuncts], key=lambda t: t.i)
                if t.pos_ in ("NOUN", "PROPN")]
    if pred.pos_ == "NOUN":
        # A noun the parser gives a direct object is a verb it mis-tagged: "attack a kill a security official".
        return [o for c in pred.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"] + [
            c for c in pred.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")] + [
            # "a Muslim man's body was recovered": whose body ("His body was found the next day": one man's)
            c for c in pred.children if c.dep_ == "poss" and (c.pos_ in ("NOUN", "PROPN") or (
                c.lower_ in ("his", "her") and pred.tag_ == "NN")) and pred.lemma_.lower() in BODIES]
    if pred.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ in ("over", "about", "around") and any(
            g.dep_ == "pobj" and g.like_num for g in c.children) for c in pred.children):
        return []  # "The troops killed over 30 of them": the qualifier taken for a preposition; the count is the object
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in pred.children)
    if pred.dep_ == "conj" and pred.tag_ == "VBN" and not any(c.dep_.startswith("nsubj") for c in pred.children) and not any(
            c.dep_ == "dobj" for c in pred.children):
        passive = True  # "was kidnapped and killed", "soldier found … was shot and killed": the first verb's subject
        for _ in range(3):
            pred = pred.head
            if pred.dep_ != "conj" or any(c.dep_.startswith("nsubj") for c in pred.children):
                break
    found: list[Token] = []
    if pred.pos_ == "VERB" and pred.lemma_.lower() in _SUBJECT_DIES and is_kill_phrase(pred):
        # "Sepoy Abdul Rehman … embraced shahadat", "two of our comrades fell as heroes": the subject died
        found = [c for c in pred.children if c.dep_ == "nsubj"] or (
            [c for c in pred.head.children if c.dep_ in ("nsubj", "nsubjpass") and (
                c.ent_type_ == "PERSON" or c.lemma_.lower() in person_nouns())] if pred.dep_ == "conj" else [])
        if not found and not any(c.dep_.startswith("nsubj") for c in pred.children):
            # "…, Sepoy Ahmed Khan, having fought gallantly, embraced shahadat": a name the parser hung elsewhere
            names = [e for e in pred.doc.ents if e.label_ == "PERSON" and pred.sent.start <= e.start and e.end <= pred.i]
            found = [names[-1].root] if names else []
    elif pred.pos_ == "VERB" and pred.dep_ in ("oprd", "xcomp") and pred.tag_ == "VBN" and pred.head.lemma_.lower() == "find":
        # "the mayor of Chilpancingo was found murdered", "found the trader murdered": whom they found so
        found = [c for c in pred.head.children if c.dep_ in ("nsubjpass", "dobj")]
    elif pred.pos_ == "VERB" and not passive and pred.dep_ != "acl" and pred.lemma_.lower() not in ("die", "perish", "succumb"):
        found = [c for c in pred.children if c.dep_ == "dobj"]
        # "slit the throat of an 85-year-old priest": whose throat
        found = [o for c in found for o in ([g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                                              for g in p.children if g.dep_ == "pobj"]
                                             if c.lemma_.lower() in ("throat", "throats") else [c])]
        # "shot dead 2 colleagues and then himself": the parser joins the reflexive to the verb
        found += [c for c in pred.children if c.dep_ == "conj" and c.lower_ in ("himself", "herself", "themselves")]
        if not found:  # "lynched and burned a suspected gang member": the object the parser gives the second verb
            found = [g for c in pred.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > pred.i and not any(
                x.dep_.startswith("nsubj") for x in c.children) for g in c.children
                if g.dep_ == "dobj" and g.pos_ in ("NOUN", "PROPN")]
        if not found:  # "killed all those were inside": the parser makes the object the subject of a clause
            found = [g for c in pred.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj" and _everyone(g)]
        if not found and pred.tag_ == "VBD" and is_kill_phrase(pred) and any(
                c.dep_ == "prep" and c.lower_ == "to" for c in pred.children):
            # "Imbonerakure members beat to death a man suspected of …": the subject did it; whom, the parser lost
            after = pred.doc[pred.i + 1:min(pred.i + 8, pred.sent.end)]
            found = [t for t in after if t.pos_ == "NOUN" and t.lemma_.lower() in person_nouns()
                     and any(c.dep_ == "det" for c in t.children)][:1]
            return found
        if not found and any(c.dep_ in ("oprd", "acomp") and any(g.dep_ in ("dobj", "pobj") for g in c.children)
                             for c in pred.children):
            return []  # "gunmen … shot dead the chief of Kerboule": the victim hangs on "dead", counted there
        if not found and pred.tag_ in ("VBN", "VBD") and not any(  # "On 25 May, …": a date, not "fired on"
                c.dep_ in ("ccomp", "xcomp", "prep") and c.lower_ == "on" and not any(t.ent_type_ == "DATE" for t in c.subtree)
                for c in pred.children):
            found = [c for c in pred.children if c.dep_ == "nsubj"]  # headline style: "Farmer killed in Selea"
            if pred.tag_ == "VBD" and found and (all(c.lemma_.lower() in _ATTACKER_NOUNS for c in found) or (
                    # "armed men shot dead an Afro-Colombian community leader …": who shot dead is the shooter
                    pred.lemma_.lower() == "shoot" and any(c.lower_ == "dead" and c.dep_ in ("acomp", "oprd", "advmod")
                                                           for c in pred.children))):
                # "Unknown gunmen assassinated on Wednesday evening a young man, …, the Observatory said": the
                # gunmen did it; whom, the parser hung elsewhere
                after = pred.doc[pred.i + 1:min(pred.i + 8, pred.sent.end)]
                return [t for t in after if t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in person_nouns()
                        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)][:1]
            # "Kashmir Zone Police (@KashmirPolice) …: 02 terrorists neutralised": of two subjects, the counted one
            found = [c for c in found if any(g.dep_ == "nummod" for g in c.children)] or found
    elif pred.pos_ == "VERB" and pred.dep_ == "acl" and not passive and pred.tag_ == "VBG":
        # "attacked the village of Tinzaouatene, killing 11 civilians": the parser hangs the clause on the place
        found = [c for c in pred.children if c.dep_ == "dobj"]
    elif pred.pos_ == "VERB" and pred.dep_ == "acl" and not passive:
        # "Farmer killed in Selea"; not "Gunmen on motorcycles killed at least 23 people", the verb with its own object
        found = [c for c in pred.children if c.dep_ == "dobj"] or [pred.head]
    elif pred.pos_ == "VERB":
        found = [c for c in pred.children if c.dep_ in ("nsubjpass", "nsubj")]
        # "A suspected motorcycle thief was on Sunday lynched by a mob": the parser hangs the subject on "was"
        found = found or [g for c in pred.children if c.dep_ == "auxpass" for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
        if pred.lemma_.lower() in ("die", "perish") and found and found[0].pos_ == "PROPN" and pred.i > 0 and (
                before := pred.doc[pred.i - 1]).pos_ == "NOUN" and before.tag_ == "NN" and before.lemma_.lower() in person_nouns() \
                and found[0].left_edge.i <= before.i:
            found = [before]  # "A Citizens Coalition for Change (CCC) supporter died": the supporter, not the party
        if not found and pred.dep_ == "conj" and pred.lemma_.lower() in ("die", "perish", "succumb") and (
                pred.head.lemma_.lower() in _STRUCK or harm_of(pred.head) in ("injured", "killed") or (
                    # "He was handed over to the police and died in judicial custody 4 days later" (not "was
                    # diagnosed with cancer and died")
                    pred.head.pos_ == "VERB" and any(c.dep_ == "nsubjpass" for c in pred.head.children) and not any(
                        t.lower_ in figure_lexicon()["natural_causes"] or t.lemma_.lower() in ("diagnose", "illness")
                        for t in pred.head.subtree))):
            # "a protester was hit by a military truck and died of his injuries" (not "was diagnosed … and died")
            found = [c for c in pred.head.children if c.dep_ in ("nsubjpass", "nsubj")]
    elif pred.pos_ == "ADJ" and pred.dep_ == "amod":
        found = [pred.head]  # "Two al Shabaab dead" is a number; "a dead soldier" is this
    elif pred.pos_ == "ADJ" and pred.dep_ == "oprd":
        found = [c for c in pred.head.children if c.dep_ == "dobj"] or [  # "left one person dead"
            c for c in pred.head.children if c.dep_ == "nsubjpass"]  # "was confirmed dead"
    elif pred.pos_ == "ADJ" and pred.dep_ == "acomp":  # "he was found dead"; "gunmen shot dead a police officer"
        # "An Israeli settler shot dead a Palestinian man": the parser may hang the object on "dead"
        found = [c for c in pred.head.children if c.dep_ == "dobj"] or [c for c in pred.children if c.dep_ == "dobj"] or [
            c for c in pred.head.children if c.dep_ in ("nsubj", "nsubjpass") and not is_kill_phrase(pred.head)]
    elif pred.pos_ == "ADJ" and pred.dep_ in ("ccomp", "xcomp") and pred.i > 0 and pred.doc[pred.i - 1].lower_ in (
            "shot", "shoot") and any(c.dep_ == "dobj" for c in pred.children):
        # "Gunmen on a motorcycle shot dead a rubber tapper and his grandson": the parser took "shot" for a noun
        found = [c for c in pred.children if c.dep_ == "dobj"]
    elif pred.pos_ == "ADJ" and pred.dep_ in ("ccomp", "xcomp"):
        found = [c for c in pred.children if c.dep_ == "nsubj"]  # "shoot the driver dead"
    elif pred.pos_ == "ADJ" and pred.dep_ == "ROOT" and pred.i > 0 and pred.doc[pred.i - 1].lower_ in ("shot", "shoot"):
        # "gunmen on a motorcycle shot dead a captain", "a sniper shot dead a 12-year-old boy": misparsed, the object
        # after "dead" (as its object or a second subject)
        found = [c for c in pred.children if c.dep_ == "dobj" or (c.dep_ == "nsubj" and c.i > pred.i)]
    if pred.pos_ == "VERB":
        # "13 recruits were killed in the blast, in addition to the bomber": one more, whoever the verb's object is
        found += [o for c in pred.children if c.dep_ == "prep" and c.lower_ == "in" for a in c.children
                  if a.lower_ == "addition" for t in a.children if t.lower_ == "to" for o in t.children if o.dep_ == "pobj"]
    subset = figure_lexicon()["subset_preps"]
    # "killing 12 civilians, including two children, and an Indian soldier": one more beside the count
    found += [c for tok in found for p in tok.children if p.dep_ == "prep" and p.lower_ in subset
              for o in p.children if o.dep_ == "pobj" for c in o.conjuncts if _beside_subset(c) == tok]
    if not found and pred.dep_ in ("pcomp", "advcl") and passive and any(c.lower_ == "being" for c in pred.children):
        # "a gunman opened fire …, killing 38 people, before being shot dead by police": the gunman
        clause = pred.head.head if pred.head.dep_ == "prep" else pred.head
        while clause.dep_ in ("advcl", "conj", "xcomp") and not any(c.dep_ == "nsubj" for c in clause.children):
            clause = clause.head
        found = [c for c in clause.children if c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP")]
    out: list[Token] = []
    for tok in found:
        out.extend(t for t in sorted([tok, *tok.conjuncts], key=lambda t: t.i) if t not in out)
    # "killing an Orthodox priest, a security guard and four police officers": a listed one the parser made
    # appositive; "killing the commanding officer, his wife, their son and 4 soldiers": a list it made a chain of
    # appositions, each of the next, the last joined by "and"
    for t in list(out):
        chain: list[Token] = []
        a = next((c for c in t.children if c.dep_ == "appos" and c.i > t.i), None)
        while a is not None and len(chain) < 6:
            chain.append(a)
            a = next((c for c in a.children if c.dep_ == "appos" and c.i > a.i), None)
        if not chain or not any(c.dep_ == "conj" for c in chain[-1].children) or any(
                a.ent_type_ == "PERSON" or any(  # "the leader, Juan Perez, and 6"
                    c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ in subset) for c in a.children) for a in chain):
            continue
        out += [x for a in chain for x in (a, *(c for c in a.conjuncts if c.i > a.i)) if x not in out]
    # "British journalist Dom Phillips and Indigenous affairs expert Bruno Pereira were killed": the parser strings the
    # first name and title into the second's; each name joined by "and" is one person
    for t in list(out):
        if t.ent_type_ != "PERSON" or t.pos_ != "PROPN":
            continue
        names = [e for e in t.doc.ents if e.label_ == "PERSON" and t.left_edge.i <= e.start and e.end <= t.i
                 and e.root.i != t.i and not (e.start <= t.i < e.end)]
        for e in names:
            between = t.doc[e.end:t.i]
            if e.root not in out and any(w.lower_ == "and" for w in between) and not any(
                    w.like_num or w.lower_ in ("of", "with", "by") for w in between):
                out.append(e.root)
    # "shot dead a woman outside the synagogue and a man in a nearby kebab shop": the parser joins the second victim
    # to the place the first was killed at
    persons = person_nouns()
    for t in list(out):
        if t.pos_ != "NOUN" or t.lemma_.lower() not in persons:
            continue
        for place_word in (g for g in t.subtree if g.dep_ == "pobj" and g.head.lower_ in _LOCATIVE_PREPS
                           and g.lemma_.lower() not in persons and g.ent_type_ not in ("PERSON", "NORP")):
            out += [c for c in place_word.conjuncts if c.i > place_word.i and c.pos_ == "NOUN" and c.tag_ == "NN"
                    and c.lemma_.lower() in persons and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
                    and c not in out]
    if pred.pos_ == "VERB":
        # "He was killed together with his wife and their two children": his wife too (the children, a number, are
        # read with their count)
        for c in pred.children:
            if c.dep_ == "prep" and c.lower_ == "with" and any(
                    g.dep_ in ("prt", "advmod") and g.lower_ in ("along", "together") for g in (*c.children, *pred.children)):
                out += [x for o in c.children if o.dep_ == "pobj" for x in (o, *o.conjuncts)
                        if x.pos_ == "NOUN" and x.tag_ == "NN" and x.lemma_.lower() in person_nouns()
                        and not any(g.dep_ == "nummod" for g in x.children) and x not in out]
        # "killed a senior commander along with his wife, two bodyguards and …": the parser hangs it on the object
        # ("… along with his wife": or on the verb, "with" below "along")
        for t in [pred, *(t for t in out if t.dep_ == "dobj" and t.head == pred)]:
            out += [x for a in (t.children if t is pred else t.subtree) if a.dep_ == "prep" and a.lower_ in ("along", "together")
                    for w in a.children if w.dep_ == "prep" and w.lower_ == "with"
                    for o in w.children if o.dep_ == "pobj" for x in (o, *o.conjuncts)
                    if x.pos_ == "NOUN" and x.tag_ == "NN" and x.lemma_.lower() in person_nouns()
                    and not any(g.dep_ == "nummod" for g in x.children) and x not in out]
    out.sort(key=lambda t: t.i)
    # "killing 14 people, among them a 6-year-old girl": the parser makes her a second object; she is one of the 14
    counted = [t for t in out if any(c.dep_ == "nummod" for c in t.children)]
    kept: list[Token] = []
    for t in out:
        if counted and t.dep_ == "dobj" and any(
                c.dep_ == "prep" and c.lower_ in subset and counted[0].i < c.i < t.i for c in t.head.children):
            continue
        if not t.is_alpha and t.pos_ != "PRON":
            continue  # "Tayseer al-Jabari" cut into objects at the hyphen
        previous = kept[-1] if kept else None
        if previous is not None and t.dep_ == "dobj" and previous.dep_ == "dobj" and previous.head == t.head \
                and not any(w.lower_ in (",", "and", "or", "&") for w in t.doc[previous.i + 1:t.left_edge.i]):
            continue  # one name the parser split into objects: "killing PIJ commander Tayseer al-Jabari"
        if previous is not None and t.dep_ == "dobj" and t.doc[t.left_edge.i - 1].text == "," and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in t.children) and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
            continue  # "killing the driver, a member of the Sultan Murad Division": who the driver was
        kept.append(t)
    return kept


def _parts_count(first: Token) -> float:
    """How many a list names: 'a farmer and two of his children' is three."""
    total = 0.0
    for t in (first, *first.conjuncts):
        number = t if t.like_num else next((c for c in t.children if c.dep_ == "nummod"), None)
        total += (parse_number(number.text) or 1.0) if number is not None else 1.0
    return total


_STRUCK = frozenset({"hit", "shoot", "stab", "beat", "attack", "strike", "run", "crush", "burn", "wound", "injure",
                     "torture", "assault", "lynch", "hack"})
#: Kill phrases whose subject is the one who died: "embraced shahadat", "fell in battle", "paid the supreme price".
_SUBJECT_DIES = frozenset({"embrace", "fall", "pay", "lose", "attain", "lay", "sacrifice", "make"})


def _self_destroyed(pred: Token) -> bool:
    """'blew himself up', 'blew themselves up': the bombers died, and no 'including the bomber' folds them into a toll."""
    if pred.lemma_.lower() not in {v for v, w in figure_lexicon()["kill_phrases"] if w in ("himself", "herself", "themselves")}:
        return False
    return not any(t.lower_ in figure_lexicon()["subset_preps"] and any(
        s.lemma_.lower() in ("bomber", "attacker", "assailant", "perpetrator") for s in t.subtree) for t in pred.doc)


def _everyone(tok: Token) -> bool:
    """'everyone', 'everybody', 'all those (who were inside)', 'all of them': everybody there, how many unknown."""
    return tok.lower_ in ("everyone", "everybody", "all") or (
        tok.lower_ in ("those", "them") and any(c.lower_ == "all" for c in tok.children))


_STOPPED = frozenset({"gunman", "attacker", "assailant", "militant", "bomber", "shooter", "fighter", "assassin"})


#: Who "he" is when "a man stabbed two people … before he was shot dead": one person who did it.
_ONE_ATTACKER = frozenset({"man", "woman", "suspect", "teenager", "youth", "perpetrator", "killer", "driver", "student"})


#: Ordinals that name one more of the dead: "a third", "a fourth victim".
_NEXT_ONE = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})


def _the_other_gapped(pred: Token) -> Token | None:
    """'One of the men died at the scene and the other in hospital': "the other", its verb left out, in the clause of
    a death whose subject is "one"; the parser hangs it anywhere in the clause."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "one" for c in pred.children):
        return None
    return next((t for t in pred.subtree if t.lower_ == "other" and t.dep_ == "conj" and t.i > pred.i and any(
        c.dep_ == "det" and c.lower_ == "the" for c in t.children) and t.head.pos_ != "VERB"), None)


_PART_OF_THE_DEAD = re.compile(r"\bof (?:the (?:dead|victims|deceased)|them|those killed)\b", re.I)


def _one_of_those_told(ordinal: Token, told: list[Figure]) -> bool:
    """'Four insurgents were killed … Three of them died at the scene. A fourth … was found dead later': the fourth is
    one of a count told before that reaches it; 'Two men died … and a third succumbed' is one more."""
    rank = parse_number(ordinal.lower_.replace("second", "two").replace("third", "three").replace("fifth", "five")
                        .replace("eighth", "eight").replace("ninth", "nine").removesuffix("th"))
    before = [f for f in told if f.type == "killed" and f.value is not None and f.end <= ordinal.idx]
    # (but "Five officers were killed … Four officers died at the scene; a fifth … died hours later": the parts are
    # told as figures, the fifth one of them, and together they make the toll again)
    # ("Three people were killed … Two of the dead were guards … A third man died": the two are some of the three too)
    return rank is not None and any(f.value >= rank for f in before) and not any(  # type: ignore[operator]
        f.value == rank - 1 and not _PART_OF_THE_DEAD.search(f.text) for f in before)


#: The subject form of the object pronouns that name attackers stopped ("before police shot him dead").
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}


def _attackers_stopped(pred: Token) -> float | None:
    """How many attackers were killed "before being shot dead" / "before they were shot dead" / "before police shot
    him dead" after the harm they did: the count of the attack's subject (two for "Two Palestinian gunmen opened
    fire …"); None unless the sentence says so."""
    if pred.pos_ == "VERB" and pred.dep_ == "conj" and pred.head.pos_ == "VERB" and not any(
            c.dep_.startswith("nsubj") for c in pred.children) and any(
            c.dep_ == "nsubjpass" for c in pred.head.children):
        pred = pred.head  # "before he was tackled by members of the public and shot dead by police"
    dying = pred.lemma_.lower() == "die"  # "killing 49 people …, before dying in a gunbattle with SWAT officers"
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in pred.children)
    # "killing nine people … before police shot him dead", "… before police shot them dead": the attackers, as objects
    shot = None if dying or passive else next((c for c in pred.children if c.dep_ == "dobj"), None)
    if pred.pos_ != "VERB" or not (dying or passive or (shot is not None and shot.lower_ in _OBJECT_PRONOUNS)):
        return None
    told = shot or next((c for c in pred.children if c.dep_ == ("nsubj" if dying else "nsubjpass")), None)
    pronoun = None if told is None else _OBJECT_PRONOUNS.get(told.lower_, told.lower_)
    if pronoun is not None and pronoun not in ("they", "he", "she"):
        return None  # "before they were shot dead"; "killing three people before he was shot dead" (one gunman)
    one = pronoun in ("he", "she")
    if pred.dep_ == "pcomp" and pred.head.lower_ == "before":
        main = pred.head.head
    elif pred.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "before" for c in pred.children):
        main = pred.head
    else:
        return None
    subject = None
    for _ in range(5):  # "Two attackers invaded a church …, took five people hostage and slit the throat of …"
        subject = next((c for c in main.children if c.dep_ == "nsubj"), None)
        if subject is not None or main.head.i == main.i:
            break
        main = main.head
    if subject is None and not one:
        return None
    if one and (subject is None or subject.lemma_.lower() not in _STOPPED | _ONE_ATTACKER):
        # "Six people were killed when a man went on a stabbing rampage …, before he was shot dead": who went on it
        # ("A man wearing a fake suicide vest stabbed two people …": the parser made "man" the root)
        subject = next((t for t in reversed(pred.doc[pred.sent.start:pred.i]) if t.dep_ in ("nsubj", "ROOT")
                        and t.tag_ == "NN" and t.lemma_.lower() in _STOPPED | _ONE_ATTACKER), None)
    if subject is None or subject.lemma_.lower() not in _STOPPED | (_ONE_ATTACKER if one else frozenset()):
        return None
    number = next((c for c in subject.children if c.dep_ == "nummod"), None)
    if one:
        return 1.0 if subject.tag_ == "NN" and number is None else None
    if number is not None:
        return parse_number(number.text)
    return 1.0 if subject.tag_ == "NN" else None


def _pronoun_count(patient: Token, pred: Token) -> float | None:
    """'He died the next day' is one; 'two bombers …, killing only themselves' is as many as the subject says."""
    if patient.lower_ != "themselves":
        return 1.0
    tok = pred
    for _ in range(3):
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            number = next((c for c in subject.children if c.dep_ == "nummod"), None)
            if number is not None:
                return parse_number(number.text)
            if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in subject.children):
                return None
            break  # "stopped 3 female suicide bombers …; the women detonated their vests, killing themselves"
        tok = tok.head
    # No subject found (the parser took 'detonate' for a noun in 'Two … bombers detonate …'), or one that points back
    # ("the women"): the nearest counted plural of people before the pronoun in its sentence.
    persons = person_nouns()
    for tok in reversed(pred.doc[pred.sent.start:pred.i]):
        if tok.dep_ == "nummod" and tok.head.i < pred.i:
            noun = tok.head
            for _ in range(4):  # "Two Boko Haram suicide bombers": along the compounds to the plural of people
                if noun.tag_ == "NNS" and noun.lemma_.lower() in persons:
                    return parse_number(tok.text)
                if noun.dep_ != "compound" or noun.head.i >= pred.i:
                    break
                noun = noun.head
    return None


@cache
def _bare_words() -> tuple[frozenset[str], frozenset[str]]:
    """(forms, lemmas) that _bare_figures scans for: words of harm, kill-phrase verbs, 'casualties'."""
    lex = figure_lexicon()
    harm, casualties = frozenset(lex["harm"]), frozenset(lex["casualty_nouns"])
    return harm | casualties, harm | casualties | {v for v, _ in lex["kill_phrases"]}


_REFLEXIVE = re.compile(r"\b(?:himself|herself|themselves)\b", re.I)


def _bare_figures(
    doc: Doc, layout: Layout, covered: set[tuple[int, str]], index: MentionIndex, article_id: str,
    casualties: list[Token], told: list[Figure], nouns: dict[str, str],
) -> tuple[list[Figure], list[Figure]]:
    """Killed or held with no number: a singular person is one ('killed a priest'), a bare plural a vague amount.

    Returns (figures, figures whose victim is only a pronoun): the second count only where the article gives no
    other figure of the kind, since 'he' usually points back at a victim already counted.
    """
    lex = figure_lexicon()
    persons = person_nouns()
    casualty_nouns = lex["casualty_nouns"]
    lead_end = _lead_end(doc, layout)
    figures: list[Figure] = []
    pronouns: list[Figure] = []
    words, lemmas = _bare_words()
    bomber_counted = False  # "blew himself up …, killing himself and 6 others": one bomber
    # "killing 11 people including themselves": the bombers are inside the toll
    # ("eight people were dead, including the gunman, who … appeared to have killed himself")
    included = _REFLEXIVE.search(text_of(doc)) is not None and any(
        t.dep_ == "pobj" and t.head.lower_ == "including" and (t.lower_ in ("himself", "herself", "themselves") or (
            t.lemma_.lower() in _ATTACKER_NOUNS and t.tag_ == "NN")) for t in doc)

    def _made(q: _Quantity, kind: str, pred: Token) -> Figure:
        figure = _harm_figure(doc, q, kind, pred, index, article_id)
        nouns[figure.id] = q.noun.lemma_.lower()  # who, for telling a victim told again from another one
        return figure

    _, candidates = candidate_tokens(doc, words, lemmas=lemmas)
    for pred in (doc[i] for i in candidates):
        if pred.lower_ in casualty_nouns or pred.lemma_.lower() in casualty_nouns:
            casualties.append(pred)  # read by _unknown_casualties: one scan of the document serves both
            continue
        if pred.pos_ == "ADJ" and pred.dep_ == "amod" and pred.i > 0 and is_kill_phrase(doc[pred.i - 1]):
            continue  # "shot dead Coptic priest Rafael Moussa": the verb's object, counted with the verb
        if pred.tag_ == "NNS" and pred.lemma_.lower() in BODIES and found_body(pred) and (pred.i, "killed") not in covered:
            # "The bodies of lawyer Willie Kimani, his client Josephat Mwenda and their driver Joseph Muiruri were
            # found": as many as the people named
            named = [o for c in pred.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                     if o.dep_ == "pobj" and not any(g.dep_ == "nummod" for g in o.children)]
            # the list as written: its parts between commas and "and", each naming somebody (the parser strings
            # such lists together with appositions)
            parts = [part for o in named for part in _LIST_PARTS.split(doc[o.left_edge.i:o.right_edge.i + 1].text)] + [
                t.text for t in pred.conjuncts if named and t.lemma_.lower() in persons]  # "of a farmer and his son"
            people = [part for part in parts if any(w[:1].isupper() or w.lower() in persons for w in part.split()[-3:])]
            if not named and any(c.dep_ == "poss" and c.lower_ == "their" for c in pred.children) and (taken := next((
                    f for f in reversed(told) if f.type == "hostages" and f.value is not None and f.value >= 2
                    and f.end <= pred.sent.start_char), None)) is not None:
                # "Gunmen abducted 2 traders from the market. Their bodies were found the following day": the abducted
                covered.add((pred.i, "killed"))
                q = _Quantity(pred.left_edge.i, pred.i + 1, pred, pred, taken.value, taken.value, taken.value, "exact")
                figures.append(_made(q, "killed", pred))
                continue
            definite = all(part.split()[0].lower() in ("the", "his", "her", "their") for part in parts if part.split())
            if definite and any(f.type == "killed" and f.end <= pred.idx and any(
                    (w := part.split()[-1].lower()) and w in f.text.lower() for part in parts) for f in [*told, *figures]):
                continue  # "killed a shepherd and his son … found the bodies of the shepherd and his son": the two again
            if len(people) >= 2 and len(people) == len(parts):
                covered.add((pred.i, "killed"))
                value = float(len(people))
                q = _Quantity(pred.left_edge.i, pred.i + 1, pred, pred, value, value, value, "exact")
                figures.append(_made(q, "killed", pred))
            continue
        # A singular noun of harm names one incident ('the death of an activist'); a body found is not a killing seen.
        noun = pred.pos_ == "NOUN" and pred.tag_ == "NN" and (pred.lemma_.lower() not in BODIES or found_body(pred))
        kind = harm_of(pred) if pred.pos_ in ("VERB", "ADJ") or noun else None
        if kind not in ("killed", "hostages") or layout.excluded(pred.idx, pred.idx + len(pred)):
            continue
        if any(c.dep_ == "neg" for c in pred.children) or _hypothetical(pred) or background(pred) or any(
                c.dep_ in ("nsubjpass", "dobj") and any(d.lower_ in ("no", "none") for d in c.children)
                for c in pred.children):  # "officers repelled the attack and no lives were lost"
            continue
        if pred.idx >= lead_end and dated_last_week(pred):
            continue  # "The victim, a meat trader, was beaten to death by a mob last week", in a story of arrests
        if kind == "killed" and _disputed(pred):
            continue  # "said a 'very large number' of militants were killed; Pakistan said … no one was killed"
        if kind == "killed" and (pred.i, kind) not in covered and pred.lemma_.lower() in ("take", "turn"):
            # "… killing 14 people … before taking his own life", "before turning the gun on himself": the attacker
            covered.add((pred.i, kind))
            # ("before taking their own lives": as many as they were; "their own life" is the singular they)
            if not included and not bomber_counted and not any(
                    c.lower_ in ("lives", "themselves") for o in pred.children for c in (o, *o.children)):
                q = _Quantity(pred.i, pred.i + 1, pred, pred, 1.0, 1.0, 1.0, "exact")
                figures.append(_made(q, kind, pred))
            bomber_counted = True
            continue
        if kind == "killed" and (pred.i, kind) not in covered and (stopped := _attackers_stopped(pred)) is not None:
            # "Two gunmen opened fire …, killing three people before being shot dead by soldiers" / "before they were
            # shot dead": the attackers, as many as the subject says
            covered.add((pred.i, kind))
            q = _Quantity(pred.i, pred.i + 1, pred, pred, stopped, stopped, stopped, "exact")
            figures.append(_made(q, kind, pred))
            continue
        if kind == "killed" and pred.lemma_.lower() in ("die", "succumb") and (pred.i, kind) not in covered and not any(
                c.dep_.startswith("nsubj") for c in pred.children) and (nth := next((
                    t for t in reversed(doc[pred.sent.start:pred.i]) if t.lower_ in _NEXT_ONE and t.i > 0
                    and doc[t.i - 1].lower_ in ("a", "another") and doc[t.i + 1].lower_ != "of"), None)) is not None \
                and not _one_of_those_told(nth, told):
            # "Two men died on the spot and a third, aged 19, succumbed to his injuries" (the parser loses the subject)
            covered.add((pred.i, kind))
            q = _Quantity(nth.i - 1, nth.i + 1, nth, nth, 1.0, 1.0, 1.0, "exact")
            figures.append(_made(q, kind, pred))
            continue
        if kind == "killed" and (other := _the_other_gapped(pred)) is not None and (other.i, kind) not in covered \
                and not any(f.type == kind and f.value is not None and f.value >= 2 and f.start >= (
                    doc[pred.sent.start - 1].sent.start_char if pred.sent.start > 0 else 0) for f in [*told, *figures]):
            # "One of the men died at the scene and the other in hospital the following day": the verb left out
            covered.add((other.i, kind))
            q = _Quantity(other.i - 1, other.i + 1, other, other, 1.0, 1.0, 1.0, "exact")
            figures.append(_made(q, kind, pred))
        for patient in _patients(pred):
            if patient.lower_ in _RELATIVE and patient.head.dep_ == "relcl":
                patient = patient.head.head
            if patient.lower_ in _NEXT_ONE and patient.dep_ in ("nsubj", "nsubjpass") and (patient.i, kind) not in covered \
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in patient.children) \
                    and not _one_of_those_told(patient, told) \
                    and not any(c.dep_ == "prep" and c.lower_ == "of" for c in patient.children):
                # "Two men died on the spot and a third, aged 19, succumbed to his injuries": one more
                covered.add((patient.i, kind))
                q = _Quantity(patient.i, patient.i + 1, patient, patient, 1.0, 1.0, 1.0, "exact")
                figures.append(_made(q, kind, pred))
                continue
            if patient.lower_ == "other" and patient.dep_ in ("nsubj", "nsubjpass") and (patient.i, kind) not in covered \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in patient.children) and any(
                        t.lower_ == "one" and t.dep_.startswith("nsubj") for t in patient.sent if t.i < patient.i) \
                    and not any(f.type == kind and f.value is not None and f.value >= 2 and f.start >= (
                        doc[patient.sent.start - 1].sent.start_char if patient.sent.start > 0 else 0)
                                for f in [*told, *figures]):
                # "One of them blew himself up and the other was shot dead by police": the second of the pair (not
                # "Two soldiers were killed: one was shot and the other stabbed", the two told already)
                covered.add((patient.i, kind))
                q = _Quantity(patient.i - 1, patient.i + 1, patient, patient, 1.0, 1.0, 1.0, "exact")
                figures.append(_made(q, kind, pred))
                continue
            if patient.lower_ == "both" and patient.dep_ in ("nsubj", "nsubjpass") and (patient.i, kind) not in covered:
                # "The suspects opened fire …; both were killed in the return fire": two, who were told before; counted
                # only where the article gives no other figure of the kind, like a pronoun
                covered.add((patient.i, kind))
                q = _Quantity(patient.i, patient.i + 1, patient, patient, 2.0, 2.0, 2.0, "exact")
                pronouns.append(_made(q, kind, pred))
                continue
            if patient.lower_ in _SINGLE_PRONOUNS or patient.lower_ == "themselves":
                value = _pronoun_count(patient, pred)
                if value is not None and (patient.i, kind) not in covered:
                    covered.add((patient.i, kind))
                    q = _Quantity(patient.i, patient.i + 1, patient, patient, value, value, value, "exact")
                    figure = _made(q, kind, pred)
                    # A bomber who "blew himself up" is one more dead (ACLED counts the bomber when reported dead),
                    # unless the toll says it includes him; any other pronoun may point back at a victim counted.
                    # So does an attacker "killing 6 civilians and himself".
                    killer = patient.lower_ in ("himself", "herself", "themselves") and pred.pos_ == "VERB" and pred.lemma_.lower() in (
                        "kill", "shoot", "stab") and not bomber_counted
                    bomber_counted = bomber_counted or _self_destroyed(pred) or killer
                    # "killing him and his 11-year-old son": named beside another victim, he is one of two
                    joined = any(c.tag_ not in _PRONOUNS and c.i > patient.i for c in patient.conjuncts) or (
                        # "killing him and at least 8 of his followers", the count parsed as the verb's conjunct
                        patient.i + 1 < len(doc) and doc[patient.i + 1].lower_ == "and" and any(
                            c.dep_ == "conj" and c.like_num and patient.i + 1 < c.i <= patient.i + 4
                            for c in pred.children))
                    if joined and any(c.tag_ not in _PRONOUNS and c.i > patient.i and _told_again(c, kind, [*told, *figures])
                                      for c in patient.conjuncts):
                        continue  # "… where he and his bodyguard were later found dead": the two told before
                    # "The attacker … opened fire … He fled by car and was shot dead by police": the attacker, besides
                    # those he killed
                    attacker = kind == "killed" and _the_attacker_before(patient)
                    (figures if (_self_destroyed(pred) or killer or joined or attacker) and not included
                     else pronouns).append(figure)
                continue
            if patient.lower_ == "them" and (back := _counted_people_before(patient)) is not None:
                # "seized 14 suspected gang members …, doused them with petrol and burned them to death"
                noun, value = back
                if not any(f.type == kind and f.start <= noun.idx < f.end for f in [*told, *figures]):
                    q = _Quantity(patient.i, patient.i + 1, patient, patient, value, value, value, "exact")
                    figures.append(_made(q, kind, pred))
                continue
            if _everyone(patient) and (patient.i, kind) not in covered:
                covered.add((patient.i, kind))  # killed everyone inside: an unknown number (ACLED's 10)
                q = _Quantity(patient.left_edge.i, patient.i + 1, patient, patient, None, None, None, "vague")
                figures.append(_made(q, kind, pred))
                continue
            if bomber_counted and patient.lemma_.lower() in ("bomber", "attacker", "assailant") and not any(
                    c.lower_ in ("second", "third", "another", "other") for c in patient.children):
                continue  # "blew himself up … The bomber and 25 worshippers were killed": he is counted
            if patient.dep_ == "conj" and patient.pos_ == "PROPN" and patient.ent_type_ in ("ORG", "NORP", "GPE") and any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in patient.head.children):
                continue  # "8 members of the police and National Guard were killed": a body the members are of
            if (patient.dep_ == "appos" or (patient.dep_ == "conj" and _list_head(patient).dep_ == "appos")) and (
                    (head := _list_head(patient).head).like_num and any(
                        c.dep_ == "prep" and c.lower_ == "of" and any(o.lemma_.lower() in ("victim", "dead", "deceased")
                                                                     for o in c.children) for c in head.children)):
                continue  # "Two of the victims, a 60-year-old woman and a 55-year-old man, were killed": who the two were
            if any(c.dep_ == "amod" and c.lower_ in _NEXT_ONE for c in patient.children) and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in patient.children) and any(
                    c.dep_ == "acl" and harm_of(c) == "killed" for c in patient.children):
                continue  # "…, the second journalist killed in Mexico this year": the one told, ranked
            if patient.dep_ == "conj" and _names_the_count(_list_head(patient), patient):
                continue  # "shot dead two social leaders, a husband and wife who …": the two, named
            if patient.dep_ == "conj" and any(t.i == patient.i for t in _generic_breakdown(_list_head(patient))):
                continue  # "At least 12 people, 11 civilians and a soldier, were killed": the soldier is one of the 12
            if _in_quotes(doc, pred.i) and (pred.tag_ in ("VBZ", "VBP") or (pred.tag_ == "VBG" and any(
                    c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in pred.children))):
                continue  # '"The West is silent while Rwanda is killing our people," said a student': a grievance
            if any(d.lower_ == "any" for d in patient.children) or (
                    pred.dep_ == "ccomp" and pred.head.lemma_.lower() in _DENYING):
                continue  # "the government denied that any protesters were killed"
            if patient.lower_ in ("most", "many", "some", "all", "half", "several", "none"):
                continue  # "At least 41 people, most of them students, were killed": a share of the count, not one more
            if (patient.i, kind) in covered or patient.tag_ in _PRONOUNS or any(
                c.dep_ in ("nummod",) or c.lower_ in ("no", "none") for c in patient.children
            ):
                continue
            if patient.dep_ == "pobj" and patient.head.lower_ in ("including", "among") and any(
                    f.type == kind and (f.value is not None or f.low is not None)
                    and patient.sent.start_char <= f.start and f.end <= patient.head.idx for f in told):
                continue  # "reported 43 dead, including a police officer stoned to death": one of the 43
            named = patient.head if patient.dep_ in ("appos", "conj") else patient  # "The victims, a father, his son …"
            while named.dep_ in ("appos", "conj") and named.head.i != named.i:
                named = named.head
            if named.lemma_.lower() in ("victim", "deceased") and any(d.lower_ == "the" for d in named.children) \
                    and any(f.type == kind and f.start < patient.idx for f in [*told, *figures]):
                continue  # "One person was killed … The victim, a 35-year-old activist, was hacked to death": the one
            if _told_again(patient, kind, [*told, *figures]):
                continue  # "Three members of a family were killed … The driver, Akmad, 45, his wife and their son died"
            if patient.lemma_.lower() in _TELLERS and _says_after(patient) and not (
                    patient.dep_ == "dobj" and patient.head == pred):  # not "shot dead an Indigenous leader …, X reported"
                continue  # "killed tens of farmers …, a local leader and a militia member told AFP": who told it
            part = patient if patient.dep_ == "appos" else patient.head if (
                patient.dep_ == "conj" and patient.head.dep_ == "appos") else None
            if any(c.dep_ == "prep" and c.lower_ in ("among", "including") and any(
                    o.lower_ in ("them", "whom") for o in c.children) for c in patient.children) and any(
                    f.type == kind and f.value is not None and patient.sent.start_char <= f.start < patient.idx
                    for f in [*told, *figures]):
                continue  # "Two persons, among them a member of the 128th Battalion, were killed": one of the two
            if part is not None and (part.head.i, kind) in covered and part.left_edge.i >= 2 and [
                    t.lower_ for t in doc[part.left_edge.i - 2:part.left_edge.i]] in (["among", "them"], ["among", "whom"]):
                continue  # "17 passengers, among them a mother and her baby, were killed": some of the 17
            if part is not None and (part.head.i, kind) in covered and any(
                    c.dep_ in ("nummod", "det") and (c.like_num or c.lower_ == "both") and (
                        # not "killing 15 police officers, an Orthodox priest and a church guard": more than the 15
                        parse_number(c.text) in (None, _parts_count(part)) or c.lower_ == "both")
                    for c in part.head.children):
                continue  # "Both attackers, a man and a woman, were killed": the two, told by who they were
            if patient.dep_ == "conj" and patient.tag_ == "NN" and patient.head.tag_ == "NN" and not any(
                    c.dep_ in ("det", "poss", "nummod") for c in patient.children) and (any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in patient.head.children) or not any(
                    # "Chechen blogger and critic of Ramzan Kadyrov Mamikhan Umarov … was shot dead": one man's titles
                    c.dep_ in ("det", "poss", "nummod") for c in patient.head.children)) and not (
                    patient.lemma_.lower() in _KIN and patient.head.lemma_.lower() in _KIN):  # "a husband and wife"
                continue  # "a social leader and member of the Community Action Board was shot dead": one person
            if patient.ent_type_ != "PERSON" and not any(c.dep_ in ("det", "poss", "nummod") for c in patient.children) \
                    and any(c.ent_type_ == "PERSON" and c.i > patient.i for c in patient.conjuncts):
                continue  # "former EALA MP and ex-minister Hafsa Mossi was shot dead": her titles, then her name
            # "the mayor of San Vicente and her adviser", "a Hezbollah commander and his companion"
            kin = patient.dep_ == "conj" and patient.tag_ == "NN" and any(
                c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in patient.children) and (
                patient.head.lemma_.lower() in persons or patient.head.ent_type_ == "PERSON")
            aged = kin or any(t.lower_ == "year" for t in patient.subtree if t.i < patient.i) and any(
                t.lower_ == "old" for t in patient.subtree if t.i < patient.i)  # "a 62-year-old rubber tapper"
            # "killed Isnilon Hapilon and Omar Maute": a full name beside a person's, whatever NER calls it
            named_beside = patient.dep_ == "conj" and patient.pos_ == "PROPN" and patient.head.ent_type_ == "PERSON" \
                and patient.ent_type_ not in ("GPE", "LOC", "NORP", "FAC") and any(
                    c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title for c in patient.children)
            # "Sgt. Yonatan Mizrahi, 20, … fell during combat", "Lance Naik Muhammad Asif … embraced shahadat": these
            # idioms are said of people only, so a name is one, whatever NER calls it (ranks make it read ORG)
            idiom = pred.pos_ == "VERB" and pred.lemma_.lower() in _SUBJECT_DIES and patient.dep_ == "nsubj" \
                and patient.tag_ == "NNP" and patient.ent_type_ not in ("GPE", "LOC", "NORP", "FAC")
            # "4 rangers, a soldier and a French trainer were killed": one more of a list after a count of people
            listed = patient.tag_ == "NN" and patient.dep_ == "conj" and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in patient.children) \
                and (root := _list_head(patient)).dep_ == "appos" and root.head.lemma_.lower() in persons \
                and any(g.dep_ == "nummod" for g in root.head.children) and patient.lemma_.lower() not in _not_counted()
            # "4 soldiers were killed; a fifth died of his injuries the next day": one more
            # (not "Four … were killed … Three of the militants were killed at the site. A fourth … was found dead")
            nth = patient.lower_ in _NTH and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in patient.children) \
                and not any(f.type == kind and (f.value or 0) >= _NTH[patient.lower_] and f.start < patient.idx
                            for f in [*told, *figures])
            # "photojournalist Margarito Martinez Esquivel was shot dead": a name under its title, whatever NER calls it
            titled = patient.tag_ == "NNP" and patient.ent_type_ not in ("GPE", "LOC", "FAC", "NORP") \
                and patient.is_title and any(
                    c.dep_ == "compound" and c.tag_ == "NN" and c.lemma_.lower() in persons
                    and "\n" not in doc[c.i:patient.i].text and all(
                        t.pos_ == "PROPN" and t.is_title for t in doc[c.i + 1:patient.i]) for c in patient.children)
            # "killing Degamo and 8 others": a name NER reads otherwise here, but a person's elsewhere in the story
            # ("Governor Roel Degamo"), or listed beside "others"
            renamed = patient.pos_ == "PROPN" and patient.dep_ in ("dobj", "nsubjpass") \
                and patient.ent_type_ not in ("GPE", "LOC", "FAC", "NORP") and (any(
                e.label_ == "PERSON" and any(t.text == patient.text for t in e) for e in doc.ents) or any(
                c.dep_ == "conj" and c.lemma_.lower() == "other" and any(g.dep_ == "nummod" for g in c.children)
                for c in patient.children) or any(  # "Head Constable Ratan Lal of Delhi Police was killed"
                c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i == patient.i + 1 for c in patient.children))
            is_person = aged or named_beside or idiom or listed or nth or titled or renamed or patient.lemma_.lower() in persons or _hyphenated(patient) in persons or patient.ent_type_ in ("PERSON", "NORP") or (
                # "armed men shot dead an indigenous Nasa authority": what is shot dead or assassinated is somebody
                # "A radio broadcaster was shot dead", "A rubber tapper was hacked to death": so is who was
                (patient.dep_ in ("dobj", "nsubjpass") or (patient.dep_ == "conj" and patient.head.dep_ in ("dobj", "nsubjpass")))
                and (patient.tag_ == "NN" or (patient.tag_ == "NNP" and any(  # "shot dead a Kashmiri Pandit"
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in patient.children)))
                and patient.lemma_.lower() not in _not_counted()
                and patient.lemma_.lower() not in _COLLECTIVES
                # "militants shot dead the principal and a teacher": so is the one named by office
                and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in patient.children) and (
                    pred.lemma_.lower() in ("assassinate", "behead", "lynch")
                    or (pred.lemma_.lower() == "shoot" and (any(c.lower_ == "dead" for c in pred.children) or (
                        pred.i + 1 < len(doc) and doc[pred.i + 1].lower_ == "dead")))
                    or (pred.lower_ == "dead" and pred.head.lemma_.lower() == "shoot")
                    or (patient.dep_ == "nsubjpass" and pred.lemma_.lower() in ("hack", "stab", "beat", "club", "stone")
                        and is_kill_phrase(pred)))) or any(
                # "killed Bridget Agbahime, a 74-year-old Christian trader": whoever the name, the apposition says
                c.dep_ == "appos" and c.lemma_.lower() in persons for c in patient.children) or (
                # "four Fulanis and a Konkomba": one more of the people listed, whatever NER calls the name
                patient.dep_ == "conj" and patient.pos_ == "PROPN"
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in patient.children)
                and (patient.head.lemma_.lower() in persons or patient.head.ent_type_ in ("PERSON", "NORP"))) or (
                # "commander Riyaz Naikoo and an associate were killed": somebody beside the person named
                patient.dep_ == "conj" and patient.tag_ == "NN" and patient.head.ent_type_ == "PERSON"
                and patient.lemma_.lower() not in _not_counted() and patient.lemma_.lower() not in _COLLECTIVES
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in patient.children)) or (
                # "killed the groom and 13 guests": one person listed beside counted people, whatever the noun (not
                # "Fourteen members of the ALP and the militia were killed": whose members)
                patient.tag_ == "NN" and patient.lemma_.lower() not in _not_counted()
                and patient.lemma_.lower() not in _COLLECTIVES
                and any(c.dep_ in ("det", "poss") for c in patient.children)  # not "… and damaged port infrastructure"
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in patient.children)  # "an unknown number of"
                and any(c.lemma_.lower() in persons and any(g.dep_ == "nummod" for g in c.children) for c in patient.conjuncts)
                # not "killing about 40 people and burning houses and a church": the list has gone on to things
                and not any(c.tag_ == "NNS" and c.lemma_.lower() not in persons and c.ent_type_ not in ("PERSON", "NORP")
                            for c in patient.conjuncts))
            if not is_person or _tells_it(patient):
                continue
            both = any(c.dep_ in ("det", "predet") and c.lower_ == "both" for c in patient.children)
            plural = (patient.tag_ in ("NNS", "NNPS") or patient.lower_ == "people") and not both and not any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in patient.children
            )
            if plural and patient.ent_type_ == "PERSON":
                continue
            if plural and patient.dep_ == "pobj" and patient.head.lower_ == "of" and patient.head.head.lemma_.lower() in (
                    "number", "toll", "tally", "total", "count"):
                continue  # "bringing the number of civilians killed … to 37": the count is the number's, told there
            covered.add((patient.i, kind))
            # "killing both occupants", "killed an elderly couple"
            one = 2.0 if both or (patient.lemma_.lower() == "couple" and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in patient.children)) else 1.0
            if plural and (counted := _counted_before(patient)) is not None:
                # "identified three terrorists who approached the troops … The troops eliminated the terrorists"
                q = _Quantity(patient.left_edge.i, patient.i + 1, patient, patient, counted, counted, counted, "exact")
                figures.append(_made(q, kind, pred))
                continue
            q = _Quantity(patient.left_edge.i, patient.i + 1, patient, patient, None if plural else one,
                          None if plural else one, None if plural else one, "vague" if plural else "exact")
            figures.append(_made(q, kind, pred))
    if not bomber_counted and not included and (bomber := _suicide_bomber(doc, nouns)) is not None and not any(
            f.type == "killed" and _ATTACKERS.search(f.text) for f in told):
        number = next((c for c in bomber.children if c.dep_ == "nummod"), None)  # "two IS suicide bombers"
        many = parse_number(number.text) if number is not None else 1.0
        q = _Quantity(bomber.left_edge.i, bomber.i + 1, bomber, bomber, many, many, many, "exact")
        figures.append(_made(q, "killed", bomber.head))
    return figures, pronouns


_NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_ATTACKERS = re.compile(r"\b(?:bombers?|attackers?|assailants?)\b", re.I)
#: What a suicide bomber does that kills him: "a suicide bomber detonated his explosive vest", "rammed a car into".
_BOMBER_VERBS = frozenset({"detonate", "explode", "ram", "set", "trigger", "strike", "attack", "hit", "target", "kill",
                           "drive", "walk"})


def _suicide_bomber(doc: Doc, nouns: dict[str, str]) -> Token | None:
    """'A suicide bomber detonated his explosive vest …, killing six civilians': the bomber died too (ACLED counts
    him). None when the report already counts him ("blew himself up", "the bomber also died"), or says the toll
    includes him, or he is no subject of the attack ("police arrested a would-be suicide bomber")."""
    if {"bomber", "attacker", "assailant"} & set(nouns.values()) or "bomber" not in text_of(doc).lower():
        return None  # (no bomber in the text: nothing below can find one)
    subset = figure_lexicon()["subset_preps"]
    if any(t.lemma_.lower() in ("attacker", "assailant") and (t.head.lower_ in subset or t.head.lemma_.lower() == "include")
           for t in doc):
        return None  # "6 people were killed, including the attacker"
    found = None
    for tok in doc:
        if tok.lemma_.lower() != "bomber":
            continue
        if tok.head.lower_ in subset or tok.head.lemma_.lower() == "include" or tok.head.lower_ in ("besides", "to"):
            return None  # "including the bomber", "the toll of 26 included the bomber", "in addition to the bomber"
        if any(c.dep_ == "prep" and c.lower_ == "among" for c in tok.children):
            return None  # "five people, the bomber among them, were killed"
        if any(c.dep_ == "relcl" and any(g.dep_ == "prep" and g.lower_ == "among" and any(
                o.lemma_.lower() in ("dead", "victim", "fatality") for o in g.children) for g in c.children)
               for c in tok.children):
            return None  # "the three suicide bombers, who were among the dead, detonated their explosives"
        if found is None and tok.dep_ == "nsubj" and (tok.head.lemma_.lower() in _BOMBER_VERBS or any(
                # "a suicide bomber opened fire and then detonated an explosive vest"
                c.dep_ == "conj" and c.lemma_.lower() in ("detonate", "explode") for c in tok.head.children)) and any(
                c.lower_ == "suicide" for c in tok.children) and not any(
                c.dep_ == "neg" for c in tok.head.children) and not _hypothetical(tok.head):
            found = tok
    return found


def _counted_before(noun: Token) -> float | None:
    """The number a definite plural points back to: 'the terrorists' after 'three terrorists' in the sentence before
    or the same one; None when the text gave them no number there."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children):
        return None
    doc, lemma = noun.doc, noun.lemma_.lower()
    start = doc[noun.sent.start - 1].sent.start if noun.sent.start > 0 else noun.sent.start
    for tok in reversed(doc[start:noun.i]):
        if tok.lemma_.lower() == lemma:
            numbers = [c for c in tok.children if c.dep_ == "nummod"]
            return parse_number(numbers[0].text) if len(numbers) == 1 else None
    return None


def _counted_people_before(pronoun: Token) -> tuple[Token, float] | None:
    """(noun, number) of the people 'them' points back to: the nearest counted plural of people before it, in its
    sentence or the one before ('seized 14 suspected gang members … and burned them to death')."""
    doc, persons = pronoun.doc, person_nouns()
    start = doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start > 0 else pronoun.sent.start
    for tok in reversed(doc[start:pronoun.i]):
        # not people in a phrase of a preposition ("a minibus stopped by police"): an argument of a verb
        if tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() in persons and tok.dep_ != "pobj":
            numbers = [c for c in tok.children if c.dep_ == "nummod"]
            value = parse_number(numbers[0].text) if len(numbers) == 1 else None
            return (tok, value) if value is not None else None
    return None


def _hyphenated(tok: Token) -> str:
    """The word a hyphen splits into tokens, ending at `tok`: 'passer-by'."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_ and not doc[tok.i - 1].whitespace_:
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    return tok.lower_


_LEFT_OUT = frozenset({"bomber", "attacker", "assailant", "gunman"})


def _left_out_of_the_toll(doc: Doc, layout: Layout, index: MentionIndex, article_id: str) -> list[Figure]:
    """'The figure did not include the bomber': the attacker ACLED counts beside a toll that leaves him out (one, or
    as many as the number says: 'did not include the two gunmen')."""
    out = []
    for verb in doc:
        if verb.lemma_.lower() != "include" or not any(c.dep_ == "neg" for c in verb.children) \
                or layout.excluded(verb.idx, verb.idx + len(verb)) \
                or not any(c.dep_ == "nsubj" and _is_toll_word(c) for c in verb.children):
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _LEFT_OUT):
            number = next((c for c in obj.children if c.dep_ == "nummod"), None)
            value = 1.0 if obj.tag_ == "NN" else parse_number(number.text) if number is not None else None
            if value is None:
                continue
            q = _Quantity(obj.left_edge.i, obj.i + 1, obj, obj, value, value, value, "exact")
            out.append(_harm_figure(doc, q, "killed", verb, index, article_id))
    return out


def _is_toll_word(tok: Token) -> bool:
    return tok.lemma_.lower() in ("toll", "figure", "tally", "count") or (tok.lemma_.lower() == "number" and (any(
        o.lemma_.lower() in _DEATH_WORDS for c in tok.children if c.lower_ == "of" for o in c.children) or any(
        # "the number killed in the wave of strikes had risen to 413"
        c.dep_ == "acl" and c.lower_ in ("killed", "dead") for c in tok.children)))


def _unknown_casualties(doc: Doc, candidates: list[Token], layout: Layout, index: MentionIndex, article_id: str) -> Figure | None:
    """'Heavy casualties', 'casualties of unknown number reported': people killed, how many unknown (value and bound
    null). Not where the text doubts there were any: 'casualties not known', 'no details of casualties', 'if there were
    any casualties', 'without reported casualties'."""
    lex = figure_lexicon()
    doubt = frozenset(lex["casualty_doubt"])
    for noun in candidates:
        if layout.excluded(noun.idx, noun.idx + len(noun)) or any(c.dep_ == "nummod" or c.like_num for c in noun.children):
            continue
        heads = [noun.head, noun.head.head] if noun.head.pos_ == "ADP" else [noun.head]
        near = [*noun.children, *heads, *(c for h in heads for c in h.children if c.dep_ == "neg")]
        if any(t.lower_ in doubt or t.lemma_.lower() in doubt or t.dep_ == "neg" for t in near):
            continue
        if any(c.dep_ == "nsubj" and any(d.lower_ in ("neither", "no") for d in c.children) for h in heads
               for c in h.children):
            continue  # "Neither side reported casualties"
        if any(h.dep_ == "pcomp" and h.head.lower_ == "without" for h in heads) or (
                noun.dep_ == "pobj" and noun.head.lower_ == "without"):
            continue  # "…, without casualties being reported", "without casualties"
        if noun.dep_ == "conj" and noun.head.pos_ == "VERB" or _hypothetical(noun.head) or background(noun):
            continue  # "…, casualties not known": the parser hangs the next clause on the verb before
        # Said to have happened: an amount ('heavy', 'many') or a verb of reporting; 'causing casualties' alone is a
        # manner of speaking about an attack, not a report of deaths.
        amount = any(c.dep_ == "amod" and c.lower_ in lex["casualty_amounts"] for c in noun.children) or any(
            o.lemma_.lower() == "number" for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
        ) or (  # "the fighting had left an undetermined number of casualties": some, how many unknown
            noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() == "number"
            and any(c.lower_ in ("unknown", "undetermined", "unspecified", "undisclosed", "unconfirmed")
                    for c in noun.head.head.children)
        ) or any(  # "Heavy fighting was reported, with casualties on both sides"
            o.lemma_.lower() == "side" and any(g.lower_ in ("both", "all") for g in o.children)
            for c in noun.children if c.dep_ == "prep" and c.lower_ == "on" for o in c.children if o.dep_ == "pobj")
        # "causing casualties of unknown number": there were casualties, their number is what is unknown
        reported = any(t.lemma_.lower() in _SAY or t.lemma_.lower() in ("record", "sustain") for t in
                       [noun.head, *(c for c in noun.children if c.dep_ == "acl")]) or (
            # "Local sources said there were casualties on both sides"
            noun.dep_ == "attr" and noun.head.lemma_ == "be" and any(c.dep_ == "expl" for c in noun.head.children)
            and not any(a.lemma_.lower() in _DENYING or any(c.dep_ == "neg" for c in a.children)
                        for a in [noun.head, *list(noun.head.ancestors)[:3]]))
        if not (amount or reported):
            continue
        q = _Quantity(noun.left_edge.i, noun.i + 1, noun, noun, None, None, None, "vague")
        return _harm_figure(doc, q, "killed", noun, index, article_id)
    return None


def _entities(doc: Doc, labels: tuple[str, ...]):
    """Entities with these labels, found from one array read instead of building every entity span of the doc."""
    import numpy

    arr = doc.to_array([ENT_TYPE, ENT_IOB])
    wanted = _member(arr[:, 0], _string_ids(frozenset(labels)))
    for i in numpy.flatnonzero(wanted & (arr[:, 1] == 3)):  # 3 = B: an entity starts here
        ent = _entity_of(doc[int(i)])
        if ent is not None:
            yield ent


def _money_and_percent(doc: Doc, layout: Layout, article_id: str) -> list[Figure]:
    lex = figure_lexicon()
    figures: list[Figure] = []
    for ent in _entities(doc, ("MONEY", "PERCENT")):
        if layout.excluded(ent.start_char, ent.end_char):
            continue
        qualifier, _ = _qualifier_before(doc, ent.start)
        words = [t for t in ent if t.lower_ not in ("%",) and t.lower_ not in lex["currencies"]]
        for name, phrases in lex["qualifiers"].items():  # the qualifier is often inside the entity: "about $5m"
            for phrase in phrases:
                n = len(phrase.split())
                if [t.lower_ for t in words[:n]] == phrase.split():
                    qualifier, words = name, words[n:]
        text = " ".join(t.text for t in words if t.lower_ not in ("percent", "per", "cent", "pct", "us", "some"))
        value = parse_number(text.replace("$", "").replace("€", "").replace("£", ""))
        if value is None:
            continue
        if ent[0].ent_type_ == "MONEY":
            unit = next((lex["currencies"][t.lower_] for t in ent if t.lower_ in lex["currencies"]), None)
            if unit is None:
                unit = next((lex["currencies"][c] for c in ("$", "€", "£", "¥") if c in ent.text), None)
            kind = "money"
        else:
            kind, unit = "percent", "%"
        figures.append(Figure(
            id=_figure_id(article_id, ent.start_char, ent.end_char), type=kind, value=value,  # type: ignore[arg-type]
            low=value if qualifier in ("exact", "at_least", "more_than") else None,
            high=value if qualifier in ("exact", "up_to", "fewer_than") else None,
            qualifier=qualifier, unit=unit, text=ent.text, start=ent.start_char, end=ent.end_char,  # type: ignore[arg-type]
        ))
    return figures


def _key(figure: Figure, noun: str, incident: int = 0) -> tuple:
    """What makes two statements one figure: the same harm, number and noun, told of the same incident."""
    return figure.type, figure.value, figure.low, figure.qualifier, noun, incident


# Nouns that name no one in particular: "Among the five dead were …" after "killed five people" is the same five.
_GENERIC_VICTIMS = frozenset({"people", "person", "dead", "victim", "casualty", "body", "fatality", "death", "other"})
#: Nouns a report's whole toll is given in when the dead were not fighters: "31 civilians, including women and children".
_EVERYONE_KILLED = frozenset({"civilian", "villager", "resident", "passenger", "worshipper", "worshiper"})


def _generic(noun: Token) -> bool:
    return noun.pos_ == "NUM" or noun.lemma_.lower() in _GENERIC_VICTIMS or harm_of(noun) is not None


def _restated(doc: Doc, q: _Quantity, earlier: list[Figure]) -> bool:
    """'… the explosion that led to dozens of deaths was caused by …' after the dead were counted: a vague amount in a
    relative clause of a definite incident ('the explosion', 'this attack') points back at deaths already given, so it
    adds none. Only when numbered killed figures in earlier sentences already reach its lower bound."""
    sent = q.anchor.sent
    counted = sum(f.value for f in earlier if f.type == "killed" and f.value is not None and f.end <= sent.start_char)
    if not counted or (q.low is not None and q.low > counted):
        return False
    for tok in sent:
        if tok.dep_ in ("relcl", "acl") and tok.i < q.start <= tok.right_edge.i + 1:
            incident = tok.head
            if incident.lemma_.lower() in ATTACK_NOUNS and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in incident.children
            ):
                return True
    return False


#: Verbs by which a source gives its own count of a toll as a bare number: "the police confirmed 8".
_COUNT_VERBS = frozenset({"confirm", "report", "count", "record", "verify",
                          "say"})  # "Residents said 43 people were killed; the police command said 36"
#: "… put the toll at 7", "… put the death toll at 7".
_TOLL_VERBS = frozenset({"put", "place", "set", "estimate"})
#: "… gave a lower toll of 110", "… reported a toll of 12".
_TOLL_GIVING = frozenset({"give", "report", "cite", "put", "confirm"})


def _another_count(doc: Doc, q: _Quantity, figures: list[Figure]) -> tuple[Figure, Token] | None:
    """(the killed figure, the source) when this bare number is another source's count of a toll the same sentence
    has just given: "Gunmen killed 11 persons, locals said; the police confirmed 8", "… residents said, while police
    put the toll at 7". Only a bare number (or "dead", "people"), the object of a verb of counting with a subject of
    its own, after a killed figure with another value in the same sentence."""
    tok = q.anchor
    if q.value is None or not (q.noun is tok or q.noun.lemma_.lower() in _GENERIC_VICTIMS):
        return None
    verb = None
    if tok.dep_ == "nummod" and tok.head.lower_ == "dead" and tok.head.dep_ in ("dobj", "oprd"):
        tok = tok.head  # "and the county commissioner confirmed 27 dead"
    if tok.dep_ in ("dobj", "oprd") and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _COUNT_VERBS:
        verb = tok.head
    elif _toll_set_at(tok) is not None:
        verb = tok.head.head
    compared = False
    if verb is None and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "toll":
        toll = tok.head.head  # "a police source gave a lower toll of 110"
        if toll.dep_ == "dobj" and toll.head.pos_ == "VERB" and toll.head.lemma_.lower() in _TOLL_GIVING:
            verb = toll.head
            compared = any(c.lower_ in ("lower", "higher", "different") for c in toll.children)
    if verb is None:
        return None
    source = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if source is None or source.pos_ == "PRON":
        return None
    sent = tok.sent
    # The sentence before too when the toll says it is another one ("a lower toll of 110"), or when a source gives it
    # with nothing saying it changed since ("The army put the death toll at 19"; not "… later put the toll at 30").
    across = compared or not any(t.lemma_.lower() in _UPDATE_CUES for t in sent)
    since = doc[sent.start - 1].sent.start_char if across and sent.start > 0 else sent.start_char
    earlier = [f for f in figures if f.type == "killed" and f.value is not None and since <= f.start
               and f.end <= source.idx]
    if not earlier or earlier[-1].value == q.value:
        return None
    return earlier[-1], source


def _toll_set_at(tok: Token) -> Token | None:
    """The verb when the number is what a toll is put at: 'police put the (death) toll at 7', 'volunteers later
    revised the toll to 46'."""
    if tok.dep_ == "nummod" and tok.head.dep_ == "pobj":
        tok = tok.head  # "put the toll at 10 dead"
    if tok.dep_ != "pobj":
        return None
    if tok.head.lower_ == "to":
        # "revised down the death toll from twin blasts at a memorial ceremony … in the city of Kerman to 84": the
        # parser hangs "to 84" on the last noun of the toll's own words
        for a in list(tok.head.ancestors)[1:8]:
            if a.pos_ == "VERB":
                if a.lemma_.lower() in _TOLL_CHANGING and any(
                        (c.dep_ == "dobj" and _is_toll(c)) or (c.dep_ == "prep" and c.lower_ in ("down", "up") and any(
                            o.dep_ == "pobj" and _is_toll(o) for o in c.children)) for c in a.children):
                    return a
                break
    verb = tok.head.head
    if verb.dep_ == "acl" and harm_of(verb) == "killed" and tok.head.lower_ == "at":
        # "put the number of soldiers killed at nine": the parser hangs "at nine" on "killed"
        verb = next((a for a in list(verb.ancestors)[:4] if a.pos_ == "VERB"), verb)
    if verb.dep_ in ("prt", "advmod") and verb.lower_ in ("down", "up"):
        verb = verb.head  # "revised the death toll down to 95": the parser hangs "to" on the particle
    if not any((c.dep_ in ("dobj", "nsubjpass") and _is_toll(c)) or (
            # "the toll stood at 22 dead"
            c.dep_ == "nsubj" and verb.lemma_.lower() == "stand" and _is_toll(c)) or (
            # "revised down the death toll … to 253": the parser hangs the toll on the particle
            c.dep_ == "prep" and c.lower_ in ("down", "up") and any(o.dep_ == "pobj" and _is_toll(o) for o in c.children))
            for c in verb.children):
        return None  # "the toll was updated to 23 civilians killed": the toll the subject of a passive
    if not any(c.dep_ == "dobj" for c in verb.children) and verb.lemma_.lower() not in _TOLL_CHANGING | {"stand"}:
        return None
    if (tok.head.lower_ == "at" and verb.lemma_.lower() in _TOLL_VERBS | {"stand"}) or (
            tok.head.lower_ == "to" and verb.lemma_.lower() in _TOLL_CHANGING):
        return verb
    return None


def _in_an_update(verb: Token) -> bool:
    """'In an update the following day, the police spokesperson put the death toll … at nearly 30': a count told as an
    update, or on a day after ("the following day", "the next morning"), replaces the one before."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in" and any(o.lemma_.lower() == "update" for o in c.children):
            return True
        if c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "morning", "evening") and any(
                a.lower_ in ("following", "next") for a in c.children):
            return True
    return False


#: "… revised the toll to 46", "raised the toll to 12": the toll as it now stands.
_TOLL_CHANGING = frozenset({"revise", "raise", "update", "increase", "bring", "lower", "adjust", "correct"})


def _updated_toll(q: _Quantity) -> Token | None:
    """'Officials later put the toll at 11': the verb, when a toll is put at the number with a word saying it changed."""
    verb = _toll_set_at(q.anchor)
    if verb is None or not (q.noun is q.anchor or q.noun.lemma_.lower() in _GENERIC_VICTIMS):
        return None
    changed = verb.lemma_.lower() in _TOLL_CHANGING or any(t.lemma_.lower() in _UPDATE_CUES for t in verb.subtree)
    return verb if changed else None


#: "… revised it down to 84": a toll corrected, which may be lower than the one it replaces.
_TOLL_REVISING = frozenset({"revise", "lower", "adjust", "correct", "update"})

#: Words that make a second toll an update of the first, not another source's count of it.
_UPDATE_CUES = frozenset({"later", "now", "rise", "climb", "increase", "revise", "update", "since", "subsequently",
                          "reach", "jump", "grow", "bring", "new", "final", "latest", "after"})


#: "For its part, the army spoke of 18 dead": a source set beside the one before, its own count of the same toll.
_FOR_ITS_PART = re.compile(r"\b(?:for|on) (?:its|his|her|their) part\b", re.I)


def _for_its_part(doc: Doc, pred: Token, figure: Figure, figures: list[Figure], noun: Token) -> Figure | None:
    """The killed figure told before that this one answers as another source's count of the same toll: a sentence
    that says "for its part" ("For his part, the army spokesman speaks of 18 civilians killed"; "The civil society, for
    its part, speaks of two dead") after a toll another source told. Not a count of more dead ("also", "another"),
    nor a count at another place, nor the same source again."""
    if figure.value is None and figure.low is None:
        return None
    sent = pred.sent
    if not _FOR_ITS_PART.search(sent.text) or any(t.lower_ in _MORE for t in sent if t.i <= pred.i + 1 and not (
            t.lower_ == "more" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "than")):
        return None
    if noun.like_num and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None  # "two of the wounded died": some of those told
    earlier = [f for f in figures if f.type == "killed" and (f.value is not None or f.low is not None)
               and f.end <= sent.start_char and f.value != figure.value and _restates({f.where}, figure.where)
               and (f.reported_by is None or figure.reported_by is None or f.reported_by != figure.reported_by)]
    return earlier[-1] if earlier else None


def _contrasting_report(doc: Doc, pred: Token, figure: Figure, figures: list[Figure], noun: Token) -> Figure | None:
    """The killed figure this one contrasts as another source's report of the same toll: the harm is stated by a
    verb of reporting in a clause set against the one before by "while" or "whereas" ("Fano claimed to have killed
    40 soldiers, while local sources reported 8 deaths"), after a killed figure of another value in the same sentence,
    at the same place if both name one; or by "another source" in that sentence or the next ("Palestinian sources
    reported 14 killed; another source reported 17 killed"). A count of somebody in particular contrasts only a count
    of the same people ("JNIM claimed to have killed 20 soldiers, while local sources reported 4 soldiers killed"):
    "the army said it killed 30 militants, while al Shabaab claimed to have killed 15 soldiers" are two tolls, each
    side's count of the other's dead."""
    if figure.value is None and figure.low is None:
        return None  # a range counts: "while residents said between 40 and 48 people were killed"
    tok = _reporting_verb(pred)
    # "Police confirmed 7 dead, while residents said 40 people were killed": the parser may hang the source's clause
    # below the harm it states
    tok = next((c for c in pred.children if c.dep_ == "advcl" and c.i < pred.i and c.lemma_.lower() in REPORT_VERBS
                and any(m.dep_ == "mark" and m.lower_ in ("while", "whereas") for m in c.children)), tok)
    if tok is None:
        return _according_to_after(doc, pred, figure, figures, noun)
    same_people = _generic(noun) or None
    unchanged = not any(t.lemma_.lower() in _UPDATE_CUES for t in pred.sent)
    if _another_source(tok) or (_gives_toll(tok, pred, noun) and unchanged):
        sent = pred.sent
        since = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        source = next(c for c in tok.children if c.dep_ == "nsubj")
        earlier = [f for f in figures if f.type == "killed" and f.value is not None and since <= f.start
                   and f.end <= source.left_edge.idx and f.value != figure.value]
        return earlier[-1] if earlier else None
    if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in REPORT_VERBS and tok.head.dep_ == "advcl":
        tok = tok.head  # "…, while the UN said it could confirm 39 deaths": the source's own verb
    contrasted = tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas", "though", "although")
                                             for c in tok.children)
    # "The UN reported at least 115 killed; the government reported 70 dead": two sources, one toll, side by side
    subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    if subject is None and tok.dep_ == "conj" and tok.head.pos_ == "VERB" and tok.head.i > pred.sent.start:
        # "…; the army acknowledged the attack but said only 2 soldiers died": the subject of the verb it is joined to
        subject = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    if subject is None:
        return None
    claim = tok.lemma_.lower() == "claim"
    side_by_side = any(t.text == ";" for t in doc[pred.sent.start:subject.left_edge.i]) and (bool(same_people) or claim or any(
        f.type == "killed" and _noun_of(doc, f) == noun.lemma_.lower() and pred.sent.start_char <= f.start
        for f in figures))  # "5 soldiers were killed; the PDF claimed it had killed 20 soldiers"
    if not (contrasted or side_by_side):
        return None
    sent_start = pred.sent.start_char
    clause_start = subject.left_edge.idx if side_by_side and not contrasted else tok.left_edge.idx
    earlier = [f for f in figures if f.type == "killed" and (f.value is not None or f.low is not None)
               and sent_start <= f.start and f.end <= clause_start and f.value != figure.value
               and (f.where is None or figure.where is None or f.where == figure.where)
               and (same_people or _noun_of(doc, f) in (noun.lemma_.lower(), *_GENERIC_VICTIMS) or (
                   # "The army reported 6 militiamen killed, while an FRPI spokesman said the group lost 2 fighters"
                   any(_noun_of(doc, f) in kind and noun.lemma_.lower() in kind for kind in (_COMBATANTS, _SOLDIERS)))
                   # "12 VDP were killed, while JNIM claimed to have killed 30 fighters": who claims the killing counts
                   # the other side's dead
                   or (claim and figure.by is not None and f.victims is not None and f.victims != figure.by)
                   # "… 14 pro-government troops killed; Houthi media claimed 100 government fighters killed"
                   or (claim and _shared_side_word(doc, f, noun)))
               and not _another_sides_toll(doc, f, figure, noun)]
    return earlier[-1] if earlier else None


def _shared_side_word(doc: Doc, figure: Figure, noun: Token) -> bool:
    """A claim's dead named by the side the count before names: "government" in "14 pro-government troops" and "100
    government fighters"."""
    words = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.is_alpha and len(c) > 3}
    told = re.findall(r"[a-z]+", text_of(doc)[figure.start:figure.end].lower())
    return bool(words & set(told))


def _according_to_after(doc: Doc, pred: Token, figure: Figure, figures: list[Figure], noun: Token) -> Figure | None:
    """'The PDF claimed 6 soldiers were killed; according to local residents, 3 soldiers died': another source's count
    of the same dead, side by side with the one before it in the sentence."""
    sent = pred.sent
    semicolons = [t for t in sent if t.text == ";" and t.i < pred.i]
    if not semicolons or not any(t.lower_ == "according" and t.i > semicolons[-1].i and t.i + 1 < len(doc)
                                 and doc[t.i + 1].lower_ == "to" for t in sent):
        return None
    earlier = [f for f in figures if f.type == "killed" and (f.value is not None or f.low is not None)
               and sent.start_char <= f.start and f.end <= semicolons[-1].idx and f.value != figure.value
               and (_generic(noun) or _noun_of(doc, f) in (noun.lemma_.lower(), *_GENERIC_VICTIMS))]
    return earlier[-1] if earlier else None


#: A state's forces, however a source names them ("40 government troops" … "4 soldiers").
_SOLDIERS = frozenset({"soldier", "troop", "serviceman", "servicemen", "trooper", "personnel", "conscript"})


#: One armed group's men, however a source names them.
_COMBATANTS = frozenset({"fighter", "militant", "militiaman", "militiamen", "rebel", "insurgent", "combatant",
                         "gunman", "gunmen", "jihadist", "member", "man", "men"})


#: Words saying deaths come on top of those told ("2 civilians were also killed", "three more bodies").
_MORE = frozenset({"also", "more", "other", "another", "additional", "further", "too", "separately"})


def _own_losses(noun: Token) -> bool:
    """'50 of its servicemen', '4 deaths among its troops': the teller counts its own dead."""
    people = [noun, *(o for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "among")
                      for o in c.children if o.dep_ == "pobj")]
    return (noun.dep_ == "pobj" and noun.head.lower_ in ("of", "among") or len(people) > 1) and any(
        d.dep_ == "poss" and d.lower_ in ("its", "their", "our") for p in people for d in p.children)


def _another_sides_toll(doc: Doc, earlier: Figure, figure: Figure, noun: Token) -> bool:
    """'Armenian authorities reported 49 soldiers killed, while Azerbaijan reported 50 of its servicemen killed',
    '20 Indian soldiers were killed. China later acknowledged 4 deaths among its troops': each side's own dead, two
    tolls. Not when the count before is the teller's enemy's claim of killing ('JNIM claimed to have killed 30
    soldiers, while the army said 12 of its soldiers died': one toll told twice)."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is not None and re.search(r"\b(?:in|among|within) our (?:ranks|side|troops|forces|men)\b",
                                      span.root.sent.text, re.I) and _noun_of(doc, earlier) in _ENEMY:
        return True  # '… had "neutralised" more than 70 terrorists. "We deplore three deaths in our ranks"': each side's
    teller = figure.reported_by or figure.by  # "China acknowledged 4 deaths among its troops"
    if not _own_losses(noun) or teller is None:
        return False
    if earlier.victims is not None:
        return earlier.victims != teller
    claim = any(t.lemma_.lower() == "claim" for t in doc.char_span(earlier.start, earlier.end, alignment_mode="expand").sent
                if t.idx < earlier.start)
    return earlier.reported_by is not None and earlier.reported_by != teller and not claim and (
        earlier.by is None or earlier.by != earlier.reported_by)


def _side_told(doc: Doc, figure: Figure) -> str | None:
    """'31 people had been killed on the Kyrgyz side', 'on their side': the side the clause of a count says it is of."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None:
        return None
    # the sentence's one side ("…, later raising the toll to 36": the raise is of the side its sentence names)
    sent = span.root.sent
    if span.root.dep_ == "pobj" and span.root.head.lower_ in ("to", "at") and span.root.head.head.pos_ == "VERB":
        verb = span.root.head.head  # "raised their figure to 19": the clause of the verb that set the number
        span = doc[verb.left_edge.i:verb.right_edge.i + 1]
    sides = {named.lower_ for tok in sent if tok.lemma_.lower() == "side" and tok.dep_ == "pobj"
             and tok.head.lower_ == "on" for named in tok.children if named.dep_ in ("amod", "compound", "poss")}
    own = sides & {"their", "its", "our"}
    if own or not sides:
        # "Tajik authorities have reported 41 deaths on their side", "Tajikistan's foreign ministry said two of its
        # citizens were killed", "one Kyrgyz citizen had died": the country of the teller, or of the counted
        country = _country_of_count(span) or (_country_of_teller(span) if own or any(
            t.lower_ in ("its", "their") and t.dep_ == "poss" and (  # whose dead: "23 of its soldiers were killed"
                t.head.dep_ in ("pobj", "nsubjpass", "dobj") or (  # (not "its forces had killed 200 Taliban")
                    t.head.dep_ == "nsubj" and t.head.head.lemma_.lower() in ("die", "perish")))
            for t in span.root.subtree) else None)
        return country.lower() if country else None
    side = sides.pop() if len(sides) == 1 else None
    if side is not None:
        return (gazetteer.demonyms().get(side) or gazetteer.countries().get(side) or side).lower()
    return None


def _country_of_count(span: Span) -> str | None:
    """'one Kyrgyz citizen', 'seven Azerbaijani servicemen', 'killed in Tajikistan': the country a count names."""
    codes = set()
    root = span.root
    # the count's own clause ("… the number of Kyrgyz citizens killed … had risen to 59"), not a verb joined to it
    # ("… one Kyrgyz citizen had died …, and blamed Tajik servicemen")
    joined = {t.i for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    for tok in (t for t in root.subtree if t.i not in joined):
        if tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in person_nouns():
            code = gazetteer.demonyms().get(tok.lower_)
            if code:
                codes.add(code)
    root = span.root
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "in"):
        for o in prep.children:
            if o.dep_ == "pobj" and o.pos_ == "PROPN" and (code := gazetteer.countries().get(o.lower_)):
                codes.add(code)
    return codes.pop() if len(codes) == 1 else None


def _country_of_teller(span: Span) -> str | None:
    """The country whose authorities tell the count: 'Tajik authorities', "Kyrgyzstan's border service"."""
    for a in (span.root, *span.root.ancestors):  # ("Tajik authorities have reported 41 deaths on their side")
        if (a.lemma_.lower() in REPORT_VERBS or a.lemma_.lower() in _TOLL_CHANGING) and a.pos_ == "VERB":
            subject = next((c for c in a.children if c.dep_ == "nsubj"), None)
            if subject is None:
                return None
            codes = {code for t in subject.subtree
                     if (code := gazetteer.demonyms().get(t.lower_) or gazetteer.countries().get(t.lower_))}
            return codes.pop() if len(codes) == 1 else None
    return None


def _side_named(noun: Token) -> str | None:
    """'people killed on the Tajik side', 'on Azerbaijan's side': the side a count is said to be of, as written."""
    for tok in (noun, *(c for c in noun.children if c.dep_ in ("acl", "relcl"))):
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "on":
                side = next((o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() == "side"), None)
                named = next((c for c in side.children if c.dep_ in ("compound", "amod", "poss") and c.pos_ in (
                    "PROPN", "ADJ") and c.text[:1].isupper()), None) if side is not None else None
                if named is not None:
                    return named.text
    return None


#: Nouns that name the same people in a second count.
_SAME_KIND = (frozenset({"inmate", "prisoner", "detainee", "convict"}), frozenset({"soldier", "serviceman", "troop", "trooper"}),
              frozenset({"militant", "insurgent", "fighter", "rebel", "terrorist", "jihadist", "guerrilla"}),
              frozenset({"policeman", "officer", "police", "policemen"}))


def _same_people(doc: Doc, figure: Figure, noun: Token) -> bool:
    """A second count names the same dead as the first: it says only "people" or "dead", or the same noun, or the
    same named side ("Two Taliban members", "seven Taliban fighters"). "At least 14 Americans were killed" after
    "killed more than 1,000 people" names some of the dead, or others: no second count of the same."""
    other = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if other is None:
        return False
    side = _side_named(noun)
    if side is not None and side.lower() not in text_of(doc)[figure.start:figure.end].lower():
        return False  # "24 Kyrgyz citizens killed" and "at least 15 people killed on the Tajik side": two sides' dead
    told = _noun_of(doc, figure)
    if noun.pos_ == "NUM" or noun.lemma_.lower() in _GENERIC_VICTIMS or harm_of(noun) == "killed" or (
            told in (noun.lemma_.lower(), noun.lower_)):  # "servicemen" tagged singular once
        return True  # not "Twenty-six hostages" after "all 33 militants": hostages are people, not "the dead"
    if any(told in group and noun.lemma_.lower() in group for group in _SAME_KIND):
        return True  # "Fifteen inmates were killed … A police source had earlier said 17 prisoners had died"
    if noun.lemma_.lower() == "civilian" and _noun_of(doc, figure) in ("people", "person") and (
            value := next((parse_number(c.text) for c in noun.children if c.dep_ == "nummod"), None)) and (
            figure.value is not None and 3 * value >= figure.value):
        # "The government said 272 people were killed. A UN inquiry found at least 131 civilians had been killed": a
        # count of the same order (not "14 people … on the Thai side", then one civilian on the other)
        return True
    sides = {c.text for c in noun.children if c.dep_ in ("compound", "amod") and c.ent_type_}
    return bool(sides & {t.text for t in other if t.ent_type_ and t.dep_ in ("compound", "amod")})


#: Words saying a count was given before the one told earlier in the report: it has been superseded.
_OLDER = frozenset({"initially", "earlier", "first", "previously", "originally"})


_OLDER_ADJ = frozenset({"earlier", "first", "initial", "previous", "original", "preliminary", "prior"})
_COUNT_NOUNS = frozenset({"toll", "report", "figure", "count", "tally", "estimate"})


_DENYING = frozenset({"deny", "dismiss", "reject", "refute", "debunk"})
#: What the other side says it did not suffer, after a claim: "denied suffering any losses", "with no casualties".
_LOSS_WORDS = frozenset({"loss", "losses", "casualty", "casualties", "death", "deaths", "fatality", "fatalities"})
_CLAIM_NOUNS = frozenset({"claim", "figure", "report", "allegation", "number", "account"})


#: The next sentence calls the count a false claim: "Ukraine said the claim was false", "… called the claim
#: 'disinformation'", "said the report was untrue".
_CALLED_FALSE = re.compile(r"\b(?:the|that|this|these|those|such) (?:claims?|reports?|figures?|accounts?) (?:(?:was|were|is|are|as) )?"
                           r"[\"'“‘]?(?:false|untrue|baseless|unfounded|fabricated|fake|a lie|lies|propaganda|disinformation|"
                           r"misinformation|nonsense)\b", re.I)
#: The same sentence calling the claim false: "… claimed to have killed more than 60 servicemen, which Kyiv called a lie".
_WHICH_CALLED_FALSE = re.compile(r"\bwhich\b[^.;]{0,60}?\b(?:called|dismissed as|described as|branded|denounced as|"
                                 r"rejected as)\s+[\"'“‘]?(?:false|untrue|baseless|unfounded|fabricated|fake|a lie|lies|"
                                 r"propaganda|disinformation|nonsense)\b", re.I)


_FALSE = frozenset({"false", "fake", "untrue", "baseless", "unfounded", "fabricated", "unverified"})
_RUMOURS = frozenset({"report", "claim", "rumour", "rumor", "allegation", "account"})


def _false_report(pred: Token) -> bool:
    """'described as false reports circulating on social networks that 20 people had been beheaded', 'denied reports
    that 20 people were killed': the killing is what a report called false, or denied, says."""
    tok = pred
    for _ in range(3):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _RUMOURS:
            return any(c.dep_ == "amod" and c.lower_ in _FALSE for c in tok.children) or (
                tok.dep_ in ("dobj", "pobj") and (tok.head if tok.dep_ == "dobj" else tok.head.head).lemma_.lower()
                in _DENYING)
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("acl", "relcl", "ccomp"):
            return False
    return False


def _disputed(pred: Token) -> bool:
    """A count a party claims and another denies: "claiming to have killed 'up to 40' servicemen. Ukraine's General
    Staff denied the claim", "claimed it had killed 214 hostages, a figure the army dismissed as propaganda"."""
    tok, claimed = pred, False
    for _ in range(4):
        if tok.lemma_.lower() == "claim":
            claimed = True
            break
        if tok.head.i == tok.i:
            break
        tok = tok.head
    doc = pred.doc
    sent = pred.sent
    if _false_report(pred):
        return True
    # "said it had killed nine soldiers, a figure the military rejected"
    if any(t.lemma_.lower() in _DENYING and t.dep_ == "relcl" and t.head.lemma_.lower() in _CLAIM_NOUNS
           and t.i > pred.i for t in sent):
        return True
    after = doc[sent.end].sent if sent.end < len(doc) else None
    if after is not None and _CALLED_FALSE.search(after.text):
        return True  # "… killing more than 60 servicemen. Ukraine said the claim was false"
    if claimed and _WHICH_CALLED_FALSE.search(doc[pred.i:sent.end].text):
        return True  # "… claimed to have killed more than 60 servicemen, which Kyiv called a lie"
    if not claimed and after is not None and any(  # "… said its fighters killed several Taliban fighters. The Taliban
            # spokesman rejected the claim": the next sentence calls it a claim
            t.lemma_.lower() in _DENYING and t.pos_ == "VERB" and any(
                c.dep_ == "dobj" and (c.lemma_.lower() == "claim" or (  # "Ukraine rejected that account"
                    c.lemma_.lower() in _CLAIM_NOUNS and any(d.lower_ in ("that", "this", "the") or d.dep_ == "poss"
                                                             for d in c.children)))  # "denied the junta's figure"
                for c in t.children) for t in after):
        return True
    if claimed and any(t.lemma_.lower() in _DENYING and t.i > pred.i and any(
            c.dep_ == "ccomp" and any(harm_of(g) == "killed" for g in c.subtree) for c in t.children) for t in sent):
        return True  # "PTI claimed that hundreds were killed, while the government denied that any protesters were killed"
    rest = doc[pred.i + 1:sent.end].text
    if (m := _NOBODY_KILLED.search(rest)) and re.search(r";|\b(?:but|while|whereas)\b", rest[:m.start()]) and re.search(
            r"\b(?:said|says|denied|insisted|maintained)\b", rest[:m.start()]):
        # "India said a 'very large number' of militants were killed; Pakistan said … no one was killed"
        return True
    if not claimed:
        return False
    if after is not None and _NOBODY_KILLED.search(after.text):
        return True  # "The ministry claimed it had killed more than 600 soldiers. The mayor said no one was killed"
    for span in (sent, after):
        if span is None:
            continue
        for t in span:
            if t.lemma_.lower() in _DENYING and t.pos_ == "VERB" and (any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _CLAIM_NOUNS for c in t.children) or (
                    t.dep_ == "relcl" and t.head.lemma_.lower() in _CLAIM_NOUNS)):
                return True
            if t.i < pred.i:
                continue  # "…, which the army denied, saying only 4 soldiers died": the denier's own count, told after
            if span is sent and t.lemma_.lower() in _DENYING and t.dep_ in ("relcl", "advcl") and t.left_edge.lower_ == "which" \
                    and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ",":
                return True  # "claimed to have killed 9 soldiers, which the army denied": the claim is what is denied
            if t.i > pred.i and t.lemma_.lower() in _LOSS_WORDS and (
                    (t.head.lemma_.lower() in _DENYING or t.head.head.lemma_.lower() in _DENYING)
                    or any(c.lower_ in ("no", "without") for c in t.children) or t.head.lower_ == "without"):
                # "the SPLA denied suffering any losses", "the LNA said the attack was repelled with no losses"
                return True
    return False


_NOBODY_KILLED = re.compile(r"\b(?:no one|nobody|no-one)\s+(?:had\s+been|was|were|has\s+been)\s+(?:killed|hurt|injured)\b"
                            r"|\b(?:no one|nobody)\s+(?:had\s+)?died\b|\bno (?:casualties|deaths|fatalities)\b", re.I)


def _unverified_claim(pred: Token) -> bool:
    """A claim the report says could not be verified or confirmed ("claimed it killed 43 soldiers, which could not be
    verified")."""
    tok, claimed = pred, False
    for _ in range(4):
        if tok.lemma_.lower() == "claim":
            claimed = True
            break
        if tok.head.i == tok.i:
            break
        tok = tok.head
    # "said it had killed 300 members of militias, a claim that could not be verified"
    claimed = claimed or any(t.i > pred.i and t.lemma_.lower() == "claim" and t.pos_ == "NOUN" for t in pred.sent)
    return claimed and any(t.i > pred.i and t.lemma_.lower() in ("verify", "confirm") and any(
        c.dep_ == "neg" for c in t.children) for t in pred.sent)


def _superseded(anchor: Token) -> bool:
    """'left 68 inmates dead, raising an earlier toll of 58', 'raising a first report of six dead', 'revised … to
    84, down from 101', 'had risen to 31 from 28': the number the report's count replaces."""
    if anchor.dep_ == "nummod":
        anchor = anchor.head  # "a first report of six dead"
    if anchor.dep_ != "pobj":
        return False
    prep = anchor.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in _COUNT_NOUNS and any(
            c.lower_ in _OLDER_ADJ for c in prep.head.children):
        return True
    return prep.lower_ == "from" and (prep.head.lower_ in ("down", "up") or prep.head.lemma_.lower() in (
        _TOLL_MOVING | _TOLL_CHANGING | {"fall", "drop"}))


def _older(verb: Token) -> bool:
    """'Authorities had initially reported seven dead', 'rescuers had counted 133 bodies' (after the toll rose): a
    count given before the one the report stands behind."""
    # (not "by Friday evening the ministry had raised the toll to 80 dead": a pluperfect raise is the toll then)
    return any(c.dep_ == "advmod" and c.lower_ in _OLDER for c in verb.children) or (any(
        c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) and not _reported_confirmation(verb)
        and verb.lemma_.lower() not in ("raise", "revise", "update", "increase"))


def _reported_confirmation(verb: Token) -> bool:
    """'MONUSCO … said it had confirmed 15 deaths': the past perfect of reported speech, not a count given before."""
    # "The Sudan Doctors Network said it had documented the deaths of 292 civilians"
    return verb.lemma_.lower() in ("confirm", "document", "record", "verify") and verb.dep_ == "ccomp" \
        and verb.head.lemma_.lower() in REPORT_VERBS


def _close_count_of_people(doc: Doc, first: Figure, second: Figure) -> bool:
    """'… killed 40 people …, according to residents. The Arakan Army said … that 41 civilians died': a count of
    "people" and another source's close count (within a third) of some kind of people: the same dead."""
    if first.value is None or second.value is None or not first.value or _noun_of(doc, first) not in _GENERIC_VICTIMS:
        return False
    low, high = sorted((first.value, second.value))
    return high <= low * 4 / 3


def _said_by_a_side(doc: Doc, figure: Figure) -> bool:
    """'Amaq said its fighters had stormed the base, killing "dozens" of soldiers': a count told by a party, whose
    fighters did the killing."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None:
        return False
    sent = span.root.sent
    return any(t.lemma_.lower() in REPORT_VERBS and t.i < span.start and any(c.dep_ == "nsubj" for c in t.children)
               for t in sent) and any(t.dep_ == "poss" and t.lower_ in ("its", "their") for t in sent if t.i < span.start)


def _mostly_these(doc: Doc, earlier: Figure, noun: Token, claimed: bool) -> bool:
    """'At least 50 people, mostly soldiers and members of the VDP, were killed … JNIM said it had killed more than 200
    soldiers': a claim of the dead a toll of people told, naming them in it."""
    if not claimed or (_noun_of(doc, earlier) or "people") not in _GENERIC_VICTIMS:
        return False
    span = doc.char_span(earlier.start, earlier.end, alignment_mode="expand")
    return span is not None and any(t.lemma_.lower() == noun.lemma_.lower() and t.i > span.start
                                    for t in span.root.sent if t.i < span.root.sent.end)


def _next_report(doc: Doc, pred: Token, figure: Figure, figures: list[Figure], noun: Token,
                 anchor: Token | None = None) -> tuple[Figure, str] | None:
    """(the killed figure of the sentence before, whether this one updates it) when a source states the same toll
    again in the next sentence: "…, killing two soldiers, state media said. The Observatory said the strikes killed
    four people" (another count: the lower is kept); "… reporting 21 dead. The U.N. mission later said 43 people had
    died" (an update: the later is kept); "… had earlier announced about 60 deaths" (another count). Only a source
    that is not a pronoun, the same people, no word saying these deaths come on top, no other place."""
    if (figure.value is None and figure.low is None) or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None  # "two of the injured died": some of those told, not a count of them all
    clause = pred  # "Al Shabaab said … that it had overrun the base and killed 47 soldiers": the first verb's clause
    while clause.dep_ == "conj" and clause.head.pos_ == "VERB" and clause.head.lemma_.lower() not in REPORT_VERBS \
            and not any(c.dep_.startswith("nsubj") for c in clause.children):
        clause = clause.head
    if clause.dep_ in ("acomp", "attr") and clause.head.lemma_ == "be" and any(
            c.dep_ == "nsubj" and _is_toll(c) for c in clause.head.children):
        clause = clause.head  # "An elected official told AFP the toll was higher, at least 150 dead"
    if clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.head.dep_ == "ccomp" \
            and clause.head.head.lemma_.lower() in REPORT_VERBS:
        clause = clause.head  # "Ukraine's Ground Forces acknowledged that a missile had hit a training unit, killing 12"
    tok = clause if clause.lemma_.lower() in REPORT_VERBS else clause.head
    if tok.lemma_.lower() not in REPORT_VERBS and clause.dep_ == "ccomp" and tok.dep_ == "ccomp" \
            and tok.head.lemma_.lower() in REPORT_VERBS:
        tok = tok.head  # "said more than 100 people had been killed, many of them displaced farmers": misparsed
    # (a noun of saying too: "said in a claim that it had killed about 300")
    stated_in = (tok.lemma_.lower() not in REPORT_VERBS or tok.pos_ == "NOUN") and pred.dep_ in ("acl", "relcl") \
        and pred.head.dep_ == "pobj" \
        and pred.head.head.head.lemma_.lower() in REPORT_VERBS
    if stated_in:
        tok = pred.head.head.head  # "claimed in a statement to have killed 6 soldiers": the parser hangs it on "statement"
    if anchor is not None and (put := _toll_set_at(anchor)) is not None:
        tok = pred = clause = put  # "The ambulance service put the toll at 10 dead"
    if pred.dep_ in ("acl", "oprd") and pred.head.dep_ == "dobj" and pred.head.head.lemma_.lower() in REPORT_VERBS:
        tok = pred = clause = pred.head.head  # "The Taliban claimed 12 killed", "SOHR reported 31 civilians killed"
    if tok.lemma_.lower() not in REPORT_VERBS or (
            clause.dep_ not in ("ccomp", "xcomp", "dobj", "ROOT", "conj") and not stated_in
            # "the League counted more than 100 dead": the parser makes "dead" the verb's complement
            and not (clause.dep_ == "acomp" and clause.lower_ == "dead" and tok.lemma_.lower() in ("count", "report", "record"))
            # "listed 9 people as killed at the scene"
            and not (clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in clause.children))):
        return None  # said of the deaths themselves: "X said 43 people had died", "claimed to have killed 7"
    source = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ not in ("PRON", "NUM")), None)
    if source is None and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in REPORT_VERBS:
        # "A doctors' association said it had recorded 13 deaths": "it" is who said so
        source = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ not in ("PRON", "NUM")), None)
    if source is None and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        # "FAA acknowledged the attack but said only 1 soldier died": the subject of the verb it is joined to
        source = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ not in ("PRON", "NUM")), None)
    if source is None and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj"):
        # "AQIM claimed the attack, saying 9 soldiers died": the participle's source is its verb's subject
        source = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ not in ("PRON", "NUM")), None)
    up = tok
    while source is None and up.dep_ in ("conj", "ccomp") and up.head.i != up.i and up.i - up.head.i < 30:
        # "The Taliban government's spokesman said nine Afghan fighters were killed and claimed that 58 Pakistani
        # soldiers had died": the parser joins "claimed" to "killed"; who claims is who said
        up = up.head
        if up.lemma_.lower() in REPORT_VERBS:
            source = next((c for c in up.children if c.dep_ == "nsubj" and c.pos_ not in ("PRON", "NUM")), None)
    sent = pred.sent
    def more(t: Token) -> bool:  # "more than 100 people" is a qualifier, not more people
        if t.lower_ in _MORE and t.dep_ == "amod" and t.head.pos_ == "NOUN" and t.head.i > t.i and not (
                t.head.lemma_.lower() in person_nouns() or t.head.lemma_.lower() in _GENERIC_VICTIMS | BODIES):
            return False  # "a figure it expects to rise as more information becomes available": more of something else
        return t.lower_ in _MORE and not (t.lower_ == "more" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "than")

    # "said one soldier was killed and another wounded": "another" of the wounded is no more dead
    other_harm = {t.i for c in pred.children if c.dep_ == "conj" and harm_of(c) not in (None, "killed") for t in c.subtree}
    told_by = {t.i for t in source.subtree} if source is not None else set()  # "Other opposition sources put …"
    if source is None or sent.start == 0 or any(more(t) for t in pred.subtree if t.i not in other_harm | told_by) or any(
            more(c) for c in noun.children):
        return None
    is_claim = tok.lemma_.lower() == "claim" or (tok.dep_ == "conj" and tok.head.lemma_.lower() == "claim") \
        or _own_side_killed(pred)
    if figure.value is None and not is_claim and (figure.low is None or figure.high is None):
        return None  # (a range is a count: "said between eight and 11 soldiers had died")
    before = doc[sent.start - 1].sent
    # A claim answers the toll told anywhere before it ("The ministry said 26 soldiers were killed … Boko Haram later
    # claimed to have killed more than 30 soldiers"), a vague one too ("Residents said several soldiers were killed").
    # "However, the police spokesman said 11 persons were killed in the attack": set against the toll told
    # anywhere before it
    # "Residents, however, told …", "Police confirmed the attack but said only eight people had been killed", "Rights
    # groups said the toll was higher": set against the toll told anywhere before it, like the lead's ("…, killing at
    # least 85 civilians, the agency said. [a sentence] Local residents said more than 120 people had died")
    contrast = any(t.lower_ == "however" for t in sent[:4]) or any(
        t.lower_ in ("however", "only", "higher", "lower") or (t.lower_ == "but" and t.i < tok.i) for t in sent)
    told = [f for f in figures if f.type == "killed"]
    first = doc.char_span(told[0].start, told[0].end, alignment_mode="expand") if told else None
    lead = first.root.sent.end_char if first is not None else 0  # the sentence of the first toll told
    window = [f for f in figures if f.type == "killed" and f.end <= sent.start_char and (
        ((is_claim or contrast) and (f.value is not None or f.qualifier == "vague")) or (
            f.value is not None and (before.start_char <= f.start or f.end <= lead)) or (
            # "Amaq said its fighters had stormed the base, killing 'dozens' of soldiers. Two military sources said
            # five soldiers were killed": a side's vague claim, then another source's count of the same dead
            f.qualifier == "vague" and f.low is not None and _said_by_a_side(doc, f)
            and before.start_char <= f.start and _same_people(doc, f, noun)))]
    if any(f.value == figure.value for f in window):
        return None  # "said the nine dead included the bomber": the count told again, not another one
    if _toll_by_place(sent):
        return None  # "Seventeen people died in Kathmandu and two in Itahari": the toll by place, not another count
    if any(t.like_num and any(c.lower_ == "of" and any(o.lemma_.lower() in ("victim", "dead") and any(
            d.lower_ == "the" for d in o.children) for o in c.children) for c in t.children) for t in sent):
        # "Twelve of the victims were killed inside the school, two outside and one on a street": the toll told before,
        # told again where they died
        toll = next((f for f in reversed(figures) if f.type == "killed" and f.value is not None
                     and f.end <= sent.start_char), None)
        return None if toll is None or (figure.value or 0) > toll.value else (toll, "part")  # type: ignore[operator]
    if noun.lemma_.lower() in BODIES and not window and (bodies_of := [
            f for f in figures if f.type == "killed" and f.value is not None and f.end <= sent.start_char
            and (f.where is None or figure.where is None or f.where == figure.where)]):
        # "…, killing nine people, police said. [another sentence] Residents told Reuters that 14 bodies had been
        # recovered": another source's count of the same dead
        later = any(t.lower_ in LATER for t in (*tok.children, *pred.children))  # "Rescuers later recovered 14 bodies"
        return bodies_of[-1], "update" if later else "older" if _older(tok) or _as_it_stood(pred) else "other"
    # "…, killing 4 police officers and himself. Al Shabaab claimed to have killed 10 officials": who did it claims
    # the toll, whatever it calls the dead
    claimed = is_claim
    # a side telling what it did itself ("it had killed", "its fighters had killed") answers the toll of those it
    # fought, not its own losses: "8 soldiers were killed. The Malian army said it had 'neutralised' around 20
    # assailants" is two sides' dead
    own_losses = _own_side_killed(pred) and tok.lemma_.lower() != "claim" and bool(
        {t.lemma_.lower() for t in source.subtree} & _STATE_FORCES)
    earlier = [f for f in window if _restates({f.where}, figure.where)  # "in the Park W area" of "northern Benin"
               # the same teller's count before ("Syniehubov had earlier reported five dead") is superseded
               and (f.reported_by is None or f.reported_by != figure.reported_by or _older(tok))
               and not (own_losses and (_SECURITY_DEAD.search(f.text) or (
                   # "Local officials said 65 civilians, 22 soldiers and 35 policemen were killed. The military said
                   # its troops killed over 50 insurgents": civilians killed by somebody else are not those it fought
                   _CIVILIANS.search(f.text) and f.by is None)))
               and (_same_people(doc, f, noun) or _close_count_of_people(doc, f, figure) or _mostly_these(doc, f, noun, claimed) or (
                   claimed and (f.by == (figure.by or figure.reported_by) or (
                   f.by is f.reported_by is None and not _told_by_a_source(doc, f))
                   # "Ukraine's ground forces said seven soldiers had been killed … Russia's defence ministry claimed
                   # the strike had killed 'up to 150' Ukrainian servicemen": a claim of the dead a side told itself
                   or (figure.victims is not None and figure.victims == f.reported_by))))]
    earlier = [f for f in earlier if not _another_sides_toll(doc, f, figure, noun)]
    # "Security forces killed all three attackers … Officials initially said 16 people had been killed": the victims'
    # toll is no count of the attackers
    if (noun.lemma_.lower() in _GENERIC_VICTIMS or noun.like_num) and not _BOMBERS.search(sent.text):
        earlier = [f for f in earlier if not _attackers_stopped_before(doc, f)]
    if not earlier:
        return None
    earlier = [f for f in earlier if _same_people(doc, f, noun)] or earlier  # the same dead first
    if (mine := _side_told(doc, figure)) is not None and (theirs := _side_told(doc, earlier[-1])) is not None \
            and mine != theirs:
        return None  # "31 people had been killed on the Kyrgyz side … 19 people had been killed on the Tajik side"
    if _own_side_killed(pred) and tok.lemma_.lower() != "claim" and figure.value is not None and earlier[-1].value is not None \
            and figure.value < earlier[-1].value and _noun_of(doc, earlier[-1]) in _GENERIC_VICTIMS:
        # "At least 45 people were killed when an Israeli strike set fire to a camp … The Israeli military said it had
        # targeted a Hamas compound and killed two senior Hamas officials": whom it meant to kill, among the dead
        return earlier[-1], "part"
    later = any(t.lower_ in LATER for t in tok.children) or any(t.lower_ in LATER for t in pred.children)
    # "By 10 April, regional authorities said 57 people had died": a count dated after the one before
    later = later or (len(sent) > 2 and sent[0].lower_ == "by" and sent[1].ent_type_ in ("DATE", "TIME"))
    # "As of 27 June, the Commission had documented 19 deaths": so is a count told as of a day
    later = later or (len(sent) > 3 and sent[0].lower_ == "as" and sent[1].lower_ == "of"
                      and sent[2].ent_type_ in ("DATE", "TIME"))
    # "Initial reports said 16 people had been killed; by 27 December local officials reported at least 195 dead":
    # the count before was the first one, this one stands
    later = later or (_initial_count(doc, earlier[-1]) and not _older(tok))
    later = later or _in_an_update(tok)  # "In a later update, the ministry said the number killed … had risen to 413"
    # "… killing two … The mayor's office reported thirteen deaths during the day": the day's whole toll, the deaths
    # told before inside it
    later = later or (re.search(r"\b(?:during|throughout|over) the day\b", sent.text) is not None
                      and figure.value is not None and earlier[-1].value is not None and earlier[-1].value < figure.value)

    # "…, the toll rose; on 2 August, the city administration said 31 people had been killed": the sentence says the
    # toll rose; "On 16 January, the toll stood at 40 dead. When the search ended on 17 January, authorities said 46
    # people had been killed": a day after the day of the count before
    later = later or (any(t.lemma_.lower() == "toll" and t.i < pred.i for t in sent) and any(
        t.lemma_.lower() in ("rise", "climb", "increase", "grow", "mount") and t.i < pred.i for t in sent)
        and not any(t.lower_ in ("initially", "initial", "first", "earlier") for t in sent))
    before_sent = doc.char_span(earlier[-1].start, earlier[-1].end, alignment_mode="expand")
    if not later and before_sent is not None and (day := _day_of(doc[sent.start:max(pred.i, sent.start + 1)].text)) is not None and (
            told_day := _day_of(before_sent.root.sent.text) or _day_of(next(iter(doc.sents)).text)) is not None \
            and _before_the_lead(told_day, day):
        later = True  # (the count before undated: the day of the report's first sentence, "On 12 July 2019, …")
    if not later and not is_claim and _spread_over_places(doc, earlier[-1]) and figure.value is not None \
            and earlier[-1].value is not None and figure.value < earlier[-1].value and _placed(pred):
        # "Israeli strikes killed at least 18 Palestinians across the Gaza Strip … Medics said three people were
        # killed in an air strike on a tent in al-Mawasi": one place's share of a toll told over many
        return earlier[-1], "part"
    return earlier[-1], "update" if later and not is_claim else "older" if _older(tok) or _as_it_stood(pred) else "other"


def _as_it_stood(pred: Token) -> bool:
    """'59 bodies had been received by Monday night': a pluperfect count dated by "by" a time, as it stood then."""
    verb = governing_verb(pred)
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) and any(
        c.dep_ in ("prep", "agent") and c.lower_ == "by" and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
        for c in verb.children)


def _spread_over_places(doc: Doc, figure: Figure) -> bool:
    """The toll is told over many places: 'across the Gaza Strip', 'in separate incidents', 'in separate strikes'."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None:
        return False
    sent = span.root.sent
    return any(t.lower_ == "across" for t in sent) or any(
        t.lower_ == "separate" and t.head.lemma_.lower() in ATTACK_NOUNS | EVENT_NOUNS | {"incident"} for t in sent)


def _placed(pred: Token) -> bool:
    """The harm is set at a place of its own: a place named, or a preposition of place, in its clause."""
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") or (t.dep_ == "prep" and t.lower_ in ("near", "east", "west",
               "north", "south", "outside", "inside")) or (t.dep_ == "pobj" and t.pos_ == "PROPN" and t.head.lower_ in (
                   "in", "at")) for t in pred.subtree)


_STATE_FORCES = frozenset({"army", "military", "police", "ministry", "troop", "force", "government", "defence", "defense",
                           "command", "gendarmerie", "navy", "spokesman", "spokesperson"})
_SECURITY_DEAD = re.compile(r"\b(?:soldiers?|troops?|police(?:m[ae]n)?|officers?|servicem[ae]n|personnel|guards?|"
                            r"gendarmes?|marines?|sailors?|airm[ae]n)\b", re.I)


#: Kin nouns: "a husband and wife", "a mother and daughter" are two people.
_KIN = frozenset({"husband", "wife", "son", "daughter", "father", "mother", "brother", "sister", "child", "grandson",
                  "granddaughter", "grandmother", "grandfather", "nephew", "niece", "uncle", "aunt", "cousin"})


_ATTACKER_NOUNS = frozenset({"attacker", "gunman", "assailant", "shooter", "assassin", "bomber"})


def _the_attacker_before(pronoun: Token) -> bool:
    """'He' or 'she' opening a sentence whose sentence before has an attacker for its subject ("The attacker, a
    21-year-old from East Jerusalem, opened fire …")."""
    sent = pronoun.sent
    if pronoun.lower_ in ("him", "her") and pronoun.dep_ == "dobj":
        # "The driver zigzagged along the Promenade … before police shot him dead": the nearest one before is the
        # subject who did it
        nearest = next((t for t in reversed(pronoun.doc[sent.start:pronoun.i]) if t.tag_ == "NN"
                        and t.lemma_.lower() in person_nouns()), None)
        while nearest is not None and nearest.dep_ == "appos" and nearest.head.i < nearest.i:
            nearest = nearest.head  # "The driver, Mohamed Lahouaiej-Bouhlel, a Tunisian with French residency, …"
        return nearest is not None and nearest.dep_ == "nsubj" and nearest.lemma_.lower() in _ATTACKER_NOUNS | {
            "driver", "suspect", "perpetrator"}
    if pronoun.lower_ not in ("he", "she") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if pronoun.i > sent.start and pronoun.doc[pronoun.i - 1].text == ";":
        # "… said the attacker … opened fire on the congregation before detonating an explosive vest; he was also
        # killed": the clause before has the attacker for its subject
        return any(t.dep_ == "nsubj" and t.tag_ == "NN" and t.lemma_.lower() in _ATTACKER_NOUNS
                   for t in pronoun.doc[sent.start:pronoun.i - 1])
    if sent.start == 0 or pronoun.i - sent.start > 1:
        return False
    before = pronoun.doc[sent.start - 1].sent
    # ("The gunman was confronted by an armed resident … He was later found dead in his car")
    # ("a 34-year-old man shot dead 10 people … He was shot dead by a passer-by": the man who killed them)
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.tag_ == "NN" and (
        t.lemma_.lower() in _ATTACKER_NOUNS or (t.dep_ == "nsubj" and t.lemma_.lower() in ("man", "woman", "teenager")
                                                and harm_of(t.head) == "killed")) for t in before)


_CIVILIANS = re.compile(r"\bcivilians?\b", re.I)


def _own_side_killed(pred: Token) -> bool:
    """'ISWAP said … that its fighters had killed 15 soldiers', 'JNIM said … that it had killed about 300 "militiamen"':
    the source tells what its own side did, a claim whatever the verb of saying."""
    if harm_of(pred) != "killed" or pred.pos_ != "VERB":
        return False
    while pred.dep_ == "conj" and pred.head.pos_ == "VERB" and not any(c.dep_.startswith("nsubj") for c in pred.children):
        pred = pred.head  # "… that it had overrun the base and killed 47 soldiers"
    for c in pred.children:
        if c.dep_ != "nsubj":
            continue
        if c.lower_ in ("it", "they", "we"):
            return True
        if any(g.dep_ == "poss" and g.lower_ in ("its", "their", "our") for g in c.children):
            return True
    return False


def _provisional(doc: Doc, figure: Figure) -> bool:
    """'causing the death of at least 9 persons, according to a provisional balance sheet': a count its sentence calls
    not yet final."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    return span is not None and bool(_PROVISIONAL.search(span.root.sent.text))


def _initial_count(doc: Doc, figure: Figure) -> bool:
    """'Initial reports said 16 people had been killed', 'Volunteers initially counted 30 dead', 'Local sources
    initially reported more than 100 people killed': a count its own clause calls the first ("a preliminary UN
    investigation found" is one source's finding, not a first count)."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None:
        return False
    sent = span.root.sent
    # its own clause: "Between 11 and 14 initially thought dead, though the number was eventually raised to sixteen"
    # calls the first count initial, not the second
    start = max([t.i + 1 for t in sent if t.i < span.start and (
        t.text == ";" or t.lower_ in ("but", "though", "although", "while", "whereas", "later", "subsequently",
                                      "eventually"))], default=sent.start)  # "initially said one …, later revising"
    # not a relative clause that holds another count: "Tajik authorities, who had earlier said 10 people were killed in
    # Tajikistan, raised their figure to 19"
    aside = {t.i for r in doc[start:span.end] if r.dep_ == "relcl" and not (r.left_edge.i <= span.root.i <= r.right_edge.i)
             for t in r.subtree}
    own = [t for t in doc[start:span.end] if t.i not in aside]
    return any((t.lower_ in ("initially", "initial", "originally") or (  # "had released a first balance of 64 deaths"
        t.lower_ == "first" and t.dep_ == "amod" and t.head.lemma_.lower() in (
            "balance", "toll", "count", "tally", "figure", "estimate"))) and not (
        # "According to UNAMA's initial findings, at least 72 civilians were killed": one source's finding
        t.lower_ == "initial" and t.head.lemma_.lower() in ("finding", "investigation", "assessment", "inquiry", "review"))
        for t in own) or _given_before(own)


#: "according to a provisional balance sheet", "a preliminary toll": a count told as not yet final.
_PROVISIONAL = re.compile(r"\b(?:provisional|preliminary)\s+(?:death\s+)?(?:toll|balance|count|tally|figures?)\b", re.I)


#: Verbs that give a count: "the official had said 11 were dead", "had earlier given the toll as 40".
_GIVING = frozenset({"say", "report", "give", "put", "count", "announce", "confirm", "state", "tell", "cite", "record",
                     "release", "publish"})


def _given_before(clause: Span | list[Token]) -> bool:
    """'A day earlier, the official had said 11 were dead', 'The civil defence had reported 15 dead', 'Earlier, we
    reported 4 dead', 'Earlier figures had given 133 and then 115 dead': a count the source gave before the one the
    report now stands behind (a verb of giving in the past perfect or told as earlier, or an earlier figure)."""
    for t in clause:
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _GIVING and any(
                (c.dep_ == "aux" and c.lower_ == "had" and not _reported_confirmation(t))
                or (c.dep_ == "advmod" and c.lower_ in ("earlier", "previously") and not any(
                    # ("… stands at 13.\n\nEarlier, officials had announced …": the next sentence's opening word)
                    x.text in (".", "!", "?") for x in t.doc[min(t.i, c.i):max(t.i, c.i)]))
                for c in t.children):
            return True
        if t.lemma_.lower() in _COUNT_NOUNS and any(c.lower_ in ("earlier", "previous") for c in t.children):
            return True
    return False


def _toll_by_place(sent: Span) -> bool:
    """'Three people died in Chattogram, two in Dhaka and one in the northern district of Rangpur': a count told
    place by place, its later parts with the verb left out."""
    doc = sent.doc
    for t in sent:
        if not (t.like_num and t.i > sent.start and doc[t.i - 1].text in (",", "and") and t.i + 2 < sent.end
                and doc[t.i + 1].lower_ in ("in", "at")):
            continue
        for u in doc[t.i + 2:min(sent.end, t.i + 9)]:
            if u.pos_ in ("VERB", "AUX") or u.text in (",", ";", "."):
                break
            if u.pos_ == "PROPN":
                return True
    return False


_LIST_PARTS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_WORDS = rf"{_MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_DAY_MONTH_RE = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+"
                           rf"({_MONTH_WORDS})\b\.?|\b({_MONTH_WORDS})\.?\s+(\d{{1,2}})\b")


def _day_of(text: str | None) -> tuple[int, int] | None:
    """(month, day) of the first day-and-month a text names ("On 14 June 2016", "June 14", "7 Jul"), if any."""
    m = _DAY_MONTH_RE.search(text or "")
    if m is None:
        return None
    day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    return _MONTH_NAMES.lower().split("|").index(next(
        name for name in _MONTH_NAMES.lower().split("|") if name.startswith(month.lower()[:3]))) + 1, int(day)


def _before_the_lead(day: tuple[int, int], lead_day: tuple[int, int]) -> bool:
    """(month, day) before the lead's, unless the year turned between them: "On 1 January, the ministry updated the
    toll to 25" in a report of 30 December is after it."""
    return day < lead_day and lead_day[0] - day[0] < 10  # December to January: the year turned


def _whole_toll_after(doc: Doc, figure: Figure, figures: list[Figure]) -> bool:
    """A later count of people killed "in the strike" (the incident named again, nobody said to be besides the one
    told before) is the whole toll, the one person among them."""
    for f in figures:
        if f.type != "killed" or f.value is None or f.value < 1 or f.start <= figure.end:
            continue
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None or _noun_of(doc, f) not in ("people", "person"):
            continue
        sent = span.sent
        if any(t.lower_ in ("also", "other", "more", "another", "besides", "further", "additional") for t in sent):
            continue
        if f.value >= 2 and any(t.lower_ == "in" and any(o.dep_ == "pobj" and o.lemma_.lower() in ATTACK_NOUNS and any(
                d.lower_ == "the" for d in o.children) for o in t.children) for t in sent):
            return True
        # "Lebanon's Health Ministry said the strike killed five people" (or "one person"): the strike named again
        if any(t.dep_ == "nsubj" and t.lemma_.lower() in ATTACK_NOUNS and harm_of(t.head) == "killed" and any(
                d.lower_ in ("the", "that") for d in t.children) for t in sent):
            return True
    return False


def _in_quotes(doc: Doc, i: int) -> bool:
    """Token i is inside a direct quotation of its paragraph: a witness's words, told after the toll."""
    text = text_of(doc)
    start = text.rfind("\n", 0, doc[i].idx) + 1
    before = text[start:doc[i].idx]
    return (before.count('"') % 2 == 1) or before.count("“") > before.count("”")


def _same_side(first: str | None, second: str) -> bool:
    """Two nouns of the dead may name the same people: both hostile, or neither; the dead, bodies or people, either."""
    neutral = {"people", "person", "body", "dead", "victim", "casualty", "fatality"}
    if first is None or first in neutral or second in neutral:
        return True
    hostile = _ENEMY - {"member", "man", "men"}
    return (first in hostile) == (second in hostile)


#: Nouns that can name any of the dead: a second count under one of them may be the first told again.
_ANY_DEAD = frozenset({"people", "person", "body", "dead", "victim", "casualty", "fatality", "man", "men", "corpse"})
#: Words saying the deaths of a sentence come besides those told before it.
_BESIDES = frozenset({"besides", "separate", "separately", "addition", "then", "another", "also", "other", "further",
                      "additional", "too", "second"})


def _same_count_again(doc: Doc, q: _Quantity, pred: Token, figures: list[Figure], where: str | None) -> bool:
    """The same number of the same dead, in a later sentence of the incident, is the toll told again ("At least 11
    people were killed … Soldiers found the bodies of 11 men", "killed 12 Maoists … The bodies of 12 Maoists", "Two
    taxi drivers were shot dead … Both men were declared dead"): unless the sentence says they come besides ("also",
    "another", "in a separate attack", "more"), or names other people ("2 soldiers … 2 civilians"), or another place."""
    noun = q.noun.lemma_.lower() if q.noun.pos_ in ("NOUN", "PROPN") else "people"
    if q.noun.dep_ == "pobj" and q.noun.head.lower_ == "of" and q.noun.head.head.lemma_.lower() in BODIES:
        noun = "body"  # "the bodies of three armed miscreants were recovered"
    sent = q.anchor.sent
    if any(t.lower_ in _BESIDES or (t.lower_ == "more" and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "than"))
           for t in sent):
        return False
    value = q.value
    head = _list_head(q.noun) if q.noun.dep_ == "conj" else None
    if head is not None and any(d.dep_ in ("det", "poss") and d.lower_ in ("the", "his", "her", "their")
                                for d in head.children):
        value = _parts_count(head)  # "killing the driver, 41, and two passengers": the three told before
    hostile = _ENEMY - {"member", "man", "men"}
    before = text_of(doc)[:sent.start_char]
    for t in doc[:sent.start] if "including" in before or "among" in before else ():
        # "killed more than 100 people, including 20 children and nine relief workers … nine of its staff were
        # killed": a part named in the toll, told again
        if t.like_num and t.dep_ == "nummod" and parse_number(t.text) == value and any(
                a.lower_ in ("including", "among") and a.dep_ == "prep" for a in list(t.ancestors)[:4]) and any(
                f.type == "killed" and f.value is not None and f.value > value
                and t.sent.start_char <= f.start < t.idx for f in figures):
            return True
    for f in figures:
        if f.type != "killed" or f.value != value or f.end > sent.start_char:
            continue
        earlier = _noun_of(doc, f) or "people"
        if not (earlier.rstrip("s") == noun.rstrip("s") or earlier in _ANY_DEAD or noun in _ANY_DEAD
                or (earlier in hostile and noun in hostile)):
            continue
        if f.where is not None and where is not None and not _restates({f.where}, where) and any(
                t.ent_type_ in ("GPE", "LOC", "FAC") for t in governing_verb(pred).subtree):
            continue  # "killed 4 soldiers in Gao … killed 4 soldiers in Kidal": the same count at another place
            # (not "one person was killed in Cambodia … one civilian had been killed in Oddar Meanchey province")
        return True
    return False


def _initial_count_before(doc: Doc, pred: Token, figures: list[Figure]) -> Figure | None:
    """The killed figure of the sentence before, told as a first count ("Initial reports indicated …"), when this
    sentence gives the count as updated ("According to updated figures … later in the day, 35 people were killed")."""
    sent = pred.sent
    if not any(t.lower_ in ("updated", "revised", "later", "new", "latest") for t in sent) or sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    if not any(t.lower_ in ("initial", "initially", "preliminary", "first", "early") for t in before):
        return None
    told = [f for f in figures if f.type == "killed" and f.value is not None
            and before.start_char <= f.start and f.end <= before.end_char]
    return told[-1] if len(told) == 1 else None


def _bare_count_again(doc: Doc, figure: Figure, noun: str | None, figures: list[Figure]) -> bool:
    """A count with no number of its own ("both men", "shot them dead") that equals a toll told in an earlier sentence
    of the incident, of people it may name, with nothing saying they come besides: the toll told again."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None or figure.value is None or figure.value < 2:
        return False
    sent = span.sent
    if any(t.lower_ in _BESIDES or t.lower_ == "more" for t in sent):
        return False
    noun = noun or "people"
    hostile = _ENEMY - {"member", "man", "men"}
    return any(f.type == "killed" and f.value == figure.value and f.end <= sent.start_char and (
        (earlier := _noun_of(doc, f) or "people") in _ANY_DEAD or noun in _ANY_DEAD or noun in ("they", "them")
        or earlier.rstrip("s") == noun.rstrip("s") or (earlier in hostile and noun in hostile)) for f in figures)


def _part_told_again(doc: Doc, q: _Quantity) -> bool:
    """'One of the victims', 'two of the dead', 'the other three', 'the 27 other dead', 'one of the three people
    killed', 'The victims, two men and a woman, …': some of the people a count before told."""
    if q.start >= 2 and doc[q.start - 1].lower_ == "other" and doc[q.start - 2].lower_ == "the":
        return True
    if q.start >= 1 and doc[q.start - 1].lower_ == "the" and q.end < len(doc) and doc[q.end].lower_ == "other":
        return True
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(
            o.dep_ == "pobj" and any(d.lower_ == "the" for d in o.children) and any(
                g.dep_ in ("acl", "amod", "relcl") and harm_of(g) == "killed" for g in o.children)
            for o in c.children) for c in q.anchor.children):
        return True
    named = q.noun
    while named.dep_ in ("appos", "conj") and named.head.i != named.i:
        named = named.head
    if named.i != q.noun.i and named.lemma_.lower() in ("victim", "dead", "deceased") and any(
            d.lower_ == "the" for d in named.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and (o.lemma_.lower() in ("victim", "dead", "deceased", "fatality", "death") or o.lower_ == "those")
        and any(d.lower_ in ("the", "those") for d in o.children) for o in c.children)
        for c in q.anchor.children)  # not "two of the attackers", "three of the wounded", "4 members of the forces"


#: Who a side counts among the dead it made, under any name: the same fighters told again by the side that killed them.
_ENEMY = _COMBATANTS | frozenset({"terrorist", "bandit", "separatist", "criminal", "kidnapper", "assailant", "attacker",
                                  "insurgent", "extremist", "cultist", "hoodlum", "khwarij", "khawarij", "khariji"})


def _told_by_a_source_again(doc: Doc, q: _Quantity, figures: list[Figure]) -> bool:
    """The same number of fighters killed, told again by a source in a later sentence under another name ("five
    separatist fighters" … "the army said five 'terrorists' were 'neutralised'")."""
    noun = q.noun.lemma_.lower()
    if noun not in _ENEMY or _reporting_verb(q.noun) is None:
        return False

    def same_dead(f: Figure) -> bool:  # fighters again, or people a nation's name or "people" counted before
        earlier = _noun_of(doc, f)
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        return earlier in _ENEMY or earlier in ("people", "person") or (
            span is not None and any(t.ent_type_ == "NORP" and t.tag_ == "NNPS" for t in span))

    # "Three Palestinians were killed … The Israeli army said its forces had 'eliminated three armed terrorists'"
    return any(f.type == "killed" and f.value == q.value and same_dead(f) and f.end <= q.anchor.sent.start_char
               for f in figures)


def _worst_of_them(pred: Token) -> bool:
    """The harm's sentence opens "In the deadliest (single) attack, …": one of the incidents a toll told before sums."""
    sent = pred.sent
    first = sent[0]
    if first.lower_ != "in" or first.dep_ != "prep":
        return False
    return any(o.dep_ == "pobj" and o.lemma_.lower() in EVENT_NOUNS | {"incident", "massacre"} and any(
        c.tag_ == "JJS" or c.lower_ == "single" for c in o.children) for o in first.children)


def _named_again_inside(doc: Doc, figure: Figure, noun: str | None, figures: list[Figure]) -> bool:
    """One person killed, then a toll told later "including the <same noun>": he is one of that toll."""
    own = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    words = {t.lemma_.lower() for t in own if t.pos_ in ("NOUN", "PROPN")} if own is not None else set()
    if noun:
        words.add(noun)  # "killed Hamas commander Ibrahim Biari": the commander, whoever the name
    if not words:
        return False
    for f in figures:
        if f.type != "killed" or f.start <= figure.end:
            continue
        sent = doc.char_span(f.start, f.end, alignment_mode="expand")
        if sent is None:
            continue
        for tok in sent.sent:
            if tok.lower_ in ("including", "among") and tok.idx >= f.start and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in words and any(d.lower_ == "the" for d in o.children)
                    for o in tok.children):
                return True
    return False


_YEAR_RE = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def _year_of(text: str | None, *, dated: bool = False) -> int | None:
    """The first year a text names ("On 12 June 2023", "in February 2022"), if any; with `dated`, only a year written
    with a month (not "a signatory of the 2016 peace agreement")."""
    m = _YEAR_RE.search(text or "")
    if m is None or (dated and not re.search(rf"\b(?:{_MONTH_NAMES})[a-z]*\.?\s+{m.group(1)}\b", text or "", re.I)):
        return None
    return int(m.group(1))


def _put_beside(doc: Doc, q: _Quantity, figures: list[Figure]) -> Figure | None:
    """The killed figure told last in this sentence or the one before, that a bare "put the toll at N" counts again."""
    sent = q.anchor.sent
    since = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    told = [f for f in figures if f.type == "killed" and (f.value is not None or f.low is not None)
            and since <= f.start and f.end <= q.anchor.idx]
    if not told:
        # "killed 11 civilians …, a war monitor said. [another sentence] The civil defence group put the death toll at
        # 13": the incident's toll told further up
        told = [f for f in figures if f.type == "killed" and f.value is not None and f.end <= q.anchor.idx]
    return told[-1] if told else None


def _told_by_a_source(doc: Doc, figure: Figure) -> bool:
    """The figure is what somebody said ("The army said it killed 30 militants"), not the report's own narration."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    return span is not None and any(
        (verb := _reporting_verb(t)) is not None and any(
            c.dep_ == "nsubj" for c in (*verb.children, *(verb.head.children if verb.dep_ == "conj" else ())))
        for t in span)  # "The ministry said … and reported that 55 militants were killed"


def _revised_in_sentence(pred: Token, figures: list[Figure]) -> Figure | None:
    """The killed figure a later report in the same sentence replaces: "Police initially reported 3 killed but later
    said 2 died" (a reporting verb joined to the one before, said to come later)."""
    tok = _reporting_verb(pred)
    if tok is None or tok.dep_ != "conj" or tok.head.lemma_.lower() not in REPORT_VERBS or not any(
            c.lower_ in LATER for c in tok.children):
        return None
    before = [f for f in figures if f.type == "killed" and f.value is not None
              and tok.head.left_edge.idx <= f.start and f.end <= tok.left_edge.idx]
    return before[-1] if before else None


def _noun_of(doc: Doc, figure: Figure) -> str | None:
    """The lemma of the noun a figure counts: 'soldier' for 'killed 20 soldiers' and '4 soldiers killed'."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None:
        return None
    return next((t for t in reversed(span) if t.pos_ in ("NOUN", "PROPN")), span.root).lemma_.lower()


#: "another source reported 17 killed", "other sources put it at …", "some local sources reported up to 9"
_OTHER = frozenset({"another", "other", "second", "different", "separate", "some"})


def _another_source(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and any(d.dep_ in ("det", "amod") and d.lower_ in _OTHER for d in c.children)
               for c in verb.children)


def _gives_toll(verb: Token, pred: Token, noun: Token) -> bool:
    """'A police spokesman gave a toll of 10 dead': a source, not a pronoun, states a toll that holds the number."""
    return any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in verb.children) and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "toll" and (pred in c.subtree or noun in c.subtree)
        for c in verb.children)


def _reporting_verb(pred: Token) -> Token | None:
    """The verb of reporting the harm is stated by, up to four steps above it: 'local sources reported 8 deaths',
    'a police spokesman gave a toll of 10 dead'."""
    tok = pred
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in REPORT_VERBS:
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _alternative_of(anchor: Token) -> int | None:
    """The token heading an 'either … or …' list the counted phrase is in, if any."""
    for tok in (anchor, anchor.head if anchor.dep_ == "conj" else None):
        if tok is not None and any(c.dep_ == "preconj" and c.lower_ == "either" for c in tok.children):
            return tok.i
    return None


def _stated_total(doc: Doc, q: _Quantity) -> bool:
    """'A total of eighteen Islamists', 'the total of 30 dead': the number is said to be the sum of all counted."""
    before = [t.lower_ for t in doc[max(0, q.start - 3):q.start]]
    return before[-2:] == ["total", "of"] or _bracketed_total(doc, q)


def _bracketed_total(doc: Doc, q: _Quantity) -> bool:
    """'02 more terrorists killed (total 03)', as police posts write it: the total so far, all told before it."""
    return q.start >= 2 and doc[q.start - 1].lower_ == "total" and doc[q.start - 2].text == "(" \
        and q.end < len(doc) and doc[q.end].text == ")"


def _dying_wounded(q: _Quantity, pred: Token) -> bool:
    """'… after two of the wounded died in hospital overnight': the wounded who died, told as how a count got there."""
    part = q.anchor if q.anchor.pos_ == "NUM" else q.noun
    wounded = any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.lemma_.lower() in ("wounded", "injured", "injure", "wound") for o in c.children) for c in part.children)
    return wounded and pred.lemma_.lower() in ("die", "succumb") and any(
        c.dep_ == "mark" and c.lower_ == "after" for c in pred.children)


def _toll_told_otherwise(doc: Doc, pred: Token, q: _Quantity, figures: list[Figure]) -> Figure | None:
    """The killed figure a source's "the toll was N" gives another count of: "…, killing 85 civilians, the agency
    said. Local residents said the toll was at least 120." Only where a source, not a pronoun, says it, nothing says
    the toll changed, and a killed figure of another value was given in that sentence or the one before."""
    if _toll(pred) is None or pred.lemma_.lower() != "be" or pred.dep_ != "ccomp":
        return None
    say = pred.head
    source = next((c for c in say.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    if say.lemma_.lower() not in REPORT_VERBS or source is None or any(
            t.lemma_.lower() in _UPDATE_CUES for t in pred.sent):
        return None
    sent = pred.sent
    since = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    if any(t.lower_ in ("higher", "lower", "however") for t in sent):
        since = 0  # "Rights groups said the toll was higher, at 15": set against the toll told before, wherever
    told = [f for f in figures if f.type == "killed" and f.value is not None]
    first = doc.char_span(told[0].start, told[0].end, alignment_mode="expand") if told else None
    if first is not None and first.root.sent.end_char <= sent.start_char:
        since = min(since, first.root.sent.start_char)  # the lead's toll: "The RNDDH said the death toll was 25"
    earlier = [f for f in figures if f.type == "killed" and f.value is not None and since <= f.start
               and f.end <= source.left_edge.idx and f.value != q.value]
    return earlier[-1] if earlier else None


_TOLL_NOUNS = frozenset({"figure", "tally", "number", "count"})
_DEATH_WORDS = frozenset({"dead", "death", "fatality", "victim", "casualty", "killed", "body", "martyr"})  # "the number of martyrs stands at 13"


def _is_toll(tok: Token) -> bool:
    """'the (death) toll'; 'the number of dead', 'the figure' or 'the tally' after deaths were told in the sentence
    ("initially reported 19 people killed, later raising the figure to 23"); 'it' after a toll was named in the
    sentence ("the toll had climbed to 100, before officials revised it down to 84")."""
    lemma = tok.lemma_.lower()
    if lemma == "toll" and any(re.fullmatch(r"(?:weeks?|days?|months?|years?)-long", t.lower_) or (
            t.lower_ == "long" and t.i > 1 and t.doc[t.i - 1].text == "-" and t.doc[t.i - 2].lemma_.lower() in (
                "week", "day", "month", "year")) for t in [*tok.subtree, *(
                    g for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.subtree)]):
        return False  # "bringing the toll from the week-long fighting to 43": the toll of many days
    if lemma == "toll" and any(c.lower_ in ("national", "nationwide", "countrywide") for c in tok.children):
        return False  # "Riots in prisons in two other cities brought the national toll to 79": many places' dead
    if lemma == "toll" and any(c.lower_ in ("total", "overall", "cumulative") for c in tok.children) and (
            tok.head.lemma_.lower() == "bring" or any(t.lower_ == "since" for t in tok.head.subtree)):
        return False  # "bringing the total military death toll on the Armenian side to 1,009 since hostilities broke out"
    if lemma == "toll" and any(t.lemma_.lower() in figure_lexicon()["campaign_nouns"] or t.lemma_.lower() == "offensive"
                               for t in tok.subtree):
        return False  # "brought the toll of soldiers killed in the ground offensive against Hamas to 420": a war's
    if lemma == "toll":
        # "bringing the death toll of massacres in August to 33": a tally over many incidents, not this one's
        # (not "the death toll from attacks by armed groups on villages … rose to 113": that incident's toll)
        months = figure_lexicon()["months"]
        if any(c.dep_ == "prep" and c.lower_ == "since" for c in tok.children) and any(
                c.dep_ == "prep" and c.lower_ == "from" and any(o.tag_ == "NNS" for o in c.children) for c in tok.children):
            return False  # "The death toll from protests since the start of October reached 100": a running count
        return not any(o.tag_ == "NNS" and o.lemma_.lower() in EVENT_NOUNS | {"massacre", "killing", "murder"} and any(
            (t.lower_ in months or t.lemma_.lower() in ("year", "month", "week")) and not (
                # "the death toll from this week's clashes on the Kyrgyz-Tajik border": the incident's days
                t.lemma_.lower() == "week" and t.dep_ == "poss" and any(d.lower_ in ("this", "last") for d in t.children))
            for t in o.subtree)
            for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for o in c.children)
    before = tok.doc[tok.sent.start:tok.i]
    if lemma == "it":
        return any(t.lemma_.lower() == "toll" for t in before)
    if lemma == "loss" and tok.tag_ == "NNS" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _TOLL_VERBS:
        return True  # "the SPLA put its losses at 6": a side's own dead
    if lemma not in _TOLL_NOUNS or tok.pos_ != "NOUN":
        return False
    if any(t.lower_ == "missing" for t in tok.subtree):
        return False  # "the number of those killed or missing under the rubble had reached 87": not a count of dead
    if tok.head.lemma_.lower() == "bring" or any(t.lower_ in ("since", "far", "year") for t in tok.subtree):
        # "bringing to 23 the number of troops killed in the region so far this year", "the number of people killed
        # since the fighting began": a running count, not this incident's toll
        return False
    counted = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    if counted:
        return any(o.lemma_.lower() in _DEATH_WORDS or harm_of(o) == "killed" or any(  # "the number of people killed"
            c.dep_ in ("acl", "amod", "relcl") and harm_of(c) == "killed" for c in o.children) or any(
            # "the number of Ukrainian prisoners of war killed in an explosion": the parser hangs it on "war"
            t.dep_ == "acl" and harm_of(t) == "killed" and t.i <= o.i + 4 for t in o.subtree if t.i > o.i) for o in counted) \
            or any(c.dep_ == "acl" and harm_of(c) == "killed" and c.i > tok.i for c in tok.children)  # "…" hung on "number"
    if lemma == "number" and any(c.dep_ == "acl" and c.lower_ == "killed" and c.i == tok.i + 1 for c in tok.children):
        return True  # "the number killed in the strikes had risen to 326"
    if lemma != "number" and any(harm_of(t) == "killed" or _victims_of_a_killing(t) for t in before):
        return True
    if lemma == "number" and any(d.dep_ == "det" and d.lower_ == "the" for d in tok.children) \
            and tok.head.lemma_.lower() in ("raise", "rise", "revise", "increase", "climb") \
            and any(harm_of(t) == "killed" for t in before):
        return True  # "Between 11 and 14 initially thought dead, though the number was eventually raised to sixteen"
    # "… killed 116 inmates, officials said. On Thursday, the government revised the figure to 118": the figure of
    # the sentence before, changed
    prior = tok.doc[tok.sent.start - 1].sent if tok.sent.start > 0 else None
    return lemma != "number" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _TOLL_CHANGING and any(
        d.lower_ == "the" for d in tok.children) and prior is not None and any(harm_of(t) == "killed" for t in prior)


def _victims_of_a_killing(tok: Token) -> bool:
    """'… militants killed civilians … The government initially reported 18 victims': the victims a source counts
    after a killing is told, with no wounding told, are its dead."""
    if tok.lemma_.lower() != "victim" or tok.tag_ != "NNS" or tok.dep_ != "dobj" \
            or tok.head.lemma_.lower() not in REPORT_VERBS:
        return False
    told = tok.doc[:tok.sent.start]
    return any(harm_of(t) == "killed" for t in told) and not any(harm_of(t) == "injured" for t in tok.doc)


_TOLL_MOVING = frozenset({"rise", "climb", "increase", "reach", "jump", "grow"})


def _own_clause_end(pred: Token) -> Token:
    """The last word of a toll's clause, leaving out a clause joined to it that gives the toll again ("initially put
    at 40, rose over the following days to 145"; "had climbed to 100, before officials revised it down to 84")."""
    last = pred
    for child in pred.children:
        if child.dep_ == "punct" or child.dep_ in ("conj", "advcl") and (
                child.lemma_.lower() in _TOLL_MOVING | _TOLL_CHANGING or _toll(child) is not None):
            continue
        if child.right_edge.i > last.i:
            last = child.right_edge
    return last


def _toll(pred: Token) -> Token | None:
    """'The death toll later rose to 34', 'the toll was later updated to 23', 'officials later put the toll at 11':
    the number is the whole toll so far, the deaths told before it included. Returns the word 'toll'."""
    toll = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and _is_toll(c)), None)
    if toll is None and pred.dep_ == "pobj" and pred.head.lower_ == "to" and pred.head.head.lemma_.lower() in _TOLL_MOVING:
        # "the toll had risen to 40 dead and 80 wounded": the harm word is the number's noun
        toll = next((c for c in pred.head.head.children if c.dep_ in ("nsubj", "nsubjpass") and _is_toll(c)), None)
    if toll is None and pred.lemma_.lower() in _TOLL_MOVING and not any(c.dep_.startswith("nsubj") for c in pred.children) \
            and pred.dep_ != "conj":
        # "the number of bodies of Maoists recovered had risen to 31": the parser took the toll for another verb's
        toll = next((t for t in reversed(pred.doc[pred.sent.start:pred.i]) if _is_toll(t)), None)
    if toll is None and pred.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in pred.children):
        # "The death toll, initially put at 40, rose over the following days to 145"
        toll = next((c for c in pred.head.children if c.dep_ in ("nsubj", "nsubjpass") and _is_toll(c)), None)
    if toll is None and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in pred.children) and pred.lemma_.lower() in (
            "rise", "climb", "increase", "reach", "jump"):
        # "Initial reports put the toll at 40; it rose to 145": "it" is the toll of the clause before
        toll = next((t for t in pred.sent if t.i < pred.i and t.lemma_.lower() == "toll"), None)
    return toll


def _restates(places: set[str | None] | None, where: str | None) -> bool:
    """A figure with the key of one already read restates it, unless both name places and the places differ:
    '2 killed in Katsiro and 2 killed in the Bishusha area' are four dead."""
    # A country holds the place named below it: "kills nine at market in northeast Nigeria" over "killed nine people
    # at a fish market in Konduga" is one count
    if places is None:
        return False
    if where is None or None in places or where in places:
        return True
    # one side a country, the other a place in it; two countries are two places ("2 killed in Mali and 2 in Niger")
    return _is_country(where) != any(_is_country(p) for p in places) and not (
        _is_country(where) and all(_is_country(p) for p in places))


def _is_country(where: str | None) -> bool:
    return where is not None and where.startswith("country:")


_ATTRIBUTION = ("by", "victims", "reported_by")


_ALL_OF = re.compile(r"\ball\s+(?:\d+|[a-z]+)\b", re.I)


def _all_of_them_again(figures: list[Figure], incidents: IncidentStarts) -> list[Figure]:
    """'Seven jawans … and their civilian driver were killed … The bodies of all eight were recovered': "all" and a
    number tell again the dead counted before, when those add up to it."""
    killed = [f for f in figures if f.type == "killed" and f.value is not None]
    dropped = []
    for f in killed:
        if not _ALL_OF.search(f.text):
            continue
        before = [e for e in killed if e.end <= f.start and e not in dropped and incidents.of(e.start) == incidents.of(f.start)]
        if _BOMBERS.search(f.text) and not any(_BOMBERS.search(e.text) for e in before):
            continue  # "Four prison staff were killed … before snipers shot dead all four attackers": others
        if before and sum(e.value for e in before) == f.value:  # type: ignore[misc]
            dropped.append(f)
    return [f for f in figures if f not in dropped]


def _the_n_as_the_toll(doc: Doc, figures: list[Figure], incidents: IncidentStarts) -> list[Figure]:
    """'A commander was killed with his driver and two of his guards … the four were killed on the spot': "the" and a
    number, with no noun, count again the dead told before in the same incident, with those the text named but did not
    count; it is the toll, and what was counted before it is inside it (when that adds up to no more)."""
    killed = [f for f in figures if f.type == "killed" and f.value is not None]
    dropped: list[Figure] = []
    for f in killed:
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None:
            continue
        number = next((t for t in span if t.like_num and t.dep_ in ("nsubj", "nsubjpass")), None)
        if number is None or number.i == 0 or doc[number.i - 1].lower_ != "the" or any(
                c.dep_ == "prep" for c in number.children):
            continue  # "the four were killed"; not "the four of them", "the 12 soldiers"
        before = [e for e in killed if e.end <= f.start and e not in dropped and incidents.of(e.start) == incidents.of(f.start)]
        if before and sum(e.value for e in before) <= f.value:  # type: ignore[misc]
            dropped.extend(before)
    return [f for f in figures if f not in dropped]


def _attackers_stopped_before(doc: Doc, figure: Figure) -> bool:
    """'Three gunmen stormed the maternity ward … Security forces killed all three attackers': the dead are the attack's
    perpetrators, told before as those who did it; a toll of the attack's victims does not hold them (not "Israeli
    troops killed two Palestinian gunmen … the ministry said three people were killed")."""
    if (_noun_of(doc, figure) or "") not in _ATTACKER_NOUNS | {"gunmen", "attackers", "assailants"}:
        return False
    if _TOLL_WITHOUT_ATTACKERS.search(text_of(doc)):
        return True  # "the death toll rose to 21 … The figure does not include the attackers"
    return any(t.dep_ == "nsubj" and t.lemma_.lower() in _ATTACKER_NOUNS and t.idx < figure.start
               and t.head.pos_ == "VERB" and t.head.lemma_.lower() not in ("die", "perish", "succumb") for t in doc)


_TOLL_WITHOUT_ATTACKERS = re.compile(r"\b(?:does|did|do) not (?:include|count)(?: the)? (?:attackers|gunmen|assailants|militants)\b"
                                     r"|\b(?:excluding|not including|not counting)(?: the)? (?:\w+ )?(?:attackers|gunmen|assailants)\b",
                                     re.I)


_BLEW_UP = re.compile(r"\b(?:blew|blown|blowing) (?:himself|herself|themselves)\b", re.I)
_BOMBERS = re.compile(r"\b(?:suicide )?(?:bombers?|attackers?|assailants?)\b", re.I)


_SOME_OF_THE_DEAD = re.compile(r"^\s*(?:\w+(?:-\w+)?|\d+) of (?:the|these|those) (?:bodies|dead|victims|deceased)\b", re.I)
_THE_REST = re.compile(r"\b(?:and|while) (?:another|a further|one more)\b(?! \w+ (?:was|were) (?:also )?(?:killed|shot))", re.I)


def _some_of_the_dead(doc: Doc, figures: list[Figure], incidents: IncidentStarts) -> list[Figure]:
    """'found 20 bodies … Five of the bodies were decapitated'; 'Sixteen inmates were killed … 15 prisoners died at the
    scene and another died later in hospital': some of the dead counted before, told apart, not more of them."""
    killed = [f for f in figures if f.type == "killed" and f.value is not None]
    dropped: list[Figure] = []
    for f in killed:
        before = [e for e in killed if e.end <= f.start and e not in dropped
                  and incidents.of(e.start) == incidents.of(f.start) and e.value > f.value]  # type: ignore[operator]
        if not before:
            continue
        if _SOME_OF_THE_DEAD.search(f.text):
            dropped.append(f)
            continue
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        rest = doc.text[f.end:span.sent.end_char] if span is not None else ""
        if _THE_REST.search(rest) and any(e.value == f.value + 1 for e in before):  # type: ignore[operator]
            dropped.append(f)
    return [f for f in figures if f not in dropped]


def _vague_then_counted(doc: Doc, figures: list[Figure], incidents: IncidentStarts) -> list[Figure]:
    """'… health officials said scores of people were killed … The Health Ministry later said 274 Palestinians … were
    killed': a vague first count, then the number a later report gives for the same dead."""
    killed = [f for f in figures if f.type == "killed"]
    dropped = []
    for f in killed:
        if f.value is not None or f.qualifier != "vague" or (_noun_of(doc, f) or "people") not in _GENERIC_VICTIMS:
            continue
        for g in killed:
            if g.value is None or g.start <= f.end or incidents.of(g.start) != incidents.of(f.start):
                continue
            span = doc.char_span(g.start, g.end, alignment_mode="expand")
            if span is not None and any(t.lower_ in ("later", "subsequently", "updated") and t.i < span.end
                                        for t in span.root.sent) and (f.low is None or g.value >= f.low):  # type: ignore[operator]
                dropped.append(f)
                break
    return [f for f in figures if f not in dropped]


def _bombers_told_again(figures: list[Figure], incidents: IncidentStarts) -> list[Figure]:
    """'two suicide bombers blew themselves up … The two bombers and at least 32 civilians were killed': the bombers
    counted where they blew themselves up, told again among the dead."""
    blown = [f for f in figures if f.type == "killed" and f.value is not None and _BLEW_UP.search(f.text)]
    dropped = [f for f in figures if f.type == "killed" and f.value is not None and _BOMBERS.search(f.text)
               and not _BLEW_UP.search(f.text) and not re.search(r"\b(?:second|third|another|other)\b", f.text, re.I) and any(
                   b.value == f.value and b.end <= f.start and incidents.of(b.start) == incidents.of(f.start)
                   for b in blown)]
    return [f for f in figures if f not in dropped]


def _range_told_again(doc: Doc, figures: list[Figure], incidents: IncidentStarts) -> list[Figure]:
    """'… killing between 16 and 18 people … A security source put the toll at 16 dead': a count inside a range told
    before it is that toll again, from a source; the range's lower end stands (ACLED's rule), so the count adds
    nobody. A count below the range is the lower report, and the range gives way to it."""
    ranges = [f for f in figures if f.type == "killed" and f.value is None and f.low is not None and f.high is not None]
    dropped: list[Figure] = []
    for r in ranges:
        for f in figures:
            if f.type != "killed" or f.value is None or f.start <= r.end or incidents.of(f.start) != incidents.of(r.start):
                continue
            span = doc.char_span(f.start, f.end, alignment_mode="expand")
            if span is None or any(t.lower_ in ("of", "including", "among", "more", "another", "other", "also")
                                   for t in span.root.sent):
                continue  # "two of them", "including 6 children": parts, not the toll again
            if r.low <= f.value <= r.high:  # type: ignore[operator]
                dropped.append(f)
            elif f.value < r.low and any(  # type: ignore[operator]
                    t.lemma_.lower() in REPORT_VERBS or t.lower_ in ("according", "toll") for t in span.root.sent):
                dropped.append(r)  # (a source's lower count; not "At least two al Shabaab dead in the counter attack")
    return [f for f in figures if f not in dropped]


def _headline_told_below(figures: list[Figure], layout: Layout, doc: Doc | None = None) -> list[Figure]:
    """A headline's dead told again in the story, whatever the story adds: "Mob beats youth to death … in Savar" over
    "A young man was beaten to death by a mob … at Bank Town area of Savar", "BENI: 22 civilians killed" over "At least
    22 civilians were killed". A headline's number no line below repeats stays (it may be all the report says)."""
    end = layout.headline_end
    if end is None:
        return figures
    below = [f for f in figures if f.type == "killed" and f.start >= end]
    # ("Tillabéri: a dozen civilians killed" over "between 12 and 15 dead": a number inside the range below)
    def same_dead(head: Figure, b: Figure) -> bool:  # "Man killed wife, then himself" is not told by "turning" below
        if doc is None:
            return True
        if re.search(r"\b(?:himself|herself|themselves|turning|taking|own life)\b", b.text, re.I) and not re.search(
                r"\b(?:himself|herself|themselves)\b", head.text, re.I):
            return False  # the killer's own death below is not the headline's victim
        return True
    return [f for f in figures if not (f.type == "killed" and f.start < end and below and (
        f.value is None or any((b.value == f.value and same_dead(f, b)) or (
            b.value is None and b.low is not None and b.high is not None and b.low <= f.value <= b.high)
            for b in below)))]


def _headline_figure(figures: list[Figure], generic_in_headline: list[Figure], figure: Figure) -> Figure | None:
    """The headline figure ("… KILL TWO IN NORTHERN ISRAEL", "strikes kill 22 Palestinians") that this one of the
    body states again, maybe more exactly ("At least 22 Palestinians were killed")."""
    for first in generic_in_headline:
        if (first in figures and (first.type, first.value) == (figure.type, figure.value)
                and (first.qualifier == figure.qualifier or "exact" in (first.qualifier, figure.qualifier))
                and (first.where is None or figure.where is None or first.where == figure.where
                     or _is_country(first.where) != _is_country(figure.where))):
            generic_in_headline.remove(first)
            return first
    return None


def _better_attributed(figures: list[Figure], earlier: list[Figure], again: Figure) -> list[Figure]:
    """A figure stated again, with attribution the first statement lacked and none it had, takes the first one's
    place: the headline says "REBELS KILL THREE SOLDIERS", the lead "ELN guerrillas attacked …, killing three
    soldiers, the military said". One figure either way; the span cited is the one that says who did it."""
    for first in earlier:
        if first.where is not None and again.where is not None and first.where != again.where:
            continue
        gains = [a for a in _ATTRIBUTION if getattr(again, a) and not getattr(first, a)]
        losses = [a for a in _ATTRIBUTION if getattr(first, a) and not getattr(again, a)]
        if gains and not losses and first in figures:
            earlier[earlier.index(first)] = again
            return [again if f is first else f for f in figures]
        return figures
    return figures


def _lead_end(doc: Doc, layout: Layout) -> int:
    """Where the story's first sentence ends (after a headline line and dateline)."""
    start = max(layout.body_start, layout.dateline_end or 0, layout.headline_end or 0)
    for sent in doc.sents:
        if sent.end_char > start and any(t.is_alpha for t in sent if t.idx >= start):
            if sent[-1].text == ":" and len(sent) <= 8:
                continue  # "DR Congo:", "Zaporizhzhia governor Ivan Fedorov:": a label over the lead
            return sent.end_char
    return len(text_of(doc))


def _join(groups: dict[str, list[Figure]], first: Figure, other: Figure) -> None:
    """Another count of the toll `first` belongs to: "killed at least 20 …, a local official said. A youth
    association put the toll at 32, while the army said 17 people had died" is one toll told three ways."""
    for group in groups.values():
        if first in group:
            group.append(other)
            return
    groups[first.id] = [first, other]


#: A toll told as settled, which may be below the counts given before it: "has been finalized at 84", "the final
#: number of martyrs … stands at 13", "revised down to 88".
_FINAL_TOLL = re.compile(r"\b(?:final(?:i[sz]ed)?|revised (?:down|downward)|corrected)\b", re.I)


_RAISED_TOLL = re.compile(r"\b(?:rose|risen|rises|climbed|climbs|increased|jumped|raised|updated)\s+to\b", re.I)


_NO_LIVES_LOST = re.compile(r"\bno (?:loss of life|lives were lost|one was killed|one died|deaths were reported)\b", re.I)


def _initial_counts_superseded(doc: Doc, figures: list[Figure], incidents: IncidentStarts) -> list[Figure]:
    """'Local sources initially reported more than 100 people killed … On 14 April, the UN Resident Coordinator said
    more than 400 people were killed': a count its clause calls the first gives way to a later count of the incident,
    unless that one says its dead come besides ("also", "another")."""
    killed = [f for f in figures if f.type == "killed" and (f.value is not None or f.low is not None)]
    dropped = []
    for first in (f for f in killed if _initial_count(doc, f) or _provisional(doc, f)):
        provisional = not _initial_count(doc, first)
        span = doc.char_span(first.start, first.end, alignment_mode="expand")
        if span is not None and (_NO_LIVES_LOST.search(text_of(doc)) or any(
                t.lemma_.lower() in ("correct", "retract", "withdraw") or t.lower_ == "alive" for t in span.root.sent)):
            # "… adding that there was 'no loss of life'. An earlier report … had said five herders were killed";
            # "initially said two workers had been killed, but later corrected that account, saying both … alive"
            dropped.append(first)
            continue
        # "At least 19 people were killed … A day earlier, the official had said 11 were dead": told as given before
        # the report, the first count may come after the one that replaces it
        given_before = span is not None and _given_before(span.root.sent)
        for later in killed:
            # any later count: "On 14 April, …" may open an incident of its own for the reader of dates
            if (later.start <= first.end and not _RAISED_TOLL.search(later.text) and not given_before) \
                    or later is first or _initial_count(doc, later):
                continue  # a later count, or a toll raised above the first, which may be told before it ("The death
                # toll … has risen to 14 … Nine persons were initially confirmed dead")
            span = doc.char_span(later.start, later.end, alignment_mode="expand")
            if span is None or not _RAISED_TOLL.search(later.text) and any(t.lower_ in _MORE and not (t.lower_ == "more" and t.i + 1 < len(doc)
                                                               and doc[t.i + 1].lower_ == "than") for t in span.root.sent):
                continue
            if (mine := _side_told(doc, first)) is not None and (theirs := _side_told(doc, later)) is not None \
                    and mine != theirs:
                continue  # "… has risen to 36 on the Kyrgyz side … Tajik authorities … raised their figure to 19"
            if provisional and (_noun_of(doc, later) or "dead") not in _GENERIC_VICTIMS and not (
                    # "A preliminary count put the number of dead at 28 … 31 civilians … were killed": all the dead
                    ((named := _noun_of(doc, first) or "dead") in _GENERIC_VICTIMS or not named.isalpha())
                    and _noun_of(doc, later) in _EVERYONE_KILLED):
                continue  # "The provisional toll is 9 civilians and 4 VDP … neutralise more than 30 terrorists"
            amount = lambda x: x.value if x.value is not None else x.low or 0  # noqa: E731
            if amount(later) < amount(first) and not _FINAL_TOLL.search(span.root.sent.text):
                continue  # "Police initially reported three dead, but … a fourth victim had died": one more, not the toll
                # (but "the final number of martyrs … stands at 13. Earlier, officials had announced that 15 …")
            dropped.append(first)
            break
    return [f for f in figures if f not in dropped]


def _raised_toll(doc: Doc, figure: Figure) -> bool:
    """'The death toll … rose to 11', 'has risen to 7', 'raised the number of servicemen killed … to 89', 'revised
    the toll to 46': the toll as it now stands."""
    if figure.value is None:
        return False
    if _RAISED_TOLL.search(figure.text):
        return True
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    tok = span.root if span is not None else None
    return tok is not None and tok.dep_ == "pobj" and tok.head.lower_ == "to" and (
        tok.head.head.lemma_.lower() in _TOLL_MOVING | _TOLL_CHANGING or _gapped_raise(tok) is not None)


_BESIDE_THE_TOLL = frozenset({"separately", "separate", "elsewhere", "also", "excluding", "besides", "addition", "plus"})


def _age_apposition(doc: Doc, figure: Figure, figures: list[Figure]) -> bool:
    """'the driver, a 43-year-old man,': one person, told again with the age, right after a comma that ends a killed
    figure of one."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None or span.start < 2 or span[0].lower_ not in ("a", "an") or doc[span.start - 1].text != "," \
            or not any(t.lower_ == "old" for t in span):
        return False
    before = doc[span.start - 2]
    return any(f is not figure and f.type == "killed" and f.value == 1 and f.start <= before.idx < f.end
               for f in figures)


#: How a state's count names an armed group's dead ("The army reported 3 dissidents killed").
_IRREGULARS = frozenset({"dissident", "militant", "rebel", "insurgent", "terrorist", "jihadist", "gunman", "gunmen",
                         "assailant", "attacker", "bandit", "militiaman", "militiamen", "guerrilla", "fighter", "member"})
#: A claim of killing the other side named only as such ("RSO claimed that 8 of its rivals died").
_ENEMIES = frozenset({"rival", "enemy", "opponent", "adversary"})


def _claimed(doc: Doc, figure: Figure) -> Token | None:
    """The verb "claim" a killed figure is stated under, up to five steps above its words ("JNIM claimed to have
    killed 40 soldiers", "the ministry claimed that more than 70 'nationalists' had been killed")."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    tok = span.root if span is not None else None
    for _ in range(5):
        if tok is None:
            return None
        if tok.lemma_.lower() == "claim" and tok.pos_ == "VERB":
            return tok
        tok = tok.head if tok.head.i != tok.i else None
    return None


#: Verbs by which a clause set against another ("…, while residents spoke of five dead") gives its own count.
_OTHER_ACCOUNT = frozenset({"speak", "talk", "put", "count", "give", "cite", "mention", "say", "report", "record"})


def _confirmed_after(doc: Doc, figure: Figure) -> Token | None:
    """The verb "confirm" a count of deaths is the object of, in a sentence after the first ("MONUSCO, which sent a
    team to the area, said it had confirmed 15 deaths"): another teller's count of the toll told before."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None or span.root.sent.start == 0:
        return None
    root = span.root
    if root.dep_ == "dobj" and root.head.lemma_.lower() == "confirm" and root.lemma_.lower() in _GENERIC_VICTIMS:
        return root.head
    return None


def _set_against(doc: Doc, figure: Figure) -> Token | None:
    """The verb of a clause opened by "while" or "whereas" that gives a killed figure as somebody's account: "Three
    vigilantes were killed according to a local official, while residents spoke of five dead"."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    tok = span.root if span is not None else None
    for _ in range(4):
        if tok is None:
            return None
        if tok.lemma_.lower() in _OTHER_ACCOUNT and tok.pos_ == "VERB" and tok.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in tok.children):
            return tok
        tok = tok.head if tok.head.i != tok.i else None
    return None


def _teller_words(verb: Token | None) -> set[str]:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return {t.lower_ for t in subject.subtree if t.is_alpha and t.lower_ not in ("the", "its", "their", "a", "an")} \
        if subject is not None else set()


def _claims_against_counts(doc: Doc, figures: list[Figure], incidents: IncidentStarts) -> list[Figure]:
    """'Al Shabaab claimed to have killed 66 Kenyan soldiers. KDF said 9 of its soldiers were killed', '… said 35
    people were killed. The Russian MoD claimed that up to 180 "foreign mercenaries" were killed': a side's claim of
    the dead and, in the sentence before or after, another teller's count of the same dead (the same kind of people,
    people at large, or the other teller's own losses): two reports of one toll, of which the lower is kept, as ACLED
    codes them. A count of other people stays ("KDF said … its troops killed more than 70 militants")."""
    killed = [f for f in figures if f.type == "killed" and (f.value is not None or f.low is not None)]
    dropped: list[Figure] = []
    for claim in killed:
        verb, contrasted = _claimed(doc, claim), False
        if verb is None:
            verb, contrasted = _set_against(doc, claim), True
        if verb is None and (confirmed := _confirmed_after(doc, claim)) is not None:
            verb = confirmed  # "Local leaders said 220 people were killed. MONUSCO … said it had confirmed 15 deaths"
        if verb is None or claim in dropped:
            continue
        own = doc.char_span(claim.start, claim.end, alignment_mode="expand")
        own_losses = own is not None and any(_own_losses(t) for t in own if t.pos_ == "NOUN")
        claimers = _teller_words(verb)
        sent = verb.sent
        around = [sent] if contrasted else [sent, doc[sent.start - 1].sent if sent.start > 0 else None,
                                            doc[sent.end].sent if sent.end < len(doc) else None]
        for other in killed:
            span = doc.char_span(other.start, other.end, alignment_mode="expand")
            if other is claim or other in dropped or span is None or span.root.sent not in around \
                    or incidents.of(other.start) != incidents.of(claim.start) or _claimed(doc, other) is not None \
                    or (contrasted and other.start > claim.start):
                continue
            if claimers & _teller_words(_reporting_verb(span.root)):
                continue  # the claimant's own count of something else
            noun = next((t for t in reversed(span) if t.pos_ in ("NOUN", "PROPN")), span.root)
            mine = _noun_of(doc, claim)
            theirs = {t.lemma_.lower() for t in span if t.pos_ in ("NOUN", "PROPN")} or {noun.lemma_.lower()}
            if contrasted and own_losses and not (theirs & _IRREGULARS and mine in _COMBATANTS):
                # "… reported 49 soldiers killed, while Azerbaijan reported 50 of its servicemen killed": each side's
                # own dead, two tolls; not "The army reported 3 dissidents killed, while the EMC said … 2 of its
                # fighters had died": the group's own count of the same dead
                continue
            if not (mine in _GENERIC_VICTIMS or theirs & _GENERIC_VICTIMS or mine in theirs or _own_losses(noun)
                    or mine in _ENEMIES or (contrasted and own_losses)
                    or any(mine in kind and theirs & kind for kind in (_COMBATANTS, _SOLDIERS))):
                continue  # ("17 soldiers and VDP killed, while JNIM claimed … to have killed 40 soldiers")
            amount = {id(f): f.value if f.value is not None else f.low or 0 for f in (claim, other)}
            dropped.append(claim if amount[id(claim)] > amount[id(other)] else other)
            if dropped[-1] is claim:
                break
    return [f for f in figures if f not in dropped]


#: Words by which one teller sets its toll against another's.
_DISPUTE = re.compile(r"\b(?:(?:disputed|disputing|contradicted|contradicting|questioned|rejected) (?:the|that|this|these|those) "
                      r"(?:death )?(?:toll|figures?|numbers?|count|account)|put the (?:death )?toll (?:much |far |considerably "
                      r"|significantly )?(?:higher|lower)|(?:much |far )?(?:higher|lower) (?:death )?(?:toll|figure))\b", re.I)


def _disputed_tolls(doc: Doc, figures: list[Figure], incidents: IncidentStarts) -> list[Figure]:
    """'Gunmen killed at least 17 people …, a regional official said, though residents put the toll much higher. … He
    said he had counted at least 30 bodies'; '… has risen to 108, the doctors' committee said. The health ministry
    disputed the figure, saying 61 people had been killed': where the story says its tellers dispute the toll, the
    tolls of people at large that its sentences give for one incident are counts of the same dead; the lower is kept,
    as ACLED codes them. A sentence saying its dead come besides ("also", "another") keeps its count."""
    if _DISPUTE.search(text_of(doc)) is None:
        return figures
    tolls: dict[int, dict[int, Figure]] = {}  # incident → sentence start → the sentence's first toll
    for f in figures:
        span = doc.char_span(f.start, f.end, alignment_mode="expand") if f.type == "killed" and f.value else None
        if span is None or not (_noun_of(doc, f) in _GENERIC_VICTIMS or _raised_toll(doc, f)) or any(
                t.lower_ in _MORE for t in span.root.sent) or any(t.lower_ == "of" for t in span):  # "five of the seven"
            continue
        tolls.setdefault(incidents.of(f.start), {}).setdefault(span.root.sent.start, f)
    dropped: list[Figure] = []
    for told in tolls.values():
        if len(told) >= 2:
            low = min(told.values(), key=lambda f: f.value)  # type: ignore[arg-type, return-value]
            dropped.extend(f for f in told.values() if f is not low)
    return [f for f in figures if f not in dropped]


def _wider_totals(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """'… killing 9 people. … the ministry reported more than 400 people killed across the Strip that day', 'Across
    Ukraine, at least 47 people were killed in strikes on Kyiv, Dnipro …': after the incident's own dead, a larger
    count over a wider area ("across" it, "nationwide") is the setting, not the incident's toll."""
    killed = [f for f in figures if f.type == "killed" and (f.value is not None or f.low is not None)]
    dropped: list[Figure] = []
    for figure in killed[1:]:
        span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
        if span is None:
            continue
        amount = figure.value if figure.value is not None else figure.low or 0
        before = [f for f in killed if f.end <= figure.start and f not in dropped]
        if not before or amount <= sum(f.value if f.value is not None else f.low or 0 for f in before):
            continue
        sent = span.root.sent
        scope = {*(t.i for t in span), *(a.i for a in span.root.ancestors)}
        if any((t.lower_ == "across" and t.dep_ == "prep" and (t.head.i in scope or t.i == sent.start))
               or (t.lower_ in ("nationwide", "countrywide") and t.head.i in scope) for t in sent):
            dropped.append(figure)
    return [f for f in figures if f not in dropped]


_SEX_AND_AGE = frozenset({"man", "men", "woman", "women", "child", "children", "boy", "boys", "girl", "girls", "baby",
                          "babies", "infant", "infants", "minor", "minors", "teenager", "teenagers", "toddler"})


def _a_few_people(doc: Doc, figure: Figure) -> bool:
    """'2 men', 'a child', 'two women': a number (or "a") and a word of sex or age, nothing else (not "2 policemen and
    a civilian", other people listed after the count)."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    return span is not None and 2 <= len(span) <= 3 and (span[0].like_num or span[0].lower_ in ("a", "an")) \
        and span[-1].lower_ in _SEX_AND_AGE


def _parts_in_apposition(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """'7 of its peacekeepers, 6 from Malawi and 1 from Tanzania, and 12 soldiers were killed', 'killing 3 herders, 2 men
    and a child': bare numbers (or a few people) set off by a comma right after a count, adding up to it, are its
    parts."""
    text = text_of(doc)
    killed = sorted((f for f in figures if f.type == "killed" and f.value is not None), key=lambda f: f.start)
    dropped: list[Figure] = []
    for i, whole in enumerate(killed):
        if whole in dropped or not text[whole.end:whole.end + 2].startswith(","):
            continue
        parts, at = [], whole.end
        for part in killed[i + 1:]:
            between = text[at:part.start]
            if not (part.text.strip().replace(",", "").isdigit() or _a_few_people(doc, part)) or len(between) > 40 \
                    or not re.fullmatch(r"\s*,?\s*(?:(?:from|of|in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*)?(?:,|and)?\s*", between):
                break
            parts.append(part)
            at = part.end
        # "killing 3 farmers, 2 men and a girl": a last part the parser left uncounted
        last = re.match(r"\s*,?\s*and\s+(?:a|an|one)\s+([a-z]+)\b", text[at:at + 30]) if parts else None
        extra = 1 if last is not None and last.group(1) in _SEX_AND_AGE and not any(
            f.type == "killed" and at <= f.start < at + last.end() for f in killed) else 0
        if len(parts) + extra > 1 and sum(p.value for p in parts) + extra == whole.value:  # type: ignore[misc]
            dropped.extend(parts)
    return [f for f in figures if f not in dropped]


def _raised_again(doc: Doc, figures: list[Figure], incidents: IncidentStarts) -> list[Figure]:
    """'raised the toll to 25, and on 22 January to 27', 'rose to 50, and by the end of April to 61': the toll's
    earlier value gives way to the later one told with its verb left out; and to a later raise told in a sentence of
    its own ("… had risen to 93, and later that day to 133 … On 24 March the toll was raised to 137")."""
    dropped: list[Figure] = []
    raised = [f for f in figures if f.type == "killed" and f.value is not None and _raised_toll(doc, f)]
    for figure in raised:
        if any(g.start > figure.end and incidents.of(g.start) == incidents.of(figure.start)
               and g.value >= figure.value for g in raised):  # type: ignore[operator]
            dropped.append(figure)
    for figure in figures:
        span = doc.char_span(figure.start, figure.end, alignment_mode="expand") if figure.type == "killed" else None
        later = next((t for t in span if t.like_num and _gapped_raise(t) is not None), None) if span is not None else None
        if later is not None and (before := _gapped_raise(later)) is not None:
            dropped.extend(g for g in figures if g is not figure and g.type == "killed" and g.start <= before.idx < g.end)
        if span is not None and _raised_toll(doc, figure):
            # "By 26 December, the toll had risen to 113, and on 27 December the government said 195 people had been
            # killed": a later report joined to the raise gives the toll as it now stands
            verb = span.root.head.head if span.root.dep_ == "pobj" else span.root.head
            for g in figures:
                other = doc.char_span(g.start, g.end, alignment_mode="expand") if g.type == "killed" else None
                if other is not None and g.start > figure.end and other.root.sent == span.root.sent and any(
                        a.dep_ == "conj" and a.head == verb and a.lemma_.lower() in REPORT_VERBS
                        for a in [other.root, *other.root.ancestors]) and not (
                        # "the toll had risen to 15 civilians, and the army said a soldier had also been killed"
                        (g.value or g.low or 0) < (figure.value or figure.low or 0)
                        and any(t.lower_ in _MORE for t in other.root.subtree)):
                    dropped.append(figure)
                    break
    return [f for f in figures if f not in dropped]


def _confirmed_beside(doc: Doc, pred: Token, q: _Quantity, figures: list[Figure]) -> Figure | None:
    """The killed figure of the same sentence that a count joined to it by "and" gives again, told by a subject of its
    own with a verb of counting ("Nearly 30 people were killed, and the county commissioner confirmed 27 dead")."""
    verb = pred.head if pred.dep_ in ("oprd", "dobj") else None
    if verb is None or verb.lemma_.lower() not in _COUNT_VERBS or verb.dep_ != "conj" or harm_of(verb.head) != "killed" \
            or not any(c.dep_ == "nsubj" for c in verb.children) or not (
                q.noun.i == q.anchor.i or q.noun.lemma_.lower() in _GENERIC_VICTIMS):
        return None
    told = [f for f in figures if f.type == "killed" and f.value is not None and f.value != q.value
            and verb.sent.start_char <= f.start < verb.head.idx + len(verb.head)]
    return told[-1] if told else None


#: Verbs of an inquiry's count, set against a toll (not "said", which also tells how a toll came about).
_FINDING = frozenset({"find", "document", "verify", "establish", "record"})


def _teller_of(tok: Token) -> Token | None:
    """The subject of the verb of reporting a harm is told under ('the government said …', 'an investigation found
    that …'), if any within a few steps up."""
    for a in [tok, *tok.ancestors][:6]:
        if a.lemma_.lower() in REPORT_VERBS and a.pos_ == "VERB":
            return next((c for c in a.children if c.dep_ == "nsubj"), None)
    return None


def _inside_a_raised_toll(doc: Doc, figures: list[Figure], incidents: IncidentStarts) -> list[Figure]:
    """'The death toll … rose to 11 on Monday after two of the wounded died … Gunmen … opened fire, killing nine people
    at the scene'; '… has risen to 7. Rescuers have recovered two more bodies …, and another person died in
    hospital': a toll raised to N is its incident's whole count so far, and the deaths told after it (how it rose, the
    count at the scene, a first report) add none when together they come to no more than N."""
    killed = [f for f in figures if f.type == "killed"]
    dropped: list[Figure] = []
    for toll in killed:
        if toll in dropped or not _raised_toll(doc, toll):
            continue
        incident = incidents.of(toll.start)
        rest = []
        for f in killed:
            if f is toll or f in dropped or f.start <= toll.start or incidents.of(f.start) != incident:
                continue
            span = doc.char_span(f.start, f.end, alignment_mode="expand")
            if span is None or any(t.lower_ in _BESIDE_THE_TOLL or (
                    t.lemma_.lower() == "include" and (any(c.dep_ == "neg" for c in t.children) or (
                        t.i > 0 and doc[t.i - 1].lower_ == "not"))) for t in span.root.sent) \
                    or " as well as " in span.root.sent.text:  # "at least 170 Afghans, as well as 13 US service members"
                # "Separately, three civilians were killed …", "not including the 3 attackers", "all four attackers
                # were killed and are not included in that figure": besides it
                continue
            if _noun_of(doc, f) in _ATTACKER_NOUNS and _noun_of(doc, toll) in ("civilian", "victim", "bystander"):
                continue  # "… as the death toll rose to four civilians. … Police shot the gunman dead": not one of them
            if _noun_of(doc, f) in _ATTACKER_NOUNS and re.search(
                    r"\ball (?:the )?(?:\w+ )?(?:attackers|gunmen|assailants|hostage-takers)\b", span.root.sent.text, re.I):
                continue  # "… has risen to 21 … the siege ended … and all five attackers had been killed": their end,
                # told apart from the victims' toll
            if _TOLL_WITHOUT_ATTACKERS.search(text_of(doc)) and _attackers_stopped_before(doc, f):
                continue  # "the death toll rose to 21 … The figure does not include the attackers … all four attackers
                # had been killed"
            if (side := _side_told(doc, f)) is not None and (toll_side := _side_told(doc, toll)) is not None \
                    and side != toll_side:
                continue  # "… on the Kyrgyz side, later raising the toll to 36 … 19 people … on the Tajik side"
            rest.append(f)
        toll_span = doc.char_span(toll.start, toll.end, alignment_mode="expand")
        for f in killed:  # "The number of people killed in Monday's firing … rose to three": the toll's own words
            span = doc.char_span(f.start, f.end, alignment_mode="expand")
            if f is not toll and span is not None and toll_span is not None and span.root.sent == toll_span.root.sent \
                    and any(a.lemma_.lower() in ("number", "toll", "tally", "count") for a in span.root.ancestors) \
                    and not any(a.lower_ == "excluding" or (a.lower_ == "including" and a.i > 0 and doc[a.i - 1].lower_ == "not")
                                for a in span.root.ancestors):  # "…, not including the three bombers": besides it
                dropped.append(f)
        # "The government … later raised its figure to 272. A preliminary investigation by MONUSCO … found that at least
        # 131 civilians … were killed": another teller's count of the same dead; the lower stands (ACLED's rule)
        teller = _teller_of(toll_span.root) if toll_span is not None else None
        others = [f for f in rest if f.value is not None and (span := doc.char_span(f.start, f.end, alignment_mode="expand"))
                  is not None and (who := _teller_of(span.root)) is not None and teller is not None
                  and who.sent != teller.sent and who.lemma_.lower() != teller.lemma_.lower()
                  and who.head.lemma_.lower() in _FINDING and 3 * f.value >= toll.value  # type: ignore[operator]
                  and _noun_of(doc, f) not in _ENEMY]
        if others:
            low = min(others, key=lambda f: f.value)  # type: ignore[arg-type, return-value]
            if low.value < toll.value:  # type: ignore[operator]
                dropped.append(toll)
                dropped.extend(f for f in rest if f is not low)
                continue
        if rest and sum(f.value if f.value is not None else f.low or 0 for f in rest) <= toll.value:  # type: ignore[operator]
            dropped.extend(rest)
        # "Medical sources said scores of soldiers were killed. The toll later rose to at least 111": the vague first
        # count gives way to the number
        dropped.extend(f for f in killed if f is not toll and f.start < toll.start and f.value is None
                       and incidents.of(f.start) == incident and f not in dropped)
    return [f for f in figures if f not in dropped]


def _lead_toll_told_place_by_place(doc: Doc, figures: list[Figure], lead_end: int) -> list[Figure]:
    """'At least 11 people were killed and 17 others wounded in separate incidents in three provinces on Sunday' and
    then 'In Ghazni …, killing five civilians', 'In Kunduz, four soldiers lost their lives', 'two policemen were
    killed … in Herat': the lead's toll, told again place by place (round-ups, daily briefings, "as follows" lists).
    The counts after the lead add nobody when, in the order told, they come to the lead's toll exactly."""
    killed = sorted((f for f in figures if f.type == "killed"), key=lambda f: f.start)
    if not killed or killed[0].value is None or killed[0].value < 2 or killed[0].start >= lead_end:
        return figures
    toll = killed[0]
    span = doc.char_span(toll.start, toll.end, alignment_mode="expand")
    if span is None:
        return figures
    # told as a toll over places or a day ("in separate incidents", "in four northern provinces … over the past 24
    # hours"), parts that come to less may leave a place out; else they must come to the toll
    wide = _ROUND_UP.search(span.root.sent.text) is not None
    parts: list[Figure] = []
    total = 0.0
    besides = set()  # sentences telling deaths besides the toll: "Twelve more died in a second village and three …"
    for f in killed[1:]:
        part = doc.char_span(f.start, f.end, alignment_mode="expand")
        if part is not None and any(t.lower_ in ("more", "other", "additional", "further", "also", "separately") and not (
                t.lower_ == "more" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "than") for t in part):
            besides.add(part.root.sent.start)
    for f in killed[1:]:
        if f.start < span.root.sent.end_char:
            continue  # the lead's own sentence: its parts are read there
        part = doc.char_span(f.start, f.end, alignment_mode="expand")
        if part is None or part.root.sent.start in besides:
            continue
        if f.value is None or total + f.value > toll.value:
            break
        parts.append(f)
        total += f.value
        if total == toll.value:
            break
    if len(parts) >= 2 and (total == toll.value or wide):
        return [f for f in figures if f not in parts]
    return figures


#: What befalls people counted beside the dead, never among them.
_NOT_DEATHS = frozenset({"arrest", "detain", "capture", "rescue", "free", "release", "escape", "injure", "wound", "hurt"})


def _figure_noun(doc: Doc, figure: Figure) -> Token | None:
    """The noun a figure counts, as a token (None for a bare number)."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None:
        return None
    nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nummod" for c in t.children)]
    # "One of the attackers was killed": whom the number is of
    nouns += [o for t in span if t.like_num for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
              for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    return nouns[0] if nouns else None


#: Whom a force says it killed when it tells its side of a strike.
_TARGETS = _ENEMY | frozenset({"operative", "commander", "leader", "official"})


def _strikers_account(doc: Doc, figures: list[Figure], incidents: IncidentStarts) -> list[Figure]:
    """'An Israeli drone struck a motorcycle …, killing one person, Lebanon's health ministry said. The Israeli
    military said it had killed a Hezbollah operative'; '… killed 45 people, Gaza's Health Ministry said … The military
    said it had … killed two senior militants': the force that struck tells whom it meant to kill, some of the dead
    another source has counted (no more of them than that toll, nothing saying they come on top)."""
    killed = [f for f in figures if f.type == "killed"]
    dropped: list[Figure] = []
    for g in killed:
        span = doc.char_span(g.start, g.end, alignment_mode="expand")
        if span is None or g.value is None or _noun_of(doc, g) not in _TARGETS:
            continue
        sent = span.root.sent
        if any(t.lower_ in _MORE or t.lower_ in _BESIDE_THE_TOLL for t in sent if t.lower_ != "more" or (
                t.i + 1 < len(doc) and doc[t.i + 1].lower_ != "than")):
            continue
        tellers = [c for t in sent if t.lemma_.lower() in REPORT_VERBS and t.pos_ == "VERB"
                   for c in t.children if c.dep_ == "nsubj"]
        forces = [c for c in tellers if c.lemma_.lower() in _STATE_FORCES or c.lower_ in ("idf", "forces")]
        # what the force says it did itself ("it had killed", "its troops killed"), not "the two attackers were shot
        # dead by soldiers, police said"
        verb = span.root if span.root.pos_ == "VERB" else span.root.head
        while verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children):
            verb = verb.head
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if not forces or not doers or not all(d.pos_ == "PRON" or d.lemma_.lower() in _STATE_FORCES | {"troop", "soldier"}
                                              for d in doers):
            continue
        if any(f is not g and f not in dropped and f.end <= sent.start_char and incidents.of(f.start) == incidents.of(g.start)
               and f.value is not None and f.value >= g.value and f.by is not None and _noun_of(doc, f) in ("people", "person")
               and f.reported_by != g.reported_by for f in killed):
            dropped.append(g)
    return [f for f in figures if f not in dropped]


def _bodies_that_make_the_toll(doc: Doc, figures: list[Figure], incidents: IncidentStarts) -> list[Figure]:
    """'Thirty-eight Maoists were killed …, after seven more bodies were recovered. Thirty-one bodies had been recovered
    on Friday and Saturday': the bodies recovered, told after a toll, that add up to it exactly are how it was
    reached."""
    killed = [f for f in figures if f.type == "killed"]
    dropped: list[Figure] = []
    for toll in killed:
        if toll.value is None or toll.value < 2 or _noun_of(doc, toll) in BODIES:
            continue
        bodies = [f for f in killed if f.start > toll.start and f.value is not None and _noun_of(doc, f) in BODIES
                  and incidents.of(f.start) == incidents.of(toll.start)]
        if len(bodies) >= 2 and sum(f.value for f in bodies) == toll.value:  # type: ignore[misc]
            dropped.extend(bodies)
    return [f for f in figures if f not in dropped]


def _nearly_then_exactly(doc: Doc, figures: list[Figure], incidents: IncidentStarts) -> list[Figure]:
    """'… said it had lost nearly 20 servicemen … On 20 October, it published the names of 18 servicemen killed': an
    exact count of the same people, told after an approximate one and close below it, is that count made precise."""
    killed = [f for f in figures if f.type == "killed" and f.value is not None]
    dropped: list[Figure] = []
    for rough in killed:
        if rough.qualifier != "about":
            continue
        span = doc.char_span(rough.start, rough.end, alignment_mode="expand")
        for exact in killed:
            later = doc.char_span(exact.start, exact.end, alignment_mode="expand")
            if exact.qualifier == "exact" and span is not None and later is not None \
                    and later.root.sent.start > span.root.sent.start and incidents.of(exact.start) == incidents.of(rough.start) \
                    and _noun_of(doc, exact) == _noun_of(doc, rough) and 0.75 * rough.value <= exact.value <= rough.value \
                    and not any(t.lower_ in _MORE for t in later.root.sent):  # type: ignore[operator]
                dropped.append(rough)
                break
    return [f for f in figures if f not in dropped]


_DASH = re.compile(r"\s[-–—]\s")


def _parts_after_a_dash(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """'17 people had been killed in addition to the gunman - 11 children and six adults, two of them security guards
    …': counts set off by a dash after a toll, which add up to it, are the toll told again by kind."""
    text = text_of(doc)
    killed = [f for f in figures if f.type == "killed" and f.value is not None]
    for toll in killed:
        span = doc.char_span(toll.start, toll.end, alignment_mode="expand")
        if span is None or toll.value < 2:  # type: ignore[operator]
            continue
        end = span.root.sent.end_char
        dash = _DASH.search(text, toll.end, end)
        if dash is None:
            continue
        stop = _DASH.search(text, dash.end(), end)
        parts = [f for f in killed if dash.end() <= f.start < (stop.start() if stop else end)]
        if len(parts) >= 2 and sum(f.value for f in parts) == toll.value:  # type: ignore[misc]
            return [f for f in figures if f not in parts]
    return figures


def _toll_with_the_attacker(doc: Doc, figures: list[Figure], incidents: IncidentStarts) -> list[Figure]:
    """'A gunman … opened fire …, killing 49 people …, before dying in a gunbattle' and then '50 people were dead,
    including the gunman': the toll that says it includes the attacker is the whole count; the victims and the
    attacker told before it are in it when together they come to no more than it."""
    killed = [f for f in figures if f.type == "killed"]
    for toll in killed:
        span = doc.char_span(toll.start, toll.end, alignment_mode="expand")
        if toll.value is None or span is None or not any(
                t.dep_ == "pobj" and t.head.lower_ == "including" and t.lemma_.lower() in _ATTACKER_NOUNS
                and t.tag_ == "NN" and not (t.head.i > 0 and doc[t.head.i - 1].lower_ == "not")
                for t in span.root.sent):
            continue
        before = [f for f in killed if f is not toll and f.start < span.root.sent.start_char
                  and incidents.of(f.start) == incidents.of(toll.start) and f.value is not None]
        # "killing 50 people, including the gunman … The gunman … was killed by SWAT officers": he is in it
        after = [f for f in killed if f.start >= span.root.sent.end_char and f.value == 1
                 and incidents.of(f.start) == incidents.of(toll.start) and _noun_of(doc, f) in _ATTACKER_NOUNS]
        if before and sum(f.value for f in before) > toll.value:  # type: ignore[misc]
            before = []
        if before or after:
            return [f for f in figures if f not in before and f not in after]
    return figures


def _toll_broken_down_next(doc: Doc, figures: list[Figure], incidents: IncidentStarts) -> list[Figure]:
    """'… killed 33 people overnight. Rescuers recovered the bodies of 20 members of the Hassan family from one house and
    13 from a neighboring building'; 'left 31 inmates dead. Four prisoners were killed …, and the bodies of 27 more …
    were found': the sentence right after a toll tells its parts, the numbers of people in it coming to the toll
    exactly (those it tells as killed are some of them, whatever the others are said to have suffered)."""
    killed = [f for f in figures if f.type == "killed"]
    persons = person_nouns()
    dropped: list[Figure] = []
    for toll in killed:
        if toll.value is None or toll.value < 2 or toll in dropped:
            continue
        span = doc.char_span(toll.start, toll.end, alignment_mode="expand")
        if span is None or span.root.sent.end >= len(doc):
            continue
        nxt = doc[span.root.sent.end].sent
        inside = [f for f in killed if f is not toll and nxt.start_char <= f.start < nxt.end_char
                  and incidents.of(f.start) == incidents.of(toll.start)]
        if not inside and not any(t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in nxt) and nxt.end < len(doc):
            # "… killed at least 11 people … According to residents, the attackers arrived at around 11pm [a time] …
            # Nine civilians were beheaded and two members of the local militia were shot": one sentence between
            nxt = doc[nxt.end].sent
            inside = [f for f in killed if f is not toll and nxt.start_char <= f.start < nxt.end_char
                      and incidents.of(f.start) == incidents.of(toll.start)]
        if not inside or any(t.lower_ in _BESIDE_THE_TOLL or t.lower_ == "another" for t in nxt):
            continue
        counts = []
        for tok in nxt:
            if not tok.like_num or tok.ent_type_ in ("DATE", "TIME", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"):
                continue
            if not counts and any(t.lower_ in ("more", "other", "additional", "further") and not (
                    t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "than") for t in doc[tok.i:tok.i + 3]):
                break  # "Twelve more died in a second village": more than the toll, not its parts
            value = parse_number(tok.text)
            noun = tok.head if tok.dep_ == "nummod" else None
            if value is None or (noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() not in persons
                                 and noun.lemma_.lower() not in BODIES and harm_of(noun) is None):
                continue  # "from one house", "two families"
            verbs = {governing_verb(tok), tok.head, (tok.head if tok.dep_ == "nummod" else tok).head}
            if any(harm_of(v) in ("hostages", "displaced", "missing") or v.lemma_.lower() in _NOT_DEATHS for v in verbs):
                counts = []  # "One of the attackers was killed … and two were arrested": no parts of a toll
                break
            counts.append(value)
        if len(counts) >= 2 and sum(counts) == toll.value and all(
                f.value is not None and f.value in counts and (
                    (noun := _figure_noun(doc, f)) is None or _noun_of(doc, toll) in _GENERIC_VICTIMS
                    or _same_people(doc, toll, noun)) for f in inside):
            dropped.extend(inside)
    return [f for f in figures if f not in dropped]


_ROUND_UP = re.compile(
    r"\b(?:separate (?:incidents|attacks)|across (?:the )?\w+|(?:in|across) (?:two|three|four|five|six|seven|eight|nine|ten|"
    r"several|\d+)(?: \w+)? (?:provinces|states|districts|regions|cities|towns|oblasts|counties|governorates)|as follows|"
    r"(?:over|in|during) the (?:past|last|previous) (?:24|48|twenty-four) hours|nationwide)\b", re.I)


def _claims_beside_the_toll(doc: Doc, figures: list[Figure], incidents: IncidentStarts) -> list[Figure]:
    """'… killing five people in addition to the bomber, police said. … Al Shabaab claimed responsibility …, saying the
    attack had … killed more than 20 soldiers': the group that claims the attack counts its dead its own way; one
    toll, two reports, and the lower stands (ACLED's rule). Only a claim of responsibility for the incident, told in a
    sentence after a toll of it."""
    killed = [f for f in figures if f.type == "killed" and (f.value is not None or f.low is not None)]
    dropped: list[Figure] = []
    for f in killed:
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.root.sent
        # the claim's words may stand a sentence back when quotes cut the sentence ('… saying the attack had targeted
        # "apostate forces" and killed more than 20 soldiers')
        window = doc[max(0, span.start - 40):span.start]
        breaks = [t.i for t in window if "\n" in t.text]
        window = doc[breaks[-1] + 1:span.start] if breaks else window
        if not any(t.text in _QUOTES for t in window):
            # without quotes the claim is in the count's own sentence ("IS claimed responsibility for the attack.
            # Earlier on Friday, four people were killed in a bomb attack in Bannu": another incident's dead)
            window = doc[max(sent.start, window.start):span.start]
        if not any(t.lemma_.lower() == "claim" for t in window) or not any(t.lower_ == "responsibility" for t in window) \
                or any(t.lower_ in _MORE and not (t.lower_ == "more" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "than")
                       for t in doc[max(sent.start, span.start - 3):span.end + 1]):
            continue
        told = [e for e in killed if e.end <= sent.start_char and e not in dropped
                and incidents.of(e.start) == incidents.of(f.start)]
        if not told:
            continue
        first = told[0]
        amount = lambda x: x.value if x.value is not None else x.low or 0  # noqa: E731
        dropped.append(f if amount(f) >= amount(first) else first)
    return [f for f in figures if f not in dropped]


def _of_other_harm(tok: Token) -> bool:
    """'13 other people were wounded': a word of "more" whose noun is the subject or object of a harm other than
    killing."""
    noun = tok.head
    verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    return verb is not None and harm_of(verb) not in (None, "killed")


def _without_parts_told_again(doc: Doc, figures: list[Figure], incidents: IncidentStarts) -> list[Figure]:
    """'…, killing 15 worshippers. Twelve died on the spot and three others later died of their wounds': counts in
    one sentence that add up to a killed figure told before them break it down; they add nobody."""
    killed = [f for f in figures if f.type == "killed" and f.value is not None]
    by_sentence: dict[int, list[Figure]] = {}
    for f in killed:
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is not None:
            by_sentence.setdefault(span.root.sent.start, []).append(f)
    dropped: list[Figure] = []
    for start, group in by_sentence.items():
        sent = doc[start].sent
        # "also" of other harm does not count: "three soldiers and two civilians died in the blast, which also wounded 11"
        if len(group) < 2:
            continue
        # "Four people died at the scene and two more in hospital": "more" of the toll's own parts when they add up to
        # it exactly; "13 other people were wounded": "other" of other harm
        exact_parts = any(e.value == sum(f.value for f in group) and e.end <= sent.start_char  # type: ignore[misc]
                          for e in killed)
        if any(t.lower_ in _MORE and harm_of(t.head) in (None, "killed") and not _of_other_harm(t) and not (
                exact_parts and t.lower_ == "more" and t.i > 0 and doc[t.i - 1].like_num  # "…, and two more"
                and any(f.start < doc[t.i - 1].idx for f in group)) for t in sent):  # not "Twelve more died in …"
            continue
        colon = next((t.idx for t in sent if t.text == ":"), None)
        if colon is not None:
            # "Four people were killed: a 62-year-old man, a 48-year-old woman and two men": the toll, then its parts
            heads = [f for f in group if f.end <= colon and any(  # a count, not a speaker ("Governor X: a man …")
                t.like_num for t in doc.char_span(f.start, f.end, alignment_mode="expand") or ())]
            parts = [f for f in group if f.end > colon]
            neutralised = [h for h in heads if re.search(r"\bneutrali[sz]", h.text, re.I)]
            if parts and neutralised and any(f.type == "arrested" and f.start > colon and f.end <= sent.end_char
                                             for f in figures):
                # "twelve suspects were neutralised …: four were killed …, while eight others were arrested": the
                # word covers the captured too; the dead are the part told as killed
                dropped.extend(neutralised)
                continue
            # (a part the reader left out leaves the sum short: "three people dead: two soldiers and a civilian")
            if parts and any(h.value >= sum(f.value for f in parts) for h in heads):  # type: ignore[misc]
                dropped.extend(parts)
                continue
        total = sum(f.value for f in group)  # type: ignore[misc]
        # "Three people were killed in Chattogram, two in Dhaka and one in Rangpur, where a student … was shot dead":
        # the parts with a number are the toll's, the student one of them; told place by place, the parts may
        # leave one out ("one in the northern district of Rangpur" unread)
        numbered = sum(f.value for f in group if any(  # type: ignore[misc]
            t.like_num for t in doc.char_span(f.start, f.end, alignment_mode="expand") or ()))
        by_place = _toll_by_place(sent)
        if any((e.value in (total, numbered) or (by_place and total <= e.value)) and e.end <= sent.start_char  # type: ignore[operator]
               and incidents.of(e.start) == incidents.of(group[0].start) for e in killed if e not in dropped):
            dropped.extend(group)
    return [f for f in figures if f not in dropped]


#: A live page's update, opened by its time: "12:40 GMT - Toll rises to 19", "14:35 - Toll rises".
_LIVE_UPDATE = re.compile(r"(?m)^[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:GMT|BST|UTC|CET|CEST|EET|EEST|ET|EST|EDT|"
                          r"local(?: time)?|[AP]M))?\s*[-–—:|]\s*\S")


def _live_updates(doc: Doc) -> list[int]:
    """Where each of a live page's timed updates starts (none unless the text has two or more)."""
    starts = [m.start() for m in _LIVE_UPDATE.finditer(text_of(doc))]
    return starts if len(starts) >= 2 else []


def _in_the_latest_update(doc: Doc, group: list[Figure]) -> list[Figure]:
    """Of counts of one toll, those of the latest timed update they are told in (all of them on any other page)."""
    starts = _live_updates(doc)
    if not starts:
        return group
    latest = max(bisect.bisect_right(starts, f.start) for f in group)
    return [f for f in group if bisect.bisect_right(starts, f.start) == latest] if latest > 0 else group


def _latest_live_update(doc: Doc, figures: list[Figure], incidents: IncidentStarts) -> list[Figure]:
    """A live page's timed updates of one incident: '10:15 GMT - At least 12 people have been killed … 12:40 GMT - Toll
    rises to 19 … 14:05 GMT - Civil defence: 22 dead'. Each update's toll is the toll as it then stood, so the last
    update that gives one supersedes the earlier ones, when it is not lower (a lower count of a later update may be
    the dead of one more place, or one more victim)."""
    starts = _live_updates(doc)
    if not starts:
        return figures

    def update_of(f: Figure) -> int:
        return bisect.bisect_right(starts, f.start)
    killed = [f for f in figures if f.type == "killed" and f.value is not None and incidents.of(f.start) == 0
              and update_of(f) > 0]
    by_update: dict[int, list[Figure]] = {}
    for f in killed:
        by_update.setdefault(update_of(f), []).append(f)
    if len(by_update) < 2:
        return figures
    last = max(by_update)
    toll = max(f.value for f in by_update[last])  # type: ignore[type-var]
    if any(t.lower_ in _MORE and not (t.lower_ == "more" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "than")
           for f in by_update[last] for t in doc.char_span(f.start, f.end, alignment_mode="expand") or ()) \
            or any(f.value > toll for u, group in by_update.items() if u != last for f in group):  # type: ignore[operator]
        return figures
    # the same dead: counted as "people" or "dead", or by the noun or victims of the last update's count (not "13 US
    # service members killed" before "… at least 170 Afghans were killed", another update's other dead)
    def noun_of(f: Figure) -> str:  # on its own line: none in "rises to 19" of "Toll rises to 19\n\nMedics say …"
        span = doc.char_span(f.start, f.start + len(f.text.split("\n", 1)[0]), alignment_mode="expand")
        return next((t.lemma_.lower() for t in reversed(span or ()) if t.pos_ in ("NOUN", "PROPN")), "dead")

    nouns = {noun_of(f) for f in by_update[last]}
    victims = {f.victims for f in by_update[last] if f.victims}
    earlier = [f for u, group in by_update.items() if u != last for f in group
               if (noun := noun_of(f)) in _GENERIC_VICTIMS or not noun.isalpha() or noun in nouns
               or (f.victims is not None and f.victims in victims)]
    return [f for f in figures if f not in earlier]


def extract_figures(doc: Doc, layout: Layout, index: MentionIndex, article_id: str, *,
                    incidents: IncidentStarts = IncidentStarts()) -> list[Figure]:
    """Every figure once: a number stated again further down (same type, value, qualifier and noun, of the same
    incident) is not a second figure; another source's count, an update or a total is read against the figures of
    its own incident only."""
    lex = figure_lexicon()
    persons = set(lex["person_nouns"])
    figures: list[Figure] = []
    seen: dict[tuple, set[str | None]] = {}  # figure key → the places it was stated for
    stated: dict[tuple, list[Figure]] = {}  # figure key → the figures kept for it
    generic_in_headline: list[Figure] = []  # "KILL TWO" in a headline line: told again, with its noun, in the lead
    other_counts: dict[str, list[Figure]] = {}  # a killed figure's id → it and the counts other sources give for it
    alternatives: dict[int, list[Figure]] = {}  # "either 6 soldiers or a single major": one of them was killed
    parts: list[Figure] = []  # "Three aid workers were among those killed"
    covered: set[tuple[int, str]] = set()
    inside_toll: list[tuple[int, int]] = []  # where the rest of a toll's sentence tells deaths already in it
    tolls_at: list[tuple[int, int]] = []  # (incident, where) of each toll that takes in the deaths told before it
    lead_end = _lead_end(doc, layout)
    # the day the report's first sentence tells, if it names one (the first of "8 to 10 July")
    lead_text = text_of(doc)[:lead_end]
    if lead_text.rstrip().endswith(":"):  # "Flash Report, 12 February 2024:": a header, then the lead that follows it
        following = next((sent for sent in doc.sents if sent.start_char >= lead_end and sent.text.strip()), None)
        lead_text += " " + (following.text if following is not None else "")
    lead_day = min((d for m in _DAY_MONTH_RE.finditer(lead_text) if (d := _day_of(m.group(0)))), default=None)
    lead_year = _year_of(lead_text)
    for q in _quantities(doc, layout):
        harm = _harm_word(doc, q)
        if harm is not None and harm[0] in ("killed", "injured") and _hypothetical(harm[1]):
            harm = None
        covered.update((i, kind) for i in (q.anchor.i, q.noun.i) for kind in ("killed", "hostages"))
        if harm is not None and q.end <= harm[1].i <= q.end + 4:  # "10 IS militants were killed": the words walked over
            covered.update((i, kind) for i in range(q.end, harm[1].i) for kind in ("killed", "hostages"))
        if harm is not None and background(harm[1]):
            continue  # the deaths a protest is about, or an earlier incident's: not a figure of this report
        if _age_after_a_name(doc, q):
            continue  # "Alice da Silva Aguiar, nine, died in hospital": her age, not a count
        if harm is not None and harm[0] == "killed" and any(
                c.dep_ == "acl" and harm_of(c) == "killed" and any(a.lower_ in ("earlier", "previously") for a in c.children)
                for c in [*q.noun.children, *(q.noun.head.head.children if q.noun.dep_ == "pobj"
                                              and q.noun.head.head.lemma_.lower() in BODIES else ())]):
            continue  # "the bodies of 13 others, killed earlier, had been recovered from the rubble"
        if harm is not None and harm[0] == "killed" and harm[1].lemma_.lower() == "include" and any(
                c.dep_ == "nsubj" and (_is_toll_word(c) or c.lemma_.lower() in ("dead", "victim", "death"))
                for c in harm[1].children) and any(f.type == "killed" and f.end <= q.anchor.idx for f in figures):
            continue  # "160 people had been killed … The toll includes about 20 children": some of the 160
        if harm is not None and harm[0] == "killed" and _own_relatives_lost(q, harm[1]) and any(
                f.type == "killed" and f.end <= q.anchor.idx for f in figures):
            continue  # "… lost their life, declared a resident, who says having lost three members of his family": his
            # own among the dead told
        if harm is not None and _statistic(doc, q):
            continue  # "a daily average of 64.9 murders": a rate, no count of people
        if _superseded(q.anchor):
            continue  # "raising an earlier toll of 58", "down from 101": a count the report replaces
        if harm is not None and _disputed(harm[1]):
            continue  # "claiming to have killed 'up to 40' servicemen. Ukraine's General Staff denied the claim"
        if harm is not None and harm[0] == "killed" and _unverified_claim(harm[1]) and any(
                f.type == "killed" and f.end <= q.anchor.idx for f in figures):
            continue  # "Local sources reported at least 40 killed. Al Shabaab claimed it killed 43, which could not be verified"
        if (harm is None or harm[0] == "killed") and (among := _among_the_dead(q.anchor)) is not None:
            # (also "Among the dead was a 72-year-old man killed in his yard": one of them, whatever befell him)
            # "Three aid workers were among those killed": part of a toll not given; counted only where no other
            # killed figure is ("Among the five dead were two children" names part of the five).
            parts.append(_harm_figure(doc, q, "killed", among, index, article_id))
            continue
        if harm is None and (updated := _updated_toll(q)) is not None:
            harm = ("killed", updated)  # "Officials later put the toll at 11": the toll so far, as "rose to 11"
        if harm is None and q.noun.i == q.anchor.i and (toll := _toll_of(q.anchor)) is not None and not background(toll):
            harm = ("killed", toll)  # "gave an updated toll of 102"
        if harm is None and q.noun.i == q.anchor.i and (raised := _gapped_raise(q.anchor)) is not None:
            harm = ("killed", raised.head.head)  # "raised the toll to 25, and on 22 January to 27"
        if harm is None and (q.noun is q.anchor or q.noun.lemma_.lower() in _GENERIC_VICTIMS) \
                and (standing := _toll_standing_at(q.anchor)) is not None and not background(standing):
            harm = ("killed", standing)  # "…, with the confirmed death toll at 46"
        incident = incidents.of(q.anchor.idx)
        this_incident = [f for f in figures if incidents.of(f.start) == incident] if incidents.starts else figures
        if harm is None and (told := _another_count(doc, q, this_incident)) is not None:
            # "killed 11 persons …, locals said; the police confirmed 8": the same toll as another source gives it.
            first, source = told
            if _older(source.head):
                continue  # "The governor had earlier put the toll at 12": superseded by the count told before
            lo, hi = min(source.left_edge.i, q.start), q.end - 1  # "the police confirmed 8"
            start, end = _span(doc, lo, hi)
            other = first.model_copy(update={
                "id": _figure_id(article_id, start, end), "value": q.value, "low": q.low, "high": q.high,
                "qualifier": q.qualifier, "text": doc[lo : hi + 1].text, "start": start, "end": end,
                "reported_by": actor_of(source, index, deep=False)})
            figures.append(other)
            _join(other_counts, first, other)
            if (headline := _headline_figure(figures, generic_in_headline, other)) is not None:
                figures = [f for f in figures if f is not headline]  # "MOSQUE BLAST KILLS 33" is this source's count
            continue
        put_at, set_at = False, None  # a bare "put the toll at 18"
        if harm is None:
            noun = q.noun
            countable = noun is not q.anchor or noun.pos_ == "NOUN"
            if not (countable and noun.pos_ == "NOUN" and q.value is not None and q.value >= 2
                    and (noun.tag_ == "NNS" or noun.lemma_.lower() in persons)):
                continue
            kind, figure = "count", None
            start, end = _span(doc, q.start, max(q.end - 1, noun.i))
            figure = Figure(id=_figure_id(article_id, start, end), type="count", value=q.value, low=q.low, high=q.high,
                            qualifier=q.qualifier, text=doc[q.start:max(q.end - 1, noun.i) + 1].text, start=start, end=end,  # type: ignore[arg-type]
                            victims=actor_of(noun, index, deep=False))
        else:
            kind, pred = harm
            if kind == "killed" and pred.idx >= lead_end and (dated_last_week(pred) or tally_since(pred)):
                # a story of Monday's arson, then "Gangs killed 11 people in the same area last week"; "… with seven
                # civilians killed by war remnants since 1 March"
                continue
            if kind == "killed" and q.value is not None and q.anchor.dep_ in ("nsubj", "nsubjpass") and any(
                    c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ in ("them", "those") for o in c.children)
                    for c in q.anchor.children) and (before := [
                        f for f in figures if f.type in ("killed", "injured") and f.end <= doc[q.start].idx]) \
                    and before[-1].type == "killed" and (before[-1].value or 0) >= q.value \
                    and incidents.of(before[-1].start) == incident:
                continue  # "Four insurgents were killed … Three of them died at the scene": some of the four
            listed_in = q.noun
            while listed_in.dep_ in ("conj", "appos") and listed_in.head.i != listed_in.i:
                listed_in = listed_in.head
            if kind == "killed" and listed_in.i < q.start and any(
                    c.dep_ in ("det", "predet") and c.lower_ == "both" for c in listed_in.children):
                continue  # "Both terrorists, one woman and one man, were killed": who the two were
            part_of = q.anchor
            while part_of.dep_ == "conj" and part_of.head.i != part_of.i:
                part_of = part_of.head
            numbers = [t for t in (part_of, *part_of.conjuncts) if t.like_num]
            after = part_of.right_edge.i if part_of.right_edge.lower_ == "and" else part_of.right_edge.i + 1
            if len(numbers) == 1 and after + 1 < len(doc) and doc[after].lower_ == "and" and doc[after + 1].like_num:
                numbers.append(doc[after + 1])  # "six at the scene and four more while …", "four" hung elsewhere
            parts_sum = sum(parse_number(t.text) or 0 for t in numbers)
            if kind == "killed" and q.noun is q.anchor and part_of.dep_ == "npadvmod" and q.value is not None and any(
                    c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
                        n.dep_ == "nummod" and (parse_number(n.text) or 0) == parts_sum for n in c.children)
                    for c in part_of.head.children):
                # "10 people lost their lives, six at the scene and four more …": where the ten died, the parts adding
                # up to them (not "4 people were killed on 8 July, 2 on 9 July and 3 on 10 July": more days' dead)
                continue
            if kind == "killed" and wider_scope(pred) and any(
                    harm_of(t) == "killed" and t.i != pred.i and incidents.of(t.idx) == incident
                    for t in doc[:min(q.start, pred.i)]):
                # "killing eight people in the capital. Across the country, the strikes killed 19 people": the
                # country's toll of the day, beyond the incident the report tells
                continue
            more = any(t.lower_ == "more" for t in doc[max(q.start - 2, 0):min(q.end + 1, len(doc))]) or any(
                c.lower_ == "more" for c in q.noun.children)
            if kind == "killed" and more and any(k == incident and pred.sent.start_char <= at < doc[q.start].idx
                                                 for k, at in tolls_at):
                continue  # "the death toll had risen to five, …, after rescuers recovered two more bodies": inside it
            if kind == "killed" and more and q.value is not None and not any(
                    t.lower_ in ("later", "since", "subsequently") for t in pred.sent) and any(
                    f.type == "killed" and f.value is not None and f.value > q.value and (
                        span := doc.char_span(f.start, f.end, alignment_mode="expand")) is not None
                    and any(t.lemma_.lower() == "toll" for t in span.sent) for f in this_incident):
                continue  # "The death toll … has risen to 27. … nine more bodies were recovered": how it rose
            teller = next((actor_of(c, index) for c in pred.head.children if c.dep_ == "nsubj"), None)
            if kind == "killed" and pred.lemma_.lower() == "death" and pred.dep_ == "dobj" \
                    and pred.head.lemma_.lower() in REPORT_VERBS | {"mourn"} and any(
                    f.type == "killed" and f.value is not None and q.value is not None and (
                        f.value == q.value or (f.value > q.value and any(c.lower_ == "of" for c in q.anchor.children)))
                    # not "20 Indian soldiers were killed; China later acknowledged the deaths of 4 of its soldiers"
                    and not (teller is not None and f.victims is not None and f.victims != teller
                             and teller.startswith("country:") and f.victims.startswith("country:"))
                    for f in this_incident):  # "… confirmed the deaths of two of their members": among the seven
                continue  # "… killed two Hezbollah fighters. Hezbollah announced the deaths of two of its members"
            if kind == "killed" and q.value == 1 and q.noun is q.anchor and q.anchor.lower_ == "one" \
                    and not any(c.lower_ == "of" for c in q.anchor.children) \
                    and sum(1 for t in pred.sent if t.like_num) == 1 \
                    and not any(t.lemma_.lower() == "toll" for t in pred.sent) \
                    and pred.idx >= lead_end and not any(t.lower_ in _BESIDES or t.lower_ == "more" for t in pred.sent) \
                    and any(f.type == "killed" and f.value is not None and f.value > q.value
                            and f.end <= pred.sent.start_char for f in this_incident):
                continue  # "Three people were killed … at least one was killed by a resident defending his property"
            if kind == "killed" and q.value is None and (q.low or 0) >= 1000 and pred.idx >= lead_end and any(
                    c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" and c.tag_ in ("VBP", "VBZ")
                    for c in governing_verb(pred).children):
                continue  # "Bandits have killed thousands of people and kidnapped hundreds": their history
            if kind == "killed" and q.value is not None and pred.idx >= lead_end and _part_told_again(doc, q) and any(
                    f.type == "killed" and f.value is not None and f.value >= q.value and f.end <= doc[q.start].idx
                    for f in this_incident):
                continue  # "One of the victims, a 27-year-old …", "while the other three were killed in …": of those told
            if kind == "killed" and q.value is not None and any(
                    c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ == "them" for o in c.children)
                    for c in q.anchor.children) and any(
                    f.type == "killed" and f.value is not None and f.value >= q.value
                    and pred.sent.start_char <= f.start and f.end <= doc[q.start].idx
                    # "them" the dead of that count, not others ("2 herders were killed, and reservists who pursued
                    # the raiders shot 1 of them dead")
                    and (them := next((t for t in reversed(doc[pred.sent.start:q.start]) if t.tag_ in ("NNS", "NNPS")),
                                      None)) is not None and f.start <= them.idx < f.end for f in this_incident):
                continue  # "killed five civilians, beheading at least two of them": two of the five
            if kind == "killed" and q.value is not None and pred.idx >= lead_end and _told_by_a_source_again(
                    doc, q, this_incident):
                continue  # "…have killed five separatist fighters … The army said five 'terrorists' were 'neutralised'"
            if kind == "killed" and pred.idx >= lead_end and _worst_of_them(pred) and any(
                    f.type == "killed" and f.value is not None and q.value is not None and f.value > q.value
                    for f in this_incident):
                continue  # "…, killing at least 38 civilians. In the deadliest single attack, gunmen … shot dead 23"
            if kind == "killed" and pred.idx >= lead_end and q.value is None and q.low is not None \
                    and _in_quotes(doc, q.start) and any(
                        f.type == "killed" and f.low is not None and f.low >= q.low
                        and _same_side(_noun_of(doc, f), q.noun.lemma_.lower()) for f in this_incident):
                continue  # "killed dozens of civilians … 'They killed dozens of people,' a resident said"
            if kind == "killed" and pred.idx >= lead_end and _in_quotes(doc, q.start) and q.value is not None and not any(
                    c.lower_ in _MORE for c in pred.children) and (  # not '"Three of the attackers were also killed"' 
                    told_sides := [f for f in this_incident if f.type == "killed" and f.low is not None
                                   and _same_side(_noun_of(doc, f), q.noun.lemma_.lower())]) and (
                    max(f.low for f in told_sides) >= q.value  # type: ignore[type-var]
                    or sum(f.low for f in told_sides) == q.value):  # type: ignore[misc]
                # not beside "as many as 100": "at least 50 bodies" is the count; "killing four people and themselves
                # … 'We recovered six bodies'"; not "20 terrorists were neutralised … 'we lost two of our soldiers'"
                continue  # "…, killing at least 14 people … 'We pulled out the bodies of two brothers,' said a neighbour"
            figure = _harm_figure(doc, q, kind, pred, index, article_id)
            if kind == "killed" and q.anchor.dep_ == "pobj" and (q.anchor.head.lower_ == "excluding" or (
                    q.anchor.head.lower_ == "including" and q.anchor.head.i > 0
                    and doc[q.anchor.head.i - 1].lower_ == "not")):
                figures.append(figure)  # "the toll to 32, not including the three bombers": dead besides the toll,
                continue  # no other count of it
            if kind == "killed" and q.value is not None and pred.idx >= lead_end and _toll(pred) is None \
                    and _toll_set_at(q.anchor) is None and _same_count_again(
                    doc, q, pred, [f for f in this_incident if layout.headline_end is None or f.start >= layout.headline_end],
                    figure.where):
                continue  # "At least 11 people were killed … Soldiers found the bodies of 11 men": the toll told again
            if kind == "killed" and (initial := _initial_count_before(doc, pred, this_incident)) is not None:
                figures = [f for f in figures if f is not initial]  # "Initial reports indicated that at least 12
                # people were killed. According to updated figures …, 35 people were killed": the update stands
            if kind == "killed" and lead_day is not None and figure.start >= lead_end and (day := _day_of(
                    figure.when) or _day_of(doc[pred.sent.start:min(q.start, pred.i)].text)) is not None \
                    and _before_the_lead(day, lead_day):  # the harm's own date, or the one its sentence opens with ("Earlier on 7 Jul, …")
                continue  # "On 14 June 2016, a convoy struck an IED … The same road saw 5 peacekeepers killed … on 29 May"
            if kind == "killed" and lead_year is not None and figure.start >= lead_end and (
                    year := _year_of(figure.when, dated=True)) is not None and year < lead_year:
                continue  # "On 12 June 2023, … The site is close to the camp where CODECO killed 60 in February 2022"
            if kind == "killed" and any(a <= figure.start < b for a, b in inside_toll):
                continue
            if kind == "killed" and q.value is None and _restated(doc, q, figures):
                continue
            if kind == "killed" and q.value is not None and _toll(pred) is not None and pred.lemma_.lower() in (
                    "stand", "be") and any(c.dep_ == "aux" and c.lower_ == "had" for c in pred.children) and any(
                    f.type == "killed" and f.value is not None and f.value != q.value and f.end <= q.anchor.idx
                    for f in this_incident):
                continue  # "… killed at least 26 people … The toll had stood at 24 on Saturday": the count before
            if kind == "killed" and _dying_wounded(q, pred) and any(
                    f.type == "killed" and f.value is not None and pred.sent.start_char <= f.start < q.anchor.idx
                    for f in this_incident):
                continue  # "killed at least 26 people …, after two of the wounded died": inside the 26
            if kind == "killed" and q.value is not None and (first := _confirmed_beside(doc, pred, q, this_incident)):
                figures.append(figure)  # "Nearly 30 people were killed, and the county commissioner confirmed 27
                _join(other_counts, first, figure)  # dead": another teller's count of the same dead
                continue
            if kind == "killed" and q.value is not None and (first := _toll_told_otherwise(doc, pred, q, this_incident)):
                # "…, killing 85 civilians, the agency said. Local residents said the toll was at least 120."
                figures.append(figure)
                _join(other_counts, first, figure)
                continue
            set_at = _toll_set_at(q.anchor) if kind == "killed" else None
            # a bare "put the toll at 18"; "later revised the toll to 115 soldiers killed"
            put_at = set_at is not None and (q.noun is q.anchor and pred.lemma_.lower() in _TOLL_VERBS or (
                q.noun is not q.anchor and set_at.lemma_.lower() in _TOLL_CHANGING) or (
                # "later updated the toll to 121 dead": the harm word after the number, the toll changed
                pred.i != set_at.i and set_at.lemma_.lower() in _TOLL_CHANGING))
            if kind == "killed" and q.value is not None and (
                    _stated_total(doc, q) or _toll(pred) or _toll_of(q.anchor)) and not put_at:
                # "Fourteen were killed near X. A total of eighteen were killed in the two operations", "killing 27
                # … The death toll later rose to 34": the deaths counted before are inside the total.
                # A toll in the same sentence includes what was told before the word "toll" ("5 civilians were
                # initially reported killed; the toll later rose to 7"); a total, what the sentences before told.
                told_before = q.anchor.sent.start_char if not _bracketed_total(doc, q) else doc[q.start].idx
                if (toll := _toll(pred) or _toll_of(q.anchor)) is not None:
                    # "The death toll, initially put at 40, rose … to 145": a toll shared with the verb before
                    # includes what that verb told
                    told_before = max(told_before, toll.left_edge.idx if toll.head == pred else doc[q.start].idx)
                    # "… rose to 12 after rescuers pulled three more bodies from the rubble": what the rest of the
                    # sentence tells is how the toll got there, inside it
                    last = max(doc[q.end - 1], q.noun.right_edge, key=lambda t: t.i)  # "9 civilians and 4 VDP who died"
                    end = _own_clause_end(pred)  # the toll's own clause: "put the toll at 20; it rose to 26" is two
                    besides = [c for c in (*pred.children, *toll.children) if c.dep_ == "prep" and c.i > q.anchor.i and (
                        c.lower_ == "excluding" or (c.lower_ == "including" and any(g.dep_ == "neg" for g in c.children)))]
                    # "…, not including the 4 attackers", "…, excluding the bomber, who also died"
                    end = doc[besides[0].left_edge.i - 1] if besides else end
                    # "…, later raising the toll to 71, and then to 80": a later value of the toll is no part of it
                    later = next((t for t in doc[last.i + 1 : end.i + 1] if _gapped_raise(t) is not None), None)
                    # "… had risen to 21, and on 31 December officials said 24 people had died": a later report
                    report = next((t for t in doc[last.i + 1 : end.i + 1] if t.dep_ == "conj" and t.head == pred
                                   and t.lemma_.lower() in REPORT_VERBS and any(c.dep_ == "nsubj" for c in t.children)), None)
                    cut = min((x for x in (later.head.idx if later is not None else None,
                                           report.left_edge.idx if report is not None else None) if x is not None),
                              default=end.idx + len(end))
                    inside_toll.append((last.idx + len(last), cut))
                revised = pred.lemma_.lower() in _TOLL_REVISING and toll is not None
                # "… killed dozens of people. … the interior minister later revised it down to 84": a vague count
                # before a revised toll is that toll, not given in numbers
                included = [f for f in this_incident if f.type == "killed" and f.end <= told_before and (
                    f.value is not None or (revised and f.qualifier == "vague"))]
                # "Security forces killed all three attackers … the toll had risen to 24": a toll of the victims, the
                # attackers besides it, unless its sentence names them
                if not _BOMBERS.search(q.anchor.sent.text):
                    included = [f for f in included if not _attackers_stopped_before(doc, f)]
                # a headline's "kill 74" over "killed at least 38 …, later raising the toll to 74" tells the toll
                counted = sum(f.value for f in included if f.value is not None and f.value != q.value)  # type: ignore[misc]
                if included and (revised or counted <= q.value):  # type: ignore[operator]
                    # a toll revised may go down: "officials revised it down to 84", the 100 told before included
                    figures = [f for f in figures if f not in included]
                    for k in [k for k, kept in stated.items() if any(f in included for f in kept)]:
                        del stated[k], seen[k]  # "TOLL REVISED TO 84" in the headline is inside the 84 below
                    tolls_at.append((incident, q.anchor.idx))
        if kind == "killed" and put_at and set_at is not None:
            # "put the death toll at 128, saying 40 bodies had been pulled from the Nile": how the toll was reached,
            # inside it
            for c in set_at.children:
                if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in ("say", "add", "note") and c.i > q.anchor.i \
                        and not any(t.lower_ in _MORE or t.lower_ in ("also", "besides") for t in c.subtree):
                    inside_toll.append((c.idx, c.right_edge.idx + len(c.right_edge)))
        if kind == "killed" and put_at and (first := _put_beside(doc, q, this_incident)) is not None:
            # "…, killing at least 12 people, the army said. A local official put the death toll at 18": another
            # source's count of the same toll; "later put the number of dead at 104" an update of it; "had earlier
            # put the toll at 12" the count before it
            if _older(set_at):
                continue
            if any(c.lower_ in LATER for c in set_at.children) or set_at.lemma_.lower() in _TOLL_CHANGING \
                    or _in_an_update(set_at):
                figures = [f for f in figures if f is not first]
            else:
                _join(other_counts, first, figure)
            figures.append(figure)
            if (headline := _headline_figure(figures, generic_in_headline, figure)) is not None:
                figures = [f for f in figures if f is not headline]  # "MOSQUE BLAST KILLS 33": this source's count
            continue
        if kind == "killed" and (first := _for_its_part(
                doc, harm[1], figure, [f for f in figures if incidents.of(f.start) == incident], q.noun)) is not None:
            figures.append(figure)  # "For his part, the army spokesman speaks of 18 civilians killed": one toll, two
            _join(other_counts, first, figure)  # sources' counts of it
            continue
        if kind == "killed" and (first := _contrasting_report(
                doc, harm[1], figure, [f for f in figures if incidents.of(f.start) == incident], q.noun)) is not None:
            # "X claimed to have killed 40 soldiers, while local sources reported 8 deaths": one toll, two reports.
            figures.append(figure)
            _join(other_counts, first, figure)
            continue
        if kind == "killed" and (revised := _revised_in_sentence(harm[1], this_incident)) is not None:
            figures = [f for f in figures if f is not revised]  # "initially reported 3 killed but later said 2 died"
        if kind == "killed" and (again := _next_report(
                doc, harm[1], figure, [f for f in figures if incidents.of(f.start) == incident], q.noun,
                q.anchor)) is not None:
            first, how = again
            if how in ("older", "part"):  # "Authorities had initially reported seven dead": superseded by the toll
                continue  # told; "… three people were killed in an air strike on a tent in al-Mawasi": part of it
            if how == "update":  # "The U.N. mission later said 43 people had died": the toll as it now stands
                # (and the counts of "people" before the one it updates: "12 people had been killed … the toll stood
                # at 40 dead … authorities said 46 people had been killed")
                before = [f for f in this_incident if f is not first and f.type == "killed" and f.end <= first.start
                          and f.value is not None and figure.value is not None and f.value < (first.value or 0) <= figure.value
                          and _noun_of(doc, f) in _GENERIC_VICTIMS and (_noun_of(doc, first) or "people") in _GENERIC_VICTIMS]
                # and the other sources' counts of the same toll ("Military sources said 44 soldiers were killed,
                # while survivors said more than 100 died. On 27 November, the army officially said 23")
                rivals = [f for group in other_counts.values() if first in group for f in group
                          if f is not first and f.end <= harm[1].sent.start_char]
                figures = [f for f in figures if f is not first and f not in before and f not in rivals]
                for group in other_counts.values():
                    for f in [first, *rivals]:
                        if f in group:
                            group.remove(f)
            else:
                figures.append(figure)
                _join(other_counts, first, figure)
                continue
        # "4 US soldiers and 4 Nigerien soldiers were killed": named sides make two counts of one noun
        side = " ".join(c.lower_ for c in q.noun.children if c.dep_ in ("compound", "amod")
                        and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.lower_ in gazetteer.demonyms()))
        key = _key(figure, f"{side} {q.noun.lemma_.lower()}".strip(), incidents.of(figure.start))
        if _restates(seen.get(key), figure.where):
            figures = _better_attributed(figures, stated.get(key, []), figure)
            continue
        if figure.qualifier == "vague" and not side and any(
                k[:4] == key[:4] and k[4].rsplit(" ", 1)[-1] == key[4] and k[5] == key[5] and _restates(places, figure.where)
                for k, places in seen.items()):
            continue  # "neutralised scores of Boko Haram terrorists … Scores of terrorists were neutralised": told again
        if kind != "count" and figure.value is not None and figure.value >= 2 and q.noun.pos_ == "NOUN" and not side and any(
                f.type == kind and f.value == figure.value and f.end <= q.anchor.sent.start_char and re.search(
                    rf"\b{re.escape(q.noun.lemma_.lower())}", f.text.lower()) and _restates({f.where}, figure.where)
                for f in this_incident if f in figures):
            continue  # "Five suspected members of a robbery group … were killed … Five suspects were killed": again
        if kind != "count" and figure.value is not None and _generic(q.noun) and q.start > 0 and doc[
                q.start - 1].lower_ in ("the", "these", "those") and any(
                f.type == kind and f.value == figure.value for f in this_incident if f in figures):
            continue  # "Police said the nine dead included the bomber": the nine told before, wherever placed
        if kind != "count" and figure.value is not None and _generic(q.noun) and any(
            # "killed no fewer than thirty residents … the police confirmed 'about 30' deaths": the same number
            k[:2] == key[:2] and k[5] == key[5] and _restates(places, figure.where) for k, places in seen.items()
        ):
            continue  # the same number of harmed again, named only as "the dead" or "people"
        if kind != "count" and (headline := _headline_figure(figures, generic_in_headline, figure)) is not None:
            # "ROCKETS KILL TWO" over the lead's "…, killing two civilians": the lead tells the headline's number.
            figures = [figure if f is headline else f for f in figures]
            seen.setdefault(key, set()).add(figure.where)
            stated.setdefault(key, []).append(figure)
            continue
        if kind != "count" and layout.headline_end is not None and figure.start < layout.headline_end and figure.value is not None:
            generic_in_headline.append(figure)
        seen.setdefault(key, set()).add(figure.where)
        stated.setdefault(key, []).append(figure)
        figures.append(figure)
        either = _alternative_of(q.anchor)
        if either is not None:
            alternatives.setdefault(either, []).append(figure)
    for group in [*alternatives.values(), *other_counts.values()]:  # reports that differ: the lowest, as ACLED codes them
        if len(group) > 1:
            # … unless one is called the first count: "Volunteers initially counted 30 dead; by the evening the toll had
            # risen to at least 54 killed"
            standing = [f for f in group if not _initial_count(doc, f) and not _provisional(doc, f)] or group
            # … or told in a live page's later update ("11:30 GMT - Toll rises to 9 … 13:45 GMT - Officials: 11 dead")
            standing = _in_the_latest_update(doc, standing)
            keep = min(standing, key=lambda f: f.value if f.value is not None else f.low or 0)
            figures = [f for f in figures if f is keep or f not in group]
    casualty_words: list[Token] = []
    nouns: dict[str, str] = {}
    bare, pronouns = _bare_figures(doc, layout, covered, index, article_id, casualty_words, figures, nouns)
    bare.extend(f for f in pronouns if not any(g.type == f.type for g in [*figures, *bare]))
    for figure in bare:
        if figure.type == "killed" and figure.value is not None and figure.start >= lead_end and _bare_count_again(
                doc, figure, nouns.get(figure.id), [f for f in figures if incidents.of(f.start) == incidents.of(
                    figure.start)]):
            continue  # "Two taxi drivers were shot dead … Both men were declared dead"; "… and shot them dead"
        if figure.type == "killed" and figure.value == 1 and _named_again_inside(doc, figure, nouns.get(figure.id), figures):
            continue  # "… killed Hamas commander Ibrahim Biari. … dozens of people were killed, including the commander"
        if figure.type == "killed" and figure.value == 1 and _age_apposition(doc, figure, [*figures, *bare]):
            continue  # "killing the driver, a 43-year-old man, and his 8-year-old son": the driver's age, not a third
        if figure.type == "killed" and figure.value == 1 and _told_in_apposition(doc, figure, figures):
            continue  # "the death of one of our colleagues, a driver, who was killed"; "three staff members – a
            # coordinator, an assistant and a driver – were killed": the people of a count told before, named
        if figure.type == "killed" and figure.value == 1 and _one_among_the_dead(doc, figure) and any(
                f.type == "killed" and f.end <= figure.start and incidents.of(f.start) == incidents.of(figure.start)
                for f in figures):
            continue  # "Four people were killed … Among the dead was a 72-year-old man killed in his yard": one of the four
        if figure.type == "killed" and figure.value == 1 and _whole_toll_after(doc, figure, figures):
            continue  # "…, killing a senior commander … Iranian state media said seven people were killed in the strike"
        if figure.type == "killed" and lead_day is not None and figure.start >= lead_end and (
                day := _day_of(figure.when)) is not None and _before_the_lead(day, lead_day):
            continue  # "… after a UPND supporter was shot dead by police on 8 July", in a report of 20 July
        if figure.type == "killed" and lead_year is not None and figure.start >= lead_end and (
                year := _year_of(figure.when, dated=True)) is not None and year < lead_year:
            continue  # "… where a nurse was killed in March 2022", in a report of 2023
        if layout.headline_end is not None and figure.start < layout.headline_end and any(
                f.type == figure.type and f.value == figure.value and f.start >= layout.headline_end for f in figures):
            continue  # "Bandits kill vigilante" over "One member of the vigilance group was killed"
        if figure.type == "killed" and any(a <= figure.start < b for a, b in inside_toll):
            continue  # "… updated to 23 after several of the wounded died"
        if figure.type == "killed" and figure.value is not None and any(
                k == incidents.of(figure.start) and figure.start < at for k, at in tolls_at):
            continue  # "Another woman has died in hospital. The number of dead has risen to 3": inside the 3
        # "killing him and his son", "a soldier and a militiaman killed": two victims of one verb, each its own noun
        key = _key(figure, nouns.get(figure.id) or "", incidents.of(figure.start))
        if not _restates(seen.get(key), figure.where):
            seen.setdefault(key, set()).add(figure.where)
            figures.append(figure)
    figures = _without_parts_told_again(doc, figures, incidents)
    figures = _claims_beside_the_toll(doc, figures, incidents)
    figures = _initial_counts_superseded(doc, figures, incidents)
    figures = _raised_again(doc, figures, incidents)
    figures = _parts_in_apposition(doc, figures)
    figures = _claims_against_counts(doc, figures, incidents)
    figures = _wider_totals(doc, figures)
    figures = _disputed_tolls(doc, figures, incidents)
    figures = _inside_a_raised_toll(doc, figures, incidents)
    figures = _lead_toll_told_place_by_place(doc, figures, lead_end)
    figures = _toll_broken_down_next(doc, figures, incidents)
    figures = _toll_with_the_attacker(doc, figures, incidents)
    figures = _parts_after_a_dash(doc, figures)
    figures = _nearly_then_exactly(doc, figures, incidents)
    figures = _bodies_that_make_the_toll(doc, figures, incidents)
    figures = _strikers_account(doc, figures, incidents)
    figures = _headline_told_below(figures, layout, doc)
    figures = _range_told_again(doc, figures, incidents)
    figures = _all_of_them_again(figures, incidents)
    figures = _the_n_as_the_toll(doc, figures, incidents)
    figures = _bombers_told_again(figures, incidents)
    figures = _some_of_the_dead(doc, figures, incidents)
    figures = _vague_then_counted(doc, figures, incidents)
    figures = _latest_live_update(doc, figures, incidents)
    if any(f.type == "killed" and f.value is not None for f in figures) and not any(
            f.type == "killed" and re.search(r"\b(?:himself|herself|themselves|bombers?|attackers?)\b", f.text, re.I)
            for f in figures):  # not the bomber again, counted where he "blew himself up"
        figures.extend(_left_out_of_the_toll(doc, layout, index, article_id))
    if parts and not any(f.type == "killed" for f in figures):
        figures.extend(parts)
    if not any(f.type == "killed" for f in figures):
        casualties = _unknown_casualties(doc, casualty_words, layout, index, article_id)
        if casualties is not None:
            figures.append(casualties)
    figures.extend(_money_and_percent(doc, layout, article_id))
    return sorted(figures, key=lambda f: f.start)
