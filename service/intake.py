"""Turns a raw input record into an Article or a rejection with a reason code; never raises on bad bytes."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

import orjson
from pydantic import ValidationError

from schemas import Article, DeadLetter, SourcePosition


@dataclass(frozen=True)
class Rejection:
    """Why a record is dead-lettered: a machine-readable reason code and a message for a human."""

    reason: str
    message: str
    article_id: str | None = None


def decode_article(raw: bytes | None, *, max_bytes: int) -> Article | Rejection:
    """Size limit first, then UTF-8, JSON, object, schema; each failure has its own reason code."""
    if raw is None:
        return Rejection("empty_record", "the record has no value")
    if len(raw) > max_bytes:
        return Rejection("too_large", f"the record is {len(raw)} bytes, over the {max_bytes}-byte limit")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Rejection("not_utf8", f"the record is not UTF-8 text: {exc.reason} at byte {exc.start}")
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        return Rejection("not_json", f"the record is not JSON: {exc}")
    if not isinstance(value, dict):
        return Rejection("not_object", f"the record is JSON {type(value).__name__}, not an object")
    given_id = value.get("id") if isinstance(value.get("id"), str) else None
    if "text" not in value or value.get("text") is None:
        return Rejection("missing_text", "the article has no 'text' field", given_id)
    if isinstance(value.get("text"), str) and not value["text"].strip():
        return Rejection("empty_text", "the article's 'text' is empty", given_id)
    try:
        return Article.model_validate(value)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "record"
        return Rejection("invalid_field", f"field '{where}': {first['msg']}", given_id)


def dead_letter_id(raw: bytes | None, source: SourcePosition | None) -> str:
    """Deterministic: a re-delivered record gets the same id, so dead-letter consumers can deduplicate."""
    if source is not None:
        return f"dl:{source.topic}:{source.partition}:{source.offset}"
    return "dl:sha256:" + hashlib.sha256(raw or b"").hexdigest()[:24]


def dead_letter(raw: bytes | None, rejection: Rejection, source: SourcePosition | None) -> DeadLetter:
    return DeadLetter(
        id=dead_letter_id(raw, source),
        reason=rejection.reason,
        message=rejection.message,
        article_id=rejection.article_id,
        payload_base64=base64.b64encode(raw or b"").decode("ascii"),
        source=source,
        at=datetime.now(UTC),
    )
