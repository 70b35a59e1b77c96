"""The dead of one event in a report: which killed figures an enriched article places at a given place and date.

A report often covers several events ('2 killed in Katsiro and 2 killed in the Bishusha area', '5 killed on June 20,
several injured on June 21'); asking "how many were killed in Bishusha" or "on June 21" should get the figures the
text attributes there, read from wirestream's own attribution: a figure's `where` (with the places it is said to lie
in) and its `when`. Where the text writes one of the asked-for names, a figure it places at another place is left
out (a district or neighbourhood, which may be part of the place asked about, only when other deaths are placed
there); a figure dated another day is left out; a place named only to say it was spared ('without casualties') has
none. Figures that carry no place or date telling the events apart are all kept (the whole report).
Pure over the EnrichedArticle; no model call.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher

from schemas import EnrichedArticle, Figure

# Actor kinds that name where something happened; a country is never the distinguishing place of a local event.
_LOCAL_KINDS = frozenset({"place", "region"})
_MONTHS = {m: i for i, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
     ("december", "dec")], start=1) for m in names}
_MONTH = r"(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_JOIN = r"\s*(-|–|to|and)\s*"
_DAY_MONTH = re.compile(_DAY + r"(?:" + _JOIN + _DAY + r")?\s+(?:of\s+)?" + _MONTH, re.I)
_MONTH_DAY = re.compile(_MONTH + r"\s*" + _DAY + r"(?:" + _JOIN + _DAY + r")?", re.I)
_NUMERIC = re.compile(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b")
_CAPITALISED = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")
# A place name this close to a written one is the same place spelled another way ('Aweday'/'Awaday', 'Gamboru'/
# 'Gambori'); shorter names must match exactly.
_SIMILAR = 0.8
_FUZZY_MIN_LENGTH = 5


@dataclass(frozen=True)
class EventSite:
    """Where and when one event happened: place names, most specific first ('Bishusha', 'Rutshuru', 'Nord-Kivu'), and
    its date (also the year for dates written without one)."""

    places: tuple[str, ...]
    on: date | None = None


@dataclass(frozen=True)
class Toll:
    """The killed figures read for the event, and how they were chosen: 'place', 'date', or 'whole report'."""

    figures: list[Figure]
    chosen_by: str


def dates_in(when: str | None, year: int) -> set[date]:
    """The days a time expression names: 'June 20', '24-26 June', '17 and 21 June', '18/06' (day/month, as field
    notes write it); empty for what names no day ('Monday', 'last week')."""
    if not when:
        return set()
    found: set[date] = set()

    def add(month: int, first: str, join: str | None, last: str | None) -> None:
        days = [int(first)]
        if last:
            days = list(range(int(first), int(last) + 1)) if join in ("-", "–", "to") else [int(first), int(last)]
        for day in days:
            try:
                found.add(date(year, month, day))
            except ValueError:
                pass

    for m in _DAY_MONTH.finditer(when):
        add(_MONTHS[m.group(4).lower()], m.group(1), m.group(2), m.group(3))
    for m in _MONTH_DAY.finditer(when):
        add(_MONTHS[m.group(1).lower()], m.group(2), m.group(3), m.group(4))
    for m in _NUMERIC.finditer(when):
        day, month = int(m.group(1)), int(m.group(2))
        if month > 12 >= day:
            day, month = month, day  # '06/18': month first
        written_year = int(m.group(3)) if m.group(3) else year
        try:
            found.add(date(written_year + 2000 if written_year < 100 else written_year, month, day))
        except ValueError:
            pass
    return found


def _plain(name: str) -> str:
    """Lower case, accents and punctuation gone: 'Igbo-Lomi' and 'Igbolomi' compare equal."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _same_place(written: str, asked: str) -> bool:
    a, b = _plain(written), _plain(asked)
    if not a or not b:
        return False
    if a == b:
        return True
    return min(len(a), len(b)) >= _FUZZY_MIN_LENGTH and SequenceMatcher(None, a, b).ratio() >= _SIMILAR


# A sentence saying an incident cost no lives: "… were fought off without reported casualties", "no one was killed".
_NO_DEATHS = re.compile(
    r"\b(?:without|no)\s+(?:any\s+)?(?:reported\s+)?(?:casualties|deaths|fatalities|loss of life)\b"
    r"|\b(?:no one|nobody|none)\s+(?:was|were)\s+(?:\w+\s+)?(?:killed|hurt|injured)\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“(\[]?[A-Z0-9])")


def _sentences(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


@dataclass(frozen=True)
class _PlaceMention:
    start: int
    end: int
    actor: str | None  # the place actor named here, if wirestream resolved one
    level: int | None  # index into EventSite.places of the asked-for name it matches; None for another place


def _place_mentions(article: EnrichedArticle, site: EventSite) -> list[_PlaceMention]:
    """Place actors' mentions and the written forms of the site's names, each with the site level it matches."""
    text = article.article.text
    names = [n for n in site.places if n]

    def level_of(written: str) -> int | None:
        return next((i for i, n in enumerate(names) if _same_place(written, n)), None)

    out = [
        _PlaceMention(m.start, m.end, actor.id, level_of(m.text))
        for actor in article.actors if actor.kind in _LOCAL_KINDS for m in actor.mentions
    ]
    for m in _CAPITALISED.finditer(text):  # names NER missed ('Kinyumba area'), one to three capitalised words
        words = m.group(0).split()
        for size in range(len(words), 0, -1):
            for first in range(len(words) - size + 1):
                written = " ".join(words[first:first + size])
                level = level_of(written)
                if level is not None:
                    start = m.start() + m.group(0).index(written)
                    out.append(_PlaceMention(start, start + len(written), None, level))
    # A resolved actor whose name holds a site name ('Gemechis District' for 'Gemechis') stands for it in all its
    # mentions.
    actor_level: dict[str, int] = {}
    for p in out:
        if p.actor:
            inside = [q.level for q in out if q.level is not None and p.start <= q.start and q.end <= p.end]
            if inside:
                actor_level[p.actor] = min(inside + [actor_level.get(p.actor, len(names))])
    return sorted(
        (_PlaceMention(p.start, p.end, p.actor, actor_level.get(p.actor, p.level) if p.actor else p.level) for p in out),
        key=lambda p: p.start)


# What joins a place to the larger one it lies in: 'Suuqa Xoolaha neighbourhood in Mogadishu', 'the Masaeed district
# in Al-Arish', 'Kuyibbo, Gemechis District'.
_WITHIN = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:in|of|,)\s+(?:the\s+)?$")


def _located(figure: Figure, mentions: list[_PlaceMention], text: str) -> list[_PlaceMention]:
    """The figure's own place (`where`) and the places it is said to lie in, read along the text after each mention."""
    own = [p for p in mentions if p.actor == figure.where]
    chain = list(own)
    for p in own:
        end = p.end
        for q in mentions:
            if q.start >= end and _WITHIN.match(text[end:q.start]):
                chain.append(q)
                end = q.end
        # 'attacked Mavivi near Beni, killing 9': the attribution took the landmark; the place before it counts too
        chain.extend(q for q in mentions if q.end <= p.start and _NEAR.match(text, q.end, p.start))
    return chain


def _spared(text: str, killed: list[Figure], site_mentions: list[_PlaceMention]) -> bool:
    """The site is named only in sentences that say its incident cost no lives ('Later the Kinyumba area also saw an
    attack but the assailants were fought off without reported casualties'), and the deaths are told elsewhere."""
    if not site_mentions:
        return False
    for start, end in _sentences(text):
        if any(start <= p.start < end for p in site_mentions) and (
            not _NO_DEATHS.search(text, start, end) or any(start <= f.start < end for f in killed)
        ):
            return False
    return True


_NEAR = re.compile(r"\s*,?\s+(?:near|outside|close to|(?:\w+\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?$", re.I)
# A place named as part of a town: 'Hodan district', 'the Ndosho neighbourhood', "Juba's Gudele area".
_PART = re.compile(r"\s*(?:district|neighbou?rhood|quarter|suburb|estate|ward|area|sector|section|camp|market)s?\b", re.I)
_OPEN_BEFORE = frozenset({"since", "from", "until", "till", "by", "between", "before", "after", "through", "to", "over"})


def _open_ended(when: str | None, text: str) -> bool:
    """'killed since 1 June', 'by June 20': the date bounds a stretch of time, it is not the day of the deaths."""
    if not when:
        return False
    for m in re.finditer(re.escape(when), text):
        before = text[:m.start()].split()
        if before and before[-1].lower() in _OPEN_BEFORE:
            return True
    return False


def _incident_of(article: EnrichedArticle, site: EventSite) -> int:
    """The incident of the report the site is: the lead's (0) unless the site's place is named only in a later one,
    or its date is the day a later one opens with."""
    mentions = [p for p in _place_mentions(article, site) if p.level is not None]
    found = {next(i.number for i in article.incidents if i.start <= p.start < i.end) for p in mentions}
    if found and 0 not in found:
        return min(found)
    if site.on is not None and not found:
        for incident in article.incidents[1:]:
            if site.on in dates_in(incident.cue, site.on.year):
                return incident.number
    return 0


def killed_at(article: EnrichedArticle, site: EventSite) -> Toll:
    """The killed figures of the event at `site`: those dated another day go (which may leave none); none where the
    text names the site only to say its incident cost no lives; else those the text places at another place go (a
    district or neighbourhood of an unnamed town only when the text also places deaths at the site)."""
    killed = [f for f in article.figures if f.type == "killed"]
    chosen_by = "whole report"
    if article.incidents:  # "On the same day, … also killed 10 people in Kryvyi Rih": another event's dead
        incident = _incident_of(article, site)
        killed = [f for f in killed if f.incident == incident]
        chosen_by = "incident"
    if site.on is not None:
        text = article.article.text
        dated = [f for f in killed if (days := dates_in(f.when, site.on.year)) and site.on not in days
                 and not _open_ended(f.when, text)]
        if dated:
            killed, chosen_by = [f for f in killed if f not in dated], "date"
    if not killed:
        return Toll([], chosen_by)
    mentions = _place_mentions(article, site)
    found = [p.level for p in mentions if p.level is not None]
    if not found:
        return Toll(killed, chosen_by)
    text = article.article.text
    if _spared(text, killed, [p for p in mentions if p.level == min(found)]):
        return Toll([], "place")
    # Only a figure's own place (`where`, and the places it is said to lie in) tells: a place merely named near a
    # figure may be a camp's or a unit's name, and a figure with no place may be anywhere in the report.
    located = {f.id: _located(f, mentions, text) for f in killed if f.where}
    elsewhere = [f for f in killed if located.get(f.id) and all(p.level is None for p in located[f.id])]
    here = [f for f in killed if any(p.level is not None for p in located.get(f.id, []))]
    if not here:  # a district or neighbourhood the text does not tie to the site may still be part of it
        elsewhere = [f for f in elsewhere if not any(_PART.match(text, p.end) for p in located[f.id])]
    if elsewhere:
        return Toll([f for f in killed if f not in elsewhere], "place")
    return Toll(killed, chosen_by)
