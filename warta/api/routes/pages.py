"""The dashboard: server-rendered Jinja2 pages (autoescaped), with small vanilla-JS charts."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from warta.api.app import WEB_DIR, Conn
from warta.api.highlight import QUAD_NAMES, highlight
from warta.api.routes._params import Country, End, Offset, Search, Start, Text, iso
from warta.store import query as Q

router = APIRouter()
templates = Jinja2Templates(directory=WEB_DIR / "templates")
templates.env.globals["QUAD_NAMES"] = QUAD_NAMES
PAGE = 25

QUAD_VERBS = {
    1: "says they will cooperate with / praises",
    2: "cooperates with / helps",
    3: "criticises / threatens",
    4: "attacks / coerces",
}


def _snippet(s: str | None) -> Markup:
    """Escape an FTS snippet, then turn its match markers into <mark>."""
    return Markup(str(escape(s or "")).replace("\x02", "<mark>").replace("\x03", "</mark>"))


def _pager(request: Request, page: Q.Page) -> dict[str, Any]:
    """Links to the previous and next page, keeping the other query parameters."""
    params = {k: v for k, v in request.query_params.items() if k != "offset" and v}

    def link(off: int) -> str:
        return str(request.url.path) + "?" + urlencode({**params, "offset": off})

    return {
        "total": page.total, "first": page.offset + 1 if page.items else 0,
        "last": page.offset + len(page.items),
        "prev": link(max(0, page.offset - page.limit)) if page.offset > 0 else None,
        "next": link(page.offset + page.limit) if page.offset + page.limit < page.total else None,
    }


def render(request: Request, name: str, **ctx: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, ctx)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, c: Conn) -> HTMLResponse:
    return render(
        request, "home.html", stats=Q.overview(c),
        articles=Q.list_articles(c, limit=10).items,
        actors=Q.list_entities(c, limit=15).items,
        speakers=Q.list_quotes(c, limit=5).items,
        sources=Q.sources(c)[:10],
    )


@router.get("/articles", response_class=HTMLResponse)
def articles_page(
    request: Request, c: Conn, q: Search = None, source: Text = None, entity: Text = None,
    language: Annotated[str | None, Query(max_length=3)] = None, start: Start = None, end: End = None,
    offset: Offset = 0,
) -> HTMLResponse:
    page = Q.list_articles(c, q=q, source=source, entity=entity, language=language or None, start=iso(start),
                           end=iso(end), limit=PAGE, offset=offset)
    for it in page.items:
        it["snippet_html"] = _snippet(it.get("snippet"))
    return render(request, "articles.html", page=page, nav=_pager(request, page),
                  f={"q": q, "source": source, "entity": entity, "language": language, "start": iso(start),
                     "end": iso(end)}, sources=Q.sources(c))


@router.get("/article/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, c: Conn, article_id: str) -> HTMLResponse:
    rec = Q.get_record(c, article_id[:200])
    if rec is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    names = {e["id"]: e["name"] for e in rec.get("entities", [])}
    return render(request, "article.html", rec=rec, body=highlight(rec), names=names)


@router.get("/actors", response_class=HTMLResponse)
def actors_page(
    request: Request, c: Conn, q: Text = None,
    type: Annotated[str | None, Query(pattern=r"^(|PERSON|ORG|GPE|LOC|NORP|EVENT|OTHER)$")] = None,
    country: Annotated[str | None, Query(max_length=3)] = None, offset: Offset = 0,
) -> HTMLResponse:
    page = Q.list_entities(c, q=q, type=type or None, country=country or None, limit=PAGE, offset=offset)
    return render(request, "actors.html", page=page, nav=_pager(request, page),
                  f={"q": q, "type": type, "country": country})


@router.get("/actor", response_class=HTMLResponse)
def actor_page(
    request: Request, c: Conn, name: Annotated[str, Query(min_length=1, max_length=300)]
) -> HTMLResponse:
    info = Q.entity_summary(c, name)
    if info is None:
        raise HTTPException(404, f"no entity named {name!r}")
    rel = Q.actor_relations(c, name)
    grouped: dict[str, dict[int, list[dict[str, Any]]]] = {}
    for side, rows in rel.items():
        g: dict[int, list[dict[str, Any]]] = {}
        for r in rows:
            g.setdefault(r["quad_class"] or 0, []).append(r)
        grouped[side] = dict(sorted(g.items()))
    return render(
        request, "actor.html", info=info, grouped=grouped, verbs=QUAD_VERBS,
        quotes=Q.list_quotes(c, speaker=name, limit=20),
        cooc=Q.cooccurrences(c, name, limit=20).items,
        articles=Q.list_articles(c, entity=name, limit=10),
        events=Q.list_events(c, Q.EventFilter(entity=name), limit=20),
        types=Q.event_types(c, Q.EventFilter(entity=name)),
    )


@router.get("/network", response_class=HTMLResponse)
def network_page(
    request: Request, start: Start = None, end: End = None,
    nodes: Annotated[int, Query(ge=1, le=200)] = 40,
) -> HTMLResponse:
    return render(request, "network.html", f={"start": iso(start), "end": iso(end), "nodes": nodes})


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(
    request: Request, c: Conn, entity: Text = None, country: Country = None,
    type: Annotated[str | None, Query(max_length=16)] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
    start: Start = None, end: End = None, offset: Offset = 0,
) -> HTMLResponse:
    flt = Q.EventFilter(entity=entity, country=country or None, type=type or None, quad_class=quad_class,
                        start=iso(start), end=iso(end))
    page = Q.list_events(c, flt, limit=PAGE, offset=offset)
    f = {"entity": entity, "country": country, "type": type, "quad_class": quad_class, "start": iso(start),
         "end": iso(end)}
    api = "/api/events/timeline?" + urlencode({k: v for k, v in f.items() if v})
    return render(request, "timeline.html", page=page, nav=_pager(request, page), f=f, api=api,
                  types=Q.event_types(c, Q.EventFilter()))


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(
    request: Request, c: Conn, q: Search = None, speaker: Text = None, start: Start = None, end: End = None,
    public: bool = False, offset: Offset = 0,
) -> HTMLResponse:
    page = Q.list_quotes(c, q=q, speaker=speaker, start=iso(start), end=iso(end),
                         private=False if public else None, limit=PAGE, offset=offset)
    return render(request, "quotes.html", page=page, nav=_pager(request, page),
                  f={"q": q, "speaker": speaker, "start": iso(start), "end": iso(end), "public": public})


@router.get("/api-docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The OpenAPI schema as a plain page (works offline, unlike /docs which loads Swagger UI from a CDN)."""
    spec = request.app.openapi()
    ops = [
        {"method": m.upper(), "path": p, "summary": op.get("summary", ""), "doc": op.get("description", ""),
         "params": op.get("parameters", []), "body": "requestBody" in op}
        for p, item in spec["paths"].items() for m, op in item.items()
    ]
    return render(request, "api_docs.html", ops=ops, spec=spec)
