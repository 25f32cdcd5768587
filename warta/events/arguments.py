"""Actor and recipient of a trigger: from the dependency parse when there is one, else rules over entity
positions in the sentence.

Rules (Indonesian, English alike): an active verb's actor is the nearest entity before it and its recipient
the
nearest after it (a ``dengan``/``terhadap``/``kepada``/``ke``/``with``/``against`` phrase first); a di-/be-ed
passive takes its actor from ``oleh``/``by`` (or, in Indonesian, the entity right after the verb) and its
recipient from the subject; a nominal trigger takes the entity right after it (``kunjungan Prabowo``) as
actor.
Entities after a locative preposition (``di Jakarta``, ``in Paris``) are places, not participants.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from warta.record import Article

LIGHT_VERBS = frozenset(
    [
        "melakukan",
        "melancarkan",
        "menggelar",
        "mengadakan",
        "memberikan",
        "memberi",
        "menyampaikan",
        "menjatuhkan",
        "terlibat",
        "melayangkan",
        "meluncurkan",
        "melaksanakan",
        "menjalani",
        "menjalankan",
        "mengirim",
        "mengirimkan",
        "menyalurkan",
        "mengumumkan",
        "menyatakan",
        "melanjutkan",
        "memulai",
        "meneruskan",
        "launched",
        "carried",
        "staged",
        "held",
        "made",
        "mounted",
        "conducted",
    ]
)
_MORE_LIGHT = (
    "melanjutkan memulai meneruskan declared undertook renewed completed began started continued gave issued "
    "reiterated imposed opened organized resumed announced launch carry stage hold make mount conduct "
    "declare undertake renew complete begin start give issue impose open organize resume announce engaged "
    "engage speeded sped accelerated continuing staging holding launching"
)
LIGHT_VERBS |= frozenset(_MORE_LIGHT.split())
RELATIVE = frozenset({"yang", "who", "which", "that"})
SUBORDINATORS = frozenset(
    [
        "setelah",
        "usai",
        "seusai",
        "sesudah",
        "sebelum",
        "saat",
        "ketika",
        "sambil",
        "sembari",
        "after",
        "before",
        "while",
    ]
)
LOCATIVE = frozenset(
    [
        "di",
        "dari",
        "dalam",
        "sekitar",
        "dekat",
        "in",
        "at",
        "near",
        "from",
        "inside",
        "outside",
        "across",
        "melalui",
        "lewat",
        "via",
        "through",
    ]
)
RECIPIENT_PREPS = frozenset(
    [
        "dengan",
        "terhadap",
        "kepada",
        "ke",
        "atas",
        "bagi",
        "pada",
        "with",
        "against",
        "to",
        "on",
        "toward",
        "towards",
    ]
)
AGENT_PREPS = frozenset({"oleh", "by"})
BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])
MAX_GAP = 90  # characters between a trigger and a participant found by the rules
_WORD = re.compile(r"[\w']+")


@dataclass(frozen=True)
class Cand:
    start: int
    end: int
    entity: str
    country: str | None
    sector: str | None
    loc: bool = False  # inside a locative phrase (di/dari/in ...): a place, not a participant
    other: bool = False  # an untyped capitalised name: may be an actor, never a recipient
    gpe: bool = False  # a country or place name (not a role or body)


def candidates(article: Article, start: int, end: int) -> list[Cand]:
    """Entity mentions in [start, end) that can be participants (longest of overlapping mentions)."""
    text = article.text
    ms = []
    for ent in article.entities:
        if ent.type in ("EVENT",):
            continue
        typed = ent.country or ent.sector or ent.type in ("PERSON", "ORG", "GPE", "NORP")
        if not typed and not (ent.type == "OTHER" and len(ent.name.split()) >= 2):
            continue
        other = ent.type == "OTHER" and not (ent.country or ent.sector)
        gpe = ent.type in ("GPE", "LOC") and ent.sector is None
        for m in ent.mentions:
            if start <= m.start and m.end <= end:
                if text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")":
                    continue  # "warga negara Indonesia (WNI)": the bracketed short form repeats a name
                ms.append(Cand(m.start, m.end, ent.id, ent.country, ent.sector, False, other, gpe))
    # Longest first; on equal spans a role/agency (with a sector) beats a bare country alias.
    ms.sort(key=lambda c: (c.start, -(c.end - c.start), c.sector is None))
    out: list[Cand] = []
    for c in ms:
        if out and c.start < out[-1].end:
            continue
        if _locative(text, c.start, start):
            c = Cand(c.start, c.end, c.entity, c.country, c.sector, True, c.other, c.gpe)
        out.append(c)
    return out


PLACE_NOUNS = frozenset(
    [
        "kawasan",
        "kota",
        "provinsi",
        "kabupaten",
        "kecamatan",
        "kelurahan",
        "desa",
        "dusun",
        "wilayah",
        "jalur",
        "perairan",
        "pulau",
        "jalan",
        "kantor",
        "gedung",
        "daerah",
        "negara",
        "city",
        "town",
        "province",
        "region",
        "area",
        "village",
        "district",
    ]
)


def _locative(text: str, pos: int, floor: int) -> bool:
    """Is the mention at ``pos`` inside a locative phrase (``di kawasan Tanjung Duren, Jakarta Barat``)?"""
    words = re.findall(r"[\w']+|,", text[max(floor, pos - 90) : pos])
    for w in reversed(words[-10:]):
        lw = w.lower()
        if lw in LOCATIVE:
            return True
        if w == "," or w[:1].isupper() or lw in PLACE_NOUNS:
            continue
        return False
    return False


def _prev_word(text: str, pos: int, floor: int) -> str:
    words = _WORD.findall(text[max(floor, pos - 15) : pos].lower())
    return words[-1] if words else ""


def _extend_coord(text: str, chosen: Cand, cands: list[Cand], leftward: bool) -> list[Cand]:
    """``Indonesia dan Malaysia mengecam`` → both actors."""
    out = [chosen]
    idx = cands.index(chosen)
    step = -1 if leftward else 1
    j = idx + step
    while 0 <= j < len(cands):
        a, b = (cands[j], out[-1]) if leftward else (out[-1], cands[j])
        gap = text[a.end : b.start].strip().lower()
        if gap not in (",", "dan", "and", "serta", ", dan", ", and", "&"):
            break
        out.append(cands[j])
        j += step
    return out


SUBJECT_PRONOUNS = frozenset(["he", "she", "it", "they", "we"])


def _complement_subject(between: list[str]) -> bool:
    """``X announced that it will withdraw``: ``that`` opens a complement clause whose pronoun subject stands
    for the main-clause subject X (not a relative clause, which would have its own subject)."""
    for i, w in enumerate(between[1:], start=1):
        if w in RELATIVE:
            return w == "that" and i + 1 < len(between) and between[i + 1] in SUBJECT_PRONOUNS
    return False


def rule_arguments(
    text: str, trig_s: int, trig_e: int, voice: str, cands: list[Cand], sent_s: int, lang: str, typ: str = ""
) -> tuple[list[Cand], list[Cand]]:
    actors, recips = _rule_arguments(text, trig_s, trig_e, voice, cands, sent_s, lang)
    if voice != "passive":
        recips = [c for c in recips if not c.other]
    countries = {c.country for c in actors}
    # "WNI menolak pulang ke Indonesia": the actor's own country as a bare place is a destination,
    # not a target.
    recips = [c for c in recips if not (c.gpe and c.country in countries)]
    if typ in ("ASSAULT", "PROTEST") and actors:
        # An attack or protest at a place/office with no nearer named target: that place is the target
        # ("serangan di Gaza", "demonstrasi di kantor Kemnaker").
        ids = {c.entity for c in actors}
        place = next(
            (
                c
                for c in cands
                if c.loc
                and trig_e <= c.start <= trig_e + MAX_GAP
                and c.entity not in ids
                and c.country not in countries
                and _prev_word(text, c.start, trig_e) not in ("dari", "from")
                and (typ == "ASSAULT" or not c.gpe)
            ),
            None,
        )
        if place is not None and (not recips or place.start < recips[0].start):
            recips = [place]
    return actors, recips


def _rule_arguments(
    text: str, trig_s: int, trig_e: int, voice: str, cands: list[Cand], sent_s: int, lang: str
) -> tuple[list[Cand], list[Cand]]:
    source = None  # "ancaman dari sindikat", "bantuan dari Jepang": the source of a nominal event
    if voice == "noun":
        source = next(
            (
                c
                for c in cands
                if c.loc
                and trig_e < c.start <= trig_e + 8
                and text[trig_e : c.start].strip().lower() in ("dari", "from")
            ),
            None,
        )
    cands = [c for c in cands if not c.loc]
    if source is not None:
        rest = [c for c in cands if c.start > source.end and c.start - source.end <= MAX_GAP]
        recips = [c for c in rest if _prev_word(text, c.start, trig_e) in RECIPIENT_PREPS][:1]
        before = [c for c in cands if c.end <= trig_s and trig_s - c.end <= 40]
        return [source], (recips or before[-1:])
    before = [c for c in cands if c.end <= trig_s and trig_s - c.end <= MAX_GAP * 2]
    after = [c for c in cands if c.start >= trig_e and c.start - trig_e <= MAX_GAP]
    if lang == "en" and voice == "passive":
        prev = _WORD.findall(text[max(sent_s, trig_s - 20) : trig_s].lower())[-2:]
        nxt = _WORD.findall(text[trig_e : trig_e + 6].lower())[:1]
        voice = "passive" if any(w in BE for w in prev) or nxt == ["by"] else "active"

    def after_prep(preps: frozenset[str]) -> Cand | None:
        for c in after:
            words = _WORD.findall(text[max(trig_e, c.start - 30) : c.start].lower())[-3:]
            if words and (words[-1] in preps or (preps & set(words[:-1]) and "yang" not in words)):
                return c
        return None

    actors: list[Cand] = []
    recips: list[Cand] = []
    if before and voice != "passive":
        # "X ... seorang pria yang bekerja sama": the subject is the head of the relative clause, not X.
        between = _WORD.findall(text[before[-1].end : trig_s].lower())
        relative = RELATIVE & set(between) and not (between and between[0] in RELATIVE)
        if relative and not (lang == "en" and _complement_subject(between)):
            before = []
    if voice == "passive":
        agent = after_prep(AGENT_PREPS)
        if agent is None and lang != "en" and after and text[trig_e : after[0].start].strip() == "":
            agent = after[0]
        if agent is not None:
            actors = _extend_coord(text, agent, cands, leftward=False)
        if before:
            recips = _extend_coord(text, before[-1], cands, leftward=True)
    elif voice == "noun":
        # A nominal trigger needs its actor attached: "serangan Israel", "kunjungan oleh X", "kerusuhan yang
        # melibatkan X", or a light verb before it ("melancarkan serangan", "terlibat kericuhan").
        link = text[trig_e : after[0].start].strip().lower() if after else None
        if link in RECIPIENT_PREPS or link in LOCATIVE:
            link = None
        light = _WORD.findall(text[max(sent_s, trig_s - 40) : trig_s].lower())[-4:]
        if after and (
            link in ("", "oleh", "by", "of")
            or re.fullmatch(
                r"[a-z]{2,10}|(?:\w+ )?yang (?:melibatkan|dilakukan|dilancarkan|ditimbulkan)(?: oleh)?"
                r"(?: (?:\d+|para|sejumlah|ratusan|puluhan|ribuan|seorang|orang))*",
                link or "",
            )
        ):
            actors = _extend_coord(text, after[0], cands, leftward=False)
            rest = [
                c for c in after if c not in actors and _prev_word(text, c.start, trig_e) in RECIPIENT_PREPS
            ]
            nxt = [
                c
                for c in after
                if c not in actors
                and c.start - actors[-1].end <= 40
                and not re.search(r"[,;]", text[actors[-1].end : c.start])
            ]
            recips = rest[:1] or nxt[:1]
        elif before and trig_s - before[-1].end <= MAX_GAP and LIGHT_VERBS & set(light):
            actors = _extend_coord(text, before[-1], cands, leftward=True)
            r = after[0] if after else None
            recips = [r] if r else []
    else:
        if before:
            subject = before[-1]
            if _prev_word(text, trig_s, sent_s) in SUBORDINATORS:
                subject = before[0]  # "X ditahan polisi setelah menganiaya Y": X, the main clause subject
            actors = _extend_coord(text, subject, cands, leftward=True)
        # The object right after the verb, else a dengan/terhadap/kepada phrase, else the nearest after.
        near = after[0] if after and after[0].start - trig_e <= 25 else None
        r = near or after_prep(RECIPIENT_PREPS) or (after[0] if after else None)
        if r is not None:
            recips = _extend_coord(text, r, cands, leftward=False)
    ids = {c.entity for c in actors}
    recips = [c for c in recips if c.entity not in ids]
    return actors, recips


def parse_arguments(
    doc: Any, trig_s: int, trig_e: int, cands: list[Cand]
) -> tuple[list[Cand], list[Cand]] | None:
    """Arguments from a dependency parse (UD labels); None when the parse gives no actor."""
    try:
        if not doc.has_annotation("DEP"):
            return None
        span = doc.char_span(trig_s, trig_e, alignment_mode="expand")
    except (AttributeError, ValueError):
        return None
    if span is None or len(span) == 0:
        return None
    tok = span.root
    head = tok if tok.pos_ in ("VERB", "NOUN", "ADJ") else tok.head
    actor_spans: list[tuple[int, int]] = []
    recip_spans: list[tuple[int, int]] = []
    for ch in head.children:
        dep = ch.dep_.lower()
        sub = list(ch.subtree)
        rng = (sub[0].idx, sub[-1].idx + len(sub[-1]))
        cases = {c.lower_ for c in ch.children if c.dep_ in ("case", "mark")}
        if dep in ("nsubj", "csubj") or dep == "obl:agent" or (dep.startswith("obl") and cases & AGENT_PREPS):
            actor_spans.append(rng)
        elif dep in ("nsubj:pass", "obj", "iobj") or (
            dep.startswith(("obl", "nmod")) and cases & RECIPIENT_PREPS
        ):
            recip_spans.append(rng)

    def pick(spans: list[tuple[int, int]]) -> list[Cand]:
        return [c for c in cands if any(s <= c.start and c.end <= e for s, e in spans)]

    actors = pick(actor_spans)
    if not actors:
        return None
    ids = {c.entity for c in actors}
    return actors, [c for c in pick(recip_spans) if c.entity not in ids]
