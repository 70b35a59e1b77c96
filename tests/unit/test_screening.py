"""Screening gives markup, over-long and non-English articles their own reason codes and passes real news through."""

from __future__ import annotations

import pytest

from schemas import Article
from service.screening import ScreeningRules, markup_share, screen

ENGLISH = "Hamas fighters attacked southern Israel on Saturday, and the government said it would respond with force."
FRENCH = "Le gouvernement français a annoncé mardi une série de mesures pour soutenir les agriculteurs touchés par la sécheresse."
GERMAN = "Die Bundesregierung hat am Dienstag neue Maßnahmen zur Unterstützung der Landwirte angekündigt, teilte das Ministerium mit."


def test_english_news_passes(seed_text):
    assert screen(Article(text=seed_text)) is None
    assert screen(Article(text=ENGLISH)) is None


@pytest.mark.parametrize("text", [FRENCH, GERMAN, "Президент России заявил во вторник о новых мерах поддержки для семей и пенсионеров."])
def test_other_languages_are_detected_and_marked(text):
    rejection = screen(Article(text=text, id="x"))
    assert rejection is not None and rejection.reason == "unsupported_language"
    assert rejection.article_id == "x" and "language" in rejection.message


def test_declared_language_is_respected():
    assert screen(Article(text=ENGLISH, language="fr")).reason == "unsupported_language"
    assert screen(Article(text=ENGLISH, language="en-GB")) is None
    assert screen(Article(text=ENGLISH, language="EN")) is None


def test_short_text_is_not_guessed():
    assert screen(Article(text="Paris, France")) is None


def test_mostly_markup():
    page = '<html><head><meta charset="utf-8"></head><body><div class="x"><p>Hi</p></div></body></html>'
    assert markup_share(page) > 0.5
    assert screen(Article(text=page)).reason == "mostly_markup"
    # An article that merely contains a tag or an entity is enriched, untouched.
    assert screen(Article(text=ENGLISH + " <b>Update</b> &amp; more.")) is None


def test_word_budget():
    rules = ScreeningRules(max_words=10)
    rejection = screen(Article(text=ENGLISH), rules=rules)
    assert rejection is not None and rejection.reason == "too_long"


def test_markup_scan_is_linear_on_hostile_input():
    # Unclosed tags and comments everywhere: bounded repetitions keep this fast (a quadratic scan would hang).
    hostile = "<!--" * 50_000 + "<a" * 50_000 + "&" * 50_000
    assert 0 <= markup_share(hostile) <= 1
