"""Import a batch output directory into the SQLite store (idempotent: ``Store.add`` per record)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from warta.batch.runner import DONE_DIR
from warta.record import Article


def committed_shards(out: Path) -> list[str]:
    """Ids of the shards that finished (have a done marker), sorted."""
    d = out / DONE_DIR
    return sorted(p.stem for p in d.glob("*.json")) if d.is_dir() else []


def iter_records(out: str | Path) -> Iterator[Article]:
    """Every record of the finished shards, rebuilt from ``articles.record``, shard by shard."""
    import pyarrow.parquet as pq

    root = Path(out)
    for sid in committed_shards(root):
        part = root / "articles" / f"part-{sid}.parquet"
        if not part.exists():
            continue
        pf = pq.ParquetFile(part)
        for batch in pf.iter_batches(columns=["record"], batch_size=256):
            for rec in batch.column(0).to_pylist():
                yield Article.from_json(rec)


def count_errors(out: str | Path) -> int:
    import pyarrow.parquet as pq

    root = Path(out)
    return sum(
        pq.ParquetFile(root / "errors" / f"part-{sid}.parquet").metadata.num_rows
        for sid in committed_shards(root)
        if (root / "errors" / f"part-{sid}.parquet").exists()
    )


def load(out: str | Path, db: str | Path, on_record: Callable[[str], None] | None = None) -> Counter[str]:
    """Add every record of the batch output to the store; counts of added/unchanged/updated."""
    from warta.store import Store

    root = Path(out)
    if not (root / DONE_DIR).is_dir():
        raise FileNotFoundError(f"{root}: not a warta batch output (no {DONE_DIR}/ directory)")
    counts: Counter[str] = Counter()
    with Store(db) as store:
        for rec in iter_records(root):
            outcome = store.add(rec)
            counts[outcome] += 1
            if on_record:
                on_record(outcome)
    return counts
