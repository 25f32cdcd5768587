"""Shared reader types: errors, options, decoding and metadata normalisation."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urlparse

from warta.record import Article

DEFAULT_MAX_CHARS = 1_000_000


@dataclass(frozen=True)
class ReadError:
    """An input that could not be read: ``where`` names the file (and line), ``reason`` says why."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


class BadInput(ValueError):
    """Raised inside readers; turned into a :class:`ReadError` by the caller."""


@dataclass(frozen=True)
class ReadOptions:
    language: str | None = None
    published: str | None = None
    source: str | None = None
    max_chars: int = DEFAULT_MAX_CHARS


def decode(data: bytes) -> str:
    """Decode bytes as UTF-8 (or UTF-16/32 with a BOM); binary data and other encodings are errors."""
    if not data.strip():
        raise BadInput("empty file")
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(enc)
    if b"\x00" in data[:8192]:
        raise BadInput("binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadInput(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")


def normalise_published(value: Any) -> str | None:
    """Publication date as ISO 8601 (date, or datetime when a time is known); None when unparseable."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float)):
        ts = value / 1000 if value > 1e11 else value  # epoch milliseconds or seconds
        return datetime.fromtimestamp(ts).date().isoformat()
    s = str(value).strip()
    if _ISO.match(s):
        return s.replace(" ", "T") if len(s) > 10 else s
    from warta.dates import parse_date_string

    return parse_date_string(s)


def source_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url if "://" in url else "http://" + url).netloc.lower()
    host = host.split("@")[-1].split(":")[0]
    return host[4:] if host.startswith("www.") else host or None


def make_article(
    body: str,
    *,
    where: str,
    opts: ReadOptions,
    title: str | None = None,
    id: str | None = None,
    url: str | None = None,
    source: str | None = None,
    published: Any = None,
    language: str | None = None,
    author: str | None = None,
) -> Article:
    """Validate the pieces of one article and build its (unprocessed) record."""
    if not body or not body.strip():
        raise BadInput("no article text")
    total = len(body) + len(title or "")
    if total > opts.max_chars:
        raise BadInput(f"article too large ({total:,} characters > {opts.max_chars:,}; raise --max-chars)")
    if "\x00" in body:
        raise BadInput("text contains NUL bytes (binary data?)")
    if id is not None and not isinstance(id, str):
        id = str(id)
    return Article.from_parts(
        body,
        title=title,
        id=id or None,
        url=url or None,
        source=opts.source or source or source_from_url(url),
        published=normalise_published(opts.published or published),
        language=(opts.language or language or None),
        author=author or None,
        input=where,
    )
