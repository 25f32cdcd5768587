"""The ``places`` stage: place names with their country, and the dateline city.

Every GPE/LOC entity mention becomes a place (country from the gazetteer or the actor table, where Phoenix
lists cities and provinces under their country); the dateline's place (``Jakarta, CNN Indonesia --``) is
resolved the same way and listed first.
"""

from __future__ import annotations

from warta.actors.resolve import actor_table
from warta.pipeline import Context, register
from warta.record import Article, Place
from warta.sentences import dateline_parts


@register("places")
def places_stage(article: Article, ctx: Context) -> None:
    """Fill ``article.places``."""
    table = actor_table(ctx)
    places: list[Place] = []
    if article.dateline is not None:
        name, _outlet = dateline_parts(article.dateline.text)
        if name:
            actor = table.lookup(name)
            off = article.dateline.text.find(name.split()[0]) if name.split() else -1
            if off < 0:
                off = article.dateline.text.lower().find(name.lower())
            start = article.dateline.start + max(off, 0)
            places.append(
                Place(
                    name=actor.name if actor and actor.kb_id.startswith("capital:") else name,
                    country=actor.country if actor else None,
                    start=start,
                    end=start + len(name),
                    text=article.text[start : start + len(name)],
                )
            )
    for ent in article.entities:
        if ent.type not in ("GPE", "LOC"):
            continue
        country = ent.country
        if country is None:
            actor = table.lookup(ent.name)
            country = actor.country if actor else None
        for m in ent.mentions:
            places.append(
                Place(name=ent.name, country=country, start=m.start, end=m.end, text=m.text, entity=ent.id)
            )
    places.sort(key=lambda p: p.start if p.start is not None else -1)
    article.places = places
