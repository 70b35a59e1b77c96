"""Shared fixtures: the seed article, its reference annotation, and the spaCy model loaded once per session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_f79c369e70a75ceb.txt"
GOLD = Path(__file__).resolve().parent / "seed_gold.json"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def model():
    from service.nlp import load_model

    return load_model("en_core_web_sm")


@pytest.fixture(scope="session")
def seed_enriched(seed_text, model):
    from service.enrichment import enrich
    from service.sources import article_from_text
    from schemas import Article

    return enrich(Article.model_validate(article_from_text(seed_text, name=SEED.name)), model=model)
