"""The typer application object and shared CLI helpers."""

from __future__ import annotations

import sys

import typer
from rich.console import Console

app = typer.Typer(
    name="warta",
    help="Read news articles and turn them into structured records: entities, quotes, events, dates.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one clear error line and return the Exit to raise."""
    err.print(f"[red]error:[/red] {message}", markup=True, soft_wrap=True)
    return typer.Exit(code)


def stderr_is_tty() -> bool:
    return sys.stderr.isatty()
