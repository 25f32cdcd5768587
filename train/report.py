"""Score the packaged Indonesian model on every dev/test split in shared/data: ``python -m train.report``.

Prints a Markdown table (and writes JSON with ``--json FILE``); used for docs/evaluation.md.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

import spacy

import warta.nlp  # noqa: F401  (registers the warta tokenizer and lemmatizer)
from train.build import DEFAULT_OUT, ROOT
from warta.eval.formats import WARTA_LABEL_MAP
from warta.eval.ner import evaluate_ner
from warta.eval.parse import evaluate_parse

NER_FILES = {
    "idner-news-2k dev": "idner-news-2k/dev.txt",
    "NERGrit valid (IndoNLU)": "nergrit-ner-indonlu/valid_preprocess.txt",
    "NERP valid (IndoNLU)": "indonlu-nerp/valid_preprocess.txt",
    "NER-UI dev.01": "indolem-nerui/dev.01.tsv",
    "NER-UGM dev.01": "indolem-nerugm/dev.01.tsv",
    "MDEE gold standard": "mdee-goldstandard/goldstandard-0811.txt",
}
#: PERSON/ORG/LOC only: NERP's EVT is not a type the shipped model predicts (see docs/models.md).
PER_ORG_LOC = {k: (None if v == "EVENT" else v) for k, v in WARTA_LABEL_MAP.items()}
UD_FILES = {
    "UD GSD dev": "ud-id-gsd/id_gsd-ud-dev.conllu",
    "UD CSUI test": "ud-id-csui/id_csui-ud-test.conllu",
    "UD PUD (all)": "ud-id-pud/id_pud-ud-test.conllu",
}


def raw_text_speed(nlp: spacy.Language, data: Path, n_articles: int = 300) -> dict[str, float]:
    """Words/second of the full pipeline on raw IndoSum article text (tokenizer included)."""
    import time

    texts = []
    with open(data / "id-indosum-devfolds" / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
            if len(texts) >= n_articles:
                break
    list(nlp.pipe(texts[:10]))  # warm-up
    start, cpu = time.perf_counter(), time.process_time()
    n_words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    # CPU time is the figure to trust when other jobs share the cores.
    return {
        "words": n_words,
        "seconds": elapsed,
        "words_per_second": n_words / elapsed,
        "cpu_seconds": cpu,
        "words_per_cpu_second": n_words / cpu,
    }


def main() -> int:
    """Evaluate and print Markdown tables."""
    ap = argparse.ArgumentParser(prog="python -m train.report")
    default_data = Path(os.environ.get("WARTA_DATA", ROOT.parent / "shared" / "data"))
    ap.add_argument("--data", type=Path, default=default_data)
    ap.add_argument("--model", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    nlp = spacy.load(args.model)
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")  # as warta's full mode runs it (warta.nlp.load_model)
    out: dict[str, dict] = {}
    print("| NER set | sentences | P | R | F1 | PERSON | ORG | LOC | words/s |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, rel in NER_FILES.items():
        r = evaluate_ner(args.data / rel, nlp=nlp, label_map=PER_ORG_LOC)
        out[name] = r
        pl = r["per_label"]
        cells = [f"{pl[lab]['f1']:.3f}" if lab in pl else "-" for lab in ("PERSON", "ORG", "LOC")]
        print(f"| {name} | {r['n_sentences']} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | "
              f"{' | '.join(cells)} | {r['words_per_second']:,.0f} |")
    print()
    print("| UD set | words | UPOS | UFeats | Lemma | UAS | LAS | Sent F1 | words/s |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, rel in UD_FILES.items():
        r = evaluate_parse(args.data / rel, nlp=nlp)
        out[name] = r
        print(f"| {name} | {r['n_words']} | {r['upos']:.3f} | {r['morph']:.3f} | {r['lemma']:.3f} | "
              f"{r['uas']:.3f} | {r['las']:.3f} | {r['sent_f1']:.3f} | {r['words_per_second']:,.0f} |")
    speed = raw_text_speed(nlp, args.data)
    out["speed"] = speed
    print(f"\nraw text (300 IndoSum articles), full pipeline: {speed['words']} words in "
          f"{speed['seconds']:.1f} s = {speed['words_per_second']:,.0f} words/s "
          f"({speed['words_per_cpu_second']:,.0f} per CPU-second)")
    if "senter" in nlp.component_names:
        # The fast mode warta uses when no stage needs the parse (warta.nlp.load_model(lang, fast=True)).
        fast = spacy.load(args.model, exclude=["tok2vec", "morphologizer", "parser", "warta_lemmatizer"])
        fast.enable_pipe("senter")
        speed = raw_text_speed(fast, args.data)
        out["speed_fast"] = speed
        print(f"raw text, fast mode ({' + '.join(fast.pipe_names)}): {speed['words']} words in "
              f"{speed['seconds']:.1f} s = {speed['words_per_second']:,.0f} words/s "
              f"({speed['words_per_cpu_second']:,.0f} per CPU-second)")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
