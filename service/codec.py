"""Encodes payload models to JSON bytes with orjson, in one place."""

from __future__ import annotations

import orjson
from pydantic import BaseModel


def encode(model: BaseModel) -> bytes:
    return orjson.dumps(model.model_dump(exclude_none=False), option=orjson.OPT_NON_STR_KEYS)


def key(text: str | None) -> bytes | None:
    return text.encode("utf-8") if text is not None else None
