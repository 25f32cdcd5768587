"""/api/quotes: filter by speaker, speaker sector, text search, date range."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from warta.api.app import Conn
from warta.api.models import Page, QuoteRow
from warta.api.routes._params import End, Limit, Offset, Search, Start, Text, iso
from warta.store import query as Q

router = APIRouter(tags=["quotes"])
Sectors = Annotated[Text, Query(description="The speaker's PLOVER sector(s), comma-separated: `GOV,LEG`.")]
Private = Annotated[
    bool | None,
    Query(description="`false`: leave out speakers marked as private persons (CVL); `true`: only them."),
]


@router.get("/quotes", response_model=Page[QuoteRow])
def list_quotes(
    c: Conn,
    q: Search = None,
    speaker: Annotated[Text, Query(description="Speaker's canonical name or the speaker as written.")] = None,
    article_id: Text = None,
    sector: Sectors = None,
    private: Private = None,
    start: Start = None,
    end: End = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Quotes, newest first; with `q`, FTS5 matches over the quote text, best first."""
    return Q.list_quotes(c, q=q, speaker=speaker, article_id=article_id, sector=sector, private=private,
                         start=iso(start), end=iso(end), limit=limit, offset=offset).to_dict()
