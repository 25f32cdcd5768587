"""Latency of the REST API's list, filter and search endpoints on the shared Indonesian corpus.

Starts ``warta serve`` in a child process on a free local port and times sequential HTTP requests over
one keep-alive connection (the client runs in this process), then prints p50/p95/max per endpoint.

    python bench/api_latency.py                       # builds /tmp/warta-bench-id.db on first use
    python bench/api_latency.py --db my.db --rounds 50
    python bench/api_latency.py --synthetic           # also add dates and coded events (see below)

The database is built with ``warta ingest <corpus> --no-models`` when missing. The corpus has no
publication dates and the rule pipeline codes few events, so ``--synthetic`` (on a copy of the database)
gives undated articles a date in 2017 and adds three random events between entities of each article,
to time the date and event queries on realistic volumes. Target: p95 < 100 ms for every endpoint.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
CORPUS = [
    ROOT.parent / "shared" / "data" / "id-indosum-devfolds" / "articles.jsonl",
    Path("/work/shared/data/id-indosum-devfolds/articles.jsonl"),
]
DEFAULT_DB = Path("/tmp/warta-bench-id.db")
TYPES = [("MEET", 1, 1.0, "040"), ("CONSULT", 1, 1.0, "040"), ("AID", 2, 7.4, "070"),
         ("COOPERATE", 2, 6.0, "060"), ("ACCUSE", 3, -2.0, "112"), ("THREATEN", 3, -4.4, "130"),
         ("PROTEST", 3, -6.5, "140"), ("ASSAULT", 4, -9.0, "180"), ("COERCE", 4, -7.0, "170")]


def build(db: Path) -> None:
    corpus = next((p for p in CORPUS if p.exists()), None)
    if corpus is None:
        sys.exit("no corpus: /work/shared/data/id-indosum-devfolds/articles.jsonl is missing")
    print(f"building {db} from {corpus} (warta ingest --no-models) …", file=sys.stderr)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "warta", "ingest", str(corpus), "--db", str(db), "--no-models"],
                   check=True)
    print(f"built in {time.perf_counter() - t:.0f} s", file=sys.stderr)


def add_synthetic(db: Path, seed: int = 7) -> Path:
    """A copy of ``db`` with dates for undated articles and three random events per article."""
    from sqlalchemy import insert, select, update

    from warta.store.schema import articles, entities, events
    from warta.store.search import ensure_fts
    from warta.store.write import make_engine

    out = db.with_name(db.stem + "-synthetic.db")
    if out.exists():
        return out
    tmp = out.with_name(out.name + ".part")
    engine = make_engine(db)
    with engine.connect() as c:  # checkpoint the WAL so the copy is complete
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    shutil.copyfile(db, tmp)
    rnd = random.Random(seed)
    engine = make_engine(tmp)
    ensure_fts(engine)
    with engine.begin() as c:
        ids = [r[0] for r in c.execute(select(articles.c.id).where(articles.c.published.is_(None)))]
        for i in ids:
            day = f"2017-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
            c.execute(update(articles).where(articles.c.id == i).values(published=day))
        ents: dict[str, list[tuple[str, str, str | None]]] = {}
        for aid, eid, name, country in c.execute(
            select(entities.c.article_id, entities.c.entity_id, entities.c.name, entities.c.country)
            .where(entities.c.type.in_(["PERSON", "ORG", "GPE", "NORP"]))
        ):
            ents.setdefault(aid, []).append((eid, name, country))
        pub = dict(c.execute(select(articles.c.id, articles.c.published)).all())
        rows = []
        for aid, es in ents.items():
            if len(es) < 2:
                continue
            for k in range(3):
                a, b = rnd.sample(es, 2)
                typ, quad, gold, cameo = rnd.choice(TYPES)
                rows.append({
                    "article_id": aid, "event_id": f"syn{k}", "type": typ, "context": "[]",
                    "actor": json.dumps([a[0]]), "recipient": json.dumps([b[0]]), "actor_name": a[1],
                    "recipient_name": b[1], "actor_country": a[2], "recipient_country": b[2], "cameo": cameo,
                    "quad_class": quad, "goldstein": gold, "date": (pub.get(aid) or "")[:10] or None,
                    "status": "actual", "start": 0, "end": 1, "confidence": 1.0,
                })
        c.execute(insert(events), rows)
    engine.dispose()
    tmp.rename(out)
    print(f"{out}: {len(ids)} articles dated, {len(rows)} synthetic events", file=sys.stderr)
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def samples(db: Path) -> dict[str, Any]:
    """Real values from the database to put in the query strings."""
    import sqlite3

    con = sqlite3.connect(db)
    one = lambda sql: (con.execute(sql).fetchone() or [None])[0]  # noqa: E731
    out = {
        "source": one("SELECT source FROM articles GROUP BY source ORDER BY count(*) DESC LIMIT 1"),
        "article": one("SELECT id FROM articles ORDER BY id LIMIT 1 OFFSET 100"),
        "person": one("SELECT name FROM entities WHERE type='PERSON' GROUP BY name ORDER BY count(*) DESC"),
        "org": one("SELECT name FROM entities WHERE type='ORG' GROUP BY name ORDER BY count(*) DESC LIMIT 1"),
        "speaker": one("SELECT speaker_name FROM quotes WHERE speaker_name IS NOT NULL GROUP BY speaker_name "
                       "ORDER BY count(*) DESC LIMIT 1"),
        "actor": one("SELECT actor_name FROM events WHERE actor_name NOT LIKE '%;%' GROUP BY actor_name "
                     "ORDER BY count(*) DESC LIMIT 1"),
    }
    pair = con.execute("SELECT actor_name, recipient_name FROM events WHERE actor_name != recipient_name "
                       "AND actor_name NOT LIKE '%;%' AND recipient_name NOT LIKE '%;%' "
                       "GROUP BY actor_name, recipient_name ORDER BY count(*) DESC LIMIT 1").fetchone()
    out["pair"] = pair or ("Indonesia", "Jakarta")
    con.close()
    return out


def endpoints(s: dict[str, Any]) -> dict[str, list[str]]:
    """Endpoint label → request paths (rotated through, so search terms vary)."""
    def q(v: Any) -> str:
        return quote(str(v or "x"), safe="")

    terms = ["presiden", "jokowi", "sepak bola", "banjir", "korupsi", "harga minyak", "timnas", "startup*",
             '"bank indonesia"', "gempa"]
    return {
        "articles (list)": ["/api/articles?limit=20", "/api/articles?limit=20&offset=1000"],
        "articles source": [f"/api/articles?source={q(s['source'])}"],
        "articles date range": ["/api/articles?start=2017-03-01&end=2017-05-31"],
        "articles language": ["/api/articles?language=id&offset=200"],
        "articles search q=": [f"/api/articles?q={q(t)}" for t in terms],
        "articles entity": [f"/api/articles?entity={q(s['person'])}"],
        "article record": [f"/api/articles/{q(s['article'])}"],
        "entities (list)": ["/api/entities?limit=20"],
        "entities type+q": ["/api/entities?type=PERSON&q=jokowi", "/api/entities?type=ORG"],
        "entity detail": [f"/api/entities/{q(s['person'])}", f"/api/entities/{q(s['org'])}"],
        "entity cooccurrences": [f"/api/entities/{q(s['person'])}/cooccurrences"],
        "quotes (list)": ["/api/quotes?limit=20"],
        "quotes search q=": [f"/api/quotes?q={q(t)}" for t in terms],
        "quotes speaker": [f"/api/quotes?speaker={q(s['speaker'])}"],
        "events (list)": ["/api/events?limit=20"],
        "events actor": [f"/api/events?actor={q(s['actor'])}", f"/api/events?entity={q(s['person'])}"],
        "events country/type/quad": ["/api/events?country=IDN", "/api/events?type=ACCUSE&quad_class=3",
                                     "/api/events?start=2017-06-01&end=2017-06-30"],
        "events timeline": [f"/api/events/timeline?entity={q(s['person'])}",
                            "/api/events/timeline?country=IDN"],
        "dyad": [f"/api/dyad?a={q(s['pair'][0])}&b={q(s['pair'][1])}", "/api/dyad?a=IDN&b=USA&kind=country"],
        "network": ["/api/network?nodes=50&start=2017-01-01&end=2017-03-31"],
    }


def percentile(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, round(p / 100 * len(xs) + 0.5) - 1))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, default=DEFAULT_DB, help="database (built from the corpus if missing)")
    ap.add_argument("--rounds", type=int, default=40, help="requests per endpoint (after 3 warm-up)")
    ap.add_argument("--synthetic", action="store_true", help="time a copy with dates and synthetic events")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = ap.parse_args()
    import httpx

    if not args.db.exists():
        build(args.db)
    db = add_synthetic(args.db) if args.synthetic else args.db
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "warta", "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            for _ in range(300):
                try:
                    if client.get("/api/sources").status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            else:
                sys.exit("server did not start: " + (server.stderr.read().decode() if server.stderr else ""))
            stats = client.get("/api/articles?limit=1").json()["total"]
            n_events = client.get("/api/events?limit=1").json()["total"]
            print(f"{db}: {stats} articles, {n_events} events; {args.rounds} requests per endpoint\n")
            print(f"{'endpoint':28} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'total':>7}")
            results: dict[str, dict[str, float]] = {}
            for label, paths in endpoints(samples(db)).items():
                times: list[float] = []
                total = 0
                for i in range(args.rounds + 3):
                    path = paths[i % len(paths)]
                    t = time.perf_counter()
                    r = client.get(path)
                    dt = (time.perf_counter() - t) * 1000
                    if r.status_code != 200:
                        sys.exit(f"{path}: HTTP {r.status_code} {r.text[:200]}")
                    if i >= 3:
                        times.append(dt)
                    body = r.json()
                    if isinstance(body, dict):
                        total = body.get("total", len(body.get("months", body.get("nodes", []))))
                    else:
                        total = len(body)
                res = {"p50": statistics.median(times), "p95": percentile(times, 95), "max": max(times)}
                results[label] = res
                flag = "" if res["p95"] < 100 else "  <-- over 100 ms"
                print(f"{label:28} {res['p50']:8.1f} {res['p95']:8.1f} {res['max']:8.1f} {total:7}{flag}")
            worst = max(results.items(), key=lambda kv: kv[1]["p95"])
            print(f"\nworst p95: {worst[0]} {worst[1]['p95']:.1f} ms")
            if args.json:
                print(json.dumps(results))
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
