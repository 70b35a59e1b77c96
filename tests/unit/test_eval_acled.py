"""The ACLED suite: coder remarks stripped, killed totals summed, exact/zero rates scored, missing file skipped."""

from __future__ import annotations

import argparse
import csv
from datetime import date

from schemas import Article
from service.evaluation import acled


def test_strip_coder_remark():
    assert acled.strip_coder_remark("Two soldiers were killed. 2 fatalities.") == "Two soldiers were killed."
    assert acled.strip_coder_remark("Two soldiers were killed; 2 fatalities") == "Two soldiers were killed;"
    assert acled.strip_coder_remark("A commander and his 2 bodyguards were shot. Fatalities: 3.") == (
        "A commander and his 2 bodyguards were shot.")  # the same remark as a label
    # the end of the report's own sentence is not a remark
    text = "A clash in Khartoum resulted in 25 fatalities, including 12 civilians."
    assert acled.strip_coder_remark(text) == text
    assert acled.strip_coder_remark("Clashes left 4 fatalities") == "Clashes left 4 fatalities"
    assert acled.strip_coder_remark("Clashes in Boni. 3 fatalities were reported.") == "Clashes in Boni. 3 fatalities were reported."
    assert acled.strip_coder_remark("Clashes in Boni. [2 fatalities coded]") == "Clashes in Boni."
    assert acled.strip_coder_remark("Clashes in Wau [3 fatalities]") == "Clashes in Wau"
    assert acled.strip_coder_remark("No one was hurt.") == "No one was hurt."


def test_killed_total(model):
    from service.enrichment import enrich

    def total(text):
        return acled.killed_total(enrich(Article(id="t", text=text), model=model))

    assert total("Two people were killed and 18 were wounded in a mortar attack.") == 2
    assert total("Two Somali citizens and four Kenyan citizens died.") == 6
    assert total("The strikes killed an unknown number of pastoralists.") == acled.UNKNOWN_FATALITIES
    assert total("Students went on strike over unpaid salaries.") == 0
    # "several" alone is ACLED's 10; beside a number it adds nothing (no bound), "dozens" its 12.
    assert total('Troops dislodged the militants from the town, killing "several".') == acled.UNKNOWN_FATALITIES
    assert total("Troops killed 3 militants and several civilians.") == 3
    assert total("At least 36 soldiers were killed. The army spoke of dozens dead among the rebels.") == 48


def test_score():
    rows = [("a", 2), ("b", 0), ("c", 5), ("d", 0)]
    s = acled.score(rows, [2, 0, 4, 1])
    assert s["exact_on_fatal"] == 0.5 and s["zero_on_zero"] == 0.5


def test_evaluate_on_a_small_file(model, tmp_path):
    path = tmp_path / "acled.csv"
    with path.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["notes", "fatalities"])
        w.writeheader()
        w.writerow({"notes": "Gunmen killed three villagers in Okpoga. 3 fatalities.", "fatalities": 3})
        w.writerow({"notes": "Workers protested over unpaid salaries in Lusaka.", "fatalities": 0})
    result = acled.evaluate(argparse.Namespace(acled=str(path)), model)
    assert result["wirestream"]["exact_on_fatal"] == 1.0 and result["wirestream"]["zero_on_zero"] == 1.0
    assert any("naive" in metric for metric, _, _ in result["summary"])


def test_each_row_is_read_for_its_own_place_and_date(model, tmp_path):
    """Two rows of one report: each gets the deaths the text places at its location; the location-blind reading gets
    the report's total for both. Only location and date are read from the row, never another row's fatalities."""
    notes = "Clashes in the Rutshuru area: 2 killed in Katsiro locality and 3 killed in the Bishusha area."
    path = tmp_path / "acled.csv"
    with path.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["notes", "fatalities", "location", "admin1", "admin2", "admin3", "event_date"])
        w.writeheader()
        w.writerow({"notes": notes, "fatalities": 2, "location": "Katsiro", "admin1": "Nord-Kivu", "admin3": "Rutshuru",
                    "event_date": "2016-06-29"})
        w.writerow({"notes": notes, "fatalities": 3, "location": "Bishusha", "admin1": "Nord-Kivu", "admin3": "Rutshuru",
                    "event_date": "2016-06-29"})
    sites = acled.read_sites(path)
    assert sites[0].places == ("Katsiro", "Rutshuru", "", "Nord-Kivu") and str(sites[0].on) == "2016-06-29"
    result = acled.evaluate(argparse.Namespace(acled=str(path)), model)
    assert result["wirestream"]["exact_on_fatal"] == 1.0
    assert result["location_blind"]["exact_on_fatal"] == 0.0
    assert any("location-blind" in metric for metric, _, _ in result["summary"])


def test_even_split_is_a_diagnostic_over_shared_notes():
    rows = [("a", 8), ("a", 9), ("a", 9), ("b", 4), ("c", 3), ("c", 3)]
    whole = [26, 26, 26, 4, 10, 10]
    assert acled.even_split_rows(rows, whole, acled.Counter(n for n, _ in rows)) == {"rows": 5, "even": 3}


def test_missing_file_skips(model, tmp_path):
    assert "skipped" in acled.evaluate(argparse.Namespace(acled=str(tmp_path / "none.csv")), model)


def test_export_spellings_are_read(model, tmp_path):
    """Upper-case columns and the exports' dates ("02 July 2016") read like the API's; a file without notes or
    fatalities is skipped with a message rather than crashing the eval."""
    path = tmp_path / "export.csv"
    with path.open("w", newline="", encoding="utf-8-sig") as fh:
        w = csv.DictWriter(fh, fieldnames=["EVENT_DATE", "LOCATION", "NOTES", "FATALITIES"])
        w.writeheader()
        w.writerow({"EVENT_DATE": "02 July 2016", "LOCATION": "Okpoga",
                    "NOTES": "On 2 July, gunmen killed three villagers in Okpoga.", "FATALITIES": "3"})
        w.writerow({"EVENT_DATE": "03-July-2016", "LOCATION": "Lusaka", "NOTES": "Workers protested in Lusaka.",
                    "FATALITIES": ""})
    assert [s.on for s in acled.read_sites(path)] == [date(2016, 7, 2), date(2016, 7, 3)]
    result = acled.evaluate(argparse.Namespace(acled=str(path)), model)
    assert result["wirestream"]["exact_on_fatal"] == 1.0 and result["wirestream"]["zero_on_zero"] == 1.0
    bad = tmp_path / "bad.csv"
    bad.write_text("text,deaths\nsomething,1\n", encoding="utf-8")
    assert "notes" in acled.evaluate(argparse.Namespace(acled=str(bad)), model)["skipped"]


def test_conflict_notes_written_for_the_project_are_read(model):
    """The project's own conflict notes in ACLED's current style (tests/fixtures/heldout_conflict_notes.csv): a guard
    against regressions on text the dev file does not have (other regions, years and phrasings)."""
    result = acled.evaluate_heldout(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 146
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] == 1.0


def test_conflict_reports_written_blind_are_read(model):
    """tests/fixtures/blind_conflict_reports.csv: written without sight of the rules; 0.838 at first reading."""
    result = acled.evaluate_blind(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 80
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] == 1.0


def test_a_second_blind_set_is_read(model):
    """tests/fixtures/blind_conflict_reports_2.csv: another writer, the same brief; 0.850 / 0.950 at first reading."""
    result = acled.evaluate_blind_2(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 100
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] >= 0.95


def test_a_third_blind_set_in_more_styles_is_read(model):
    """tests/fixtures/blind_conflict_reports_3.csv: communiqués, UN and NGO updates, translated local press too;
    0.800 / 0.900 at first reading."""
    result = acled.evaluate_blind_3(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 100
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] >= 0.95


def test_a_fourth_blind_set_of_acled_notes_is_read(model):
    """tests/fixtures/blind_conflict_reports_4.csv: ACLED's notes style across its event types; 0.800 / 1.000 at first
    reading. The four notes that tell a second event are read since session 8 (incidents)."""
    result = acled.evaluate_blind_4(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 95
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] == 1.0


def test_a_fifth_blind_set_in_four_styles_is_read(model):
    """tests/fixtures/blind_conflict_reports_5.csv (its writer's key beside it): ACLED notes, wire leads, UN/NGO,
    police, army and militant statements and translated press; 0.704 / 0.864 at first reading, after the first fixes
    of session 8 (incidents)."""
    result = acled.evaluate_blind_5(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 98
    assert result["wirestream"]["exact_on_fatal"] >= 0.9 and result["wirestream"]["zero_on_zero"] >= 0.95


def test_a_sixth_blind_set_is_read(model):
    """tests/fixtures/blind_conflict_reports_6.csv (its writer's key beside it): 0.742 / 0.957 at first reading, after
    all of session 8's fixes."""
    result = acled.evaluate_blind_6(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 97
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] >= 0.95


def test_a_seventh_blind_set_is_read(model):
    """tests/fixtures/blind_conflict_reports_7.csv (its writer's key beside it): 0.800 / 0.950 at first reading, after
    the set-6 fixes."""
    result = acled.evaluate_blind_7(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 100
    assert result["wirestream"]["exact_on_fatal"] >= 0.9 and result["wirestream"]["zero_on_zero"] >= 0.9


def test_an_eighth_blind_set_of_ordinary_coverage_is_read(model):
    """tests/fixtures/blind_conflict_reports_8.csv (its writer's key beside it): written as an ordinary week of
    coverage; 0.910 / 1.000 at first reading, after the set-7 fixes."""
    result = acled.evaluate_blind_8(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 100
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] == 1.0


def test_a_ninth_blind_set_of_a_normal_week_is_read(model):
    """tests/fixtures/blind_conflict_reports_9.csv (its writer's key beside it): "a normal week"; 0.930 / 1.000 at
    first reading, after all of session 8's fixes."""
    result = acled.evaluate_blind_9(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 100
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] == 1.0


def test_a_tenth_blind_set_of_an_ordinary_day_is_read(model):
    """tests/fixtures/blind_conflict_reports_10.csv (its writer's key beside it): "an ordinary day"; 0.910 / 1.000 at
    first reading, after the set-9 fixes."""
    result = acled.evaluate_blind_10(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 100
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] == 1.0


def test_an_eleventh_blind_set_of_acled_africa_notes_is_read(model):
    """tests/fixtures/blind_conflict_reports_11.csv (its writer's key beside it): ACLED Africa notes in the mid-2010s
    style of the dev file, "an ordinary month of coding"; 0.955 / 1.000 at first reading (83f07bf)."""
    result = acled.evaluate_blind_11(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 67
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] == 1.0


def test_a_twelfth_blind_set_of_longer_acled_africa_notes_is_read(model):
    """tests/fixtures/blind_conflict_reports_12.csv (its writer's key beside it): the same style, longer, from local
    and translated press, several counts per note; 0.848 / 0.944 at first reading (83f07bf)."""
    result = acled.evaluate_blind_12(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 66
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] == 1.0


def test_a_thirteenth_blind_set_sampled_like_a_month_of_acled_africa_is_read(model):
    """tests/fixtures/blind_conflict_reports_13.csv (its writer's key beside it): ACLED Africa notes of the mid-2010s,
    "a random sample of one month"; 0.939 / 0.981 at first reading (860bbfd, after the set-11 and set-12 fixes)."""
    result = acled.evaluate_blind_13(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 66
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] == 1.0


def test_a_fourteenth_blind_set_of_acled_middle_east_and_asia_notes_is_read(model):
    """tests/fixtures/blind_conflict_reports_14.csv (its writer's key beside it): ACLED Middle East and Asia notes of
    the mid-2010s; 0.894 / 0.963 at first reading (860bbfd)."""
    result = acled.evaluate_blind_14(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 66
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] == 1.0


def test_a_fifteenth_blind_set_of_acled_east_africa_2016_is_read(model):
    """tests/fixtures/blind_conflict_reports_15.csv (its writer's key beside it): ACLED notes of June-July 2016, East
    Africa, the Horn and the Great Lakes; 0.894 / 0.981 at first reading (6601f81, after the fixes of sets 11-14)."""
    result = acled.evaluate_blind_15(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 66
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] >= 0.98


def test_a_sixteenth_blind_set_of_acled_west_north_and_south_africa_2016_is_read(model):
    """tests/fixtures/blind_conflict_reports_16.csv (its writer's key beside it): ACLED notes of June-July 2016, West,
    Central, North and southern Africa; 0.894 / 0.981 at first reading (6601f81)."""
    result = acled.evaluate_blind_16(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 66
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] >= 0.98


def test_a_seventeenth_blind_set_of_sourced_acled_notes_of_2016_is_read(model):
    """tests/fixtures/blind_conflict_reports_17.csv (its writer's key beside it): ACLED notes of June-July 2016 from
    the countries with the most events, many citing their source; 0.818 / 0.926 at first reading (bfd2cde)."""
    result = acled.evaluate_blind_17(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 66
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] == 1.0


def test_an_eighteenth_blind_set_of_long_acled_notes_of_2016_is_read(model):
    """tests/fixtures/blind_conflict_reports_18.csv (its writer's key beside it): long ACLED notes of June-July 2016
    with the usual complications; 0.818 / 0.907 at first reading (bfd2cde)."""
    result = acled.evaluate_blind_18(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 66
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] == 1.0


def test_a_nineteenth_blind_set_of_clumsy_acled_notes_of_2016_is_read(model):
    """tests/fixtures/blind_conflict_reports_19.csv (its writer's key beside it): ACLED notes of June-July 2016 in
    their real proportions, clumsy, with typos; 0.864 / 1.000 at first reading (11d86fb)."""
    result = acled.evaluate_blind_19(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 66
    assert result["wirestream"]["exact_on_fatal"] >= 0.92 and result["wirestream"]["zero_on_zero"] == 1.0


def test_a_twentieth_blind_set_of_many_part_acled_notes_of_2016_is_read(model):
    """tests/fixtures/blind_conflict_reports_20.csv (its writer's key beside it): ACLED notes of June-July 2016 over
    several villages or days, with the dead listed by group or place; 0.738 / 0.964 at first reading (11d86fb)."""
    result = acled.evaluate_blind_20(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 65
    assert result["wirestream"]["exact_on_fatal"] >= 0.90 and result["wirestream"]["zero_on_zero"] == 1.0


def test_a_twenty_first_blind_set_of_plain_acled_notes_of_2016_is_read(model):
    """tests/fixtures/blind_conflict_reports_21.csv (its writer's key beside it): "a plain random sample" of ACLED
    notes of June-July 2016; 0.955 / 1.000 at first reading (8687910, after the fixes of sets 11-20)."""
    result = acled.evaluate_blind_21(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 66
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] == 1.0


def test_a_twenty_second_blind_set_of_acled_notes_by_many_hands_is_read(model):
    """tests/fixtures/blind_conflict_reports_22.csv (its writer's key beside it): ACLED notes of June-July 2016 written
    "as a different coder might" each; 0.892 / 1.000 at first reading (8687910)."""
    result = acled.evaluate_blind_22(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 65
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] == 1.0


def test_a_twenty_third_blind_set_sampled_like_a_month_of_2016_is_read(model):
    """tests/fixtures/blind_conflict_reports_23.csv (its writer's key beside it): "a random sample" of ACLED notes of
    June-July 2016; 0.939 / 1.000 at first reading (86bda52, after the fixes of sets 11-22)."""
    result = acled.evaluate_blind_23(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 66
    assert result["wirestream"]["exact_on_fatal"] >= 0.93 and result["wirestream"]["zero_on_zero"] == 1.0


def test_a_twenty_fourth_blind_set_from_the_busiest_countries_of_2016_is_read(model):
    """tests/fixtures/blind_conflict_reports_24.csv (its writer's key beside it): ACLED notes of June-July 2016 from
    the countries with the most events; 0.894 / 0.981 at first reading (86bda52)."""
    result = acled.evaluate_blind_24(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 66
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] == 1.0


def test_a_twenty_fifth_blind_set_of_acled_africa_notes_of_2017_and_2018_is_read(model):
    """tests/fixtures/blind_conflict_reports_25.csv (its writer's key beside it): ACLED Africa notes of 2017-2018, years
    the dev file does not have; 0.879 / 1.000 at first reading (a1a79fa, after the fixes of sets 11-24)."""
    result = acled.evaluate_blind_25(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 66
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] == 1.0


def test_a_twenty_sixth_blind_set_of_ordinary_acled_notes_of_2016_is_read(model):
    """tests/fixtures/blind_conflict_reports_26.csv (its writer's key beside it): ACLED notes of June-July 2016, "as
    ordinary and representative as you can make it"; 0.912 / 1.000 at first reading (a1a79fa)."""
    result = acled.evaluate_blind_26(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 68
    assert result["wirestream"]["exact_on_fatal"] >= 0.92 and result["wirestream"]["zero_on_zero"] == 1.0


def test_a_twenty_seventh_blind_set_in_acled_s_current_style_is_read(model):
    """tests/fixtures/blind_conflict_reports_27.csv (its writer's key beside it): notes in ACLED's current style,
    2022-2024, worldwide; 0.894 / 0.981 at first reading (2edf177)."""
    result = acled.evaluate_blind_27(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 66
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] >= 0.98


def test_a_twenty_eighth_blind_set_of_latin_american_notes_is_read(model):
    """tests/fixtures/blind_conflict_reports_28.csv: ACLED Latin America and Caribbean notes of 2019-2023 (cartels,
    gangs, armed groups); 0.879 / 0.981 at first reading (2edf177)."""
    result = acled.evaluate_blind_28(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 66
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] >= 0.98


def test_a_twenty_ninth_blind_set_a_plain_month_of_2016_is_read(model):
    """tests/fixtures/blind_conflict_reports_29.csv: ACLED Africa notes of one month of 2016, a plain random sample;
    0.940 / 0.981 at first reading (2edf177)."""
    result = acled.evaluate_blind_29(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 67
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] >= 0.98


def test_a_thirtieth_blind_set_of_wire_copy_with_background_tolls_is_read(model):
    """tests/fixtures/blind_conflict_reports_30.csv: the first one to three paragraphs of 120 wire stories of 2023-2024
    (dateline, sources, quotes, background war tolls); 0.818 / 0.852 at first reading (2edf177), the background tolls
    read as the story's own."""
    result = acled.evaluate_blind_30(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 66
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] >= 0.98


def test_a_thirty_first_blind_set_of_story_openings_is_read(model):
    """tests/fixtures/blind_conflict_reports_31.csv: openings of 120 agency and newspaper stories of 2019-2025, one to
    four paragraphs; 0.879 / 0.926 at first reading (8c7ef67, after the fixes of sets 27-30)."""
    result = acled.evaluate_blind_31(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 66
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] >= 0.98


def test_a_thirty_second_blind_set_of_ordinary_wire_stories_is_read(model):
    """tests/fixtures/blind_conflict_reports_32.csv: 120 ordinary wire stories of 2022-2025; 0.892 / 0.964 at first
    reading (8c7ef67). Two rows stay apart: the writer did not count a suicide bomber the story does not call dead."""
    result = acled.evaluate_blind_32(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 65
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] >= 0.98


def test_a_thirty_third_blind_set_a_plain_month_in_acled_s_current_style_is_read(model):
    """tests/fixtures/blind_conflict_reports_33.csv: ACLED notes in the current style, a plain month of 2023-2025
    worldwide; 0.985 / 1.000 at first reading (8c7ef67)."""
    result = acled.evaluate_blind_33(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 67
    assert result["wirestream"]["exact_on_fatal"] >= 0.98 and result["wirestream"]["zero_on_zero"] == 1.0


def test_a_thirty_fourth_blind_set_of_agency_stories_from_the_middle_east_africa_and_asia_is_read(model):
    """tests/fixtures/blind_conflict_reports_34.csv: 120 AFP / Al Jazeera / BBC-style stories of 2023-2025; 0.848 /
    0.944 at first reading (f251286, after the fixes of sets 31-33)."""
    result = acled.evaluate_blind_34(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 66
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] >= 0.98


def test_a_thirty_fifth_blind_set_of_national_newspaper_stories_is_read(model):
    """tests/fixtures/blind_conflict_reports_35.csv: 120 stories from national English-language newspapers in their own
    idiom ("the deceased were identified as", "neutralised", "confirmed the incident"); 0.773 / 0.963 at first reading
    (f251286). One zero row stays: "arrested in connection with the murder of" a councillor, which ACLED's own dev
    file codes as the death (row 475)."""
    result = acled.evaluate_blind_35(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 66
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] >= 0.98


def test_a_thirty_sixth_blind_set_of_current_acled_notes_from_the_middle_east_and_asia_is_read(model):
    """tests/fixtures/blind_conflict_reports_36.csv: ACLED notes in the current style, Middle East and Asia, a plain
    month of 2022-2025; 1.000 / 1.000 at first reading (f251286)."""
    result = acled.evaluate_blind_36(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 65
    assert result["wirestream"]["exact_on_fatal"] == 1.0 and result["wirestream"]["zero_on_zero"] == 1.0


def test_a_thirty_seventh_blind_set_of_national_and_regional_outlets_is_read(model):
    """tests/fixtures/blind_conflict_reports_37.csv: 120 stories from national and regional English-language outlets,
    2020-2025; 0.818 / 0.944 at first reading (6a670fb, after the fixes of sets 34-36)."""
    result = acled.evaluate_blind_37(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 66
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] >= 0.98


def test_a_thirty_eighth_blind_set_of_world_briefs_is_read(model):
    """tests/fixtures/blind_conflict_reports_38.csv: 120 world-news briefs of 2021-2025; 0.969 / 0.945 at first reading
    (6a670fb)."""
    result = acled.evaluate_blind_38(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 65
    assert result["wirestream"]["exact_on_fatal"] >= 0.95 and result["wirestream"]["zero_on_zero"] >= 0.98


def test_a_thirty_ninth_blind_set_of_un_and_ngo_updates_is_read(model):
    """tests/fixtures/blind_conflict_reports_39.csv: 120 UN and NGO incident updates, 2020-2025; 0.955 / 1.000 at first
    reading (6a670fb)."""
    result = acled.evaluate_blind_39(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 66
    assert result["wirestream"]["exact_on_fatal"] >= 0.98 and result["wirestream"]["zero_on_zero"] == 1.0


def test_a_fortieth_blind_set_of_full_length_wire_stories_is_read(model):
    """tests/fixtures/blind_conflict_reports_40.csv: 120 wire stories of 2020-2025 at full length (three to five
    paragraphs); 0.848 / 0.926 at first reading (27d3ae6, after the fixes of sets 37-39)."""
    result = acled.evaluate_blind_40(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 66
    assert result["wirestream"]["exact_on_fatal"] >= 0.92 and result["wirestream"]["zero_on_zero"] >= 0.98


def test_a_forty_first_blind_set_of_national_newspapers_is_read(model):
    """tests/fixtures/blind_conflict_reports_41.csv: 120 stories from national English-language newspapers of Africa,
    Asia and the Americas, 2019-2025; 0.879 / 1.000 at first reading (27d3ae6)."""
    result = acled.evaluate_blind_41(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 66
    assert result["wirestream"]["exact_on_fatal"] >= 0.90 and result["wirestream"]["zero_on_zero"] >= 0.98


def test_a_forty_second_blind_set_of_acled_notes_across_the_years_is_read(model):
    """tests/fixtures/blind_conflict_reports_42.csv: 120 ACLED notes drawn across the whole dataset, 2015-2025, every
    region; 0.969 / 0.945 at first reading (27d3ae6)."""
    result = acled.evaluate_blind_42(argparse.Namespace(), model)
    assert result["wirestream"]["fatal_rows"] == 65
    assert result["wirestream"]["exact_on_fatal"] >= 0.98 and result["wirestream"]["zero_on_zero"] == 1.0


def test_three_last_blind_sets_read_once_to_measure_stay_at_their_first_reading(model):
    """tests/fixtures/blind_conflict_reports_43.csv, _44 and _45: two sets of story openings as a news feed carries
    them and one plain month of ACLED Africa 2016, read once at 3621a98 (every fix of session 10 in) to measure, not to
    fix: 0.862 / 0.964, 0.879 / 0.963 and 0.985 / 0.982 at first reading; 0.877 and 0.894 after "the death toll from
    attacks … rose to 113" was read as a toll again. They guard against the readings falling."""
    for suite, fatal, exact, zero in ((acled.evaluate_blind_43, 65, 0.87, 0.96), (acled.evaluate_blind_44, 66, 0.89, 0.96),
                                      (acled.evaluate_blind_45, 65, 0.98, 0.98)):
        _stays_at(suite, model, fatal, exact, zero)


def _stays_at(suite, model, fatal: int, exact: float, zero: float) -> None:  # noqa: ANN001 - a suite function, the model
    """A blind set reads at least what it read: the same rows with deaths, exact and zero rates no lower."""
    result = suite(argparse.Namespace(), model)["wirestream"]
    assert result["fatal_rows"] == fatal
    assert result["exact_on_fatal"] >= exact and result["zero_on_zero"] >= zero


def test_session_11_blind_sets_stay_at_their_readings(model):
    """tests/fixtures/blind_conflict_reports_46.csv … _55.csv, read once each before any change made for it: 46-50 at
    a51196f (ACLED today worldwide 0.910 / 1.000; ACLED Asia and the Middle East 0.833 / 1.000; national and regional
    outlets 0.864 / 1.000; ACLED Latin America, Europe and Central Asia 0.909 / 1.000; agency web briefs
    0.891 / 0.964), 51-55 at f864856 (ACLED Africa today 0.912 / 1.000; full-length wire stories 0.848 / 0.907;
    South and Southeast Asian outlets 0.836 / 0.981; ACLED Middle East 0.924 / 1.000; news-feed items
    0.848 / 1.000). They guard the readings after the session's fixes."""
    for suite, fatal, exact, zero in (
            (acled.evaluate_blind_46, 67, 0.96, 1.0), (acled.evaluate_blind_47, 66, 0.95, 1.0),
            (acled.evaluate_blind_48, 66, 1.0, 1.0), (acled.evaluate_blind_49, 66, 0.96, 1.0),
            (acled.evaluate_blind_50, 64, 0.98, 1.0), (acled.evaluate_blind_51, 68, 0.91, 1.0),
            (acled.evaluate_blind_52, 66, 0.95, 0.96), (acled.evaluate_blind_53, 67, 0.94, 0.98),
            (acled.evaluate_blind_54, 66, 0.92, 1.0), (acled.evaluate_blind_55, 66, 0.92, 1.0)):
        _stays_at(suite, model, fatal, exact, zero)


def test_the_last_two_rounds_of_blind_sets_stay_at_their_readings(model):
    """tests/fixtures/blind_conflict_reports_56.csv … _60.csv, read once at 954106e to measure (ACLED notes across
    2016-2025 0.955 / 1.000; wire-story openings 0.970 / 0.981; African national newspapers 0.879 / 0.963; ACLED
    Asia-Pacific and the Americas 0.909 / 1.000; UN, NGO and monitor updates 0.939 / 1.000), then fixed at c383d32;
    _61.csv … _65.csv read once at c383d32 to measure, not to fix (ACLED Africa and the Middle East 2016-2019
    0.970 / 1.000; wire stories 0.896 / 0.981; Latin American and Middle Eastern outlets 0.894 / 0.963; ACLED today
    0.939 / 1.000; broadcasters' web stories 0.924 / 0.981). They guard against the readings falling."""
    for suite, fatal, exact, zero in (
            (acled.evaluate_blind_56, 66, 0.95, 1.0), (acled.evaluate_blind_57, 66, 0.98, 1.0),
            (acled.evaluate_blind_58, 66, 0.92, 0.96), (acled.evaluate_blind_59, 66, 0.90, 1.0),
            (acled.evaluate_blind_60, 66, 0.96, 1.0), (acled.evaluate_blind_61, 66, 0.96, 1.0),
            (acled.evaluate_blind_62, 67, 0.89, 0.98), (acled.evaluate_blind_63, 66, 0.89, 0.96),
            (acled.evaluate_blind_64, 66, 0.93, 1.0), (acled.evaluate_blind_65, 66, 0.92, 0.98)):
        _stays_at(suite, model, fatal, exact, zero)


def test_session_12_blind_sets_stay_at_their_readings(model):
    """tests/fixtures/blind_conflict_reports_66.csv … _70.csv, read once at 999f9b6 before any change made for them
    (ACLED notes 2020-2025 0.877 / 0.982; full wire stories 0.758 / 0.741; African and South Asian local papers
    0.750 / 1.000; live-blog and news-feed updates 0.864 / 0.963; NGO, UN and ministry releases 0.742 / 0.944), then
    fixed by general rules. They guard against the readings falling."""
    for suite, fatal, exact, zero in (
            (acled.evaluate_blind_66, 65, 0.92, 0.98), (acled.evaluate_blind_67, 66, 0.89, 0.92),
            (acled.evaluate_blind_68, 68, 0.88, 1.0), (acled.evaluate_blind_69, 66, 0.92, 0.96),
            (acled.evaluate_blind_70, 66, 0.84, 0.98)):
        _stays_at(suite, model, fatal, exact, zero)


def test_session_12_second_round_stays_at_its_readings(model):
    """tests/fixtures/blind_conflict_reports_71.csv … _75.csv, read once at 1b4f474 (the fixes of sets 66-70 in):
    ACLED notes of Africa and the Middle East 2023-2025 0.923 / 1.000; wire stories 0.848 / 0.963; national papers
    of Latin America, South and Southeast Asia 0.818 / 0.981; ACLED notes of South and Southeast Asia 2018-2024
    0.809 / 1.000; broadcasters' web stories 0.851 / 0.925; then fixed at 5ac6e02. They guard against the readings
    falling."""
    for suite, fatal, exact, zero in (
            (acled.evaluate_blind_71, 65, 0.92, 1.0), (acled.evaluate_blind_72, 66, 0.92, 0.96),
            (acled.evaluate_blind_73, 66, 0.92, 0.98), (acled.evaluate_blind_74, 68, 0.82, 1.0),
            (acled.evaluate_blind_75, 67, 0.89, 0.92)):
        _stays_at(suite, model, fatal, exact, zero)


def test_session_13_blind_sets_stay_at_their_readings(model):
    """tests/fixtures/blind_conflict_reports_76.csv … _80.csv, read once at 81ba8c9 (session 12's final code) before
    any change made for them: ACLED notes 2016-2025 0.851 / 1.000; round-ups of separate incidents 0.299 / 1.000 at
    the row's place, 0.687 location-blind (their key counts every incident); army, police and government communiqués
    0.833 / 0.981; wire stories updating a developing event 0.803 / 0.926; the wars in Europe, the Caucasus and
    Central Asia 0.833 / 0.963; then fixed by general rules. They guard against the readings falling (the round-ups
    by their location-blind reading)."""
    for suite, fatal, exact, zero in (
            (acled.evaluate_blind_76, 67, 0.89, 1.0), (acled.evaluate_blind_78, 66, 0.96, 1.0),
            (acled.evaluate_blind_79, 66, 0.96, 0.98), (acled.evaluate_blind_80, 66, 0.89, 0.98)):
        _stays_at(suite, model, fatal, exact, zero)
    round_ups = acled.evaluate_blind_77(argparse.Namespace(), model)
    assert round_ups["wirestream"]["fatal_rows"] == 67
    assert round_ups["location_blind"]["exact_on_fatal"] >= 0.74 and round_ups["location_blind"]["zero_on_zero"] >= 1.0


def test_session_13_second_round_stays_at_its_readings(model):
    """tests/fixtures/blind_conflict_reports_81.csv … _85.csv, read once at 3c75069 (the fixes of sets 76-80 in),
    briefed as ordinary copy: ACLED notes 2019-2025 0.897 / 0.962; wire stories 0.955 / 0.963; national papers of
    Africa and Asia 0.909 / 1.000; a news feed 0.833 / 1.000; ACLED notes of the Middle East and North Africa
    0.881 / 0.981. They guard against the readings falling."""
    for suite, fatal, exact, zero in (
            (acled.evaluate_blind_81, 68, 0.89, 1.0), (acled.evaluate_blind_82, 66, 0.95, 0.96),
            (acled.evaluate_blind_83, 66, 0.90, 1.0), (acled.evaluate_blind_84, 66, 0.86, 1.0),
            (acled.evaluate_blind_85, 67, 0.91, 1.0)):
        _stays_at(suite, model, fatal, exact, zero)


def test_session_14_round_stays_at_its_readings(model):
    """tests/fixtures/blind_conflict_reports_86.csv … _90.csv, read once at f11093d (session 13's final code): ACLED
    notes of Latin America 0.909 / 0.981; wire stories of an ordinary week 0.924 / 0.963; ACLED notes of Sub-Saharan
    Africa 0.894 / 1.000; South and Southeast Asian papers 0.908 / 0.982; humanitarian and monitoring updates
    0.803 / 0.981. After the session's rules 0.955, 0.955, 0.909, 0.908, 0.894; they guard against the readings
    falling."""
    for suite, fatal, exact, zero in (
            (acled.evaluate_blind_86, 66, 0.95, 1.0), (acled.evaluate_blind_87, 66, 0.95, 1.0),
            (acled.evaluate_blind_88, 66, 0.90, 1.0), (acled.evaluate_blind_89, 65, 0.90, 1.0),
            (acled.evaluate_blind_90, 66, 0.89, 0.98)):
        _stays_at(suite, model, fatal, exact, zero)


def test_session_15_round_stays_at_its_readings(model):
    """tests/fixtures/blind_conflict_reports_91.csv … _95.csv, ACLED notes read once at 8122e8a (session 14's rules):
    Europe and Central Asia 0.800 / 0.982; East Africa and the Great Lakes 0.879 / 0.963; West Africa and the Sahel
    0.909 / 0.981; Southeast and East Asia 0.910 / 1.000; the newest data, every region 0.836 / 0.981. After the
    session's rules 0.954, 0.970, 0.955, 0.940, 0.925 (zero 0.98–1.00); they guard against the readings falling."""
    for suite, fatal, exact, zero in (
            (acled.evaluate_blind_91, 65, 0.95, 1.0), (acled.evaluate_blind_92, 66, 0.96, 0.98),
            (acled.evaluate_blind_93, 66, 0.95, 1.0), (acled.evaluate_blind_94, 67, 0.94, 1.0),
            (acled.evaluate_blind_95, 67, 0.92, 1.0)):
        _stays_at(suite, model, fatal, exact, zero)


def test_session_15_second_round_stays_at_its_first_readings(model):
    """tests/fixtures/blind_conflict_reports_96.csv … _100.csv, ACLED notes read once at f8c4e8a (the first round's
    rules): the Middle East 0.877 / 1.000; South Asia 0.818 / 0.981; Latin America and the Caribbean 0.848 / 1.000;
    Africa as coded in 2011-2016 0.925 / 1.000; Sub-Saharan Africa 2024-2026 0.924 / 0.963. After a few general
    rules 0.892, 0.848, 0.879, 0.940, 0.924 / 0.981; they guard against the readings falling."""
    for suite, fatal, exact, zero in (
            (acled.evaluate_blind_96, 65, 0.89, 1.0), (acled.evaluate_blind_97, 66, 0.84, 0.98),
            (acled.evaluate_blind_98, 66, 0.86, 1.0), (acled.evaluate_blind_99, 67, 0.94, 1.0),
            (acled.evaluate_blind_100, 66, 0.92, 0.98)):
        _stays_at(suite, model, fatal, exact, zero)


def test_session_16_round_stays_at_its_readings(model):
    """tests/fixtures/blind_conflict_reports_101.csv … _105.csv, read once at 062067f (session 15's rules): wire
    stories of the wars in Gaza, Lebanon, Iran, Yemen and Sudan 0.881 / 1.000; ACLED notes of Myanmar, the Philippines,
    Thailand and Papua 0.924 / 1.000; of Nigeria 0.940 / 0.981; crime and armed violence in Latin America 0.894 /
    0.963; ACLED notes of Afghanistan, Pakistan and Kashmir 0.862 / 0.982. After session 16's general rules 0.970,
    0.970, 0.985, 0.970 / 0.981, 0.985 / 1.000; they guard against the readings falling."""
    for suite, fatal, exact, zero in (
            (acled.evaluate_blind_101, 67, 0.97, 1.0), (acled.evaluate_blind_102, 66, 0.96, 1.0),
            (acled.evaluate_blind_103, 67, 0.98, 1.0), (acled.evaluate_blind_104, 66, 0.96, 0.98),
            (acled.evaluate_blind_105, 65, 0.98, 1.0)):
        _stays_at(suite, model, fatal, exact, zero)


def test_session_16_second_round_stays_at_its_readings(model):
    """tests/fixtures/blind_conflict_reports_106.csv … _110.csv, read once at 46c19ca (the first round's rules): ACLED
    notes of Ukraine and Russia 0.864 / 1.000; Sahel and West African wire stories 0.939 / 0.981; ACLED notes of the
    DR Congo, Burundi, the CAR and South Sudan 0.939 / 1.000; Indian and Pakistani newspapers 0.788 / 0.981; ACLED notes
    of Somalia, Kenya, Ethiopia and Mozambique 0.862 / 1.000. After the rules that followed 0.924, 0.955 / 0.981, 1.000,
    0.939, 0.954; they guard against the readings falling."""
    for suite, fatal, exact, zero in (
            (acled.evaluate_blind_106, 66, 0.92, 1.0), (acled.evaluate_blind_107, 66, 0.95, 0.98),
            (acled.evaluate_blind_108, 66, 1.0, 1.0), (acled.evaluate_blind_109, 66, 0.93, 1.0),
            (acled.evaluate_blind_110, 65, 0.95, 1.0)):
        _stays_at(suite, model, fatal, exact, zero)


def test_session_16_third_round_stays_at_its_readings(model):
    """tests/fixtures/blind_conflict_reports_111.csv … _115.csv, read once at 8dbc532 (the second round's rules) and
    kept as held-out: ACLED notes of Iraq and Syria 0.833 / 0.963; wire stories of terrorist attacks and mass shootings
    0.682 / 0.870; ACLED notes of Cameroon, Chad and the Lake Chad basin 0.862 / 1.000; East and Southern African
    newspapers 0.896 / 0.962; ACLED notes of Libya, Yemen and Sudan 0.923 / 1.000. Set 112 gained a row from the rule
    for the one attacker "he" that came from it, and read 0.818 / 0.963 after session 17's rules for the attacker's
    own death and for stories of a court's ruling; the rest are no worse. They guard against the readings falling."""
    for suite, fatal, exact, zero in (
            (acled.evaluate_blind_111, 66, 0.83, 0.96), (acled.evaluate_blind_112, 66, 0.81, 0.96),
            (acled.evaluate_blind_113, 65, 0.86, 1.0), (acled.evaluate_blind_114, 67, 0.89, 0.96),
            (acled.evaluate_blind_115, 65, 0.92, 1.0)):
        _stays_at(suite, model, fatal, exact, zero)


def test_session_17_round_stays_at_its_readings(model):
    """tests/fixtures/blind_conflict_reports_116.csv … _120.csv, read once at dcc2227 (session 16's rules and set
    112's): wire stories of mass shootings and terrorist attacks in North America, Europe and Oceania 0.708 / 0.964;
    ACLED notes of the Middle East 0.909 / 0.963; broadcasters' stories of Africa's wars 0.955 / 0.981; deadly protest
    crackdowns 0.910 / 0.962; communal, ethnic and tribal clashes 0.939 / 0.981. After the rules that followed 0.892
    / 0.982, 0.909 / 0.963, 0.955 / 0.981, 0.910 / 0.981, 0.985 / 1.000; they guard against the readings falling."""
    for suite, fatal, exact, zero in (
            (acled.evaluate_blind_116, 65, 0.89, 0.98), (acled.evaluate_blind_117, 66, 0.90, 0.96),
            (acled.evaluate_blind_118, 66, 0.95, 0.98), (acled.evaluate_blind_119, 67, 0.91, 0.98),
            (acled.evaluate_blind_120, 66, 0.98, 1.0)):
        _stays_at(suite, model, fatal, exact, zero)


def test_session_17_second_round_stays_at_its_readings(model):
    """tests/fixtures/blind_conflict_reports_121.csv … _125.csv, read once at c3a91bc (the first round's rules): ACLED
    notes of the Americas outside Mexico 0.877 / 0.964; police press releases and crime bulletins 0.754 / 0.964; wire
    and exile-media stories of Myanmar 0.955 / 1.000; regional papers of the Middle East and Turkey 0.848 / 0.963; ACLED
    notes of Europe, the Caucasus and Central Asia 0.727 / 0.944. After the rules that followed 0.938, 0.862 / 0.982,
    0.955 / 1.000, 0.894 / 0.963, 0.818 / 0.963; set 125 0.909 / 0.981 after session 18's first rules (a later
    death, the killer's own, a misparsed relative clause). They guard against the readings falling."""
    for suite, fatal, exact, zero in (
            (acled.evaluate_blind_121, 65, 0.93, 0.96), (acled.evaluate_blind_122, 65, 0.86, 0.98),
            (acled.evaluate_blind_123, 66, 0.95, 1.0), (acled.evaluate_blind_124, 66, 0.89, 0.96),
            (acled.evaluate_blind_125, 66, 0.90, 0.98)):
        _stays_at(suite, model, fatal, exact, zero)


def test_session_17_third_round_stays_at_its_readings(model):
    """tests/fixtures/blind_conflict_reports_126.csv … _130.csv, read once at 2c11c25 (the session's last rules) and
    kept held-out: wire stories of an ordinary month worldwide 0.879 / 0.981; ACLED notes drawn across 2018-2026 0.896 /
    1.000; African national newspapers 0.892 / 0.982; ticker, live-blog and flash items 0.909 / 0.981; South and
    Southeast Asian national newspapers 0.924 / 1.000. They guard against the readings falling."""
    for suite, fatal, exact, zero in (
            (acled.evaluate_blind_126, 66, 0.87, 0.98), (acled.evaluate_blind_127, 67, 0.89, 1.0),
            (acled.evaluate_blind_128, 65, 0.89, 0.98), (acled.evaluate_blind_129, 66, 0.90, 0.98),
            (acled.evaluate_blind_130, 66, 0.92, 1.0)):
        _stays_at(suite, model, fatal, exact, zero)


def test_session_18_round_stays_at_its_readings(model):
    """tests/fixtures/blind_conflict_reports_131.csv … _135.csv, read once at 1c798fb: ACLED notes drawn across
    2020-2026 0.896 / 1.000 and ACLED notes of Africa as the oldest coding wrote them (1997-2010) 0.926 / 1.000, both
    kept held-out; English translations of French-, Arabic- and Spanish-language press 0.723 / 0.964; ACLED notes of
    riots, mob violence and violence against civilians 0.701 / 1.000; stories of the air, missile and drone war 0.831 /
    0.964. After the rules that followed, the last three read 0.923 / 1.000, 0.836 / 1.000 and 0.923 / 1.000; all are
    guarded against falling."""
    for suite, fatal, exact, zero in (
            (acled.evaluate_blind_131, 67, 0.89, 1.0), (acled.evaluate_blind_132, 68, 0.92, 1.0),
            (acled.evaluate_blind_133, 65, 0.92, 1.0), (acled.evaluate_blind_134, 67, 0.89, 1.0),
            (acled.evaluate_blind_135, 65, 0.92, 1.0)):
        _stays_at(suite, model, fatal, exact, zero)


def test_session_18_second_round_stays_at_its_readings(model):
    """tests/fixtures/blind_conflict_reports_136.csv … _140.csv, read once at 7bea801: ACLED notes drawn across
    2016-2019 0.881 / 0.981 and of Africa 2021-2026 0.909 / 0.981, both kept held-out; ACLED notes of Asia and the
    Middle East 0.838 / 1.000; stories of kidnappings, hostage-takings, sieges and prison riots 0.773 / 0.981; posts of
    armies, ministries, armed groups and monitors as wires quote them 0.803 / 0.963. They guard against the readings
    falling."""
    for suite, fatal, exact, zero in (
            (acled.evaluate_blind_136, 67, 0.88, 0.98), (acled.evaluate_blind_137, 66, 0.90, 0.98),
            (acled.evaluate_blind_138, 68, 0.91, 1.0), (acled.evaluate_blind_139, 66, 0.90, 0.98),
            (acled.evaluate_blind_140, 66, 0.92, 1.0)):
        _stays_at(suite, model, fatal, exact, zero)


def test_session_18_third_round_stays_at_its_readings(model):
    """tests/fixtures/blind_conflict_reports_141.csv … _145.csv, read once at b4985d0: ACLED notes drawn across
    2022-2026 0.909 / 0.963, of the Americas and Europe 0.864 / 1.000, of the Middle East and North Africa 0.908 / 0.964
    (the three kept held-out); wire stories of an ordinary month 2019-2023 0.833 / 0.963; local newspapers worldwide
    0.851 / 0.925. They guard against the readings falling."""
    for suite, fatal, exact, zero in (
            (acled.evaluate_blind_141, 66, 0.90, 0.96), (acled.evaluate_blind_142, 66, 0.86, 1.0),
            (acled.evaluate_blind_143, 66, 0.87, 0.96), (acled.evaluate_blind_144, 67, 0.86, 0.98),
            (acled.evaluate_blind_145, 65, 0.90, 0.96)):
        _stays_at(suite, model, fatal, exact, zero)


def test_session_19_round_stays_at_its_readings(model):
    """tests/fixtures/blind_conflict_reports_146.csv … _151.csv, read once at 93d3f6d: ACLED notes of Sub-Saharan
    Africa 0.909 / 1.000, of Europe, the Caucasus and Latin America 0.910 / 0.962, drawn across 2018-2026 0.909 / 0.981
    (the three kept held-out); UN and rights groups' situation reports 0.892 / 0.982; police and army press releases
    0.848 / 0.981; live-page updates of unfolding attacks 0.909 / 0.981. After the rules that followed, the last three
    read 1.000 / 1.000, 0.985 / 1.000 and 0.985 / 0.981, and set 147 (never fixed against) 0.940 / 0.981; all are
    guarded against falling."""
    for suite, fatal, exact, zero in (
            (acled.evaluate_blind_146, 66, 0.90, 1.0), (acled.evaluate_blind_147, 67, 0.94, 0.98),
            (acled.evaluate_blind_148, 66, 0.90, 0.98), (acled.evaluate_blind_149, 65, 1.0, 1.0),
            (acled.evaluate_blind_150, 66, 0.98, 1.0), (acled.evaluate_blind_151, 66, 0.98, 0.98)):
        _stays_at(suite, model, fatal, exact, zero)


def test_session_19_second_round_stays_at_its_readings(model):
    """tests/fixtures/blind_conflict_reports_152.csv … _157.csv, read once at 69f790b: ACLED notes of South and
    Southeast Asia 0.879 / 1.000, drawn across 2010-2017 0.940 / 1.000, of West Africa and the Sahel 0.879 / 0.981 (the
    three kept held-out); follow-up stories of earlier attacks 0.769 / 0.582; state news agencies in their own English
    0.833 / 1.000; clashes across borders and front lines 0.776 / 1.000. After the rules that followed, the last three
    read 0.846 / 0.764, 0.955 / 1.000 and 0.836 / 1.000; all are guarded against falling."""
    for suite, fatal, exact, zero in (
            (acled.evaluate_blind_152, 66, 0.87, 1.0), (acled.evaluate_blind_153, 67, 0.94, 1.0),
            (acled.evaluate_blind_154, 66, 0.87, 0.98), (acled.evaluate_blind_155, 65, 0.84, 0.76),
            (acled.evaluate_blind_156, 66, 0.95, 1.0), (acled.evaluate_blind_157, 67, 0.83, 1.0)):
        _stays_at(suite, model, fatal, exact, zero)


def test_session_19_third_round_stays_at_its_readings(model):
    """tests/fixtures/blind_conflict_reports_158.csv … _162.csv, read once at 69a1bfd: ACLED notes of the Middle East
    2016-2021 0.868 / 1.000, drawn across 2023-2026 0.969 / 0.982, of East Africa and the Horn 0.906 / 1.000 (the three
    kept held-out); translated Latin American crime and conflict reporting 0.831 / 1.000; radio and television bulletin
    copy 0.939 / 1.000. After the rules that followed, the last two read 0.908 / 1.000 and 0.970 / 1.000; all are
    guarded against falling."""
    for suite, fatal, exact, zero in (
            (acled.evaluate_blind_158, 68, 0.86, 1.0), (acled.evaluate_blind_159, 64, 0.96, 0.98),
            (acled.evaluate_blind_160, 64, 0.90, 1.0), (acled.evaluate_blind_161, 65, 0.90, 1.0),
            (acled.evaluate_blind_162, 66, 0.96, 1.0)):
        _stays_at(suite, model, fatal, exact, zero)
