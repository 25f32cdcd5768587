"""The FastAPI application: JSON API under ``/api``, dashboard pages under ``/``.

Reads are open when ``open_reads`` (the CLI sets it when bound to a loopback address); writes always
need the API token as ``Authorization: Bearer TOKEN``. Errors are JSON ``{"detail": message}``.
"""

from __future__ import annotations

import hmac
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Connection, Engine
from starlette.exceptions import HTTPException as StarletteHTTPException

from warta.pipeline import Pipeline
from warta.store.query import ensure_indexes
from warta.store.search import ensure_fts
from warta.store.write import Store

TOKEN_ENV = "WARTA_API_TOKEN"
WEB_DIR = Path(__file__).parent / "web"
_bearer = HTTPBearer(auto_error=False, description="The API token (`--token` or `WARTA_API_TOKEN`).")


class AppState:
    """What the routes share: the store, its engine, the token and the lazily built pipeline."""

    def __init__(self, db_path: str | Path, token: str | None, open_reads: bool,
                 pipeline: Pipeline | None) -> None:
        self.store = Store(db_path)
        self.engine: Engine = self.store.engine
        ensure_fts(self.engine)
        ensure_indexes(self.engine)
        self.token = token
        self.open_reads = open_reads
        self._pipeline = pipeline
        self._lock = threading.Lock()

    def pipeline(self) -> Pipeline:
        """The app's one pipeline, built on first use."""
        with self._lock:
            if self._pipeline is None:
                self._pipeline = Pipeline()
            return self._pipeline

    def run(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """Call ``fn`` holding the pipeline lock (stages are not known to be thread-safe)."""
        pipe = self.pipeline()
        with self._lock:
            return fn(*args, pipeline=pipe, **kwargs)


def state(request: Request) -> AppState:
    return request.app.state.warta


def conn(request: Request) -> Iterator[Connection]:
    """A read connection for one request."""
    with state(request).engine.connect() as c:
        yield c


def _check(st: AppState, cred: HTTPAuthorizationCredentials | None) -> None:
    if st.token is None:
        raise HTTPException(403, f"writes are disabled: start the server with --token or {TOKEN_ENV}")
    if cred is None or not hmac.compare_digest(cred.credentials.encode(), st.token.encode()):
        raise HTTPException(401, "missing or wrong API token (send `Authorization: Bearer TOKEN`)",
                            headers={"WWW-Authenticate": "Bearer"})


def require_write(
    request: Request, cred: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> None:
    """Dependency: the request carries the API token."""
    _check(state(request), cred)


def require_read(
    request: Request, cred: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> None:
    """Dependency: reads are open, or the request carries the API token."""
    st = state(request)
    if not st.open_reads:
        _check(st, cred)


Conn = Annotated[Connection, Depends(conn)]


def create_app(
    db_path: str | Path,
    token: str | None = None,
    *,
    open_reads: bool = True,
    pipeline: Pipeline | None = None,
) -> FastAPI:
    """The API and dashboard over the database at ``db_path`` (created if missing).

    ``token`` defaults to ``$WARTA_API_TOKEN``; without one, writes are refused. ``pipeline`` is the one
    used by ``POST /api/extract`` and ``POST /api/articles`` (default: ``Pipeline()``, built on first use).
    """
    from warta import __version__
    from warta.api.routes import articles, entities, events, extract, pages, quotes

    app = FastAPI(
        title="warta",
        version=__version__,
        summary="News articles as structured records: entities, quotes and coded events.",
        description="Read endpoints are under `/api`; the dashboard is at `/`. Lists take `limit` and "
        "`offset` and return `total`. Writes need `Authorization: Bearer TOKEN`.",
    )
    app.state.warta = AppState(db_path, token if token is not None else os.environ.get(TOKEN_ENV) or None,
                               open_reads, pipeline)
    reads = [Depends(require_read)]
    for mod in (articles, entities, quotes, events):
        app.include_router(mod.router, prefix="/api", dependencies=reads)
    app.include_router(extract.router, prefix="/api")
    app.include_router(pages.router, dependencies=reads, include_in_schema=False)
    app.mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static")
    _error_handlers(app)
    _document_errors(app)
    return app


def _document_errors(app: FastAPI) -> None:
    """Make the OpenAPI schema describe the JSON errors this app really sends."""
    base = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = base()
            schemas = spec.setdefault("components", {}).setdefault("schemas", {})
            schemas["HTTPValidationError"] = {
                "title": "Error",
                "type": "object",
                "required": ["detail"],
                "properties": {
                    "detail": {"type": "string", "description": "What was wrong."},
                    "errors": {"type": "array", "items": {"type": "object"},
                               "description": "Per-field validation errors (422 only)."},
                },
            }
            schemas.pop("ValidationError", None)
        return app.openapi_schema or spec

    app.openapi = openapi  # type: ignore[method-assign]


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _invalid(_req: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
            for e in exc.errors()
        ]
        msg = "; ".join(f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in errors)
        msg = msg or "invalid input"
        return JSONResponse({"detail": msg, "errors": errors}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(req: Request, exc: StarletteHTTPException) -> Response:
        headers = getattr(exc, "headers", None)
        if _wants_html(req):
            from warta.api.routes.pages import templates

            ctx = {"status": exc.status_code, "detail": exc.detail}
            return templates.TemplateResponse(req, "error.html", ctx, status_code=exc.status_code,
                                              headers=headers)
        return JSONResponse({"detail": str(exc.detail)}, status_code=exc.status_code, headers=headers)


def _wants_html(req: Request) -> bool:
    """A browser asking for a dashboard page (not the API) gets an HTML error page."""
    path = req.url.path
    api = path.startswith(("/api/", "/static/", "/openapi"))
    return not api and "text/html" in req.headers.get("accept", "")
