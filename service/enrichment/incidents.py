"""Splits a report into incidents: the one its lead tells (0) and each later one the text sets apart (1, 2, …).

A report often goes on to a second incident: "On the same day, missile strikes also killed 10 people in Kryvyi
Rih", "The following day, the bodies of 4 suspects were found in Jacarepagua", "In a separate attack, …". Its
figures are the report's figures all the same, but they are not the lead's event: ACLED codes them as an event of
their own, and an analyst asking how many died in the attack the report is about wants the lead's. A sentence after
the lead starts a new incident when it

- opens with "Separately", "Elsewhere", "In a separate/another/an unrelated incident (attack, strike, …)", or says
  near its start that what it tells happened "at a separate location" or "in a different village";
- is dated the next day or later ("the following day", "two days later"), unless it tells how the lead's incident
  went on (someone wounded in it died, a toll rose, somebody said or confirmed something);
- opens with "On the same day/evening", "Later that day", "Meanwhile", "Also on …" and names a place the incident
  so far has not named;
- opens with "On <date>," for another day than the lead's ("On 4 March, …" after "On 3 March, …"), unless someone
  died of wounds in it ("On 5 February, a 20th victim … died of her wounds"), or with a past
  month or year ("In May 2021, …", "In October, …"), or with another weekday than the lead's ("On Friday, …" in a
  story of Saturday's strike) unless it tells how the lead's incident went on;
- opens with a place the incident has not named ("In the southern city of Kherson, …"), unless it tells how the
  lead's incident went on; or says "the same morning" of a place it has not named.

Everything after such a sentence belongs to the new incident until the next one starts. Pure over the parsed doc.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span

from service.enrichment.tolls import dates_in
from service.gazetteer import demonyms

_INCIDENT_NOUNS = r"(?:incident|attack|strike|airstrike|raid|clash|ambush|assault|bombing|shooting|explosion|development|case)"
_SEPARATE = re.compile(
    r"^\W*(?:separately|elsewhere|in (?:a |an )?(?:separate|different|unrelated|second|further|other|another) "
    rf"(?:[\w-]+ )?{_INCIDENT_NOUNS}s?\b)", re.I)
# Said inside the sentence's opening: "Subsequently, in an exchange of fire at a separate location, …"
_SEPARATE_INSIDE = re.compile(r"\b(?:in|at) (?:a|another) (?:separate|different) (?:suicide |bomb |gun |drone |rocket )?(?:location|place|incident|attack|"
                              r"area|village|town|district|neighbourhood|neighborhood|raid|operation|ambush|strike|"
                              r"clash|airstrike|assault)\b"
                              # "An hour later, a separate blast near the US embassy in Kabul killed 22 people"
                              r"|^[^.]{0,30}?\b(?:a|an|another) (?:separate|unrelated) (?:[\w-]+ )?(?:blast|explosion|"
                              r"bombing|attack|strike|airstrike|raid|clash|ambush|assault|shooting|incident)\b", re.I)
_SAME_DAY = re.compile(
    r"^\W*(?:(?:on|during|in|over) the same (?:day|date|evening|night|morning|afternoon)|the same (?:day|evening|night|"
    r"morning|afternoon)|(?:later|earlier) (?:that|the same|on the same|in the) (?:day|evening|night|morning|afternoon)|"
    r"meanwhile|also on\b|at the same time|around the same time)", re.I)
_NEXT_DAY = re.compile(
    r"\b(?:the (?:following|next) (?:day|morning|evening|night|afternoon|week)|a day later|the day after|"
    r"(?:two|three|four|five|several|\d{1,2}) days later|on the following day)\b", re.I)
# "In May 2021, 16 people were killed in a massacre in the same region": a past month or year opening a later sentence
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_PAST_OPENING = re.compile(rf"^\W*In (?:(?:early|late|mid-?)\s*)?(?:{_MONTHS}(?: (?:19|20)\d{{2}})?|(?:19|20)\d{{2}}),")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_OPENING = re.compile(r"^\W*On (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,]{0,20},")
# "In the southern city of Kherson, Russian shelling killed two more people": a place opening a later sentence
_PLACE_OPENING = re.compile(r"^\W*(?:In|At|Near) ([^,]{3,60}),")
# "… in the village of Nondin, soldiers killed 44 more people the same morning"
_SAME_DAY_INSIDE = re.compile(r"\bthe same (?:day|morning|evening|night|afternoon)\b", re.I)
_OPENING_DATE = re.compile(r"^\W*(?:on|overnight|between)\s+([^,]{3,40}?),", re.I)
# Words that make a later-dated sentence part of the lead's incident: its wounded dying, its toll rising, a source
# speaking about it.
_GOES_ON = frozenset({"die", "succumb", "perish", "toll", "rise", "climb", "say", "tell", "announce", "confirm", "claim",
                      "report", "identify", "bury", "funeral", "mourn", "condemn", "vow", "deny", "add",
                      # the same incident going on: "Security forces ended the siege the next morning"
                      "end", "siege", "continue", "last", "rescue", "free", "recover", "regain", "retake", "recapture",
                      "control"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# A sentence about the lead's toll, wherever it opens: "In Gaza City, five of the wounded died overnight"
_TOLL_WORDS = frozenset({"toll", "die", "succumb", "perish", "rise", "climb"})


@dataclass(frozen=True)
class IncidentStarts:
    """Character offsets where incidents 1, 2, … start, with the words that set each apart."""

    starts: tuple[int, ...] = ()
    cues: tuple[str, ...] = ()

    def of(self, offset: int) -> int:
        """The incident an offset in the text belongs to: 0 before the first later start."""
        return bisect_right(self.starts, offset)


def _places(sent: Span) -> set[str]:
    """Places the sentence names: its place entities, and a proper name after "in", "near" or "at" that the model did
    not tag as one ("2 more protesters were killed in Itahari")."""
    named = {e.text.lower() for e in sent.ents if e.label_ in _PLACE_LABELS}
    named.update(t.text.lower() for t in sent if t.dep_ == "pobj" and t.pos_ == "PROPN" and t.head.lower_ in (
        "in", "near", "at") and t.ent_type_ not in ("PERSON", "DATE", "TIME"))
    # "near Topa Pir village": the name before a noun of settlement
    named.update(c.text.lower() for t in sent if t.dep_ == "pobj" and t.pos_ == "NOUN" and t.head.lower_ in (
        "in", "near", "at") and t.lemma_.lower() in ("village", "town", "city", "district", "camp", "area", "market")
        for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN")
    return named


def _new_place(sent: Span, end: int, told: str) -> bool:
    """The sentence's opening phrase (up to `end`) names a place none of whose words the incident so far has named."""
    places = [e for e in sent.ents if e.label_ in _PLACE_LABELS and e.end_char <= end]
    return bool(places) and all(not any(w.lower() in told for w in e.text.split() if len(w) > 2) for e in places)


def _year(doc: Doc, lead: Span) -> int:
    found = re.search(r"\b(19|20)\d{2}\b", lead.text)
    return int(found.group(0)) if found else 2000


def _opening_day(sent: Span, year: int) -> set[date]:
    m = _OPENING_DATE.match(sent.text)
    return dates_in(m.group(1), year) if m else set()


#: Verbs by which a later sentence reports on what happened ("On 4 July, the National Guard said 18 people had died").
_REPORTING = frozenset({"say", "report", "announce", "confirm", "acknowledge", "update", "revise", "raise", "put",
                        "state", "tell", "find", "conclude", "add", "release", "publish", "give", "claim", "declare"})
#: Verbs telling a new act of violence when they have a subject of their own ("police said gunmen killed 5 people").
_ACTS = frozenset({"kill", "attack", "strike", "shoot", "shell", "bomb", "ambush", "raid", "hit", "fire", "behead",
                   "massacre", "execute", "stab", "murder", "storm", "clash", "fight", "detonate", "explode", "launch",
                   "abduct", "kidnap", "burn", "torch", "loot", "target", "open"})


def _later_report(sent: Span, told: str) -> bool:
    """A sentence dated later that reports on the incident told so far rather than telling a new one: its main verb
    is one of reporting ("On 14 April, officials said 35 people had been killed", "On 17 September, the ministry
    reported 24 citizens killed"), no act of violence in it has a subject of its own ("… said gunmen killed 5 people"
    tells a new one), and it names no place the incident has not named."""
    root = sent.root
    if root.lemma_.lower() not in _REPORTING or root.pos_ not in ("VERB", "AUX"):
        # "In December, a government committee tasked with investigating the blast announced that 512 people had been
        # killed": the parser's root is elsewhere; the report is a verb joined to it that holds a clause
        root = next((t for t in sent if t.lemma_.lower() in _REPORTING and t.pos_ == "VERB" and t.dep_ in ("conj", "ccomp")
                     and t.head.i == sent.root.i and any(c.dep_ == "ccomp" for c in t.children)), None)
        if root is None:
            return False
    if any(t.lemma_.lower() in _ACTS and t.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in t.children) and (
            t.tag_ != "VBN" or any(c.dep_ == "aux" for c in t.children)) for t in sent):
        return False  # not a participle: "reported 24 citizens killed"
    return not any(e.label_ in _PLACE_LABELS and not any(w.lower() in told for w in e.text.split() if len(w) > 2)
                   and e.text.lower().rstrip("s") not in demonyms()  # "a Briton" among the dead is no place
                   # "the deadliest attack in Somalia's history": whose history, not where
                   and not (e.end < len(sent.doc) and sent.doc[e.end].tag_ == "POS")
                   for e in sent.ents)


def _died_of_wounds(lemmas: set[str]) -> bool:
    """'On 5 February, a 20th victim, a woman, died of her wounds': someone wounded in the incident died later."""
    return bool(lemmas & {"die", "succumb"}) and bool(lemmas & {"wound", "injury"})


def read_incidents(doc: Doc, body_start: int = 0) -> IncidentStarts:
    """Where the report turns to another incident (see the module's docstring)."""
    sents = [s for s in doc.sents if s.end_char > body_start and any(t.is_alpha for t in s)]
    # A title line with no verb ("Flash Update No. 2: Attack on Abu Shouk camp (12 August 2025)") is no lead
    while len(sents) > 1 and not any(t.pos_ in ("VERB", "AUX") for t in sents[0]):
        sents = sents[1:]
    if len(sents) < 2:
        return IncidentStarts()
    lead = sents[0]
    year = _year(doc, lead)
    lead_days = _opening_day(lead, year) or dates_in(lead.text, year)
    starts: list[int] = []
    cues: list[str] = []
    told = lead.text.lower()  # the current incident's text so far: a place it names, even untagged, is not new
    for sent in sents[1:]:
        text = sent.text.strip()
        lemmas = {t.lemma_.lower() for t in sent}
        cue = None
        if m := _SEPARATE.match(text):
            cue = m.group(0).strip()
        elif (m := _SEPARATE_INSIDE.search(text, 0, 90)) and "toll" not in lemmas:
            cue = m.group(0)
        elif (m := _NEXT_DAY.search(text)) and not lemmas & _GOES_ON and not (
                # "The following morning, residents found at least 15 bodies in the streets": the incident's dead
                # found, at no new place (not "the bodies of 4 suspects were found in Jacarepagua")
                lemmas & {"body", "corpse", "remains"} and not any(p not in told for p in _places(sent))):
            cue = m.group(0)
        elif (m := _SAME_DAY.match(text) or _SAME_DAY_INSIDE.search(text)) and any(
                p not in told for p in _places(sent)) and "toll" not in lemmas:
            cue = m.group(0).strip()
        elif (m := _PAST_OPENING.match(text)) and not _later_report(sent, told):
            cue = m.group(0).strip(" ,")
        elif (m := _WEEKDAY_OPENING.match(text)) and (days := {d for d in _WEEKDAYS if d in lead.text.lower()}) \
                and m.group(1).lower() not in days and not lemmas & _GOES_ON:
            cue = m.group(0).strip(" ,")  # "On Friday, Russian missile and drone attacks … killed" after Saturday's
        elif (m := _PLACE_OPENING.match(text)) and _new_place(sent, m.end(1) + sent.start_char, told) \
                and not lemmas & _TOLL_WORDS:
            cue = m.group(0).strip(" ,")
        elif lead_days and (days := _opening_day(sent, year)) and not days & lead_days and "toll" not in lemmas \
                and not _later_report(sent, told) and not _died_of_wounds(lemmas):
            cue = _OPENING_DATE.match(text).group(0).strip(" ,")  # type: ignore[union-attr]
        if cue is not None:
            starts.append(sent.start_char)
            cues.append(cue)
            told = ""
        told += " " + text.lower()
    return IncidentStarts(tuple(starts), tuple(cues))
