"""Event status from the words around the trigger: negated, intent, hypothetical, historical, actual."""

from __future__ import annotations

import re
from datetime import date

NEGATION = frozenset(
    [
        "tidak",
        "tak",
        "belum",
        "bukan",
        "tanpa",
        "enggan",
        "batal",
        "not",
        "never",
        "no",
        "n't",
        "didn't",
        "don't",
        "doesn't",
        "won't",
    ]
)
INTENT = frozenset(
    [
        "akan",
        "bakal",
        "ingin",
        "hendak",
        "berencana",
        "merencanakan",
        "berniat",
        "siap",
        "mau",
        "rencananya",
        "bersedia",
        "dijadwalkan",
        "direncanakan",
        "will",
        "would",
        "plans",
        "plan",
        "planned",
        "intends",
        "intend",
        "ready",
        "willing",
        "prepared",
        "to",
    ]
)
HYPOTHETICAL = frozenset(
    ["jika", "apabila", "kalau", "bila", "seandainya", "andaikan", "jikalau", "if", "unless"]
)
_WORD = re.compile(r"[\w']+")


def event_status(
    text: str,
    sent_start: int,
    trig_start: int,
    sent_dates: list[str],
    published: date | None,
    lang: str = "id",
) -> str:
    """Status of the event triggered at ``trig_start`` in the sentence starting at ``sent_start``."""
    before = [w.lower() for w in _WORD.findall(text[sent_start:trig_start])]
    near = before[-3:]
    if any(w in NEGATION for w in near) or (lang == "en" and any(w.endswith("n't") for w in near)):
        return "negated"
    if any(w in HYPOTHETICAL for w in before[-12:]):
        return "hypothetical"
    intent_words = INTENT - {"to"} if lang != "en" else INTENT
    window = before[-4:]
    if lang == "en":
        # "agreed to meet", "plans to visit": intent only with a future/plan word, not any "to".
        if any(w in intent_words - {"to"} for w in window):
            return "intent"
    elif any(w in intent_words for w in window):
        return "intent"
    if published is not None:
        for v in sent_dates:
            try:
                d = date.fromisoformat(v[:10]) if len(v) >= 10 else date(int(v[:4]), int(v[5:7] or 12), 28)
            except ValueError:
                continue
            if (published - d).days > 365:
                return "historical"
    return "actual"
