"""The article record: the one data model every stage reads and enriches.

Field names are a contract (see ``docs/record.md``). Every ``start``/``end`` is a character offset into
``Article.text`` (end exclusive).
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "OTHER"]
QuoteKind = Literal["direct", "indirect", "mixed"]
EventStatus = Literal["actual", "intent", "negated", "hypothetical", "historical"]

RECORD_VERSION = "1.0"


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", validate_assignment=False)


class Span(_Model):
    """A piece of the article text."""

    start: int = Field(ge=0, description="Character offset of the first character in `text` of the article.")
    end: int = Field(ge=0, description="Character offset one past the last character.")
    text: str = Field(description="The covered text, equal to `article.text[start:end]`.")


class Sentence(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Mention(Span):
    """One occurrence of an entity in the text."""


class Entity(_Model):
    """A referent mentioned in the article, linked to a canonical actor when known."""

    id: str = Field(description="Identifier unique within the record, e.g. `e3`.")
    name: str = Field(description="Canonical name (the actor table's name, else the longest mention).")
    type: EntityType
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3 code of the actor's country.")
    sector: str | None = Field(default=None, description="PLOVER sector code (GOV, MIL, COP, JUD, ...).")
    kb_id: str | None = Field(default=None, description="Identifier in warta's actor table, when linked.")
    aliases: list[str] = Field(default_factory=list, description="Other surface forms seen in the article.")
    mentions: list[Mention] = Field(default_factory=list)


class Quote(_Model):
    """A quotation: direct (in quote marks), indirect (reported speech) or mixed."""

    id: str = Field(default="", description="Identifier unique within the record, e.g. `q1`.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str = Field(description="The quoted content, without the quote marks.")
    kind: QuoteKind
    cue: Span | None = Field(default=None, description="The reporting verb or noun (`kata`, `said`, ...).")
    speaker: str | None = Field(default=None, description="Entity id of the speaker, when it is an entity.")
    speaker_text: str | None = Field(
        default=None, description="The speaker as written (name, role, pronoun)."
    )
    sentence: int | None = Field(default=None, description="Index into `sentences` of the first sentence.")


class Place(_Model):
    """A resolved place name."""

    name: str
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3.")
    start: int | None = None
    end: int | None = None
    text: str | None = None
    entity: str | None = Field(default=None, description="Entity id, when the place is an entity.")


class Event(_Model):
    """A coded event: PLOVER type/mode/context with derived CAMEO, QuadClass and Goldstein."""

    id: str = Field(description="Identifier unique within the record, e.g. `v1`.")
    type: str = Field(description="PLOVER event type (CONSULT, ACCUSE, ASSAULT, ...).")
    mode: str | None = None
    context: list[str] = Field(
        default_factory=list, description="PLOVER contexts; `quote:q1` when inside a quote."
    )
    actor: list[str] = Field(default_factory=list, description="Entity ids of the source actor(s).")
    recipient: list[str] = Field(default_factory=list, description="Entity ids of the target(s).")
    actor_country: list[str] = Field(default_factory=list)
    recipient_country: list[str] = Field(default_factory=list)
    actor_sector: list[str] = Field(default_factory=list)
    recipient_sector: list[str] = Field(default_factory=list)
    cameo: str | None = Field(default=None, description="CAMEO event code via the PLOVER crosswalk.")
    quad_class: int | None = Field(default=None, ge=1, le=4)
    goldstein: float | None = Field(default=None, ge=-10, le=10)
    date: str | None = Field(default=None, description="ISO 8601 date of the event.")
    location: Place | None = None
    status: EventStatus = "actual"
    sentence: int | None = Field(default=None, description="Index into `sentences` of the evidence sentence.")
    start: int = Field(ge=0, description="Start of the evidence (the sentence or clause).")
    end: int = Field(ge=0)
    trigger: Span | None = None
    confidence: float = Field(default=1.0, ge=0, le=1)


class DateExpr(_Model):
    """A time expression resolved against the publication date."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    value: str | None = Field(default=None, description="ISO 8601 date (or datetime) it resolves to.")


class Provenance(_Model):
    warta_version: str = ""
    record_version: str = RECORD_VERSION
    models: dict[str, str] = Field(default_factory=dict, description="Model name -> version used.")
    stages: list[str] = Field(default_factory=list, description="Stages that ran, in order.")


class Article(_Model):
    """One news article and everything extracted from it."""

    id: str = Field(
        description="Stable id: given by the input, else derived from the URL or normalised text."
    )
    url: str | None = None
    source: str | None = Field(default=None, description="Outlet (site name or domain).")
    title: str | None = None
    author: str | None = None
    published: str | None = Field(default=None, description="ISO 8601 date or datetime, or null.")
    language: str | None = Field(default=None, description="ISO 639-1 code.")
    text: str = Field(description="Analysed text: title, blank line, body. All offsets point into it.")
    body_start: int = Field(
        default=0, description="Offset where the body starts (after title and blank line)."
    )
    dateline: Span | None = Field(
        default=None, description="Dateline/source prefix of the lead, e.g. `Jakarta, CNN Indonesia --`."
    )
    sentences: list[Sentence] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    dates: list[DateExpr] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    themes: list[str] = Field(default_factory=list)
    tone: float | None = None
    provenance: Provenance = Field(default_factory=Provenance)
    input: str | None = Field(default=None, description="Where the article was read from (file, line).")

    # -- construction -------------------------------------------------------------------------------
    @classmethod
    def from_parts(
        cls,
        body: str,
        *,
        title: str | None = None,
        id: str | None = None,
        **meta: Any,
    ) -> Article:
        """Build an article from title and body: ``text`` is title, blank line, body."""
        body = normalise_newlines(body).strip("\n")
        title = " ".join(title.split()) if title else None
        if title and body.startswith(title):
            # The body already opens with the headline (common in scraped text): do not repeat it.
            rest = body[len(title) :].lstrip("\n")
            body = rest if rest else body
            if not rest:
                title = None
        text = f"{title}\n\n{body}" if title else body
        body_start = len(title) + 2 if title else 0
        art_id = id or article_id(url=meta.get("url"), text=text)
        return cls(id=art_id, title=title, text=text, body_start=body_start, **meta)

    # -- JSON ---------------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls.model_validate(data)

    @classmethod
    def from_json(cls, line: str) -> Article:
        return cls.model_validate_json(line)

    # -- helpers for stages -------------------------------------------------------------------------
    def span(self, start: int, end: int) -> Span:
        return Span(start=start, end=end, text=self.text[start:end])

    def sentence_index(self, offset: int) -> int | None:
        """Index of the sentence containing ``offset`` (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return mid
        return None

    def entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        return next((e for e in self.entities if e.id == entity_id), None)


_WS = re.compile(r"\s+")


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")


def article_id(*, url: str | None = None, text: str = "") -> str:
    """Stable id: hash of the URL (without scheme, query fragments, trailing slash) or of normalised text."""
    if url:
        key = re.sub(r"^[a-z]+://(www\.)?", "", url.strip().lower()).split("#")[0].rstrip("/")
        key = "url:" + key
    else:
        key = "text:" + _WS.sub(" ", text).strip().lower()
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the record (draft 2020-12)."""
    schema = Article.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "urn:warta:record:" + RECORD_VERSION
    schema["title"] = "warta article record"
    return schema
