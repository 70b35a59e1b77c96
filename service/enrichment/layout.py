"""Reads a wire story's layout: date header, dateline, credits line; these are article metadata, never actors."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

_DATE_HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})[ \t]*\n?")
# "WASHINGTON :", "GAZA CITY, Oct 11 (Reuters) -", "LONDON -": capitals, optional date/agency, then a colon or dash.
_DATELINE = re.compile(
    r"[ \t]*(?P<city>[A-Z][A-Z.'\- ]{1,40}?[A-Z.])(?:,[^:\n\-—–(]{0,40})?(?:[ \t]*\((?P<agency>[^)\n]{1,20})\))?[ \t]*(?:[:—–]|--?(?=\s))[ \t]*"
)
# A headline line above the dateline ("ELN REBELS KILL THREE SOLDIERS\nBOGOTA, May 4 (Reuters) - …"), as wire copy
# and most corpora carry the title: one line, then the dateline at the start of the next non-blank one.
_HEADLINE_LINE = re.compile(r"[ \t]*[^\n]{1,200}\n\s*")
# A title line with no dateline below it ("Bandits kill vigilante, abduct 15 in Katsina community\nResidents of …"):
# a few words that do not end a sentence, then a paragraph that does (or a bracketed place and date that opens one,
# "(Nairobi, 24 July 2023) – …").
_TITLE_LINE = re.compile(r"[ \t]*(?P<title>[^\n]{8,150}?[\w)%])[ \t]*\n\s*(?=[\"“'A-Z0-9(][^\n]{30,}?[.!?])")
_CREDITS = re.compile(r"\((?P<body>(?:[^()]*?)(?:Reporting|Writing|Editing|Compiled)\s+by[^()]*)\)\s*\Z", re.I | re.S)
_CREDIT_ROLE = re.compile(r"^(?P<role>(?:additional\s+)?(?:reporting|writing|editing|compiled|graphics)(?:\s+and\s+\w+)?)\s+by\s+", re.I)


@dataclass(frozen=True)
class Layout:
    """Spans are character offsets into the article text."""

    body_start: int
    body_end: int
    published: date | None = None
    dateline: str | None = None
    dateline_span: tuple[int, int] | None = None
    credits_span: tuple[int, int] | None = None
    agency_span: tuple[int, int] | None = None
    #: Where the whole dateline ends ("KYIV, March 3 (Reuters) - " up to the story's first word).
    dateline_end: int | None = None
    #: Where a headline line ends, when the text opens with one and a dateline follows it.
    headline_end: int | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)

    def excluded(self, start: int, end: int) -> bool:
        """True where a span lies outside the body or on the dateline: no actor may come from there."""
        if start < self.body_start or end > self.body_end:
            return True
        if self.agency_span is not None and start < self.agency_span[1] and end > self.agency_span[0]:
            return True  # "(Reuters)", "(AP)" in the dateline: the wire service, not an actor of the story
        if self.dateline_span is None:
            return False
        # The whole dateline, its date included ("JERUSALEM, Oct 2 (Reuters) -": "Oct" is no person).
        dateline_end = max(self.dateline_span[1], self.dateline_end or 0)
        return start < dateline_end and end > self.dateline_span[0]


def _split_names(names: str) -> list[str]:
    parts = re.split(r",|\band\b|&", names)
    return [p.strip(" .") for p in parts if p.strip(" .")]


def _credits(body: str) -> tuple[list[str], list[str]]:
    authors: list[str] = []
    editors: list[str] = []
    for clause in re.split(r"[;]", body):
        for piece in re.split(r",\s*(?=(?:additional\s+)?(?:reporting|writing|editing)\s+by)", clause.strip(), flags=re.I):
            match = _CREDIT_ROLE.match(piece.strip())
            if not match:
                continue
            names = _split_names(piece.strip()[match.end() :])
            (editors if "edit" in match.group("role").lower() else authors).extend(names)
    return authors, editors


# "Bamako (AFP) - …", "Ouagadougou (AFP) — …", "Srinagar, Nov 3 (PTI) Two …": a city written in title case, then a
# news agency named in brackets.
_DATELINE_AGENCY = re.compile(
    r"[ \t]*(?P<city>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,3})(?:,[^:\n\-—–(]{0,40})?[ \t]*"
    r"\((?P<agency>AFP|AP|Reuters|dpa|DPA|Xinhua|Anadolu|EFE|ANSA|Kyodo|Yonhap|UPI|Bernama|PTI|IANS|APA)\)"
    # "Srinagar, Nov 3 (PTI) Two terrorists were killed …": Indian agencies' copy has no dash after the bracket
    r"(?:[ \t]*(?:[:—–]|--?(?=\s))[ \t]*|[ \t]+(?=[A-Z0-9\"“]))"
)


# "Deir Ezzor, SANA – …", "Shiraz, IRNA – …": a city in title case, then a state agency's name without brackets.
_DATELINE_STATE_AGENCY = re.compile(
    r"[ \t]*(?P<city>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,3}),[ \t]*"
    r"(?P<agency>SANA|IRNA|KUNA|WAM|SPA|QNA|APP|NAN|TASS|Xinhua|Anadolu|Bernama|PTI|IANS|APA|MENA|INA|BNA|ONA)"
    r"[ \t]*(?:[:—–]|--?(?=\s))[ \t]*"
)


# "(Nairobi, 24 July 2023) – …": a place and a date in brackets, as rights groups' releases open.
_DATELINE_BRACKETED = re.compile(
    r"[ \t]*\((?P<city>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,3}),[^()\n]{1,40}\)(?P<agency>(?!))?[ \t]*(?:[:—–]|-(?=\s))[ \t]*"
)


def _dateline_at(text: str, pos: int) -> re.Match[str] | None:
    match = _DATELINE.match(text, pos) or _DATELINE_AGENCY.match(text, pos) or _DATELINE_BRACKETED.match(text, pos) \
        or _DATELINE_STATE_AGENCY.match(text, pos)
    return match if match and match.end() - pos < 80 else None


def read_layout(text: str) -> Layout:
    start = 0
    published = None
    header = _DATE_HEADER.match(text)
    if header:
        try:
            published = date.fromisoformat(header.group(1))
        except ValueError:
            published = None
        start = header.end()
    dateline = None
    dateline_span = None
    dateline_end = None
    agency_span = None
    match = _dateline_at(text, start)
    headline_end = None
    if match is None and (headline := _HEADLINE_LINE.match(text, start)):
        match = _dateline_at(text, headline.end())
        if match is not None:
            headline_end = text.index("\n", start)
        elif (title := _TITLE_LINE.match(text, start)) is not None and 2 <= len(title.group("title").split()) <= 20:
            headline_end = title.end("title")
    elif match is not None and (title := _TITLE_LINE.match(text, match.end())) is not None \
            and 2 <= len(title.group("title").split()) <= 20 and "\n" not in title.group("title"):
        # "BENI: 22 civilians killed in ADF attack in Mamove" over the story: a title under a place's name, as regional
        # papers head their stories; the place is the dateline, the line the headline
        headline_end = title.end("title")
    if match:
        city = match.group("city").strip()
        dateline = city
        city_start = match.start("city")
        dateline_span = (city_start, city_start + len(city))
        dateline_end = match.end()
        if match.group("agency"):
            agency_span = match.span("agency")
    end = len(text)
    authors: list[str] = []
    editors: list[str] = []
    credits = _CREDITS.search(text, start)
    credits_span = None
    if credits:
        credits_span = (credits.start(), credits.end())
        end = credits.start()
        authors, editors = _credits(credits.group("body"))
    return Layout(
        body_start=start,
        body_end=end,
        published=published,
        dateline=dateline,
        dateline_span=dateline_span,
        credits_span=credits_span,
        agency_span=agency_span,
        dateline_end=dateline_end,
        headline_end=headline_end,
        authors=authors,
        editors=editors,
    )
