"""NER evaluation on token-per-line IOB files with gold tokenisation (exact span + label match)."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from warta.eval._common import get_nlp, prf
from warta.eval.formats import WARTA_LABEL_MAP, iob_to_spans, map_spans, read_conll_ner

__all__ = ["evaluate_ner", "format_report"]

Span = tuple[int, int, int, str]  # sentence index, start, end, label


def _merge_loc(spans: set[Span]) -> set[Span]:
    return {(s, a, b, "LOC" if lab == "GPE" else lab) for s, a, b, lab in spans}


def _score(gold: set[Span], pred: set[Span], labels: list[str]) -> dict[str, Any]:
    tp = gold & pred
    p, r, f = prf(len(tp), len(pred), len(gold))
    per_label: dict[str, dict[str, float]] = {}
    for lab in labels:
        g = sum(1 for x in gold if x[3] == lab)
        pr = sum(1 for x in pred if x[3] == lab)
        t = sum(1 for x in tp if x[3] == lab)
        lp, lr, lf = prf(t, pr, g)
        per_label[lab] = {"p": lp, "r": lr, "f1": lf, "support": g}
    return {"f1": f, "precision": p, "recall": r, "per_label": per_label}


def evaluate_ner(
    path: str | Path,
    lang: str = "id",
    label_map: Mapping[str, str | None] | None = None,
    nlp: Language | None = None,
) -> dict[str, Any]:
    """Evaluate the NER of warta's ``lang`` model on a CoNLL/IOB file.

    Gold types are mapped to warta labels with ``label_map`` (default :data:`WARTA_LABEL_MAP`; types mapped to
    None are ignored). Only labels that occur in the gold file are scored; predictions with other labels are
    ignored. ``merged`` treats GPE and LOC as one label ("PERSON/ORG/GPE+LOC").
    """
    model = get_nlp(lang, nlp)
    sentences = read_conll_ner(path)
    lmap = dict(WARTA_LABEL_MAP if label_map is None else label_map)
    gold: set[Span] = set()
    for i, sent in enumerate(sentences):
        gold.update((i, a, b, lab) for a, b, lab in map_spans(iob_to_spans(sent.tags), lmap))
    labels = sorted({x[3] for x in gold})
    docs = [Doc(model.vocab, words=s.words) for s in sentences]
    n_words = sum(len(d) for d in docs)
    start = time.perf_counter()
    pred_docs = list(model.pipe(docs, batch_size=256))
    elapsed = time.perf_counter() - start
    pred: set[Span] = set()
    for i, doc in enumerate(pred_docs):
        pred.update((i, e.start, e.end, e.label_) for e in doc.ents)
    merged_labels = sorted({"LOC" if lab == "GPE" else lab for lab in labels})
    pred_scored = {x for x in pred if x[3] in labels}
    result = _score(gold, pred_scored, labels)
    merged_pred = {x for x in _merge_loc(pred) if x[3] in merged_labels}
    merged = _score(_merge_loc(gold), merged_pred, merged_labels)
    result.update(
        {
            "merged": {k: merged[k] for k in ("f1", "precision", "recall")},
            "labels": labels,
            "words_per_second": n_words / elapsed if elapsed > 0 else 0.0,
            "n_sentences": len(sentences),
            "n_words": n_words,
            "n_gold": len(gold),
            "gold_label_counts": dict(Counter(x[3] for x in gold)),
            "path": str(path),
        }
    )
    return result


def format_report(result: Mapping[str, Any]) -> str:
    """Render an :func:`evaluate_ner` result as a plain-text table."""
    lines = [
        f"NER evaluation: {result.get('path', '')}",
        f"sentences {result['n_sentences']}  words {result.get('n_words', '?')}  "
        f"speed {result['words_per_second']:,.0f} words/s",
        "",
        f"{'label':<10} {'P':>7} {'R':>7} {'F1':>7} {'support':>8}",
    ]
    for lab, s in result["per_label"].items():
        lines.append(f"{lab:<10} {s['p']:7.3f} {s['r']:7.3f} {s['f1']:7.3f} {s['support']:8d}")
    lines.append(f"{'ALL':<10} {result['precision']:7.3f} {result['recall']:7.3f} {result['f1']:7.3f}")
    m = result.get("merged")
    if m:
        lines.append(f"{'GPE+LOC':<10} {m['precision']:7.3f} {m['recall']:7.3f} {m['f1']:7.3f}  (merged)")
    return "\n".join(lines)
