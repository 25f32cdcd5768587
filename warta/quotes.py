"""Quotations: direct (in quote marks), indirect (reported speech) and mixed, with cue and speaker.

Method (rules; see ``docs/quotes.md``):

1. **Direct quotes** — a state machine over the quote marks of the whole text (“ ” " „ « » ‘ ’). ``”`` and
   ``"`` both open and close; an orphan closer followed by a cue (``…,” kata X``) recovers the quote from
   the
   start of its paragraph. A paragraph that opens a quote and does not close it continues into the next one
   (at most :data:`MAX_PARAS` paragraphs; otherwise the quote ends with its first paragraph), so unbalanced
   marks
   never swallow the article. Short quoted spans without a cue (scare quotes, titles, nicknames, single
   words)
   are not quotes.
2. **Cues** — ``warta/lang/<lang>/cues.tsv`` (word, root, kind, use): after the quote (``“…,” ujarnya``),
   before it (``X mengatakan, “…”``), ``Menurut X, …`` and passive ``Hal itu disampaikan X``.
3. **Indirect and mixed quotes** — per sentence: ``X mengatakan (bahwa) …``, ``X meminta agar …``,
   ``Menurut X, …``, ``…, kata X.``, ``X said (that) …``, ``according to X``. A reported clause that
   contains a
   quoted fragment is *mixed*.
4. **Speakers** — the subject of the cue (from the parse when ``ctx.doc`` exists, else the clause before the
   cue),
   the name after a post-posed cue, or the layout: a quote without a cue keeps the speaker of the quote just
   before it, or ``Hal itu disampaikan X`` after it. Pronouns and ``-nya`` resolve to the last person in
   subject position, else the last speaker, else the last person. A bare title (``kata Presiden``) links to
   the
   person named earlier with that title; role descriptions stay in ``speaker_text`` only.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from warta.actors.resolve import actor_table
from warta.pipeline import Context, register
from warta.record import Article, Entity, Mention, Quote, Span


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


MIN_WORDS = 4  # a quoted passage without a cue needs this many words (scare quotes, titles are shorter)
MID_MIN_WORDS = 8  # ... and this many when the mark opens mid-sentence
MAX_PARAS = 4  # an unclosed quote runs on into at most this many further paragraphs
USE_PARSE = False
#: Stance verbs as cues (option ``quotes.stance``): off, a quotation is something said or written.
STANCE = False

# Nouns of relation: "<noun> X" names someone else than X when X is already known in the article.
_RELATIONAL = frozenset(
    """
    pengacara kuasa istri suami anak ayah ibu keluarga kakak adik kerabat tetangga rekan teman
    lawyer attorney wife husband son daughter father mother family brother sister neighbour neighbor
    """.split()  # noqa: SIM905 - a word list reads best as text
)

MAX_SPEAKER_WORDS = 10

PRONOUNS = {
    "id": frozenset({"ia", "dia", "beliau", "mereka", "nya", "saya", "kami", "aku", "pihaknya", "dirinya"}),
    "en": frozenset({"he", "she", "they", "i", "we", "it"}),
}
PLURAL = frozenset({"mereka", "they", "we", "kami"})
# Words that end a speaker phrase after a post-posed cue: "kata X di Jakarta, Senin".
_STOP = {
    "id": _wordset(
        "di dalam saat ketika kepada pada usai seusai melalui lewat dengan dalam seperti sebagaimana "
        "sambil sembari kemarin hari yang dan atau senin selasa rabu kamis jumat sabtu minggu kepada "
        "ketika saat menjawab menanggapi soal terkait mengenai tentang bahwa"
    ),
    "en": _wordset(
        "in at on during after before when while to told in a an the that on monday tuesday wednesday "
        "thursday friday saturday sunday yesterday today last this according as"
    ),
}
_LEAD = {  # connectors that open a sentence before the speaker: "Sementara itu, ..."
    "id": re.compile(
        r"^(?:sementara itu|selain itu|namun|tetapi|di sisi lain|adapun|kemudian|lebih lanjut|"
        r"sebelumnya|terpisah|secara terpisah|dalam kesempatan (?:itu|tersebut)|saat itu|dia juga|"
        r"ia juga|sedangkan|sementara)\s*,?\s*",
        re.I,
    ),
    "en": re.compile(
        r"^(?:meanwhile|however|but|and|also|separately|earlier|later|in a statement)\s*,?\s*", re.I
    ),
}
_COMPLEMENTISER = {
    "id": re.compile(
        r"^\W*(?:\S+\s+){0,6}?(?:bahwa|agar|supaya|untuk|akan|bisa|dapat|harus|segera|tidak|tak|"
        r"bukan|belum|sudah|telah)\b",
        re.I,
    ),
    "en": re.compile(r"^\W*(?:\S+\s+){0,6}?(?:that|to|for|whether|if|why|how|what|about)\b", re.I),
}
_THAT = {
    "id": re.compile(r"^[\s,:]*(?:bahwa\s+|jika\s+|kalau\s+)?", re.I),
    "en": re.compile(r"^[\s,:]*(?:that\s+)?", re.I),
}
_RECAP = {  # "Hal itu disampaikan X ..." after a quote names its speaker
    "id": re.compile(
        r"^\s*(?:hal (?:itu|tersebut|ini)|pernyataan (?:itu|tersebut|ini)|demikian(?: pula)?|"
        r"itu|ini|penjelasan (?:itu|tersebut)|keterangan (?:itu|tersebut))\s+(?:juga\s+)?(?:\w+\s+)?$",
        re.I,
    ),
    "en": re.compile(r"^\s*(?:that|this|the statement)\s+(?:was|is)\s+$", re.I),
}
_OPEN_MARKS = '“„«‘"”'
_TWO_APOSTROPHES = re.compile(r"(?<!\w)''(?=\w)|(?<=[\w.,?!])''(?!\w)")
_CLOSERS = {"“": '”“"', "„": "“”", "«": "»", "‘": "’", '"': '"”“', "”": '”“"'}
_MARK = re.compile(r"[“”\"„«»‘’]")
_DOUBLE_MARK = re.compile(r"[“”\"„«»]")
_WORD = re.compile(r"[\w’'.-]*\w|\w")
_CLAUSE_END = re.compile(r"[.,;:!?\n“”\"«»()]|\s[-–—]\s")
_SENT_END = re.compile(r"(?<=[.!?])[\"”’»]*\s+(?=[\"“‘«(]?[A-Z0-9])|\n")


@dataclass
class CueLexicon:
    """The cue table of one language, with the compiled regexes."""

    lang: str
    use: dict[str, str]  # word -> post | both | comp | passive | prep | pre (verbal acts included)
    words: re.Pattern[str]
    pronouns: frozenset[str]
    stop: frozenset[str]
    titles: frozenset[str]
    orgs: frozenset[str] = frozenset()
    appraise: frozenset[str] = frozenset()  # cues only as ``X called Y a Z`` (use ``appraise``, default mode)

    def kind(self, word: str) -> str | None:
        return self.use.get(word.lower())


_EN_PAST = frozenset(
    "met held took made gave sent told said went came saw won lost left led put set began spoke wrote".split()  # noqa: SIM905 - a word list reads best as text
)


_EN_AUX_TAIL = re.compile(
    r"(?:\s+(?:has|had|have|was|were|is|are|also|then|frequently|later|again|who|which|that|when|while|as))+$",
    re.I,
)
_EN_DETERMINER_BEFORE = re.compile(r"(?<![\w’'])(?:the|a|an|its|their|his|her|our)\s+$", re.I)
#: Sentence-initial words that make no name: ``The storm``, ``A car``, ``Thousands of …``.
_EN_LEADING = _wordset(
    "the a an this that these those its their his her our some many several thousands hundreds dozens"
)
#: An indefinite noun phrase right before ``called``: ``a project called …`` introduces a name.
_EN_NAMED = re.compile(r"(?<![\w’'])(?:a|an)\s+(?:[\w’'-]+\s+){1,4}$", re.I)
#: ``called Y a Z`` / ``called Y “…”``: an object (pronoun, determiner phrase or name), then a noun phrase
#: or a quote.
_EN_APPRAISAL = re.compile(
    r"\s+(?:it|him|her|them|us|me|you|this|that|these|those"
    r"|(?:the|his|her|its|their|our|this|that)\s+[\w’'-]+(?:\s+[\w’'-]+){0,5}?"
    r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?:(?:a|an)\s+\w|[“\"‘])"
)
#: A place or direction right after an attitude verb: ``slammed into``, ``blasted through``.
_EN_PLACE_AFTER = re.compile(
    r"\s*(?:into|onto|in|on|at|with|from|through|across|over|off|up|down|out|away|past|around|along|back)\b",
    re.I,
)


def _after_relative(text: str, s: int, e: int, pronouns: frozenset[str]) -> tuple[int, int]:
    """``which they both`` → ``they both`` when a pronoun or a name follows the relative pronoun."""
    m = re.match(r"\s*(?:which|who|that)\s+(\S+)", text[s:e], re.I)
    if m and (m.group(1).lower() in pronouns or m.group(1)[:1].isupper()):
        return s + m.start(1), e
    return s, e


def _first_conjunct_subject(text: str, s: int, e: int, coordinated: bool = False) -> int:
    """English ``X verbed … and said …`` (or ``X verbed …, noting …`` when ``coordinated``): the speaker
    phrase ends before the first conjunct's verb (``North Korea condemned the measures and`` → ``North
    Korea``). Returns the new end."""
    phrase = text[s:e]
    if not coordinated and not re.search(r"\s(?:and|but|then)$", phrase):
        return e
    for m in re.finditer(r"\S+", phrase):
        w = m.group()
        if m.start() and w.islower() and (w.endswith("ed") or w in _EN_PAST):
            return s + len(phrase[: m.start()].rstrip())
    return e


def build_lexicon(ctx: Context, lang: str) -> CueLexicon:
    """The cue lexicon of ``lang`` (cached per pipeline).

    Verbs of verbal acts (use ``verbal``: ``criticized``, ``condemned``, ``praised`` …) are cues like the
    attitude and intention verbs of use ``pre`` (``welcomed``, ``supported``, ``wants to`` …), which also name
    deeds and plans and are cues only with option ``quotes.stance`` (attribution in the wider sense of
    PolNeAR/PARC)."""
    pack = ctx.resources.pack(lang)
    stance = bool(ctx.resources.options.get("quotes.stance", STANCE))

    def build() -> CueLexicon:
        use: dict[str, str] = {}
        appraise: set[str] = set()
        for r in pack.table("cues"):
            kind = r.get("use") or "both"
            if kind == "appraise":  # `X called Y a Z`: a verbal act only in that construction
                kind = "pre" if stance else "verbal"
                if not stance:
                    appraise.add(r["word"].lower())
            if r.get("word") and (stance or kind != "pre"):
                use[r["word"].lower()] = "pre" if kind == "verbal" else kind
        alt = "|".join(sorted((re.escape(w) for w in use), key=len, reverse=True)) or "(?!x)x"
        code = "en" if pack.lang == "en" else "id"
        titles = frozenset(w.lower() for w in pack.words("person_titles"))
        orgs = frozenset(w.lower() for w in pack.words("org_words")) | _NOT_NAME
        return CueLexicon(
            pack.lang,
            use,
            re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.I),
            PRONOUNS[code],
            _STOP[code],
            titles,
            orgs,
            frozenset(appraise),
        )

    return ctx.resources.cached(f"quote-cues:{pack.lang}:{stance}", build)


# -- direct quotes ---------------------------------------------------------------------------------------
def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and after.isalnum()


def _para_bounds(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, (len(text) if e == -1 else e)


def find_quoted(text: str, is_cue_after: Any = None) -> list[tuple[int, int]]:
    """(start, end) of the content of each passage in quote marks, marks excluded.

    ``is_cue_after(pos)`` tells whether a reporting cue follows ``pos`` (a lone ``”`` then closes).
    """
    out: list[tuple[int, int]] = []
    marks = [m.start() for m in _MARK.finditer(text)]
    n = len(marks)
    k = 0
    while k < n:
        i = marks[k]
        ch = text[i]
        k += 1
        if ch in "’»" or (ch == "‘" and (_is_apostrophe(text, i) or not text[i + 1 : i + 2].isalnum())):
            continue
        if ch in '”"' and is_cue_after is not None and is_cue_after(i + 1):
            # A closer without its opener: the quote started at the beginning of the paragraph.
            ps, _ = _para_bounds(text, i)
            if ps < i and len(text[ps:i].split()) >= 2:
                out.append(_trim(text, ps, i))
            continue
        start = i + 1
        closers = _CLOSERS.get(ch, "”")
        first_para_end = _para_bounds(text, i)[1]
        paras = 0
        closed = False
        while k < n:
            j = marks[k]
            c = text[j]
            between_nl = text.count("\n", i + 1, j)
            if between_nl:
                paras += 1 if text.find("\n", i + 1, j) != -1 else 0
                if paras > MAX_PARAS:
                    break
                # The next paragraph re-opens the quote: skip that mark and go on.
                ps, _ = _para_bounds(text, j)
                if j == _skip_space(text, ps) and c in _OPEN_MARKS:
                    i = j
                    k += 1
                    continue
            if c in closers and not (c == "’" and _is_apostrophe(text, j)):
                if c in "“" and j + 1 < len(text) and text[j + 1].isalpha() and text[j - 1].isspace():
                    # A new opening mark: the running quote ended before it (at the end of its paragraph).
                    break
                out.append(_trim(text, start, j))
                k += 1
                closed = True
                break
            if c == "’" and _is_apostrophe(text, j):
                k += 1
                continue
            if c in "“„«" and text.count("\n", start, j):
                break  # another quote opens in a later paragraph: this one ended with its paragraph
            k += 1
        if not closed:
            # Unclosed: the quote is its first paragraph (never more), when it says something.
            end = first_para_end
            if len(text[start:end].split()) >= MIN_WORDS:
                out.append(_trim(text, start, end))
            # resume scanning after that paragraph
            while k < n and marks[k] < end:
                k += 1
    return [(s, e) for s, e in out if e > s]


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t":
        i += 1
    return i


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in _OPEN_MARKS):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in '”"’»,'):
        e -= 1  # "…,” kata X": the comma belongs to the attribution
    return s, e


# -- the stage --------------------------------------------------------------------------------------------
@dataclass
class _Found:
    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None = None
    speaker_span: tuple[int, int] | None = None
    pronoun: str | None = None
    speaker: str | None = None
    speaker_text: str | None = None
    marks: list[tuple[int, int]] = field(default_factory=list)


@register("quotes")
def quotes_stage(article: Article, ctx: Context) -> None:
    """Fill ``article.quotes`` with direct, indirect and mixed quotations, their cues and speakers."""
    lang = "en" if (article.language or "id").startswith("en") else "id"
    lex = build_lexicon(ctx, lang)
    # The parse-based speaker (subject of the cue) is off by default: with the current Indonesian parser
    # (GSD LAS 0.69) it lowered speaker accuracy on the dev set from 0.885 to 0.844 (docs/quotes.md).
    org_words = ctx.resources.cached(f"org_words:{lang}", lambda: ctx.resources.pack(lang).words("org_words"))
    finder = _Finder(
        article, lex, ctx.doc if ctx.resources.options.get("quotes.use_parse", USE_PARSE) else None
    )
    finder.org_words = org_words
    finder.known_body = actor_table(ctx).lookup
    finder.add_shadow(_shadow_names(article, ctx, lang))
    found = finder.run()
    quotes = []
    for k, f in enumerate(found, 1):
        cue = article.span(*f.cue) if f.cue else None
        quotes.append(
            Quote(
                id=f"q{k}",
                start=f.start,
                end=f.end,
                text=article.text[f.start : f.end],
                kind=f.kind,
                cue=cue,
                speaker=f.speaker,
                speaker_text=f.speaker_text,
                sentence=article.sentence_index(f.start),
            )
        )
    article.quotes = quotes


def _shadow_names(article: Article, ctx: Context, lang: str) -> list[tuple[int, int, Entity]]:
    """Capitalised names the entity stage left out (a statistical NER misses many names: ``ujar Parwati``,
    ``Menurut Ranny, …``, ``Abdian Saputra, Koordinator …``): candidate mentions ``(start, end, entity)``.

    A short form of a PERSON entity's name (``Ranny`` of ``Ranny Rastati``) points to that entity; any other
    name gets a provisional entity (id ``_s…``) that joins the record only when it becomes a speaker."""
    from warta.entities import DIRECTIONS, _capitalised_spans, merge_mentions

    text = article.text
    covered = [(m.start, m.end) for e in article.entities for m in e.mentions]
    lex = build_lexicon(ctx, lang)
    lower = set(_LOWER.findall(text))

    def name_like(c: Any) -> bool:
        words = [w.lower().strip(".,") for w in c.text.split()]
        return (
            c.start > 0
            and not (text[c.start - 1].isalnum() or text[c.start - 1] in "-/")
            and _looks_like_name(c.text)
            and not c.text.isupper()
            and words[0] not in lower  # "Umum", "Perwakilan": common words written capitalised
            and not (len(words) == 1 and words[0] in DIRECTIONS)  # "laporan media Barat"
            and not any(w in lex.orgs or w in lex.titles or w in _ROLE_NOUNS for w in words)
        )

    cands = [
        c
        for c in _capitalised_spans(article, ctx, lang, covered)
        if not c.weak and c.type in ("PERSON", "OTHER") and name_like(c)
    ]
    if not cands:
        return []
    persons = [(e, set(_norm(e.name).split())) for e in article.entities if e.type == "PERSON"]
    out: list[tuple[int, int, Entity]] = []
    for k, ent in enumerate(merge_mentions(cands, article.text), 1):
        words = set(_norm(ent.name).split())
        host = next((p for p, pw in persons if words and len(words) <= 2 and words < pw), None)
        if host is None:
            ent.id = f"_s{k}"
            ent.type = "OTHER"
        for m in ent.mentions:
            out.append((m.start, m.end, host or ent))
    return out


_LOWER = re.compile(r"(?<![\w-])[a-z][a-z-]+\b")


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


class _Finder:
    """Everything about one article: sentences, quoted spans, cue matches, entity mentions."""

    def __init__(self, article: Article, lex: CueLexicon, doc: Any) -> None:
        self.a = article
        # Two apostrophes as a quote mark (''…'', in some US newspapers' text) read as one '"' plus a space:
        # same length, so every offset stays an offset of the article text.
        self.text = _TWO_APOSTROPHES.sub('" ', article.text)
        self.lex = lex
        self.lang = "en" if lex.lang == "en" else "id"
        self.doc = doc
        self.sents = [(s.start, s.end) for s in article.sentences] or _split_sentences(self.text)
        if self.lang == "en":
            # English: punctuation rules only. A statistical sentence recogniser cuts news sentences inside
            # names and attributions (``Coulter told radio host | Hugh Hewitt that …``), which splits a
            # reporting verb from its content.
            self.sents = _rule_sentences(self.text) or self.sents
            # ``… critics. ''They are …'' he said.``: two apostrophes opening a quote read as '" ', which the
            # punctuation rules do not take for a sentence start
            split: list[tuple[int, int]] = []
            for ss, se in self.sents:
                start = ss
                for m in re.finditer(r"(?<=[.!?])\s+(?=\" [A-Z])", self.text[ss:se]):
                    split.append((start, ss + m.start()))
                    start = ss + m.end()
                split.append((start, se))
            self.sents = split
        self.mentions = sorted(
            ((m.start, m.end, e) for e in article.entities for m in e.mentions), key=lambda x: x[0]
        )
        self.cue_hits = [(m.start(), m.end()) for m in lex.words.finditer(self.text)]
        self.cue_at = {s: e for s, e in self.cue_hits}
        self._by_end = sorted(self.mentions, key=lambda x: (x[1], x[0]))
        self._mention_ends = [me for _ms, me, _e in self._by_end]
        self._speakers: set[str] = set()
        self.org_words: frozenset[str] = frozenset()
        #: Actor-table lookup for bodies named in a speaker phrase (set by the stage).
        self.known_body: Any = None
        self._described: dict[str, bool] = {}
        self._quoted: list[tuple[int, int]] = []
        self._reported_spans: list[tuple[int, int]] = []
        self._places: frozenset[str] | None = None
        self._lower = set(_LOWER.findall(self.text))

    def add_shadow(self, shadow: list[tuple[int, int, Entity]]) -> None:
        """Names the entity stage missed, as candidate mentions (see :func:`_shadow_names`)."""
        if not shadow:
            return
        self.mentions = sorted([*self.mentions, *shadow], key=lambda x: x[0])
        self._by_end = sorted(self.mentions, key=lambda x: (x[1], x[0]))
        self._mention_ends = [me for _ms, me, _e in self._by_end]

    def _materialise(self, f: _Found) -> None:
        """A provisional name that became a speaker joins the record's entities (a PERSON)."""
        if not (f.speaker and f.speaker.startswith("_s")):
            return
        ent = next((e for _s, _e, e in self.mentions if e.id == f.speaker), None)
        if ent is None:
            f.speaker = None
            return
        ent.id = self._next_entity_id()
        if _looks_like_name(ent.name) and not self._not_name(ent.name):
            ent.type = "PERSON"
        self.a.entities.append(ent)
        f.speaker = ent.id

    # -- cue helpers --------------------------------------------------------------------------------
    def _cue_after(self, pos: int) -> tuple[tuple[int, int], tuple[int, int] | None, str | None] | None:
        """``…,” kata X`` / ``…,” ujarnya`` / ``…,” X menambahkan`` / ``…,” said X``: cue within 4 words."""
        text = self.text
        m = re.compile(r"[\s,.]*").match(text, pos)
        p = m.end() if m else pos
        if text[pos:p].count("\n"):
            return None
        end = _clause_end(text, p)
        words = list(_WORD.finditer(text, p, end))[:5]
        for i, w in enumerate(words):
            use = self.lex.kind(w.group(0))
            if use == "pre":
                continue  # attitude verbs never close a quote: "…,” Trump criticized"
            if use is None or use == "passive":
                if use == "passive" and i == 0:
                    pass
                else:
                    continue
            if use == "prep":  # "…,” menurut X"
                if i == 0:
                    sp = self._phrase_after(w.end())
                    return (w.start(), w.end()), sp, None
                continue
            word = w.group(0).lower()
            if self.lang == "id" and word.endswith("nya") and word[:-3] in self.lex.use:
                return (w.start(), w.end()), None, "nya"
            if self.lang == "en" and self._not_cue_after_en(pos, p, words, i):
                return None
            if i == 0:
                sp = self._phrase_after(w.end())
                if sp is None and use in ("both", "comp"):
                    return None
                return (w.start(), w.end()), sp, None
            # speaker before the cue: "…,” Budi menambahkan."
            if use in ("both", "comp") or self.lang == "en":
                first = words[0]
                return (w.start(), w.end()), (first.start(), words[i - 1].end()), None
            return None
        if self.lang == "en" and words and words[0].group(0)[:1].isupper():
            # "…,” Jeb Bush, the former Florida governor, told reporters.": a cue after an apposition
            stop = _MARK.search(text, end, min(self._sentence_of(p)[1], end + 160))
            tail = text[end : stop.start() if stop else min(self._sentence_of(p)[1], end + 160)]
            for m2 in re.finditer(r",\s*(?:(?:also|then|later)\s+)?([a-z]+)\b", tail):
                if self.lex.kind(m2.group(1)) in ("both", "comp"):
                    cs = end + m2.start(1)
                    return (cs, cs + len(m2.group(1))), (words[0].start(), end), None
        return None

    def _not_cue_after_en(self, pos: int, p: int, words: list[re.Match[str]], i: int) -> bool:
        """English: a cue after a closing mark that opens reported speech of its own does not close the
        quote: ``“… heart.” He said he recognizes …`` (a new sentence), ``“The Show,” said in an interview
        that …`` (no speaker after the cue: a preposition follows)."""
        text = self.text
        w = words[i]
        se = self._sentence_of(w.start())[1]
        if i == 0:
            nxt = _WORD.match(text, _skip_space(text, w.end()))
            if nxt and nxt.group(0).lower() in _EN_SPEAKER_STOP:
                return True
        closed = re.search(r"[.!?][”\"’»]*\s*$", text[max(0, pos - 4) : p])
        new_sentence = bool(closed) and words[0].group(0)[:1].isupper()
        return self._en_clausal(w.end(), se, long=6 if new_sentence else 99)

    def _phrase_after(self, pos: int) -> tuple[int, int] | None:
        """The speaker phrase after a cue: up to a clause end or a preposition; a role followed by
        ``, Name`` (``kata Direktur X Kemlu, Judha Nugraha``) runs on to the name."""
        text = self.text
        end = _phrase_end(text, pos)
        words = list(_WORD.finditer(text, pos, end))
        keep = []
        for w in words[: MAX_SPEAKER_WORDS + 10]:
            lw = w.group(0).lower()
            if keep and (lw in self.lex.stop or lw in _AFTER_SPEAKER):
                break
            if self.lex.kind(lw) and keep:
                break
            keep.append(w)
        if not keep:
            return None
        s, e = keep[0].start(), keep[-1].end()
        ext = self._role_run(s) if self.lang == "id" else None
        if ext is not None and ext > e:
            return s, ext
        if len(keep) == len(words) and text[end : end + 1] == ",":
            m = _APPOSITION_NAME.match(text, end)
            first = text[s:e].split()[0].lower()
            if m and (not self._names_person(s, e) or first in self.lex.titles or first in _ROLE_NOUNS):
                e = m.end(1)
        return s, e

    def _role_run(self, s: int) -> int | None:
        """End of a role phrase that runs over ``dan`` and commas to the name closing it: ``kata Menteri
        Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD dalam …``, ``kata Camat Neglasari,
        Kabupaten Tangerang, Ubaidillah Ansar, Sabtu …``. None unless the phrase opens with a title or role
        noun and the run ends with a capitalised word."""
        text = self.text
        first = _WORD.match(text, s)
        if first is None:
            return None
        fw = first.group(0).lower()
        if fw not in self.lex.titles and fw not in _ROLE_NOUNS:
            return None
        end = None
        p = s
        for n, m in enumerate(_ROLE_TOKEN.finditer(text, s)):
            if m.start() != p or n > 24:
                break
            tok = m.group(1)
            word = tok.strip(" ,()")
            low = word.lower()
            if tok.startswith((",", "(")) or low in ("dan", "and", "of", "for", "serta", "&"):
                pass
            elif word[:1].isupper() or (word[:1].isdigit() and "-" in word):
                if _DAY.fullmatch(low):
                    break
                end = m.start(1) + len(tok.rstrip(" ,"))
            else:
                break
            p = m.end()
        return end

    def _names_person(self, s: int, e: int) -> bool:
        return any(s <= ms and me <= e and self._person_like(ent) for ms, me, ent in self.mentions)

    def _is_cue_after(self, pos: int) -> bool:
        text = self.text
        m = re.compile(r"[ \t]*").match(text, pos)
        p = m.end() if m else pos
        w = _WORD.match(text, p)
        if not w or text[pos - 2 : pos - 1] not in ",.?!":
            return False
        use = self.lex.kind(w.group(0))
        return use in ("post", "both") and (w.group(0)[0].islower() or self.lang == "en")

    def _cue_before(
        self, pos: int, sent_start: int
    ) -> tuple[tuple[int, int], tuple[int, int] | None, str | None] | None:
        """``X mengatakan, “…”`` / ``Menurut X, “…”`` / ``X said: "…"``: a cue ends the clause before it."""
        text = self.text
        seg_start = max(sent_start, text.rfind("\n", 0, pos) + 1)
        before = text[seg_start:pos]
        stripped = before.rstrip()
        # Allow ", " ": " and "bahwa" between cue and mark.
        tail = re.search(r"(?:[,:]\s*)?(?:\b(?:bahwa|that)\s*)?$", stripped, re.I)
        core_end = seg_start + (tail.start() if tail else len(stripped))
        core = text[seg_start:core_end].rstrip()
        wm = list(_WORD.finditer(core))
        if not wm:
            return None
        # "Menurut X, “…”"
        for w in wm[:3]:
            if self.lex.kind(w.group(0)) == "prep":
                sp_s = w.end() + (
                    3 if self.lang == "en" and core[w.end() : w.end() + 3].lower() == " to" else 0
                )
                sp = self._phrase_after(sp_s)
                return (seg_start + w.start(), seg_start + w.end()), sp, None
        last = wm[-1]
        use = self.lex.kind(last.group(0))
        if use in ("both", "comp", "post", "pre"):
            cs, ce = seg_start + last.start(), seg_start + last.end()
            word = last.group(0).lower()
            if self.lang == "id" and word.endswith("nya"):
                return (cs, ce), None, "nya"
            if word in self.lex.appraise:
                return None  # "what's called “farmer's lung”": a name (an appraisal has an object first)
            sp = self._subject_before(cs, seg_start)
            if sp is None and use == "post":
                return None
            return (cs, ce), sp, None
        return None

    def _subject_before(self, cue_start: int, seg_start: int) -> tuple[int, int] | None:
        """The subject phrase before a cue verb (the parse's nsubj when there is a parse)."""
        parsed = self._parse_subject(cue_start)
        if parsed:
            return parsed
        found = self._phrase_before(cue_start, seg_start)
        if found is None:
            return None
        if self.lang == "en":
            # "The President reaffirmed the partnership, and pledged …", "…, noting …": the main subject
            if re.fullmatch(r"\s*,\s*(?:and\s+)?", self.text[found[1] : cue_start]) is None:
                return found
            end = _first_conjunct_subject(self.text, *found, coordinated=True)
            end = found[0] + len(_EN_AUX_TAIL.sub("", self.text[found[0] : end]))
            return (found[0], end) if self._speakerish(self.text[found[0] : end].split()) else found
        if self.lang != "id":
            return found
        between = self.text[found[1] : cue_start]
        rel = re.search(r",\s*yang\s*$", between) is not None
        # "Danang Parikesit membuka prosesi …, (dan) mengatakan …": the subject of the first clause
        coordinated = re.fullmatch(r"\s*,\s*(?:dan\s+|serta\s+)?", between) is not None
        return _id_subject(self.text, *found, relative=rel, coordinated=coordinated)

    def _phrase_before(self, cue_start: int, seg_start: int) -> tuple[int, int] | None:
        text = self.text
        # The subject is in the cue's sentence: never reach back over a line break (e.g. into the headline).
        seg_start = max(seg_start, text.rfind("\n", seg_start, cue_start) + 1)
        seg = text[seg_start:cue_start]
        lead = _LEAD[self.lang].match(seg)
        s = seg_start + (lead.end() if lead else 0)
        # Prefer the comma segment nearest the cue that holds a person's name, else a name or pronoun.
        parts = [(m.start() + s, m.end() + s) for m in re.finditer(r"[^,]+", text[s:cue_start])]
        relative: set[tuple[int, int]] = set()
        if self.lang == "en":  # "…, which they both agreed …": the subject after the relative pronoun
            moved = [_after_relative(text, a, b, self.lex.pronouns) for a, b in parts]
            relative = {m for m, p in zip(moved, parts, strict=True) if m != p}
            parts = moved
        parts = [
            (a, b)
            for a, b in parts
            if not _DEGREE.fullmatch(text[a:b].strip()) and not _NOT_SUBJECT.match(text[a:b].strip())
        ]
        for ps, pe in reversed(parts[-3:]):
            if (ps, pe) in relative:
                break  # "…, which they both agreed": the pronoun after the relative is the subject
            if self._names_person(ps, pe):
                ps2, pe2 = _strip(text, ps, pe)
                contact = _CONTACT.search(text, ps2, pe2)
                if contact and contact.start() > ps2:
                    pe2 = contact.start()
                return ps2, pe2
            if any(w[:1].isupper() for w in text[ps:pe].split()[1:]):
                break  # a name-like segment nearer the cue: do not jump over it
        for ps, pe in reversed(parts):
            chunk_words = text[ps:pe].split()
            pron = [w for w in chunk_words if w.lower() in self.lex.pronouns]
            if pron and not any(
                w[:1].isupper() for w in chunk_words[1:] if w.lower() not in self.lex.pronouns
            ):
                m = re.search(r"(?<!\w)" + re.escape(pron[-1]) + r"(?!\w)", text[ps:pe])
                if m:
                    return ps + m.start(), ps + m.end()
            chunk = text[ps:pe].strip()
            if not chunk:
                continue
            ws = chunk.split()
            if any(w[:1].isupper() for w in ws) or ws[0].lower() in self.lex.pronouns or len(parts) == 1:
                ps2, pe2 = _strip(text, ps, pe)
                # "Kepala Dinas X Tedi Hafni dihubungi secara terpisah mengatakan": the name ends the subject
                contact = _CONTACT.search(text, ps2, pe2)
                if contact and contact.start() > ps2:
                    pe2 = contact.start()
                # drop trailing auxiliaries: "juga", "pun", "kembali", "also"
                sub = re.sub(
                    r"(?:\s+(?:juga|pun|kembali|lalu|kemudian|pun|telah|sudah|also|then|has|had|have))+$",
                    "",
                    text[ps2:pe2],
                    flags=re.I,
                )
                pe2 = ps2 + len(sub)
                if self.lang == "en":
                    pe2 = _first_conjunct_subject(text, ps2, pe2)
                if pe2 > ps2 and len(text[ps2:pe2].split()) <= MAX_SPEAKER_WORDS + 4:
                    return ps2, pe2
                return None
        return None

    def _parse_subject(self, cue_start: int) -> tuple[int, int] | None:
        doc = self.doc
        if doc is None:
            return None
        try:
            if not doc.has_annotation("DEP"):
                return None
            span = doc.char_span(cue_start, cue_start + 1, alignment_mode="expand")
            if span is None:
                return None
            tok = span[0]
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubj:pass") and child.i < tok.i:
                    sub = list(child.subtree)
                    s, e = sub[0].idx, sub[-1].idx + len(sub[-1].text)
                    if e <= cue_start:
                        return s, e
            for child in tok.children:
                if child.dep_ in ("obl:agent", "agent"):
                    sub = list(child.subtree)
                    return sub[0].idx, sub[-1].idx + len(sub[-1].text)
        except (AttributeError, ValueError, IndexError):
            return None
        return None

    def _sentence_of(self, pos: int) -> tuple[int, int]:
        lo, hi = 0, len(self.sents) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s, e = self.sents[mid]
            if pos < s:
                hi = mid - 1
            elif pos >= e:
                lo = mid + 1
            else:
                return s, e
        return _para_bounds(self.text, pos)

    # -- main ---------------------------------------------------------------------------------------
    def run(self) -> list[_Found]:
        text = self.text
        direct: list[_Found] = []
        for s, e in find_quoted(text, self._is_cue_after):
            f = self._direct(s, e)
            if f is not None:
                direct.append(f)
        indirect = self._indirect(direct)
        if self.lang == "en":
            indirect += self._colon_lines([*direct, *indirect])
        found = sorted([*direct, *indirect], key=lambda f: f.start)
        self._resolve(found)
        return found

    def _colon_lines(self, found: list[_Found]) -> list[_Found]:
        """English ``Name: statement`` lines (headline and transcript style: ``Senator Smith: Plan will
        pass``): a line that opens with a short capitalised name and a colon quotes that name. Generic labels
        (``Update:``, ``Poll:``, ``Q:``) are not speakers."""
        text = self.text
        out = []
        for m in _EN_COLON_LINE.finditer(text):
            if m.start(2) < self.a.body_start and self.a.body_start:
                continue
            name = m.group(1)
            words = [w.lower().strip(".’'") for w in name.split()]
            if any(w in _EN_COLON_LABELS for w in words) or len(name) < 2:
                continue
            ns, ne = m.start(1), m.end(1)
            ents = [ent for ms, me, ent in self.mentions if ms < ne and ns < me]
            if any(ent.type in ("GPE", "LOC", "FAC", "DATE", "TIME", "EVENT") for ent in ents):
                continue  # a dateline ("NEW DELHI: …") or a place, not a speaker
            if name.isupper() and not any(ent.type == "PERSON" for ent in ents):
                continue
            cstart, cend = _strip_content(text, m.start(2), m.end(2))
            if len(text[cstart:cend].split()) < 3:
                continue
            if any(f.start < cend and cstart < f.end for f in found):
                continue
            sp_end = m.start(1) + len(re.split(r"\s+(?:to|at|on|in)\s+", name)[0])
            f = _Found(cstart, cend, "indirect", (m.end(1), m.end(1) + 1), (m.start(1), sp_end))
            if _DOUBLE_MARK.search(text, cstart, cend) or text[cstart : cstart + 1] in "‘'":
                f.kind = "direct"
            out.append(f)
        return out

    def _direct(self, s: int, e: int) -> _Found | None:
        text = self.text
        content = text[s:e]
        words = content.split()
        if not words:
            return None
        close = e
        while close < len(text) and text[close] in '”"’»“,':
            close += 1
        open_ = s
        while open_ > 0 and text[open_ - 1] in _OPEN_MARKS + " ":
            open_ -= 1
            if text[open_] in _OPEN_MARKS:
                break
        sent_s, _ = self._sentence_of(open_)
        after = self._cue_after(close)
        before = None if after else self._cue_before(open_, sent_s)
        cue = after or before
        f = _Found(s, e, "direct")
        if cue:
            f.cue, f.speaker_span, f.pronoun = cue
        n_words = len(words)
        if cue is None:
            if n_words < MIN_WORDS or _title_like(words):
                return None
            ps, _ = _para_bounds(text, open_)
            lead = text[max(ps, sent_s) : open_].strip()
            if lead and not lead.endswith((":", ",")) and n_words < MID_MIN_WORDS:
                return None  # scare quotes / a quoted phrase inside a sentence
            if (
                lead
                and not lead.endswith(":")
                and not re.search(r"[.!?,]$", content.strip())
                and n_words < MID_MIN_WORDS
            ):
                return None
        elif n_words < 2 and not re.search(r"[.!?,]$", content.strip()):
            return None  # "kata ‘damai’" - a single quoted word is not a quotation
        return f

    def _indirect(self, direct: list[_Found]) -> list[_Found]:
        text = self.text
        out: list[_Found] = []
        spans = [(f.start, f.end) for f in direct]
        for ss, se in self.sents:
            if se <= self.a.body_start:
                continue  # the headline
            inside = [(a, b) for a, b in spans if a < se and ss < b]
            if any(a <= ss and se <= b for a, b in inside):
                continue
            used = {d.cue[0] for d in direct if d.cue}
            hits = [(cs, ce) for cs, ce in self.cue_hits if ss <= cs < se and cs not in used]
            if not hits:
                continue
            for f in self._reported(ss, se, hits, inside):
                # quoted fragments inside the reported clause: mixed
                inner = [d for d in direct if f.start <= d.start and d.end <= f.end + 2]
                if inner:
                    # a direct quote right after the cue stays direct (handled there): skip this clause
                    if any(d.cue is not None for d in inner):
                        continue
                    f.kind = "mixed"
                    for d in inner:
                        direct.remove(d)
                    f.end = max(f.end, max(d.end for d in inner))
                    while f.end > f.start and (text[f.end - 1] in '”"’».,;' or text[f.end - 1].isspace()):
                        f.end -= 1
                elif any(a < f.end and f.start < b for a, b in inside):
                    continue
                out.append(f)
        return out

    def _reported(
        self, ss: int, se: int, hits: list[tuple[int, int]], inside: list[tuple[int, int]]
    ) -> list[_Found]:
        """Reported speech in one sentence: one quote per cue, left to right; English also keeps
        attributions nested in a reported clause (``X said Y claimed …``)."""
        out: list[_Found] = []
        start = ss
        nl = self.text.find("\n", ss, se)
        se = se if nl == -1 else nl
        for cs, ce in hits:
            if cs >= se:
                break
            if any(a <= cs < b for a, b in inside):
                continue
            outer = None
            if cs < start:
                # English: a second attribution inside a reported clause only after a coordinator or a
                # comma (``X said A but agreed that B``, ``…, adding that B``, ``voters who say B``); the
                # first clause then ends there. ``X said he expects B`` stays one quote.
                if self.lang != "en":
                    continue
                outer = next((o for o in out if o.start <= cs < o.end), None)
                coord = _EN_COORD.search(self.text, outer.start if outer else ss, cs)
                if coord is None:
                    continue
            f = self._try_cue(start if cs >= start else ss, se, cs, ce)
            if f is not None:
                if outer is not None and coord is not None and f.start >= cs:
                    cut = _strip_content(self.text, outer.start, coord.start())[1]
                    if len(self.text[outer.start : cut].split()) >= self._min_words(outer.cue):
                        outer.end = cut
                out.append(f)
                start = max(start, f.end)
        return out

    def _try_cue(self, ss: int, se: int, cs: int, ce: int) -> _Found | None:
        """The quote a cue at ``cs`` introduces in the sentence part ``[ss, se)``, if any."""
        text = self.text
        word = text[cs:ce].lower()
        use = self.lex.kind(word)
        if (
            self.lang == "en"
            and (word.endswith(("ed", "ing")) or word in ("think", "say") or word.startswith("call"))
            and _EN_DETERMINER_BEFORE.search(text, max(0, cs - 8), cs)
        ):
            return None  # "the continued defense", "the think tank", "a call for": a modifier or a noun
        if use == "prep":
            r = self._menurut(ss, se, cs, ce)
            if r:
                return r
            return None
        before = text[ss:cs]
        after_start = ce
        nya = self.lang == "id" and word.endswith("nya") and word[:-3] in self.lex.use
        post_like = use == "post" or (self.lang == "id" and nya)
        if post_like:
            sp = None if nya else self._phrase_after(ce)
            after_sp = text[sp[1] if sp else ce : se]
            if (
                (sp or nya)
                and after_sp.lstrip().startswith(",")
                and len(after_sp.split()) >= 4
                and len(before.split()) <= 3
            ):
                # interposed / fronted: "Lalu, lanjut Anies, perlu ...", "Lebih lanjut kata X, ..."
                cstart, cend = _strip_content(text, (sp[1] if sp else ce) + after_sp.index(",") + 1, se)
                return self._post_found(cstart, cend, cs, ce, nya, sp)
        # post-posed: "CONTENT, kata X." / "CONTENT, ujarnya."
        preposed_en = self.lang == "en" and self._preposed_en(word, cs, ce, se)
        if (
            re.search(r",\s*$", before)
            and (post_like or (self.lang == "en" and use != "pre"))
            and not preposed_en
        ):
            cstart, cend = _strip(text, ss, cs)
            cend = cend - 1 if text[cend - 1 : cend] == "," else cend
            cstart, cend = _strip_content(text, cstart, cend)
            sp = None if nya else self._phrase_after(ce)
            if self.lang == "en" and sp is None:
                return None  # "Josh Hendler, a tech operative, disagreed.": no speaker after the cue
            if len(text[cstart:cend].split()) >= 3:
                return self._post_found(cstart, cend, cs, ce, nya, sp)
            return None
        if (
            re.search(r",\s*\S+(?:\s+\S+){0,7}\s*$", before)
            and use in ("both", "comp")
            and self.lang == "en"
            and _words_between_comma(before) <= 8
            and not preposed_en
            and not re.search(r",\s*$", before)
        ):
            # "CONTENT, the minister said." / "CONTENT, the minister said, adding …"
            m = re.search(r",\s*(\S+(?:\s+\S+){0,7})\s*$", before)
            assert m is not None
            cstart, cend = _strip_content(text, ss, ss + m.start())
            if (
                len(text[cstart:cend].split()) >= 3
                and self._en_post_tail(ce, se)
                and self._speakerish(m.group(1).split())
            ):
                return _Found(cstart, cend, "indirect", (cs, ce), (ss + m.start(1), ss + m.end(1)))
        if use in ("post",) and not (self.lang == "id" and word in ("bilang",)):
            return None
        if use == "passive":
            return None
        # pre-posed: "X mengatakan (bahwa) CONTENT."
        rest = text[after_start:se]
        if _REFUSAL.search(before):
            return None  # "menolak mengatakan ..." reports no statement
        if self.lang == "en" and _EN_PASSIVE.search(before) and not word.endswith("ing"):
            return None  # "he was said to have …", "it is expected to …": no one speaks
        if self.lang == "en":
            adj = _EN_ADJUNCT.match(rest)  # "said in a statement Tuesday (that) …"
            if adj and adj.end():
                after_start += adj.end()
                rest = text[after_start:se]
        marked = bool(re.match(r"\s*(?:[,:]|bahwa\b|that\b)", rest, re.I))
        if use == "comp" and not (_COMPLEMENTISER[self.lang].match(rest) or marked):
            return None
        first = rest.split()[:1]
        if not marked and first and first[0].lower().strip(",") in _OBJECT_NOUNS:
            return None  # "menjelaskan program ...": a topic, not what was said
        m = _THAT[self.lang].match(rest)
        cstart = after_start + (m.end() if m else 0)
        if self.lang == "en" and word in ("told", "tells", "telling", "asked", "urged"):
            # "X told reporters (that) ..." - skip the addressee
            m2 = re.match(r"\s*(?:[\w.’'-]+,?\s+){1,8}?that\s+", rest)
            if m2 and not _CLAUSE_END.search(rest, 0, m2.start() + len(m2.group(0).rstrip()) - 4):
                cstart = after_start + m2.end()
            elif word in ("told", "tells"):
                # "X told reporters he …" / "X told The Post in an interview.": the content starts at its
                # subject pronoun; without one there is only an addressee
                m3 = re.search(r"(?<![\w’'])(?:he|she|they|it|we|i|there)\b", rest[: _clause_end(rest, 0)])
                if m3 is not None:
                    cstart = after_start + m3.start()
                else:
                    # "X told me the plan …", "X told CNN in an interview the plan …": skip an addressee
                    # (object pronoun, a capitalised name, or a group noun) and adjuncts
                    m4 = _EN_ADDRESSEE.match(rest)
                    if m4 is None:
                        return None
                    p4 = after_start + m4.end()
                    adj = _EN_ADJUNCT.match(text, p4)
                    if adj and adj.end() > p4:
                        p4 = adj.end()
                    if not self._en_clausal(p4, se, long=4):
                        return None
                    cstart = p4
        cend = se
        if self.lang == "en":
            cend = self._en_content_end(cstart, se, before)
        cstart, cend = _strip_content(text, cstart, cend)
        if len(text[cstart:cend].split()) < self._min_words((cs, ce)):
            return None
        if self.lang == "en" and re.match(r"by\s", text[cstart : cstart + 3]):
            return None  # "as reported by X", "was first reported by X": an agent, not a reported clause
        if use == "pre" and self.lang == "en":
            if _EN_PLACE_AFTER.match(rest) and not word.startswith("call"):
                return None  # "a car slammed into a tree": a movement, not a statement ("called for" is one)
            if word in self.lex.appraise and not _EN_APPRAISAL.match(rest):
                return None  # "called an ambulance", "everyone called him Mike": no appraisal
            if word in ("call", "calls", "called", "calling") and _EN_NAMED.search(before):
                return None  # "a group called Black Votes Matter": a name ("called for" is its own cue)
        sub = self._subject_before(cs, ss)
        participle = self.lang == "en" and word.endswith("ing") and re.search(r",\s*$", before)
        if sub is not None and use == "pre" and not self._speaker_agent(text[sub[0] : sub[1]].split()):
            return None  # "the storm blasted the coast": attitude verbs need someone who can hold one
        if sub is None or not self._speakerish(text[sub[0] : sub[1]].split()):
            if not participle:
                return None
            # "…, saying CONTENT": the speaker is the subject of the main clause
            sub = self._subject_before(cs, ss) if sub else None
        return _Found(cstart, cend, "indirect", (cs, ce), sub)

    def _preposed_en(self, word: str, cs: int, ce: int, se: int) -> bool:
        """After a comma, an English cue either closes the content (``…, said Sanders.``) or, after an
        appositive subject or as a participle, opens it (``Sanders, a senator, said the economy …``,
        ``…, saying the economy …``): a participle, ``that`` or six or more words before the next comma or
        full stop mean the content follows."""
        if word.endswith("ing"):
            return True
        return self._en_clausal(ce, se)

    def _en_content_end(self, cstart: int, se: int, before: str) -> int:
        """End of an English reported clause: before ``;`` or a participle that adds another attribution
        (``X said A, adding B``), and at the first comma when the speaker follows a subordinator (``While X
        said A, B``). Quoted passages are not searched."""
        text = self.text
        end = se
        for m in _EN_CONTENT_END.finditer(text, cstart, se):
            if not self._in_marks(cstart, m.start()):
                end = m.start()
                break
        if _EN_SUBORDINATE.match(before):
            p = cstart
            while (c := text.find(",", p, end)) != -1:
                if not self._in_marks(cstart, c):
                    return c
                p = c + 1
        return end

    def _in_marks(self, s: int, pos: int) -> bool:
        """An odd number of quote marks between ``s`` and ``pos``: ``pos`` is inside a quoted passage."""
        return len(_DOUBLE_MARK.findall(self.text, s, pos)) % 2 == 1

    def _en_post_tail(self, ce: int, se: int) -> bool:
        """English ``CONTENT, the minister said …``: after the cue only adjuncts (``in a statement``,
        ``last week``) up to the sentence end or a comma (``…, adding …``, ``…, on condition of …``)."""
        text = self.text
        p = ce
        adj = _EN_ADJUNCT.match(text, p)
        if adj and adj.end() > p:
            p = adj.end()
        end = _en_clause_end(text, p)
        tail = text[p:end].split()
        if tail and tail[0].lower() in _EN_TAIL_START:
            return True  # "…, Wilkin said during his speech to the delegates."
        if end >= se - 2:
            return len(tail) <= 6
        return text[end] == "," and len(tail) <= 6

    def _en_clausal(self, ce: int, se: int, long: int = 6) -> bool:
        """English: the words after a cue are its content (a clause), not a speaker phrase: ``that``,
        ``whether``, a subject pronoun and a verb (``said he would``), an auxiliary (``said the plan was``) or
        ``long`` or more words before the next clause end (an abbreviation's full stop does not end it)."""
        text = self.text
        rest = text[ce:se]
        if re.match(r"\s*(?:that|whether|if)\b", rest, re.I):
            return True
        end = min(_en_clause_end(text, ce), se)
        words = [w.lower() for w in _WORD.findall(text, ce, end)]
        if len(words) >= 2 and words[0] in _EN_SUBJ_PRONOUN:
            return True
        if any(w in _EN_CLAUSE_WORD for w in words[1:]):
            return True
        return len(words) >= long

    def _post_found(
        self, cstart: int, cend: int, cs: int, ce: int, nya: bool, sp: tuple[int, int] | None
    ) -> _Found | None:
        if len(self.text[cstart:cend].split()) < 3:
            return None
        f = _Found(cstart, cend, "indirect", (cs, ce))
        if nya:
            f.pronoun = "nya"
        else:
            f.speaker_span = sp
        return f

    def _en_source(self, sp: tuple[int, int]) -> bool:
        """English ``according to`` also names documents and pronouns: ``according to the poll``, ``according
        to court records``, ``according to him``; not ``according to plan``."""
        if self.lang != "en":
            return False
        words = self.text[sp[0] : sp[1]].lower().split()
        if not words:
            return False
        if words[0] in ("him", "her", "them", "us", "me"):
            return True
        return len(words) >= 2 and words[-1] not in ("plan", "schedule", "script", "form", "tradition", "law")

    def _min_words(self, cue: tuple[int, int] | None) -> int:
        """Shortest content a cue takes: an attitude verb's object may be two words (``condemned the
        attack``), a reported clause has at least three."""
        return 2 if cue and self.lex.kind(self.text[cue[0] : cue[1]]) == "pre" else 3

    def _speaker_agent(self, words: list[str]) -> bool:
        """Stricter :meth:`_speakerish` for attitude verbs (use ``pre``): a capitalised word counts only
        when it is not a sentence-initial determiner (``The storm``, ``A car`` are no speakers)."""
        words = [w.strip(",.") for w in words]
        lw = [w.lower() for w in words]
        if lw and lw[0] in self.lex.pronouns:
            return True
        if any(w in _EN_ROLE_NOUNS or w in self.lex.titles or w in self.lex.orgs for w in lw):
            return True
        return any(w[:1].isupper() and lw[i] not in _EN_LEADING for i, w in enumerate(words))

    def _speakerish(self, words: list[str]) -> bool:
        """A plausible speaker phrase: a capitalised word, a pronoun or a role noun."""
        if not words:
            return False
        if words[0].lower() in self.lex.pronouns:
            return True
        if any(w[:1].isupper() for w in words):
            return True
        if self.lang == "en":
            first = re.sub(r"[’'](?:ve|d|ll|re|s)$", "", words[0].lower())
            if first in self.lex.pronouns or any(w.lower().strip(",.") in _EN_ROLE_NOUNS for w in words):
                return True
        lw = [w.lower() for w in words]
        return any(w in self.lex.titles or w in _ROLE_NOUNS or w in _SOURCE_NOUNS for w in lw)

    def _menurut(self, ss: int, se: int, cs: int, ce: int) -> _Found | None:
        text = self.text
        p = ce
        if self.lang == "en":
            m = re.match(r"\s+to\b", text[ce:se])
            if not m:
                return None
            p = ce + m.end()
        nya = text[cs:ce].lower().endswith("nya")
        sp = (cs, ce) if nya else self._phrase_after(p)
        if sp is None or not (nya or self._speakerish(text[sp[0] : sp[1]].split()) or self._en_source(sp)):
            return None  # "menurut rencana, ...": no speaker
        after_sp = text.find(",", sp[1], se)
        lead = text[ss:cs].strip()
        if (
            not lead
            or lead in (",",)
            or re.fullmatch(r"\W*", lead)
            or len(lead.split()) <= 2
            and lead.endswith(",")
        ):
            # "Menurut X, CONTENT."
            if after_sp == -1:
                return None
            cstart, cend = _strip_content(text, after_sp + 1, se)
        else:
            # "CONTENT, menurut X." or "CONTENT, menurut X, CONTENT."
            cstart = ss
            tail = text[after_sp + 1 : se] if after_sp != -1 else ""
            cend = se if len(tail.split()) >= 3 else cs
            cstart, cend = _strip_content(text, cstart, cend)
        if len(text[cstart:cend].split()) < 3:
            return None
        if nya:
            return _Found(cstart, cend, "indirect", (cs, ce), pronoun="nya")
        return _Found(cstart, cend, "indirect", (cs, ce), sp)

    # -- speakers -----------------------------------------------------------------------------------
    def _resolve(self, found: list[_Found]) -> None:
        quoted = [(f.start, f.end) for f in found if f.kind != "indirect"]
        self._quoted = quoted
        # reported clauses: a name inside one is what someone said, not who speaks next
        self._reported_spans = [(f.start, f.end) for f in found if f.kind == "indirect"]
        prev: _Found | None = None
        for idx, f in enumerate(found):
            if f.cue is None:
                self._layout_speaker(f, prev, found[idx + 1] if idx + 1 < len(found) else None)
            elif f.pronoun:
                f.speaker_text = "-nya" if f.pronoun == "nya" else f.pronoun
                ent = self._antecedent(f.start, f.cue[0], prev, plural=False)
                f.speaker = ent.id if ent else None
            elif f.speaker_span:
                self._from_span(f, prev)
            self._materialise(f)
            if f.speaker:
                self._speakers.add(f.speaker)
            if f.speaker or (
                f.speaker_text
                and self._speakerish(f.speaker_text.split())
                and f.speaker_text.split()[0].lower() not in ("peraturan", "data", "laporan", "hasil")
            ):
                prev = f

    def _layout_speaker(self, f: _Found, prev: _Found | None, nxt: _Found | None) -> None:
        """A quote without a cue: ``Hal itu disampaikan X`` after it, else the previous quote's speaker,
        else the person just named before it."""
        text = self.text
        close = f.end
        while close < len(text) and text[close] in '”"’»“.,':
            close += 1
        ss, se = self._sentence_of(min(close + 1, len(text) - 1)) if close < len(text) else (close, close)
        if ss >= close - 1:
            sent = text[ss:se]
            for m in self.lex.words.finditer(sent):
                if self.lex.kind(m.group(0)) == "passive" and _RECAP[self.lang].match(sent[: m.start()]):
                    cs = ss + m.start()
                    p = ss + m.end()
                    mo = re.match(r"\s+oleh\b|\s+by\b", text[p:se])
                    sp = self._phrase_after(p + (mo.end() if mo else 0))
                    f.cue = (cs, ss + m.end())
                    if sp:
                        f.speaker_span = sp
                        self._from_span(f, prev)
                        return
        if (
            prev is not None
            and prev.end <= f.start
            and text.count("\n", prev.end, f.start) <= 4
            and not self._person_between(prev.end, f.start)
        ):
            f.speaker, f.speaker_text = prev.speaker, prev.speaker_text
            return
        ent = self._antecedent(f.start, f.start, prev, plural=False)
        if ent is not None:
            f.speaker = ent.id
            f.speaker_text = ent.name

    def _person_between(self, a: int, b: int) -> bool:
        for s, _e, ent in self.mentions:
            if a <= s < b and ent.type == "PERSON" and not self._in_quote(s):
                return True
        return False

    def _in_quote(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self._quoted)

    def _in_reported(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self._reported_spans)

    def _from_span(self, f: _Found, prev: _Found | None) -> None:
        text = self.text
        assert f.speaker_span is not None
        s, e = _balance(text, *_strip(text, *f.speaker_span))
        phrase = text[s:e]
        f.speaker_text = phrase or None
        words = phrase.split()
        if not words:
            return
        first = words[0].lower()
        if first in self.lex.pronouns and len(words) <= 2:
            ent = self._antecedent(f.start, s, prev, plural=first in PLURAL)
            f.speaker = ent.id if ent else None
            return
        if _ANAPHORIC.search(phrase) and not self._names_person(s, e):
            # "Ketua Umum Partai Golkar tersebut", "pria berusia 32 tahun itu": someone named before
            ent = self._antecedent(f.start, s, prev, plural=False)
            f.speaker = ent.id if ent else None
            return
        ent = self._entity_in(s, e)
        if (
            ent is not None
            and not any(s <= m.start and e - 1 <= m.end <= e for m in ent.mentions)
            and not self._lower_between(ent, s, e)
        ):
            # the name closing the phrase beats an earlier word of it: "Presiden Direktur PT Bank X Tbk
            # Jahja Setiaatmadja" (the model typed "Presiden" PERSON and the rest ORG)
            ent = self._new_person(s, e) or ent
        ent = ent or self._by_name(words, s) or self._new_person(s, e)
        if ent is not None and first in _RELATIONAL and any(m.start < s for m in ent.mentions):
            # "pengacara Hendra" after Hendra was introduced: Hendra's lawyer speaks, not Hendra
            return
        if ent is not None:
            f.speaker = ent.id
            return
        # a bare title: "kata Presiden" -> the person named earlier with that title
        lw = [w.lower().strip(".,") for w in words]
        if all(w in self.lex.titles or w in _ROLE_NOUNS or w in ("sang", "the") for w in lw):
            ent = self._titled_person(lw, s)
            f.speaker = ent.id if ent else None

    def _lower_between(self, ent: Entity, s: int, e: int) -> bool:
        """A lower-case word (other than ``dan``/``and``/``of``/``for``) between the last mention of ``ent``
        in the phrase and its end: ``Alfred Sitorus dari Koalisi Pejalan Kaki`` names Alfred Sitorus."""
        ends = [m.end for m in ent.mentions if s <= m.start and m.end <= e]
        if not ends:
            return True
        return any(
            w[:1].islower() and w not in ("dan", "and", "of", "for")
            for w in re.findall(r"[\w-]+", self.text[max(ends) : e])
        )

    def _new_person(self, s: int, e: int) -> Entity | None:
        """A name closing the speaker phrase that the entity stage missed (``Kepala Dinas X Budi Santoso``):
        it becomes a PERSON entity of the record, so that the speaker is an entity id."""
        toks = [(m.start(), m.end()) for m in re.finditer(r"\S+", self.text[s:e])]
        words = [self.text[s + a : s + b] for a, b in toks]
        titles = self.lex.titles
        k = len(words)
        while k > 0 and words[k - 1][:1].isupper() and words[k - 1].lower().strip(".,") not in titles:
            k -= 1
            if len(words) - k >= 2 and k > 0 and words[k - 1].isupper() and len(words[k - 1]) >= 2:
                break  # "... Provinsi NTT Marius Ardu Jelamu": an acronym ends the description
        if k == len(words):
            return None
        if len(words) - k > 4:
            k = len(words) - 3  # "Kepala Dinkes Indramayu Deden Bonni Koswara": a name has 3-4 words at most
        # leading words of an office or place: "... Kota Bekasi Karto", "... Bank X Tbk Jahja Setiaatmadja",
        # "... DKI Jakarta Baequni Boerman", "... Kejaksaan Tinggi Sultra Budi Hartono" (Sultra a place)
        places = self._place_words()
        k0 = k
        while k < len(words) - 1:
            w = words[k].strip(".,()")
            lw = w.lower()
            if not (
                lw in places
                or lw in self.org_words
                or lw in self.lex.orgs
                or lw in _ORG_TAIL
                or (w.isupper() and len(w) >= 2)
            ):
                break
            k += 1
        if (
            k > k0
            and len(words) - k == 1
            and (words[k - 1].lower().strip(".,") in _PLACE_HEAD or words[k].lower().strip(".,") in places)
        ):
            return None  # "Kepala Dusun X, Kelurahan Sumbersari", "Pemprov Banten": the name of a place
        if k > k0 and self.known_body is not None:
            body = self._known_body(s + toks[k0][0], s + toks[-1][1])
            if body is not None:
                return body  # "Kepala Polda Metro Jaya": the office is a known body, no name follows
        prev = re.search(r"([\w-]+)\W*$", self.text[max(0, s - 30) : s])
        # "tutur Saiful": one capitalised word right after a reporting word is a name
        single = (
            k == 0
            and len(words) == 1
            and words[0].strip(".,").lower() not in self._lower
            and prev is not None
            and self.lex.kind(prev.group(1)) is not None
        )
        titled = k > 0 and (
            words[k - 1].lower().strip(".,") in titles
            or words[k - 1].endswith(",")
            or words[k - 1].isupper()
            or k > k0
        )
        start, end = s + toks[k][0], s + toks[-1][1]
        while end > start and self.text[end - 1] in ".,":
            end -= 1
        name = self.text[start:end]
        if not (len(words) - k >= 2 or titled or single) or not _looks_like_name(name) or "\n" in name:
            return None
        if name.lower() in self.lex.pronouns or self._not_name(name) or _DEGREE.search(name):
            return None
        if any(w.lower() in self.org_words for w in name.split()):
            return None  # "Kepala Polda Metro Jaya": an office, not a person's name
        over = [(ms, me, ent) for ms, me, ent in self.mentions if ms < end and start < me]
        if over:
            return self._repair(over, start, end, name)
        ent = Entity(
            id=self._next_entity_id(),
            name=name,
            type="PERSON",
            mentions=[Mention(start=start, end=end, text=name)],
        )
        self.a.entities.append(ent)
        self.mentions.append((start, end, ent))
        return ent

    def _next_entity_id(self) -> str:
        """A fresh record entity id (``e`` + one more than the highest number in use)."""
        return f"e{max((int(x.id[1:]) for x in self.a.entities if x.id[1:].isdigit()), default=0) + 1}"

    def _known_body(self, start: int, end: int) -> Entity | None:
        """An organisation of the actor table written from ``start`` to ``end`` becomes (or is) an entity."""
        while end > start and self.text[end - 1] in ".,":
            end -= 1
        actor = self.known_body(self.text[start:end]) if self.known_body else None
        if actor is None or not actor.kb_id.startswith(("org:", "igo:")):
            return None
        for ent in self.a.entities:
            if ent.kb_id == actor.kb_id:
                if any((m.start, m.end) == (start, end) for m in ent.mentions):
                    return ent  # the entity stage found it already
                ent.mentions.append(Mention(start=start, end=end, text=self.text[start:end]))
                ent.mentions.sort(key=lambda m: m.start)
                break
        else:
            ent = Entity(
                id=self._next_entity_id(),
                name=actor.name,
                type="ORG",
                country=actor.country,
                sector=actor.sector,
                kb_id=actor.kb_id,
                mentions=[Mention(start=start, end=end, text=self.text[start:end])],
            )
            self.a.entities.append(ent)
        self.mentions.append((start, end, ent))
        return ent

    def _place_words(self) -> frozenset[str]:
        """Words the article uses as a place or organisation name (``Sultra``), or first word of a two-word
        place (``Jakarta Selatan``)."""
        if self._places is None:
            self._places = frozenset(
                m.text.split()[0].lower()
                for x in self.a.entities
                if x.type in ("LOC", "GPE", "ORG") and not x.id.startswith("_s")
                for m in x.mentions
                if len(m.text.split()) == 1 or (len(m.text.split()) == 2 and x.type != "ORG")
            )
        return self._places

    def _repair(self, over: list[tuple[int, int, Entity]], start: int, end: int, name: str) -> Entity | None:
        """The name closing a speaker phrase lies in a mention the statistical model typed as a place or an
        organisation: ``tutur Saiful`` (``Saiful`` LOC) retypes that entity; ``Kejaksaan Tinggi Sultra Saiful
        Bahri Siregar`` (one ORG span) is cut into the organisation and a new PERSON. Gazetteer entities and
        spans that do not end with the name stay as they are."""
        if len(over) != 1:
            return None
        ms, me, ent = over[0]
        if ent.kb_id or ent.id.startswith("_s") or ent.type not in ("LOC", "ORG", "OTHER"):
            return None
        if not (ms <= start and end <= me <= end + 1):
            return None
        if ms == start:
            if all(m.text.split()[-1:] == name.split()[-1:] for m in ent.mentions):
                ent.type = "PERSON"
                return ent
            return None
        cut = start
        while cut > ms and (self.text[cut - 1].isspace() or self.text[cut - 1] in ",("):
            cut -= 1
        for i, m in enumerate(ent.mentions):
            if m.start == ms and m.end == me:
                ent.mentions[i] = Mention(start=ms, end=cut, text=self.text[ms:cut])
                if ent.name == m.text:
                    ent.name = self.text[ms:cut]
        self.mentions = [x for x in self.mentions if x[:2] != (ms, me)] + [(ms, cut, ent)]
        self.mentions.sort(key=lambda x: x[0])
        person = Entity(
            id=self._next_entity_id(),
            name=name,
            type="PERSON",
            mentions=[Mention(start=start, end=end, text=name)],
        )
        self.a.entities.append(person)
        self.mentions.append((start, end, person))
        self._by_end = sorted(self.mentions, key=lambda x: (x[1], x[0]))
        self._mention_ends = [b for _a, b, _e in self._by_end]
        return person

    def _entity_in(self, s: int, e: int) -> Entity | None:
        """The entity a speaker phrase names: its last person-like name (``Kepala Dinas X Budi Santoso`` →
        Budi Santoso), else an organisation or a country that is (nearly) the whole phrase."""
        inside = [(ms, me, ent) for ms, me, ent in self.mentions if ms >= s and me <= e]
        real = [x for x in inside if not x[2].id.startswith("_s")]
        # a provisional name speaks only when it closes the phrase ("kata Kepala Dinas X Budi")
        inside = [x for x in inside if not x[2].id.startswith("_s") or x[1] >= e - 1]
        if real and len(real) < len(inside):
            # a name the entity stage found beats a provisional one ("Salehudin dari KKP Kelas II Mataram")
            return self._entity_in_mentions(real, s, e) or self._entity_in_mentions(inside, s, e)
        return self._entity_in_mentions(inside, s, e)

    def _entity_in_mentions(self, inside: list[tuple[int, int, Entity]], s: int, e: int) -> Entity | None:
        if inside:
            ms, me, ent = inside[-1]
            if (
                me >= e - 1
                and ent.type in ("PERSON", "OTHER")
                and not self._not_name(ent.name)
                and not _DEGREE.search(ent.name)
            ):
                return ent  # "Kepala ... Letnan Kolonel Reza Nur Patria": the name closes the phrase
        for ms, me, ent in reversed(inside):
            if (
                ent.type in ("PERSON", "OTHER")
                and not self._not_name(ent.name)
                and not _DEGREE.search(ent.name)
                and (ent.type == "PERSON" or _looks_like_name(self.text[ms:me]))
            ):
                return ent
        for _ms, _me, ent in reversed(inside):
            if ent.type == "PERSON":
                return ent
        orgs = [(ms, me, ent) for ms, me, ent in inside if ent.type in ("ORG", "NORP", "GPE", "OTHER")]
        if not orgs:
            return None
        ms, me, ent = orgs[-1]
        rest = (self.text[s:ms] + " " + self.text[me:e]).split()
        # "juru bicara Kemlu" is not Kemlu: an organisation speaks only when it is (nearly) the whole phrase
        if any(w.lower() in self.lex.titles or w.lower() in _ROLE_NOUNS for w in rest) or len(rest) > 2:
            return None
        return ent

    def _by_name(self, words: list[str], pos: int) -> Entity | None:
        """A name the entity stage did not mark here (``Hendra mengatakan``): the entity that holds it."""
        names = [
            w.strip(".,")
            for w in words
            if w[:1].isupper()
            and w.lower().strip(".,") not in self.lex.titles
            and w.lower() not in _ROLE_NOUNS
            and len(w) > 2
        ]
        if not names or len(names) > 3:
            return None
        want = {n.lower() for n in names}
        best: tuple[int, Entity] | None = None
        for ent in self.a.entities:
            if ent.type not in ("PERSON", "OTHER"):
                continue
            toks = {t.lower() for t in ent.name.split()} | {t.lower() for a in ent.aliases for t in a.split()}
            if want <= toks:
                dist = min((abs(m.start - pos) for m in ent.mentions), default=10**9)
                if best is None or dist < best[0]:
                    best = (dist, ent)
        return best[1] if best else None

    def _titled_person(self, title_words: list[str], before: int) -> Entity | None:
        title = " ".join(w for w in title_words if w not in ("sang", "the"))
        if not title:
            return None
        pat = re.compile(rf"(?<!wakil )(?<!vice )\b{re.escape(title)}(?:\s+[A-Z][\w.-]*){{0,3}}\s+$", re.I)
        best = None
        for ms, _me, ent in self.mentions:
            if ms >= before:
                break
            if self._person_like(ent) and pat.search(self.text[max(0, ms - 60) : ms]):
                best = ent
        if best is None:  # named after the quote, e.g. in the next paragraph
            for ms, _me, ent in self.mentions:
                if ms >= before and self._person_like(ent) and pat.search(self.text[max(0, ms - 60) : ms]):
                    return ent
        return best

    def _person_like(self, ent: Entity) -> bool:
        """PERSON entities, and untyped names that spoke already or carry an age or a role noun."""
        if _DEGREE.search(ent.name):
            return False
        if ent.type == "PERSON":
            return not self._not_name(ent.name) or ent.id in self._speakers
        if ent.type != "OTHER":
            return False
        if ent.id in self._speakers:
            return True
        if ent.id not in self._described:
            text = self.text
            self._described[ent.id] = any(
                (
                    _AGE.match(text, m.end)
                    or _ROLE_BEFORE.search(text, max(0, m.start - 30), m.start)
                    or self._role_apposition(m.end)
                )
                and len(m.text.split()) <= 4
                for m in ent.mentions
            )
        return self._described[ent.id]

    def _antecedent(self, quote_start: int, pos: int, prev: _Found | None, plural: bool) -> Entity | None:
        """The referent of a pronoun or ``-nya`` at ``pos``: a person introduced in subject position since the
        last quote, else the last quote's speaker, else the last person."""
        limit = min(pos, quote_start)
        prev_ent = self.a.entity(prev.speaker) if prev is not None else None
        anchor = (
            min(prev.start, prev.cue[0]) if prev is not None and prev.cue else (prev.start if prev else -1)
        )
        window = self._sentence_back(limit, 4)
        k = bisect.bisect_right(self._mention_ends, limit)

        def cands() -> Iterator[tuple[int, int, Entity]]:
            for ms, me, ent in reversed(self._by_end[:k]):
                if ent.id.startswith("_s") and not self._shadow_person(ent):
                    continue
                if (
                    not self._in_quote(ms)
                    and not self._in_reported(ms)
                    and (
                        self._person_like(ent)
                        or (plural and ent.type == "ORG")
                        or self._acting(ent, ms, me)
                        or (not plural and self._org_person(ent, ms, me))
                    )
                ):
                    yield ms, me, ent

        def person(ms: int, me: int, ent: Entity) -> Entity | None:
            if not plural and (
                ent.type in ("ORG", "LOC", "GPE") or (ent.type == "OTHER" and len(ent.name.split()) > 4)
            ):
                return self._new_person(ms, me)  # "Gubernur BI Perry Warjiyo mendorong …" (one ORG span)
            return ent

        for ms, me, ent in cands():
            if ms < window or (prev_ent is not None and ms < anchor):
                break
            if self._subject_position(ms, me) and (
                ent.type != "OTHER"
                or self._acting(ent, ms, me)
                or ent.id in self._speakers
                or self._described.get(ent.id)
                or self._org_person(ent, ms, me)
            ):
                found = person(ms, me, ent)
                if found is not None:
                    return found
        if prev_ent is not None:
            return prev_ent
        last = None
        for ms, _me, ent in cands():
            if ent.type in ("ORG", "LOC", "GPE") and not plural:
                continue
            last = last or ent
            if self._subject_position(ms, _me):
                return ent
        return last

    def _apposition_of_name(self, comma: int) -> bool:
        """The comma at ``comma`` follows a person's name that opens its clause: what comes after it is an
        apposition (``Tri Maharini, dokter emergensi dari Persatuan Dokter Emergensi Indonesia, …``)."""
        k = bisect.bisect_right(self._mention_ends, comma)
        for ms, me, ent in reversed(self._by_end[:k]):
            if me < comma - 1:
                return False
            if me >= comma - 1 and (self._person_like(ent) or ent.type == "OTHER"):
                ss, _ = self._sentence_of(ms)
                cs = max(ss, self.text.rfind(",", ss, ms) + 1)
                lead = _LEAD[self.lang].sub("", self.text[cs:ms].strip())
                return all(w[:1].isupper() for w in re.findall(r"[\w-]+", lead))
        return False

    def _role_apposition(self, end: int) -> bool:
        """``Name, Koordinator …`` / ``Name, dokter …``: a role apposition follows the name at ``end``."""
        m = re.match(r",\s+(?:(?:salah satu|seorang|selaku|sebagai)\s+)?([\w-]+)", self.text[end : end + 60])
        if not m:
            return False
        w = m.group(1)
        return w.lower() in self.lex.titles or w.lower() in _ROLE_NOUNS or bool(_ROLE_BEFORE.match(w + " "))

    def _org_person(self, ent: Entity, ms: int, me: int) -> bool:
        """A place or organisation span from the model that ends with a person's name before an active verb:
        ``(Gubernur) BI Perry Warjiyo mendorong …``, ``DKI Jakarta Baequni Boerman menilai …``."""
        if ent.type not in ("ORG", "LOC", "GPE", "OTHER") or ent.kb_id or ent.id.startswith("_s"):
            return False
        words = self.text[ms:me].split()
        if self.lang != "id" or len(words) < (2 if ent.type != "OTHER" else 5):
            return False
        if not _ACTIVE_VERB.match(self.text, me):
            return False
        last = words[-1].lower().strip(".,")
        return words[-1][:1].isupper() and last not in self.lex.orgs and last not in self.org_words

    def _shadow_person(self, ent: Entity) -> bool:
        """A provisional name is a possible antecedent only with evidence that it is a person: two or more
        name words, or a title or role before it, ``menurut`` before it or an apposition after it."""
        if len(ent.name.split()) >= 2:
            return True
        text = self.text
        for m in ent.mentions:
            before = text[max(0, m.start - 30) : m.start]
            words = before.split()
            last = words[-1].lower().strip(".,") if words else ""
            if last in self.lex.titles or last in _ROLE_NOUNS or last == "menurut":
                return True
            if _ROLE_BEFORE.search(before) or _APPOSITION_ROLE.match(text, m.end):
                return True
        return False

    def _not_name(self, name: str) -> bool:
        """Not a person's name: a bare title (``Menteri``), or an organisation/place word among the last two
        words (``Balai Besar Laboratorium``; but ``Bidang Perekonomian Airlangga Hartarto`` is a name)."""
        words = [w.lower().strip(".,()") for w in name.split()]
        if all(w in self.lex.titles or w in _ROLE_NOUNS for w in words):
            return True
        return any(w in self.lex.orgs or w in self.lex.titles for w in words[-2:])

    def _acting(self, ent: Entity, ms: int, me: int) -> bool:
        """An untyped name followed by an active verb (``Hendra menyebut``, ``Sarnubi juga meyakini``)."""
        if ent.type != "OTHER" or self._not_name(ent.name):
            return False
        return bool(_ACTIVE_VERB.match(self.text, me)) and len(ent.name.split()) <= 4

    def _sentence_back(self, pos: int, n: int) -> int:
        starts = [s for s, _ in self.sents if s <= pos]
        return starts[-n] if len(starts) >= n else 0

    def _subject_position(self, ms: int, me: int | None = None) -> bool:
        """A mention at the start of its clause (after titles and connectors); also the name closing a role
        phrase before an active verb (``Co-Founder sekaligus Pembina Komunitas X Toto Sugito mengapresiasi``),
        the speaker of ``Menurut X, …`` and the agent of ``Hal senada disampaikan X``."""
        text = self.text
        ss, _ = self._sentence_of(ms)
        seg_start = max(ss, text.rfind(",", ss, ms) + 1)
        lead = text[seg_start:ms]
        lead = _LEAD[self.lang].sub("", lead.strip())
        words = [w for w in re.findall(r"[\w-]+", lead)]
        if seg_start > ss and self._apposition_of_name(seg_start - 1):
            return False  # "Abdian Saputra, Koordinator Ekajaya Fast Boat, …": inside the apposition
        if all(w[:1].isupper() or w.lower() in self.lex.titles for w in words) and len(words) <= 6:
            return True
        if self.lang != "id":
            return False
        if _SPEAKER_LEAD.search(text[max(ss, ms - 60) : ms]):
            return True
        if me is None or not _ACTIVE_VERB.match(text, me):
            return False
        # a role phrase before the name: no verb in it, and it opens with a title or role word
        return (
            bool(words)
            and (words[0].lower() in self.lex.titles or words[0].lower() in _ROLE_NOUNS)
            and not any(_VERBISH.match(w) for w in words)
            and len(words) <= 16
        )


_ROLE_NOUNS = _wordset(
    "juru bicara jubir warga pejabat sumber pengamat analis ahli pakar petugas polisi pihak seorang "
    "salah satu kuasa hukum pengacara korban saksi keluarga ibu ayah anak istri suami kepala ketua "
    "anggota direktur menteri presiden gubernur bupati wali kota kapolri kapolda kapolres kapolsek "
    "kasat kabid humas kabag kasubdit spokesman spokeswoman spokesperson official officials source "
    "sources analyst expert police resident witness lawyer president minister governor mayor senator "
    "officer aide adviser advisor"
)
# Sources that are not persons but report or find things: "laporan media asing yang menyebut …".
_SOURCE_NOUNS = _wordset("laporan media peneliti penelitian studi survei")

#: English nouns for people who speak (a speaker phrase without a name: ``hacking specialists say …``).
_EN_ROLE_NOUNS = _wordset(
    "spokesmen spokeswomen spokespeople analysts experts specialists economists strategists researchers "
    "scientists scholars historians professors professor economist strategist researcher scientist scholar "
    "historian critics critic supporters supporter opponents opponent aides advisers advisors officers "
    "residents witnesses lawyers attorneys attorney prosecutors prosecutor investigators investigator "
    "employees employee workers worker staffers staffer observers observer voters voter members member "
    "leaders leader lawmakers lawmaker legislators legislator senators representatives democrats "
    "republicans activists activist organizers organizer officials insiders insider pollsters pollster "
    "advocates advocate executives executive diplomats diplomat consultants consultant operatives "
    "operative donors donor delegates delegate candidates candidate campaign spokesperson person people "
    "brother sister mother father wife husband son daughter friend friends neighbor neighbors relative "
    "relatives colleague colleagues doctor doctors judge judges chairman chairwoman chair director "
    "manager owner founder president ceo administration government agency department committee "
    "commission court report study survey poll group organization company firm"
)

_CONTACT = re.compile(
    r"\s+(?:(?:yang|saat|ketika|sewaktu|ketika|tatkala)\s+)?(?:dihubungi|ditemui|dikonfirmasi|diwawancarai|"
    r"dijumpai|dimintai|ditanya|ditanyai|when\s+asked|when\s+contacted)\b",
    re.I,
)
_ROLE_TOKEN = re.compile(r"[ \t]*(,(?=[ \t]+(?:[A-Z]|dan\s|serta\s))|\([A-Z][\w-]*\)|[\w’'&-]+)")
_DAY = re.compile(r"senin|selasa|rabu|kamis|jumat|sabtu|minggu|kemarin|pekan|hari")
_SPEAKER_LEAD = re.compile(
    r"(?:\bmenurut|\b(?:hal|pendapat|pandangan|pernyataan) (?:senada|serupa|sama|berbeda)\s+(?:juga\s+)?"
    r"(?:disampaikan|dikemukakan|diungkapkan|dilontarkan|diutarakan|dinyatakan)(?:\s+oleh)?)"
    r"(?:\s+[\w()-]+){0,14}?\s*$",
    re.I,
)
_VERBISH = re.compile(r"(?:me|di|ber|ter)[a-z]{3,}$")
_PLACE_HEAD = _wordset(
    "desa dusun kelurahan kecamatan kabupaten kota provinsi jalan jl pulau gunung sungai pantai pasar kampung"
)
_ORG_TAIL = _wordset("tbk persero tbk. ltd inc corp co")
_NOT_NAME = _wordset(
    "desa dusun kelurahan kecamatan kabupaten kota provinsi jalan jl sungai pulau gunung danau pantai "
    "pasar kartu program dinas badan kantor rumah sakit universitas sekolah partai bank pt hotel "
    "bandara stasiun pelabuhan istana gedung masjid gereja taman hutan selat laut teluk tanjung covid "
    "undang rancangan perda peraturan tim satgas komisi dewan majelis mahkamah kementerian kepolisian "
    "polda polres polsek balai laboratorium bidang pusat kajian asosiasi industri pengurus ikatan "
    "lembaga yayasan forum gerakan perusahaan pemerintah pemprov pemkot pemkab dprd dpr kpu bawaslu "
    "pandemi virus bandara kapal gedung negara warga pelindungan perlindungan direktorat departemen "
    "unit kerja informasi penyakit"
    " kesehatan alat produsen pendidikan keuangan sosial ekonomi perekonomian daerah nasional"
)
_ACTIVE_VERB = re.compile(
    r",?\s+(?:(?:juga|pun|kemudian|lalu|sudah|telah|tetap|masih|pun)\s+)?"
    r"(?:me|ber|ter)[a-z]{3,}\b"
)
_NOT_SUBJECT = re.compile(
    r"(?:yang|which|who|senin|selasa|rabu|kamis|jumat|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|pekan|kemarin|hari|tahun|bulan|\(?\d)\b",
    re.I,
)
_DEGREE = re.compile(r"^\S*[a-z][A-Z]\S*$|^[A-Z][a-z]?\.[A-Z]")
_PHRASE_END = re.compile(r"[.,;:!?\n“”\"«»]")
_APPOSITION_NAME = re.compile(r",\s*((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*)\s*(?=[,.;\n]|\s+[a-z]|$)")
_APPOSITION_ROLE = re.compile(r",\s+(?:(?:salah satu|seorang|selaku|sebagai)\s+)?[a-z]")
_AFTER_SPEAKER = _wordset("dikutip dilansir mengutip lewat via sebagaimana seperti kepada usai seusai")
_OBJECT_NOUNS = _wordset(
    "alasan program beberapa sejumlah rencana hal kondisi langkah upaya kronologi pentingnya harapan "
    "terima kasih belasungkawa apresiasi permintaan maaf"
)
_EN_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
_EN_TIME = (
    r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?"
    r"|yesterday|today|tonight|last\s+(?:week|month|year|night)|this\s+(?:week|month|year)|earlier|later"
    r"|recently|again|also|repeatedly|publicly|privately|previously|often|frequently|once"
)
_EN_ADJUNCT = re.compile(  # adjuncts between a reporting verb and its content: "said in a statement Tuesday"
    r"(?:,?\s*(?:(?i:(?:in|during|at|on|via|through|over)\s+(?:(?:a|an|the|his|her|their|its|this|that)\s+)?)"
    r"(?:[A-Z][\w.’'-]*\s+|[\w-]+\s+){0,2}?(?i:statements?|interviews?|speech|letter|e-?mail|release|conference|"
    r"call|post|tweets?|op-ed|debate|rally|appearance|hearing|town\s+hall|radio|television|broadcast|show|"
    r"twitter|facebook|instagram|briefing|remarks|memo)(?:\s+(?:with|to|on)\s+(?:the\s+)?"
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)?"
    r"|(?i:" + _EN_TIME + r"))\b,?)+"
)
_REFUSAL = re.compile(r"(?:menolak|enggan|tidak mau|tak mau|belum mau|urung)\s+$", re.I)
_ANAPHORIC = re.compile(r"\b(?:tersebut|itu|ini)$", re.I)
_AGE = re.compile(r"\s*\(\d{1,3}(?:\s*tahun)?\)")
_ROLE_BEFORE = re.compile(
    r"\b(?:warga|petani|pedagang|nelayan|ibu|bapak|pak|bu|mahasiswa|siswa|guru|dokter|"
    r"sopir|pengemudi|buruh|karyawan|pengusaha|pemilik|kepala|ketua|direktur|koordinator|"
    r"manajer|pengamat|peneliti|dosen|anggota|juru bicara|kuasa hukum|pengacara|"
    r"mr\.?|mrs\.?|ms\.?)\s+$",
    re.I,
)


def _looks_like_name(text: str) -> bool:
    """One to four capitalised words, no digits: ``Budi Santoso``, ``FX Winardi``."""
    words = text.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not any(c.isdigit() for c in text)


def _title_like(words: list[str]) -> bool:
    """``“Laskar Pelangi”``, ``“Gerakan Nasional Revolusi Mental”``: most words capitalised."""
    caps = sum(1 for w in words if w[:1].isupper())
    return (
        len(words) <= 8 and caps >= max(2, 0.7 * len(words)) and not words[-1].endswith((".", ",", "!", "?"))
    )


def _words_between_comma(before: str) -> int:
    return len(before.rsplit(",", 1)[-1].split())


def _phrase_end(text: str, pos: int) -> int:
    m = _PHRASE_END.search(text, pos)
    return m.start() if m else len(text)


def _clause_end(text: str, pos: int) -> int:
    m = _CLAUSE_END.search(text, pos)
    return m.start() if m else len(text)


_ID_SUBORDINATOR = re.compile(
    r"(?<!\w)(?:sejak|setelah|sesudah|ketika|tatkala|sewaktu|karena|sebelum|meskipun|meski|walaupun|"
    r"walau|hingga|sehingga|agar|supaya|jika|kalau|apabila)\s+(?!(?:itu|ini|demikian)\b)(?=\S)",
    re.I,
)
_ID_CONJ_END = re.compile(r"\s+(?:dan|serta|lalu|kemudian|sekaligus)$", re.I)
_ID_PREPOSITION = _wordset(
    "dengan di ke dari dalam pada oleh untuk kepada terhadap atas antara tentang mengenai soal"
)
# A time or place adjunct or a relative clause ends a noun phrase: "pengumuman Kementerian X pada hari Selasa,
# yang …", "gugatan dari 50 warga yang tinggal di …".
_ID_NP_END = _wordset(
    "pada di dalam saat ketika kemarin hari senin selasa rabu kamis jumat sabtu minggu pekan yang"
)
_ID_ADVERB_TAIL = re.compile(
    r"(?:\s+(?:secara\s+\w+|juga|pun|telah|sudah|akan|kembali|lalu|kemudian|masih|tetap|sempat|baru|tidak|"
    r"tak|belum|bahkan|pernah|saling))+$",
    re.I,
)
# Affixed verb forms (meN-, di-, ber-): stricter than _VERBISH (used by the subject-position rules, it takes
# "media", "menteri", "terbesar" for verbs); ter- is left out: its superlatives are adjectives.
_ID_VERB = re.compile(r"(?:me(?:m|n|ng|ny|l|r|w|y)[a-z]{2,}|di[a-z]{3,}|ber[a-z]{3,})")
# Words of those shapes that are nouns, adjectives or prepositions in speaker phrases ("menteri", "dinas").
_ID_VERB_NOT = _wordset(
    "menteri menu merek memang merdeka meriam dinas direktur direktorat direksi dirut dirjen diaspora "
    "diplomat diplomasi diskusi dimensi distrik divisi dirinya diri dini berita beras berat berkas bersama "
    "berapa beranda berlian bersih"
)
_ID_COPULA = _wordset("adalah ialah yakni yaitu")


def _id_verb(word: str) -> bool:
    word = word.strip(",.;:()")
    w = word.lower()
    return word == w and (_ID_VERB.fullmatch(w) is not None or w in _ID_COPULA) and w not in _ID_VERB_NOT


def _id_subject(
    text: str, s: int, e: int, relative: bool = False, coordinated: bool = False
) -> tuple[int, int]:
    """Narrow an Indonesian phrase that runs up to a cue down to the cue's subject.

    ``Peneliti berencana melakukan … dan [berharap]`` → ``Peneliti`` (the first conjunct's subject);
    ``X menanggapi laporan media Barat yang [menyebut]`` → ``laporan media Barat`` (a relative clause:
    the noun phrase before ``yang``); ``Ini adalah … sejak Presiden AS Donald Trump [mengumumkan]`` →
    ``Presiden AS Donald Trump`` (the subject after a subordinator)."""
    phrase = text[s:e]
    words = list(re.finditer(r"\S+", phrase))
    if relative or (len(words) > 1 and words[-1].group().lower() == "yang"):
        end = words[-1].start() if not relative else len(phrase)
        verbs = [m for m in words[1:] if m.end() <= end and _id_verb(m.group())]
        start = verbs[-1].end() if verbs else 0
        np = [m for m in words if start <= m.start() and m.end() <= end]
        while np and np[0].group().lower() in _ID_PREPOSITION:
            np = np[1:]
        cut = next((i for i, m in enumerate(np) if i and m.group().lower().strip(",") in _ID_NP_END), None)
        np = np[:cut]
        if np:
            return _strip(text, s + np[0].start(), s + np[-1].end())
        return s, e
    if coordinated or _ID_CONJ_END.search(phrase):
        verbs = [m for m in words[1:] if _id_verb(m.group())]
        if verbs:
            sub = _ID_ADVERB_TAIL.sub("", phrase[: verbs[0].start()].rstrip())
            if sub:
                return s, s + len(sub)
    last = None
    for m in _ID_SUBORDINATOR.finditer(phrase):
        last = m
    # only a bare subject after it: "… jika negara tersebut berkolaborasi dengan Iran untuk" is a clause
    if last is not None and last.start() > 0 and not any(_id_verb(w) for w in phrase[last.end() :].split()):
        return _strip(text, s + last.end(), e)
    return s, e


def _balance(text: str, s: int, e: int) -> tuple[int, int]:
    """Keep brackets in a phrase paired: take in the ``)`` that closes it (``Ahsanul (Anol``), else cut
    before an unclosed ``(`` (``Pigai (22/5/2026``) or after an unopened ``)``."""
    open_at: list[int] = []
    for i in range(s, e):
        if text[i] == "(":
            open_at.append(i)
        elif text[i] == ")":
            if open_at:
                open_at.pop()
            else:
                return _balance(text, *_strip(text, i + 1, e)) if i - s < 2 else _strip(text, s, i)
    if not open_at:
        return s, e
    inner = text[open_at[0] + 1 : e]
    if len(open_at) == 1 and text[e : e + 1] == ")" and not re.search(r"/|\b\d{4}\b", inner):
        return s, e + 1
    return _strip(text, s, open_at[0])


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and not (text[s].isalnum() or text[s] in '“"‘«„'):
        s += 1
    while e > s and not (text[e - 1].isalnum() or text[e - 1] in '.)”"’»'):
        e -= 1
    return s, e


def _strip_content(text: str, s: int, e: int) -> tuple[int, int]:
    """Content boundaries: no surrounding spaces, commas, full stops or outer quote marks."""
    while s < e and (text[s].isspace() or text[s] in ",:;-–—"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",.;:"):
        e -= 1
    if e > s and text[e - 1] in '”"’»' and text[s:e].count(text[e - 1]) + text[s:e].count("“") <= 1:
        e -= 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",.;:"):
        e -= 1
    return s, e


def _split_sentences(text: str) -> list[tuple[int, int]]:
    """Fallback sentence split when the sentences stage did not run."""
    out = []
    start = 0
    for m in _SENT_END.finditer(text):
        s, e = start, m.start() if text[m.start()] == "\n" else m.start()
        if e > s and text[s:e].strip():
            out.append(_strip_ws(text, s, e))
        start = m.end()
    if start < len(text) and text[start:].strip():
        out.append(_strip_ws(text, start, len(text)))
    return out


def _rule_sentences(text: str) -> list[tuple[int, int]]:
    """Sentences from the punctuation rules of the sentences stage (paragraphs, abbreviations), no model."""
    from warta.sentences import _split_paragraph, paragraphs

    return [se for ps, pe in paragraphs(text) for se in _split_paragraph(text, ps, pe, None)]


def _strip_ws(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


_EN_ABBR = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Cmdr|St|Jr|Sr|Prof|Rev|Mt|Ft|"
    r"Inc|Corp|Co|Ltd|No|vs|[A-Z])\.$"
)
#: English words that make the words after a cue a clause, not a speaker phrase: ``…, said he would …``.
_EN_CLAUSE_WORD = _wordset(
    "is are was were has have had will would can could should may might must does did do isn't wasn't "
    "won't wouldn't can't couldn't doesn't didn't don't hasn't haven't"
)
_EN_SUBJ_PRONOUN = _wordset("he she they we i it there")
#: Before a second cue inside an English reported clause: ``… but (also) agreed``, ``…, adding``.
_EN_COORD = re.compile(
    r"(?:,\s*|[\s,]+(?:and|but|while|yet|who|which|though|although)\s+)(?:[\w’'.-]+\s+){0,3}"
    r"(?:(?:\w+ly|also|then|later|has|have|had)\s+)*$",
    re.I,
)
#: Adjuncts that may follow a post-posed English cue: ``…, X said during a speech to …``.
_EN_TAIL_START = _wordset("in at on during after before while when as to at from by outside inside via in")
#: ``Name: statement`` at the start of a line (at most five capitalised words, ``Clinton to voters``).
_EN_COLON_LINE = re.compile(
    r"^[ \t]*((?:[A-Z][\w.’'&-]*)(?:\s+(?:[A-Z][\w.’'&-]*|to|at|on|in|of|and)){0,5}):[ \t]+(\S[^\n]*)$", re.M
)
_EN_COLON_LABELS = _wordset(
    "poll polls report reports news guide update updated editor editor's note photo photos video videos "
    "watch "
    "read more related source sources analysis opinion exclusive breaking live fact check timeline q a "
    "transcript correction advertisement also see full text abstract summary background warning disclaimer "
    "sign up follow subscribe credit caption graphic chart map table question answer bottom line why what "
    "how who when where tip tips quiz review ranking rankings day week monday tuesday wednesday thursday "
    "friday saturday sunday january february march april may june july august september october november "
    "december by tags tag topics topic share posted filed keywords contact email phone tel fax website "
    "address location date time price prices notes edited editing reporting written"
)
#: The addressee after ``told``: ``told me``, ``told CNN``, ``told The Washington Post``, ``told reporters``.
_EN_ADDRESSEE = re.compile(
    r"\s*(?:(?:me|us|him|her|them|you)\b"
    r"|(?:[A-Z][\w.’'&-]*\s+){1,4}(?=[a-z])"
    r"|(?:(?:the|a|an|his|her|their|local|fellow)\s+)?(?:\w+\s+)?(?:reporters|journalists|supporters|crowd|"
    r"audience|voters|listeners|viewers|readers|members|students|workers|lawmakers|donors|delegates|"
    r"senators|colleagues|staff|aides|officials|interviewers?|radio host|host|anchor|newspaper)\b)"
)
#: Words that cannot open the speaker phrase after a post-posed English cue (``“…,” said in an interview``).
_EN_SPEAKER_STOP = _wordset("in at on during after before when while to that according as about of for with")
#: A participle or connective after a comma that ends an English reported clause: ``X said A, adding B``.
_EN_CONTENT_END = re.compile(
    r";|,\s+(?:adding|saying|noting|insisting|explaining|arguing|citing|pointing|calling|telling|warning|"
    r"according|claiming|acknowledging|suggesting|stressing|referring|urging|asking)\b"
)
#: A subordinator before the speaker ends the reported clause at the next comma: ``While X said A, B.``
_EN_SUBORDINATE = re.compile(
    r"^\W*(?:(?:and|but|so)\s+)?(?:while|although|though|even though|even as|because|since|whereas|if|"
    r"after|before|when|once|as|unless|until)\s",
    re.I,
)


def _en_clause_end(text: str, pos: int, rx: re.Pattern[str] = _CLAUSE_END) -> int:
    """English clause end: like :func:`_clause_end`, but the full stop of an abbreviation (``Mr.``, ``Sen.``,
    an initial) does not end a clause."""
    p = pos
    while True:
        m = rx.search(text, p)
        if m is None:
            return len(text)
        if text[m.start()] == "." and _EN_ABBR.search(text, max(0, m.start() - 5), m.start() + 1):
            p = m.end()
            continue
        return m.start()


def cue_span(article: Article, start: int, end: int) -> Span:
    """The cue as a record span."""
    return article.span(start, end)
