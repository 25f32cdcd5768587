"""Tests for the English news pipeline ``warta/models/en_news`` (skipped when the model is not built).

The sentences are written for these tests (not taken from any corpus); the expectations are ones a working
English pipeline gets right robustly: plain names in plain contexts and simple clause structure.
"""

from __future__ import annotations

import json

import pytest
import spacy

from warta.nlp import load_model, model_path, model_version


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    if not (model_path("en") / "config.cfg").is_file():
        pytest.skip("en_news model not built (python -m train.en.build)")
    return load_model("en")


def _ents(doc) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in doc.ents}


def test_pipeline_components(nlp: spacy.Language) -> None:
    assert nlp.lang == "en"
    assert load_model("en") is nlp  # cached per process
    for name in ("tok2vec", "tagger", "morphologizer", "parser", "lemmatizer", "ner"):
        assert name in nlp.pipe_names
    assert {"PERSON", "ORG", "LOC"} <= set(nlp.get_pipe("ner").labels)
    assert model_version("en")


def test_meta_names_training_data(nlp: spacy.Language) -> None:
    meta = json.loads((model_path("en") / "meta.json").read_text(encoding="utf-8"))
    names = " ".join(s["name"] for s in meta["sources"])
    assert "UD English-EWT" in names
    assert all(s.get("license") for s in meta["sources"])
    assert not any("GUM" in s["name"] or "UNER" in s["name"] for s in meta["sources"])


def test_english_tokenizer(nlp: spacy.Language) -> None:
    assert [t.text for t in nlp.make_doc("They don't know, Dr. Smith.")] == [
        "They",
        "do",
        "n't",
        "know",
        ",",
        "Dr.",
        "Smith",
        ".",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Angela Fairweather was elected mayor of Portland last week.",
            {("Angela Fairweather", "PERSON"), ("Portland", "LOC")},
        ),
        (
            "The European Union fined Microsoft for breaking competition rules.",
            {("European Union", "ORG"), ("Microsoft", "ORG")},
        ),
        (
            "President Joe Biden flew to Tokyo on Monday to meet Japanese officials.",
            {("Joe Biden", "PERSON"), ("Tokyo", "LOC")},
        ),
        ("Thousands of people fled their homes in Sudan after the fighting spread.", {("Sudan", "LOC")}),
        (
            "Officials at the United Nations said Kenya would send more police to Haiti.",
            {("United Nations", "ORG"), ("Kenya", "LOC"), ("Haiti", "LOC")},
        ),
        (
            "Apple and Google reported higher profits, according to Reuters.",
            {("Apple", "ORG"), ("Google", "ORG"), ("Reuters", "ORG")},
        ),
        ("The company said its chief executive, Sarah Okafor, would resign.", {("Sarah Okafor", "PERSON")}),
    ],
)
def test_entities(nlp: spacy.Language, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _ents(nlp(text))


def test_ner_runs_before_parser_and_ruler_after_ner(nlp: spacy.Language) -> None:
    names = nlp.pipe_names
    order = [names.index(n) for n in ("ner", "entity_ruler", "entity_ruler_cased", "parser")]
    assert order == sorted(order)
    for ruler in ("entity_ruler", "entity_ruler_cased"):
        assert not nlp.get_pipe(ruler).overwrite  # the rulers only fill gaps the NER left


def test_conventions(nlp: spacy.Language) -> None:
    # UNER/CoNLL conventions: demonyms are not places, titles are outside the name.
    doc = nlp("Iraqi and Israeli officials met on Tuesday to discuss the border.")
    assert not {e.text for e in doc.ents} & {"Iraqi", "Israeli"}
    assert ("Helen Moreau", "PERSON") in _ents(nlp("Dr. Helen Moreau will lead the new clinic."))


def test_gazetteer_ruler(nlp: spacy.Language) -> None:
    # a lower-case capital from warta's actor table; a common word that is also a place name stays O
    doc = nlp("We stayed three nights in nairobi before driving on to the coast.")
    assert ("nairobi", "LOC") in _ents(doc)
    assert not nlp("The male nurse said he would call back later.").ents


def test_no_entities_in_plain_sentence(nlp: spacy.Language) -> None:
    assert not nlp("The price of rice went up again this morning.").ents


def test_dependencies(nlp: spacy.Language) -> None:
    doc = nlp("The minister signed the new agreement yesterday.")
    by = {t.text: t for t in doc}
    assert by["signed"].dep_ == "ROOT"
    assert by["minister"].head.text == "signed" and by["minister"].dep_ == "nsubj"
    assert by["agreement"].head.text == "signed" and by["agreement"].dep_ == "obj"
    assert by["new"].head.text == "agreement"
    assert by["signed"].pos_ == "VERB" and by["minister"].pos_ == "NOUN"
    assert by["signed"].lemma_ == "sign" and by["minister"].tag_ == "NN"


def test_passive_and_lemmas(nlp: spacy.Language) -> None:
    doc = nlp("Two bridges were destroyed by the floods.")
    by = {t.text: t for t in doc}
    assert by["destroyed"].dep_ == "ROOT"
    assert by["bridges"].dep_ == "nsubj:pass" and by["bridges"].head.text == "destroyed"
    assert by["bridges"].lemma_ == "bridge" and by["were"].lemma_ == "be"
    assert "Number=Plur" in str(by["bridges"].morph)


def test_sentences(nlp: spacy.Language) -> None:
    doc = nlp("The talks ended on Friday. Both sides will meet again in March.")
    assert [s.text for s in doc.sents] == [
        "The talks ended on Friday.",
        "Both sides will meet again in March.",
    ]


def test_cached_lemmatizer_matches_spacy_rules(nlp: spacy.Language) -> None:
    """warta_en_lemmatizer gives exactly the lemmas of spaCy's English rule lemmatizer (same tables)."""
    from spacy.lang.en.lemmatizer import EnglishLemmatizer

    ours = nlp.get_pipe("lemmatizer")
    assert nlp.get_pipe_meta("lemmatizer").factory == "warta_en_lemmatizer"
    text = (
        "The ministers were meeting their counterparts. She has written two letters and he wrote none. "
        "Prices rose faster than wages; the better offers came later."
    )
    with nlp.select_pipes(disable=["lemmatizer"]):
        docs = [nlp(text), nlp(text)]
    reference = EnglishLemmatizer(nlp.vocab, None, "reference", mode="rule")
    reference.lookups = ours.lookups
    expected = [t.lemma_ for t in reference(docs[0])]
    got = [t.lemma_ for t in ours(docs[1])]
    assert got == expected
    by = {t.text: t.lemma_ for t in docs[1]}
    assert (by["ministers"], by["were"], by["written"], by["rose"]) == ("minister", "be", "write", "rise")


def test_indonesian_names_in_english_text(nlp: spacy.Language) -> None:
    """Names of Indonesian politicians in English wire copy: warta's core use case."""
    doc = nlp("Indonesian President Prabowo Subianto arrived on Thursday.")
    assert ("Prabowo Subianto", "PERSON") in _ents(doc)
    ents = _ents(nlp("Joko Widodo met Anies Baswedan and Sri Mulyani Indrawati in Jakarta."))
    names = {("Joko Widodo", "PERSON"), ("Anies Baswedan", "PERSON"), ("Sri Mulyani Indrawati", "PERSON")}
    assert names <= ents


def test_cached_lemmatizer_reloads_its_tables(nlp: spacy.Language) -> None:
    """Loading other tables (from_bytes) drops what the cache learnt from the old ones."""
    from spacy.lookups import Lookups

    lemmatizer = nlp.create_pipe("warta_en_lemmatizer")
    lemmatizer.from_bytes(nlp.get_pipe("lemmatizer").to_bytes())
    with nlp.select_pipes(disable=["lemmatizer"]):
        doc = nlp("The ministers were meeting.")
    assert [t.lemma_ for t in lemmatizer(doc)][1] == "minister"
    other = Lookups()
    for name in ("lemma_index", "lemma_exc"):
        other.add_table(name, {})
    other.add_table("lemma_rules", {"noun": [["s", ""], ["ers", "er-X"]]})
    lemmatizer.lookups = other
    lemmatizer._validate_tables()
    with nlp.select_pipes(disable=["lemmatizer"]):
        doc = nlp("The ministers were meeting.")
    assert [t.lemma_ for t in lemmatizer(doc)][1] != "minister"
