"""Sentence segmentation for news: paragraphs, headlines, datelines, quotes, abbreviations.

Layout comes from rules (a line break ends a sentence; a dateline such as ``Jakarta, CNN Indonesia --``
is split off the lead and recorded in ``article.dateline``). Inside a paragraph a sentence ends where the
punctuation rules or, when a model is loaded, the trained model (sentence recogniser or parser) put a
boundary; ``warta eval sentences`` measures each choice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from warta.pipeline import Context, register
from warta.record import Article, Sentence, Span

# Abbreviations that end with a full stop but rarely end a sentence (lower-cased, without the final dot).
ABBREVIATIONS = frozenset(
    """
    dr drs dra prof ir h hj kh ny tn sdr sdri st no nos jl jln kol jend brigjen mayjen letjen kombes
    kompol akbp ajun irjen komjen laksda laksma marsda marsma dll dsb dst dkk tsb yth a.n u.p s.h s.e
    m.si m.m m.h s.sos s.pd s.ag m.a m.sc ph.d s.t s.kom s.ip m.pd mr mrs ms messrs gen lt col capt sgt
    rep sen gov pres dept corp inc ltd co vs etc e.g i.e approx jan feb mar apr jun jul aug sep sept oct
    nov dec u.s u.k u.n a.s
    """.split()  # noqa: SIM905 - a word list reads best as text
)

_DASH = r"(?:--|—|–|-)"
# "Jakarta, CNN Indonesia --", "JAKARTA, KOMPAS.com -", "Jakarta (ANTARA) -", "TEMPO.CO, Jakarta -",
# "Kompas.com–", "LONDON, March 3 (Reuters) -", "Jakarta - ".
_DATELINE = re.compile(
    r"(?P<dl>(?:[A-Z][\w.'’&]*|\([A-Za-z][\w. ]*\)|\d{1,2}(?:\s*/\s*\d{1,2})?)"
    r"(?:[ ,]+(?:[A-Z][\w.'’&]*|\([A-Za-z][\w. ]*\)|\(\d{1,2}\s*/\s*\d{1,2}\)|\d{1,2}|[A-Z][a-z]+\.?)){0,5})"
    r"\s*" + _DASH + r"\s*(?=\S)"
)
_OUTLET_HINT = re.compile(
    r"\.(com|co|id|net|org|news)\b|^\(.*\)$|CNN|ANTARA|Reuters|AP|AFP|Bernama|Xinhua", re.I
)

_CLOSING = frozenset("\"'”’»)]")
_BOUNDARY = re.compile(
    r"(?P<punct>[.!?…]+|\.{3})(?P<close>[\"'”’»)\]]*)(?P<space>\s+)(?=[\"“‘«(\[]?[A-Z0-9À-Ý])"
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")


@register("sentences")
def sentences_stage(article: Article, ctx: Context) -> None:
    """Fill ``article.sentences`` (and ``article.dateline``)."""
    text = article.text
    article.dateline = find_dateline(text, article.body_start)
    if article.dateline and not article.source:
        article.source = dateline_parts(article.dateline.text)[1]
    skip_to = article.dateline.end if article.dateline else -1
    sents: list[Sentence] = []
    doc = ctx.doc
    for p_start, p_end in paragraphs(text):
        if p_start <= skip_to < p_end:
            p_start = skip_to
        for s, e in _split_paragraph(text, p_start, p_end, doc):
            sents.append(Sentence(start=s, end=e))
    article.sentences = sents


def find_dateline(text: str, body_start: int) -> Span | None:
    """The dateline/source prefix at the start of the body, if any."""
    m = _DATELINE.match(text, body_start) if body_start < len(text) else None
    if m is None:
        # Also allow a dateline on the first line even when there is no title.
        return None
    dl = m.group("dl")
    if len(dl) > 70 or "\n" in dl:
        return None
    words = re.findall(r"[A-Za-z]+", dl)
    # A real dateline is short and all its words are capitalised (or an outlet in parentheses).
    if (
        not words
        or len(words) > 7
        or any(w[0].islower() for w in words if w.lower() not in {"com", "co", "id"})
    ):
        return None
    return Span(start=m.start(), end=m.end(), text=text[m.start() : m.end()])


def dateline_parts(dateline: str) -> tuple[str | None, str | None]:
    """Split a dateline into (place, outlet): ``Jakarta, CNN --`` → (``Jakarta``, ``CNN``)."""
    core = re.sub(_DASH + r"\s*$", "", dateline.strip()).strip()
    parts = [p.strip() for p in re.split(r",|(?=\()", core) if p.strip()]
    place = outlet = None
    for part in parts:
        clean = part.strip("() ")
        if re.fullmatch(r"[\d /]+", clean) or re.fullmatch(r"[A-Z][a-z]+\.? \d{1,2}", clean):
            continue  # a date such as (27/3) or "March 3"
        if _OUTLET_HINT.search(part) and outlet is None:
            outlet = clean
        elif place is None:
            place = clean.title() if clean.isupper() else clean
        elif outlet is None:
            outlet = clean
    return place, outlet


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Lines (stripped of surrounding blanks); a soft-wrapped line continuing in lower case is joined."""
    start = 0
    n = len(text)
    while start < n:
        end = text.find("\n", start)
        if end == -1:
            end = n
        # Join soft wraps: the line does not end a sentence and the next starts in lower case.
        while end < n:
            nxt = end + 1
            if nxt < n and text[nxt].islower() and text[start:end].rstrip()[-1:] not in ".!?:\"”'’":
                e2 = text.find("\n", nxt)
                end = n if e2 == -1 else e2
            else:
                break
        s, e = _strip(text, start, end)
        if s < e:
            yield s, e
        start = end + 1


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _split_paragraph(text: str, start: int, end: int, doc: object) -> Iterator[tuple[int, int]]:
    cuts = _rule_cuts(text, start, end)
    model = _model_cuts(text, doc, start, end) if doc is not None else None
    if model:
        # Rules and model together: on treebank text neither alone is better (docs/evaluation.md);
        # near-identical cuts (before/after the space) yield an empty piece, which is skipped.
        cuts = sorted({*cuts, *model})
    prev = start
    for c in [*cuts, end]:
        s, e = _strip(text, prev, c)
        if s < e:
            yield s, e
        prev = c


def _model_cuts(text: str, doc: object, start: int, end: int) -> list[int] | None:
    try:
        if not doc.has_annotation("SENT_START"):  # type: ignore[attr-defined]
            return None
        span = doc.char_span(start, end, alignment_mode="expand")  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return None
    if span is None:
        return None
    cuts = []
    for t in span[1:]:
        if not t.is_sent_start or t.idx <= start:
            continue
        c = t.idx
        # A closing quote glued to the full stop before it belongs to that sentence ('… sepadan."').
        while c < end and text[c] in _CLOSING and not text[c - 1].isspace():
            c += 1
        if c < end:
            cuts.append(c)
    return cuts


def _rule_cuts(text: str, start: int, end: int) -> list[int]:
    cuts = []
    for m in _BOUNDARY.finditer(text, start, end):
        if m.group("punct") == "." and not m.group("close"):
            before = _WORD_BEFORE.search(text, max(start, m.start() - 20), m.start())
            word = before.group(1).lower() if before else ""
            if word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS:
                continue
            if len(word) == 1 and word.isalpha():  # an initial: "Susilo B. Yudhoyono"
                continue
        cuts.append(m.end("close"))
    return cuts
