"""HTML pages: main text, title, date, author and site name via trafilatura."""

from __future__ import annotations

from typing import Any

from warta.readers.base import BadInput, ReadOptions, make_article
from warta.record import Article


def extract_html(html: str | bytes, url: str | None = None) -> dict[str, Any]:
    """Boilerplate-free text and metadata of one HTML page (keys: text, title, date, author, sitename)."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        date_extraction_params={"extensive_search": True, "original_date": True},
    )
    if doc is None:
        return {}
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return {k: data.get(k) for k in ("text", "title", "date", "author", "sitename", "url")}


def read_html(data: bytes | str, where: str, opts: ReadOptions, **meta: Any) -> Article:
    if isinstance(data, bytes):
        if not data.strip():
            raise BadInput("empty file")
        if b"\x00" in data[:8192]:
            raise BadInput("binary file, not HTML")
    if len(data) > opts.max_chars * 20:
        raise BadInput(f"HTML too large ({len(data):,} bytes)")
    url = meta.get("url")
    found = extract_html(data, url=url)
    body = found.get("text")
    if not body:
        raise BadInput("no main text found in the HTML")
    return make_article(
        body,
        where=where,
        opts=opts,
        title=meta.get("title") or found.get("title"),
        id=meta.get("id"),
        url=url or found.get("url"),
        source=meta.get("source") or found.get("sitename"),
        published=meta.get("published") or found.get("date"),
        language=meta.get("language"),
        author=meta.get("author") or found.get("author"),
    )
