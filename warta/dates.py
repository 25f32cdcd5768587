"""Dates: explicit calendar dates in the text, resolved to ISO 8601 against the publication date.

Recognised: ``29 Mei 2026``, ``May 29, 2026``, ``2026-05-29``, ``29/5/2026``, and day/month without a
year such as ``Senin (27/3)`` or ``29 Mei``, whose year comes from the publication date.
"""

from __future__ import annotations

import re
from datetime import date

from warta.pipeline import Context, register
from warta.record import Article, DateExpr


def parse_date_string(value: str) -> str | None:
    """Free-form date string (any language dateparser knows; Indonesian and English first) → ISO date."""
    import dateparser

    parsed = dateparser.parse(
        value,
        languages=["id", "en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False},
    )
    if parsed is None:
        parsed = dateparser.parse(value)
    return parsed.date().isoformat() if parsed else None


def _month_re(months: dict[str, int]) -> str:
    return "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))


class DatePatterns:
    def __init__(self, months: dict[str, int]) -> None:
        self.months = months
        mon = _month_re(months)
        self.regex = re.compile(
            rf"(?P<iso>\b(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})\b)"
            rf"|(?P<dmy>\b(?P<d1>\d{{1,2}})\s+(?P<m1>{mon})\.?(?:\s+(?P<y1>\d{{4}}))?\b)"
            rf"|(?P<mdy>\b(?P<m2>{mon})\.?\s+(?P<d2>\d{{1,2}})(?:,?\s+(?P<y2>\d{{4}}))?\b)"
            rf"|(?P<num>\b(?P<d3>\d{{1,2}})\s*/\s*(?P<m3>\d{{1,2}})(?:\s*/\s*(?P<y3>\d{{2,4}}))?\b)",
            re.IGNORECASE,
        )

    def find(self, text: str, ref: date | None) -> list[DateExpr]:
        out: list[DateExpr] = []
        for m in self.regex.finditer(text):
            if m.group("num") and not _bracketed_or_dated(text, m):
                continue
            value = self._resolve(m, ref)
            if value is None:
                continue
            out.append(DateExpr(start=m.start(), end=m.end(), text=m.group(0), value=value))
        return out

    def _resolve(self, m: re.Match[str], ref: date | None) -> str | None:
        g = m.group
        try:
            if g("iso"):
                return date(int(g("iy")), int(g("im")), int(g("id"))).isoformat()
            if g("dmy"):
                day, month, year = int(g("d1")), self.months[g("m1").lower()], g("y1")
            elif g("mdy"):
                day, month, year = int(g("d2")), self.months[g("m2").lower()], g("y2")
            else:
                day, month, year = int(g("d3")), int(g("m3")), g("y3")
                if year and len(year) == 2:
                    year = "20" + year
            if year:
                return date(int(year), month, day).isoformat()
            if ref is None:
                return None
            guess = date(ref.year, month, day)
            # "27/3" in an article of January refers to last year's March.
            if (guess - ref).days > 31:
                guess = date(ref.year - 1, month, day)
            return guess.isoformat()
        except ValueError:
            return None


def _bracketed_or_dated(text: str, m: re.Match[str]) -> bool:
    """Numeric d/m only as ``(27/3)`` after a weekday or with a full year; fractions stay numbers."""
    if m.group("y3") and len(m.group("y3")) == 4:
        return True
    return text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")"


def reference_date(article: Article) -> date | None:
    if not article.published:
        return None
    try:
        return date.fromisoformat(article.published[:10])
    except ValueError:
        return None


@register("dates")
def dates_stage(article: Article, ctx: Context) -> None:
    """Fill ``article.dates``."""
    pack = ctx.resources.pack(article.language)
    patterns = ctx.resources.cached(
        f"dates:{pack.lang}",
        lambda: DatePatterns({r["word"]: int(r["month"]) for r in pack.table("months")}
                             or {r["word"]: int(r["month"]) for r in ctx.resources.pack("en").table("months")}),
    )
    article.dates = patterns.find(article.text, reference_date(article))
