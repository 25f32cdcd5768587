"""/api/events: filtered lists, monthly timeline, type counts and dyads."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query

from warta.api.app import Conn
from warta.api.models import Dyad, EventRow, MonthEvents, Page, TypeCount
from warta.api.routes._params import Country, End, Limit, Offset, Start, Text, iso
from warta.store import query as Q

router = APIRouter(tags=["events"])


def event_filter(
    actor: Annotated[Text, Query(description="Source actor's canonical name.")] = None,
    recipient: Annotated[Text, Query(description="Target's canonical name.")] = None,
    entity: Annotated[Text, Query(description="Actor or recipient.")] = None,
    country: Annotated[Country, Query(description="Actor or recipient country (ISO3).")] = None,
    actor_country: Country = None,
    recipient_country: Country = None,
    type: Annotated[str | None, Query(pattern=r"^[A-Z_]{2,16}$", description="PLOVER type (MEET).")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description="1..4")] = None,
    status: Annotated[
        Literal["actual", "intent", "negated", "hypothetical", "historical"] | None, Query()
    ] = None,
    article_id: Text = None,
    start: Start = None,
    end: End = None,
) -> Q.EventFilter:
    return Q.EventFilter(actor=actor, recipient=recipient, entity=entity, country=country,
                         actor_country=actor_country, recipient_country=recipient_country, type=type,
                         quad_class=quad_class, status=status, article_id=article_id,
                         start=iso(start), end=iso(end))


Filter = Annotated[Q.EventFilter, Depends(event_filter)]


@router.get("/events", response_model=Page[EventRow])
def list_events(c: Conn, flt: Filter, limit: Limit = 20, offset: Offset = 0) -> dict[str, Any]:
    """Coded events, newest first (event date, else the article's publication date)."""
    return Q.list_events(c, flt, limit=limit, offset=offset).to_dict()


@router.get("/events/timeline", response_model=list[MonthEvents])
def timeline(c: Conn, flt: Filter) -> list[dict[str, Any]]:
    """Per month: events, counts per QuadClass and mean Goldstein."""
    return Q.event_timeline(c, flt)


@router.get("/events/types", response_model=list[TypeCount])
def types(c: Conn, flt: Filter) -> list[dict[str, Any]]:
    """Event counts per type and QuadClass."""
    return Q.event_types(c, flt)


@router.get("/dyad", response_model=Dyad)
def dyad(
    c: Conn,
    a: Annotated[str, Query(min_length=1, max_length=300, description="Actor name or ISO3 country.")],
    b: Annotated[str, Query(min_length=1, max_length=300)],
    kind: Literal["actor", "country"] = "actor",
    directed: Annotated[bool, Query(description="Only a → b (default: both directions).")] = False,
    start: Start = None,
    end: End = None,
) -> dict[str, Any]:
    """Events between two actors (or countries) per month: counts, per QuadClass, mean Goldstein."""
    months = Q.dyad(c, a, b, kind=kind, directed=directed, start=iso(start), end=iso(end))
    return {"a": a, "b": b, "kind": kind, "directed": directed, "months": months}
