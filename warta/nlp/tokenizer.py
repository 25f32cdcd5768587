"""Tokenizer for Indonesian news, registered as ``warta.id_tokenizer.v1``.

It extends spaCy's Indonesian defaults (which already keep ``anak-anak``, ``a.n.``, ``dll.`` and clitics
such as ``-nya``/``-lah``/``-kah`` attached, as in the UD Indonesian-GSD 2018 training release) with:

* more news abbreviations (``Jl.``, ``Kab.``, ``Kec.``, ``Tbk.``, ``Yth.``, police/military ranks, ...);
* ``Rp5.000`` split into ``Rp`` + ``5.000`` (as ``Rp 5.000``);
* times ``02.45``/``14:30`` and numeric dates ``17-8-1945``/``17/08/2026`` kept as one token;
* full reduplication with a clitic or suffix (``anak-anaknya``, ``Rumah-rumahlah``) kept as one token,
  like the plain reduplications spaCy lists (``anak-anak``);
* URLs, e-mail addresses and ``@handles`` kept whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import spacy
from spacy.language import Language
from spacy.symbols import NORM, ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_prefix_regex

__all__ = ["EXTRA_ABBREVIATIONS", "TOKEN_MATCH", "create_id_tokenizer", "make_id_tokenizer"]

#: Abbreviations (with their trailing period) that must stay one token.
EXTRA_ABBREVIATIONS: tuple[str, ...] = (
    "Jl.", "Jln.", "Kab.", "Kec.", "Kel.", "Prov.", "Tbk.", "Yth.", "Sdr.", "Sdri.", "Bpk.",
    "Drs.", "Dra.", "Ir.", "Hj.", "H.", "KH.", "Prof.", "Dr.", "dr.", "drg.",
    "S.H.", "S.E.", "S.Pd.", "S.Sos.",
    "M.Si.", "M.Sc.", "M.H.", "M.M.", "Ph.D.", "Pol.", "Brigjen.", "Irjen.", "Komjen.", "Kompol.", "Kapt.",
    "Letkol.", "Kol.", "Mayjen.", "Letjen.", "Jend.", "No.", "hlm.", "tgl.", "Tgl.",
    "dkk.", "dll.", "dsb.", "dst.", "tsb.", "ybs.", "yth.", "a.n.", "u.p.", "s.d.", "s/d", "d.a.", "a.l.",
    "kg.", "km.", "Rp.", "St.", "Co.", "Ltd.", "Inc.", "Corp.", "Bros.", "Jr.", "Sr.", "vs.",
)

#: Whole-token patterns: times, numeric dates, e-mail addresses, @handles and full reduplication.
TOKEN_MATCH = re.compile(
    r"^(?:"
    r"(?:[01]?\d|2[0-4])[.:][0-5]\d(?:[.:][0-5]\d)?"  # 02.45, 14:30, 14.30.15
    r"|\d{1,2}[-/]\d{1,2}[-/]\d{2,4}"  # 17-8-1945, 17/08/2026
    r"|\d{4}-\d{2}-\d{2}"  # 2026-05-17
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail
    r"|@\w{2,}"  # social-media handle
    r"|(?i:(?P<base>[^\W\d_]{2,})-(?P=base)(?:nya|lah|kah|pun|ku|mu|an|kan|i)?)"  # anak-anaknya, rumah-rumah
    r")$"
)


def make_id_tokenizer(nlp: Language) -> Tokenizer:
    """Build the warta Indonesian tokenizer for ``nlp`` (an Indonesian ``Language``)."""
    defaults = nlp.Defaults
    rules = dict(defaults.tokenizer_exceptions or {})
    for abbr in EXTRA_ABBREVIATIONS:
        rules.setdefault(abbr, [{ORTH: abbr}])
        upper = abbr[0].upper() + abbr[1:]
        rules.setdefault(upper, [{ORTH: upper}])
    rules["Rp."] = [{ORTH: "Rp.", NORM: "Rp"}]
    prefixes = [r"Rp(?=\d)", r"US\$(?=\d)", *(defaults.prefixes or [])]
    prefix_re = compile_prefix_regex(prefixes)
    suffix_re = spacy.util.compile_suffix_regex(defaults.suffixes or [])
    infix_re = spacy.util.compile_infix_regex(defaults.infixes or [])
    tok = Tokenizer(
        nlp.vocab,
        rules=rules,
        prefix_search=prefix_re.search,
        suffix_search=suffix_re.search,
        infix_finditer=infix_re.finditer,
        token_match=TOKEN_MATCH.match,
        url_match=defaults.url_match,
    )
    return tok


@spacy.registry.tokenizers("warta.id_tokenizer.v1")
def create_id_tokenizer() -> Callable[[Language], Tokenizer]:
    """Registry entry point: ``[nlp.tokenizer] @tokenizers = "warta.id_tokenizer.v1"``."""
    return make_id_tokenizer
