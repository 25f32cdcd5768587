"""Tests for warta.nlp: Indonesian tokenizer, model loading and (when built) the id_news pipeline."""

from __future__ import annotations

import pytest
import spacy

import warta.nlp
from warta.nlp import ModelNotFound, load_model, model_path, model_version


@pytest.fixture(scope="module")
def tok_nlp() -> spacy.Language:
    return spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "warta.id_tokenizer.v1"}}})


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    if not (model_path("id") / "config.cfg").is_file():
        pytest.skip("id_news model not built (python -m train.build)")
    return load_model("id")


def _toks(nlp: spacy.Language, text: str) -> list[str]:
    return [t.text for t in nlp(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anak-anak bermain bola.", ["Anak-anak", "bermain", "bola", "."]),
        ("Surat a.n. direktur, dll. juga dsb.", ["Surat", "a.n.", "direktur", ",", "dll.", "juga", "dsb."]),
        ("Nilainya Rp 5,2 triliun.", ["Nilainya", "Rp", "5,2", "triliun", "."]),
        ("Harga Rp5.000 per liter", ["Harga", "Rp", "5.000", "per", "liter"]),
        ("Gempa terjadi pukul 02.45 WIB.", ["Gempa", "terjadi", "pukul", "02.45", "WIB", "."]),
        ("Rapat pukul 14:30 tanggal 17-8-2025.", ["Rapat", "pukul", "14:30", "tanggal", "17-8-2025", "."]),
        ("Kantor di Jl. Merdeka No. 3", ["Kantor", "di", "Jl.", "Merdeka", "No.", "3"]),
        ("Lihat https://contoh.go.id/berita?id=7 ya", ["Lihat", "https://contoh.go.id/berita?id=7", "ya"]),
        ("Kirim ke humas@contoh.go.id sekarang", ["Kirim", "ke", "humas@contoh.go.id", "sekarang"]),
        ("Kemlu menyebut bukunya dibacalah.", ["Kemlu", "menyebut", "bukunya", "dibacalah", "."]),
        ("PT Maju Jaya Tbk. naik.", ["PT", "Maju", "Jaya", "Tbk.", "naik", "."]),
        ("Anak-anaknya (rumah-rumahku) aman.", ["Anak-anaknya", "(", "rumah-rumahku", ")", "aman", "."]),
        ("Laga Indonesia-Malaysia", ["Laga", "Indonesia", "-", "Malaysia"]),
    ],
)
def test_tokenizer(tok_nlp: spacy.Language, text: str, expected: list[str]) -> None:
    assert _toks(tok_nlp, text) == expected


def test_tokenizer_roundtrip(tok_nlp: spacy.Language, tmp_path) -> None:
    tok_nlp.to_disk(tmp_path / "m")
    loaded = spacy.load(tmp_path / "m")
    assert _toks(loaded, "Rp5.000 pukul 02.45") == ["Rp", "5.000", "pukul", "02.45"]


def test_missing_model_raises() -> None:
    with pytest.raises(ModelNotFound, match="train.build"):
        load_model("zz")
    assert issubclass(ModelNotFound, RuntimeError)
    assert model_version("zz") is None


def test_model_loads_and_cached(nlp: spacy.Language) -> None:
    assert nlp is warta.nlp.load_model("id")
    assert {"parser", "ner", "morphologizer"} <= set(nlp.pipe_names)
    assert model_version("id")


def test_model_entities(nlp: spacy.Language) -> None:
    doc = nlp("Presiden Joko Widodo meresmikan bendungan baru di Jakarta pada hari Senin.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Joko Widodo", "PERSON") in ents
    assert ("Jakarta", "LOC") in ents


def test_model_org_entity(nlp: spacy.Language) -> None:
    doc = nlp("Partai Golkar menggelar rapat kerja di Surabaya.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Partai Golkar", "ORG") in ents
    assert ("Surabaya", "LOC") in ents


def test_model_syntax(nlp: spacy.Language) -> None:
    doc = nlp("Budi membeli buku baru di pasar.")
    by_text = {t.text: t for t in doc}
    assert by_text["membeli"].dep_ == "ROOT"
    assert by_text["Budi"].head.text == "membeli" and by_text["Budi"].dep_ == "nsubj"
    assert by_text["buku"].head.text == "membeli" and by_text["buku"].dep_ == "obj"
    assert by_text["membeli"].pos_ == "VERB" and by_text["Budi"].pos_ == "PROPN"


def test_model_sentences_and_lemmas(nlp: spacy.Language) -> None:
    doc = nlp("Harga beras naik lagi. Pemerintah akan mengimpor beras dari Vietnam.")
    assert len(list(doc.sents)) == 2
    assert doc[0].lemma_ == "harga"


def test_fast_mode_skips_the_parse(nlp: spacy.Language) -> None:
    from warta.nlp import has_fast_mode

    if not has_fast_mode("id"):
        pytest.skip("id_news model has no senter")
    fast = load_model("id", fast=True)
    assert fast is load_model("id", fast=True) and fast is not nlp
    assert fast.pipe_names == ["senter", "ner"]
    assert nlp.pipe_names[0] == "senter" and "parser" in nlp.pipe_names  # the parser keeps to its sentences
    text = "Presiden Joko Widodo tiba di Bandung pada hari Senin. Ia meresmikan jembatan baru."
    doc = fast(text)
    assert [s.text for s in doc.sents] == [
        "Presiden Joko Widodo tiba di Bandung pada hari Senin.",
        "Ia meresmikan jembatan baru.",
    ]
    assert ("Joko Widodo", "PERSON") in {(e.text, e.label_) for e in doc.ents}


def test_resources_choose_fast_mode_unless_a_stage_needs_the_parse() -> None:
    from warta.resources import Resources

    assert not Resources().needs_parse("id")
    assert Resources().needs_parse("en")  # English events read the parse
    assert Resources(options={"quotes.use_parse": True}).needs_parse("id")
    assert Resources(options={"nlp.full": True}).needs_parse("id")
    assert not Resources(options={"events.use_parse": False}).needs_parse("en")
