"""Helper for the quote dev set (``devsets/quotes_id.jsonl``): pick articles, pre-annotate them with warta,
print them for review, and write the reviewed annotations as offsets only (no article text is stored).

    python devsets/annotate_quotes.py pick > /tmp/picked.json      # choose articles
    python devsets/annotate_quotes.py draft /tmp/picked.json > /tmp/draft.jsonl
    python devsets/annotate_quotes.py show /tmp/draft.jsonl         # read, then edit the draft by hand
    python devsets/annotate_quotes.py check devsets/quotes_id.jsonl # verify sha1 and offsets
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

from warta.eval.quotes import _pipeline, article_sha1, data_root, load_corpus_article

CORPORA = {
    "id-indosum-devfolds": 12,
    "id-detik-2025-langscrape": 10,
    "id-kambojafind-420": 8,
    "id-detik-2026-newsintel": 6,
}


def pick(seed: int = 7) -> list[dict[str, str]]:
    """Short articles with quote marks or reporting cues, several corpora and categories."""
    rng = random.Random(seed)
    out = []
    for corpus, n in CORPORA.items():
        with open(data_root() / corpus / "articles.jsonl", encoding="utf-8") as fh:
            rows = [json.loads(x) for x in fh]
        rows = [r for r in rows if 500 <= len(r["text"]) <= 2600 and ("“" in r["text"] or '"' in r["text"])]
        rng.shuffle(rows)
        cats: dict[str, int] = {}
        for r in rows:
            c = r.get("category") or ""
            if cats.get(c, 0) >= max(2, n // 3):
                continue
            cats[c] = cats.get(c, 0) + 1
            out.append({"corpus": corpus, "id": str(r["id"])})
            if sum(cats.values()) >= n:
                break
    return out


def draft(picked: list[dict[str, str]]) -> list[dict[str, Any]]:
    pipe = _pipeline()
    cache: dict[str, Any] = {}
    rows = []
    for p in picked:
        art = pipe(load_corpus_article(data_root(), p["corpus"], p["id"], cache))
        quotes = []
        for q in art.quotes:
            sp = None
            ent = art.entity(q.speaker)
            if ent is not None:
                near = [m for m in ent.mentions if m.start < q.start] or ent.mentions
                sp = [near[-1].start, near[-1].end]
            quotes.append(
                {
                    "start": q.start,
                    "end": q.end,
                    "kind": q.kind,
                    "cue": [q.cue.start, q.cue.end] if q.cue else None,
                    "speaker": sp,
                }
            )
        rows.append(
            {
                "corpus": p["corpus"],
                "id": p["id"],
                "sha1": article_sha1(art.text),
                "reviewed": False,
                "quotes": quotes,
            }
        )
    return rows


def show(rows: list[dict[str, Any]]) -> None:
    cache: dict[str, Any] = {}
    for k, row in enumerate(rows):
        art = load_corpus_article(data_root(), row["corpus"], row["id"], cache)
        print(f"=== [{k}] {row['corpus']}:{row['id']}\n{art.text}\n---")
        for j, q in enumerate(row["quotes"]):
            cue = art.text[q["cue"][0] : q["cue"][1]] if q.get("cue") else None
            spk = art.text[q["speaker"][0] : q["speaker"][1]] if q.get("speaker") else None
            print(
                f"  q{j} {q['kind']:8} [{q['start']},{q['end']}] cue={cue!r} spk={spk!r} :: "
                f"{art.text[q['start'] : q['end']][:90]!r}"
            )


def check(rows: list[dict[str, Any]]) -> int:
    cache: dict[str, Any] = {}
    bad = 0
    for row in rows:
        art = load_corpus_article(data_root(), row["corpus"], row["id"], cache)
        if article_sha1(art.text) != row["sha1"]:
            print("sha1 mismatch", row["corpus"], row["id"])
            bad += 1
        for q in row["quotes"]:
            if not (0 <= q["start"] < q["end"] <= len(art.text)):
                print("bad offsets", row["id"], q)
                bad += 1
    return bad


def _read(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(x) for x in fh if x.strip()]


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "pick":
        print(json.dumps(pick()))
    elif cmd == "draft":
        for r in draft(json.loads(Path(sys.argv[2]).read_text())):
            print(json.dumps(r))
    elif cmd == "show":
        show(_read(sys.argv[2]))
    elif cmd == "check":
        sys.exit(1 if check(_read(sys.argv[2])) else 0)
