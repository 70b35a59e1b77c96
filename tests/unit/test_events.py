"""Events: actor → PLOVER verb → target from one clause, with figures and place; no event without an actor."""

from __future__ import annotations

import pytest

from schemas import Article
from service.enrichment.lexicons import load_lexicon


@pytest.fixture(scope="module")
def events_of(model):
    from service.enrichment import enrich

    def run(text: str):
        return enrich(Article(id="t", text=text), model=model)

    return run


def _find(events, actor, verb):
    return next((e for e in events if e.actor == actor and e.verb == verb), None)


def test_seed_gold_events(seed_enriched):
    ev = seed_enriched.events
    assert "country:ISR" in _find(ev, "organization:hamas", "ASSAULT").target
    assert _find(ev, "country:ISR", "COERCE").mode == "siege"
    consult = _find(ev, "person:antony-blinken", "CONSULT")
    assert consult is not None
    threat = _find(ev, "person:joe-biden", "THREATEN")
    assert threat is not None and threat.target == ["country:IRN"]
    aid = _find(ev, "country:USA", "AID")
    assert aid is not None and aid.target == ["country:ISR"]
    move = next(e for e in ev if e.verb == "MOVE" and "country:ISR" in e.target)
    assert move.actor == "person:antony-blinken"


def test_event_carries_its_figures(seed_enriched):
    strikes = next(e for e in seed_enriched.events if e.actor == "country:ISR" and e.mode == "aerial" and e.figures)
    figure = next(f for f in seed_enriched.figures if f.id in strikes.figures)
    assert figure.type == "killed" and figure.value == 1000


def test_spans_index_the_text(seed_enriched):
    text = seed_enriched.article.text
    for e in seed_enriched.events:
        assert text[e.start:e.end] == e.text


def test_negated_verbs_are_no_events(seed_enriched):
    assert not any(e.verb == "REQUEST" for e in seed_enriched.events)  # "did not immediately respond to a request"


def test_a_bill_is_not_a_killing(events_of):
    enriched = events_of("The French parliament passed a bill on pensions in Paris on Tuesday.")
    assert not [e for e in enriched.events if e.verb == "ASSAULT"]


def test_passive_agent_is_the_actor(events_of):
    enriched = events_of("Gaza was bombed by Israel on Monday.")
    ev = _find(enriched.events, "country:ISR", "ASSAULT")
    assert ev is not None and "place:gaza-strip" in ev.target


def test_lexicon_is_data():
    verbs = load_lexicon("verbs.json")
    assert verbs["verbs"]["besiege"]["verb"] == "COERCE"
    assert not any(k.startswith("_") for k in verbs)


@pytest.mark.parametrize(
    "text",
    [
        "Shares in the company shot up 7% on Monday after Reuters reported the deal.",
        "The Conservative Party attacked Labour's new pledges as vacuous.",
        "Massive Attack played at Oxfam's appeal in Bristol.",
    ],
)
def test_no_assault_from_business_politics_or_names(events_of, text):
    assert not [e for e in events_of(text).events if e.verb == "ASSAULT"]


def test_reduced_relative_attack_and_launch(events_of):
    enriched = events_of(
        "Russian missile strikes killed at least 12 people in Ukraine on Saturday. "
        "Russia has launched more than 300 drones at Ukraine this week."
    )
    assaults = [e for e in enriched.events if e.actor == "country:RUS" and e.verb == "ASSAULT"]
    assert len(assaults) == 2 and all("country:UKR" in e.target for e in assaults)
    killed = next(f for f in enriched.figures if f.type == "killed")
    assert killed.by == "country:RUS" and killed.id in assaults[0].figures


def test_meetings_aid_and_agreements(events_of):
    enriched = events_of(
        "Ukrainian President Volodymyr Zelenskiy met Joe Biden in Washington on Thursday. "
        "The United States pledged $2 billion in military aid to Ukraine. "
        "Iran and Saudi Arabia agreed to restore diplomatic ties."
    )
    meeting = _find(enriched.events, "person:volodymyr-zelenskiy", "CONSULT")
    assert meeting.target == ["person:joe-biden"] and meeting.where == "place:washington" and meeting.when == "Thursday"
    aid = _find(enriched.events, "country:USA", "AID")
    assert aid.target == ["country:UKR"] and any(f.type == "money" and f.id in aid.figures for f in enriched.figures)
    assert _find(enriched.events, "country:IRN", "AGREE").target == ["country:SAU"]


@pytest.mark.parametrize("text", [
    "Chelsea's Damien Duff has been ruled out of Wednesday's Champions League clash with Barcelona at the Nou Camp.",
    "The Tigers stormed 22-6 ahead within 18 minutes through tries from Lewis Moody.",
    "Carlos Moya stormed into a 4-0 lead against Andy Roddick before the match turned.",
])
def test_play_in_sport_is_not_violence(events_of, text):
    assert not [e for e in events_of(text).events if e.verb in ("ASSAULT", "FIGHT")]


def test_violence_at_a_match_with_harm_stays(events_of):
    text = "Rival fans of Kenya and Uganda clashed outside the stadium after the match, leaving two people dead."
    enriched = events_of(text)
    assert any(e.verb in ("ASSAULT", "FIGHT") for e in enriched.events), enriched.events


@pytest.mark.parametrize("dateline", ["KYIV, March 3 (Reuters) - ", "KYIV (AP) — ", ""])
def test_a_wire_dateline_does_not_become_the_lead_sentence_subject(events_of, model, dateline):
    """The parser otherwise takes 'KYIV' for the subject of the lead sentence: the event and the perpetrator are lost."""
    from service.enrichment.core import parse_input

    text = dateline + "Russian missiles struck an apartment building in Zaporizhzhia on Thursday, killing at least 12 people."
    enriched = events_of(text)
    assert _find(enriched.events, "country:RUS", "ASSAULT") is not None
    (killed,) = [f for f in enriched.figures if f.type == "killed"]
    assert (killed.value, killed.by) == (12, "country:RUS")
    assert enriched.meta.dateline == ("KYIV" if dateline else None)
    assert parse_input(model.nlp, text).text == text  # the text itself is never changed


def test_a_people_targeted_is_no_place(events_of):
    enriched = events_of("Israeli air strikes killed at least 30 Palestinians.")
    assault = _find(enriched.events, "country:ISR", "ASSAULT")
    assert assault is not None and "country:PSE" in assault.target and assault.where is None
