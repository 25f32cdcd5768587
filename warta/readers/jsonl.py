"""JSON Lines: one article per line with ``text`` or ``html`` and optional metadata."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO

from warta.readers.base import BadInput, ReadError, ReadOptions, make_article
from warta.readers.html import read_html
from warta.record import Article

_META = ("id", "title", "url", "published", "source", "language", "author")
# Common alternative names in news dumps.
_ALIASES = {"date": "published", "lang": "language", "body": "text", "content": "text", "headline": "title"}


def read_jsonl(stream: IO[bytes], where: str, opts: ReadOptions) -> Iterator[Article | ReadError]:
    seen_any = False
    for n, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        seen_any = True
        loc = f"{where}:{n}"
        try:
            yield parse_line(raw, loc, opts)
        except BadInput as exc:
            yield ReadError(loc, str(exc))
    if not seen_any:
        yield ReadError(where, "empty file")


def parse_line(raw: bytes | str, where: str, opts: ReadOptions) -> Article:
    if isinstance(raw, bytes):
        if b"\x00" in raw:
            raise BadInput("binary data, not a JSON line")
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BadInput(f"not valid UTF-8 (byte offset {exc.start})") from None
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise BadInput(f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise BadInput(f"expected a JSON object, got {type(obj).__name__}")
    for alias, name in _ALIASES.items():
        if alias in obj and name not in obj:
            obj[name] = obj[alias]
    meta = {k: obj.get(k) for k in _META}
    for k, v in meta.items():
        if v is not None and k != "published" and not isinstance(v, (str, int)):
            raise BadInput(f"field {k!r} must be a string")
        if isinstance(v, int) and k != "published":
            meta[k] = str(v)
    text, html = obj.get("text"), obj.get("html")
    if isinstance(text, str) and text.strip():
        return make_article(text, where=where, opts=opts, **meta)
    if isinstance(html, str) and html.strip():
        return read_html(html, where, opts, **meta)
    raise BadInput("no 'text' or 'html' field")
