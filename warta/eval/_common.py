"""Shared helpers for the evaluators."""

from __future__ import annotations

from spacy.language import Language


def get_nlp(lang: str, nlp: Language | None) -> Language:
    """Return ``nlp`` or the packaged warta model for ``lang``."""
    if nlp is not None:
        return nlp
    from warta.nlp import load_model

    return load_model(lang)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1 from counts (0.0 when undefined)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f
