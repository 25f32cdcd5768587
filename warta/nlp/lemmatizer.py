"""Indonesian lookup lemmatizer (factory ``warta_lemmatizer``, mode ``"warta"``).

Proper nouns keep their surface form; every other word is lower-cased and looked up in the bundled
``lemma_lookup`` table (from spacy-lookups-data, stored inside the model directory), falling back to the
lower-cased form. On the UD sets this beats spaCy's plain case-sensitive lookup (docs/evaluation.md).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Token

__all__ = ["WartaLemmatizer", "make_warta_lemmatizer"]


class WartaLemmatizer(Lemmatizer):
    """spaCy ``Lemmatizer`` with an extra mode ``"warta"``: PROPN as-is, others lower-case + lookup."""

    @classmethod
    def get_lookups_config(cls, mode: str) -> tuple[list[str], list[str]]:
        """Tables needed per mode: ``warta`` needs ``lemma_lookup``."""
        if mode == "warta":
            return (["lemma_lookup"], [])
        return super().get_lookups_config(mode)

    def warta_lemmatize(self, token: Token) -> list[str]:
        """Lemmatize one token (PROPN keeps its form; others: lookup of the lower-cased form)."""
        if token.pos_ == "PROPN":
            return [token.text]
        lower = token.text.lower()
        table = self.lookups.get_table("lemma_lookup", {})
        return [table.get(lower, table.get(token.text, lower))]


@Language.factory(
    "warta_lemmatizer",
    assigns=["token.lemma"],
    default_config={"model": None, "mode": "warta", "overwrite": False},
    default_score_weights={"lemma_acc": 1.0},
)
def make_warta_lemmatizer(
    nlp: Language, model: None, name: str, mode: str, overwrite: bool
) -> WartaLemmatizer:
    """Factory for :class:`WartaLemmatizer`."""
    return WartaLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite)
