"""The places stage on sentences written for these tests."""

from __future__ import annotations

from warta.pipeline import Pipeline
from warta.record import Article


def test_places_and_dateline():
    pipe = Pipeline(["language", "sentences", "entities", "actors", "places"], use_models=False)
    art = pipe(
        Article.from_parts(
            "Bangkok, Warta -- Delegasi Vietnam tiba di Kuala Lumpur dan Bandung.", title="Uji", language="id"
        )
    )
    by = {p.text: p.country for p in art.places}
    assert by.get("Bangkok") == "THA"
    assert by.get("Kuala Lumpur") == "MYS"
    assert by.get("Vietnam") == "VNM"
    assert all(p.start is None or art.text[p.start : p.end] == p.text for p in art.places)
