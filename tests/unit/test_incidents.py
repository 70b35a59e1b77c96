"""Incidents: where a report turns from the lead's incident to another one, read from its sentences."""

from __future__ import annotations

import pytest

from service.enrichment.incidents import IncidentStarts, read_incidents


@pytest.fixture(scope="module")
def starts(model):
    from service.enrichment.core import parse_input

    def run(text: str) -> list[str]:
        found = read_incidents(model.nlp(parse_input(model.nlp, text)))
        return [text[s:s + 25] for s in found.starts]

    return run


@pytest.mark.parametrize("text, opening", [
    ("Troops killed 5 rebels in Beni. Separately, a bomb killed 2 people in Goma.", "Separately, a bomb killed"),
    ("Troops killed 5 rebels in Beni. In a separate attack, gunmen killed 2 people.", "In a separate attack, gun"),
    ("Troops killed 5 rebels in Beni. Elsewhere, 3 civilians died in shelling.", "Elsewhere, 3 civilians di"),
    ("On 8 July 2024, missiles hit Kyiv, killing 33. On the same day, strikes killed 10 people in Kryvyi Rih.",
     "On the same day, strikes "),
    ("On 9 January 2023, 17 protesters were killed in Juliaca. A police officer was burned to death by protesters "
     "the following day.", "A police officer was burn"),
    ("On 3 March 2024, gunmen killed 4 people in Kaya. On 5 March, the army killed 12 militants near Djibo.",
     "On 5 March, the army kill"),
])
def test_a_later_incident_starts_where_the_text_sets_it_apart(starts, text, opening):
    assert starts(text) == [opening]


@pytest.mark.parametrize("text", [
    "Troops killed 5 rebels in Beni. Two soldiers were also killed.",
    "On 8 July 2024, missiles hit Kyiv, killing 33. On the same day, rescuers searched the rubble in Kyiv.",
    "Gunmen killed 4 soldiers. A wounded soldier died the following day.",
    "On 3 March 2024, gunmen killed 4 people in Kaya. On 3 March, the army sent troops.",
    "In other words, the army lost 4 men.",
])
def test_the_lead_goes_on(starts, text):
    assert starts(text) == []


def test_offsets_map_to_incidents():
    found = IncidentStarts((10, 50), ("Separately", "The following day"))
    assert [found.of(i) for i in (0, 9, 10, 49, 50, 99)] == [0, 0, 1, 1, 2, 2]


def test_a_separate_location_said_inside_the_opening(starts):
    text = ("Gunmen fired upon a house at Nungchappi and one civilian was shot dead. Subsequently, in an exchange of "
            "fire at a separate location in the district, four gunmen were killed.")
    assert starts(text) == ["Subsequently, in an excha"]


@pytest.mark.parametrize("text, opening", [
    ("A drone attack on Odesa killed three people overnight, the governor said. In the southern city of Kherson, "
     "Russian shelling killed two more people, local officials said.", "In the southern city of K"),
    ("Soldiers executed at least 179 villagers in Soro. About 5 kilometres away, in the village of Nondin, soldiers "
     "killed 44 more people the same morning.", "About 5 kilometres away, "),
    ("Seven soldiers were killed in an ambush in the VRAEM valley. In May 2021, 16 people were killed in a massacre "
     "in the same region.", "In May 2021, 16 people we"),
    ("Flash Update No. 2: Attack on Abu Shouk camp (12 August 2025)\nOn 11 August, RSF fighters stormed the camp, "
     "killing at least 40 people. On 13 August, shelling killed 3 people in Tawila.", "On 13 August, shelling ki"),
])
def test_more_ways_a_later_incident_is_set_apart(starts, text, opening):
    assert starts(text) == [opening]


@pytest.mark.parametrize("text", [
    "Shelling hit Gaza on Monday, killing 12 people. In Gaza City, five of the wounded died overnight.",
    "Shelling hit Gaza on Monday, killing 12 people. In Gaza, health officials said the strikes hit a school.",
])
def test_a_place_already_named_or_the_lead_toll_goes_on(starts, text):
    assert starts(text) == []


@pytest.mark.parametrize("text, opening", [
    ("The toll from an attack on a convoy rose to 42 on Friday. In October, 15 people were killed in a similar "
     "attack.", "In October, 15 people wer"),
    ("A Ukrainian strike on Belgorod on Saturday killed 24 people. On Friday, Russian attacks across Ukraine killed "
     "at least 39 civilians.", "On Friday, Russian attack"),
])
def test_a_month_or_another_weekday_opens_another_incident(starts, text, opening):
    assert starts(text) == [opening]


def test_the_next_weekday_telling_the_toll_is_the_same_incident(starts):
    assert starts("Gunmen killed 5 people on Saturday. On Sunday, two of the wounded died in hospital.") == []


@pytest.mark.parametrize("text", [
    "On 1 July 2022, security forces dispersed protesters in Nukus. On 4 July, the National Guard said 18 people had "
    "died, with 243 injured.",
    "On 13 April 2025, two missiles struck the centre of Sumy. On 14 April, officials said 35 people had been killed.",
    "On 14 September 2022, troops clashed along the border. On 17 September, the Health Ministry reported 24 citizens "
    "killed and 87 injured.",
])
def test_a_later_date_that_only_reports_on_the_incident_is_the_same_incident(starts, text):
    assert starts(text) == []


@pytest.mark.parametrize("text, opening", [
    ("On 3 March 2024, gunmen killed 4 people in Kaya. On 5 March, police said gunmen killed 6 people in the town.",
     "On 5 March, police said g"),
    ("On 3 March 2024, gunmen killed 4 people in Kaya. On 5 March, police said 6 people were killed in Djibo.",
     "On 5 March, police said 6"),
])
def test_a_later_date_reporting_a_new_act_or_place_is_another_incident(starts, text, opening):
    assert starts(text) == [opening]


def test_the_same_day_at_a_place_the_model_does_not_tag_is_another_incident(starts):
    text = ("Police opened fire on the protesters, killing 17 in Kathmandu. On the same day, 2 more protesters were "
            "killed in Itahari.")
    assert starts(text) == ["On the same day, 2 more p"]


def test_the_incident_s_dead_found_the_next_morning_at_no_new_place_are_the_same_incident(starts):
    text = ("On 18 March 2024, gang members attacked the neighbourhoods of Laboule and Thomassin, looting houses. The "
            "following morning, residents found at least 15 bodies in the streets.")
    assert starts(text) == []
    other = ("On 18 March 2024, police raided a house in Laboule. The following day, the bodies of 4 suspects were "
             "found in Jacarepagua.")
    assert starts(other) == ["The following day, the bo"]
