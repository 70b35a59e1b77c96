"""Armed groups the model's NER misses: found in the text, cued where their short form is ambiguous, and carried
through to events and killed figures. Every sentence is invented for these tests."""

from __future__ import annotations

import pycountry
import pytest

from schemas import Article
from service import gazetteer


@pytest.fixture(scope="module")
def enriched(model):
    from service.enrichment import enrich

    def run(text: str):
        return enrich(Article(id="t", text=text), model=model)

    return run


def _actor(result, actor_id):
    return next((a for a in result.actors if a.id == actor_id), None)


@pytest.mark.parametrize(
    ("text", "actor_id", "country"),
    [
        ("ELN rebels attacked a military post in Arauca, killing two soldiers.",
         "organization:national-liberation-army", "COL"),
        ("Suspected NPA guerrillas ambushed an army patrol on Monday, killing three soldiers.",
         "organization:new-people-s-army", "PHL"),
        ("ISWAP fighters stormed a base near the lake, killing 12 soldiers.",
         "organization:islamic-state-west-africa-province", "NGA"),
        ("Militants of Tehreek-e-Taliban Pakistan attacked a checkpoint, killing four policemen.",
         "organization:tehrik-i-taliban-pakistan", "PAK"),
        ("Gunmen from the Sinaloa cartel opened fire at a party, killing six people.",
         "organization:sinaloa-cartel", "MEX"),
    ],
)
def test_group_is_the_assault_actor_and_the_killer(enriched, text, actor_id, country):
    result = enriched(text)
    actor = _actor(result, actor_id)
    assert actor is not None and actor.kind == "organization" and actor.country == country
    assert any(e.actor == actor_id and e.verb == "ASSAULT" for e in result.events)
    killed = [f for f in result.figures if f.type == "killed"]
    assert killed and killed[0].by == actor_id


def test_a_short_form_once_cued_is_the_group_throughout(enriched):
    result = enriched("ADF rebels raided a village overnight, killing nine farmers. The ADF denied it.")
    group = _actor(result, "organization:allied-democratic-forces")
    assert group is not None and group.country == "COD" and len(group.mentions) == 2
    assert next(f for f in result.figures if f.type == "killed").by == group.id


def test_a_country_of_the_group_cues_its_short_form(enriched):
    result = enriched("Fighting between the army and the PDF spread across central Myanmar this week.")
    assert _actor(result, "organization:people-s-defence-force") is not None


def test_a_full_name_cues_the_short_form(enriched):
    result = enriched("The Arakan Army said it had taken the port. An AA spokesman said the town was calm.")
    group = _actor(result, "organization:arakan-army")
    assert group is not None and [m.text for m in group.mentions] == ["Arakan Army", "AA"]


@pytest.mark.parametrize(
    ("text", "group_id"),
    [
        ("Four soldiers were listed as killed in action (KIA) after the battle in Myanmar.",
         "organization:kachin-independence-army"),
        ("The council published its annual budget as a PDF file on Monday.", "organization:people-s-defence-force"),
        ("The Australian Defence Force (ADF) sent two ships to help after the storm.",
         "organization:allied-democratic-forces"),
        ("The AA said motorists should expect queues on the motorway.", "organization:arakan-army"),
        ("Kia said it would recall 3,000 cars over a faulty seat belt.", "organization:kachin-independence-army"),
        ("Traders must check the HTS code of each product before shipping.", "organization:hayat-tahrir-al-sham"),
    ],
)
def test_an_uncued_short_form_is_not_the_group(enriched, text, group_id):
    assert _actor(enriched(text), group_id) is None


def test_a_short_form_spelt_out_as_something_else_is_never_the_group(enriched):
    # Even in an article about Myanmar, where 'KIA' alone would be the Kachin Independence Army.
    result = enriched("Two Myanmar soldiers were listed as killed in action (KIA). The KIA total rose to nine.")
    assert _actor(result, "organization:kachin-independence-army") is None


def test_a_bracket_that_spells_nothing_out_vetoes_nothing(enriched):
    result = enriched("The ADF (an affiliate of Islamic State) attacked a village in Congo, killing seven people.")
    assert _actor(result, "organization:allied-democratic-forces") is not None


def test_an_unknown_acronym_before_a_fighter_word_is_an_organisation(enriched):
    result = enriched("KZV rebels attacked a convoy near the river, killing five soldiers.")
    assert _actor(result, "organization:kzv") is not None
    assert any(e.actor == "organization:kzv" and e.verb == "ASSAULT" for e in result.events)


def test_an_unknown_acronym_spelt_out_is_the_organisation_it_stands_for(enriched):
    result = enriched("The Northern Hills Movement (NHM) has fought the army for years. NHM rebels killed two guards.")
    movement = _actor(result, "organization:northern-hills-movement")
    assert movement is not None and [m.text for m in movement.mentions][-2:] == ["NHM", "NHM"]
    assert _actor(result, "organization:nhm") is None


@pytest.mark.parametrize("text", ["MMA fighters and boxers trained together before the gala.",
                                  "RAF fighters escorted the airliner to the coast.",
                                  "UK militants were arrested in a raid, police said."])
def test_sport_and_aircraft_fighters_and_countries_make_no_organisation(model, text):
    from service.enrichment.groups import with_armed_groups

    # The rule alone: whatever the model tags, 'fighters' after an unknown acronym and a country name add nothing.
    assert with_armed_groups(model.nlp(text), text, []) == []


def test_a_known_acronym_before_fighters_is_that_organisation(enriched):
    result = enriched("RSF fighters shelled a market on Sunday, killing 11 civilians.")
    assert _actor(result, "organization:rapid-support-forces") is not None
    assert next(f for f in result.figures if f.type == "killed").by == "organization:rapid-support-forces"


def test_armed_groups_data_is_consistent():
    from service.enrichment.groups import _form_key


    codes = {c.alpha_3 for c in pycountry.countries}
    known = gazetteer.known_actors()
    seen: dict[str, str] = {}
    for group in gazetteer.armed_groups():
        assert group.country is None or group.country in codes, group.name
        assert set(group.active_in) <= codes and (group.country is None or group.country in group.active_in)
        for form in (*group.names, *group.cued):
            assert seen.setdefault(_form_key(form), group.name) == group.name, form  # one group per name
        for name in group.names:
            assert known[name.lower()].name == group.name, name  # no clash with actors.json or the parties
        for short in group.cued:
            assert short.lower() not in known or known[short.lower()].name == group.name, short
