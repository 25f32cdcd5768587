"""warta.eval.quotes on a tiny synthetic BILOU file (hand-written, PFSA-ID layout)."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.eval.quotes import detokenise, evaluate_quotes, format_report, read_bilou

ROWS = """JAKARTA O
, O
KOMPAS O
— O
Menteri O
Sari B-PERSON
Wulandari L-PERSON
meninjau O
pasar O
. O

” B-STATEMENT
Harga I-STATEMENT
beras I-STATEMENT
akan I-STATEMENT
turun I-STATEMENT
pekan I-STATEMENT
depan I-STATEMENT
. I-STATEMENT

Kami I-STATEMENT
sudah I-STATEMENT
siap I-STATEMENT
, I-STATEMENT
” L-STATEMENT
katanya U-CUECOREF
. O

BANDUNG O
, O
KOMPAS O
— O
” B-STATEMENT
Jalan I-STATEMENT
ini I-STATEMENT
selesai I-STATEMENT
tahun I-STATEMENT
ini I-STATEMENT
, I-STATEMENT
” L-STATEMENT
kata U-CUE
Budi B-PERSON
Santoso L-PERSON
. O
"""


def test_read_and_detokenise(tmp_path: Path) -> None:
    f = tmp_path / "mini.txt"
    f.write_text(ROWS.replace(" ", "\t"), encoding="utf-8")
    docs = read_bilou(f)
    assert len(docs) == 2
    text, spans = detokenise(docs[0].tokens, docs[0].sent_starts)
    assert "“" not in text and "\n”Harga beras" in text and "siap,” katanya." in text
    assert [text[s:e] for s, e in spans] == docs[0].tokens


def test_evaluate_pfsa_file(tmp_path: Path) -> None:
    f = tmp_path / "mini.txt"
    f.write_text(ROWS.replace(" ", "\t"), encoding="utf-8")
    res = evaluate_quotes("pfsa", path=str(f))
    assert res["gold"] == 2 and res["overlap"]["f1"] == 1.0
    assert res["cue_accuracy"] == 1.0
    assert res["speaker_n"] == 2
    assert "overlap" in format_report(res)


def test_bad_dataset_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        evaluate_quotes("nope")
    with pytest.raises(FileNotFoundError):
        evaluate_quotes("pfsa", path=str(tmp_path / "absent.txt"))


def test_gold_speaker_names_exclude_titles() -> None:
    from warta.eval.quotes import _name_tokens

    words = ["Kepala", "Polda", "Inspektur", "Jenderal", "Panca", "Simanjuntak"]
    assert _name_tokens(words) == {"polda", "panca", "simanjuntak"}
    assert "besar" not in _name_tokens(["Komisaris", "Besar", "Yusri", "Yunus"])


def test_polnear_discontinuous_content_is_scored_by_fragment(tmp_path: Path) -> None:
    from warta.eval.quotes import GoldQuote, _read_brat, _score, _Tally
    from warta.record import Article, Quote

    text = "“We will win,” she said. “The state is ours.” The weather was fine."
    a1, b1 = text.index("We will"), text.index("win") + 3
    a2, b2 = text.index("The state"), text.index("ours.") + 5
    ann = tmp_path / "x.ann"
    ann.write_text(f"T1\tContent {a1} {b1};{a2} {b2}\tWe will win The state is ours.\n", encoding="utf-8")
    gold = _read_brat(ann)
    assert gold == [GoldQuote(a1, b2, parts=[(a1, b1), (a2, b2)])]

    def tally(spans: list[tuple[int, int]]) -> _Tally:
        art = Article(id="x", text=text, language="en")
        art.quotes = [
            Quote(id=f"q{k}", start=s, end=e, text=text[s:e], kind="direct") for k, (s, e) in enumerate(spans)
        ]
        t = _Tally()
        _score(t, art, gold, None, "x")
        return t

    t = tally([(a1, b1), (a2, b2)])  # one prediction per fragment: both correct, one gold found
    assert (t.tp_pred, t.tp_gold, t.pred, t.gold, t.exact) == (2, 1, 2, 1, 1)
    gap = text.index("she said")
    t = tally([(gap, gap + 8)])  # the interposed cue is not content
    assert (t.tp_pred, t.tp_gold) == (0, 0)
