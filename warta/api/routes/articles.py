"""/api/articles: list, filter, full-text search and one record."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query

from warta.api.app import Conn
from warta.api.models import ArticleSummary, Page
from warta.api.routes._params import End, Limit, Offset, Search, Start, Text, iso
from warta.record import Article
from warta.store import query as Q

router = APIRouter(tags=["articles"])


def mark(snippet: str | None, open_: str = "**", close: str = "**") -> str | None:
    """Replace the FTS snippet's match markers."""
    return snippet.replace("\x02", open_).replace("\x03", close) if snippet else snippet


@router.get("/articles", response_model=Page[ArticleSummary])
def list_articles(
    c: Conn,
    q: Search = None,
    source: Text = None,
    language: Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$")] = None,
    entity: Annotated[Text, Query(description="Mentions this entity (canonical name).")] = None,
    start: Start = None,
    end: End = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Articles, newest first; with `q`, FTS5 matches over title and text, best first, with a snippet."""
    page = Q.list_articles(c, q=q, source=source, language=language, entity=entity, start=iso(start),
                           end=iso(end), limit=limit, offset=offset).to_dict()
    for it in page["items"]:
        it["snippet"] = mark(it.get("snippet"))
    return page


@router.get("/articles/{article_id}", response_model=Article,
            responses={404: {"description": "No such article."}})
def get_article(c: Conn, article_id: Annotated[str, Path(min_length=1, max_length=200)]) -> dict[str, Any]:
    """One full record (a unique id prefix of 4+ characters works too)."""
    rec = Q.get_record(c, article_id)
    if rec is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    return rec


@router.get("/sources")
def list_sources(c: Conn) -> list[dict[str, Any]]:
    """Outlets with their article counts."""
    return Q.sources(c)
