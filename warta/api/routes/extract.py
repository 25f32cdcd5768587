"""POST /api/extract (analyse, store nothing) and POST /api/articles (analyse and store)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request

from warta.api.app import require_read, require_write, state
from warta.api.models import ArticleIn, Ingested
from warta.core import extract as _extract
from warta.pipeline import StageError
from warta.record import Article

router = APIRouter(tags=["analyse"])
_ERRORS = {422: {"description": "The text could not be analysed."}}


def analyse(request: Request, body: ArticleIn) -> Article:
    """Run the app's pipeline over the posted article; bad input is a 422."""
    meta = body.model_dump(exclude={"text", "html"}, exclude_none=True)
    try:
        return state(request).run(_extract, body.text, html=body.html, **meta)
    except (StageError, ValueError) as exc:
        raise HTTPException(422, f"cannot analyse the text: {exc}") from None


@router.post("/extract", response_model=Article, responses=_ERRORS, dependencies=[Depends(require_read)])
def extract(request: Request, body: ArticleIn) -> Any:
    """Analyse posted text or HTML and return the record, without storing it."""
    return analyse(request, body).to_dict()


@router.post("/articles", response_model=Ingested, responses={**_ERRORS, 401: {}, 403: {}},
             dependencies=[Depends(require_write)])
def ingest(request: Request, body: ArticleIn) -> dict[str, Any]:
    """Analyse and store one article (needs the API token). Idempotent by id and content."""
    rec = analyse(request, body)
    return {"id": rec.id, "status": state(request).store.add(rec)}
