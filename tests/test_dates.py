"""Date resolution against the publication date (Friday 29 May 2026), on phrases written for these tests."""

from __future__ import annotations

import pytest

from warta.pipeline import Pipeline
from warta.record import Article


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(["language", "sentences", "dates"], use_models=False)


def values(pipe, text, published="2026-05-29", lang="id"):
    art = pipe(Article.from_parts(text, title="Uji", language=lang, published=published))
    return {d.text: d.value for d in art.dates}


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("Rabu", "2026-05-27"),
        ("kemarin", "2026-05-28"),
        ("pekan lalu", "2026-05-22"),
        ("24 tahun lalu", "2002"),
        ("tiga hari lalu", "2026-05-26"),
        ("tahun 1950", "1950"),
        ("Jumat, 29 Mei 2026 19:34 WIB", "2026-05-29T19:34"),
        ("29 Mei 2026", "2026-05-29"),
        ("bulan lalu", "2026-04"),
        ("besok", "2026-05-30"),
    ],
)
def test_indonesian_expressions(pipe, phrase, value):
    found = values(pipe, f"Rapat itu disebut terjadi {phrase} di Jakarta.")
    assert value in found.values(), found


def test_bracketed_date_wins_over_weekday(pipe):
    found = values(pipe, "Menteri tiba di Tokyo pada Senin (25/5).")
    assert found == {"25/5": "2026-05-25"}


def test_publication_date_in_indonesian_form(pipe):
    found = values(pipe, "Hal itu terjadi kemarin.", published="Jumat, 29 Mei 2026 10:00 WIB")
    assert found["kemarin"] == "2026-05-28"


def test_english_relative(pipe):
    found = values(pipe, "The minister resigned yesterday, officials said.", lang="en")
    assert found["yesterday"] == "2026-05-28"
