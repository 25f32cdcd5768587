"""The REST API and dashboard pages over an ingested example database plus synthetic events."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from warta.api import create_app  # noqa: E402
from warta.core import process  # noqa: E402
from warta.pipeline import Pipeline  # noqa: E402
from warta.record import Article, Entity, Event, Mention, Quote, Span  # noqa: E402
from warta.store import Store  # noqa: E402

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TOKEN = "s3cret-token"
XSS = '<script>alert("x")</script>'


def _ent(text: str, id: str, name: str, type: str, surface: str, country: str | None = None,
         sector: str | None = None) -> Entity:
    mentions = []
    i = text.find(surface)
    while i >= 0:
        mentions.append(Mention(start=i, end=i + len(surface), text=surface))
        i = text.find(surface, i + 1)
    return Entity(id=id, name=name, type=type, country=country, sector=sector, mentions=mentions)  # type: ignore[arg-type]


def _event(text: str, id: str, type: str, trigger: str, actor: list[str], recipient: list[str], quad: int,
           goldstein: float, date: str, ac: str, rc: str, cameo: str) -> Event:
    t = text.find(trigger)
    s = text.rfind("\n", 0, t) + 1
    e = text.find(".", t) + 1
    return Event(id=id, type=type, actor=actor, recipient=recipient, actor_country=[ac],
                 recipient_country=[rc], actor_sector=["GOV"], recipient_sector=["GOV"], cameo=cameo,
                 quad_class=quad, goldstein=goldstein, date=date, start=s, end=e,
                 trigger=Span(start=t, end=t + len(trigger), text=trigger))


def synthetic_articles() -> list[Article]:
    """Three dated articles with coded events between actors of the examples, and one hostile title."""
    out: list[Article] = []
    specs = [
        ("2026-01-15", "MEET", "bertemu", 1, 1.0, "040",
         "Prabowo Subianto bertemu Shigeru Ishiba di Jakarta."),
        ("2026-02-20", "AID", "membantu", 2, 7.4, "070",
         "Prabowo Subianto membantu Shigeru Ishiba dalam krisis."),
        ("2026-03-05", "ACCUSE", "mengkritik", 3, -2.0, "112",
         "Shigeru Ishiba mengkritik Prabowo Subianto soal tarif."),
    ]
    for i, (day, typ, trig, quad, gold, cameo, body) in enumerate(specs):
        art = Article.from_parts(body + "\n\n\"Kami siap bekerja sama,\" kata Prabowo Subianto.",
                                 title=f"Sintetis {typ} {i}", id=f"synthetic-{i}", published=day,
                                 source="Sintetis", language="id")
        p = _ent(art.text, "e1", "Prabowo Subianto", "PERSON", "Prabowo Subianto", "IDN", "GOV")
        s = _ent(art.text, "e2", "Shigeru Ishiba", "PERSON", "Shigeru Ishiba", "JPN", "GOV")
        art.entities = [p, s]
        first, second = (["e2"], ["e1"]) if typ == "ACCUSE" else (["e1"], ["e2"])
        ac, rc = ("JPN", "IDN") if typ == "ACCUSE" else ("IDN", "JPN")
        art.events = [_event(art.text, "v1", typ, trig, first, second, quad, gold, day, ac, rc, cameo)]
        q0 = art.text.index("Kami")
        art.quotes = [Quote(id="q1", start=q0, end=q0 + len("Kami siap bekerja sama,"),
                            text="Kami siap bekerja sama,", kind="direct", speaker="e1",
                            speaker_text="Prabowo Subianto")]
        out.append(art)
    evil = Article.from_parts(f"Teks berbahaya {XSS} dan <img src=x onerror=alert(1)> di sini.",
                              title=f"Judul {XSS}", id="synthetic-xss", published="2026-04-01",
                              source="Sintetis", language="id", url="javascript:alert(1)")
    evil.entities = [_ent(evil.text, "e1", f"Aktor {XSS}", "ORG", "Teks berbahaya")]
    out.append(evil)
    return out


def build_example_db(path: Path, pipeline: Pipeline) -> Path:
    """Ingest examples/ with ``pipeline`` (events dropped), add the synthetic articles; returns ``path``."""
    with Store(path) as store:
        for item in process([EXAMPLES], pipeline=pipeline):
            if isinstance(item, Article):
                item.events = []  # only the synthetic events below, so counts are exact
                store.add(item)
        for art in synthetic_articles():
            store.add(art)
    return path


@pytest.fixture(scope="session")
def api_db(tmp_path_factory: pytest.TempPathFactory, rules: Pipeline) -> Path:
    return build_example_db(tmp_path_factory.mktemp("api") / "api.db", rules)


@pytest.fixture(scope="session")
def client(api_db: Path, rules: Pipeline) -> TestClient:
    return TestClient(create_app(api_db, token=TOKEN, pipeline=rules))


def get(client: TestClient, url: str, status: int = 200, **params: object) -> object:
    r = client.get(url, params=params)  # type: ignore[arg-type]
    assert r.status_code == status, (url, r.status_code, r.text[:300])
    return r.json() if r.headers["content-type"].startswith("application/json") else r.text


# -- articles --------------------------------------------------------------------------------------


def test_articles_list_paginates(client: TestClient) -> None:
    page = get(client, "/api/articles", limit=3)
    assert page["total"] >= 12 and page["limit"] == 3 and len(page["items"]) == 3
    nxt = get(client, "/api/articles", limit=3, offset=3)
    assert not {a["id"] for a in page["items"]} & {a["id"] for a in nxt["items"]}
    last = get(client, "/api/articles", limit=3, offset=10_000)
    assert last["items"] == [] and last["total"] == page["total"]


def test_articles_filters(client: TestClient) -> None:
    syn = get(client, "/api/articles", source="Sintetis")
    assert syn["total"] == 4
    ranged = get(client, "/api/articles", source="Sintetis", start="2026-02-01", end="2026-03-05")
    assert {a["id"] for a in ranged["items"]} == {"synthetic-1", "synthetic-2"}
    en = get(client, "/api/articles", language="en")
    assert en["total"] >= 1 and all(a["language"] == "en" for a in en["items"])
    ent = get(client, "/api/articles", entity="Shigeru Ishiba")
    assert ent["total"] >= 3


def test_articles_full_text_search(client: TestClient) -> None:
    hits = get(client, "/api/articles", q="sanksi Rusia")
    assert hits["items"][0]["id"] == "contoh-sanksi-eu-rusia"
    assert "**" in hits["items"][0]["snippet"]
    assert get(client, "/api/articles", q="Sank*")["total"] >= 1
    assert get(client, "/api/articles", q='"Uni Eropa"')["total"] >= 1
    # FTS5 syntax in user input is neutralised, never a 500
    for q in ['"', "AND OR NOT", "(((", "*", "a:b", "NEAR(x y", "'; DROP TABLE articles; --"]:
        get(client, "/api/articles", q=q)
    assert get(client, "/api/articles", q="zzzznotaword")["total"] == 0


def test_article_record(client: TestClient) -> None:
    rec = get(client, "/api/articles/contoh-sanksi-eu-rusia")
    assert Article.from_dict(rec).title.startswith("Uni Eropa")
    assert get(client, "/api/articles/synthetic-0")["events"][0]["type"] == "MEET"
    assert get(client, "/api/articles/conto", status=404)["detail"]  # ambiguous or unknown prefix
    assert get(client, "/api/articles/contoh-sanksi")["id"] == "contoh-sanksi-eu-rusia"
    assert "no article" in get(client, "/api/articles/nope", status=404)["detail"]


def test_bad_input_is_a_json_4xx(client: TestClient) -> None:
    for url, params in [("/api/articles", {"limit": 0}), ("/api/articles", {"limit": 10_000}),
                        ("/api/articles", {"offset": -1}), ("/api/articles", {"start": "yesterday"}),
                        ("/api/events", {"quad_class": 7}), ("/api/events", {"country": "indonesia"}),
                        ("/api/dyad", {"a": "x"}), ("/api/network", {"nodes": 0})]:
        r = client.get(url, params=params)
        assert r.status_code == 422, (url, params, r.text)
        assert isinstance(r.json()["detail"], str)


# -- entities, quotes, events ----------------------------------------------------------------------


def test_entities(client: TestClient) -> None:
    page = get(client, "/api/entities", limit=5)
    assert page["total"] > 5 and page["items"][0]["mentions"] >= page["items"][-1]["mentions"]
    people = get(client, "/api/entities", type="PERSON", q="Prabowo")
    assert people["items"][0]["name"] == "Prabowo Subianto"
    one = get(client, "/api/entities/Prabowo Subianto")
    assert one["articles"] >= 4 and one["quotes"] >= 3 and one["events"] == 3 and one["types"] == ["PERSON"]
    get(client, "/api/entities/Nobody Atall", status=404)
    co = get(client, "/api/entities/Prabowo Subianto/cooccurrences")
    assert co["items"][0]["name"] == "Shigeru Ishiba"
    rel = get(client, "/api/entities/Prabowo Subianto/relations")
    assert {(r["type"], r["quad_class"], r["counterpart"]) for r in rel["as_actor"]} == {
        ("MEET", 1, "Shigeru Ishiba"), ("AID", 2, "Shigeru Ishiba")}
    assert rel["as_recipient"][0]["type"] == "ACCUSE"
    months = get(client, "/api/entities/Prabowo Subianto/timeline")
    assert {"2026-01", "2026-02", "2026-03"} <= {m["month"] for m in months}


def test_quotes(client: TestClient) -> None:
    by = get(client, "/api/quotes", speaker="Prabowo Subianto")
    assert by["total"] >= 3 and all(q["speaker_name"] == "Prabowo Subianto" for q in by["items"])
    found = get(client, "/api/quotes", q="bekerja sama")
    assert found["total"] >= 3
    dated = get(client, "/api/quotes", speaker="Prabowo Subianto", start="2026-02-01", end="2026-02-28")
    assert [q["article_id"] for q in dated["items"]] == ["synthetic-1"]


def test_quotes_by_speaker_sector(client: TestClient) -> None:
    gov = get(client, "/api/quotes", sector="GOV", limit=100)
    assert gov["total"] >= 3 and all(q["speaker_sector"] == "GOV" for q in gov["items"])
    assert "Prabowo Subianto" in {q["speaker_name"] for q in gov["items"]}
    both = get(client, "/api/quotes", sector="gov,LEG", limit=100)
    assert both["total"] >= gov["total"]
    everyone = get(client, "/api/quotes", limit=1)["total"]
    public = get(client, "/api/quotes", private="false", limit=1)["total"]
    private = get(client, "/api/quotes", private="true", limit=100)
    assert public + private["total"] == everyone
    assert all(q["speaker_sector"] == "CVL" for q in private["items"])


def test_events_filters(client: TestClient) -> None:
    assert get(client, "/api/events")["total"] == 3
    assert get(client, "/api/events", actor="Prabowo Subianto")["total"] == 2
    assert get(client, "/api/events", recipient="Prabowo Subianto")["total"] == 1
    assert get(client, "/api/events", entity="Shigeru Ishiba")["total"] == 3
    assert get(client, "/api/events", country="JPN")["total"] == 3
    assert get(client, "/api/events", actor_country="JPN")["total"] == 1
    assert get(client, "/api/events", type="AID")["items"][0]["cameo"] == "070"
    assert get(client, "/api/events", quad_class=3)["items"][0]["type"] == "ACCUSE"
    assert get(client, "/api/events", start="2026-02-01", end="2026-02-28")["total"] == 1
    assert get(client, "/api/events", actor="Nobody")["total"] == 0
    timeline = get(client, "/api/events/timeline", entity="Prabowo Subianto")
    assert [(m["month"], m["events"]) for m in timeline] == [("2026-01", 1), ("2026-02", 1), ("2026-03", 1)]
    assert timeline[1]["q2"] == 1 and timeline[1]["goldstein"] == 7.4
    types = get(client, "/api/events/types")
    assert {t["type"] for t in types} == {"MEET", "AID", "ACCUSE"}


def test_dyad(client: TestClient) -> None:
    both = get(client, "/api/dyad", a="Prabowo Subianto", b="Shigeru Ishiba")
    assert sum(m["events"] for m in both["months"]) == 3
    directed = get(client, "/api/dyad", a="Prabowo Subianto", b="Shigeru Ishiba", directed=True)
    assert sum(m["events"] for m in directed["months"]) == 2
    assert [m["goldstein"] for m in directed["months"]] == [1.0, 7.4]
    countries = get(client, "/api/dyad", a="IDN", b="JPN", kind="country", start="2026-03-01")
    assert countries["months"] == [{"month": "2026-03", "events": 1, "q1": 0, "q2": 0, "q3": 1, "q4": 0,
                                    "goldstein": -2.0}]


def test_network(client: TestClient) -> None:
    net = get(client, "/api/network", nodes=30)
    names = {n["name"] for n in net["nodes"]}
    assert {"Prabowo Subianto", "Shigeru Ishiba"} <= names
    ev = [e for e in net["edges"] if e["kind"] == "event"]
    assert {(e["source"], e["target"], e["events"]) for e in ev} == {
        ("Prabowo Subianto", "Shigeru Ishiba", 2), ("Shigeru Ishiba", "Prabowo Subianto", 1)}
    assert any(e["kind"] == "cooccur" for e in net["edges"])
    jan = get(client, "/api/network", start="2026-01-01", end="2026-01-31", nodes=5)
    assert all(e["events"] == 1 for e in jan["edges"] if e["kind"] == "event")


# -- writes and auth -------------------------------------------------------------------------------


def test_extract_does_not_store(client: TestClient) -> None:
    before = get(client, "/api/articles", limit=1)["total"]
    r = client.post("/api/extract", json={"text": "Presiden Prabowo Subianto tiba di Tokyo, Jepang, Senin.",
                                          "title": "Kunjungan", "published": "2026-05-01"})
    assert r.status_code == 200, r.text
    rec = Article.from_dict(r.json())
    assert rec.title == "Kunjungan" and rec.entities
    html = client.post("/api/extract", json={"text": "<html><body><h1>Judul</h1><p>Isi berita di Jakarta "
                                                     "yang cukup panjang untuk dibaca.</p></body></html>"})
    assert html.status_code in (200, 422) and html.headers["content-type"] == "application/json"
    assert get(client, "/api/articles", limit=1)["total"] == before
    assert client.post("/api/extract", json={"text": ""}).status_code == 422
    assert client.post("/api/extract", json={"text": "x", "language": "indonesian"}).status_code == 422
    assert client.post("/api/extract", content=b"not json", headers={"content-type": "application/json"}
                       ).status_code == 422


def test_ingest_needs_the_token(tmp_path: Path, rules: Pipeline) -> None:
    client = TestClient(create_app(tmp_path / "writes.db", token=TOKEN, pipeline=rules))
    body = {"text": "Menteri Luar Negeri Sugiono bertemu Duta Besar Jepang di Jakarta.", "id": "posted-1",
            "published": "2026-06-01", "source": "API"}
    assert client.post("/api/articles", json=body).status_code == 401
    bad = client.post("/api/articles", json=body, headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401 and "token" in bad.json()["detail"]
    ok = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200 and ok.json() == {"id": "posted-1", "status": "added"}
    again = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.json()["status"] == "unchanged"
    assert get(client, "/api/articles/posted-1")["source"] == "API"
    assert get(client, "/api/articles", q="Sugiono Duta")["items"][0]["id"] == "posted-1"  # FTS trigger


def test_writes_disabled_without_token(
    api_db: Path, rules: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WARTA_API_TOKEN", raising=False)
    c = TestClient(create_app(api_db, pipeline=rules))
    r = c.post("/api/articles", json={"text": "x"}, headers={"Authorization": "Bearer x"})
    assert r.status_code == 403 and "disabled" in r.json()["detail"]


def test_reads_need_token_off_localhost(api_db: Path, rules: Pipeline) -> None:
    c = TestClient(create_app(api_db, token=TOKEN, open_reads=False, pipeline=rules))
    assert c.get("/api/articles").status_code == 401
    assert c.get("/").status_code == 401
    assert c.get("/api/articles", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200


def test_env_token(tmp_path: Path, rules: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARTA_API_TOKEN", "from-env")
    c = TestClient(create_app(tmp_path / "env.db", pipeline=rules))
    r = c.post("/api/articles", json={"text": "Berita singkat dari Jakarta hari ini.", "id": "env-1"},
               headers={"Authorization": "Bearer from-env"})
    assert r.status_code == 200


# -- dashboard -------------------------------------------------------------------------------------


def test_pages_render(client: TestClient) -> None:
    assert "Latest articles" in get(client, "/")
    assert "Uni Eropa" in get(client, "/articles", q="sanksi")
    listing = get(client, "/articles", source="Sintetis")
    assert "1–4 of 4" in listing and "nothing found" not in listing
    assert "1–3 of 3" in get(client, "/timeline")
    page = get(client, "/article/synthetic-0")
    assert 'class="ent PERSON"' in page and 'class="trigger q1"' in page and 'class="quote direct"' in page
    actor = get(client, "/actor", name="Prabowo Subianto")
    assert "Shigeru Ishiba" in actor and "MEET" in actor and "Kami siap bekerja sama" in actor
    assert "Prabowo" in get(client, "/actors", type="PERSON")
    assert "network.js" in get(client, "/network", start="2026-01-01")
    assert "ACCUSE" in get(client, "/timeline", entity="Prabowo Subianto")
    assert "bekerja sama" in get(client, "/quotes", q="bekerja")
    public = get(client, "/quotes", q="bekerja", public="true")
    assert "bekerja sama" in public and 'name="public" value="true" checked' in public
    assert "/api/articles" in get(client, "/api-docs")
    get(client, "/actor", status=404, name="Nobody Atall")
    get(client, "/article/nope", status=404)
    browser = client.get("/article/<b>nope", headers={"accept": "text/html"})
    assert browser.status_code == 404 and browser.headers["content-type"].startswith("text/html")
    assert "&lt;b&gt;nope" in browser.text
    for asset in ("style.css", "charts.js", "network.js"):
        get(client, f"/static/{asset}")


def test_pages_escape_article_text(client: TestClient) -> None:
    for url in ("/article/synthetic-xss", "/articles", "/actors", "/actor?name=" + "Aktor " + XSS):
        html = client.get(url).text
        assert "<script>alert" not in html and "<img src=x" not in html, url
    page = client.get("/article/synthetic-xss").text
    assert "&lt;script&gt;" in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert 'href="javascript:' not in page


def test_pages_on_empty_database(tmp_path: Path, rules: Pipeline) -> None:
    c = TestClient(create_app(tmp_path / "empty.db", pipeline=rules))
    for url in ("/", "/articles", "/actors", "/network", "/timeline", "/quotes", "/api/network",
                "/api/events/timeline", "/api/entities"):
        assert c.get(url).status_code == 200, url
    assert "empty" in c.get("/").text


def test_serve_refuses_unsafe_setups(api_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from warta.cli import app

    monkeypatch.delenv("WARTA_API_TOKEN", raising=False)
    runner = CliRunner()
    r = runner.invoke(app, ["serve", "--db", str(api_db), "--host", "0.0.0.0"])
    assert r.exit_code == 2 and "--token" in r.output
    r = runner.invoke(app, ["serve", "--db", str(tmp_path / "missing.db")])
    assert r.exit_code == 1 and "no such database" in r.output
