"""UD evaluation (UPOS, features, lemmas, UAS/LAS, sentence F1) on CoNLL-U with gold tokenisation.

Gold words (multiword tokens split, as in the treebank) are given to the model; sentences are grouped 10 per
document without boundaries so that sentence segmentation is evaluated too. UAS/LAS count punctuation
(CoNLL 2018 convention) and compare full relation labels (``nsubj:pass``).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from warta.eval._common import get_nlp, prf
from warta.eval.formats import UDSentence, read_conllu

__all__ = ["evaluate_parse", "format_report"]

SENTS_PER_DOC = 10


def _feats(value: str) -> frozenset[str]:
    return frozenset() if value in ("", "_") else frozenset(value.split("|"))


def evaluate_parse(path: str | Path, lang: str = "id", nlp: Language | None = None) -> dict[str, Any]:
    """Evaluate tagging, lemmas, dependencies and sentence splitting of warta's ``lang`` model on CoNLL-U."""
    model = get_nlp(lang, nlp)
    sentences = read_conllu(path)
    groups: list[list[UDSentence]] = [
        sentences[i : i + SENTS_PER_DOC] for i in range(0, len(sentences), SENTS_PER_DOC)
    ]
    docs = []
    for group in groups:
        words = [w.form for s in group for w in s.words]
        spaces = [sp for s in group for sp in s.spaces()]
        docs.append(Doc(model.vocab, words=words, spaces=spaces))
    n_words = sum(len(d) for d in docs)
    start = time.perf_counter()
    pred_docs = list(model.pipe(docs, batch_size=64))
    elapsed = time.perf_counter() - start

    n = upos = morph = lemma = lemma_n = uas = las = 0
    gold_sents: set[tuple[int, int, int]] = set()
    pred_sents: set[tuple[int, int, int]] = set()
    has_morph = "morphologizer" in model.pipe_names
    for d, (group, doc) in enumerate(zip(groups, pred_docs, strict=True)):
        offset = 0
        for sent in group:
            gold_sents.add((d, offset, offset + len(sent.words)))
            for w in sent.words:
                tok = doc[offset + w.id - 1]
                gold_head = offset + (w.head - 1 if w.head > 0 else w.id - 1)
                n += 1
                upos += tok.pos_ == w.upos
                morph += has_morph and _feats(str(tok.morph)) == _feats(w.feats)
                if w.lemma not in ("", "_"):
                    lemma_n += 1
                    lemma += tok.lemma_ == w.lemma
                if tok.head.i == gold_head:
                    uas += 1
                    pred_rel = "root" if tok.dep_ == "ROOT" else tok.dep_.lower()
                    las += pred_rel == w.deprel.lower()
            offset += len(sent.words)
        pred_sents.update((d, s.start, s.end) for s in doc.sents)
    _, _, sent_f1 = prf(len(gold_sents & pred_sents), len(pred_sents), len(gold_sents))
    return {
        "upos": upos / n if n else 0.0,
        "morph": morph / n if n else 0.0,
        "lemma": lemma / lemma_n if lemma_n else None,
        "uas": uas / n if n else 0.0,
        "las": las / n if n else 0.0,
        "sent_f1": sent_f1,
        "words_per_second": n_words / elapsed if elapsed > 0 else 0.0,
        "n_words": n,
        "n_sentences": len(sentences),
        "path": str(path),
    }


def format_report(result: Mapping[str, Any]) -> str:
    """Render an :func:`evaluate_parse` result as a plain-text table."""
    lemma = result.get("lemma")
    rows = [
        ("UPOS", result["upos"]),
        ("UFeats", result["morph"]),
        ("Lemma", lemma),
        ("UAS", result["uas"]),
        ("LAS", result["las"]),
        ("Sentences F1", result["sent_f1"]),
    ]
    lines = [
        f"UD evaluation: {result.get('path', '')}",
        f"sentences {result.get('n_sentences', '?')}  words {result['n_words']}  "
        f"speed {result['words_per_second']:,.0f} words/s",
        "",
        f"{'metric':<14} {'score':>7}",
    ]
    for name, value in rows:
        lines.append(f"{name:<14} {'n/a' if value is None else f'{value:7.3f}':>7}")
    return "\n".join(lines)
