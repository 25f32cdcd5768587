"""Tests for warta.eval: corpus readers and the NER / UD evaluators (tiny hand-written files)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from warta.eval import formats
from warta.eval.ner import evaluate_ner
from warta.eval.ner import format_report as format_ner
from warta.eval.parse import evaluate_parse
from warta.eval.parse import format_report as format_parse

NER_FILE = """Kemarin O
Siti B-PER
Rahma I-PER
tiba O
di O
Bandung B-LOC
. O

Bank B-ORG
Sentosa I-ORG
membuka O
kantor O
di O
Medan B-LOC
. O
"""

CONLLU_FILE = """# sent_id = a1
# text = Rina membaca buku.
1\tRina\tRina\tPROPN\t_\t_\t2\tnsubj\t_\t_
2\tmembaca\tbaca\tVERB\t_\tVoice=Act\t0\troot\t_\t_
3\tbuku\tbuku\tNOUN\t_\tNumber=Sing\t2\tobj\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

# sent_id = a2
# text = Rumahnya besar.
1-2\tRumahnya\t_\t_\t_\t_\t_\t_\t_\t_
1\tRumah\trumah\tNOUN\t_\t_\t3\tnsubj\t_\t_
2\tnya\tia\tPRON\t_\t_\t1\tnmod:poss\t_\t_
3\tbesar\tbesar\tADJ\t_\t_\t0\troot\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_
"""


def test_iob_to_spans_schemes() -> None:
    assert formats.iob_to_spans(["B-PER", "I-PER", "O", "B-LOC"]) == [(0, 2, "PER"), (3, 4, "LOC")]
    # IOB1: I- after another type starts a new entity; B- splits adjacent entities of one type
    got = formats.iob_to_spans(["I-PER", "I-PER", "I-LOC", "B-LOC"])
    assert got == [(0, 2, "PER"), (2, 3, "LOC"), (3, 4, "LOC")]
    assert formats.iob_to_spans(["S-ORG", "B-PER", "E-PER", "O"]) == [(0, 1, "ORG"), (1, 3, "PER")]
    # plain labels (IO, as in the MDEE gold standard)
    assert formats.iob_to_spans(["Person", "Person", "O", "Place"]) == [(0, 2, "Person"), (3, 4, "Place")]


def test_map_spans_default_map() -> None:
    spans = [(0, 1, "PPL"), (1, 2, "PLACE"), (2, 3, "ORGANIZATION"), (3, 4, "FNB"), (4, 5, "QUANTITY")]
    assert formats.map_spans(spans) == [(0, 1, "PERSON"), (1, 2, "LOC"), (2, 3, "ORG")]


def test_read_conll_ner_variants(tmp_path: Path) -> None:
    p = tmp_path / "x.txt"
    p.write_text("-DOCSTART- O\n\nDi\tO\nSurabaya\tPlace \t\n\r\nAda O\r\n", encoding="utf-8")
    sents = formats.read_conll_ner(p)
    assert [s.words for s in sents] == [["Di", "Surabaya"], ["Ada"]]
    assert sents[0].tags == ["O", "Place"]


def test_read_conllu_multiword(tmp_path: Path) -> None:
    p = tmp_path / "x.conllu"
    p.write_text(CONLLU_FILE, encoding="utf-8")
    sents = formats.read_conllu(p)
    assert len(sents) == 2
    assert [w.form for w in sents[1].words] == ["Rumah", "nya", "besar", "."]
    assert sents[1].multiword == [(1, 2, "Rumahnya")]
    assert sents[1].spaces() == [False, True, False, True]
    assert sents[0].words[1].head == 0 and sents[0].text == "Rina membaca buku."


def _ruler_nlp() -> spacy.Language:
    nlp = spacy.blank("id")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PERSON", "pattern": [{"TEXT": "Siti"}, {"TEXT": "Rahma"}]},
            {"label": "LOC", "pattern": "Bandung"},
            {"label": "ORG", "pattern": "Sentosa"},  # wrong boundary -> FP + FN
            {"label": "EVENT", "pattern": "Kemarin"},  # label absent from gold -> ignored
        ]
    )
    return nlp


def test_evaluate_ner(tmp_path: Path) -> None:
    p = tmp_path / "ner.txt"
    p.write_text(NER_FILE, encoding="utf-8")
    res = evaluate_ner(p, nlp=_ruler_nlp())
    assert res["n_sentences"] == 2
    assert res["labels"] == ["LOC", "ORG", "PERSON"]
    assert res["precision"] == pytest.approx(2 / 3)
    assert res["recall"] == pytest.approx(2 / 4)
    assert res["per_label"]["PERSON"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "support": 1}
    assert res["per_label"]["LOC"]["r"] == pytest.approx(0.5)
    assert res["merged"]["f1"] == pytest.approx(res["f1"])
    assert res["words_per_second"] > 0
    assert "PERSON" in format_ner(res)


def test_evaluate_ner_gpe_merge(tmp_path: Path) -> None:
    p = tmp_path / "ner.txt"
    p.write_text("Warga O\nBandung B-GPE\n", encoding="utf-8")
    res = evaluate_ner(p, nlp=_ruler_nlp(), label_map={"GPE": "GPE"})
    assert res["f1"] == 0.0  # predicted LOC is not GPE ...
    assert res["merged"]["f1"] == 1.0  # ... but counts when GPE and LOC are merged


def test_evaluate_parse(tmp_path: Path) -> None:
    p = tmp_path / "ud.conllu"
    p.write_text(CONLLU_FILE, encoding="utf-8")
    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    res = evaluate_parse(p, nlp=nlp)
    assert res["n_words"] == 8
    assert res["upos"] == 0.0 and res["lemma"] == 0.0
    assert res["morph"] == 0.0  # no morphologizer in the pipeline
    # without a parser every token heads itself: the two roots are correct, with label mismatch
    assert res["uas"] == pytest.approx(2 / 8)
    assert res["las"] == 0.0
    assert res["sent_f1"] == pytest.approx(1.0)
    assert "LAS" in format_parse(res)


SENT_FILE = """# text = Rina membaca buku.
1\tRina\tRina\tPROPN\t_\t_\t2\tnsubj\t_\t_
2\tmembaca\tbaca\tVERB\t_\t_\t0\troot\t_\t_
3\tbuku\tbuku\tNOUN\t_\t_\t2\tobj\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

# text = Dr. Budi datang.
1\tDr.\tDr.\tPROPN\t_\t_\t2\tnsubj\t_\t_
2\tBudi\tBudi\tPROPN\t_\t_\t3\tflat\t_\t_
3\tdatang\tdatang\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

# text = Hujan turun sore itu
1\tHujan\thujan\tNOUN\t_\t_\t2\tnsubj\t_\t_
2\tturun\tturun\tVERB\t_\t_\t0\troot\t_\t_
3\tsore\tsore\tNOUN\t_\t_\t2\tobl\t_\t_
4\titu\titu\tDET\t_\t_\t3\tdet\t_\t_
"""


def test_evaluate_sentences_rules(tmp_path: Path) -> None:
    from warta.eval.sentences import evaluate_sentences, format_report

    p = tmp_path / "s.conllu"
    p.write_text(SENT_FILE, encoding="utf-8")
    # One paragraph "Rina membaca buku. Dr. Budi datang. Hujan turun sore itu": the abbreviation does not
    # split, so all three gold sentences are found exactly.
    res = evaluate_sentences(p, mode="rules", group=3)
    assert (res["n_sentences"], res["n_predicted"], res["f1"]) == (3, 3, 1.0)
    # One sentence per paragraph is trivially right; two per paragraph changes nothing either.
    assert evaluate_sentences(p, mode="rules", group=2)["f1"] == 1.0
    assert "F1 1.000" in format_report(res)
    with pytest.raises(ValueError, match="mode"):
        evaluate_sentences(p, mode="magic")
