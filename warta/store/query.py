"""Read queries over the store, shared by the REST API, the dashboard and the CLI.

Every list function takes a SQLAlchemy ``Connection`` and returns a :class:`Page` (``total`` plus one
``limit``/``offset`` slice of ``items``, each a plain dict). Dates are ISO 8601 strings; ``start``/``end``
bounds are inclusive days (``YYYY-MM-DD``). An event's date is its own ``date``, else its article's
publication date.
"""

from __future__ import annotations

import functools
import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Select,
    and_,
    case,
    column,
    distinct,
    func,
    intersect,
    literal,
    literal_column,
    or_,
    select,
    table,
    union_all,
)

from warta.store.schema import articles, entities, events, quotes
from warta.store.search import ARTICLES_FTS, QUOTES_FTS, fts_query

# Read-side indexes the API's queries need, created by :func:`ensure_indexes` (idempotent). The covering
# entity index serves both the actor aggregate (an index scan instead of a table scan plus sort) and
# every "articles mentioning NAME" lookup (no table access per row).
READ_INDEXES = (
    "CREATE INDEX IF NOT EXISTS ix_entities_read_cov "
    "ON entities(name, type, n_mentions, country, sector, kb_id, article_id)",
    "CREATE INDEX IF NOT EXISTS ix_quotes_published_order ON quotes(published, article_id, start)",
)

_HI = "\uffff"  # sorts after any ISO date suffix: `published <= end + _HI` keeps the day inclusive


def ensure_indexes(engine: Engine) -> None:
    """Create :data:`READ_INDEXES` if missing."""
    with engine.begin() as conn:
        for ddl in READ_INDEXES:
            conn.exec_driver_sql(ddl)


@dataclass
class Page:
    """One page of a list: ``total`` matching rows and the ``items`` in ``[offset, offset + limit)``."""

    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "limit": self.limit, "offset": self.offset, "items": self.items}


def _page(conn: Connection, query: Select[Any], limit: int, offset: int) -> Page:
    total = conn.execute(select(func.count()).select_from(query.order_by(None).subquery())).scalar_one()
    rows = conn.execute(query.limit(limit).offset(offset)).mappings().all() if total > offset else []
    return Page(total=total, limit=limit, offset=offset, items=[dict(r) for r in rows])


def _date_range(col: ColumnElement[Any], start: str | None, end: str | None) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if start:
        out.append(col >= start)
    if end:
        out.append(col <= end + _HI)
    return out


def _fts_table(name: str) -> Any:
    return table(name, column("rowid"), column("rank"))


def _rowid(t: Any) -> ColumnElement[Any]:
    return literal_column(f"{t.name}.rowid")


def literal_table(name: str) -> Any:
    """The FTS table name as a column expression (for ``MATCH`` and the ``snippet()`` function)."""
    return literal_column(name)


# -- articles --------------------------------------------------------------------------------------


ARTICLE_COLUMNS = (
    articles.c.id, articles.c.title, articles.c.source, articles.c.url, articles.c.published,
    articles.c.language, articles.c.n_entities, articles.c.n_quotes, articles.c.n_events,
)


def list_articles(
    conn: Connection,
    *,
    q: str | None = None,
    source: str | None = None,
    language: str | None = None,
    start: str | None = None,
    end: str | None = None,
    entity: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> Page:
    """Articles, newest first; with ``q`` (FTS5 over title and text) best match first, with a snippet."""
    cond: list[ColumnElement[bool]] = [*_date_range(articles.c.published, start, end)]
    if source:
        cond.append(articles.c.source == source)
    if language:
        cond.append(articles.c.language == language)
    if entity:
        cond.append(articles.c.id.in_(select(entities.c.article_id).where(entities.c.name == entity)))
    cols: list[Any] = list(ARTICLE_COLUMNS)
    if q is not None:
        match = fts_query(q)
        if match is None:
            return Page(total=0, limit=limit, offset=offset)
        fts = _fts_table(ARTICLES_FTS)
        snippet = func.snippet(literal_table(ARTICLES_FTS), 1, "\x02", "\x03", "…", 24).label("snippet")
        query = (
            select(*cols, snippet)
            .select_from(articles.join(fts, fts.c.rowid == _rowid(articles)))
            .where(literal_table(ARTICLES_FTS).match(match), *cond)
            .order_by(fts.c.rank)
        )
    else:
        query = select(*cols).where(*cond).order_by(articles.c.published.desc(), articles.c.id.desc())
    return _page(conn, query, limit, offset)


def get_record(conn: Connection, article_id: str) -> dict[str, Any] | None:
    """The stored record as a dict; a unique id prefix (4+ characters) is accepted too."""
    row = conn.execute(select(articles.c.record).where(articles.c.id == article_id)).first()
    if row is None and len(article_id) >= 4:
        esc = article_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = conn.execute(
            select(articles.c.record).where(articles.c.id.like(esc + "%", escape="\\")).limit(2)
        ).all()
        row = rows[0] if len(rows) == 1 else None
    return json.loads(row[0]) if row else None


def sources(conn: Connection) -> list[dict[str, Any]]:
    """Outlets with their article counts, most first."""
    rows = conn.execute(
        select(articles.c.source, func.count().label("articles")).group_by(articles.c.source)
        .order_by(func.count().desc())
    ).mappings()
    return [dict(r) for r in rows]


def overview(conn: Connection) -> dict[str, Any]:
    """Headline counts for the dashboard's front page."""
    def n(t: Any) -> int:
        return conn.execute(select(func.count()).select_from(t)).scalar_one()

    return {
        "articles": n(articles), "entities": n(entities), "quotes": n(quotes), "events": n(events),
        "first_published": conn.execute(select(func.min(articles.c.published))).scalar(),
        "last_published": conn.execute(select(func.max(articles.c.published))).scalar(),
    }


# -- entities / actors -----------------------------------------------------------------------------


_cache_lock = threading.Lock()
_cache: OrderedDict[tuple[Any, ...], tuple[tuple[Any, ...], Any]] = OrderedDict()
_CACHE_SIZE = 512
F = TypeVar("F", bound=Callable[..., Any])


def data_version(conn: Connection) -> tuple[Any, ...]:
    """A cheap token that changes whenever articles (so their child rows) are added, replaced or removed."""
    return tuple(conn.execute(
        select(func.count(), func.max(_rowid(articles)), func.max(articles.c.ingested_at))
        .select_from(articles)
    ).one())


def cached(fn: F) -> F:
    """Memoise an aggregate query per database and arguments until :func:`data_version` changes."""

    @functools.wraps(fn)
    def wrapper(conn: Connection, *args: Any, **kwargs: Any) -> Any:
        key = (fn.__name__, str(conn.engine.url), args, tuple(sorted(kwargs.items())))
        version = data_version(conn)
        with _cache_lock:
            hit = _cache.get(key)
            if hit is not None and hit[0] == version:
                _cache.move_to_end(key)
                return hit[1]
        value = fn(conn, *args, **kwargs)
        with _cache_lock:
            _cache[key] = (version, value)
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
        return value

    return wrapper  # type: ignore[return-value]


@cached
def list_entities(
    conn: Connection,
    *,
    q: str | None = None,
    type: str | None = None,
    country: str | None = None,
    start: str | None = None,
    end: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> Page:
    """Entities grouped by canonical name and type, with article and mention counts, most mentioned first.

    The aggregate reads every entity row, so it is cached (:func:`cached`) until the data changes.
    """
    cond: list[ColumnElement[bool]] = []
    if q:
        esc = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        cond.append(entities.c.name.like(f"%{esc}%", escape="\\"))
    if type:
        cond.append(entities.c.type == type)
    if country:
        cond.append(entities.c.country == country)
    if start or end:
        cond.append(entities.c.article_id.in_(
            select(articles.c.id).where(*_date_range(articles.c.published, start, end))
        ))
    mentions = func.sum(entities.c.n_mentions)
    query = (
        select(
            entities.c.name, entities.c.type, func.max(entities.c.country).label("country"),
            func.max(entities.c.sector).label("sector"), func.max(entities.c.kb_id).label("kb_id"),
            func.count().label("articles"), mentions.label("mentions"),
        )
        .where(*cond)
        .group_by(entities.c.name, entities.c.type)
        .order_by(mentions.desc(), entities.c.name)
    )
    return _page(conn, query, limit, offset)


def entity_summary(conn: Connection, name: str) -> dict[str, Any] | None:
    """One actor by canonical name: types, countries, counts and first/last article date."""
    row = conn.execute(
        select(
            func.count().label("articles"), func.sum(entities.c.n_mentions).label("mentions"),
            func.group_concat(distinct(entities.c.type)).label("types"),
            func.group_concat(distinct(entities.c.country)).label("countries"),
            func.group_concat(distinct(entities.c.sector)).label("sectors"),
            func.max(entities.c.kb_id).label("kb_id"),
            func.min(articles.c.published).label("first_published"),
            func.max(articles.c.published).label("last_published"),
        )
        .select_from(entities.join(articles, articles.c.id == entities.c.article_id))
        .where(entities.c.name == name)
    ).mappings().one()
    if not row["articles"]:
        return None
    out = dict(row)
    for key in ("types", "countries", "sectors"):
        out[key] = sorted(x for x in (out[key] or "").split(",") if x)
    out["name"] = name
    out["quotes"] = conn.execute(
        select(func.count()).select_from(quotes).where(quotes.c.speaker_name == name)
    ).scalar_one()
    out["events"] = conn.execute(
        select(func.count()).select_from(events).where(_involves(name, "either"))
    ).scalar_one()
    return out


def cooccurrences(conn: Connection, name: str, *, limit: int = 20, offset: int = 0) -> Page:
    """Entities that appear in the same articles as ``name``, by number of shared articles."""
    me = entities.alias("me")
    other = entities.alias("other")
    n = func.count(distinct(other.c.article_id))
    query = (
        select(other.c.name, other.c.type, n.label("articles"))
        .select_from(me.join(other, other.c.article_id == me.c.article_id))
        .where(me.c.name == name, other.c.name != name)
        .group_by(other.c.name, other.c.type)
        .order_by(n.desc(), other.c.name)
    )
    return _page(conn, query, limit, offset)


def mention_timeline(conn: Connection, name: str) -> list[dict[str, Any]]:
    """Articles mentioning ``name`` per month (``YYYY-MM``) of publication."""
    month = func.substr(articles.c.published, 1, 7)
    rows = conn.execute(
        select(month.label("month"), func.count().label("articles"))
        .select_from(entities.join(articles, articles.c.id == entities.c.article_id))
        .where(entities.c.name == name, articles.c.published.is_not(None))
        .group_by(month).order_by(month)
    ).mappings()
    return [dict(r) for r in rows]


# -- quotes ----------------------------------------------------------------------------------------


def list_quotes(
    conn: Connection,
    *,
    q: str | None = None,
    speaker: str | None = None,
    start: str | None = None,
    end: str | None = None,
    article_id: str | None = None,
    sector: str | None = None,
    private: bool | None = None,
    limit: int = 20,
    offset: int = 0,
) -> Page:
    """Quotes, newest first (best match first with ``q``), with their article's title and the speaker's
    sector. ``sector``: the speaker's PLOVER sector(s), comma-separated (``GOV,LEG``); ``private=False``
    leaves out speakers marked as private persons (sector CVL: residents, traders …), ``True`` keeps only
    them."""
    spk = entities.alias("spk")
    cond: list[ColumnElement[bool]] = [*_date_range(quotes.c.published, start, end)]
    if speaker:
        cond.append(or_(quotes.c.speaker_name == speaker, quotes.c.speaker_text == speaker))
    if article_id:
        cond.append(quotes.c.article_id == article_id)
    if sector:
        cond.append(spk.c.sector.in_([x.strip().upper() for x in sector.split(",") if x.strip()]))
    if private is not None:
        cond.append(spk.c.sector == "CVL" if private else or_(spk.c.sector.is_(None), spk.c.sector != "CVL"))
    cols = (
        quotes.c.article_id, quotes.c.quote_id, quotes.c.text, quotes.c.kind, quotes.c.cue,
        quotes.c.speaker_name, quotes.c.speaker_text, quotes.c.published, quotes.c.start, quotes.c.end,
        articles.c.title.label("article_title"), spk.c.sector.label("speaker_sector"),
    )
    # the speaker's entity row (same article, entity id) carries its sector
    base = quotes.join(articles, articles.c.id == quotes.c.article_id).outerjoin(
        spk, and_(spk.c.article_id == quotes.c.article_id, spk.c.entity_id == quotes.c.speaker)
    )
    if q is not None:
        match = fts_query(q)
        if match is None:
            return Page(total=0, limit=limit, offset=offset)
        fts = _fts_table(QUOTES_FTS)
        query = (
            select(*cols).select_from(base.join(fts, fts.c.rowid == _rowid(quotes)))
            .where(literal_table(QUOTES_FTS).match(match), *cond).order_by(fts.c.rank)
        )
    else:
        # SQLite sorts NULL first, so DESC puts undated quotes last and can walk the index backwards
        query = select(*cols).select_from(base).where(*cond).order_by(
            quotes.c.published.desc(), quotes.c.article_id.desc(), quotes.c.start.desc()
        )
    return _page(conn, query, limit, offset)


# -- events ----------------------------------------------------------------------------------------


def _event_date() -> ColumnElement[Any]:
    return func.coalesce(events.c.date, func.substr(articles.c.published, 1, 10))


def _side(name: str, ids: str) -> ColumnElement[bool]:
    """The event has an entity called ``name`` on one side (``ids`` is ``"actor"`` or ``"recipient"``).

    Single-entity sides match the denormalised ``<side>_name`` column through its index; sides with
    several entities (names joined by ``"; "``) are checked against the JSON id list, only in articles
    that mention ``name``.
    """
    ev = events.alias("ev_" + ids)
    name_col = ev.c[f"{ids}_name"]
    je = func.json_each(ev.c[ids]).table_valued("value").alias("je")
    en = entities.alias("en")
    single = select(literal_column(f"ev_{ids}.rowid")).where(name_col == name)
    multi = select(literal_column(f"ev_{ids}.rowid")).where(
        ev.c.article_id.in_(select(entities.c.article_id).where(entities.c.name == name)),
        name_col.like("%; %"),
        select(literal(1))
        .select_from(je.join(en, and_(en.c.article_id == ev.c.article_id, en.c.entity_id == je.c.value)))
        .where(en.c.name == name)
        .exists(),
    )
    return _rowid(events).in_(union_all(single.correlate(None), multi.correlate(None)))


def _json_has(name: str, ids: str) -> ColumnElement[bool]:
    """The JSON id list ``events.<ids>`` holds an entity called ``name`` (correlated to ``events``)."""
    je = func.json_each(events.c[ids]).table_valued("value").alias("je_" + ids)
    en = entities.alias("en_" + ids)
    return (
        select(literal(1))
        .select_from(je.join(en, and_(en.c.article_id == events.c.article_id, en.c.entity_id == je.c.value)))
        .where(en.c.name == name)
        .exists()
    )


def _pair(a: str, b: str) -> ColumnElement[bool]:
    """Actor ``a`` → recipient ``b``: by the indexed name columns, or the JSON ids of multi-entity sides."""
    single = and_(events.c.actor_name == a, events.c.recipient_name == b)
    shared = intersect(select(entities.c.article_id).where(entities.c.name == a),
                       select(entities.c.article_id).where(entities.c.name == b))
    multi = and_(
        events.c.article_id.in_(shared),
        or_(events.c.actor_name.like("%; %"), events.c.recipient_name.like("%; %")),
        _json_has(a, "actor"),
        _json_has(b, "recipient"),
    )
    return or_(single, multi)


def _involves(name: str, side: str) -> ColumnElement[bool]:
    if side in ("actor", "recipient"):
        return _side(name, side)
    return or_(_side(name, "actor"), _side(name, "recipient"))


@dataclass
class EventFilter:
    """Filters shared by the event list, timeline and network queries."""

    actor: str | None = None
    recipient: str | None = None
    entity: str | None = None
    country: str | None = None
    actor_country: str | None = None
    recipient_country: str | None = None
    type: str | None = None
    quad_class: int | None = None
    status: str | None = None
    start: str | None = None
    end: str | None = None
    article_id: str | None = None

    def where(self) -> list[ColumnElement[bool]]:
        c: list[ColumnElement[bool]] = []
        if self.actor:
            c.append(_involves(self.actor, "actor"))
        if self.recipient:
            c.append(_involves(self.recipient, "recipient"))
        if self.entity:
            c.append(_involves(self.entity, "either"))
        if self.country:
            c.append(or_(events.c.actor_country == self.country, events.c.recipient_country == self.country))
        if self.actor_country:
            c.append(events.c.actor_country == self.actor_country)
        if self.recipient_country:
            c.append(events.c.recipient_country == self.recipient_country)
        if self.type:
            c.append(events.c.type == self.type)
        if self.quad_class is not None:
            c.append(events.c.quad_class == self.quad_class)
        if self.status:
            c.append(events.c.status == self.status)
        if self.article_id:
            c.append(events.c.article_id == self.article_id)
        c.extend(_date_range(_event_date(), self.start, self.end))
        return c


EVENT_COLUMNS = (
    events.c.article_id, events.c.event_id, events.c.type, events.c.mode, events.c.actor_name,
    events.c.recipient_name, events.c.actor_country, events.c.recipient_country, events.c.cameo,
    events.c.quad_class, events.c.goldstein, events.c.status, events.c.location, events.c.trigger,
    events.c.confidence, events.c.start, events.c.end,
)


def list_events(conn: Connection, flt: EventFilter, *, limit: int = 20, offset: int = 0) -> Page:
    """Events matching ``flt``, newest first, with their article's title."""
    date = _event_date()
    query = (
        select(*EVENT_COLUMNS, date.label("date"), articles.c.title.label("article_title"))
        .select_from(events.join(articles, articles.c.id == events.c.article_id))
        .where(*flt.where())
        .order_by(date.desc().nulls_last(), events.c.article_id, events.c.start)
    )
    return _page(conn, query, limit, offset)


def event_timeline(conn: Connection, flt: EventFilter) -> list[dict[str, Any]]:
    """Per month: event count, count per QuadClass (``q1``..``q4``) and mean Goldstein."""
    month = func.substr(_event_date(), 1, 7)
    quads = [func.sum(case((events.c.quad_class == k, 1), else_=0)).label(f"q{k}") for k in (1, 2, 3, 4)]
    rows = conn.execute(
        select(month.label("month"), func.count().label("events"), *quads,
               func.avg(events.c.goldstein).label("goldstein"))
        .select_from(events.join(articles, articles.c.id == events.c.article_id))
        .where(*flt.where(), month.is_not(None))
        .group_by(month).order_by(month)
    ).mappings()
    return [_round(dict(r)) for r in rows]


def event_types(conn: Connection, flt: EventFilter) -> list[dict[str, Any]]:
    """Event counts per (type, QuadClass)."""
    rows = conn.execute(
        select(events.c.type, events.c.quad_class, func.count().label("events"),
               func.avg(events.c.goldstein).label("goldstein"))
        .select_from(events.join(articles, articles.c.id == events.c.article_id))
        .where(*flt.where()).group_by(events.c.type, events.c.quad_class).order_by(func.count().desc())
    ).mappings()
    return [_round(dict(r)) for r in rows]


def _round(d: dict[str, Any]) -> dict[str, Any]:
    if d.get("goldstein") is not None:
        d["goldstein"] = round(d["goldstein"], 3)
    return d


def _pairs(start: str | None = None, end: str | None = None) -> Select[Any]:
    """One row per (event, actor entity name, recipient entity name)."""
    ja = func.json_each(events.c.actor).table_valued("value").alias("ja")
    jr = func.json_each(events.c.recipient).table_valued("value").alias("jr")
    ea = entities.alias("ea")
    er = entities.alias("er")
    return (
        select(events.c.article_id, events.c.event_id, events.c.type, events.c.quad_class,
               events.c.goldstein, _event_date().label("date"),
               ea.c.name.label("actor"), er.c.name.label("recipient"))
        .select_from(events.join(articles, articles.c.id == events.c.article_id))
        .join(ja, literal(True))
        .join(ea, and_(ea.c.article_id == events.c.article_id, ea.c.entity_id == ja.c.value))
        .join(jr, literal(True))
        .join(er, and_(er.c.article_id == events.c.article_id, er.c.entity_id == jr.c.value))
        .where(*_date_range(_event_date(), start, end))
    )


def actor_relations(conn: Connection, name: str, *, limit: int = 200) -> dict[str, list[dict[str, Any]]]:
    """What ``name`` does to whom (``as_actor``) and who does what to them (``as_recipient``).

    Rows group events by type, QuadClass and counterpart, most frequent first.
    """
    pairs = _pairs().where(or_(
        events.c.article_id.in_(select(entities.c.article_id).where(entities.c.name == name)),
    )).subquery()
    out: dict[str, list[dict[str, Any]]] = {}
    for key, me, other in (("as_actor", pairs.c.actor, pairs.c.recipient),
                           ("as_recipient", pairs.c.recipient, pairs.c.actor)):
        rows = conn.execute(
            select(pairs.c.type, pairs.c.quad_class, other.label("counterpart"),
                   func.count(distinct(pairs.c.article_id + ":" + pairs.c.event_id)).label("events"),
                   func.avg(pairs.c.goldstein).label("goldstein"),
                   func.max(pairs.c.date).label("last_date"))
            .where(me == name, other != name)
            .group_by(pairs.c.type, pairs.c.quad_class, other)
            .order_by(func.count().desc(), pairs.c.type).limit(limit)
        ).mappings()
        out[key] = [_round(dict(r)) for r in rows]
    return out


def dyad(
    conn: Connection,
    a: str,
    b: str,
    *,
    kind: str = "actor",
    directed: bool = False,
    start: str | None = None,
    end: str | None = None,
) -> list[dict[str, Any]]:
    """Per month: events between ``a`` and ``b`` (actor names, or ISO3 countries with ``kind="country"``).

    Undirected by default (either may be source); ``directed`` counts only ``a`` → ``b``.
    """
    if kind == "country":
        src, dst = events.c.actor_country, events.c.recipient_country
        fwd = and_(src == a, dst == b)
        back = and_(src == b, dst == a)
    else:
        fwd, back = _pair(a, b), _pair(b, a)
    base = (
        select(events.c.article_id, events.c.event_id, events.c.quad_class, events.c.goldstein,
               _event_date().label("date"))
        .select_from(events.join(articles, articles.c.id == events.c.article_id))
        .where(fwd if directed else or_(fwd, back), *_date_range(_event_date(), start, end))
    ).subquery()
    month = func.substr(base.c.date, 1, 7)
    quads = [func.sum(case((base.c.quad_class == k, 1), else_=0)).label(f"q{k}") for k in (1, 2, 3, 4)]
    rows = conn.execute(
        select(month.label("month"), func.count().label("events"), *quads,
               func.avg(base.c.goldstein).label("goldstein"))
        .where(base.c.date.is_not(None)).group_by(month).order_by(month)
    ).mappings()
    return [_round(dict(r)) for r in rows]


# -- network ---------------------------------------------------------------------------------------

NETWORK_TYPES = ("PERSON", "ORG", "GPE", "NORP")


def _event_edges(
    conn: Connection, names: set[str], start: str | None, end: str | None
) -> list[dict[str, Any]]:
    """Actor → recipient edges between ``names``, from the denormalised name columns (no JSON unpacking).

    Events are grouped by (actor names, recipient names, QuadClass) in SQL; multi-entity sides (names
    joined by ``"; "``) are split here, so every actor–recipient pair of an event counts once.
    """
    cond = [events.c.actor_name.is_not(None), events.c.recipient_name.is_not(None),
            *_date_range(_event_date(), start, end)]
    rows = conn.execute(
        select(events.c.actor_name, events.c.recipient_name, events.c.quad_class, func.count().label("n"),
               func.sum(events.c.goldstein).label("g"), func.count(events.c.goldstein).label("gn"))
        .select_from(events.join(articles, articles.c.id == events.c.article_id))
        .where(*cond)
        .group_by(events.c.actor_name, events.c.recipient_name, events.c.quad_class)
    ).all()
    acc: dict[tuple[str, str], dict[str, Any]] = {}
    for a_names, r_names, quad, n, g, gn in rows:
        for a in a_names.split("; "):
            for r in r_names.split("; "):
                if a == r or a not in names or r not in names:
                    continue
                e = acc.setdefault((a, r), {"events": 0, "q1": 0, "q2": 0, "q3": 0, "q4": 0,
                                            "g": 0.0, "gn": 0})
                e["events"] += n
                if quad in (1, 2, 3, 4):
                    e[f"q{quad}"] += n
                e["g"] += g or 0.0
                e["gn"] += gn
    out = []
    for (a, r), e in sorted(acc.items()):
        counts = [e[f"q{k}"] for k in (1, 2, 3, 4)]
        g, gn = e.pop("g"), e.pop("gn")
        out.append({"source": a, "target": r, "kind": "event", **e,
                    "quad_class": counts.index(max(counts)) + 1 if max(counts) else None,
                    "goldstein": round(g / gn, 3) if gn else None})
    return out


@cached
def network(
    conn: Connection,
    *,
    start: str | None = None,
    end: str | None = None,
    nodes: int = 50,
    types: tuple[str, ...] = NETWORK_TYPES,
    cooccurrence: bool = True,
) -> dict[str, list[dict[str, Any]]]:
    """The actor graph for a date range.

    Nodes are the ``nodes`` most mentioned entities of ``types``. Event edges (actor → recipient) carry
    counts per QuadClass, the dominant QuadClass and mean Goldstein; with ``cooccurrence``, node pairs
    that share articles also get an undirected ``cooccur`` edge weighted by shared articles.
    """
    in_range = entities.c.article_id.in_(
        select(articles.c.id).where(*_date_range(articles.c.published, start, end))
    ) if (start or end) else literal(True)
    mentions = func.sum(entities.c.n_mentions)
    node_rows = conn.execute(
        select(entities.c.name, func.max(entities.c.type).label("type"),
               func.max(entities.c.country).label("country"),
               mentions.label("mentions"), func.count().label("articles"))
        .where(in_range, entities.c.type.in_(types))
        .group_by(entities.c.name).order_by(mentions.desc(), entities.c.name).limit(nodes)
    ).mappings().all()
    names = [r["name"] for r in node_rows]
    edges: list[dict[str, Any]] = []
    if names:
        edges.extend(_event_edges(conn, set(names), start, end))
        if cooccurrence:
            e1, e2 = entities.alias("e1"), entities.alias("e2")
            shared = func.count(distinct(e1.c.article_id))
            art_cond = e1.c.article_id.in_(
                select(articles.c.id).where(*_date_range(articles.c.published, start, end))
            ) if (start or end) else literal(True)
            for r in conn.execute(
                select(e1.c.name.label("a"), e2.c.name.label("b"), shared.label("articles"))
                .select_from(e1.join(e2, and_(e2.c.article_id == e1.c.article_id, e2.c.name > e1.c.name)))
                .where(e1.c.name.in_(names), e2.c.name.in_(names), art_cond)
                .group_by(e1.c.name, e2.c.name)
                .having(shared >= 1)
            ).mappings():
                edges.append({"source": r["a"], "target": r["b"], "kind": "cooccur",
                              "articles": r["articles"]})
    return {"nodes": [dict(r) for r in node_rows], "edges": edges}
