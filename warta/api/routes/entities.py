"""/api/entities: actors with counts, co-occurrences, relations and timelines; /api/network."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query

from warta.api.app import Conn
from warta.api.models import Cooccurrence, EntityDetail, EntityRow, MonthCount, Network, Page, Relations
from warta.api.routes._params import Country, End, Limit, Offset, Start, Text, iso
from warta.store import query as Q

router = APIRouter(tags=["entities"])
Name = Annotated[str, Path(min_length=1, max_length=300, description="Canonical entity name.")]
EntityType = Annotated[str | None, Query(pattern=r"^(PERSON|ORG|GPE|LOC|NORP|EVENT|OTHER)$")]


def _exists(c: Conn, name: str) -> dict[str, Any]:
    d = Q.entity_summary(c, name)
    if d is None:
        raise HTTPException(404, f"no entity named {name!r}")
    return d


@router.get("/entities", response_model=Page[EntityRow])
def list_entities(
    c: Conn,
    q: Annotated[Text, Query(description="Substring of the name.")] = None,
    type: EntityType = None,
    country: Country = None,
    start: Start = None,
    end: End = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Entities (actors) by canonical name and type with article and mention counts, most mentioned first."""
    return Q.list_entities(c, q=q, type=type, country=country, start=iso(start), end=iso(end),
                           limit=limit, offset=offset).to_dict()


@router.get("/entities/{name}", response_model=EntityDetail, responses={404: {"description": "Unknown."}})
def get_entity(c: Conn, name: Name) -> dict[str, Any]:
    """One actor: counts of articles, mentions, quotes and events."""
    return _exists(c, name)


@router.get("/entities/{name}/cooccurrences", response_model=Page[Cooccurrence])
def cooccurrences(c: Conn, name: Name, limit: Limit = 20, offset: Offset = 0) -> dict[str, Any]:
    """Entities mentioned in the same articles, by shared articles."""
    return Q.cooccurrences(c, name, limit=limit, offset=offset).to_dict()


@router.get("/entities/{name}/relations", response_model=Relations)
def relations(c: Conn, name: Name) -> dict[str, Any]:
    """Events grouped by type, QuadClass and counterpart: who they meet, support, criticise, attack."""
    return Q.actor_relations(c, name)


@router.get("/entities/{name}/timeline", response_model=list[MonthCount])
def mention_timeline(c: Conn, name: Name) -> list[dict[str, Any]]:
    """Articles mentioning the actor, per month."""
    return Q.mention_timeline(c, name)


@router.get("/network", response_model=Network)
def network(
    c: Conn,
    start: Start = None,
    end: End = None,
    nodes: Annotated[int, Query(ge=1, le=200, description="Most mentioned entities to include.")] = 50,
    cooccurrence: Annotated[bool, Query(description="Add co-occurrence edges.")] = True,
) -> dict[str, Any]:
    """Actor graph: nodes by mentions, event edges by QuadClass and counts, optional co-occurrence edges."""
    return Q.network(c, start=iso(start), end=iso(end), nodes=nodes, cooccurrence=cooccurrence)
