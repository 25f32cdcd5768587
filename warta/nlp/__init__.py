"""Statistical NLP models shipped with warta (spaCy pipelines under ``warta/models/{lang}_news``).

Importing this package registers the custom tokenizer (``warta.id_tokenizer.v1``) so the saved pipelines load
with plain ``spacy.load(path)`` as well.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import spacy

from warta.nlp import lemmatizer as lemmatizer  # noqa: F401  (registers the warta_lemmatizer factory)
from warta.nlp import tokenizer as tokenizer  # noqa: F401  (registers warta.id_tokenizer.v1)

__all__ = ["MODELS_DIR", "ModelNotFound", "has_fast_mode", "load_model", "model_path", "model_version"]

#: Directory holding the packaged pipelines (``id_news``, ...).
MODELS_DIR = Path(__file__).resolve().parent.parent / "models"


class ModelNotFound(RuntimeError):
    """Raised when the pipeline directory for a language has not been built."""


def model_path(lang: str) -> Path:
    """Directory of the packaged pipeline for ``lang`` (it may not exist)."""
    return MODELS_DIR / f"{lang}_news"


#: Components the fast mode leaves out: everything that only serves the dependency parse and lemmas.
PARSE_COMPONENTS = ("tok2vec", "morphologizer", "parser", "warta_lemmatizer", "tagger", "lemmatizer")


def has_fast_mode(lang: str) -> bool:
    """True when the packaged pipeline for ``lang`` has a ``senter`` (so the parse can be skipped)."""
    cfg = model_path(lang) / "config.cfg"
    if not cfg.is_file():
        return False
    return "senter" in spacy.util.load_config(cfg)["nlp"]["pipeline"]


@functools.cache
def load_model(lang: str, fast: bool = False) -> spacy.Language:
    """Load (once per process and mode) the warta news pipeline for ``lang``.

    ``fast=True`` loads only the tokenizer, the sentence recogniser (``senter``) and the NER — no tagger,
    parser or lemmas — when the model has a senter; otherwise it is the same as ``fast=False``. The full
    pipeline runs the senter too: its boundaries are better than the parser's on every Indonesian treebank
    (docs/evaluation.md), and the parser keeps to them.

    Raises:
        ModelNotFound: the model is missing; build it with ``make models`` / ``python -m train.build``.
    """
    path = model_path(lang)
    if not (path / "config.cfg").is_file():
        raise ModelNotFound(
            f"warta model for language {lang!r} not found at {path}. Build it with `make models` "
            f"(or `python -m train.build --data /path/to/shared/data`); see docs/models.md."
        )
    # warta's own tokenizer is fully defined by its registered factory: loading its serialised copy again
    # would only rebuild the same special cases (it halves the load time).
    custom = "warta.id_tokenizer" in (path / "config.cfg").read_text(encoding="utf-8")
    exclude = ["tokenizer"] if custom else []
    if fast and has_fast_mode(lang):
        nlp = spacy.load(path, exclude=[*exclude, *PARSE_COMPONENTS])
        nlp.enable_pipe("senter")
        return nlp
    nlp = spacy.load(path, exclude=exclude)
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    return nlp


def model_version(lang: str) -> str | None:
    """Version string from the model's meta.json, or None when the model is not built."""
    meta = model_path(lang) / "meta.json"
    if not meta.is_file():
        return None
    try:
        return str(json.loads(meta.read_text(encoding="utf-8")).get("version")) or None
    except (OSError, ValueError):
        return None
