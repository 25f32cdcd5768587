"""Words per second of warta's English pipeline on raw text: ``python -m train.en.speed [--words N]``.

Text: White House briefings from shared/data (public domain), run through ``nlp.pipe`` in this process;
set ``OMP_NUM_THREADS=1`` (and pin with ``taskset -c 0``) to measure one core. ``words_per_cpu_second``
(tokens per second of this process's CPU time) is the fair figure on a shared, loaded machine.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from warta.nlp import load_model, model_path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m train.en.speed", description=__doc__.splitlines()[0])
    root = Path(__file__).resolve().parents[2]
    default = Path(os.environ.get("WARTA_DATA", root.parent / "shared" / "data"))
    ap.add_argument("--data", type=Path, default=default)
    ap.add_argument("--words", type=int, default=100_000, help="approximate number of words to process")
    ap.add_argument("--model", type=Path, default=model_path("en"))
    args = ap.parse_args(argv)
    texts: list[str] = []
    n = 0
    with open(args.data / "en-whitehouse-briefings-sample" / "documents.jsonl", encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line).get("text") or ""
            if not text:
                continue
            texts.append(text[:20000])
            n += len(texts[-1].split())
            if n >= args.words:
                break
    import spacy

    nlp = spacy.load(args.model) if args.model != model_path("en") else load_model("en")
    list(nlp.pipe(texts[:2]))  # warm-up
    t0, c0 = time.perf_counter(), time.process_time()
    n_tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(
        json.dumps(
            {
                "docs": len(texts),
                "tokens": n_tokens,
                "wall_seconds": round(elapsed, 2),
                "cpu_seconds": round(cpu, 2),
                "words_per_second": round(n_tokens / elapsed),
                "words_per_cpu_second": round(n_tokens / cpu),
                "pipeline": nlp.pipe_names,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
