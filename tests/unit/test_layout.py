"""The wire-story layout: date header, dateline and credits become metadata."""

from __future__ import annotations

from datetime import date

from service.enrichment.layout import read_layout
from service.sources import article_from_text


def test_seed_layout(seed_text):
    layout = read_layout(seed_text)
    assert layout.published == date(2023, 10, 11)
    assert layout.dateline == "WASHINGTON"
    assert layout.authors == ["Humeyra Pamuk", "Matt Spetalnick"]
    assert layout.editors == ["Michelle Nichols", "Howard Goller"]
    assert seed_text[layout.body_end :].lstrip().startswith("(Reporting by")


def test_reader_takes_date_header_as_published_at(seed_text):
    payload = article_from_text(seed_text)
    assert payload["published_at"] == "2023-10-11"
    assert payload["text"].startswith("WASHINGTON :U.S. Secretary")


def test_plain_text_with_title():
    payload = article_from_text("Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped.")
    assert payload["title"] == "Ad sales boost Time Warner profit"
    assert read_layout(payload["text"]).dateline is None


def test_a_dateline_under_a_headline_line_is_the_dateline():
    text = "MILITIA ROCKETS KILL TWO IN NORTHERN TOWN\nBEIRUT, Oct 2 (Reuters) - Hezbollah fired rockets on Tuesday."
    layout = read_layout(text)
    assert layout.dateline == "BEIRUT" and layout.headline_end == text.index("\n")
    assert text[layout.dateline_end :].startswith("Hezbollah")
    # The agency and the date are metadata, never actors ("Oct" is no person, "Reuters" no organisation).
    assert layout.excluded(text.index("Oct"), text.index("Oct") + 3)
    assert layout.excluded(text.index("Reuters"), text.index("Reuters") + 7)
    assert not layout.excluded(text.index("Hezbollah"), text.index("Hezbollah") + 9)
    # Two lines of prose are no headline and dateline.
    assert read_layout("Talks resumed on Monday.\nThe minister said little.").headline_end is None


def test_a_title_line_with_no_dateline_below_it_is_a_headline():
    text = ("Bandits kill vigilante, abduct 15 in Katsina community\nResidents of Yantumaki told our correspondent that "
            "the bandits stormed the community on Tuesday.")
    assert read_layout(text).headline_end == text.index("\n")
    assert read_layout("Ad sales boost Time Warner profit\n\nQuarterly profits at TimeWarner jumped 76%.").headline_end == 33
    # A sentence is no title, and neither is one word or a line with no paragraph under it.
    assert read_layout("Gunmen killed three people.\nPolice said they had fled the area before dawn.").headline_end is None
    assert read_layout("Update\nGunmen killed three people in the market town on Monday.").headline_end is None
    assert read_layout("Gunmen kill three in market town\nno").headline_end is None
