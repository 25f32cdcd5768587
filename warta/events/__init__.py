"""The ``events`` stage: PLOVER event coding per sentence, with CAMEO, QuadClass and Goldstein.

An event is emitted only when a lexicon trigger and at least one actor are found (precision first). The
trigger's CAMEO code gives QuadClass and Goldstein; the PLOVER type/mode come from the crosswalk. Each event
carries its sentence, evidence span, trigger, status, date (the clause's, else the publication date),
location (the clause's place, else the dateline city) and, inside a quotation, the context ``quote:<id>``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from warta.dates import reference_date
from warta.events.arguments import LOCATIVE, Cand, _prev_word, candidates, parse_arguments, rule_arguments
from warta.events.codes import cameo
from warta.events.lexicon import Lexicon, Trigger, lexicon_for
from warta.events.status import event_status
from warta.pipeline import Context, register
from warta.record import Article, Event, Place
from warta.sentences import _rule_cuts

__all__ = ["events_stage"]

# Verbs that take another event as their complement: "agreed to meet", "menolak untuk bertemu",
# "mengancam akan menyerang" are one event of the embedding verb's type.
EMBEDDING = frozenset({"AGREE", "REJECT", "THREATEN", "REQUEST"})
COMPLEMENT = frozenset(["to", "for", "that", "untuk", "akan", "agar", "supaya", "bahwa", "guna", "demi"])
PURPOSE = frozenset(["to", "untuk", "agar", "supaya", "guna"])
# PLOVER codes an announced future act: cooperation as AGREE (CAMEO 03), force, coercion or protest as
# THREATEN (CAMEO 13: 133 "threaten political dissent, protest", 1312 "threaten to boycott").
COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
COERCIVE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})
INTENT_CAMEO = {
    "CONSULT": "036",
    "SUPPORT": "032",
    "COOPERATE": "031",
    "AID": "033",
    "CONCEDE": "035",
    "RETREAT": "035",
    "ASSAULT": "138",
    "COERCE": "130",
    "SANCTION": "130",
    "MOBILIZE": "138",
    "PROTEST": "133",
}
# Commissive verbs (vow, pledge, promise, swear): with a forceful or coercive complement ("vowed to fight",
# "berjanji akan menyerang") the announcement is a threat (CAMEO 13), not an intent to cooperate.
COMMISSIVE = re.compile(r"(vow|pledg|promis|swear|swore|sworn|berjanji|bersumpah|bertekad)", re.I)


def _absorb(text: str, trigs: list[tuple[int, int, Trigger]]) -> list[tuple[int, int, Trigger]]:
    """Drop a trigger that is the complement of a preceding embedding verb."""
    out: list[tuple[int, int, Trigger]] = []
    head: tuple[int, int, Trigger] | None = None
    for ts, te, trig in trigs:
        if out:
            ps, pe, prev = out[-1]
            gap = text[pe:ts].lower().split()
            comp = COMPLEMENT if prev.type in EMBEDDING else PURPOSE
            absorbed = len(gap) <= 6 and comp & set(gap) and not re.search(r"[,;]", text[pe:ts])
            control = prev.type in EMBEDDING and prev.voice != "noun" and len(gap) <= 4
            if absorbed or (control and not re.search(r"[,;.]", text[pe:ts])):
                # "agreed to meet", "mengancam akan menyerang", "melarang polisi untuk menembak"; object
                # control: "menuntut Islamabad menandatangani", "urged Iraq to cooperate".
                if prev.type == "AGREE" and trig.type in COERCIVE and COMMISSIVE.match(prev.form):
                    code = "138" if trig.type in ("ASSAULT", "MOBILIZE") else INTENT_CAMEO[trig.type]
                    out[-1] = (ps, pe, Trigger(prev.form, "THREATEN", "", code, prev.voice))
                continue
            before = text[max(0, ts - 12) : ts].lower().split()
            if (
                head is not None
                and ";" not in text[head[1] : ts]
                and len(text[head[1] : ts].split()) <= 25
                and before
                and before[-1] in ("dan", "serta", "and")
            ):
                continue  # "meminta pemerintah ... menindaklanjuti ... dan memberikan pendampingan"
        out.append((ts, te, trig))
        if trig.type in EMBEDDING and trig.voice != "noun":
            head = (ts, te, trig)
    return out


def _obligation(text: str, sent_start: int, ts: int) -> int | None:
    """Offset of ``must``/``should``/``harus`` right before the trigger (within three words), else None."""
    seg = text[max(sent_start, ts - 30) : ts]
    found = list(re.finditer(r"\b(must|should|harus|wajib|mesti)\b", seg, re.I))
    m = found[-1] if found else None
    if m is None or len(seg[m.end() :].split()) > 3:
        return None
    return max(sent_start, ts - 30) + m.start()


_REPORTING = re.compile(
    r"\b(said|says|say|announced|reiterated|insisted|stressed|told|warned|declared|mengatakan|menegaskan|"
    r"menyatakan|menyebut|mengungkapkan)\b",
    re.I,
)
_MUST = re.compile(r"\b(must|should|harus|wajib)\b", re.I)


def _bare_obligations(text: str, start: int, end: int, trigs: list[tuple[int, int, Trigger]]) -> list:
    """``Russia said Sudan must return the helicopter``: a reported obligation with no lexicon verb after it
    is a demand (REQUEST) by the speaker."""
    out = []
    for m in _MUST.finditer(text, start, end):
        if any(m.end() <= ts <= m.end() + 25 for ts, _, _ in trigs):
            continue  # the verb after "must" is a trigger: handled there
        if _REPORTING.search(text, start, m.start()):
            out.append((m.start(), m.end(), Trigger("must", "REQUEST", "", "100", "active")))
    return out


def _future(text: str, sent_start: int, ts: int) -> bool:
    words = text[sent_start:ts].lower().split()[-4:]
    return bool({"akan", "bakal", "will", "would", "won't", "mau", "ingin"} & set(words))


_MODALS = frozenset(
    [
        "will",
        "would",
        "to",
        "not",
        "n't",
        "may",
        "might",
        "can",
        "could",
        "should",
        "must",
        "shall",
        "did",
        "do",
        "does",
        "they",
        "we",
        "i",
        "you",
        "he",
        "she",
        "it",
        "won't",
        "cannot",
    ]
)


_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"])


# Irregular past forms of lexicon verbs: verbs like the -ed forms (``Russia withdrew``, ``sent weapons``).
# Light verbs (gave, took, held, led) are left out: ``gave a warm welcome`` is not an act of giving.
_IRREGULAR = """
    withdrew withdrawn sent fought shot struck froze frozen broke broken swore sworn forbade forbidden
    overthrew overthrown threw thrown stole stolen slew slain fled sought met
"""
IRREGULAR_PAST = frozenset(_IRREGULAR.split())


def _verbal(text: str, ts: int, te: int, trig: Trigger, floor: int) -> bool:
    """English base/-s forms are verbs only after a modal, ``to``, a pronoun or (for -s) a capitalised word;
    an -ed (or irregular past) form after a determiner is an adjective (``the besieged town``)."""
    form = trig.form
    prev = text[max(floor, ts - 20) : ts].split()
    w = prev[-1] if prev else ""
    if (form.endswith("ed") or form in IRREGULAR_PAST) and " " not in form:
        return w.lower() not in _DETERMINERS
    if " " in form or form.endswith("ing") or trig.voice == "noun":
        return True
    if w.lower() in _MODALS or w.lower().endswith("n't"):
        return True
    return form.endswith("s") and w[:1].isupper()


def _english_readings(
    lex: Lexicon, text: str, trigs: list[tuple[int, int, Trigger]], floor: int
) -> list[tuple[int, int, Trigger]]:
    """English triggers that can be verbs here; a form that cannot be a verb here takes its noun reading
    when the lexicon has one (``gave a warm welcome``, ``staged rallies``)."""
    out = []
    for ts, te, trig in trigs:
        if _verbal(text, ts, te, trig, floor):
            out.append((ts, te, trig))
        elif trig.form in lex.nouns:
            out.append((ts, te, lex.nouns[trig.form]))
    return out


# Announced coercion whose CAMEO code has a specific threat code (CAMEO 13x).
THREAT_CAMEO = {
    "1723": "1323",  # impose curfew
    "1724": "1324",  # impose state of emergency or martial law
    "172": "132",  # administrative sanctions
    "163": "1312",  # embargo, boycott, sanctions
    "161": "1313",  # reduce or break relations
    "162": "1311",  # reduce or stop aid
    "164": "134",  # halt negotiations
    "165": "135",  # halt mediation
    "166": "136",  # expel or withdraw
    "1661": "136",
    "1662": "136",
    "192": "1382",  # occupy territory
    "191": "1381",  # blockade
}


def _intent_type(trig: Trigger) -> Trigger:
    if trig.type in COOPERATIVE:
        return Trigger(trig.form, "AGREE", "", INTENT_CAMEO[trig.type], trig.voice)
    if trig.type in COERCIVE:
        code = THREAT_CAMEO.get(trig.cameo or "", INTENT_CAMEO[trig.type])
        info = cameo(code)
        return Trigger(trig.form, "THREATEN", info.mode if info else "", code, trig.voice)
    return trig


def _location(article: Article, s: int, e: int, used: set[str]) -> Place | None:
    here = [
        p
        for p in article.places
        if p.start is not None
        and s <= p.start < e
        and p.entity not in used
        and _prev_word(article.text, p.start, s) in LOCATIVE
    ]
    if here:
        return here[0].model_copy()
    dl = [
        p
        for p in article.places
        if article.dateline
        and p.start is not None
        and article.dateline.start <= p.start < article.dateline.end
    ]
    return dl[0].model_copy() if dl else None


def _event(
    article: Article,
    idx: int,
    trig: Trigger,
    ts: int,
    te: int,
    actors: list[Cand],
    recips: list[Cand],
    status: str,
    conf: float,
) -> Event:
    sent = article.sentences[idx]
    info = cameo(trig.cameo)
    ctxs = list(info.context) if info else []
    for q in article.quotes:
        if q.start <= ts < q.end:
            ctxs.append(f"quote:{q.id}" if q.id else "quote")
    return Event(
        id="",
        type=trig.type,
        mode=trig.mode or None,
        context=ctxs,
        actor=[c.entity for c in actors],
        recipient=[c.entity for c in recips],
        actor_country=sorted({c.country for c in actors if c.country}),
        recipient_country=sorted({c.country for c in recips if c.country}),
        actor_sector=sorted({c.sector for c in actors if c.sector}),
        recipient_sector=sorted({c.sector for c in recips if c.sector}),
        cameo=trig.cameo,
        quad_class=info.quad_class if info else None,
        goldstein=info.goldstein if info else None,
        status=status,  # type: ignore[arg-type]
        sentence=idx,
        start=sent.start,
        end=sent.end,
        trigger=article.span(ts, te),
        confidence=round(conf, 2),
    )


@register("events")
def events_stage(article: Article, ctx: Context) -> None:
    """Fill ``article.events``."""
    lang = "en" if article.language == "en" else "id"
    lex = lexicon_for(ctx, lang)
    text = article.text
    pub = reference_date(article)
    # Names (not role words such as "tersangka") that a trigger must not be part of.
    mention_spans = [
        (m.start, m.end) for ent in article.entities for m in ent.mentions if m.text[:1].isupper()
    ]
    # Parse-based arguments are off by default for Indonesian: with the current parser (GSD LAS 0.69) they
    # lowered dev precision (docs/events.md); option ``events.use_parse`` turns them on.
    use_parse = ctx.resources.options.get("events.use_parse", (article.language or "id") != "id")
    doc = ctx.doc if use_parse else None
    events: list[Event] = []
    unit_of: dict[int, int] = {}  # id(event) → unit number, for one event per (unit, type, actor)
    for u, sent in enumerate(_units(article)):
        trigs = lex.find(text, sent.start, sent.end)
        if not trigs:
            continue
        cands = candidates(article, sent.start, sent.end)
        if not cands:
            continue
        sent_dates = [d.value for d in article.dates if sent.start <= d.start < sent.end and d.value]
        trigs = [t for t in trigs if not any(s < t[1] and t[0] < e for s, e in mention_spans)]  # not in names
        if lang == "en":
            trigs = _english_readings(lex, text, trigs, sent.start)
        trigs = sorted(trigs + _bare_obligations(text, sent.start, sent.end, trigs), key=lambda t: t[0])
        for ts, te, trig in _absorb(text, trigs):
            parsed = parse_arguments(doc, ts, te, cands) if doc is not None else None
            ruled = rule_arguments(text, ts, te, trig.voice, cands, sent.start, lang, trig.type)
            actors, recips = parsed if parsed else ruled
            if parsed and not recips:
                # The parse found the actor but no object: the rules' recipient, if it is not an actor.
                ids = {c.entity for c in actors}
                recips = [c for c in ruled[1] if c.entity not in ids]
            if not actors:
                continue
            status = event_status(text, sent.start, ts, sent_dates, pub, lang)
            must = ts if trig.form == "must" else _obligation(text, sent.start, ts)
            if must is not None:
                # "X said Y must withdraw": a demand by the speaker (X) on Y.
                speaker = [c for c in cands if c.end <= must and not c.loc]
                if len(speaker) >= 2:
                    actors, recips = [speaker[0]], [speaker[-1]]
                    trig = Trigger(trig.form, "REQUEST", "", "100", trig.voice)
                    status = "actual"
            if status == "intent":
                trig = _intent_type(trig)
            elif (
                status == "negated"
                and (trig.type in COOPERATIVE or trig.type == "AGREE")
                and _future(text, sent.start, ts)
            ):
                # "will not meet", "tidak akan bertemu": a refusal.
                trig = Trigger(
                    trig.form, "REJECT", "", "12" + ("5" if trig.type == "CONSULT" else "0"), trig.voice
                )
                status = "actual"
            conf = (
                0.55
                + (0.15 if recips else 0)
                + (0.1 if parsed else 0)
                + (0.1 if any(c.country for c in actors) else 0)
            )
            idx = max(i for i in sent.sentences if article.sentences[i].start <= ts or i == sent.sentences[0])
            ev = _event(article, idx, trig, ts, te, actors, recips, status, min(conf, 0.95))
            dval = next((v for v in sent_dates), None)
            ev.date = dval[:10] if dval else (pub.isoformat() if pub else None)
            ev.location = _location(article, sent.start, sent.end, set(ev.actor) | set(ev.recipient))
            events.append(ev)
            unit_of[id(ev)] = u
    article.events = _dedupe(article, events, unit_of)
    for n, ev in enumerate(article.events, start=1):
        ev.id = f"v{n}"


class _Unit(NamedTuple):
    start: int
    end: int
    sentences: tuple[int, ...]


_TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*\s*$")


def _units(article: Article) -> list[_Unit]:
    """Clause-level units for event coding: the sentences, joined where the segmenter split inside a sentence
    (no terminal punctuation before the break, no line break: ``Archbishop Desmond | Tutu on Sunday called
    for …``) and split where punctuation rules see a sentence end the segmenter missed (``… di Gaza. Israel
    terus …``). Triggers, arguments and the one-event-per-type rule work per unit; each event keeps the
    sentence of its trigger."""
    text = article.text
    joined: list[_Unit] = []
    for i, sent in enumerate(article.sentences):
        if joined:
            prev = joined[-1]
            gap = text[prev.end : sent.start]
            if "\n" not in gap and not _TERMINAL.search(text[prev.start : prev.end]) and gap.strip() == "":
                joined[-1] = _Unit(prev.start, sent.end, (*prev.sentences, i))
                continue
        joined.append(_Unit(sent.start, sent.end, (i,)))
    out: list[_Unit] = []
    for u in joined:
        s = u.start
        for c in [*_rule_cuts(text, u.start, u.end), u.end]:
            while c > s and text[c - 1].isspace():
                c -= 1
            if c <= s:
                continue
            idxs = tuple(
                i for i in u.sentences if article.sentences[i].start < c and s < article.sentences[i].end
            )
            out.append(_Unit(s, c, idxs or u.sentences[:1]))
            s = c
            while s < u.end and text[s].isspace():
                s += 1
    return out


def _same_actor(a: Event, b: Event) -> bool:
    return bool(set(a.actor) & set(b.actor)) or bool(set(a.actor_country) & set(b.actor_country))


def _dedupe(article: Article, events: list[Event], unit_of: dict[int, int] | None = None) -> list[Event]:
    """One event per (unit, type, actors) — the unit is the sentence unless ``unit_of`` says otherwise; a
    headline event repeated in the lead is kept once (the lead's)."""

    def unit(ev: Event) -> int:
        return unit_of.get(id(ev), ev.sentence) if unit_of else ev.sentence

    out: list[Event] = []
    for ev in events:
        if any(unit(o) == unit(ev) and o.type == ev.type and _same_actor(o, ev) for o in out):
            continue
        out.append(ev)
    body = [ev for ev in out if ev.start >= article.body_start]
    lead_sents = {
        s for s in range(len(article.sentences)) if article.sentences[s].start >= article.body_start
    }
    lead = sorted(lead_sents)[:3]
    keep = []
    for ev in out:
        # The headline summarises the lead: its event is kept only when the lead reports no event of its type.
        if ev.start < article.body_start and any(b.sentence in lead and b.type == ev.type for b in body):
            continue
        keep.append(ev)
    return keep
