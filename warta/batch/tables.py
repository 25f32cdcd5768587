"""Flatten article records into per-table rows with fixed Arrow schemas (the batch output format).

The tables mirror the SQLite store (``warta.store.schema``) so the same queries work on both; list-valued
fields stay lists (Parquet ``LIST<STRING>``) instead of JSON text. ``articles.record`` holds the full record
as JSON, so ``warta load`` can rebuild every record exactly.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pyarrow as pa

from warta.readers import ReadError
from warta.record import Article
from warta.store.write import content_hash

_STR = pa.string()
_INT = pa.int64()
_F64 = pa.float64()
_LIST = pa.list_(pa.string())

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("id", _STR), ("url", _STR), ("source", _STR), ("title", _STR), ("author", _STR),
        ("published", _STR), ("language", _STR), ("text", _STR),
        ("n_entities", _INT), ("n_quotes", _INT), ("n_events", _INT),
        ("tone", _F64), ("themes", _LIST), ("record", _STR), ("content_hash", _STR),
        ("warta_version", _STR), ("input", _STR), ("shard", _STR),
    ]),
    "entities": pa.schema([
        ("article_id", _STR), ("entity_id", _STR), ("name", _STR), ("type", _STR), ("country", _STR),
        ("sector", _STR), ("kb_id", _STR), ("aliases", _LIST), ("n_mentions", _INT), ("published", _STR),
    ]),
    "mentions": pa.schema([
        ("article_id", _STR), ("entity_id", _STR), ("start", _INT), ("end", _INT), ("text", _STR),
    ]),
    "quotes": pa.schema([
        ("article_id", _STR), ("quote_id", _STR), ("start", _INT), ("end", _INT), ("text", _STR),
        ("kind", _STR), ("cue", _STR), ("speaker", _STR), ("speaker_name", _STR), ("speaker_text", _STR),
        ("published", _STR),
    ]),
    "events": pa.schema([
        ("article_id", _STR), ("event_id", _STR), ("type", _STR), ("mode", _STR), ("context", _LIST),
        ("actor", _LIST), ("recipient", _LIST), ("actor_name", _STR), ("recipient_name", _STR),
        ("actor_country", _STR), ("recipient_country", _STR), ("cameo", _STR), ("quad_class", _INT),
        ("goldstein", _F64), ("date", _STR), ("location", _STR), ("location_country", _STR),
        ("status", _STR), ("start", _INT), ("end", _INT), ("trigger", _STR), ("confidence", _F64),
        ("published", _STR),
    ]),
    "errors": pa.schema([("input", _STR), ("reason", _STR), ("shard", _STR)]),
}

#: Every output table, in a fixed order.
TABLES: tuple[str, ...] = tuple(SCHEMAS)


def empty_rows() -> dict[str, list[dict[str, Any]]]:
    return {name: [] for name in TABLES}


def add_article(rows: dict[str, list[dict[str, Any]]], a: Article, shard: str) -> None:
    """Append one record's rows to every table."""
    rows["articles"].append({
        "id": a.id, "url": a.url, "source": a.source, "title": a.title, "author": a.author,
        "published": a.published, "language": a.language, "text": a.text,
        "n_entities": len(a.entities), "n_quotes": len(a.quotes), "n_events": len(a.events),
        "tone": a.tone, "themes": list(a.themes), "record": a.to_json(), "content_hash": content_hash(a),
        "warta_version": a.provenance.warta_version, "input": a.input, "shard": shard,
    })
    names = {e.id: e.name for e in a.entities}
    for e in a.entities:
        rows["entities"].append({
            "article_id": a.id, "entity_id": e.id, "name": e.name, "type": e.type, "country": e.country,
            "sector": e.sector, "kb_id": e.kb_id, "aliases": list(e.aliases), "n_mentions": len(e.mentions),
            "published": a.published,
        })
        rows["mentions"].extend(
            {"article_id": a.id, "entity_id": e.id, "start": m.start, "end": m.end, "text": m.text}
            for m in e.mentions
        )
    for i, q in enumerate(a.quotes):
        rows["quotes"].append({
            "article_id": a.id, "quote_id": q.id or f"q{i + 1}", "start": q.start, "end": q.end,
            "text": q.text, "kind": q.kind, "cue": q.cue.text if q.cue else None, "speaker": q.speaker,
            "speaker_name": names.get(q.speaker or ""), "speaker_text": q.speaker_text,
            "published": a.published,
        })
    for ev in a.events:
        rows["events"].append({
            "article_id": a.id, "event_id": ev.id, "type": ev.type, "mode": ev.mode,
            "context": list(ev.context), "actor": list(ev.actor), "recipient": list(ev.recipient),
            "actor_name": "; ".join(names.get(x, x) for x in ev.actor) or None,
            "recipient_name": "; ".join(names.get(x, x) for x in ev.recipient) or None,
            "actor_country": ev.actor_country[0] if ev.actor_country else None,
            "recipient_country": ev.recipient_country[0] if ev.recipient_country else None,
            "cameo": ev.cameo, "quad_class": ev.quad_class, "goldstein": ev.goldstein, "date": ev.date,
            "location": ev.location.name if ev.location else None,
            "location_country": ev.location.country if ev.location else None,
            "status": ev.status, "start": ev.start, "end": ev.end,
            "trigger": ev.trigger.text if ev.trigger else None, "confidence": ev.confidence,
            "published": a.published,
        })


def add_error(rows: dict[str, list[dict[str, Any]]], e: ReadError, shard: str) -> None:
    rows["errors"].append({"input": e.where, "reason": e.reason, "shard": shard})


def build_rows(items: Iterable[Article | ReadError], shard: str) -> dict[str, list[dict[str, Any]]]:
    """Rows of every table for the records and errors of one shard."""
    rows = empty_rows()
    for item in items:
        if isinstance(item, ReadError):
            add_error(rows, item, shard)
        else:
            add_article(rows, item, shard)
    return rows


def to_arrow(name: str, rows: list[dict[str, Any]]) -> pa.Table:
    """One table's rows as an Arrow table with the fixed schema (an empty table keeps the schema)."""
    return pa.Table.from_pylist(rows, schema=SCHEMAS[name])
