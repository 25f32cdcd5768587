"""The ``nlp`` stage: one spaCy Doc per article from the language's trained pipeline, when it exists."""

from __future__ import annotations

from warta.pipeline import Context, register
from warta.record import Article


@register("nlp")
def nlp_stage(article: Article, ctx: Context) -> None:
    """Parse ``article.text`` once; later stages read ``ctx.doc``. A no-op without a model."""
    if ctx.doc is not None:
        return
    nlp = ctx.resources.nlp(article.language)
    if nlp is not None:
        ctx.doc = nlp(article.text)
