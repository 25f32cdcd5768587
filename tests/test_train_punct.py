"""Punctuation re-attachment used to harmonise the older UD training data (train/punct.py)."""

from __future__ import annotations

import pytest

from train.punct import reattach_punct


def _run(rows: list[tuple[str, int]]) -> list[int]:
    forms = [f for f, _ in rows]
    heads = [h for _, h in rows]
    punct = [not f.isalnum() for f in forms]
    return reattach_punct(heads, punct, forms)


def _is_tree(heads: list[int]) -> bool:
    for i in range(1, len(heads) + 1):
        seen = set()
        while heads[i - 1]:
            if i in seen:
                return False
            seen.add(i)
            i = heads[i - 1]
    return True


def test_comma_opening_an_apposition_attaches_to_it() -> None:
    # Budi , adik saya , datang .   (2018 style: both commas on "Budi")
    rows = [("Budi", 6), (",", 1), ("adik", 1), ("saya", 3), (",", 1), ("datang", 0), (".", 1)]
    assert _run(rows) == [6, 3, 1, 3, 1, 0, 6]


def test_comma_before_a_conjunct_attaches_to_the_conjunct() -> None:
    # apel , jeruk dan mangga   (commas on the first conjunct)
    rows = [("apel", 0), (",", 1), ("jeruk", 1), ("dan", 5), ("mangga", 1)]
    assert _run(rows)[1] == 3


def test_final_full_stop_off_its_unit_moves_to_the_root() -> None:
    rows = [("Ia", 2), ("pergi", 0), ("ke", 4), ("pasar", 2), (".", 1)]
    assert _run(rows)[4] == 2


def test_quotes_attach_to_the_head_of_what_they_enclose() -> None:
    # kata " bagus sekali " .
    rows = [("kata", 0), ('"', 1), ("bagus", 1), ("sekali", 3), ('"', 1), (".", 1)]
    assert _run(rows) == [0, 3, 1, 3, 3, 1]


def test_current_attachment_on_a_valid_path_is_kept() -> None:
    rows = [("Budi", 6), (",", 3), ("adik", 1), ("saya", 3), (",", 3), ("datang", 0), (".", 6)]
    assert _run(rows) == [6, 3, 1, 3, 3, 0, 6]


@pytest.mark.parametrize(
    "rows",
    [
        [("A", 0), ("-", 1), ("B", 2)],  # a mark with a dependent must not end up below it
        [("x", 0), ("(", 1), ("y", 4), ("z", 1), (")", 1), (",", 1), ("w", 1)],
        [("(", 2), ("a", 0), (")", 2), ("(", 2), ("b", 2)],  # unclosed second bracket
    ],
)
def test_result_is_a_tree_and_stable(rows: list[tuple[str, int]]) -> None:
    once = _run(rows)
    assert _is_tree(once)
    again = [(f, h) for (f, _), h in zip(rows, once, strict=True)]
    assert _run(again) == once
