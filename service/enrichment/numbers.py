"""Reads numbers as written in news: digits with separators, words ('fourteen', 'a dozen'), and vague amounts."""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12, "a": 1, "an": 1,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1e12,
           "mln": 1_000_000, "bln": 1_000_000_000, "m": 1_000_000, "bn": 1_000_000_000, "k": 1_000}
# Vague plurals: conventional lower bounds (ACLED codes 'dozens' as 12, 'tens' as 10).
VAGUE = {"tens": 10, "dozens": 12, "scores": 40, "hundreds": 100, "thousands": 1_000, "tens of thousands": 10_000,
         "hundreds of thousands": 100_000, "millions": 1_000_000}
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def parse_number(text: str) -> float | None:
    """'1,200' → 1200, 'fourteen' → 14, 'twenty-five' → 25, '2.5 million' → 2.5e6; None if not a number."""
    words = text.lower().replace("-", " ").replace("\u00a0", " ").split()
    if not words:
        return None
    total = 0.0
    current = 0.0
    seen = False
    for word in words:
        if _DIGITS.match(word):
            current += float(word.replace(",", ""))
            seen = True
        elif word in _UNITS and word not in ("a", "an"):
            current += _UNITS[word]
            seen = True
        elif word in ("a", "an") and not seen:
            current = 1
        elif word in _SCALES:
            current = (current or 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total += current
                current = 0
            seen = True
        elif word == "and":
            continue
        else:
            return None
    value = total + current
    return value if seen else None
