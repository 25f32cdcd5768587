"""Quote evaluation: PFSA-ID (Indonesian, BILOU), warta's own dev set and PolNeAR (English, brat).

Scores (see ``docs/evaluation-quotes.md``): span-overlap P/R/F1 (a gold and a predicted quote match when their
characters overlap; one-to-one, largest overlap first), exact-span F1 (after trimming quote marks, spaces and
a
final comma), cue accuracy (predicted cue overlaps the gold cue) and speaker accuracy (the predicted speaker
entity is the gold speaker), each over the matched quotes that have that gold label.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.eval._common import prf
from warta.record import Article

__all__ = ["evaluate_quotes", "format_report", "read_bilou", "detokenise"]

DATASETS = ("pfsa", "dev", "polnear")
PFSA_FILE = "pfsa-id/pfsa-id_dev-40.txt"
DEV_FILE = "devsets/quotes_id.jsonl"
POLNEAR_DIR = "en-polnear-attribution/data/dev"
_MARKS = "“”\"„«»‘’'"
_DATELINE = re.compile(r"^[A-Z][A-Z .]*$")


def data_root() -> Path:
    """``$WARTA_DATA``, else ``<repo>/../shared/data``."""
    env = os.environ.get("WARTA_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2].parent / "shared" / "data"


def _pipeline(options: dict[str, Any] | None = None) -> Any:
    from warta.pipeline import DEFAULT_STAGES, Pipeline

    names = list(DEFAULT_STAGES[: DEFAULT_STAGES.index("quotes") + 1])
    return Pipeline(names, options=options)


# -- PFSA-ID -----------------------------------------------------------------------------------------------
@dataclass
class BilouDoc:
    """One article of a BILOU file: tokens, tags and the index of each sentence's first token."""

    tokens: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    sent_starts: list[int] = field(default_factory=list)


def read_bilou(path: str | Path) -> list[BilouDoc]:
    """Read a token<TAB>tag file; articles start at a dateline sentence (``JAKARTA , KOMPAS —``)."""
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            tok, _, tag = line.partition("\t")
            cur.append((tok, tag.strip() or "O"))
    if cur:
        sents.append(cur)
    docs: list[BilouDoc] = []
    for sent in sents:
        if not docs or _is_dateline(sent):
            docs.append(BilouDoc())
        doc = docs[-1]
        doc.sent_starts.append(len(doc.tokens))
        for tok, tag in sent:
            doc.tokens.append(tok)
            doc.tags.append(tag)
    return docs


def _is_dateline(sent: list[tuple[str, str]]) -> bool:
    toks = [t for t, _ in sent[:7]]
    if "," not in toks:
        return False
    k = toks.index(",")
    return 0 < k <= 4 and all(_DATELINE.match(t) for t in toks[:k]) and toks[k + 1 : k + 2] == ["KOMPAS"]


_NO_SPACE_BEFORE = frozenset(",.;:!?)]}%…")
_NO_SPACE_AFTER = frozenset("([{")


def detokenise(tokens: list[str], sent_starts: list[int]) -> tuple[str, list[tuple[int, int]]]:
    """Article text from tokens (one sentence a line; quote marks attached to their content) and the character
    span of every token. A lone ``”``/``"`` opens or closes by alternation; an opening mark that ends a
    sentence moves to the start of the next line."""
    starts = set(sent_starts)
    kinds: list[str] = []
    inside = False
    for i, t in enumerate(tokens):
        if t in ("“", "„", "«"):
            kinds.append("open")
            inside = True
        elif t in ("”", '"', "»"):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            prev = tokens[i - 1] if i else ""
            if inside or (prev == "," and nxt[:1].islower()):
                kinds.append("close")
                inside = False
            else:
                kinds.append("open")
                inside = True
        else:
            kinds.append("")
        if i + 1 in starts and inside and kinds[-1] != "open":
            pass  # a quote that runs over the sentence end stays open
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    attach_next = False
    n = len(tokens)
    for i, t in enumerate(tokens):
        sep = ""
        if i:
            new_line = i in starts and not (kinds[i - 1] == "open" and i - 1 in starts)
            if new_line:
                sep = "\n"
            elif attach_next or t in _NO_SPACE_BEFORE or kinds[i] == "close":
                sep = ""
            elif t in "-/" or (tokens[i - 1] in "-/" and i >= 2 and tokens[i - 2][-1:].isalnum()):
                sep = "" if tokens[i - 1][-1:].isalnum() or tokens[i - 1] in "-/" else " "
            else:
                sep = " "
        # an opening mark that ends a sentence goes to the next line
        if kinds[i] == "open" and (i + 1 in starts or i + 1 == n) and i + 1 < n:
            sep = "\n" if i else ""
            parts.append(sep)
            pos += len(sep)
            spans.append((pos, pos + len(t)))
            parts.append(t)
            pos += len(t)
            attach_next = True
            starts.discard(i + 1)
            continue
        parts.append(sep)
        pos += len(sep)
        spans.append((pos, pos + len(t)))
        parts.append(t)
        pos += len(t)
        attach_next = kinds[i] == "open" or t in _NO_SPACE_AFTER
    return "".join(parts), spans


def _spans(tags: list[str], label: str) -> list[tuple[int, int]]:
    """Token spans [start, end) of one label (BILOU, carried over sentence breaks)."""
    out = []
    start = None
    for i, tag in enumerate(tags):
        pre, _, lab = tag.partition("-")
        if lab != label:
            continue
        if pre == "U":
            out.append((i, i + 1))
        elif pre == "B":
            start = i
        elif pre == "L" and start is not None:
            out.append((start, i + 1))
            start = None
    return out


@dataclass
class GoldQuote:
    start: int
    end: int
    kind: str | None = None
    cue: tuple[int, int] | None = None
    speaker: tuple[int, int] | None = None  # the speaker mention as written
    speaker_names: set[str] = field(default_factory=set)  # name tokens of the person meant
    # the fragments of a discontinuous content (brat ``a b;c d``), else None (one span, start to end)
    parts: list[tuple[int, int]] | None = None


_TITLE_TOKENS = frozenset({"presiden", "menteri", "gubernur", "wali", "kota", "bupati", "ketua", "kepala"})


def _title_tokens() -> frozenset[str]:
    """Words of person titles (``Komisaris Besar``, ``Inspektur Jenderal``): not name tokens of the person
    meant, or a predicted entity named ``Jenderal`` would count as the speaker."""
    global _TITLES_CACHE
    if _TITLES_CACHE is None:
        words = set(_TITLE_TOKENS)
        for lang in ("id", "en"):
            f = Path(__file__).resolve().parents[1] / "lang" / lang / "person_titles.tsv"
            if f.exists():
                for line in f.read_text(encoding="utf-8").splitlines()[1:]:
                    if line and not line.startswith("#"):
                        words.update(w.lower().strip(".") for w in line.split("\t")[0].split())
        _TITLES_CACHE = frozenset(words - {""})
    return _TITLES_CACHE


_TITLES_CACHE: frozenset[str] | None = None


def _pfsa_gold(doc: BilouDoc, spans: list[tuple[int, int]]) -> list[GoldQuote]:
    toks, tags = doc.tokens, doc.tags
    stmts = _spans(tags, "STATEMENT")
    cues = sorted(_spans(tags, "CUE") + _spans(tags, "CUECOREF"))
    persons = _spans(tags, "PERSON")
    refs = sorted(
        [(s, e, "PERSON") for s, e in persons]
        + [(s, e, "PERSONCOREF") for s, e in _spans(tags, "PERSONCOREF")]
        + [(s, e, "ROLE") for s, e in _spans(tags, "ROLE")]
    )
    sent_of = []
    k = -1
    starts = set(doc.sent_starts)
    for i in range(len(toks)):
        if i in starts:
            k += 1
        sent_of.append(k)
    out: list[GoldQuote] = []
    prev_names: set[str] = set()
    for ts, te in stmts:
        g = GoldQuote(spans[ts][0], spans[te - 1][1])
        cue = next((c for c in cues if te <= c[0] <= te + 6), None) or next(
            (c for c in reversed(cues) if ts - 12 <= c[0] < ts and sent_of[c[0]] == sent_of[ts]), None
        )
        if cue is None:
            cue = next((c for c in cues if te <= c[0] <= te + 12 and sent_of[c[0]] == sent_of[te - 1]), None)
        names: set[str] = set()
        if cue is not None:
            g.cue = (spans[cue[0]][0], spans[cue[1] - 1][1])
            near = [
                r
                for r in refs
                if abs(r[0] - cue[0]) <= 10 and not (ts <= r[0] < te) and sent_of[r[0]] == sent_of[cue[0]]
            ]
            near.sort(key=lambda r: (r[2] != "PERSON", abs(r[0] - cue[0])))
            if near:
                r = near[0]
                g.speaker = (spans[r[0]][0], spans[r[1] - 1][1])
                names = (
                    _name_tokens(toks[r[0] : r[1]]) if r[2] == "PERSON" else _resolve_ref(toks, persons, r)
                )
            else:
                # "…,” ujarnya": the person last introduced before the statement
                last = [r for r in refs if r[1] <= ts]
                if last:
                    r = last[-1]
                    names = (
                        _name_tokens(toks[r[0] : r[1]])
                        if r[2] == "PERSON"
                        else _resolve_ref(toks, persons, r)
                    )
                else:
                    names = set(prev_names)
        g.speaker_names = names
        if names:
            prev_names = names
        out.append(g)
    return out


def _name_tokens(words: list[str]) -> set[str]:
    titles = _title_tokens()
    return {w.lower() for w in words if w[:1].isupper() and len(w) > 2 and w.lower().strip(".") not in titles}


def _resolve_ref(toks: list[str], persons: list[tuple[int, int]], ref: tuple[int, int, str]) -> set[str]:
    """The person a PERSONCOREF/ROLE mention refers to: the last person introduced with that role, else the
    person named before it, else the next one."""
    rs, re_, _ = ref
    role = [t.lower() for t in toks[rs:re_]]
    before = [p for p in persons if p[1] <= rs]
    # a short form of a name given before ("Trubus" after "Trubus Rahardiansyah")
    for ps, pe in reversed(before):
        full = [t.lower() for t in toks[ps:pe]]
        if any(w in full for w in role if w[:1].isalpha() and len(w) > 2 and w not in _title_tokens()):
            return _name_tokens(toks[ps:pe])
    for ps, pe in reversed(before):
        ctx = [t.lower() for t in toks[max(0, ps - 5) : ps]]
        if role and all(w in ctx for w in role):
            return _name_tokens(toks[ps:pe])
    # the role followed by a capitalised name earlier in the text ("Presiden Joko Widodo")
    n = len(role)
    for i in range(rs - n, -1, -1):
        if [t.lower() for t in toks[i : i + n]] == role:
            j = i + n
            name = []
            while j < len(toks) and toks[j][:1].isupper() and len(name) < 4:
                name.append(toks[j])
                j += 1
            if name:
                return _name_tokens(name)
    if before:
        return _name_tokens(toks[before[-1][0] : before[-1][1]])
    after = [p for p in persons if p[0] >= re_]
    return _name_tokens(toks[after[0][0] : after[0][1]]) if after else set()


# -- scoring -----------------------------------------------------------------------------------------------
@dataclass
class _Tally:
    gold: int = 0
    pred: int = 0
    tp_gold: int = 0
    tp_pred: int = 0
    exact: int = 0
    cue_n: int = 0
    cue_ok: int = 0
    spk_n: int = 0
    spk_ok: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [gold, pred, tp]
    errors: list[dict[str, Any]] = field(default_factory=list)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in _MARKS):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in _MARKS + ","):
        e -= 1
    return s, e


def _match(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index) of overlapping spans, largest overlap first."""
    cands = []
    for i, (gs, ge) in enumerate(gold):
        for j, (ps, pe) in enumerate(pred):
            ov = min(ge, pe) - max(gs, ps)
            if ov > 0:
                cands.append((-ov, i, j))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, i, j in sorted(cands):
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j))
    return out


def _speaker_ok(art: Article, q: Any, g: GoldQuote) -> bool:
    ent = art.entity(q.speaker)
    if ent is None:
        return False
    if g.speaker is not None:
        gs, ge = g.speaker
        if any(m.start < ge and gs < m.end for m in ent.mentions):
            return True
    if g.speaker_names:
        words: set[str] = set()
        for form in [ent.name, *ent.aliases, *(m.text for m in ent.mentions)]:
            words |= {w.lower() for w in re.findall(r"[\w’'-]+", form) if len(w) > 2}
        return bool(words & g.speaker_names)
    return False


def _private_speaker(art: Article, q: Any) -> bool:
    """The speaker is an entity the actors stage marked as a private person (sector CVL)."""
    ent = art.entity(q.speaker) if q.speaker else None
    return ent is not None and ent.sector == "CVL"


def _score(
    t: _Tally,
    art: Article,
    gold: list[GoldQuote],
    kinds: set[str] | None,
    doc_id: str,
    public_only: bool = False,
) -> None:
    preds = [
        q
        for q in art.quotes
        if (kinds is None or q.kind in kinds) and not (public_only and _private_speaker(art, q))
    ]
    t.gold += len(gold)
    t.pred += len(preds)
    # Predictions are matched to content fragments (one-to-one): a discontinuous gold content (``“A,” he
    # said. “B.”`` as ``A;B``) can absorb one prediction per fragment, and a prediction overlapping only the
    # gap between fragments (the cue and source) matches nothing. A gold quote is found when one of its
    # fragments is matched; cue, speaker and exact span are scored once per gold quote (its best pair).
    frags = [(fs, fe, i) for i, g in enumerate(gold) for fs, fe in (g.parts or [(g.start, g.end)])]
    fpairs = _match([(fs, fe) for fs, fe, _ in frags], [(q.start, q.end) for q in preds])
    pairs: list[tuple[int, int]] = []
    seen: set[int] = set()
    for k, j in fpairs:  # largest overlap first
        if frags[k][2] not in seen:
            seen.add(frags[k][2])
            pairs.append((frags[k][2], j))
    t.tp_gold += len(pairs)
    t.tp_pred += len(fpairs)
    text = art.text
    matched_g = {i for i, _ in pairs}
    exact_g = set()
    for k, j in fpairs:
        fs, fe, i = frags[k]
        span = _trim(text, preds[j].start, preds[j].end)
        if span in (_trim(text, fs, fe), _trim(text, gold[i].start, gold[i].end)):
            exact_g.add(i)
    t.exact += len(exact_g)
    for i, j in pairs:
        g, q = gold[i], preds[j]
        if g.cue is not None:
            t.cue_n += 1
            if q.cue is not None and q.cue.start < g.cue[1] and g.cue[0] < q.cue.end:
                t.cue_ok += 1
        if g.speaker is not None or g.speaker_names:
            t.spk_n += 1
            ok = _speaker_ok(art, q, g)
            t.spk_ok += ok
            if not ok and len(t.errors) < 400:
                t.errors.append(
                    {
                        "doc": doc_id,
                        "type": "speaker",
                        "quote": text[q.start : q.end][:80],
                        "pred": q.speaker_text,
                        "gold": sorted(g.speaker_names),
                    }
                )
    for i, g in enumerate(gold):
        k = g.kind or "direct"
        row = t.by_kind.setdefault(k, [0, 0, 0])
        row[0] += 1
        if i in matched_g:
            row[2] += 1
        elif len(t.errors) < 400:
            t.errors.append({"doc": doc_id, "type": "missed", "quote": text[g.start : g.end][:80]})
    matched_p = {j for _, j in fpairs}
    for j, q in enumerate(preds):
        t.by_kind.setdefault(q.kind, [0, 0, 0])[1] += 1
        if j not in matched_p and len(t.errors) < 400:
            t.errors.append({"doc": doc_id, "type": "spurious", "kind": q.kind, "quote": q.text[:80]})


def _prf2(t: _Tally) -> tuple[float, float, float]:
    """Overlap P/R/F1: precision over matched predictions, recall over found gold quotes (the two differ
    only when a discontinuous gold content matched more than one prediction)."""
    p = prf(t.tp_pred, t.pred, t.gold)[0]
    r = prf(t.tp_gold, t.pred, t.gold)[1]
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _result(
    name: str, t: _Tally, n_docs: int, seconds: float, extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    p, r, f = _prf2(t)
    ep, er, ef = prf(t.exact, t.pred, t.gold)
    by_kind = {}
    for k, (g, pr, _tp) in sorted(t.by_kind.items()):
        by_kind[k] = {"gold": g, "predicted": pr}
    res: dict[str, Any] = {
        "dataset": name,
        "documents": n_docs,
        "gold": t.gold,
        "predicted": t.pred,
        "overlap": {"p": p, "r": r, "f1": f},
        "exact": {"p": ep, "r": er, "f1": ef},
        "cue_accuracy": t.cue_ok / t.cue_n if t.cue_n else None,
        "cue_n": t.cue_n,
        "speaker_accuracy": t.spk_ok / t.spk_n if t.spk_n else None,
        "speaker_n": t.spk_n,
        "by_kind": by_kind,
        "seconds": round(seconds, 2),
        "articles_per_second": round(n_docs / seconds, 1) if seconds else None,
    }
    if extra:
        res.update(extra)
    res["errors"] = t.errors[:60]
    return res


def _evaluate_pfsa(path: Path, limit: int | None, options: dict[str, Any] | None = None) -> dict[str, Any]:
    docs = read_bilou(path)
    if limit:
        docs = docs[:limit]
    pipe = _pipeline(options)
    t = _Tally()
    t_all = _Tally()
    t_speakers = _Tally()
    seconds = 0.0
    for k, doc in enumerate(docs):
        text, spans = detokenise(doc.tokens, doc.sent_starts)
        gold = _pfsa_gold(doc, spans)
        art = Article.from_parts(text, id=f"pfsa-{k}", language="id")
        assert art.text == text.strip("\n")
        t0 = time.perf_counter()
        pipe(art)
        seconds += time.perf_counter() - t0
        # PFSA-ID marks statements in quote marks by public figures only: direct and mixed quotes whose
        # speaker is not a private person (sector CVL) are scored; all speakers and all kinds too.
        _score(t, art, gold, {"direct", "mixed"}, art.id, public_only=True)
        _score(t_speakers, art, gold, {"direct", "mixed"}, art.id)
        _score(t_all, art, gold, None, art.id)
    p_all, _, f_all = _prf2(t_all)
    p_spk, r_spk, f_spk = _prf2(t_speakers)
    return _result(
        "pfsa",
        t,
        len(docs),
        seconds,
        {
            "all_speakers": {"p": p_spk, "r": r_spk, "f1": f_spk, "predicted": t_speakers.pred},
            "all_kinds": {"p": p_all, "f1": f_all, "predicted": t_all.pred},
            "path": str(path),
        },
    )


# -- own dev set -------------------------------------------------------------------------------------------
def article_sha1(text: str) -> str:
    """Short fingerprint of an article text (verifies that offsets point into the same text)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def load_corpus_article(
    root: Path, corpus: str, art_id: str, cache: dict[str, dict[str, dict[str, Any]]]
) -> Article:
    """The article ``art_id`` of ``<root>/<corpus>/articles.jsonl`` as warta reads it."""
    if corpus not in cache:
        f = root / corpus / "articles.jsonl"
        if not f.exists():
            raise FileNotFoundError(str(f))
        with open(f, encoding="utf-8") as fh:
            cache[corpus] = {str(r["id"]): r for r in map(json.loads, fh)}
    row = cache[corpus][art_id]
    return Article.from_parts(row["text"], title=row.get("title"), id=f"{corpus}:{art_id}", language="id")


def _evaluate_dev(path: Path, limit: int | None, options: dict[str, Any] | None = None) -> dict[str, Any]:
    root = data_root()
    if not root.is_dir():
        raise FileNotFoundError(str(root))
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    if limit:
        rows = rows[:limit]
    pipe = _pipeline(options)
    cache: dict[str, dict[str, dict[str, Any]]] = {}
    t = _Tally()
    per_kind = {"direct": _Tally(), "indirect": _Tally()}
    per_split: dict[str, _Tally] = {}
    seconds = 0.0
    for row in rows:
        art = load_corpus_article(root, row["corpus"], str(row["id"]), cache)
        if article_sha1(art.text) != row["sha1"]:
            raise ValueError(f"{row['corpus']}:{row['id']}: article text changed (sha1 mismatch)")
        gold = []
        for q in row["quotes"]:
            g = GoldQuote(
                q["start"],
                q["end"],
                q["kind"],
                tuple(q["cue"]) if q.get("cue") else None,
                tuple(q["speaker"]) if q.get("speaker") else None,
            )
            if g.speaker:
                g.speaker_names = _name_tokens(art.text[g.speaker[0] : g.speaker[1]].split())
            gold.append(g)
        t0 = time.perf_counter()
        pipe(art)
        seconds += time.perf_counter() - t0
        _score(t, art, gold, None, art.id)
        _score(per_split.setdefault(row.get("split", "dev"), _Tally()), art, gold, None, art.id)
        _score(
            per_kind["direct"],
            art,
            [g for g in gold if g.kind in ("direct", "mixed")],
            {"direct", "mixed"},
            art.id,
        )
        _score(per_kind["indirect"], art, [g for g in gold if g.kind == "indirect"], {"indirect"}, art.id)
    extra = {}
    for k, tk in per_kind.items():
        p, r, f = _prf2(tk)
        extra[k] = {
            "p": p,
            "r": r,
            "f1": f,
            "gold": tk.gold,
            "predicted": tk.pred,
            "speaker_accuracy": tk.spk_ok / tk.spk_n if tk.spk_n else None,
        }
    splits = {}
    for k, tk in per_split.items():
        p, r, f = _prf2(tk)
        acc = tk.spk_ok / tk.spk_n if tk.spk_n else None
        splits[k] = {"p": p, "r": r, "f1": f, "gold": tk.gold, "speaker_accuracy": acc}
    return _result("dev", t, len(rows), seconds, {**extra, "splits": splits, "path": str(path)})


# -- PolNeAR -----------------------------------------------------------------------------------------------
def _read_brat(path: Path) -> list[GoldQuote]:
    """Content spans of a brat .ann file (``Attribution`` and ``Attribution-no-source`` both have one); a
    discontinuous span (``a b;c d``) keeps its fragments in ``parts``."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2 or not parts[0].startswith("T"):
                continue
            label, _, offs = parts[1].partition(" ")
            if label != "Content":
                continue
            nums = [int(x) for x in re.findall(r"\d+", offs)]
            frags = sorted(zip(nums[::2], nums[1::2], strict=False))
            out.append(GoldQuote(min(nums), max(nums), parts=frags if len(frags) > 1 else None))
    return out


def _evaluate_polnear(path: Path, limit: int | None, options: dict[str, Any] | None = None) -> dict[str, Any]:
    text_dir, ann_dir = path / "text", path / "attributions"
    if not text_dir.is_dir():
        raise FileNotFoundError(str(text_dir))
    names = sorted(p.stem for p in text_dir.glob("*.txt"))
    if limit:
        names = names[:limit]
    pipe = _pipeline(options)
    t = _Tally()
    seconds = 0.0
    for name in names:
        anns = sorted(ann_dir.glob(f"{name}*.ann"))
        if not anns:
            continue
        raw = (text_dir / f"{name}.txt").read_text(encoding="utf-8")
        art = Article(id=name, text=raw, language="en")
        gold = _read_brat(anns[0])
        t0 = time.perf_counter()
        pipe(art)
        seconds += time.perf_counter() - t0
        _score(t, art, gold, None, name)
    return _result("polnear", t, len(names), seconds, {"path": str(path)})


# -- entry points ------------------------------------------------------------------------------------------
def evaluate_quotes(
    dataset: str, path: str | None = None, limit: int | None = None, options: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Evaluate the quotes stage on ``dataset`` ("pfsa", "dev" or "polnear") with pipeline ``options``."""
    if dataset not in DATASETS:
        raise ValueError(f"unknown quote data set {dataset!r}; choose one of {', '.join(DATASETS)}")
    result = _evaluate(dataset, path, limit, options)
    result["options"] = dict(options or {})
    return result


def _evaluate(
    dataset: str, path: str | None, limit: int | None, options: dict[str, Any] | None
) -> dict[str, Any]:
    if dataset == "pfsa":
        p = Path(path) if path else data_root() / PFSA_FILE
        if not p.exists():
            raise FileNotFoundError(str(p))
        return _evaluate_pfsa(p, limit, options)
    if dataset == "dev":
        p = Path(path) if path else Path(__file__).resolve().parents[2] / DEV_FILE
        if not p.exists():
            raise FileNotFoundError(str(p))
        return _evaluate_dev(p, limit, options)
    p = Path(path) if path else data_root() / POLNEAR_DIR
    if not p.exists():
        raise FileNotFoundError(str(p))
    return _evaluate_polnear(p, limit, options)


def format_report(result: dict[str, Any]) -> str:
    """A readable table of the scores."""

    def pct(x: float | None) -> str:
        return "   -  " if x is None else f"{100 * x:5.1f}%"

    o, e = result["overlap"], result["exact"]
    lines = [
        f"Quotes — {result['dataset']} ({result['documents']} documents, {result['gold']} gold, "
        f"{result['predicted']} predicted)",
        f"{'':24}{'P':>8}{'R':>8}{'F1':>8}",
        f"{'overlap':24}{pct(o['p']):>8}{pct(o['r']):>8}{pct(o['f1']):>8}",
        f"{'exact span':24}{pct(e['p']):>8}{pct(e['r']):>8}{pct(e['f1']):>8}",
    ]
    for k in ("direct", "indirect"):
        if k in result:
            d = result[k]
            lines.append(f"{k + ' (overlap)':24}{pct(d['p']):>8}{pct(d['r']):>8}{pct(d['f1']):>8}")
    for k, d in sorted(result.get("splits", {}).items()):
        label = f"split {k} (overlap)"
        spk = pct(d["speaker_accuracy"])
        lines.append(f"{label:24}{pct(d['p']):>8}{pct(d['r']):>8}{pct(d['f1']):>8}   speaker {spk}")
    if "all_speakers" in result:
        a = result["all_speakers"]
        lines.append(f"{'all speakers (overlap)':24}{pct(a['p']):>8}{pct(a['r']):>8}{pct(a['f1']):>8}")
    if "all_kinds" in result:
        a = result["all_kinds"]
        lines.append(f"{'all kinds (overlap)':24}{pct(a['p']):>8}{'':>8}{pct(a['f1']):>8}")
    lines.append(f"cue accuracy      {pct(result['cue_accuracy'])} (n={result['cue_n']})")
    lines.append(f"speaker accuracy  {pct(result['speaker_accuracy'])} (n={result['speaker_n']})")
    if result.get("articles_per_second"):
        lines.append(f"speed             {result['articles_per_second']} articles/s ({result['seconds']} s)")
    return "\n".join(lines)
