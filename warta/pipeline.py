"""The pipeline: an ordered list of named stages that enrich one article record.

A stage is a callable ``stage(article, ctx) -> None``. Stages are registered by name with
:func:`register`; a :class:`Pipeline` runs the default order for the article's language, or the
names it is given, minus any excluded (like spaCy's ``nlp.pipe_names``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from warta import __version__
from warta.record import Article

Stage = Callable[[Article, "Context"], None]

_REGISTRY: dict[str, Stage] = {}

DEFAULT_STAGES: tuple[str, ...] = (
    "language",
    "nlp",
    "sentences",
    "entities",
    "actors",
    "quotes",
    "dates",
    "places",
    "events",
)


def register(name: str) -> Callable[[Stage], Stage]:
    """Register a stage under ``name`` (a later registration replaces an earlier one)."""

    def deco(fn: Stage) -> Stage:
        _REGISTRY[name] = fn
        return fn

    return deco


def registered() -> list[str]:
    _load_builtin_stages()
    return sorted(_REGISTRY)


@dataclass
class Context:
    """Per-article working state handed to every stage: the spaCy Doc and the shared resources."""

    resources: Any  # warta.resources.Resources
    doc: Any = None  # spacy.tokens.Doc over article.text, or None without a model
    data: dict[str, Any] = field(default_factory=dict)


class StageError(RuntimeError):
    """A stage failed on one article."""


class Pipeline:
    """Run the named stages over articles.

    >>> pipe = Pipeline(exclude=["events"])
    >>> record = pipe(Article.from_parts("Presiden Joko Widodo tiba di Tokyo.", title="Kunjungan"))
    """

    def __init__(
        self,
        stages: Iterable[str] | None = None,
        *,
        exclude: Iterable[str] = (),
        use_models: bool = True,
        resources: Any = None,
        options: dict[str, Any] | None = None,
    ) -> None:
        from warta.resources import Resources

        _load_builtin_stages()
        names = list(stages) if stages is not None else list(DEFAULT_STAGES)
        excluded = set(exclude)
        unknown = [n for n in [*names, *excluded] if n not in _REGISTRY]
        if unknown:
            raise ValueError(f"unknown stage(s): {', '.join(unknown)}; known: {', '.join(sorted(_REGISTRY))}")
        self.names = [n for n in names if n not in excluded]
        self.resources = resources or Resources(use_models=use_models, options=options)

    @property
    def stages(self) -> list[tuple[str, Stage]]:
        return [(n, _REGISTRY[n]) for n in self.names]

    def __call__(self, article: Article) -> Article:
        return self.run(article)

    def run(self, article: Article, doc: Any = None) -> Article:
        ctx = Context(resources=self.resources, doc=doc)
        for name, fn in self.stages:
            try:
                fn(article, ctx)
            except Exception as exc:  # noqa: BLE001 - re-raised with the stage named
                raise StageError(f"stage {name!r} failed: {type(exc).__name__}: {exc}") from exc
        prov = article.provenance
        prov.warta_version = __version__
        prov.stages = list(self.names)
        prov.models = self.resources.model_versions(article.language)
        return article

    def pipe(self, articles: Iterable[Article], batch_size: int = 64) -> Iterator[Article]:
        """Process many articles; the spaCy models run batched (``nlp.pipe``)."""
        batch: list[Article] = []
        for art in articles:
            batch.append(art)
            if len(batch) >= batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Article]) -> Iterator[Article]:
        if "nlp" not in self.names or "language" not in self.names:
            for art in batch:
                yield self.run(art)
            return
        # Identify languages first so each language's model can parse its articles in one nlp.pipe call.
        lang_fn = _REGISTRY["language"]
        for art in batch:
            lang_fn(art, Context(resources=self.resources))
        docs: dict[int, Any] = {}
        by_lang: dict[str, list[int]] = {}
        for i, art in enumerate(batch):
            by_lang.setdefault(art.language or "", []).append(i)
        for lang, idxs in by_lang.items():
            nlp = self.resources.nlp(lang)
            if nlp is None:
                continue
            for i, doc in zip(idxs, nlp.pipe(batch[i].text for i in idxs), strict=True):
                docs[i] = doc
        for i, art in enumerate(batch):
            yield self.run(art, doc=docs.get(i))


def _load_builtin_stages() -> None:
    # Importing the stage modules registers them.
    from warta import dates, entities, events, language, places, quotes, sentences  # noqa: F401
    from warta.actors import resolve as _actors  # noqa: F401
    from warta.nlp import stage as _nlp_stage  # noqa: F401
