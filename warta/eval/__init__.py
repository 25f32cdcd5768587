"""Evaluation of warta's models on gold corpora: NER (:mod:`.ner`) and UD parsing (:mod:`.parse`)."""

from __future__ import annotations

from warta.eval.ner import evaluate_ner
from warta.eval.parse import evaluate_parse

__all__ = ["evaluate_ner", "evaluate_parse"]
