"""Entities: find mentions (statistical NER when a model is loaded, gazetteer, capitalised spans) and
merge the mentions of one referent within the article.

Merging: gazetteer mentions join on their actor id; a PERSON mention whose words are a subset of a longer
PERSON name joins it (``Putin`` → ``Vladimir Putin``); ``Komisi Pemberantasan Korupsi (KPK)`` makes ``KPK``
an alias (which, and its repetitions, take the long name's type); otherwise identical normalised text joins.
An entity's type is the majority of its mentions' types, a tie going to PERSON.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from warta.actors.gazetteer import Gazetteer, GazetteerEntry, build_gazetteer
from warta.pipeline import Context, register
from warta.record import Article, Entity, Mention

#: Overlap policy between gazetteer, NER and capitalised spans (option ``entities.priority``).
PRIORITY = "ner"
#: Also use capitalised spans next to a statistical NER (option ``entities.caps_with_ner``).
CAPS_WITH_NER = True

# spaCy/corpus labels → warta types.
LABEL_MAP = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "PPL": "PERSON",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG",
    "IND": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "PLACE": "LOC",
    "PLC": "LOC",
    "FAC": "LOC",
    "NORP": "NORP",
    "EVENT": "EVENT",
    "EVT": "EVENT",
}


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    type: str
    source: str  # "gazetteer" | "ner" | "caps"
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    kb_id: str | None = None
    aliases: set[str] = field(default_factory=set)
    weak: bool = False  # kept only if it joins another mention's entity (e.g. a sentence-initial word)


def gazetteer_for(ctx: Context, lang: str | None) -> Gazetteer:
    pack = ctx.resources.pack(lang)
    return ctx.resources.cached(f"gazetteer:{pack.lang}", lambda: build_gazetteer(pack))


def gazetteer_hits(article: Article, ctx: Context) -> list[tuple[int, int, GazetteerEntry]]:
    """Gazetteer matches in the article text, computed once per article and shared by stages."""
    hits = ctx.data.get("gazetteer_hits")
    if hits is None:
        hits = ctx.data["gazetteer_hits"] = gazetteer_for(ctx, article.language or "id").find(article.text)
    return hits


@register("entities")
def entities_stage(article: Article, ctx: Context) -> None:
    """Fill ``article.entities`` with merged, typed entities and their mentions."""
    text = article.text
    lang = article.language or "id"
    skip = (article.dateline.start, article.dateline.end) if article.dateline else (0, 0)
    cands: list[Candidate] = []
    for s, e, entry in gazetteer_hits(article, ctx):
        cands.append(
            Candidate(
                s, e, text[s:e], entry.type, "gazetteer", entry.name, entry.country, entry.sector, entry.kb_id
            )
        )
    opts = ctx.resources.options
    doc = ctx.doc
    has_ner = doc is not None and doc.has_annotation("ENT_IOB")
    if has_ner:
        body = text[article.body_start :]
        for ent in doc.ents:
            label = LABEL_MAP.get(ent.label_)
            # A headline is in title case, which misleads the model: keep a headline span only when the
            # body names it too.
            if not label or not (ent.start_char >= article.body_start or ent.text in body):
                continue
            # Names are capitalised in edited news; an all-lower-case span ("jalani") is a model error
            # learned from the lower-cased NERP training text. So is a bare title ("Jenderal").
            if ent.text.lower() == ent.text or _only_titles(ent.text, ctx, lang):
                continue
            if lang == "id" and ent.text.lower() in DIRECTIONS:
                continue  # "Jakarta [Utara]" split by the model: a direction alone names nothing
            cands.append(Candidate(ent.start_char, ent.end_char, ent.text, label, "ner"))
    if not has_ner or opts.get("entities.caps_with_ner", CAPS_WITH_NER):
        covered = [(c.start, c.end) for c in cands if c.source == "gazetteer"]
        cands.extend(_capitalised_spans(article, ctx, lang, covered, weak_only=has_ner))
    cands = [c for c in cands if not (skip[0] <= c.start < skip[1])]
    cands = [part for c in cands for part in _split_brackets(c, text)]
    cands = [c for c in cands if not _common_word_at_start(c, article)]
    lower_words = set(_LOWER_WORD.findall(text))
    starts = {st.start for st in article.sentences} | {article.body_start}
    orgs = _words(ctx, lang, "org_words")
    titles = _words(ctx, lang, "person_titles")
    trimmed = []
    by_start = {c.start: c for c in cands}
    for c in cands:
        t = _trim_title(c, ctx, lang, text)
        before = text[max(0, c.start - 30) : c.start].split()[-1:]
        titled = t.start != c.start or (bool(before) and before[0].lower().strip(",.") in titles)
        t = _retype_person(t, orgs, titled, _name_after(t, by_start, text))
        trimmed.append(_trim_person(t, lower_words, orgs, titled=titled, starts=starts))
    cands = trimmed
    if has_ner:
        known = [(c.start, c.end) for c in cands if c.source != "caps" or not c.weak]
        cands = [_complete_name(c, text, ctx, lang, known, article.body_start) for c in cands]
    priority = opts.get("entities.priority", PRIORITY)
    article.entities = merge_mentions(_resolve_overlaps(cands, priority), text)


def _split_brackets(c: Candidate, text: str) -> list[Candidate]:
    """A model span with an unclosed bracket: ``Kementerian Perhubungan (Kemenhub`` → the name and, when
    the bracket closes right after the span, its short form (which then becomes an alias); ``SpOG(K`` →
    ``SpOG``. An unopened ``)`` ends the span."""
    if c.source == "gazetteer" or c.text.count("(") == c.text.count(")"):
        return [c]
    close = c.text.find(")")
    if close != -1 and "(" not in c.text[:close]:
        s, e = _strip(text, c.start, c.start + close)
        return [Candidate(s, e, text[s:e], c.type, c.source, weak=c.weak)] if e > s else []
    cut = c.text.rfind("(")
    s, e = _strip(text, c.start, c.start + cut)
    out = [Candidate(s, e, text[s:e], c.type, c.source, weak=c.weak)] if e - s >= 2 else []
    inner_s, inner_e = _strip(text, c.start + cut + 1, c.end)
    if out and text[c.end : c.end + 1] == ")" and inner_e - inner_s >= 2 and text[inner_s].isupper():
        out.append(Candidate(inner_s, inner_e, text[inner_s:inner_e], c.type, c.source, weak=c.weak))
    return out


def _resolve_overlaps(cands: list[Candidate], priority: str = "longest") -> list[Candidate]:
    """Keep non-overlapping candidates.

    ``ner`` (default; a ruler after the NER): statistical spans win and the gazetteer fills gaps (an identical
    span keeps the gazetteer's link; a statistical span strictly inside a gazetteer name gives way to it);
    ``gazetteer`` (a ruler before the NER): gazetteer names win any overlap;
    ``longest``: the longer span wins, on equal length gazetteer > NER. Weak capitalised spans come last.
    """
    rank = {"gazetteer": 0, "ner": 1, "caps": 2}
    if priority == "ner":
        rank = {"ner": 0, "gazetteer": 1, "caps": 2}
        # The same span from both: keep the gazetteer's, which carries the actor link.
        gaz = {(c.start, c.end) for c in cands if c.source == "gazetteer"}
        cands = [c for c in cands if c.source != "ner" or (c.start, c.end) not in gaz]
        # A statistical span strictly inside a known name is a split of it (`Uni` | `Eropa` in `Uni Eropa`).
        cands = [
            c
            for c in cands
            if c.source != "ner"
            or not any(s <= c.start and c.end <= e and e - s > c.end - c.start for s, e in gaz)
        ]

    def key(c: Candidate) -> tuple[int, ...]:
        if priority == "longest":
            return (c.source == "caps" and c.weak, -(c.end - c.start), rank[c.source], c.start)
        return (rank[c.source], -(c.end - c.start), c.start)

    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=key):
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    # A statistical span that contains a gazetteer name of a different type keeps its own type.
    return sorted(chosen, key=lambda c: c.start)


_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w'’-]*)")
_PREV_WORD = re.compile(r"([A-Z][\w'’-]*)[ \t]+$")


def _complete_name(
    c: Candidate, text: str, ctx: Context, lang: str, known: list[tuple[int, int]], body_start: int = 0
) -> Candidate:
    """Grow a statistical PERSON span over adjacent capitalised name words the model left out
    (``Teuku [Faizasyah]`` → ``Teuku Faizasyah``); titles, organisation words and other entities stop it."""
    if c.type != "PERSON" or c.source != "ner" or c.start < body_start:
        return c  # not in the headline: title case there makes every word look like a name

    def build_stops() -> frozenset[str]:
        titles = _words(ctx, lang, "person_titles")
        # every word of a multi-word title too: "Menteri Luar Negeri Sugiono" must not grow into "Luar Negeri"
        parts = {w for t in titles if " " in t for w in t.split()}
        return titles | parts | _words(ctx, lang, "org_words")

    stop = ctx.resources.cached(f"name_stops:{lang}", build_stops)
    s, e = c.start, c.end

    def free(a: int, b: int) -> bool:
        return not any(ks < b and a < ke for ks, ke in known)

    for _ in range(3):
        m = _PREV_WORD.search(text, max(0, s - 40), s)
        if not m or m.group(1).lower() in stop or m.group(1) in _STOP_START or not free(m.start(1), s):
            break
        if (m.group(1).isupper() and len(m.group(1)) >= 2) or _AFFIX_NOUN.fullmatch(m.group(1).lower()):
            break  # an office before the name: "Menteri [UMKM] Maman", "Menteri [Perhubungan] Dudy"
        before = text[max(0, m.start(1) - 2) : m.start(1)]
        if m.start(1) == 0 or before.endswith("\n") or before == ". ":
            break  # a sentence-initial word may be a common word
        s = m.start(1)
    for _ in range(3):
        m = _NEXT_WORD.match(text, e)
        if not m or m.group(1).lower() in stop or m.group(1) in _STOP_START or not free(e, m.end(1)):
            break
        e = m.end(1)
    if (s, e) == (c.start, c.end):
        return c
    return Candidate(s, e, text[s:e], c.type, c.source)


def _words(ctx: Context, lang: str, table: str) -> frozenset[str]:
    pack = ctx.resources.pack(lang)
    return ctx.resources.cached(f"{table}:{pack.lang}", lambda: pack.words(table))


def _common_word_at_start(c: Candidate, article: Article) -> bool:
    """A one-word model span that opens a sentence but is written in lower case elsewhere in the article is a
    common noun (``Korban``, ``Pemerintah``, ``Masyarakat``), not a name."""
    if c.source != "ner" or " " in c.text or not c.text[:1].isupper() or c.text.isupper():
        return False
    if not any(s.start == c.start for s in article.sentences):
        return False
    return re.search(rf"(?<![\w-]){re.escape(c.text.lower())}(?![\w-])", article.text) is not None


def _only_titles(text: str, ctx: Context, lang: str) -> bool:
    titles = _words(ctx, lang, "person_titles")
    return all(w.lower().strip(".") in titles for w in text.split())


def _trim_title(c: Candidate, ctx: Context, lang: str, text: str = "") -> Candidate:
    """``Presiden Joko Widodo`` → mention ``Joko Widodo`` typed PERSON (the title is not the name)."""
    if c.source == "gazetteer":
        return c
    titles = _words(ctx, lang, "person_titles")
    words = c.text.split(" ")
    # The span may also start inside a multi-word title: "Menteri [Luar Negeri Sugiono]".
    before = text[max(0, c.start - 40) : c.start].split()[-2:]
    i = 0
    while i < len(words) - 1:
        prev = [w.lower() for w in (before if i == 0 else words[:i])]
        for k in range(min(4, len(words) - 1 - i), 0, -1):
            head = [w.lower() for w in words[i : i + k]]
            if any(" ".join(prev[j:] + head) in titles for j in range(len(prev) + 1)):
                i += k
                break
        else:
            break
    if i == 0:
        return c
    cut = len(" ".join(words[:i])) + 1
    return Candidate(
        c.start + cut, c.end, c.text[cut:], "PERSON" if c.type in ("OTHER", "PERSON") else c.type, c.source
    )


_NAME_PARTICLES = frozenset({"bin", "binti", "van", "von", "der", "de", "da", "al", "el", "di", "la", "le"})
_AFFIX_NOUN = re.compile(r"(?:ke|pe|per|pen|pem|peng|peny)[a-z]{3,}an")  # Kesehatan, Perekonomian, Pertahanan


def _trim_person(
    c: Candidate, lower_words: set[str], orgs: frozenset[str], titled: bool, starts: set[int]
) -> Candidate:
    """Cut what is not the name off the front of a PERSON span: lower-case words (``disalip Alvaro Carpe``;
    not in other types: idner-news-2k's gold has ``kedutaan AS`` as a place), and before a name of two or
    more words an office or a common word (``[Menteri] Kesehatan Budi Gunadi Sadikin``, ``[Menteri] HAM
    Natalius Pigai``, ``[Direktur] Bank Hendra Lie``; ``Laga Alwi Farhan`` opening a sentence when the
    article writes ``laga`` in lower case)."""
    if c.type != "PERSON" or c.source == "gazetteer":
        return c
    words = list(re.finditer(r"\S+", c.text))
    k = 0
    while k < len(words) - 1 and words[k].group()[:1].islower() and words[k].group() not in _NAME_PARTICLES:
        k += 1
    while len(words) - k > 2:
        w = words[k].group().strip(".,")
        lw = w.lower()
        # an organisation word only after a title: "Team Liquid ID" is a team, "Direktur Bank X Y" a person
        acronym = w.isupper() and len(w) >= 2
        office = acronym or (titled and lw in orgs) or _AFFIX_NOUN.fullmatch(lw) is not None
        common = (titled or c.start + words[k].start() in starts) and lw in lower_words
        if not (office or common):
            break
        k += 1
    if k == 0:
        return c
    cut = words[k].start()
    return Candidate(c.start + cut, c.end, c.text[cut:], c.type, c.source, weak=c.weak)


#: Last words that end an organisation's name, never a person's ("Gresini Racing", "Istiqlal Global Fund").
_ORG_TAIL = frozenset(
    {"fund", "foundation", "group", "grup", "team", "racing", "institute", "corporation", "company"}
    | {"club", "fc", "cup", "festival", "league", "inc", "ltd", "tbk"}
)


def _name_after(c: Candidate, by_start: dict[int, Candidate], text: str) -> bool:
    """A PERSON candidate follows ``c``, past spaces, a comma and up to two place or body candidates
    (``by_start``: the article's candidates by start offset)."""
    pos = c.end
    for _ in range(3):
        pos += len(text[pos : pos + 3]) - len(text[pos : pos + 3].lstrip(" ,"))
        nxt = by_start.get(pos)
        if nxt is None:
            return False
        if nxt.type == "PERSON":
            return True
        pos = nxt.end
    return False


def _retype_person(
    c: Candidate, orgs: frozenset[str], titled: bool = False, name_after: bool = False
) -> Candidate:
    """A model PERSON span that opens with an organisation word — with no title before it, or with a title
    and a name after it — or ends with one is an organisation (``Mahkamah Agung``, ``Team Liquid``,
    ``Gresini Racing``, ``Kepala [Dinas Perdagangan DKI] Jakarta Andi Wijaya``; but ``Direktur [Bank Hendra
    Lie]`` is a person); one with a digit is no person's name (``MQ-9 Reaper``, ``Half Marathon 21K``) and
    becomes OTHER."""
    if c.type != "PERSON" or c.source == "gazetteer":
        return c
    words = [w.lower().strip(".,()") for w in c.text.split()]
    if any(ch.isdigit() for ch in c.text):
        kind = "OTHER"
    elif words and ((words[0] in orgs and (not titled or name_after)) or words[-1] in _ORG_TAIL):
        kind = "ORG"
    else:
        return c
    return Candidate(c.start, c.end, c.text, kind, c.source, weak=c.weak)


_LOWER_WORD = re.compile(r"\b[a-z][a-z-]+\b")
_CAP_WORD = r"(?:[A-Z][\w'’.-]*[\w]|[A-Z])"
_CONNECT = r"(?:bin|binti|van|von|der|de|da|al|el|of)"
_CAPS = re.compile(rf"{_CAP_WORD}(?:\s+(?:{_CONNECT}\s+)?{_CAP_WORD})*")
_STOP_START = frozenset(
    """
    Di Ke Dari Pada Dalam Untuk Dengan Oleh Yang Ini Itu Ia Dia Mereka Kami Kita Saya Namun Tetapi
    Sementara Selain Menurut Setelah Sebelum Saat Ketika Jika Sebab Karena Baca Juga Foto Sumber Kemarin
    Hari Kini Para Seorang Sejumlah Kedua Semua Sekitar Bahkan Adapun The A An In On At For And But He
    She They We It This That Senin Selasa Rabu Kamis Jumat Sabtu Minggu Januari Februari Maret April Mei
    Juni Juli Agustus September Oktober November Desember Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March June July August October December
    """.split()  # noqa: SIM905 - a word list reads best as text
)


#: Compass words: alone they are an adjective ("media Barat") or half a split place name ("Jakarta [Utara]").
DIRECTIONS = frozenset(
    {"barat", "timur", "utara", "selatan", "tengah", "tenggara", "west", "east", "north", "south"}
)


def _runs(text: str, covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Capitalised runs, cut around spans already found (gazetteer names) and around titles."""
    out = []
    for m in _CAPS.finditer(text):
        s, e = m.start(), m.end()
        for cs, ce in sorted(covered):
            if ce <= s or cs >= e:
                continue
            if cs > s:
                out.append((s, cs))
            s = max(s, ce)
        if s < e:
            out.append((s, e))
    return out


def _strip_titles(words: list[str], titles: frozenset[str]) -> int:
    """How many leading words are titles (one- or two-word titles such as ``Perdana Menteri``)."""
    i = 0
    while i < len(words):
        if i + 2 < len(words) and " ".join(words[i : i + 3]).lower() in titles:
            i += 3
        elif i + 1 < len(words) and f"{words[i]} {words[i + 1]}".lower() in titles:
            i += 2
        elif words[i].lower() in titles:
            i += 1
        else:
            break
    return i


def _capitalised_spans(
    article: Article, ctx: Context, lang: str, covered: list[tuple[int, int]], weak_only: bool = False
) -> list[Candidate]:
    """Runs of capitalised words, typed by cue words: the baseline when no NER model is loaded.

    With ``weak_only`` (next to a statistical NER) they are kept only when they join another mention.
    """
    text = article.text
    titles = _words(ctx, lang, "person_titles")
    orgs = _words(ctx, lang, "org_words")
    out: list[Candidate] = []
    sent_starts = {s.start for s in article.sentences} | {0, article.body_start}
    # Words the article also uses in lower case are common words when they open a sentence.
    lower_words = set(_LOWER_WORD.findall(text))
    for s, e in _runs(text, covered):
        s, e = _strip(text, s, e)
        words = text[s:e].split()
        had_title = False
        while words:
            k = _strip_titles(words, titles)
            if k:
                had_title = True
            elif words[0] in _STOP_START or (s in sent_starts and words[0].lower() in lower_words):
                k = 1
            else:
                break
            s += len(" ".join(words[:k]))
            s, e = _strip(text, s, e)
            words = words[k:]
        if not words or e <= s:
            continue
        span = text[s:e].rstrip(".")
        e = s + len(span)
        if len(span) < 2 or (lang == "id" and span.lower() in DIRECTIONS):
            continue  # "media Barat", "kawasan Timur": a direction alone is an adjective, not a name
        acronym = span.isupper() and 2 <= len(span) <= 6
        weak = len(words) == 1 and not acronym and (s in sent_starts or len(span) < 3)
        if s < article.body_start:  # the headline is in title case: no evidence there
            continue
        first = words[0].lower()
        before = [w.lower() for w in text[max(0, s - 50) : s].split()[-4:]]
        pairs = zip(["", *before][: len(before)], before, strict=True)
        titled = had_title or any(w in titles or f"{a} {w}" in titles for a, w in pairs)
        if first in orgs or any(w.lower() in orgs for w in words[:2]) or (span.isupper() and len(span) <= 6):
            etype = "ORG"
        elif titled and not any(c.isdigit() for c in span):
            etype = "PERSON"
        else:
            etype = "OTHER"
        # Next to a statistical NER only titled multi-word names stand on their own ("Menteri X Y").
        keep = etype == "PERSON" and len(words) > 1 and not weak
        out.append(Candidate(s, e, span, etype, "caps", weak=weak or (weak_only and not keep)))
    return out


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and not (text[s].isalnum()):
        s += 1
    while e > s and not (text[e - 1].isalnum() or text[e - 1] in ".)"):
        e -= 1
    return s, e


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


def merge_mentions(cands: list[Candidate], text: str = "") -> list[Entity]:
    """Group candidate mentions into entities (see the module docstring for the rules)."""
    # "Komisi Pemberantasan Korupsi (KPK)": the bracketed short form is an alias of the long name.
    alias_of: dict[int, int] = {}
    for i in range(len(cands) - 1):
        a, b = cands[i], cands[i + 1]
        if text[a.end : b.start] == " (" and text[b.end : b.end + 1] == ")" and len(b.text) < len(a.text):
            alias_of[i + 1] = i
    groups: list[list[Candidate]] = []
    by_kb: dict[str, int] = {}
    by_norm: dict[str, int] = {}
    persons: list[tuple[set[str], int]] = []

    def add(c: Candidate, gi: int | None) -> int:
        if gi is None:
            groups.append([c])
            gi = len(groups) - 1
        else:
            groups[gi].append(c)
        if c.kb_id:
            by_kb.setdefault(c.kb_id, gi)
        by_norm.setdefault(_norm(c.text), gi)
        return gi

    # Longer mentions first so that short forms can join them.
    order = sorted(range(len(cands)), key=lambda i: (-len(cands[i].text.split()), cands[i].start))
    assigned: dict[int, int] = {}
    for i in order:
        c = cands[i]
        gi: int | None = None
        if c.kb_id and c.kb_id in by_kb:
            gi = by_kb[c.kb_id]
        elif _norm(c.text) in by_norm:
            gi = by_norm[_norm(c.text)]
        elif c.type in ("PERSON", "OTHER"):
            words = set(_norm(c.text).split())
            for pw, pg in persons:
                g0 = groups[pg][0]
                if words and words < pw and len(words) <= 2 and (g0.type == "PERSON" or c.type == "PERSON"):
                    gi = pg
                    break
        if gi is None and c.weak:
            continue
        gi = add(c, gi)
        assigned[i] = gi
        for j, target in alias_of.items():
            if target == i:
                by_norm.setdefault(_norm(cands[j].text), gi)
        # Short person forms may join a longer name, also one the model mistyped ("Kaja Kallas" as LOC).
        multi = 1 < len(c.text.split()) <= 4
        if multi and (c.type == "PERSON" or (c.source == "ner" and c.type in ("LOC", "ORG"))):
            persons.append((set(_norm(c.text).split()), gi))
    return _entities(groups, cands, frozenset(cands[j].text for j in alias_of))


def _entities(
    groups: list[list[Candidate]], cands: list[Candidate], short_forms: frozenset[str] = frozenset()
) -> list[Entity]:
    ents: list[tuple[int, Entity]] = []
    for g in groups:
        g.sort(key=lambda c: c.start)
        # A bracketed short form and its repetitions take the long name's type ("Asosiasi Pengusaha
        # Indonesia (Apindo)", then "Apindo"): the model often types the bare acronym PERSON.
        typed = [c for c in g if c.type != "OTHER"]
        types = [c.type for c in typed if c.text not in short_forms] or [c.type for c in typed]
        # Majority type; a tie goes to PERSON (names the model mistypes are mostly people).
        etype = max(sorted(set(types)), key=lambda t: (types.count(t), t == "PERSON")) if types else "OTHER"
        kb = next((c for c in g if c.kb_id), None)
        longest = max(g, key=lambda c: (len(c.text), -c.start))
        name = kb.name if kb and kb.name else longest.text
        surface = sorted({c.text for c in g} - {name})
        ent = Entity(
            id="",
            name=name,
            type=kb.type if kb else etype,  # type: ignore[arg-type]
            country=kb.country if kb else None,
            sector=kb.sector if kb else None,
            kb_id=kb.kb_id if kb else None,
            aliases=surface,
            mentions=[Mention(start=c.start, end=c.end, text=c.text) for c in g],
        )
        ents.append((g[0].start, ent))
    ents.sort(key=lambda x: x[0])
    for n, (_, ent) in enumerate(ents, start=1):
        ent.id = f"e{n}"
    return [e for _, e in ents]
