"""Reading numbers as written: digits with separators, words, scales, ranges; ordinals are not cardinals."""

from __future__ import annotations

import pytest

from service.enrichment.numbers import is_number_word, is_ordinal, parse_number, parse_range


@pytest.mark.parametrize(
    ("text", "value"),
    [("1,200", 1200), ("14", 14), ("fourteen", 14), ("twenty-five", 25), ("a dozen", 12), ("2.5 million", 2.5e6),
     ("one hundred and twenty", 120), ("20m", 2e7), ("Two", 2)],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["a", "people", "", "fourth", "2nd"])
def test_not_numbers(text):
    assert parse_number(text) is None


def test_ranges():
    assert parse_range("6-8") == (6, 8)
    assert parse_range("between 11 and 14") == (11, 14)
    assert parse_range("1,200") is None


def test_word_kinds():
    assert is_number_word("1,200") and is_number_word("seven") and is_number_word("hundred")
    assert not is_number_word("a") and not is_number_word("fourth")
    assert is_ordinal("4th") and not is_ordinal("4")


def test_thousands_set_off_by_a_space():
    from service.enrichment.numbers import parse_number

    assert parse_number("1 000") == 1000 and parse_number("12 500") == 12500
