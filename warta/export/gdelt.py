"""GDELT 2.0 event table and GKG 2.1 rows from warta records, tab-separated in GDELT's column order.

The files have no header row, like GDELT's own, so tools that read GDELT exports read these. Which
columns are filled, and how, is documented in ``docs/export.md``; the rest are left empty.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from typing import IO, Any
from xml.sax.saxutils import escape as xml_escape

from sqlalchemy import Engine, select

from warta.record import Article, Entity, Event, Place
from warta.store.schema import articles

EVENT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor{i}{c}" for i in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{g}Geo_{c}" for g in ("Actor1", "Actor2", "Action") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
assert len(EVENT_COLUMNS) == 61

GKG_COLUMNS: tuple[str, ...] = (
    "GKGRECORDID", "V2.1DATE", "V2SOURCECOLLECTIONIDENTIFIER", "V2SOURCECOMMONNAME", "V2DOCUMENTIDENTIFIER",
    "V1COUNTS", "V2.1COUNTS", "V1THEMES", "V2ENHANCEDTHEMES", "V1LOCATIONS", "V2ENHANCEDLOCATIONS",
    "V1PERSONS", "V2ENHANCEDPERSONS", "V1ORGANIZATIONS", "V2ENHANCEDORGANIZATIONS", "V1.5TONE",
    "V2.1ENHANCEDDATES", "V2GCAM", "V2.1SHARINGIMAGE", "V2.1RELATEDIMAGES", "V2.1SOCIALIMAGEEMBEDS",
    "V2.1SOCIALVIDEOEMBEDS", "V2.1QUOTATIONS", "V2.1ALLNAMES", "V2.1AMOUNTS", "V2.1TRANSLATIONINFO",
    "V2EXTRASXML",
)
assert len(GKG_COLUMNS) == 27

_WS = re.compile(r"[\t\r\n]+")


def _clean(v: Any, bad: str = "") -> str:
    """A field value with tabs/newlines (and the delimiters in ``bad``) turned into spaces."""
    s = "" if v is None else str(v)
    s = _WS.sub(" ", s)
    for ch in bad:
        s = s.replace(ch, " ")
    return s


def _day(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _stamp(value: str | None) -> str:
    """ISO date or datetime → ``YYYYMMDDHHMMSS`` (missing time is 000000)."""
    if not value:
        return ""
    digits = re.sub(r"\D", "", value)[:14]
    return digits.ljust(14, "0") if len(digits) >= 8 else ""


@lru_cache(maxsize=512)
def _country_name(iso3: str | None) -> str:
    if not iso3:
        return ""
    import pycountry

    c = pycountry.countries.get(alpha_3=iso3)
    return c.name if c else iso3


@lru_cache(maxsize=64)
def _lang3(iso1: str | None) -> str:
    if not iso1:
        return ""
    import pycountry

    lang = pycountry.languages.get(alpha_2=iso1)
    return (getattr(lang, "bibliographic", None) or lang.alpha_3) if lang else ""


def _event_id(article_id: str, event_id: str) -> int:
    """A stable positive 60-bit integer id for one event."""
    return int(hashlib.sha1(f"{article_id}/{event_id}".encode()).hexdigest()[:15], 16)


def _actor(rec: Article, ids: list[str], countries: list[str], sectors: list[str]) -> list[str]:
    """The 10 Actor columns for the first entity of one side of an event."""
    ent: Entity | None = rec.entity(ids[0]) if ids else None
    country = (ent.country if ent else None) or (countries[0] if countries else "") or ""
    secs = [s for s in ([ent.sector] if ent and ent.sector else []) + sectors if s]
    secs = list(dict.fromkeys(secs))[:3]
    if ent is None and not country and not secs:
        return [""] * 10
    code = country + "".join(secs[:1])
    name = ent.name.upper() if ent else country
    return [code, _clean(name), country, "", "", "", "", *(secs + ["", "", ""])[:3]]


def _place_type(p: Place) -> str:
    """GDELT geo type: 1 country, 4 world city or place (we do not resolve US states/cities or ADM1)."""
    if p.country and p.name.casefold() == _country_name(p.country).casefold():
        return "1"
    return "4"


def _geo(p: Place | None) -> list[str]:
    """The 8 Geo columns; country codes stay empty (GDELT wants FIPS 10-4, warta holds ISO 3166)."""
    if p is None:
        return ["0", "", "", "", "", "", "", ""]
    full = p.name if _place_type(p) == "1" or not p.country else f"{p.name}, {_country_name(p.country)}"
    return [_place_type(p), _clean(full), "", "", "", "", "", ""]


def _first_paragraph_end(rec: Article) -> int:
    end = rec.text.find("\n\n", rec.body_start)
    return len(rec.text) if end < 0 else end


def event_rows(rec: Article, added: str = "") -> Iterator[list[str]]:
    """One GDELT 2.0 event row per coded event with a CAMEO code."""
    lead_end = _first_paragraph_end(rec)
    for ev in rec.events:
        yield _event_row(rec, ev, added, lead_end)


def _event_row(rec: Article, ev: Event, added: str, lead_end: int) -> list[str]:
    d = _day(ev.date) or _day(rec.published)
    when = (
        [d.strftime("%Y%m%d"), d.strftime("%Y%m"), str(d.year),
         f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}"] if d else ["", "", "", ""]
    )
    cameo = ev.cameo or ""
    row = [
        str(_event_id(rec.id, ev.id)), *when,
        *_actor(rec, ev.actor, ev.actor_country, ev.actor_sector),
        *_actor(rec, ev.recipient, ev.recipient_country, ev.recipient_sector),
        "1" if ev.start < lead_end else "0",
        cameo, cameo[:3], cameo[:2],
        "" if ev.quad_class is None else str(ev.quad_class),
        "" if ev.goldstein is None else f"{ev.goldstein:g}",
        "1", "1", "1",
        "" if rec.tone is None else f"{rec.tone:g}",
        *_geo(None), *_geo(None), *_geo(ev.location),
        added, _clean(rec.url or f"warta:{rec.id}"),
    ]
    return row


def _records(engine: Engine) -> Iterator[tuple[Article, str]]:
    with engine.connect() as conn:
        result = conn.execution_options(stream_results=True).execute(
            select(articles.c.record, articles.c.ingested_at).order_by(articles.c.published, articles.c.id)
        )
        for rec, ingested in result:
            yield Article.from_json(rec), _stamp(ingested)


def write_gdelt_events(engine: Engine, sink: IO[str]) -> int:
    """Write the GDELT 2.0 event table (61 tab-separated columns, no header); returns rows written."""
    n = 0
    for rec, added in _records(engine):
        for row in event_rows(rec, added):
            sink.write("\t".join(row) + "\n")
            n += 1
    return n


def _names(rec: Article, types: set[str] | None) -> tuple[str, str]:
    """V1 (unique names) and V2 (``name,offset`` per mention) lists for entities of ``types``."""
    ents = [e for e in rec.entities if types is None or e.type in types]
    v1 = list(dict.fromkeys(_clean(e.name, ";,") for e in ents))
    v2 = sorted((m.start, _clean(e.name, ";,")) for e in ents for m in e.mentions)
    return ";".join(v1), ";".join(f"{name},{off}" for off, name in v2)


def _dates(rec: Article) -> str:
    out = []
    for d in rec.dates:
        v = d.value or ""
        m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", v)
        if not m:
            continue
        year, month, day = m.group(1), m.group(2) or "0", m.group(3) or "0"
        res = "4" if m.group(3) else "2" if m.group(2) else "1"
        out.append(f"{res}#{int(month)}#{int(day)}#{year}#{d.start}")
    return ";".join(out)


def gkg_row(rec: Article, seq: int, added: str = "") -> list[str]:
    """One GKG 2.1 row (27 tab-separated columns) for one article."""
    stamp = _stamp(rec.published) or added
    locs1, locs2 = [], []
    for p in rec.places:
        typ, full = _geo(p)[:2]
        full = _clean(full, ";#")
        locs1.append(f"{typ}#{full}#####")
        locs2.append(f"{typ}#{full}#######{'' if p.start is None else p.start}")
    persons = _names(rec, {"PERSON"})
    orgs = _names(rec, {"ORG"})
    allnames = _names(rec, {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT"})[1]
    words = len(rec.text.split())
    tone = f"{rec.tone or 0:g},0,0,0,0,0,{words}"
    quotes = "#".join(
        f"{q.start}|{q.end - q.start}|{_clean(q.cue.text if q.cue else '', '|#')}|{_clean(q.text, '|#')}"
        for q in rec.quotes
    )
    lang = _lang3(rec.language)
    extras = ""
    if rec.title:
        extras += f"<PAGE_TITLE>{xml_escape(_clean(rec.title))}</PAGE_TITLE>"
    if rec.author:
        extras += f"<PAGE_AUTHORS>{xml_escape(_clean(rec.author))}</PAGE_AUTHORS>"
    source = rec.source or (re.sub(r"^[a-z]+://(www\.)?", "", rec.url).split("/")[0] if rec.url else "")
    return [
        f"{stamp}-{seq}", stamp, "1", _clean(source), _clean(rec.url or f"warta:{rec.id}"),
        "", "", _clean(";".join(rec.themes), ","), "",
        ";".join(dict.fromkeys(locs1)), ";".join(locs2),
        persons[0], persons[1], orgs[0], orgs[1], tone, _dates(rec),
        "", "", "", "", "", quotes, allnames, "",
        f"srclc:{lang}" if lang and lang != "eng" else "", extras,
    ]


def write_gkg(engine: Engine, sink: IO[str]) -> int:
    """Write one GKG 2.1 row per article (27 tab-separated columns, no header); returns rows written."""
    n = 0
    for rec, added in _records(engine):
        sink.write("\t".join(gkg_row(rec, n, added)) + "\n")
        n += 1
    return n
