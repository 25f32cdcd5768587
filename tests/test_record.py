import json

import jsonschema
import pytest

from warta.record import Article, Entity, Mention, article_id, json_schema


def test_text_is_title_blank_line_body():
    a = Article.from_parts("Isi berita.\n", title="  Judul   Berita ")
    assert a.text == "Judul Berita\n\nIsi berita."
    assert a.body_start == len("Judul Berita\n\n")
    assert a.text[a.body_start :] == "Isi berita."


def test_title_repeated_at_body_start_is_not_doubled():
    a = Article.from_parts("Judul\n\nIsi berita.", title="Judul")
    assert a.text == "Judul\n\nIsi berita."


def test_id_is_stable_and_url_based():
    assert article_id(url="https://www.Example.com/a/") == article_id(url="http://example.com/a")
    assert article_id(text="Satu  dua\ntiga") == article_id(text="satu dua tiga")
    assert article_id(text="satu") != article_id(text="dua")
    a1 = Article.from_parts("x y", url="https://e.com/1")
    a2 = Article.from_parts("different body", url="https://e.com/1")
    assert a1.id == a2.id


def test_json_round_trip_and_schema_validation():
    a = Article.from_parts("Budi datang.", title="T", language="id", published="2026-01-02")
    a.entities.append(
        Entity(id="e1", name="Budi", type="PERSON", mentions=[Mention(start=3, end=7, text="Budi")])
    )
    d = json.loads(a.to_json())
    jsonschema.validate(d, json_schema())
    assert Article.from_dict(d) == a
    assert Article.from_json(a.to_json()).entities[0].mentions[0].text == "Budi"


def test_schema_rejects_bad_entity_type():
    d = Article.from_parts("x").to_dict()
    d["entities"] = [{"id": "e1", "name": "X", "type": "ANIMAL", "mentions": []}]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(d, json_schema())


def test_sentence_index():
    a = Article.from_parts("A b. C d.")
    from warta.record import Sentence

    a.sentences = [Sentence(start=0, end=4), Sentence(start=5, end=9)]
    assert a.sentence_index(0) == 0
    assert a.sentence_index(6) == 1
    assert a.sentence_index(4) is None


def test_docs_schema_is_up_to_date():
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "docs" / "record.schema.json"
    assert json.loads(path.read_text(encoding="utf-8")) == json_schema(), "run `make schema`"
