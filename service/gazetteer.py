"""Gazetteers and alias lists, loaded from the data files in service/data by one small function each."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

import pycountry


def _data(name: str) -> dict:
    raw = json.loads(resources.files("service.data").joinpath(name).read_text(encoding="utf-8"))
    raw.pop("_about", None)
    return raw


@dataclass(frozen=True)
class KnownActor:
    name: str
    kind: str
    country: str | None


@cache
def countries() -> dict[str, str]:
    """Lower-cased country name or alias → alpha-3, from pycountry plus the project's short forms."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names[value.lower()] = country.alpha_3
                if "," in value:  # "Korea, Republic of" stays ambiguous; "Iran, Islamic Republic of" → "iran"
                    head = value.split(",")[0].lower()
                    names.setdefault(head, country.alpha_3)
    names.pop("korea", None)
    for alias, code in _data("country_aliases.json").items():
        names[alias.lower()] = code
    return names


@cache
def country_names() -> dict[str, str]:
    """Alpha-3 → the short name a reader expects ('United States', 'Iran')."""
    preferred = {"USA": "United States", "GBR": "United Kingdom", "RUS": "Russia", "IRN": "Iran", "SYR": "Syria",
                 "KOR": "South Korea", "PRK": "North Korea", "PSE": "Palestine", "TWN": "Taiwan", "VNM": "Vietnam",
                 "BOL": "Bolivia", "VEN": "Venezuela", "TZA": "Tanzania", "MDA": "Moldova", "LAO": "Laos",
                 "COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo", "CZE": "Czech Republic",
                 "XKX": "Kosovo", "TUR": "Turkey"}
    out = {}
    for country in pycountry.countries:
        out[country.alpha_3] = getattr(country, "common_name", None) or country.name
    out.update(preferred)
    return out


@cache
def demonyms() -> dict[str, str]:
    """Lower-cased demonym ('israeli', 'americans') → alpha-3."""
    return {k.lower(): v for k, v in _data("demonyms.json").items()}


@cache
def capitals() -> dict[str, str]:
    """Lower-cased capital city → alpha-3 of the government it can stand for."""
    return {k.lower(): v for k, v in _data("capitals.json").items()}


@cache
def known_actors() -> dict[str, KnownActor]:
    """Lower-cased name or alias → the known organisation, place or region."""
    out: dict[str, KnownActor] = {}
    for row in _data("actors.json")["actors"]:
        actor = KnownActor(row["name"], row["kind"], row.get("country"))
        for alias in [row["name"], *row.get("aliases", [])]:
            out[alias.lower()] = actor
    for party in parties():
        actor = KnownActor(party.name, "organization", party.country)
        for alias in (party.name, *party.names, *party.members):
            out.setdefault(alias.lower(), actor)
    for group in armed_groups():
        # Only the names safe alone: 'ADF' tagged by the model is no more the Allied Democratic Forces than the
        # Australian Defence Force until the article says which (service/enrichment/groups.py).
        for alias in group.names:
            out.setdefault(alias.lower(), group.actor)
    return out


@dataclass(frozen=True)
class ArmedGroup:
    name: str
    country: str | None
    active_in: tuple[str, ...]  # alpha-3 codes whose mention in an article supports a cued short form
    names: tuple[str, ...]  # the canonical name (unless cued) and the aliases safe alone, as written
    cued: tuple[str, ...]  # short forms that count only in an article that cues them ('ADF', 'KIA', 'PDF')

    @property
    def actor(self) -> KnownActor:
        return KnownActor(self.name, "organization", self.country)


@cache
def armed_groups() -> list[ArmedGroup]:
    """Non-state armed groups news names by acronyms and transliterations the small model often misses."""
    out = []
    for row in _data("armed_groups.json")["groups"]:
        cued = tuple(row.get("cued", []))
        names = tuple(n for n in (row["name"], *row.get("aliases", [])) if n not in cued)
        country = row.get("country")
        active_in = tuple(row.get("active_in") or ([country] if country else []))
        out.append(ArmedGroup(row["name"], country, active_in, names, cued))
    return out


@cache
def armed_group_cues() -> dict[str, frozenset[str]]:
    """Words that make a name next to them an armed group: 'after', 'unknown_after', 'before', 'group_nouns'."""
    data = _data("armed_groups.json")["cue_words"]
    data.pop("_about", None)
    return {key: frozenset(words) for key, words in data.items()}


@cache
def roles() -> dict[str, list[str]]:
    """Title and role head words, lower-cased: 'office' (public offices) and 'other'."""
    data = _data("roles.json")
    return {group: [w.lower() for w in words] for group, words in data.items()}


@dataclass(frozen=True)
class Party:
    name: str
    country: str | None
    names: tuple[str, ...]
    members: tuple[str, ...]  # 'Tory', 'Lib Dem': a member of the party or its adjective, as written (case matters)


@cache
def parties() -> list[Party]:
    """The major parties news English names by short forms and member words ('Tory MPs' → Conservative Party)."""
    return [Party(row["name"], row.get("country"), tuple(row["names"]), tuple(row["members"]))
            for row in _data("parties.json")["parties"]]


@cache
def name_words() -> dict[str, frozenset[str]]:
    """'honorifics' and 'postnominals' (lower-cased); 'organisation_ends', 'corporate_suffixes' (as written)."""
    data = _data("names.json")
    return {
        "honorifics": frozenset(w.lower() for w in data["honorifics"]),
        "postnominals": frozenset(w.lower() for w in data["postnominals"]),
        "organisation_ends": frozenset(data["organisation_ends"]),
        "corporate_suffixes": frozenset(data["corporate_suffixes"]),
    }


@cache
def not_actors() -> frozenset[str]:
    """Lower-cased words that name no actor though capitalised ('MPs', 'ISP')."""
    return frozenset(w.lower() for w in _data("not_actors.json")["words"])


@cache
def government_nouns() -> frozenset[str]:
    """Nouns after which a capital's possessive is its government ('Washington's ally')."""
    return frozenset(w.lower() for w in _data("government_nouns.json")["nouns"])


@cache
def government_verbs() -> frozenset[str]:
    """Verb lemmas whose object a capital is as its government ('accused Moscow of ...')."""
    return frozenset(w.lower() for w in _data("government_nouns.json")["verbs"])
