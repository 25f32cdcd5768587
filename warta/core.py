"""The public Python API: analyse one text, or read and analyse many inputs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from warta.pipeline import Pipeline, StageError
from warta.readers import ReadError, ReadOptions, read
from warta.readers.base import BadInput, make_article
from warta.readers.html import read_html
from warta.record import Article


def extract(text: str, *, html: bool | None = None, pipeline: Pipeline | None = None, **meta: Any) -> Article:
    """Analyse one article given as text (or HTML) plus optional metadata (title, url, published, ...).

    >>> rec = extract("Presiden Prabowo tiba di Tokyo.", title="Kunjungan", published="2026-05-01")
    """
    opts = ReadOptions()
    is_html = html if html is not None else text.lstrip()[:15].lower().startswith(("<!doctype", "<html"))
    art = (
        read_html(text, "<text>", opts, **meta)
        if is_html
        else make_article(text, where="<text>", opts=opts, **meta)
    )
    return (pipeline or Pipeline())(art)


def process(
    paths: Iterable[str | Path],
    *,
    pipeline: Pipeline | None = None,
    options: ReadOptions | None = None,
    batch_size: int = 32,
) -> Iterator[Article | ReadError]:
    """Read ``paths`` and run the pipeline; yields records and errors in input order."""
    return process_items(read(paths, options), pipeline=pipeline, batch_size=batch_size)


def process_items(
    items: Iterable[Article | ReadError],
    *,
    pipeline: Pipeline | None = None,
    batch_size: int = 32,
) -> Iterator[Article | ReadError]:
    """Run the pipeline over already-read items (records and read errors), batched; keeps input order.

    A record whose processing fails comes back as a :class:`ReadError` naming its input.
    """
    pipe = pipeline or Pipeline()
    pending: list[Article | ReadError] = []

    def flush() -> Iterator[Article | ReadError]:
        arts = [x for x in pending if isinstance(x, Article)]
        done = iter(_safe_pipe(pipe, arts, batch_size))
        for x in pending:
            yield next(done) if isinstance(x, Article) else x
        pending.clear()

    for item in items:
        pending.append(item)
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()


def _safe_pipe(pipe: Pipeline, arts: list[Article], batch_size: int) -> Iterator[Article | ReadError]:
    """Batch through ``pipe.pipe``; on a failure, redo that batch one by one so only the culprit fails."""
    try:
        yield from list(pipe.pipe(arts, batch_size=batch_size))
        return
    except Exception:  # noqa: BLE001 - isolate the failing article below
        pass
    for art in arts:
        try:
            yield pipe(art)
        except (StageError, BadInput, ValueError) as exc:
            yield ReadError(art.input or art.id, str(exc))


__all__ = ["extract", "process", "process_items", "read"]
