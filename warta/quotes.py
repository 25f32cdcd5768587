"""Quotations: direct quotes in quote marks with their reporting cue and speaker.

Baseline: text between paired quote marks (four words or more, so scare quotes and titles are left out),
a cue word from the language pack's ``cues.tsv`` right after the closing mark (``“…,” kata X``) or right
before the opening one (``X mengatakan, “…”``), and the speaker named next to the cue. ``-nya`` cue forms
and pronouns point back to the last person mentioned.
"""

from __future__ import annotations

import re

from warta.pipeline import Context, register
from warta.record import Article, Entity, Quote, Span

_PAIRS = {"“": "”", '"': '"', "«": "»", "„": "“", "‘": "’", "”": "”"}
_OPEN = re.compile(r"[“\"«„]|(?<![\w])‘")
MIN_WORDS = 4
PRONOUNS = frozenset({"ia", "dia", "beliau", "mereka", "he", "she", "they"})


def _cues(ctx: Context, lang: str) -> frozenset[str]:
    pack = ctx.resources.pack(lang)
    return ctx.resources.cached(f"cues:{pack.lang}", lambda: pack.words("cues"))


def find_quoted(text: str) -> list[tuple[int, int]]:
    """(start, end) of the content of each quoted passage; an unclosed mark at a paragraph end runs on
    into the next paragraph when that one opens with a quote mark, else is dropped."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while True:
        m = _OPEN.search(text, i)
        if not m:
            break
        open_ch = m.group(0)
        close_ch = _PAIRS[open_ch]
        j = m.end()
        close = _find_close(text, j, close_ch)
        if close is None:
            i = j
            continue
        out.append((j, close))
        i = close + 1
        if i >= n:
            break
    return out


def _find_close(text: str, j: int, close_ch: str) -> int | None:
    pos = j
    while True:
        k = text.find(close_ch, pos)
        nl = text.find("\n", pos)
        if k != -1 and (nl == -1 or k < nl):
            if close_ch == "’" and k + 1 < len(text) and text[k + 1].isalpha():
                pos = k + 1  # an apostrophe inside a word
                continue
            return k
        if nl == -1:
            return None
        # Paragraph ended without a closing mark: continue only into a paragraph that re-opens the quote.
        nxt = nl
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        if nxt < len(text) and text[nxt] in "“\"«„":
            pos = nxt + 1
            continue
        return None


@register("quotes")
def quotes_stage(article: Article, ctx: Context) -> None:
    """Fill ``article.quotes`` with direct quotations."""
    text = article.text
    lang = article.language or "id"
    cues = _cues(ctx, lang)
    quotes: list[Quote] = []
    for s, e in find_quoted(text):
        content = text[s:e]
        core = content.strip(" ,.")
        if len(core.split()) < MIN_WORDS:
            continue
        cue, speaker_span = _cue_after(text, e + 1, cues) or _cue_before(text, s - 1, cues) or (None, None)
        speaker_id, speaker_text = _speaker(article, speaker_span, s)
        quotes.append(Quote(id=f"q{len(quotes) + 1}", start=s, end=e, text=content, kind="direct", cue=cue,
                            speaker=speaker_id, speaker_text=speaker_text,
                            sentence=article.sentence_index(s)))
    article.quotes = quotes


_WORD = re.compile(r"[\w’'-]+")


def _cue_after(text: str, pos: int, cues: frozenset[str]) -> tuple[Span, Span | None] | None:
    """``“…,” kata Menteri X.`` or ``“…,” ujarnya.``: cue within the first three words after the quote."""
    window_end = _clause_end(text, pos)
    words = list(_WORD.finditer(text, pos, window_end))[:4]
    for k, w in enumerate(words):
        if w.group(0).lower() in cues:
            cue = Span(start=w.start(), end=w.end(), text=w.group(0))
            if w.group(0).lower().endswith("nya"):
                return cue, None
            rest = words[k + 1 :]
            if rest:
                sp_end = _clause_end(text, rest[0].start())
                return cue, Span(start=rest[0].start(), end=sp_end, text=text[rest[0].start() : sp_end])
            # "X kata" order is rare; the speaker may precede the cue: "…,” Budi menambahkan.
            if k > 0:
                return cue, Span(start=words[0].start(), end=words[k - 1].end(),
                                 text=text[words[0].start() : words[k - 1].end()])
            return cue, None
    return None


def _cue_before(text: str, pos: int, cues: frozenset[str]) -> tuple[Span, Span | None] | None:
    """``Menteri X mengatakan, “…”``: a cue in the clause just before the opening mark."""
    start = max(text.rfind("\n", 0, pos), text.rfind(".", 0, pos), 0)
    words = list(_WORD.finditer(text, start, pos))
    for k in range(len(words) - 1, max(-1, len(words) - 6), -1):
        w = words[k]
        if w.group(0).lower() in cues:
            cue = Span(start=w.start(), end=w.end(), text=w.group(0))
            if k == 0:
                return cue, None
            sp = Span(start=words[0].start(), end=words[k - 1].end(),
                      text=text[words[0].start() : words[k - 1].end()])
            return cue, sp
    return None


def _clause_end(text: str, pos: int) -> int:
    m = re.compile(r"[.,;:!?\n“\"]").search(text, pos)
    return m.start() if m else len(text)


def _speaker(article: Article, span: Span | None, quote_start: int) -> tuple[str | None, str | None]:
    if span is not None:
        words = span.text.split()
        if words and words[0].lower() in PRONOUNS:
            ent = _last_person(article, quote_start)
            return (ent.id if ent else None), span.text
        ent = _entity_in(article, span.start, span.end)
        return (ent.id if ent else None), span.text.strip()
    ent = _last_person(article, quote_start)
    return (ent.id if ent else None), None


def _entity_in(article: Article, start: int, end: int) -> Entity | None:
    best = None
    for ent in article.entities:
        for m in ent.mentions:
            if m.start >= start and m.end <= end and (best is None or ent.type == "PERSON"):
                best = ent
    return best


def _last_person(article: Article, before: int) -> Entity | None:
    best, best_pos = None, -1
    for ent in article.entities:
        if ent.type != "PERSON":
            continue
        for m in ent.mentions:
            if best_pos < m.start < before:
                best, best_pos = ent, m.start
    return best
