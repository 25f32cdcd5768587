"""Expand inputs (files, directories, ``-`` for stdin, ``.gz``) and dispatch to the right reader."""

from __future__ import annotations

import gzip
import io
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from warta.readers.base import BadInput, ReadError, ReadOptions
from warta.readers.html import read_html
from warta.readers.jsonl import read_jsonl
from warta.readers.text import read_text
from warta.record import Article

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
KNOWN = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


def read(paths: Iterable[str | Path], opts: ReadOptions | None = None) -> Iterator[Article | ReadError]:
    """Read every input in order; directories are walked recursively in sorted order."""
    opts = opts or ReadOptions()
    for p in paths:
        yield from read_path(p, opts)


def read_path(path: str | Path, opts: ReadOptions | None = None) -> Iterator[Article | ReadError]:
    opts = opts or ReadOptions()
    if str(path) == "-":
        yield from _read_stream(sys.stdin.buffer, "<stdin>", opts)
        return
    p = Path(path)
    if p.is_dir():
        files = sorted(f for f in p.rglob("*") if f.is_file() and _kind(f) is not None)
        if not files:
            yield ReadError(str(p), "directory holds no .txt, .html or .jsonl files")
        for f in files:
            yield from _read_file(f, opts)
        return
    if not p.exists():
        yield ReadError(str(p), "no such file or directory")
        return
    yield from _read_file(p, opts)


def _kind(p: Path) -> str | None:
    suffixes = [s.lower() for s in p.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    last = suffixes[-1] if suffixes else ""
    if last in TEXT_SUFFIXES:
        return "text"
    if last in HTML_SUFFIXES:
        return "html"
    if last in JSONL_SUFFIXES:
        return "jsonl"
    return None


def _read_file(p: Path, opts: ReadOptions) -> Iterator[Article | ReadError]:
    where = str(p)
    kind = _kind(p) or "text"
    gz = p.suffix.lower() == ".gz"
    try:
        if kind == "jsonl":
            opener = gzip.open if gz else open
            with opener(p, "rb") as fh:  # type: ignore[operator]
                yield from read_jsonl(_checked(fh, where), where, opts)
            return
        data = gzip.decompress(p.read_bytes()) if gz else p.read_bytes()
        yield _one(data, kind, where, opts)
    except BadInput as exc:
        yield ReadError(where, str(exc))
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield ReadError(where, _os_reason(exc))


def _read_stream(stream: IO[bytes], where: str, opts: ReadOptions) -> Iterator[Article | ReadError]:
    """stdin: gzip when it starts with the gzip magic; JSONL when it starts with ``{``; else HTML or text."""
    data = stream.read()
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            yield ReadError(where, _os_reason(exc))
            return
    head = data.lstrip()[:200].lower()
    try:
        if head.startswith(b"{"):
            yield from read_jsonl(io.BytesIO(data), where, opts)
        elif head.startswith((b"<!doctype html", b"<html")) or b"<body" in data[:5000].lower():
            yield _one(data, "html", where, opts)
        else:
            yield _one(data, "text", where, opts)
    except BadInput as exc:
        yield ReadError(where, str(exc))


def _one(data: bytes, kind: str, where: str, opts: ReadOptions) -> Article:
    if kind == "html":
        return read_html(data, where, opts)
    return read_text(data, where, opts)


def _checked(fh: IO[bytes], where: str) -> Iterator[bytes]:
    """Lines of a JSONL file, rejecting files that are plainly binary."""
    first = True
    for line in fh:
        if first and b"\x00" in line[:8192] and not line.lstrip().startswith(b"{"):
            raise BadInput("binary file, not JSON Lines")
        first = False
        yield line


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, gzip.BadGzipFile):
        return "not a valid gzip file"
    if isinstance(exc, EOFError):
        return "gzip file is truncated"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return getattr(exc, "strerror", None) or str(exc)
