"""Run the pipeline over large corpora with dask.distributed, shard by shard, resumably.

Inputs are split deterministically into shards (a JSONL line range of ``shard_size`` lines, or a group of
``shard_size`` text/HTML files), each with a stable id derived from its path(s) and range. A worker processes
a shard and writes one Parquet file per table, ``OUT/<table>/part-<shard>.parquet``, each first to a temporary
name and then atomically renamed; the shard is done when ``OUT/_done/<shard>.json`` exists. A restarted run
skips done shards, discards temporary and partial files and redoes the rest, so the output of an interrupted
and resumed run equals the output of an uninterrupted one.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import hashlib
import json
import logging
import os
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from warta.batch.tables import TABLES, build_rows, to_arrow
from warta.readers import ReadError, ReadOptions
from warta.readers.base import BadInput
from warta.readers.jsonl import parse_line
from warta.readers.paths import JSONL_SUFFIXES, KNOWN, read_path
from warta.record import Article

DONE_DIR = "_done"
PLAN_FILE = "_plan.json"
DEFAULT_SHARD_SIZE = 1000


@dataclass(frozen=True)
class Shard:
    """One unit of work: lines ``[start, stop)`` (0-based) of a JSONL file, or a group of whole files."""

    id: str
    kind: str  # "jsonl" | "files"
    paths: tuple[str, ...]
    start: int = 0
    stop: int = 0
    offset: int = 0  # byte offset of line ``start`` (uncompressed files), to seek instead of scanning


@dataclass(frozen=True)
class Config:
    """How each worker builds its pipeline and reads its inputs (hashable: it keys the worker cache)."""

    use_models: bool = True
    exclude: tuple[str, ...] = ()
    language: str | None = None
    published: str | None = None
    max_chars: int = 1_000_000
    batch_size: int = 32

    def options(self) -> ReadOptions:
        return ReadOptions(language=self.language, published=self.published, max_chars=self.max_chars)


@dataclass
class Summary:
    """What a run did."""

    shards: int = 0
    skipped: int = 0  # already done before this run
    processed: int = 0
    failed: list[str] = field(default_factory=list)  # shard ids whose task raised
    articles: int = 0
    errors: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# -- planning -------------------------------------------------------------------------------------------
def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name)[:40].strip("._") or "input"


def shard_id(paths: tuple[str, ...], start: int, stop: int) -> str:
    """Stable id from the resolved path(s) and line range: ``<name>-<start>-<hash>``, safe as a file name."""
    key = "\n".join(paths) + f"\n{start}:{stop}"
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
    return f"{_slug(Path(paths[0]).name)}-{start:09d}-{digest}"


def _is_jsonl(p: Path) -> bool:
    suffixes = [s.lower() for s in p.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return bool(suffixes) and suffixes[-1] in JSONL_SUFFIXES


def _is_known(p: Path) -> bool:
    suffixes = [s.lower() for s in p.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return bool(suffixes) and suffixes[-1] in KNOWN


def _expand(inputs: list[str | Path]) -> list[Path]:
    """Files in input order; directories walked recursively in sorted order (like the readers)."""
    files: list[Path] = []
    for raw in inputs:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and _is_known(f))
            files.extend(found or [p])  # an empty directory becomes a shard that reports the error
        else:
            files.append(p)
    return files


def _jsonl_line_offsets(p: Path, shard_size: int) -> tuple[int, list[int]]:
    """Number of lines and the byte offset of every ``shard_size``-th line."""
    offsets = [0]
    n = 0
    pos = 0
    opener = gzip.open if p.suffix.lower() == ".gz" else open
    with opener(p, "rb") as fh:  # type: ignore[operator]
        for line in fh:
            n += 1
            pos += len(line)
            if n % shard_size == 0:
                offsets.append(pos)
    return n, offsets


def plan(inputs: list[str | Path], shard_size: int = DEFAULT_SHARD_SIZE) -> list[Shard]:
    """Split the inputs into shards, deterministically (same inputs and size -> same shards and ids)."""
    if shard_size < 1:
        raise ValueError("shard size must be at least 1")
    shards: list[Shard] = []
    group: list[str] = []

    def flush_group() -> None:
        if group:
            paths = tuple(group)
            shards.append(Shard(shard_id(paths, 0, len(paths)), "files", paths, 0, len(paths)))
            group.clear()

    for p in _expand(inputs):
        resolved = str(p.resolve())
        if p.is_file() and _is_jsonl(p):
            try:
                n, offsets = _jsonl_line_offsets(p, shard_size)
            except (OSError, EOFError):
                n, offsets = 0, [0]
            if n == 0:  # empty or unreadable: let the reader report it
                flush_group()
                shards.append(Shard(shard_id((resolved,), 0, 0), "files", (resolved,), 0, 1))
                continue
            flush_group()
            for i, start in enumerate(range(0, n, shard_size)):
                stop = min(start + shard_size, n)
                shards.append(Shard(shard_id((resolved,), start, stop), "jsonl", (resolved,), start, stop,
                                    offsets[i]))
        else:
            group.append(resolved)
            if len(group) >= shard_size:
                flush_group()
    flush_group()
    return shards


# -- reading one shard ----------------------------------------------------------------------------------
def read_shard(shard: Shard, opts: ReadOptions) -> Iterator[Article | ReadError]:
    """The shard's articles and read errors, in input order, named like the readers name them."""
    if shard.kind == "files":
        for p in shard.paths:
            yield from read_path(p, opts)
        return
    path = shard.paths[0]
    gz = path.lower().endswith(".gz")
    with (gzip.open(path, "rb") if gz else open(path, "rb")) as fh:
        if gz:
            for _ in range(shard.start):
                fh.readline()
        else:
            fh.seek(shard.offset)
        for n in range(shard.start + 1, shard.stop + 1):
            raw = fh.readline()
            if not raw.strip():
                continue
            loc = f"{path}:{n}"
            try:
                yield parse_line(raw, loc, opts)
            except BadInput as exc:
                yield ReadError(loc, str(exc))


# -- the worker side ------------------------------------------------------------------------------------
_PIPELINE_LOCK = threading.Lock()


@functools.lru_cache(maxsize=4)
def worker_pipeline(config: Config) -> Any:
    """The pipeline for ``config``, built once per worker process (models load once, then stay)."""
    from warta.pipeline import Pipeline

    return Pipeline(exclude=config.exclude, use_models=config.use_models)


def warm_up(config: Config, text: str = "Presiden Joko Widodo bertemu menteri di Jakarta pada Senin.") -> str:
    """Build the worker's pipeline and run it once so the models are loaded (``client.run(warm_up, cfg)``)."""
    pipe = worker_pipeline(config)
    art = pipe(Article.from_parts(text, title="Pemanasan", language=config.language or "id"))
    return ",".join(f"{k}={v}" for k, v in art.provenance.models.items()) or "no models"


def part_path(out: Path, table: str, sid: str) -> Path:
    return out / table / f"part-{sid}.parquet"


def done_path(out: Path, sid: str) -> Path:
    return out / DONE_DIR / f"{sid}.json"


def _atomic_write_bytes(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{uuid.uuid4().hex[:8]}")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def process_shard(shard: Shard, out: str, config: Config) -> dict[str, Any]:
    """Process one shard and commit its output (runs on a worker). Idempotent: a done shard is skipped."""
    import pyarrow.parquet as pq

    from warta.core import process_items

    root = Path(out)
    marker = done_path(root, shard.id)
    if marker.exists():
        return {"shard": shard.id, "skipped": True, **json.loads(marker.read_text(encoding="utf-8"))}
    t0 = time.perf_counter()
    pipe = worker_pipeline(config)
    items = process_items(read_shard(shard, config.options()), pipeline=pipe, batch_size=config.batch_size)
    with _PIPELINE_LOCK:  # spaCy models are shared per process and not thread-safe: one shard at a time
        rows = build_rows(items, shard.id)
    for table in TABLES:
        final = part_path(root, table, shard.id)
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = final.with_name(f".{final.name}.tmp-{uuid.uuid4().hex[:8]}")
        with open(tmp, "wb") as fh:
            pq.write_table(to_arrow(table, rows[table]), fh, compression="zstd")
            fh.flush()
            os.fsync(fh.fileno())  # the data is on disk before the marker says the shard is done
        os.replace(tmp, final)
    info = {
        "articles": len(rows["articles"]),
        "errors": len(rows["errors"]),
        "seconds": round(time.perf_counter() - t0, 3),
        "kind": shard.kind,
        "paths": list(shard.paths),
        "start": shard.start,
        "stop": shard.stop,
    }
    marker.parent.mkdir(parents=True, exist_ok=True)
    _atomic_write_bytes(marker, json.dumps(info, ensure_ascii=False).encode("utf-8"))
    return {"shard": shard.id, "skipped": False, **info}


# -- the client side ------------------------------------------------------------------------------------
class PlanMismatch(RuntimeError):
    """The output directory holds a run over other inputs or another shard size."""


def prepare_output(out: Path, shards: list[Shard], shard_size: int) -> set[str]:
    """Check/record the plan, discard temporary and uncommitted files; return the ids already done."""
    out.mkdir(parents=True, exist_ok=True)
    ids = [s.id for s in shards]
    plan_file = out / PLAN_FILE
    if plan_file.exists():
        old = json.loads(plan_file.read_text(encoding="utf-8"))
        if old.get("shards") != ids:
            raise PlanMismatch(
                f"{out} holds output of a run over other inputs or another --shard-size "
                f"({len(old.get('shards', []))} shards there, {len(ids)} now); use a new --out directory"
            )
    else:
        _atomic_write_bytes(plan_file, json.dumps({"shard_size": shard_size, "shards": ids}).encode("utf-8"))
    done = {p.stem for p in (out / DONE_DIR).glob("*.json")} if (out / DONE_DIR).is_dir() else set()
    for table in TABLES:
        tdir = out / table
        if not tdir.is_dir():
            continue
        for f in tdir.iterdir():
            if f.name.startswith(".") and ".tmp-" in f.name:
                f.unlink(missing_ok=True)  # a temp file of a killed writer
            elif f.name.startswith("part-") and f.name.endswith(".parquet") and f.name[5:-8] not in done:
                f.unlink(missing_ok=True)  # committed table of a shard that never finished
    if (out / DONE_DIR).is_dir():
        for f in (out / DONE_DIR).iterdir():
            if ".tmp-" in f.name:
                f.unlink(missing_ok=True)
    return done


@contextlib.contextmanager
def client_for(workers: int = 2, scheduler: str | None = None) -> Iterator[Any]:
    """A dask Client: on ``scheduler`` when given, else on a LocalCluster of ``workers`` processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers,
            processes=True,
            threads_per_worker=1,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def run_batch(
    inputs: list[str | Path],
    out: str | Path,
    *,
    workers: int = 2,
    scheduler: str | None = None,
    shard_size: int = DEFAULT_SHARD_SIZE,
    config: Config | None = None,
    on_shard: Callable[[dict[str, Any]], None] | None = None,
    client: Any = None,
) -> Summary:
    """Process ``inputs`` into ``out`` on a dask cluster; resumes a previous run into the same ``out``."""
    from distributed import as_completed

    t0 = time.perf_counter()
    config = config or Config()
    root = Path(out).resolve()
    shards = plan(inputs, shard_size)
    done = prepare_output(root, shards, shard_size)
    todo = [s for s in shards if s.id not in done]
    summary = Summary(shards=len(shards), skipped=len(shards) - len(todo))
    if todo:
        ctx = contextlib.nullcontext(client) if client is not None else client_for(workers, scheduler)
        with ctx as cl:
            futures = [
                cl.submit(process_shard, s, str(root), config, key=f"warta-shard-{s.id}", pure=False)
                for s in todo
            ]
            by_key = {f.key: s for f, s in zip(futures, todo, strict=True)}
            for fut in as_completed(futures):
                if fut.status == "error":
                    summary.failed.append(by_key[fut.key].id)
                    if on_shard:
                        on_shard({"shard": by_key[fut.key].id, "error": repr(fut.exception())})
                    continue
                info = fut.result()
                summary.processed += 1
                if on_shard:
                    on_shard(info)
    for sid in (s.id for s in shards):
        marker = done_path(root, sid)
        if marker.exists():
            info = json.loads(marker.read_text(encoding="utf-8"))
            summary.articles += info["articles"]
            summary.errors += info["errors"]
    summary.seconds = round(time.perf_counter() - t0, 3)
    return summary
