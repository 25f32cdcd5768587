"""serve (REST API and dashboard) and export (JSONL, CSV, Parquet, GDELT events, GKG)."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from warta.cli.app import app, err, fail

DbOpt = Annotated[Path, typer.Option("--db", help="SQLite database file.")]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


@app.command()
def serve(
    db: DbOpt = Path("warta.db"),
    host: Annotated[str, typer.Option("--host", help="Address to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8000,
    token: Annotated[str | None, typer.Option(
        "--token", envvar="WARTA_API_TOKEN", help="API token for writes (and reads when not on localhost)."
    )] = None,
) -> None:
    """Serve the REST API (/api, OpenAPI at /docs) and the web dashboard (/) over a database.

    Example: warta serve --db warta.db --port 8000
    """
    try:
        import uvicorn

        from warta.api import create_app
    except ImportError as exc:
        raise fail(f"the API needs extra packages: pip install 'warta[api]' ({exc})") from None
    if not db.exists():
        raise fail(f"{db}: no such database (run `warta ingest` first)")
    local = host in LOCAL_HOSTS
    if not local and not token:
        raise fail(f"--host {host} is not local: set --token (or WARTA_API_TOKEN) to protect the API", 2)
    application = create_app(db, token=token, open_reads=local)
    err.print(f"warta: serving {db} on http://{host}:{port}/ (API docs: /api-docs, /docs)")
    uvicorn.run(application, host=host, port=port, log_level="warning")


class Format(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    gdelt_events = "gdelt-events"
    gkg = "gkg"


@app.command()
def export(
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.jsonl,
    db: DbOpt = Path("warta.db"),
    out: Annotated[Path | None, typer.Option(
        "--out", "-o", help="Output file (jsonl, gdelt-events, gkg; default stdout) or folder (csv, parquet)."
    )] = None,
) -> None:
    """Export the database: records as JSONL, tables as CSV/Parquet, or GDELT 2.0 events / GKG 2.1.

    Example: warta export --format gdelt-events --db warta.db -o warta.export.CSV
    """
    from warta.export import write_csv, write_gdelt_events, write_gkg, write_jsonl, write_parquet
    from warta.store.write import make_engine

    if not db.exists():
        raise fail(f"{db}: no such database (run `warta ingest` first)")
    engine = make_engine(db)
    try:
        if format in (Format.csv, Format.parquet):
            out_dir = out or Path(f"warta-{format.value}")
            if out_dir.exists() and not out_dir.is_dir():
                raise fail(f"{out_dir}: not a directory ({format.value} writes one file per table)", 2)
            try:
                counts = (write_csv if format is Format.csv else write_parquet)(engine, out_dir)
            except ImportError:
                raise fail("parquet needs pyarrow: pip install 'warta[batch]'") from None
            err.print(f"{out_dir}/: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
            return
        writers = {Format.jsonl: write_jsonl, Format.gdelt_events: write_gdelt_events, Format.gkg: write_gkg}
        writer = writers[format]
        if out is None:
            n = writer(engine, sys.stdout)
        else:
            tmp = out.with_name(out.name + ".part")
            with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
                n = writer(engine, fh)
            os.replace(tmp, out)
        err.print(f"{out or 'stdout'}: {n} rows ({format.value})")
    finally:
        engine.dispose()
