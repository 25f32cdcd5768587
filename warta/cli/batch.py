"""``warta batch`` (many inputs on a dask cluster, into Parquet) and ``warta load`` (Parquet into SQLite)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from warta.cli.app import app, err, fail
from warta.readers.base import DEFAULT_MAX_CHARS, normalise_published


def _need_batch_extra() -> None:
    try:
        import distributed  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as exc:
        raise fail(f"batch processing needs the 'batch' extra (pip install 'warta[batch]'): {exc}") from None


Inputs = Annotated[list[str], typer.Argument(help="Files or directories; JSONL is split in shards.")]
OutDir = Annotated[Path, typer.Option("--out", help="Output directory (one Parquet dataset per table).")]
Workers = Annotated[int | None, typer.Option("--workers", "-w", help="Local workers (default 2).", min=1)]
Scheduler = Annotated[str | None, typer.Option("--scheduler", help="Use this dask scheduler (tcp://host:8786).")]
ShardSize = Annotated[int, typer.Option("--shard-size", help="JSONL lines (or files) per shard.", min=1)]
Lang = Annotated[str | None, typer.Option("--lang", "-l", help="ISO 639-1 language of all inputs.")]
Published = Annotated[str | None, typer.Option("--published", help="Date for inputs that lack one.")]
Exclude = Annotated[list[str], typer.Option("--exclude", "-x", help="Stage to skip (repeatable).")]
MaxChars = Annotated[int, typer.Option("--max-chars", help="Reject articles longer than this.")]
NoModels = Annotated[bool, typer.Option("--no-models", help="Rule baselines only, no trained models.")]
AsJson = Annotated[bool, typer.Option("--json", help="Print the run summary as one JSON object.")]


@app.command()
def batch(
    inputs: Inputs,
    out: OutDir,
    workers: Workers = None,
    scheduler: Scheduler = None,
    shard_size: ShardSize = 1000,
    lang: Lang = None,
    published: Published = None,
    exclude: Exclude = [],  # noqa: B006 - typer needs a literal default
    max_chars: MaxChars = DEFAULT_MAX_CHARS,
    no_models: NoModels = False,
    as_json: AsJson = False,
) -> None:
    """Process many articles on a dask cluster into Parquet; rerun the same command to resume.

    Example: warta batch corpus/*.jsonl --out out/ --workers 2
    """
    _need_batch_extra()
    from warta.batch.runner import Config, PlanMismatch, run_batch
    from warta.pipeline import Pipeline

    if "-" in inputs:
        raise fail("warta batch reads files, not stdin: save the input to a file first", 2)
    if scheduler and workers is not None:
        raise fail("give --workers or --scheduler, not both", 2)
    if published is not None and normalise_published(published) is None:
        raise fail(f"--published: cannot read {published!r} as a date (use YYYY-MM-DD)", 2)
    try:
        Pipeline(exclude=exclude, use_models=False)  # validate stage names here, not on every worker
    except ValueError as exc:
        raise fail(str(exc), 2) from None
    config = Config(use_models=not no_models, exclude=tuple(exclude), language=lang, published=published,
                    max_chars=max_chars)

    def report(info: dict[str, Any]) -> None:
        if "error" in info:
            err.print(f"[red]shard failed:[/red] {info['shard']}: {escape(info['error'])}")
        elif not as_json:
            err.print(f"shard {info['shard']}: {info['articles']} articles, {info['errors']} errors, "
                      f"{info['seconds']:.1f}s")

    try:
        summary = run_batch(inputs, out, workers=workers or 2, scheduler=scheduler, shard_size=shard_size,
                            config=config, on_shard=report)
    except PlanMismatch as exc:
        raise fail(str(exc), 2) from None
    if as_json:
        print(json.dumps(summary.to_dict()))
    else:
        rate = summary.articles / summary.seconds if summary.seconds and not summary.skipped else None
        err.print(
            f"{out}: {summary.shards} shards ({summary.skipped} already done, {summary.processed} processed, "
            f"{len(summary.failed)} failed); {summary.articles} articles, {summary.errors} errors"
            + (f"; {rate:.1f} articles/s" if rate else "")
        )
        if summary.errors:
            err.print(f"errors are listed in {out}/errors/*.parquet")
    if summary.failed:
        err.print("rerun the same command to retry the failed shards")
        raise typer.Exit(1)


@app.command()
def load(
    out: Annotated[Path, typer.Argument(help="A `warta batch` output directory.")],
    db: Annotated[Path, typer.Option("--db", help="SQLite database file.")] = Path("warta.db"),
) -> None:
    """Import a batch output into the SQLite database (idempotent).

    Example: warta load out/ --db warta.db
    """
    _need_batch_extra()
    from warta.batch.load import count_errors
    from warta.batch.load import load as load_output

    if not out.is_dir():
        raise fail(f"{out}: no such directory")
    try:
        counts = load_output(out, db)
    except FileNotFoundError as exc:
        raise fail(str(exc)) from None
    done = ", ".join(f"{v} {k}" for k, v in sorted(counts.items()) if v)
    err.print(f"{db}: {done or 'nothing to load'}")
    n_err = count_errors(out)
    if n_err:
        err.print(f"{n_err} inputs failed in the batch run; see {out}/errors/*.parquet")
