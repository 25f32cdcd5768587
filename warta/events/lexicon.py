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


@dataclass(frozen=True)
class Sense:
    """A verb sense chosen by its object: ``lift`` + ``curfew`` is CONCEDE, + ``blockade`` RETREAT."""

    objects: re.Pattern[str]
    trigger: Trigger


# Words that end the object window of a sense: clause punctuation and clause-linking words.
_STOP = frozenset(["and", "but", "while", "after", "as", "which", "who", "that", "because", "when", "since"])
_BE = frozenset(["is", "are", "was", "were", "be", "been", "being", "has", "have", "had"])
SENSE_WINDOW = 8  # words after the verb (or before a passive) searched for a sense's object


class Lexicon:
    """Surface form (lower case) → trigger; :meth:`find` returns non-overlapping matches, longest first.

    ``senses`` maps a form to the object-dependent senses that override (or, with no plain entry, make) its
    trigger; ``nouns`` holds the noun reading of a form whose main entry is a verb (``a warm welcome``).
    """

    def __init__(
        self,
        entries: dict[str, Trigger],
        senses: dict[str, list[Sense]] | None = None,
        nouns: dict[str, Trigger] | None = None,
    ) -> None:
        self.entries = entries
        self.senses = senses or {}
        self.nouns = nouns or {}
        alts = sorted(set(entries) | set(self.senses), key=len, reverse=True)
        body = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in alts)
        self.regex = re.compile(rf"(?<![\w-])({body})(?![\w-])", re.IGNORECASE)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, Trigger]]:
        end = len(text) if end is None else end
        out = []
        skip_to = start  # the object of a sense ("lifted the sanctions") is not a trigger of its own
        for m in self.regex.finditer(text, start, end):
            if m.start(1) < skip_to:
                continue
            key = " ".join(m.group(1).lower().split())
            found = self.sense(text, m.start(1), m.end(1), key, start, end)
            trig = found[0] if found else self.entries.get(key)
            if found:
                skip_to = found[1]
            if trig is not None:
                out.append((m.start(1), m.end(1), trig))
        return out

    def sense(
        self, text: str, ts: int, te: int, key: str, start: int, end: int
    ) -> tuple[Trigger, int] | None:
        """The sense of ``key`` whose object is among the next words of its clause (for a passive, the
        words before it) and the end offset of that object (``ts`` for a passive), else None."""
        senses = self.senses.get(key)
        if not senses:
            return None
        after = _clause_words(text, te, end)[:SENSE_WINDOW]
        for sense in senses:
            obj = next((e for w, e in after if sense.objects.fullmatch(w)), None)
            if obj is not None:
                return sense.trigger, obj
        before = [w for w, _ in _clause_words(text, start, ts, backwards=True)[:SENSE_WINDOW]]
        if before and before[0] in _BE:  # "the curfew was lifted", "sanctions have been lifted"
            for sense in senses:
                if any(sense.objects.fullmatch(w) for w in before[1:]):
                    return sense.trigger, ts
        return None


def _clause_words(text: str, start: int, end: int, backwards: bool = False) -> list[tuple[str, int]]:
    """Lower-cased words of ``text[start:end]`` with their end offsets, up to the first clause boundary
    (read from ``end`` leftwards when ``backwards``)."""
    toks = list(re.finditer(r"[\w'-]+|[,;:.()\"]", text[start:end]))
    if backwards:
        toks.reverse()
    out = []
    for m in toks:
        tok = m.group().lower()
        if not tok[0].isalnum() or tok in _STOP:
            break
        out.append((tok, start + m.end()))
    return out


def _objects(spec: str) -> re.Pattern[str]:
    """``troop*|forces`` → a pattern over single words (``*`` is a prefix)."""
    alts = []
    for w in spec.lower().split("|"):
        w = w.strip()
        if w:
            alts.append(re.escape(w[:-1]) + r"[\w'-]*" if w.endswith("*") else re.escape(w))
    return re.compile("|".join(alts))


def _trigger(form: str, typ: str, mode: str, code: str, voice: str) -> Trigger:
    """A row's trigger. The CAMEO code gives the PLOVER type through the crosswalk only when the row names no
    type itself: the codebook's definitions decide where the crosswalk disagrees (``resign`` is RETREAT
    `resign`, not the crosswalk's CONCEDE for CAMEO 0831)."""
    code = code or plover_to_cameo(typ, mode) or ""
    info = cameo(code)
    if not typ and info is not None:
        typ = info.plover
    if not mode and info is not None and info.plover == typ:
        mode = info.mode
    return Trigger(form, typ, mode, code or None, voice)


def build_lexicon(ctx: Context, lang: str) -> Lexicon:
    pack = ctx.resources.pack(lang)
    entries: dict[str, Trigger] = {}
    senses: dict[str, list[Sense]] = {}
    nouns: dict[str, Trigger] = {}
    if lang == "en":
        # CAMEO.2.0 verbs first; events_extra removes noise forms (plover "-"), adds/overrides core verbs
        # and adds object-dependent senses (column ``object``).
        curated: set[str] = set()  # forms with a verb entry from events_extra
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
                    trig = _trigger(form, r["plover"], r.get("mode", ""), r["cameo"], voice)
                    if r.get("object"):
                        senses.setdefault(form, []).append(Sense(_objects(r["object"]), trig))
                        continue
                    if voice == "noun" and form in curated:
                        # A curated verb of the same spelling stays the verb ("attack"); the noun reading
                        # serves where the form cannot be a verb ("a warm welcome").
                        nouns.setdefault(form, trig)
                        continue
                    entries[form] = trig
                    if name == "events_extra" and voice != "noun":
                        curated.add(form)
    else:
        for r in pack.table("events"):
            for voice, col in (("active", "active"), ("passive", "passive"), ("noun", "noun")):
                for form in (r.get(col) or "").split("|"):
                    form = " ".join(form.lower().split())
                    if form:
                        entries.setdefault(form, _trigger(form, r["type"], r["mode"], r["cameo"], voice))
    return Lexicon(entries, senses, nouns)


def lexicon_for(ctx: Context, lang: str) -> Lexicon:
    return ctx.resources.cached(f"events:lexicon:{lang}", lambda: build_lexicon(ctx, lang))
