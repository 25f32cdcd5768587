"""Evaluate warta's entity stage (NER + gazetteer + merging), not just the statistical model.

Each gold sentence of a CoNLL/IOB file becomes a one-paragraph article (tokens joined by spaces); the real
pipeline runs on it (``nlp`` → ``sentences`` → ``entities``) and every entity mention typed PERSON, ORG,
GPE or LOC is compared with the gold spans (GPE and LOC count as one label, exact character span).
Options select the overlap policy, so ``--priority gazetteer|ner|longest`` measures a ruler placed before
or after the statistical NER.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from warta.eval._common import prf
from warta.eval.formats import WARTA_LABEL_MAP, iob_to_spans, map_spans, read_conll_ner
from warta.pipeline import Pipeline
from warta.record import Article

__all__ = ["evaluate_entities", "format_report"]

_KEEP = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}


def evaluate_entities(
    path: str | Path,
    lang: str = "id",
    options: Mapping[str, Any] | None = None,
    use_models: bool = True,
    limit: int | None = None,
) -> dict[str, Any]:
    """Precision/recall/F1 of entity mentions produced by the pipeline on a CoNLL/IOB file."""
    sentences = read_conll_ner(path)[:limit]
    gold: set[tuple[int, int, int, str]] = set()
    arts: list[Article] = []
    for i, sent in enumerate(sentences):
        offsets, pos = [], 0
        for w in sent.words:
            offsets.append(pos)
            pos += len(w) + 1
        text = " ".join(sent.words)
        for a, b, lab in map_spans(iob_to_spans(sent.tags), WARTA_LABEL_MAP):
            if lab in _KEEP:
                gold.add((i, offsets[a], offsets[b - 1] + len(sent.words[b - 1]), _KEEP[lab]))
        arts.append(Article(id=str(i), text=text, language=lang))
    pipe = Pipeline(
        ["language", "nlp", "sentences", "entities"], use_models=use_models, options=dict(options or {})
    )
    start = time.perf_counter()
    pred: set[tuple[int, int, int, str]] = set()
    for i, rec in enumerate(pipe.pipe(arts)):
        for ent in rec.entities:
            if ent.type in _KEEP:
                pred.update((i, m.start, m.end, _KEEP[ent.type]) for m in ent.mentions)
    seconds = time.perf_counter() - start
    tp = gold & pred
    p, r, f = prf(len(tp), len(pred), len(gold))
    per_label = {}
    for lab in sorted({g[3] for g in gold}):
        g = sum(1 for x in gold if x[3] == lab)
        pr = sum(1 for x in pred if x[3] == lab)
        t = sum(1 for x in tp if x[3] == lab)
        lp, lr, lf = prf(t, pr, g)
        per_label[lab] = {"p": lp, "r": lr, "f1": lf, "support": g}
    return {
        "f1": f,
        "precision": p,
        "recall": r,
        "per_label": per_label,
        "n_sentences": len(sentences),
        "options": dict(options or {}),
        "use_models": use_models,
        "seconds": round(seconds, 2),
        "path": str(path),
    }


def format_report(result: Mapping[str, Any]) -> str:
    lines = [
        f"{result['path']}: {result['n_sentences']} sentences, options {result['options'] or 'default'}, "
        f"models {'on' if result['use_models'] else 'off'}",
        f"{'label':8} {'P':>6} {'R':>6} {'F1':>6} {'support':>8}",
    ]
    for lab, s in result["per_label"].items():
        lines.append(f"{lab:8} {s['p']:6.3f} {s['r']:6.3f} {s['f1']:6.3f} {s['support']:8d}")
    lines.append(f"{'all':8} {result['precision']:6.3f} {result['recall']:6.3f} {result['f1']:6.3f}")
    return "\n".join(lines)
