"""Shared, read-only resources of a pipeline: language packs and spaCy models, loaded lazily once."""

from __future__ import annotations

import csv
import functools
from importlib import resources as ir
from pathlib import Path
from typing import Any

LANG_DIR = Path(str(ir.files("warta") / "lang"))


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV file; lines starting with ``#`` are comments (sources are cited there)."""
    with open(path, encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines, delimiter="\t")]


class LanguagePack:
    """Data for one language (``warta/lang/<code>/*.tsv``): cue verbs, role nouns, month names, ..."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.path = LANG_DIR / lang

    @property
    def exists(self) -> bool:
        return self.path.is_dir()

    @functools.cache  # noqa: B019 - packs live as long as their Resources
    def table(self, name: str) -> list[dict[str, str]]:
        f = self.path / f"{name}.tsv"
        return read_tsv(f) if f.exists() else []

    def words(self, name: str, column: str = "word") -> frozenset[str]:
        return frozenset(r[column].lower() for r in self.table(name) if r.get(column))


class Resources:
    """What stages share across articles. One instance per pipeline; nothing global."""

    def __init__(self, use_models: bool = True, options: dict[str, Any] | None = None) -> None:
        self.use_models = use_models
        #: Stage settings, e.g. ``{"entities.priority": "gazetteer"}`` (see each stage's docstring).
        self.options: dict[str, Any] = dict(options or {})
        self._packs: dict[str, LanguagePack] = {}
        self._nlp: dict[str, Any] = {}
        self._cache: dict[str, Any] = {}

    def pack(self, lang: str | None) -> LanguagePack:
        code = lang or "id"
        if code not in self._packs:
            self._packs[code] = LanguagePack(code)
        return self._packs[code]

    def cached(self, key: str, build: Any) -> Any:
        """Build a derived resource once (gazetteers, compiled patterns) and keep it."""
        if key not in self._cache:
            self._cache[key] = build()
        return self._cache[key]

    def needs_parse(self, lang: str | None) -> bool:
        """Whether a stage will read the dependency parse of ``lang`` articles (see ``nlp`` below).

        Mirrors the stages' own defaults: quotes never use the parse unless ``quotes.use_parse``; events use
        it for languages other than Indonesian unless ``events.use_parse`` says otherwise. Option
        ``nlp.full`` forces the full model (tags, lemmas, parse) on every article.
        """
        opts = self.options
        if opts.get("nlp.full"):
            return True
        events_default = (lang or "id") != "id"
        return bool(opts.get("quotes.use_parse", False) or opts.get("events.use_parse", events_default))

    def nlp(self, lang: str | None) -> Any:
        """The trained spaCy pipeline for ``lang``, or None when models are off or not built.

        When no stage needs the parse and the model has a sentence recogniser, the fast variant is used
        (tokenizer, senter, NER): the parser, tagger and lemmatizer would be computed for nothing.
        """
        if not self.use_models or not lang:
            return None
        if lang not in self._nlp:
            try:
                from warta.nlp import ModelNotFound, load_model
            except ImportError:
                self._nlp[lang] = None
            else:
                try:
                    self._nlp[lang] = load_model(lang, fast=not self.needs_parse(lang))
                except ModelNotFound:
                    self._nlp[lang] = None
        return self._nlp[lang]

    def model_versions(self, lang: str | None) -> dict[str, str]:
        nlp = self._nlp.get(lang or "")
        if nlp is None:
            return {}
        meta = nlp.meta
        return {f"{meta.get('lang', lang)}_{meta.get('name', 'news')}": str(meta.get("version", "unknown"))}
