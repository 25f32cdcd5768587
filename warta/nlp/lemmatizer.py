"""Lemmatizers of the shipped pipelines.

* ``warta_lemmatizer`` (Indonesian, mode ``"warta"``): proper nouns keep their surface form; every other word
  is lower-cased and looked up in the bundled ``lemma_lookup`` table (from spacy-lookups-data, stored inside
  the model directory), falling back to the lower-cased form. On the UD sets this beats spaCy's plain
  case-sensitive lookup (docs/evaluation.md).
* ``warta_en_lemmatizer`` (English): spaCy's English rule lemmatizer with a complete cache. spaCy's rules test
  candidate forms against word lists by linear scan and its cache skips base forms (two thirds of the tokens);
  this made the lemmatizer 13 % of the English pipeline's time. Same lemmas, about nine times faster.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token

__all__ = ["CachedEnglishLemmatizer", "WartaLemmatizer", "make_en_lemmatizer", "make_warta_lemmatizer"]


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


class CachedEnglishLemmatizer(EnglishLemmatizer):
    """spaCy's English lemmatizer; every (form, UPOS, morphology) is lemmatised once per process."""

    def _validate_tables(self, error_message: str = Errors.E912) -> None:
        # Runs whenever the tables are (re)loaded (initialize, from_disk, from_bytes, first call).
        super()._validate_tables(error_message)
        # spacy-lookups-data stores each POS index as a list, and the rules test `form in index`: a linear
        # scan of up to 57k words per candidate. A dict answers the same test in constant time.
        index = self.lookups.get_table("lemma_index", {})
        for pos, words in list(index.items()):
            if isinstance(words, list):
                index[pos] = dict.fromkeys(words)
        self.cache = {}
        self._lemma_cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        """Set the lemma of every token (keeps existing lemmas unless ``overwrite``)."""
        if not self._validated:
            self._validate_tables(Errors.E1004)
        cache = self._lemma_cache
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            value = cache.get(key)
            if value is None:
                value = cache[key] = strings.add(self.lemmatize(doc[i])[0])
            lemmas[i] = value
        doc.from_array([LEMMA], lemmas)
        return doc


@Language.factory(
    "warta_en_lemmatizer",
    assigns=["token.lemma"],
    default_config={"model": None, "mode": "rule", "overwrite": False},
    default_score_weights={"lemma_acc": 1.0},
)
def make_en_lemmatizer(
    nlp: Language, model: None, name: str, mode: str, overwrite: bool
) -> CachedEnglishLemmatizer:
    """Factory for :class:`CachedEnglishLemmatizer`."""
    return CachedEnglishLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite)
