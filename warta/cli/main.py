"""extract, ingest, show, stats and schema."""

from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from warta.cli.app import app, err, fail, out, stderr_is_tty
from warta.core import process
from warta.pipeline import Pipeline
from warta.readers import ReadError, ReadOptions
from warta.readers.base import DEFAULT_MAX_CHARS, normalise_published
from warta.record import Article

Paths = Annotated[
    list[str], typer.Argument(help="Files, directories (recursive), or - for stdin. .gz accepted.")
]
Lang = Annotated[
    str | None, typer.Option("--lang", "-l", help="ISO 639-1 language of all inputs (default: detect).")
]
Published = Annotated[
    str | None, typer.Option("--published", help="Publication date for inputs that lack one (ISO 8601).")
]
Exclude = Annotated[
    list[str], typer.Option("--exclude", "-x", help="Stage to skip (repeatable), e.g. -x events.")
]
MaxChars = Annotated[int, typer.Option("--max-chars", help="Reject articles longer than this.")]
NoModels = Annotated[
    bool, typer.Option("--no-models", help="Use the rule baselines, not the trained models.")
]
DbOpt = Annotated[Path, typer.Option("--db", help="SQLite database file.")]


def _options(lang: str | None, published: str | None, max_chars: int) -> ReadOptions:
    if published is not None and normalise_published(published) is None:
        raise fail(f"--published: cannot read {published!r} as a date (use YYYY-MM-DD)", 2)
    return ReadOptions(language=lang, published=published, max_chars=max_chars)


def _pipeline(exclude: list[str], no_models: bool) -> Pipeline:
    try:
        return Pipeline(exclude=exclude, use_models=not no_models)
    except ValueError as exc:
        raise fail(str(exc), 2) from None


def _progress(enabled: bool) -> Progress | nullcontext[None]:
    if not enabled:
        return nullcontext()
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )


@app.command()
def extract(
    paths: Paths,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write JSONL here (default: stdout).")
    ] = None,
    lang: Lang = None,
    published: Published = None,
    exclude: Exclude = [],  # noqa: B006 - typer needs a literal default
    max_chars: MaxChars = DEFAULT_MAX_CHARS,
    no_models: NoModels = False,
) -> None:
    """Analyse articles and print one JSON record per article, in input order.

    Example: warta extract examples/ -o records.jsonl
    """
    opts = _options(lang, published, max_chars)
    pipe = _pipeline(exclude, no_models)
    failed = 0
    sink = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    try:
        for item in process(paths, pipeline=pipe, options=opts):
            if isinstance(item, ReadError):
                failed += 1
                err.print(f"[red]error:[/red] {escape(str(item))}")
                continue
            sink.write(item.to_json() + "\n")
            sink.flush()
    finally:
        if output:
            sink.close()
    if failed:
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: Paths,
    db: DbOpt = Path("warta.db"),
    lang: Lang = None,
    published: Published = None,
    exclude: Exclude = [],  # noqa: B006
    max_chars: MaxChars = DEFAULT_MAX_CHARS,
    no_models: NoModels = False,
    summary: Annotated[
        bool, typer.Option("--summary", help="Print a table of what was found per article.")
    ] = False,
) -> None:
    """Analyse articles and store them in a SQLite database (idempotent: an article is stored once).

    Example: warta ingest examples/ --db warta.db --summary
    """
    from warta.store import Store

    opts = _options(lang, published, max_chars)
    pipe = _pipeline(exclude, no_models)
    counts = {"added": 0, "updated": 0, "unchanged": 0, "skipped": 0, "failed": 0}
    rows: list[Article] = []
    with Store(db) as store, _progress(stderr_is_tty()) as progress:
        task = progress.add_task("ingesting", total=None) if progress else None
        for item in process(paths, pipeline=pipe, options=opts):
            if isinstance(item, ReadError):
                counts["failed"] += 1
                err.print(f"[red]error:[/red] {escape(str(item))}")
            else:
                counts[store.add(item)] += 1
                if summary:
                    rows.append(item)
            if progress is not None and task is not None:
                progress.advance(task)
    if summary and rows:
        print_summary(rows)
    done = ", ".join(f"{v} {k}" for k, v in counts.items() if v)
    err.print(f"{db}: {done or 'nothing to do'}")
    if counts["failed"]:
        raise typer.Exit(1)


def _names(rec: Article, ids: list[str]) -> str:
    return ", ".join(e.name if (e := rec.entity(i)) else i for i in ids) or "?"


def print_summary(records: list[Article]) -> None:
    """A digest per article: its entities, quotes (speaker: text) and events (who did what to whom)."""
    for r in records:
        head = f"{r.id} · {r.language} · {r.published or '-'} · {escape(r.source or '-')}"
        out.print(f"[bold]{escape(r.title or r.text[:70])}[/bold]  [dim]{head}[/dim]")
        ents = sorted(r.entities, key=lambda e: (-len(e.mentions), e.id))
        names = ", ".join(
            f"{escape(e.name)} [dim]({e.type}{', ' + e.country if e.country else ''})[/dim]" for e in ents[:8]
        )
        more = f" … +{len(ents) - 8}" if len(ents) > 8 else ""
        out.print(f"  entities {len(r.entities)}: {names}{more}")
        out.print(f"  quotes {len(r.quotes)}:")
        for q in r.quotes[:4]:
            ent = r.entity(q.speaker)
            who = ent.name if ent else (q.speaker_text or "?")
            text = q.text if len(q.text) <= 70 else q.text[:67] + "…"
            out.print(f"    {escape(who)} [dim]({q.kind})[/dim]: “{escape(text)}”")
        out.print(f"  events {len(r.events)}:")
        for ev in r.events[:4]:
            extra = "" if ev.status == "actual" else f" [{ev.status}]"
            who, whom = _names(r, ev.actor), _names(r, ev.recipient)
            out.print(
                f"    {ev.type}{escape(extra)}: {escape(who)} → {escape(whom)}"
                f" [dim](CAMEO {ev.cameo}, Goldstein {ev.goldstein}, {ev.date or '-'})[/dim]"
            )
        out.print()


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="Article id (or a unique prefix).")],
    db: DbOpt = Path("warta.db"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the record as JSON.")] = False,
) -> None:
    """Print one stored article with its entities, quotes and events highlighted.

    Example: warta show 3f2a --db warta.db
    """
    from warta.store import Store

    if not db.exists():
        raise fail(f"{db}: no such database (run `warta ingest` first)")
    with Store(db) as store:
        rec = store.get(article_id)
    if rec is None:
        raise fail(f"{db}: no article with id {article_id!r}")
    if as_json:
        out.print_json(rec.to_json())
        return
    render_article(rec)


def render_article(rec: Article) -> None:
    out.rule(f"[bold]{escape(rec.title or rec.id)}")
    out.print(
        f"id {rec.id}  source {rec.source or '-'}  published {rec.published or '-'}  lang {rec.language}"
    )
    text = Text(rec.text)
    for e in rec.entities:
        style = {"PERSON": "bold cyan", "ORG": "bold magenta", "GPE": "bold green", "LOC": "green"}.get(
            e.type, "bold"
        )
        for m in e.mentions:
            text.stylize(style, m.start, m.end)
    for q in rec.quotes:
        text.stylize("italic yellow", q.start, q.end)
        if q.cue:
            text.stylize("underline", q.cue.start, q.cue.end)
    for ev in rec.events:
        if ev.trigger:
            text.stylize("reverse", ev.trigger.start, ev.trigger.end)
    out.print(text)
    if rec.entities:
        t = Table(title="entities")
        for c in ("id", "name", "type", "country", "sector", "mentions"):
            t.add_column(c)
        for e in rec.entities:
            t.add_row(e.id, e.name, e.type, e.country or "", e.sector or "", str(len(e.mentions)))
        out.print(t)
    if rec.quotes:
        t = Table(title="quotes")
        for c in ("kind", "speaker", "cue", "text"):
            t.add_column(c, overflow="fold")
        for q in rec.quotes:
            ent = rec.entity(q.speaker)
            t.add_row(
                q.kind,
                ent.name if ent else (q.speaker_text or "?"),
                q.cue.text if q.cue else "",
                q.text[:120],
            )
        out.print(t)
    if rec.events:
        t = Table(title="events")
        for c in ("type", "actor", "recipient", "cameo", "goldstein", "date", "status", "trigger"):
            t.add_column(c, overflow="fold")
        for ev in rec.events:

            def names(ids: list[str]) -> str:
                return ", ".join(rec.entity(i).name if rec.entity(i) else i for i in ids)  # type: ignore[union-attr]

            t.add_row(
                ev.type,
                names(ev.actor),
                names(ev.recipient),
                ev.cameo or "",
                str(ev.goldstein or ""),
                ev.date or "",
                ev.status,
                ev.trigger.text if ev.trigger else "",
            )
        out.print(t)


@app.command()
def stats(
    db: DbOpt = Path("warta.db"),
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Summarise the database: counts, languages, sources, top entities and speakers, event types.

    Example: warta stats --db warta.db
    """
    from warta.store import Store

    if not db.exists():
        raise fail(f"{db}: no such database (run `warta ingest` first)")
    with Store(db) as store:
        s = store.stats()
    if as_json:
        print(json.dumps(s, ensure_ascii=False))
        return
    out.print(
        f"[bold]{db}[/bold]: {s['articles']} articles, {s['entities']} entities ({s['mentions']} mentions), "
        f"{s['quotes']} quotes, {s['events']} events; "
        f"published {s['first_published']} … {s['last_published']}"
    )
    for key in ("languages", "sources", "event_types"):
        if s[key]:
            out.print(f"{key}: " + ", ".join(f"{k or '?'} {v}" for k, v in s[key].items()))
    if s["top_entities"]:
        out.print(
            "top entities: "
            + ", ".join(f"{e['name']} ({e['type']}, {e['articles']})" for e in s["top_entities"])
        )
    if s["top_speakers"]:
        out.print("top speakers: " + ", ".join(f"{e['name']} ({e['quotes']})" for e in s["top_speakers"]))


@app.command()
def schema(
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the schema here.")] = None,
) -> None:
    """Print the JSON Schema of the article record.

    Example: warta schema -o docs/record.schema.json
    """
    from warta.record import json_schema

    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
