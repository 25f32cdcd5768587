"""PLOVER ↔ CAMEO crosswalk with QuadClass and Goldstein (compiled into ``warta/data/cameo.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from warta.resources import read_tsv

CAMEO_TABLE = Path(__file__).resolve().parent.parent / "data" / "cameo.tsv"

# Older PLOVER/GSR event names → the PLOVER 2021 / POLECAT names warta emits.
PLOVER_ALIASES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "YIELD": "CONCEDE",
    "ENGAGE": "COOPERATE",
}


@dataclass(frozen=True)
class CameoCode:
    code: str
    description: str
    goldstein: float | None
    quad_class: int
    plover: str
    mode: str
    context: tuple[str, ...]


@cache
def cameo_codes() -> dict[str, CameoCode]:
    out = {}
    for r in read_tsv(CAMEO_TABLE):
        g = r["goldstein"]
        out[r["cameo"]] = CameoCode(
            r["cameo"],
            r["description"],
            float(g) if g else None,
            int(r["quad_class"]),
            r["plover"],
            r["mode"],
            tuple(c for c in r["context"].split(";") if c),
        )
    return out


def cameo(code: str | None) -> CameoCode | None:
    """The CAMEO entry of ``code`` (falling back to its parent code for Goldstein/QuadClass)."""
    if not code:
        return None
    table = cameo_codes()
    return table.get(code) or table.get(code[:3]) or table.get(code[:2])


@cache
def plover_to_cameo(plover: str, mode: str = "") -> str | None:
    """The most general CAMEO code that the crosswalk maps to (``plover``, ``mode``); any mode as fallback."""
    plover = PLOVER_ALIASES.get(plover, plover)
    cands = [c for c in cameo_codes().values() if c.plover == plover]
    best = [c for c in cands if c.mode == mode] or cands
    if not best:
        return None
    return min(best, key=lambda c: (len(c.code), c.code)).code


def normalise_type(plover: str) -> str:
    return PLOVER_ALIASES.get(plover.upper(), plover.upper())
