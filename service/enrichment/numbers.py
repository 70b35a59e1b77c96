"""Reads numbers as written in news: digits with separators, words ('fourteen', 'a dozen'), and vague amounts."""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "single": 1,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1e12,
           "mln": 1_000_000, "bln": 1_000_000_000, "m": 1_000_000, "bn": 1_000_000_000, "k": 1_000}
NUMBER_WORDS = frozenset(_UNITS) | frozenset(w for w in _SCALES if len(w) > 2)
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
# "20m", "1.5bn": a figure glued to its scale, as money is often written.
_GLUED = re.compile(r"^(\d+(?:\.\d+)?)(m|bn|k|mln|bln)$")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.I)


def is_number_word(word: str) -> bool:
    """True for a token that can be part of a cardinal number: '1,200', 'fourteen', 'hundred', '20m' (not 'a', not ordinals)."""
    w = word.lower()
    return bool(_DIGITS.match(w) or _GLUED.match(w)) or w in _UNITS or w in _SCALES and len(w) > 2


def is_ordinal(word: str) -> bool:
    return bool(_ORDINAL.match(word))


def parse_number(text: str) -> float | None:
    """'1,200' → 1200, '1 200' → 1200, 'fourteen' → 14, 'twenty-five' → 25, '2.5 million' → 2.5e6, 'a dozen' → 12,
    'two dozen' → 24; None if not a number."""
    words = text.lower().replace("-", " ").replace("\u00a0", " ").split()
    if not words:
        return None
    total = 0.0
    current = 0.0
    seen = False
    for i, word in enumerate(words):
        glued = _GLUED.match(word)
        if i and len(word) == 3 and word.isdigit() and words[i - 1].isdigit() and len(words[i - 1]) <= 3:
            current = current * 1000 + float(word)  # thousands set off by a space: '1 000', '12 500'
            seen = True
        elif glued:
            current += float(glued.group(1)) * _SCALES[glued.group(2)]
            seen = True
        elif _DIGITS.match(word):
            current += float(word.replace(",", ""))
            seen = True
        elif word == "dozen":
            current = (current or 1) * 12  # "a dozen" 12, "two dozen" 24
            seen = True
        elif word in _UNITS:
            current += _UNITS[word]
            seen = True
        elif word in ("a", "an") and i == 0 and len(words) > 1:
            continue  # "a dozen", "a hundred"
        elif word in _SCALES:
            current = (current or 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total += current
                current = 0
            seen = True
        elif word == "and" and seen:
            continue
        else:
            return None
    value = total + current
    return value if seen else None


def parse_range(text: str) -> tuple[float, float] | None:
    """'6-8', '11 to 14', 'between 11 and 14' → (low, high); None if the text is not a range of two numbers."""
    m = re.match(r"^(?:between\s+)?(.+?)\s*(?:-|–|\bto\b|\band\b)\s*(.+)$", text.strip().lower())
    if not m:
        return None
    low, high = parse_number(m.group(1)), parse_number(m.group(2))
    if low is None or high is None or high <= low:
        return None
    return low, high
