"""Canonical actors: who an entity is (name, country, PLOVER sector, aliases)."""
