"""Evaluate sentence segmentation on raw text rebuilt from a CoNLL-U treebank.

Consecutive gold sentences are joined with one space into paragraphs of ``group`` sentences (the way they
run on in an article); each paragraph becomes an article, the real pipeline runs on it (``language`` →
``nlp`` → ``sentences``) and the predicted sentences are compared with the gold ones by exact character span.
``mode`` chooses where boundaries come from inside a paragraph: ``fast`` (the default pipeline: the trained
sentence recogniser when no stage needs the parse), ``full`` (the dependency parser) or ``rules``
(punctuation rules, no model).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from warta.eval._common import prf
from warta.eval.formats import UDSentence, read_conllu
from warta.pipeline import Pipeline
from warta.record import Article

__all__ = ["MODES", "evaluate_sentences", "format_report"]

MODES = ("fast", "full", "rules")


def _sentence_text(sent: UDSentence) -> str:
    if sent.text:
        return sent.text.strip()
    forms = [w.form for w in sent.words]
    return "".join(f + (" " if sp else "") for f, sp in zip(forms, sent.spaces(), strict=True)).strip()


def evaluate_sentences(
    path: str | Path, lang: str = "id", mode: str = "fast", group: int = 10, limit: int | None = None
) -> dict[str, Any]:
    """Precision/recall/F1 of sentence spans (exact character offsets) on paragraphs rebuilt from ``path``."""
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}: use one of {', '.join(MODES)}")
    if group < 1:
        raise ValueError("group must be at least 1")
    sentences = [s for s in read_conllu(path)[:limit] if _sentence_text(s)]
    gold: set[tuple[int, int, int]] = set()
    arts: list[Article] = []
    for a, i in enumerate(range(0, len(sentences), group)):
        parts, pos = [], 0
        for sent in sentences[i : i + group]:
            text = _sentence_text(sent)
            gold.add((a, pos, pos + len(text)))
            parts.append(text)
            pos += len(text) + 1
        arts.append(Article(id=str(a), text=" ".join(parts), language=lang))
    pipe = Pipeline(
        ["nlp", "sentences"],
        use_models=mode != "rules",
        options={"nlp.full": True} if mode == "full" else {},
    )
    start = time.perf_counter()
    pred = {(a, s.start, s.end) for a, rec in enumerate(map(pipe, arts)) for s in rec.sentences}
    seconds = time.perf_counter() - start
    p, r, f = prf(len(gold & pred), len(pred), len(gold))
    return {
        "f1": f,
        "precision": p,
        "recall": r,
        "n_sentences": len(gold),
        "n_predicted": len(pred),
        "mode": mode,
        "group": group,
        "seconds": round(seconds, 2),
        "path": str(path),
    }


def format_report(result: Mapping[str, Any]) -> str:
    return (
        f"{result['path']}: {result['n_sentences']} sentences in paragraphs of {result['group']}, "
        f"mode {result['mode']}\n"
        f"sentences P {result['precision']:.3f}  R {result['recall']:.3f}  F1 {result['f1']:.3f} "
        f"({result['n_predicted']} predicted)"
    )
