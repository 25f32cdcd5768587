"""Harmonisation of the 2018 GSD release towards current UD Indonesian (train/build.py), on a sentence
written for this test."""

from __future__ import annotations

from train.build import harmonize_gsd2018
from warta.eval.formats import UDSentence, UDWord

ROWS = [  # form, upos, head, deprel (2018 conventions)
    ("Ia", "PRON", 2, "nsubj"),
    ("datang", "VERB", 0, "root"),
    ("dengan", "ADP", 4, "case"),
    ("membawa", "VERB", 2, "advcl"),
    ("bekal", "NOUN", 4, "obj"),
    ("dengan", "ADP", 7, "case"),
    ("teman", "NOUN", 2, "obl"),
    ("tetapi", "SCONJ", 10, "mark"),
    ("ia", "PRON", 10, "nsubj"),
    ("lupa", "VERB", 2, "conj"),
    ("karena", "CCONJ", 13, "cc"),
    ("sudah", "ADV", 13, "advmod"),
    ("lelah", "ADJ", 10, "advcl"),
    ("sekarang", "ADV", 10, "advmod"),
]


def _sentence(rows: list[tuple[str, str, int, str]]) -> UDSentence:
    """Rows of (form, upos, head, deprel) as a sentence."""
    words = [UDWord(i, f, "_", u, "_", "_", h, d, "_") for i, (f, u, h, d) in enumerate(rows, 1)]
    return UDSentence(words=words)


def test_harmonize_clause_markers_conjunctions_and_lexical_tags():
    sent = _sentence(ROWS)
    harmonize_gsd2018(sent)
    got = [(w.form, w.upos, w.deprel) for w in sent.words]
    assert got[2] == ("dengan", "SCONJ", "mark")  # introduces a verb
    assert got[5] == ("dengan", "ADP", "case")  # introduces a noun: unchanged
    assert got[7] == ("tetapi", "CCONJ", "cc")
    assert got[10] == ("karena", "SCONJ", "mark")
    assert got[11] == ("sudah", "AUX", "aux")
    assert got[13] == ("sekarang", "NOUN", "advmod")
    assert [w.head for w in sent.words] == [h for _, _, h, _ in ROWS]  # no head moves


def test_harmonize_locative_noun_after_di():
    rows = [
        ("Ia", "PRON", 2, "nsubj"),
        ("tidur", "VERB", 0, "root"),
        ("di", "ADP", 5, "case"),
        ("dalam", "ADP", 5, "case"),
        ("rumah", "NOUN", 2, "obl"),
        ("dalam", "ADP", 7, "case"),  # "dalam waktu": a preposition, unchanged
        ("waktu", "NOUN", 2, "obl"),
    ]
    sent = _sentence(rows)
    harmonize_gsd2018(sent)
    assert [(w.upos, w.deprel) for w in sent.words][3] == ("NOUN", "nmod:lmod")
    assert [(w.upos, w.deprel) for w in sent.words][5] == ("ADP", "case")


def test_split_clitics_as_current_gsd():
    from train.build import split_clitics

    sent = _sentence(
        [
            ("Apakah", "ADV", 3, "advmod"),
            ("ia", "PRON", 3, "nsubj"),
            ("datang", "VERB", 0, "root"),
            ("?", "PUNCT", 3, "punct"),
        ]
    )
    split_clitics(sent, lambda: True)
    assert [(w.form, w.upos, w.head, w.deprel) for w in sent.words] == [
        ("Apa", "ADV", 4, "advmod"),
        ("kah", "PART", 1, "advmod:emph"),
        ("ia", "PRON", 4, "nsubj"),
        ("datang", "VERB", 0, "root"),
        ("?", "PUNCT", 4, "punct"),
    ]
    assert sent.spaces()[0] is False  # "Apa" + "kah" stay one written word
    keep = _sentence([("Adalah", "AUX", 0, "root"), ("masalah", "NOUN", 1, "nsubj")])
    split_clitics(keep, lambda: True)
    assert [w.form for w in keep.words] == ["Adalah", "masalah"]  # no clitic forms
