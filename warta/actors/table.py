"""The shipped actor table (``warta/data/actors.tsv.gz``) and agent nouns, loaded once per pipeline."""

from __future__ import annotations

import csv
import gzip
import io
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from warta.actors.build import norm_alias

DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class Role:
    country: str
    sector: str
    start: str  # ISO date or ""
    end: str


@dataclass
class Actor:
    kb_id: str
    name: str
    type: str
    country: str | None
    sector: str | None
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)

    def at(self, when: str | None) -> tuple[str | None, str | None]:
        """(country, sector) on date ``when`` (ISO): the dated role covering it, else the undated default."""
        if when and self.roles:
            d = when[:10]
            live = [r for r in self.roles if (not r.start or r.start <= d) and (not r.end or d <= r.end)]
            if live:
                # Prefer the government role when several apply (a president is also an elite).
                live.sort(key=lambda r: (r.sector != "GOV", r.start), reverse=False)
                r = live[0]
                return r.country or self.country, r.sector or self.sector
            if all(r.end and r.end < d for r in self.roles) and self.sector == "GOV":
                return self.country, "ELI"  # a former office holder
        return self.country, self.sector


def _rows(path: Path) -> list[dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        lines = [ln for ln in fh if not ln.startswith("#")]
    return list(csv.DictReader(io.StringIO("".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE))


class ActorTable:
    """Alias (normalised, upper case) → canonical actor."""

    def __init__(self, actors: list[Actor]) -> None:
        self.actors = actors
        self.by_alias: dict[str, Actor] = {}
        self.by_id: dict[str, Actor] = {}
        # Later sources (Indonesian agencies, countries) are more specific than Phoenix persons: they win.
        priority = {"place": 0, "org": 3, "country": 4, "capital": 4, "igo": 2, "group": 2, "person": 1}
        for a in sorted(actors, key=lambda a: priority.get(a.kb_id.split(":")[0], 0)):
            self.by_id[a.kb_id] = a
            for al in a.aliases:
                self.by_alias[al] = a

    @classmethod
    def load(cls, path: Path | None = None) -> ActorTable:
        actors = []
        for r in _rows(path or DATA / "actors.tsv.gz"):
            roles = []
            for spec in filter(None, (r.get("roles") or "").split(";")):
                code, _, rng = spec.partition("@")
                start, _, end = rng.partition("..")
                roles.append(
                    Role(
                        code[:3] if len(code) >= 6 else "", code[3:6] if len(code) >= 6 else code, start, end
                    )
                )
            actors.append(
                Actor(
                    r["kb_id"],
                    r["name"],
                    r["type"],
                    r["country"] or None,
                    r["sector"] or None,
                    [a for a in (r.get("aliases") or "").split("|") if a],
                    roles,
                )
            )
        return cls(actors)

    def lookup(self, name: str) -> Actor | None:
        return self.by_alias.get(norm_alias(name))


@cache
def load_agents(path: Path | None = None) -> dict[str, str]:
    """Generic agent nouns (English, upper case) → sector code."""
    return {r["agent"]: r["sector"] for r in _rows(path or DATA / "agents.tsv.gz")}
