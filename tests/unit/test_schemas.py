"""The checked-in JSON Schema files match the pydantic models, and enriched output validates against them."""

from __future__ import annotations

import json

import jsonschema
import orjson
import pytest

from schemas import Article
from schemas.export import JSON_DIR, rendered
from service.codec import encode


def test_json_schema_files_have_not_drifted():
    for name, text in rendered().items():
        path = JSON_DIR / name
        assert path.exists(), f"{name} missing: run `make schemas`"
        assert path.read_text() == text, f"{name} drifted from its model: run `make schemas`"


def test_enriched_seed_validates_against_exported_schema(seed_enriched):
    schema = json.loads((JSON_DIR / "enriched-article.v1.schema.json").read_text())
    jsonschema.validate(orjson.loads(encode(seed_enriched)), schema)


def test_article_id_is_derived_from_content():
    a = Article(text="Some news.")
    b = Article(text="Some news.")
    assert a.id == b.id and a.id.startswith("a-")
    assert Article(text="Other news.").id != a.id
    assert Article(text="x", id="given").id == "given"


@pytest.mark.parametrize("text", ["", "   \n"])
def test_article_text_must_not_be_blank(text):
    with pytest.raises(ValueError):
        Article(text=text)
