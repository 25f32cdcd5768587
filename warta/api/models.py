"""Pydantic models of API responses and request bodies (they make the OpenAPI schema)."""

from __future__ import annotations

from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")

MAX_LIMIT = 200


class Page(BaseModel, Generic[T]):
    """One page of a list."""

    total: int = Field(description="Number of matching rows.")
    limit: int
    offset: int
    items: list[T]


class ArticleSummary(BaseModel):
    id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    n_entities: int = 0
    n_quotes: int = 0
    n_events: int = 0
    snippet: str | None = Field(default=None, description="With `q`: matching text, matches wrapped in `**`.")


class EntityRow(BaseModel):
    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    kb_id: str | None = None
    articles: int
    mentions: int


class EntityDetail(BaseModel):
    name: str
    articles: int
    mentions: int
    quotes: int
    events: int
    types: list[str]
    countries: list[str]
    sectors: list[str]
    kb_id: str | None = None
    first_published: str | None = None
    last_published: str | None = None


class Cooccurrence(BaseModel):
    name: str
    type: str
    articles: int = Field(description="Articles mentioning both.")


class MonthCount(BaseModel):
    month: str
    articles: int


class QuoteRow(BaseModel):
    article_id: str
    quote_id: str
    text: str
    kind: str
    cue: str | None = None
    speaker_name: str | None = None
    speaker_text: str | None = None
    published: str | None = None
    start: int
    end: int
    article_title: str | None = None
    speaker_sector: str | None = Field(default=None, description="PLOVER sector of the speaker entity.")


class EventRow(BaseModel):
    article_id: str
    event_id: str
    type: str
    mode: str | None = None
    actor_name: str | None = None
    recipient_name: str | None = None
    actor_country: str | None = None
    recipient_country: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    status: str
    location: str | None = None
    trigger: str | None = None
    confidence: float | None = None
    start: int
    end: int
    date: str | None = None
    article_title: str | None = None


class MonthEvents(BaseModel):
    month: str
    events: int
    q1: int = Field(description="Verbal cooperation.")
    q2: int = Field(description="Material cooperation.")
    q3: int = Field(description="Verbal conflict.")
    q4: int = Field(description="Material conflict.")
    goldstein: float | None = Field(default=None, description="Mean Goldstein score.")


class TypeCount(BaseModel):
    type: str
    quad_class: int | None = None
    events: int
    goldstein: float | None = None


class Relation(BaseModel):
    type: str
    quad_class: int | None = None
    counterpart: str
    events: int
    goldstein: float | None = None
    last_date: str | None = None


class Relations(BaseModel):
    as_actor: list[Relation] = Field(description="What the actor did, to whom.")
    as_recipient: list[Relation] = Field(description="What was done to the actor, by whom.")


class Dyad(BaseModel):
    a: str
    b: str
    kind: Literal["actor", "country"]
    directed: bool
    months: list[MonthEvents]


class Node(BaseModel):
    name: str
    type: str
    country: str | None = None
    mentions: int
    articles: int


class Edge(BaseModel):
    source: str
    target: str
    kind: Literal["event", "cooccur"]
    events: int | None = None
    q1: int | None = None
    q2: int | None = None
    q3: int | None = None
    q4: int | None = None
    quad_class: int | None = Field(default=None, description="The most frequent QuadClass of the edge.")
    goldstein: float | None = None
    articles: int | None = Field(default=None, description="Shared articles (co-occurrence edges).")


class Network(BaseModel):
    nodes: list[Node]
    edges: list[Edge]


class ArticleIn(BaseModel):
    """An article to analyse: plain text or HTML plus optional metadata."""

    text: str = Field(min_length=1, max_length=1_000_000, description="Article text, or a whole HTML page.")
    html: bool | None = Field(default=None, description="Treat `text` as HTML (default: detect).")
    title: str | None = Field(default=None, max_length=2000)
    url: str | None = Field(default=None, max_length=4000)
    published: str | None = Field(default=None, max_length=40, description="ISO 8601 date or datetime.")
    language: str | None = Field(default=None, pattern=r"^[a-z]{2}$",
                                 description="ISO 639-1 (default: detect).")
    source: str | None = Field(default=None, max_length=200)
    author: str | None = Field(default=None, max_length=500)
    id: str | None = Field(default=None, max_length=200, pattern=r"^[\w.:-]+$",
                           description="Record id (default: derived from the URL or text).")


class Ingested(BaseModel):
    id: str
    status: Literal["added", "updated", "unchanged", "skipped"]
