"""Loads the enrichment lexicons (figure words, PLOVER verbs) from service/data, once per process, by one function."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def load_lexicon(name: str) -> dict:
    """`name` is a file in service/data, e.g. 'verbs.json'; keys starting with '_' are comments and dropped."""
    raw = json.loads(resources.files("service.data").joinpath(name).read_text(encoding="utf-8"))
    return {k: v for k, v in raw.items() if not k.startswith("_")}
