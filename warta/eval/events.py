"""Event evaluation.

* ``plover``: the PLOVER gold-standard records (English sentences) run through the pipeline with language
  ``en``; the top event (highest confidence) per sentence is compared with the gold type (older GSR names
  mapped: DEMAND→REQUEST, DISAPPROVE/INVESTIGATE→ACCUSE, FIGHT→ASSAULT), source and target actors.
* ``dev``: warta's Indonesian dev set ``devsets/events_id.jsonl`` (offsets + labels into corpus articles; no
  text): precision/recall of (type, actor, recipient) triples, where an actor matches by an overlapping
  entity mention or by country; status accuracy on matched events.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path
from typing import Any

from warta.eval._common import prf
from warta.events.codes import normalise_type
from warta.record import Article, Event

__all__ = ["evaluate_events", "format_report", "data_root", "dev_article"]

REPO = Path(__file__).resolve().parents[2]
DEVSET = REPO / "devsets" / "events_id.jsonl"
GSR = Path("plover-codebook-gsr") / "gsr" / "PLOVER_GSR_CAMEO.dev.json"


def data_root() -> Path:
    """``$WARTA_DATA``, else ``<repo>/../shared/data``; a clear error when absent."""
    root = Path(os.environ.get("WARTA_DATA") or REPO.parent / "shared" / "data")
    if not root.is_dir():
        raise FileNotFoundError(f"shared data not found at {root}: set WARTA_DATA to the data directory")
    return root


def _pipeline() -> Any:
    from warta.pipeline import Pipeline

    return Pipeline()


# -- PLOVER gold records ----------------------------------------------------------------------
def _actor_hit(article: Article, ids: list[str], countries: list[str], gold: list[dict[str, Any]]) -> bool:
    gold = [g if isinstance(g, dict) else {"actorText": str(g)} for g in gold]
    if not gold:
        return not ids
    texts = [g.get("actorText", "").lower() for g in gold if g.get("actorText")]
    codes = {str(g.get("code", ""))[:3] for g in gold}
    for eid in ids:
        ent = article.entity(eid)
        if ent is None:
            continue
        forms = {m.text.lower() for m in ent.mentions} | {ent.name.lower()}
        if any(f and t and (f in t or t in f) for f in forms for t in texts):
            return True
    return bool(set(countries) & codes)


def _top(events: list[Event]) -> Event | None:
    """The sentence's main event: the first one (the main verb precedes its complements)."""
    return min(events, key=lambda e: e.trigger.start if e.trigger else 0) if events else None


def evaluate_plover(path: str | None = None, limit: int | None = None) -> dict[str, Any]:
    f = Path(path) if path else data_root() / GSR
    if not f.exists():
        raise FileNotFoundError(f"PLOVER gold records not found at {f}")
    records = [
        r
        for r in json.loads(f.read_text(encoding="utf-8"))
        if r.get("text") and r.get("event") and r.get("id") != "DOCUMENT"
    ]
    if limit:
        records = records[:limit]
    pipe = _pipeline()
    n = typed = coded = actor_ok = recip_ok = 0
    confusion: dict[str, dict[str, int]] = {}
    t0 = time.perf_counter()
    for r in records:
        art = pipe(Article.from_parts(r["text"], id=r["id"], language="en", published=r.get("date")))
        gold = normalise_type(r["event"])
        ev = _top(art.events)
        pred = ev.type if ev else "NONE"
        n += 1
        typed += pred == gold
        confusion.setdefault(gold, {}).setdefault(pred, 0)
        confusion[gold][pred] += 1
        if ev is not None:
            coded += 1
            actor_ok += _actor_hit(art, ev.actor, ev.actor_country, r.get("source") or [])
            recip_ok += _actor_hit(art, ev.recipient, ev.recipient_country, r.get("target") or [])
    secs = time.perf_counter() - t0
    return {
        "dataset": "plover",
        "path": str(f),
        "records": n,
        "coded": coded,
        "type_accuracy": typed / n if n else 0.0,
        "actor_accuracy": actor_ok / coded if coded else 0.0,
        "recipient_accuracy": recip_ok / coded if coded else 0.0,
        "coverage": coded / n if n else 0.0,
        "confusion": confusion,
        "articles_per_s": n / secs if secs else 0.0,
    }


# -- Indonesian dev set -----------------------------------------------------------------------
def _corpus_index(root: Path, corpus: str) -> dict[str, dict[str, Any]]:
    f = root / corpus / "articles.jsonl"
    if not f.exists():
        raise FileNotFoundError(f"corpus {corpus} not found at {f}")
    with open(f, encoding="utf-8") as fh:
        return {r["id"]: r for r in map(json.loads, fh)}


def _published(raw: dict[str, Any]) -> str | None:
    v = raw.get("date") or raw.get("published")
    return None if v in (None, "None", "") else str(v)


def dev_article(raw: dict[str, Any]) -> Article:
    """The article the dev set's offsets point into (title + blank line + text)."""
    return Article.from_parts(
        raw["text"],
        title=raw.get("title"),
        id=raw["id"],
        language="id",
        published=_published(raw),
        url=raw.get("url"),
    )


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _participants_match(
    art: Article, ids: list[str], countries: list[str], gold: list[dict[str, Any]]
) -> bool:
    if not gold:
        return not ids
    if not ids:
        return False
    spans = [tuple(g["span"]) for g in gold if g.get("span")]
    gold_c = {g["country"] for g in gold if g.get("country")}
    for eid in ids:
        ent = art.entity(eid)
        if ent and any(m.start < e and s < m.end for m in ent.mentions for s, e in spans):
            return True
    return bool(set(countries) & gold_c)


def evaluate_dev(path: str | None = None, limit: int | None = None) -> dict[str, Any]:
    f = Path(path) if path else DEVSET
    if not f.exists():
        raise FileNotFoundError(f"dev set not found at {f}")
    items = [json.loads(ln) for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()]
    if limit:
        items = items[:limit]
    root = data_root()
    corpora: dict[str, dict[str, dict[str, Any]]] = {}
    pipe = _pipeline()
    n_gold = n_pred = tp = type_tp = status_ok = 0
    mismatched: list[str] = []
    errors: list[dict[str, Any]] = []
    secs = 0.0
    for it in items:
        if it["corpus"] not in corpora:
            corpora[it["corpus"]] = _corpus_index(root, it["corpus"])
        idx = corpora[it["corpus"]]
        raw = idx.get(it["article_id"])
        if raw is None:
            mismatched.append(it["article_id"])
            continue
        art = dev_article(raw)
        if sha1(art.text) != it["sha1"]:
            mismatched.append(it["article_id"])
            continue
        t1 = time.perf_counter()
        art = pipe(art)
        secs += time.perf_counter() - t1
        lo, hi = it.get("scope", [0, len(art.text)])
        preds = [e for e in art.events if e.trigger and lo <= e.trigger.start < hi]
        gold = it["events"]
        n_gold += len(gold)
        n_pred += len(preds)
        used: set[int] = set()
        for g in gold:
            gs, ge = g["sentence"]
            for k, p in enumerate(preds):
                if k in used or p.type != g["type"] or not (p.start < ge and gs < p.end):
                    continue
                type_tp += 1
                if _participants_match(art, p.actor, p.actor_country, g["actor"]) and _participants_match(
                    art, p.recipient, p.recipient_country, g.get("recipient", [])
                ):
                    tp += 1
                    used.add(k)
                    status_ok += p.status == g.get("status", "actual")
                    break
            else:
                errors.append({"article": it["article_id"], "missed": g["type"], "trigger": g.get("trigger")})
        for k, p in enumerate(preds):
            if k not in used:
                errors.append(
                    {
                        "article": it["article_id"],
                        "spurious": p.type,
                        "trigger": p.trigger.text if p.trigger else None,
                    }
                )
    p, r, f1 = prf(tp, n_pred, n_gold)
    tp_, tr_, tf_ = prf(type_tp, n_pred, n_gold)
    return {
        "dataset": "dev",
        "path": str(f),
        "articles": len(items) - len(mismatched),
        "gold_events": n_gold,
        "predicted_events": n_pred,
        "precision": p,
        "recall": r,
        "f1": f1,
        "type_precision": tp_,
        "type_recall": tr_,
        "type_f1": tf_,
        "status_accuracy": status_ok / tp if tp else 0.0,
        "mismatched": mismatched,
        "articles_per_s": len(items) / secs if secs else 0.0,
        "errors": errors[:60],
        "note": "articles_per_s counts pipeline time only, first-use loading of tables included",
    }


def evaluate_events(dataset: str, path: str | None = None, limit: int | None = None) -> dict[str, Any]:
    """Evaluate events on ``plover`` (PLOVER gold records) or ``dev`` (warta's Indonesian dev set)."""
    if dataset == "plover":
        return evaluate_plover(path, limit)
    if dataset == "dev":
        return evaluate_dev(path, limit)
    raise ValueError(f"unknown events dataset {dataset!r}: use 'plover' or 'dev'")


def format_report(result: dict[str, Any]) -> str:
    if result["dataset"] == "plover":
        lines = [
            f"PLOVER gold records: {result['records']} ({result['coded']} coded, "
            f"coverage {result['coverage']:.2f})",
            f"type accuracy      {result['type_accuracy']:.3f}",
            f"actor accuracy     {result['actor_accuracy']:.3f} (of coded)",
            f"recipient accuracy {result['recipient_accuracy']:.3f} (of coded)",
            f"speed              {result['articles_per_s']:.1f} records/s",
        ]
        return "\n".join(lines)
    lines = [
        f"Indonesian dev set: {result['articles']} articles, {result['gold_events']} gold / "
        f"{result['predicted_events']} predicted events",
        f"(type, actor, recipient)  P {result['precision']:.3f}  R {result['recall']:.3f}  "
        f"F1 {result['f1']:.3f}",
        f"type only                 P {result['type_precision']:.3f}  R {result['type_recall']:.3f}  "
        f"F1 {result['type_f1']:.3f}",
        f"status accuracy (matched) {result['status_accuracy']:.3f}",
        f"speed                     {result['articles_per_s']:.1f} articles/s",
    ]
    if result["mismatched"]:
        lines.append(f"text changed or missing for: {', '.join(result['mismatched'])}")
    return "\n".join(lines)
