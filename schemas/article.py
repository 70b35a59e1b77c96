"""The input payload: one news article, with an id derived from its content when the producer gives none."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


def article_id_for(text: str) -> str:
    """A deterministic id from the article text, so a re-sent article keeps its id."""
    return "a-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


class Article(BaseModel):
    """An article as producers publish it to the `articles` topic."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)

    text: str = Field(..., min_length=1, description="The article body; offsets in enriched output index this string.")
    id: str | None = Field(None, max_length=200, description="Producer's id; derived from `text` when absent.")
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published_at: datetime | date | None = None
    language: str | None = Field(None, description="ISO 639-1 code, if the producer knows it.")

    @field_validator("text")
    @classmethod
    def _text_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is blank")
        return value

    @model_validator(mode="after")
    def _derive_id(self) -> Article:
        if not self.id:
            self.id = article_id_for(self.text)
        return self
