"""Actor-id rules in one function: `<kind>:<key>`, stable across articles."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    """'Antony Blinken' → 'antony-blinken'; accents folded, punctuation dropped ('U.S. State Department' → 'u-s-state-department')."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return _NON_WORD.sub("-", ascii_name.lower()).strip("-") or "unknown"


def actor_id(kind: str, name: str, country: str | None = None) -> str:
    """Countries are keyed by ISO-3166 alpha-3 (`country:ISR`); every other kind by the slug of its canonical name."""
    if kind == "country" and country:
        return f"country:{country}"
    return f"{kind}:{slug(name)}"
