"""The enriched article and its parts: actors with mentions, figures, quotes and events, each citing its span."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

from schemas.article import Article
from schemas.version import SCHEMA_VERSION

ActorKind = Literal["person", "organization", "country", "place", "region", "group"]
FigureType = Literal["killed", "injured", "hostages", "arrested", "displaced", "missing", "money", "percent", "count"]
Qualifier = Literal["exact", "more_than", "at_least", "about", "up_to", "fewer_than", "vague"]


class Mention(BaseModel):
    start: int = Field(..., ge=0, description="Character offset into article.text.")
    end: int = Field(..., ge=0)
    text: str
    label: str = Field(..., description="NER label of this mention (OntoNotes: PERSON, ORG, GPE, LOC, NORP, FAC, ...).")


class Actor(BaseModel):
    id: str = Field(..., description="Stable id '<kind>:<key>', e.g. country:ISR, person:antony-blinken.")
    name: str
    kind: ActorKind
    country: str | None = Field(None, description="ISO-3166 alpha-3.")
    roles: list[str] = Field(default_factory=list, description="Titles and roles as written, e.g. 'Secretary of State'.")
    mentions: list[Mention] = Field(default_factory=list)


class Figure(BaseModel):
    id: str = Field(..., description="Deterministic within the article.")
    type: FigureType
    value: float | None = Field(None, description="The number as stated; null for vague amounts.")
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier = "exact"
    unit: str | None = Field(None, description="Currency code for money, '%' for percent.")
    text: str
    start: int = Field(..., ge=0)
    end: int = Field(..., ge=0)
    by: str | None = Field(None, description="Actor id of the perpetrator or holder.")
    victims: str | None = Field(None, description="Actor id or free text naming who was harmed.")
    where: str | None = Field(None, description="Actor id of the place.")
    when: str | None = Field(None, description="The time expression as written.")
    reported_by: str | None = Field(None, description="Actor id of the source.")
    incident: int = Field(0, ge=0, description="Which of the report's incidents the figure belongs to: 0 is the one "
                          "the lead tells; see EnrichedArticle.incidents.")


class Quote(BaseModel):
    speaker: str | None = Field(None, description="Actor id of the speaker.")
    text: str
    start: int = Field(..., ge=0)
    end: int = Field(..., ge=0)


class Event(BaseModel):
    id: str = Field(..., description="Deterministic: article id and position.")
    actor: str | None
    verb: str = Field(..., description="PLOVER-style verb: ASSAULT, COERCE, THREATEN, CONSULT, AID, MOVE, ...")
    mode: str | None = Field(None, description="Detail of the verb, e.g. aerial, shelling, abduct, phone.")
    target: list[str] = Field(default_factory=list, description="Actor ids.")
    figures: list[str] = Field(default_factory=list, description="Figure ids.")
    where: str | None = None
    when: str | None = None
    text: str
    start: int = Field(..., ge=0)
    end: int = Field(..., ge=0)
    incident: int = Field(0, ge=0, description="Which of the report's incidents the event belongs to (0: the lead's).")


class Incident(BaseModel):
    """One incident the report tells: 0 is the lead's; each later one starts at a sentence that sets it apart ("On
    the same day, … in Kryvyi Rih", "The following day, …", "In a separate attack, …") and runs to the next."""

    number: int = Field(..., ge=0)
    start: int = Field(..., ge=0, description="Character offset where the incident's text starts.")
    end: int = Field(..., ge=0)
    cue: str | None = Field(None, description="The words that set it apart, as written; null for the lead's.")


class ArticleMeta(BaseModel):
    """What the article's layout says about itself: never counted as actors."""

    dateline: str | None = None
    published: date | None = None
    authors: list[str] = Field(default_factory=list)
    editors: list[str] = Field(default_factory=list)
    language: str | None = None


class Processing(BaseModel):
    model: str
    model_version: str
    wirestream_version: str
    processed_at: datetime
    duration_ms: float | None = None


class EnrichedArticle(BaseModel):
    schema_version: str = SCHEMA_VERSION
    article_id: str
    article: Article
    meta: ArticleMeta = Field(default_factory=ArticleMeta)
    actors: list[Actor] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    incidents: list[Incident] = Field(default_factory=list, description="Only when the report tells more than one.")
    processing: Processing


class EventRecord(BaseModel):
    """What the `events` topic carries: one event with the article it came from."""

    schema_version: str = SCHEMA_VERSION
    id: str = Field(..., description="Same as event.id; consumers deduplicate on it.")
    article_id: str
    published_at: datetime | date | None = None
    event: Event
