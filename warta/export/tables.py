"""Tables out of the store: full records as JSONL; one CSV or Parquet file per table.

CSV and Parquet hold the queryable projection (``articles``, ``entities``, ``mentions``, ``quotes``,
``events``); the ``articles.record`` JSON column is left out of them (JSONL carries the full records).
Rows stream in batches, so memory stays flat on large databases.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Engine, Float, Integer, Table, select

from warta.store.schema import articles, entities, events, mentions, quotes

TABLES: dict[str, Table] = {
    "articles": articles, "entities": entities, "mentions": mentions, "quotes": quotes, "events": events,
}
_SKIP = {"articles": {"record"}}
BATCH = 5000


def _columns(name: str) -> list[Any]:
    return [c for c in TABLES[name].columns if c.name not in _SKIP.get(name, set())]


def _order(name: str) -> list[Any]:
    return list(TABLES[name].primary_key.columns)


def iter_rows(engine: Engine, name: str) -> Iterator[list[tuple[Any, ...]]]:
    """Batches of rows of one table, in primary-key order."""
    with engine.connect() as conn:
        result = conn.execution_options(stream_results=True).execute(
            select(*_columns(name)).order_by(*_order(name))
        )
        while batch := result.fetchmany(BATCH):
            yield [tuple(r) for r in batch]


def write_jsonl(engine: Engine, sink: IO[str]) -> int:
    """Write every stored record as one JSON line (publication date, then id order); returns the count."""
    n = 0
    with engine.connect() as conn:
        result = conn.execution_options(stream_results=True).execute(
            select(articles.c.record).order_by(articles.c.published, articles.c.id)
        )
        for (rec,) in result:
            sink.write(rec + "\n")
            n += 1
    return n


def write_csv(engine: Engine, out_dir: Path) -> dict[str, int]:
    """One ``<table>.csv`` (UTF-8, header row) per table in ``out_dir``; returns rows written per table."""
    out_dir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for name in TABLES:
        n = 0
        with open(out_dir / f"{name}.csv", "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([c.name for c in _columns(name)])
            for batch in iter_rows(engine, name):
                w.writerows(batch)
                n += len(batch)
        counts[name] = n
    return counts


def arrow_schema(name: str) -> Any:
    """The Parquet schema of one table, from its SQLAlchemy column types."""
    import pyarrow as pa

    def typ(col: Any) -> Any:
        if isinstance(col.type, Integer):
            return pa.int64()
        if isinstance(col.type, Float):
            return pa.float64()
        return pa.string()

    return pa.schema([pa.field(c.name, typ(c), nullable=True) for c in _columns(name)])


def write_parquet(engine: Engine, out_dir: Path) -> dict[str, int]:
    """One ``<table>.parquet`` (zstd) per table in ``out_dir``; needs pyarrow (the ``batch`` extra)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out_dir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for name in TABLES:
        schema = arrow_schema(name)
        n = 0
        with pq.ParquetWriter(out_dir / f"{name}.parquet", schema, compression="zstd") as w:
            for batch in iter_rows(engine, name):
                cols = list(zip(*batch, strict=True))
                w.write_table(pa.table({f.name: pa.array(col, type=f.type) for f, col in zip(schema, cols,
                                                                                             strict=True)},
                                       schema=schema))
                n += len(batch)
        counts[name] = n
    return counts
