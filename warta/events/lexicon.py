"""Event trigger lexicons compiled once per pipeline into one regex per language.

Indonesian: ``warta/lang/id/events.tsv`` lists active verbs, di- passives and nominalisations per row.
English: ``warta/lang/en/events.tsv`` (CAMEO.2.0 verbs, inflected) plus ``events_extra.tsv`` overrides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.events.codes import cameo, plover_to_cameo
from warta.pipeline import Context


@dataclass(frozen=True)
class Trigger:
    form: str
    type: str
    mode: str
    cameo: str | None
    voice: str  # "active" | "passive" | "noun"


class Lexicon:
    """Surface form (lower case) → trigger; :meth:`find` returns non-overlapping matches, longest first."""

    def __init__(self, entries: dict[str, Trigger]) -> None:
        self.entries = entries
        alts = sorted(entries, key=len, reverse=True)
        body = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in alts)
        self.regex = re.compile(rf"(?<![\w-])({body})(?![\w-])", re.IGNORECASE)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, Trigger]]:
        end = len(text) if end is None else end
        out = []
        for m in self.regex.finditer(text, start, end):
            key = " ".join(m.group(1).lower().split())
            trig = self.entries.get(key)
            if trig is not None:
                out.append((m.start(1), m.end(1), trig))
        return out


def _trigger(form: str, typ: str, mode: str, code: str, voice: str) -> Trigger:
    code = code or plover_to_cameo(typ, mode) or ""
    info = cameo(code)
    if info is not None and info.plover and info.plover != typ:
        typ = info.plover  # the crosswalk decides the PLOVER type of a CAMEO code
    return Trigger(form, typ, mode or (info.mode if info else ""), code or None, voice)


def build_lexicon(ctx: Context, lang: str) -> Lexicon:
    pack = ctx.resources.pack(lang)
    entries: dict[str, Trigger] = {}
    if lang == "en":
        # CAMEO.2.0 verbs first; events_extra removes noise forms (plover "-") and adds/overrides core verbs.
        for name in ("events", "events_extra"):
            for r in pack.table(name):
                for form in r["forms"].split("|"):
                    form = form.strip().lower()
                    if not form:
                        continue
                    if r["plover"] == "-":
                        entries.pop(form, None)
                        continue
                    voice = "passive" if form.split()[0].endswith("ed") else "active"
                    if r.get("pos") == "noun":
                        voice = "noun"
                        if form in entries:  # a verb form of the same spelling stays a verb ("attack")
                            continue
                    entries[form] = _trigger(form, r["plover"], r.get("mode", ""), r["cameo"], voice)
    else:
        for r in pack.table("events"):
            for voice, col in (("active", "active"), ("passive", "passive"), ("noun", "noun")):
                for form in (r.get(col) or "").split("|"):
                    form = " ".join(form.lower().split())
                    if form:
                        entries.setdefault(form, _trigger(form, r["type"], r["mode"], r["cameo"], voice))
    return Lexicon(entries)


def lexicon_for(ctx: Context, lang: str) -> Lexicon:
    return ctx.resources.cached(f"events:lexicon:{lang}", lambda: build_lexicon(ctx, lang))
