"""The dead-letter payload: why a record could not be enriched, with its original bytes and position."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from schemas.version import SCHEMA_VERSION


class SourcePosition(BaseModel):
    topic: str
    partition: int
    offset: int


class DeadLetter(BaseModel):
    schema_version: str = SCHEMA_VERSION
    id: str = Field(..., description="Deterministic: 'dl:<topic>:<partition>:<offset>' of the source record, so consumers deduplicate re-deliveries.")
    reason: str = Field(..., description="Short machine-readable code, e.g. not_json, empty_text.")
    message: str = Field(..., description="What went wrong, for a human.")
    article_id: str | None = Field(None, description="The article id when the record got far enough to have one.")
    payload_base64: str = Field(..., description="The original record value, base64-encoded.")
    source: SourcePosition | None = None
    at: datetime
