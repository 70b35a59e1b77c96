"""Canonical actors: the seed article's gold facts, and the folding rules on small synthetic texts."""

from __future__ import annotations

import pytest

from schemas import Article
from service.enrichment import enrich
from service.enrichment.entities import _caps_lines, _team_spans, recase
from service.evaluation.seed_actors import match_actor


def _enrich(model, text: str):
    return enrich(Article.model_validate({"text": text}), model=model)


def _by_name(enriched, name: str):
    return next((a for a in enriched.actors if a.name == name), None)


def test_every_gold_actor_with_kind_country_and_mentions(seed_enriched, gold):
    short = []
    for row in gold["actors"]:
        actor = match_actor(row, seed_enriched.actors)
        assert actor is not None, row["canonical"]
        assert actor.kind == row["kind"], row["canonical"]
        assert actor.country == row.get("country"), row["canonical"]
        if len(actor.mentions) < row["min_mentions"]:
            short.append(row["canonical"])
    assert len(short) <= 2, short


def test_people_carry_roles_and_countries(seed_enriched):
    blinken = _by_name(seed_enriched, "Antony Blinken")
    assert "Secretary of State" in blinken.roles and blinken.country == "USA"
    assert _by_name(seed_enriched, "Matthew Miller").roles == ["State Department spokesperson"]
    assert _by_name(seed_enriched, "Benjamin Netanyahu").country == "ISR"
    assert _by_name(seed_enriched, "Joe Biden").country == "USA"
    assert _by_name(seed_enriched, "Alex Vatanka").roles == ["director of the Iran program at the Middle East Institute"]
    assert _by_name(seed_enriched, "Alex Vatanka").country is None
    assert _by_name(seed_enriched, "Mahmoud Abbas").country == "PSE"


def test_all_caps_subheading_is_read_but_is_no_organisation(seed_enriched):
    texts = {m.text: a for a in seed_enriched.actors for m in a.mentions}
    assert texts["BLINKEN"].name == "Antony Blinken"
    assert texts["WEST BANK"].name == "West Bank"
    assert not any("NO WEST" in m.text for a in seed_enriched.actors for m in a.mentions)


def test_blinken_mentions_are_person_mentions(seed_enriched):
    blinken = _by_name(seed_enriched, "Antony Blinken")
    assert {m.label for m in blinken.mentions} == {"PERSON"}
    assert not any(a.kind in ("place", "country") and "blinken" in a.name.lower() for a in seed_enriched.actors)


def test_metadata_never_counts(seed_enriched):
    names = {m.text for a in seed_enriched.actors for m in a.mentions}
    assert not names & {"Humeyra Pamuk", "Matt Spetalnick", "Michelle Nichols", "Howard Goller", "WASHINGTON"}


def test_hyphenated_and_demonym_forms_fold_into_the_country(model):
    enriched = _enrich(model, "Iran-backed militias fired at Israeli-occupied land. Saudi officials met Americans in Riyadh.")
    ids = {m.text: a.id for a in enriched.actors for m in a.mentions}
    assert ids["Iran"] == "country:IRN"
    assert ids["Israeli"] == "country:ISR"
    assert ids.get("Saudi") == "country:SAU"
    assert ids["Americans"] == "country:USA"


def test_short_forms_and_capital_for_government(model):
    enriched = _enrich(model, "Moscow said the UAE and Türkiye would attend. The U.K. agreed.")
    ids = {m.text: a.id for a in enriched.actors for m in a.mentions}
    assert ids["Moscow"] == "country:RUS"
    assert ids["UAE"] == "country:ARE"
    assert ids["Türkiye"] == "country:TUR"
    assert ids["U.K."] == "country:GBR"


def test_a_city_that_is_not_acting_stays_a_place(model):
    enriched = _enrich(model, "The summit was held in Paris on Monday, officials said.")
    paris = next(a for a in enriched.actors if any(m.text == "Paris" for m in a.mentions))
    assert paris.kind == "place"


def test_state_organisations_carry_their_country(model):
    enriched = _enrich(model, "The Russian Defence Ministry said the Pentagon had not replied.")
    assert any(a.kind == "organization" and a.country == "RUS" for a in enriched.actors)
    assert next(a for a in enriched.actors if a.name == "Pentagon").country == "USA"


def test_surname_folds_into_the_full_name_and_title_gives_country(model):
    text = (
        "French President Emmanuel Macron arrived on Tuesday. Macron met students, and MACRON later left.\n"
        "Sarah Jones, an analyst at the Brookings Institution, said the visit mattered."
    )
    enriched = _enrich(model, text)
    macron = _by_name(enriched, "Emmanuel Macron")
    assert macron is not None and macron.country == "FRA" and "President" in macron.roles
    assert len(macron.mentions) >= 2
    jones = _by_name(enriched, "Sarah Jones")
    assert jones is not None and jones.roles and jones.roles[0].startswith("analyst")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("NO WEST BANK VISIT IN BLINKEN TRIP", "no West Bank visit in Blinken trip"),
        ("U.S. TALKS", "U.S. talks"),
    ],
)
def test_recase_uses_the_article_spelling(line, expected):
    lower = {"visit", "trip", "talks"}
    spelled = {"west": "West", "bank": "Bank", "blinken": "Blinken"}
    assert recase(line, lower, spelled) == expected
    assert len(recase(line, lower, spelled)) == len(line)


def test_caps_lines_are_found():
    text = "Body text here.\nNO WEST BANK VISIT\nMore text, said NATO."
    assert [text[s:e] for s, e in _caps_lines(text)] == ["NO WEST BANK VISIT"]


def test_results_and_standings_lines_name_teams():
    text = "Leeds 2 Everton 1\nBoston at Oakland\nAtlanta 83 49 .629 -\nJune 5-9 First test\nJ. Smith 45 12 3 1\n"
    names = {text[s:e] for s, e in _team_spans(text)}
    assert names == {"Leeds", "Everton", "Boston", "Atlanta"}


def test_sports_results_make_clubs_organisations(model):
    text = "Results of matches on Saturday :\nLeeds 2 Everton 1\nArsenal 0 Chelsea 3\nLeeds are top of the table ."
    enriched = _enrich(model, text)
    leeds = [a for a in enriched.actors if a.name == "Leeds"]
    assert leeds and leeds[0].kind == "organization" and len(leeds[0].mentions) == 2
