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

__all__ = ["MODELS_DIR", "ModelNotFound", "load_model", "model_path", "model_version"]

#: Directory holding the packaged pipelines (``id_news``, ...).
MODELS_DIR = Path(__file__).resolve().parent.parent / "models"


class ModelNotFound(RuntimeError):
    """Raised when the pipeline directory for a language has not been built."""


def model_path(lang: str) -> Path:
    """Directory of the packaged pipeline for ``lang`` (it may not exist)."""
    return MODELS_DIR / f"{lang}_news"


@functools.cache
def load_model(lang: str) -> spacy.Language:
    """Load (once per process) the warta news pipeline for ``lang``.

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
    return spacy.load(path, exclude=["tokenizer"] if custom else [])


def model_version(lang: str) -> str | None:
    """Version string from the model's meta.json, or None when the model is not built."""
    meta = model_path(lang) / "meta.json"
    if not meta.is_file():
        return None
    try:
        return str(json.loads(meta.read_text(encoding="utf-8")).get("version")) or None
    except (OSError, ValueError):
        return None
