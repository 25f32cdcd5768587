"""Language identification (py3langid) when the input does not say."""

from __future__ import annotations

from typing import Any

from warta.pipeline import Context, register
from warta.record import Article

# Closely related languages that py3langid confuses with Indonesian on news text.
_INDONESIAN_LOOKALIKES = {"ms", "jv", "su", "min", "ace", "bjn"}


def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str, identifier: Any = None) -> str:
    """ISO 639-1 code of ``text`` (Malay and regional look-alikes resolve to Indonesian when close)."""
    ident = identifier or _identifier()
    ranked = ident.rank(text[:3000])
    top = ranked[0][0]
    if top in _INDONESIAN_LOOKALIKES:
        probs = dict(ranked[:5])
        if probs.get("id", 0.0) > 0.02:
            return "id"
    return top


@register("language")
def language_stage(article: Article, ctx: Context) -> None:
    """Set ``article.language`` when the input did not give one."""
    if article.language:
        article.language = article.language.lower()[:2]
        return
    ident = ctx.resources.cached("langid", _identifier)
    article.language = identify(article.text, ident)
