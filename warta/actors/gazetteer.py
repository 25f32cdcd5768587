"""A gazetteer of countries, capitals and international bodies, in Indonesian and English.

Country names come from pycountry (English names and its Indonesian ``iso3166-1`` translation); the
language packs' ``gazetteer.tsv`` add short forms (AS, Korut, PBB, Tiongkok, ...) and capitals.
"""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass

from warta.resources import LanguagePack


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    type: str
    country: str | None
    sector: str | None
    kb_id: str


class Gazetteer:
    """Finds known names in text: case-sensitive, whole words, longest match first."""

    def __init__(self, entries: dict[str, GazetteerEntry]) -> None:
        self.entries = entries
        alts = sorted(entries, key=len, reverse=True)
        self._re = (
            re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in alts) + r")(?![\w-])")
            if alts
            else None
        )

    def find(self, text: str) -> list[tuple[int, int, GazetteerEntry]]:
        if self._re is None:
            return []
        return [(m.start(), m.end(), self.entries[m.group(1)]) for m in self._re.finditer(text)]

    def lookup(self, alias: str) -> GazetteerEntry | None:
        return self.entries.get(alias)


def _country_names(lang: str) -> dict[str, GazetteerEntry]:
    import pycountry

    tr = None  # other languages get the English names too: many are the same in news usage
    if lang != "en":
        try:
            tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            tr = None
    out: dict[str, GazetteerEntry] = {}
    for c in pycountry.countries:
        canonical = getattr(c, "common_name", None) or c.name
        entry = GazetteerEntry(canonical, "GPE", c.alpha_3, None, f"country:{c.alpha_3}")
        names = {c.name, canonical}
        if tr is not None:
            names.add(tr.gettext(c.name))
        for n in names:
            # Skip inverted official forms such as "Korea, Republic of".
            if "," in n or "(" in n:
                continue
            out[n] = entry
    return out


def build_gazetteer(pack: LanguagePack) -> Gazetteer:
    entries = _country_names(pack.lang)
    rows = pack.table("gazetteer")
    # The pack's name for a country is its canonical name ("Russia", not "Russian Federation").
    names = {r["kb_id"]: r["name"] for r in rows if r["kb_id"].startswith("country:")}
    for alias, e in list(entries.items()):
        if e.kb_id in names:
            entries[alias] = GazetteerEntry(names[e.kb_id], e.type, e.country, e.sector, e.kb_id)
    for row in rows:
        entries[row["alias"]] = GazetteerEntry(
            name=row["name"],
            type=row["type"],
            country=row.get("country") or None,
            sector=row.get("sector") or None,
            kb_id=row["kb_id"],
        )
    return Gazetteer(entries)
