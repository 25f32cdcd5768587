"""Count tell-tale defects in warta records (JSONL from ``warta extract``), side by side for several files.

There is no gold standard for this: the counters are symptoms a reader of the records notices at once —
entities that are a bare title (``Gubernur``), names with an unclosed bracket (``Kementerian Perhubungan
(Kemenhub``), person names opening with a lower-case word (``disalip Alvaro Carpe``), speaker phrases that run
over a clause (``X menanggapi laporan media Barat yang``). Use it to compare two versions of the code on the
same articles:

    warta extract SAMPLE.jsonl -o new.jsonl            # this checkout
    (older checkout) warta extract SAMPLE.jsonl -o old.jsonl
    python bench/record_audit.py old.jsonl new.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from warta.entities import _ORG_TAIL

ROOT = Path(__file__).resolve().parent.parent
LANG = ROOT / "warta" / "lang" / "id"
# A speaker phrase that holds a verb and ends in "yang"/"dan": the phrase ran over a clause boundary.
ORG_WORDS: set[str] = set()  # filled in main() from org_words.tsv
CLAUSE_RUN = re.compile(r"\s(?:me(?:m|n|ng|ny)[a-z]{3,}|ber[a-z]{3,})\b.*\s(?:yang|dan)$")


def _org_words() -> set[str]:
    lines = (LANG / "org_words.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {x.strip().lower() for x in lines if x.strip() and not x.startswith("#")}


def _titles() -> set[str]:
    words: set[str] = set()
    for name in ("person_titles.tsv", "roles.tsv"):
        for line in (LANG / name).read_text(encoding="utf-8").splitlines()[1:]:
            if line and not line.startswith("#"):
                words.add(line.split("\t")[0].strip().lower())
    return words


def audit(path: Path, titles: set[str]) -> Counter[str]:
    c: Counter[str] = Counter()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            c["articles"] += 1
            for ent in rec.get("entities", []):
                name = ent["name"]
                c["entities"] += 1
                c["name with unclosed bracket"] += name.count("(") != name.count(")")
                if ent["type"] == "PERSON":
                    c["PERSON entities"] += 1
                    c["PERSON that is a bare title"] += name.lower() in titles
                    words = name.lower().split()
                    role = any(" ".join(words[:k]) in titles for k in (1, 2, 3))  # "presiden AS": an actor
                    c["PERSON opening lower-case (no role)"] += name[:1].islower() and not role
                    c["PERSON with a digit (MQ-9 Reaper)"] += any(ch.isdigit() for ch in name)
                    last = name.split()[-1].lower() if name.split() else ""
                    c["PERSON ending in Racing/Cup/Fund/Group …"] += last in _ORG_TAIL
                    c["PERSON opening with an organisation word"] += bool(words) and words[0] in ORG_WORDS
                    kb = ent.get("kb_id") or ""
                    c["PERSON linked to an organisation"] += kb.startswith(("org:", "igo:"))
                    c["PERSON marked private (CVL)"] += ent.get("sector") == "CVL"
            for q in rec.get("quotes", []):
                text = q.get("speaker_text") or ""
                c["quotes"] += 1
                c["quotes with a speaker entity"] += q.get("speaker") is not None
                c["speaker phrase with unclosed bracket"] += text.count("(") != text.count(")")
                c["speaker phrase over 8 words"] += len(text.split()) > 8
                c["speaker phrase running over a clause"] += CLAUSE_RUN.search(text) is not None
    return c


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("records", nargs="+", type=Path, help="JSONL files written by `warta extract`")
    args = ap.parse_args()
    titles = _titles()
    ORG_WORDS.update(_org_words())
    results = [audit(p, titles) for p in args.records]
    keys = list(dict.fromkeys(k for r in results for k in r))
    width = max(len(k) for k in keys)
    print(" " * width + "".join(f"{p.name[:14]:>16}" for p in args.records))
    for k in keys:
        print(f"{k:<{width}}" + "".join(f"{r[k]:>16}" for r in results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
