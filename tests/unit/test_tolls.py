"""The dead of one event in a report: figures read for a place and a date asked about, else the whole report's."""

from __future__ import annotations

from datetime import date

import pytest

from schemas import Article
from service.enrichment.tolls import EventSite, dates_in, killed_at


@pytest.fixture(scope="module")
def toll(model):
    from service.enrichment import enrich

    def run(text: str, *places: str, on: date | None = None):
        found = killed_at(enrich(Article(id="t", text=text), model=model), EventSite(places=places, on=on))
        return sorted(f.value if f.value is not None else f.low for f in found.figures), found.chosen_by

    return run


@pytest.mark.parametrize("when, days", [
    ("June 20", {date(2016, 6, 20)}),
    ("20 June", {date(2016, 6, 20)}),
    ("24-26 June", {date(2016, 6, 24), date(2016, 6, 25), date(2016, 6, 26)}),
    ("17 and 21 June", {date(2016, 6, 17), date(2016, 6, 21)}),
    ("Jun. 19-20", {date(2016, 6, 19), date(2016, 6, 20)}),
    ("on 18/06", {date(2016, 6, 18)}),
    ("06/18/2016", {date(2016, 6, 18)}),
    ("Monday", set()),
    ("last week", set()),
    (None, set()),
])
def test_dates_in(when, days):
    assert dates_in(when, 2016) == days


TWO_PLACES = "Clashes in the Rutshuru area. These included 2 killed and 4 injured in Katsiro locality and 3 killed in the Bishusha area."


def test_the_figures_placed_at_the_place_asked_about(toll):
    assert toll(TWO_PLACES, "Bishusha", "Rutshuru") == ([3], "place")
    assert toll(TWO_PLACES, "Katsiro", "Rutshuru") == ([2], "place")


def test_a_place_the_figures_do_not_tell_apart_gets_the_whole_report(toll):
    assert toll("Clashes in Kadugli left 7 people dead.", "Kadugli", "South Kordofan") == ([7], "whole report")
    # The place asked about is not written: nothing tells the row's deaths from the others.
    assert toll(TWO_PLACES, "Goma", "Nyiragongo") == ([2, 3], "whole report")


def test_a_place_written_otherwise(toll):
    """Field notes spell towns several ways: 'Kismaayo' asked about is the 'Kismayo' written."""
    text = "Two people were killed in Kismayo and 3 were killed in Baidoa."
    assert toll(text, "Kismaayo", "Lower Juba") == ([2], "place")
    assert toll(text, "Baydhabo", "Bay") == ([2, 3], "whole report")  # another name altogether: not told apart


def test_a_place_inside_the_one_asked_about_is_not_elsewhere(toll):
    text = "Two soldiers were killed after they were ambushed at Suuqa Xoolaha neighbourhood in Mogadishu."
    assert toll(text, "Mogadishu", "Banaadir") == ([2], "whole report")


def test_deaths_dated_another_day_are_not_this_days(toll):
    text = "Militia attack Tur over two days. 5 killed, 8 wounded on June 20. Several injured on June 21."
    assert toll(text, "Tur", on=date(2016, 6, 21)) == ([], "date")
    assert toll(text, "Tur", on=date(2016, 6, 20)) == ([5], "whole report")
    assert toll("Gunmen killed 4 traders on Monday.", "Kano", on=date(2016, 6, 21)) == ([4], "whole report")


def test_a_lone_figure_at_an_unknown_part_of_the_site_is_the_sites(toll):
    """No death is placed at the site itself, so 'Hodan district' may well be part of it: the whole report."""
    text = "Two soldiers were killed in Hodan district. The ambush happened near Mogadishu."
    assert toll(text, "Mogadishu", "Banaadir") == ([2], "whole report")


@pytest.mark.parametrize("text, places, expected", [
    ("Rebels attacked army posts in Lwibo, killing 6 soldiers. Later the Kinyumba area also saw an attack but the "
     "assailants were fought off without reported casualties.", ("Kinyumba", "Masisi"), ([], "place")),
    ("Rebels attacked army posts in Lwibo, killing 6 soldiers. Later the Kinyumba area also saw an attack but the "
     "assailants were fought off without reported casualties.", ("Lwibo", "Masisi"), ([6], "whole report")),
    # Named again where deaths are told: not spared.
    ("Gunmen attacked Kinyumba without casualties on Monday. Four villagers were killed in Kinyumba on Tuesday.",
     ("Kinyumba",), ([4], "whole report")),
])
def test_a_place_named_only_as_spared_has_no_dead(toll, text, places, expected):
    assert toll(text, *places) == expected


def test_a_date_bounding_a_stretch_of_time_is_not_the_day(toll):
    text = "At least 12 people have been killed in Kalehe since 1 June, officials said."
    assert toll(text, "Kalehe", on=date(2016, 6, 5)) == ([12], "whole report")


@pytest.mark.parametrize("text, places, expected", [
    ("Cattle raiders killed 11 people in Yirol. Elders in Rumbek called for calm.", ("Rumbek",), ([], "place")),
    ("Cattle raiders killed 11 people in Yirol. Elders in Rumbek called for calm.", ("Yirol",), ([11], "whole report")),
    ("ADF rebels attacked Mavivi near Beni, killing 9 civilians.", ("Mavivi",), ([9], "whole report")),
])
def test_deaths_the_text_places_at_another_town(toll, text, places, expected):
    """A town named apart from the deaths' town has none of them; the place before 'near X' is where they were."""
    assert toll(text, *places) == expected


KYIV = ("On 8 July 2024, Russian forces launched a missile attack on Kyiv, hitting a children's hospital. 33 people were "
        "killed in Kyiv. On the same day, missile strikes also killed 10 people in Kryvyi Rih.")


@pytest.mark.parametrize("places, on, killed", [
    ((), None, [33]),  # nothing asked: the lead's incident, not the report's 43
    (("Kyiv",), date(2024, 7, 8), [33]),
    (("Kryvyi Rih", "Dnipropetrovsk"), date(2024, 7, 8), [10]),  # the later incident's own place
])
def test_a_later_incident_is_read_only_when_asked_for(toll, places, on, killed):
    assert toll(KYIV, *places, on=on) == (killed, "incident")


def test_a_later_incident_found_by_its_opening_date(toll):
    text = ("On 3 March 2024, gunmen killed 4 people in a village. On 5 March 2024, the army killed 12 militants "
            "in the hills.")
    assert toll(text, "Somewhere", on=date(2024, 3, 5))[0] == [12]
    assert toll(text, "Somewhere", on=date(2024, 3, 3))[0] == [4]
