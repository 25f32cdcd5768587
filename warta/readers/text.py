"""Plain text: the first non-empty line is the title, the rest is the body."""

from __future__ import annotations

from warta.readers.base import BadInput, ReadOptions, decode, make_article
from warta.record import Article, normalise_newlines


def read_text(data: bytes, where: str, opts: ReadOptions) -> Article:
    text = normalise_newlines(decode(data)).strip()
    if not text:
        raise BadInput("empty file")
    first, _, rest = text.partition("\n")
    title = first.strip()
    body = rest.strip("\n")
    if not body.strip():
        # A one-line file: the line is the body, there is no title.
        title, body = "", first
    return make_article(body, title=title or None, where=where, opts=opts)
