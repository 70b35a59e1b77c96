"""Writes the JSON Schema of every topic payload to schemas/json/ (`python -m schemas.export`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pydantic import BaseModel

from schemas import ActorContribution, ActorCounts, Article, ArticleContributions, DeadLetter, EnrichedArticle, EventRecord
from schemas.version import SCHEMA_VERSION

JSON_DIR = Path(__file__).parent / "json"
EXPORTED: dict[str, type[BaseModel]] = {
    "article": Article,
    "enriched-article": EnrichedArticle,
    "event-record": EventRecord,
    "actor-counts": ActorCounts,
    "actor-contribution": ActorContribution,
    "article-contributions": ArticleContributions,
    "dead-letter": DeadLetter,
}


def file_name(name: str) -> str:
    return f"{name}.v{SCHEMA_VERSION}.schema.json"


def rendered() -> dict[str, str]:
    """File name → JSON Schema text, exactly as checked in."""
    out = {}
    for name, model in EXPORTED.items():
        schema = model.model_json_schema(mode="serialization")
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = f"https://wirestream.dev/schemas/{file_name(name)}"
        out[file_name(name)] = json.dumps(schema, indent=2, sort_keys=True) + "\n"
    return out


def main() -> int:
    JSON_DIR.mkdir(exist_ok=True)
    for fname, text in rendered().items():
        (JSON_DIR / fname).write_text(text)
        print(JSON_DIR / fname, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
