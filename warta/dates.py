"""Dates: explicit calendar dates in the text, resolved to ISO 8601 against the publication date.

Recognised: ``29 Mei 2026``, ``May 29, 2026``, ``2026-05-29``, ``29/5/2026``, and day/month without a
year such as ``Senin (27/3)`` or ``29 Mei``, whose year comes from the publication date. Relative
expressions resolve against the publication date: weekdays (``Rabu`` → the last Wednesday on or before it),
``kemarin``/``yesterday``, ``hari ini``, ``besok``, ``pekan lalu``/``last week``, ``bulan lalu``,
``tahun lalu``,
``24 tahun lalu``, ``tiga hari lalu`` (dateparser), ``tahun 1950``/``in 1950`` (a year), and a full timestamp
``Jumat, 29 Mei 2026 19:34 WIB`` → ``2026-05-29T19:34``.
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta

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
    """The publication date (ISO, or any form dateparser reads such as ``Kamis, 28 Mei 2026 14:07 WIB``)."""
    return _reference(article.published) if article.published else None


@functools.lru_cache(maxsize=4096)
def _reference(published: str) -> date | None:
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        pass
    v = resolve_timestamp(published)
    if v is None:
        v = parse_date_string(published)
    return date.fromisoformat(v[:10]) if v else None


WEEKDAYS = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
NUMBERS = {
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_NUM = r"(?:\d{1,4}|" + "|".join(NUMBERS) + ")"
RELATIVE = re.compile(
    r"(?P<stamp>\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu),?\s+\d{1,2}\s+[A-Za-z]+\s+\d{4}(?:,?\s+"
    r"(?:pukul\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT))?)?)"
    r"|(?P<ago>\b(?P<n>"
    + _NUM
    + r")\s+(?P<unit>hari|pekan|minggu|bulan|tahun|days?|weeks?|months?|years?)\s+"
    r"(?:yang\s+)?(?:lalu|silam|ago)\b)"
    r"|(?P<year>\b(?:tahun|pada|in|since|sejak)\s+(?P<y>1[89]\d\d|20\d\d)\b)"
    r"|(?P<rel>\b(?:kemarin\s+lusa|kemarin|hari\s+ini|besok|lusa|yesterday|today|tomorrow|"
    r"(?:pekan|minggu|bulan|tahun)\s+(?:lalu|depan|ini)|last\s+(?:week|month|year)|next\s+(?:week|month|year))\b)"
    r"|(?P<wd>\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Ahad|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b)",
    re.IGNORECASE,
)


MONTHS = {
    m: i + 1
    for i, names in enumerate(
        (
            "januari january jan",
            "februari february feb pebruari",
            "maret march mar",
            "april apr",
            "mei may",
            "juni june jun",
            "juli july jul",
            "agustus august agu aug",
            "september sep sept",
            "oktober october okt oct",
            "november nov nopember",
            "desember december des dec",
        )
    )
    for m in names.split()
}


def resolve_timestamp(value: str) -> str | None:
    """``Jumat, 29 Mei 2026 19:34 WIB`` → ``2026-05-29T19:34``; a date without time → ``2026-05-29``."""
    m = re.search(r"(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})(?:,?\s+(?:pukul\s+)?(\d{1,2})[:.](\d{2}))?", value)
    if not m:
        return None
    month = MONTHS.get(m.group(2).lower())
    try:
        d = date(int(m.group(3)), month, int(m.group(1))).isoformat() if month else None
    except ValueError:
        d = None
    if d is None:
        return None
    if m.group(4):
        return f"{d}T{int(m.group(4)):02d}:{m.group(5)}"
    return d


def resolve_relative(m: re.Match[str], ref: date | None) -> str | None:
    """ISO value of a relative expression matched by :data:`RELATIVE` (None without a reference date)."""
    g = m.group
    if g("stamp"):
        return resolve_timestamp(g("stamp"))
    if g("year"):
        return g("y")
    if ref is None:
        return None
    if g("ago"):
        n = g("n").lower()
        k = int(n) if n.isdigit() else NUMBERS[n]
        unit = g("unit").lower()
        if unit.startswith(("tahun", "year")):
            return str(ref.year - k)
        if unit.startswith(("bulan", "month")):
            y, mo = divmod(ref.month - 1 - k, 12)
            return f"{ref.year + y:04d}-{mo + 1:02d}"
        days = k * 7 if unit.startswith(("pekan", "minggu", "week")) else k
        return (ref - timedelta(days=days)).isoformat()
    if g("rel"):
        w = " ".join(g("rel").lower().split())
        delta = {
            "kemarin lusa": -2,
            "kemarin": -1,
            "yesterday": -1,
            "hari ini": 0,
            "today": 0,
            "besok": 1,
            "tomorrow": 1,
            "lusa": 2,
            "pekan lalu": -7,
            "minggu lalu": -7,
            "last week": -7,
            "pekan depan": 7,
            "minggu depan": 7,
            "next week": 7,
            "pekan ini": 0,
            "minggu ini": 0,
        }
        if w in delta:
            return (ref + timedelta(days=delta[w])).isoformat()
        if w in ("bulan lalu", "last month"):
            return (ref.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
        if w in ("bulan depan", "next month"):
            return (ref.replace(day=28) + timedelta(days=7)).strftime("%Y-%m")
        if w in ("bulan ini",):
            return ref.strftime("%Y-%m")
        if w in ("tahun lalu", "last year"):
            return str(ref.year - 1)
        if w in ("tahun depan", "next year"):
            return str(ref.year + 1)
        if w == "tahun ini":
            return str(ref.year)
        return None
    wd = WEEKDAYS.get(g("wd").lower())
    if wd is None:
        return None
    # News reports the past: the weekday is the last such day on or before the publication date.
    return (ref - timedelta(days=(ref.weekday() - wd) % 7)).isoformat()


def find_relative(text: str, ref: date | None, taken: list[tuple[int, int]]) -> list[DateExpr]:
    out = []
    for m in RELATIVE.finditer(text):
        if m.group("wd") and not m.group("wd")[0].isupper():
            continue
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if m.group("wd") and re.match(r"\s*\(\d", text[m.end() : m.end() + 4]):
            continue  # "Senin (27/3)": the bracketed date gives the value
        value = resolve_relative(m, ref)
        if value is None:
            continue
        out.append(DateExpr(start=m.start(), end=m.end(), text=m.group(0), value=value))
    return out


@register("dates")
def dates_stage(article: Article, ctx: Context) -> None:
    """Fill ``article.dates``."""
    pack = ctx.resources.pack(article.language)
    patterns = ctx.resources.cached(
        f"dates:{pack.lang}",
        lambda: DatePatterns(
            {r["word"]: int(r["month"]) for r in pack.table("months")}
            or {r["word"]: int(r["month"]) for r in ctx.resources.pack("en").table("months")}
        ),
    )
    ref = reference_date(article)
    found = patterns.find(article.text, ref)
    relative = find_relative(article.text, ref, [])
    stamps = [d for d in relative if (m := RELATIVE.match(d.text)) and m.group("stamp")]
    # A full timestamp replaces the plain date inside it.
    found = [d for d in found if not any(s.start <= d.start and d.end <= s.end for s in stamps)] + stamps
    taken = [(d.start, d.end) for d in found]
    found += [d for d in relative if not any(s < d.end and d.start < e for s, e in taken)]
    article.dates = sorted(found, key=lambda d: d.start)
