"""Query parameters shared by the routes, with their validation."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Query

from warta.api.models import MAX_LIMIT

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Page size (at most {MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Rows to skip.")]
Start = Annotated[date | None, Query(description="First day, inclusive (YYYY-MM-DD).")]
End = Annotated[date | None, Query(description="Last day, inclusive (YYYY-MM-DD).")]
Text = Annotated[str | None, Query(min_length=1, max_length=200)]
Search = Annotated[str | None, Query(
    min_length=1, max_length=200, description='Full-text query: words (all must match), "a phrase", prefix*.'
)]
Country = Annotated[str | None, Query(pattern=r"^[A-Z]{3}$", description="ISO 3166-1 alpha-3 code.")]


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None
