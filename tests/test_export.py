"""warta export: JSONL records, CSV/Parquet tables, GDELT 2.0 events and GKG 2.1."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from test_api import build_example_db
from typer.testing import CliRunner

from warta.cli import app
from warta.export import TABLES, write_csv, write_gdelt_events, write_gkg, write_jsonl
from warta.export.gdelt import EVENT_COLUMNS, GKG_COLUMNS
from warta.pipeline import Pipeline
from warta.record import Article
from warta.store import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, rules: Pipeline) -> Path:
    return build_example_db(tmp_path_factory.mktemp("export") / "export.db", rules)


@pytest.fixture(scope="module")
def counts(db: Path) -> dict[str, int]:
    with Store(db) as s:
        st = s.stats()
    return {k: st[k] for k in TABLES}


def test_jsonl_round_trips(db: Path, counts: dict[str, int]) -> None:
    buf = io.StringIO()
    with Store(db) as s:
        assert write_jsonl(s.engine, buf) == counts["articles"]
    recs = [Article.from_json(line) for line in buf.getvalue().splitlines()]
    assert len(recs) == counts["articles"] and any(r.events for r in recs)


def test_csv_one_file_per_table(db: Path, counts: dict[str, int], tmp_path: Path) -> None:
    with Store(db) as s:
        written = write_csv(s.engine, tmp_path)
    assert written == counts
    for name, n in counts.items():
        with open(tmp_path / f"{name}.csv", encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert len(rows) == n, name
    with open(tmp_path / "articles.csv", encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    assert "record" not in header and header[0] == "id"


def test_parquet_one_file_per_table(db: Path, counts: dict[str, int], tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from warta.export import write_parquet

    with Store(db) as s:
        assert write_parquet(s.engine, tmp_path) == counts
    events = pq.read_table(tmp_path / "events.parquet")
    assert events.num_rows == counts["events"] == 3
    assert str(events.schema.field("quad_class").type) == "int64"
    assert str(events.schema.field("goldstein").type) == "double"
    assert sorted(events.column("type").to_pylist()) == ["ACCUSE", "AID", "MEET"]


def test_gdelt_events(db: Path) -> None:
    buf = io.StringIO()
    with Store(db) as s:
        assert write_gdelt_events(s.engine, buf) == 3
    rows = [dict(zip(EVENT_COLUMNS, line.split("\t"), strict=True)) for line in buf.getvalue().splitlines()]
    assert all(len(r) == 61 for r in rows)
    meet = next(r for r in rows if r["EventCode"] == "040")
    assert meet["Day"] == "20260115" and meet["MonthYear"] == "202601" and meet["Year"] == "2026"
    assert meet["FractionDate"] == "2026.0384"
    assert meet["Actor1Code"] == "IDNGOV" and meet["Actor1Name"] == "PRABOWO SUBIANTO"
    assert meet["Actor1CountryCode"] == "IDN" and meet["Actor1Type1Code"] == "GOV"
    assert meet["Actor2Code"] == "JPNGOV" and meet["Actor2Name"] == "SHIGERU ISHIBA"
    assert (meet["EventBaseCode"], meet["EventRootCode"], meet["QuadClass"], meet["GoldsteinScale"]) == (
        "040", "04", "1", "1")
    assert meet["IsRootEvent"] == "1" and meet["NumArticles"] == "1"
    assert meet["ActionGeo_Type"] == "0" and meet["SOURCEURL"] == "warta:synthetic-0"
    assert len(meet["DATEADDED"]) == 14 and int(meet["GlobalEventID"]) > 0
    accuse = next(r for r in rows if r["EventCode"] == "112")
    assert accuse["Actor1Name"] == "SHIGERU ISHIBA" and accuse["QuadClass"] == "3"
    assert accuse["EventRootCode"] == "11"


def test_gkg(db: Path, counts: dict[str, int]) -> None:
    buf = io.StringIO()
    with Store(db) as s:
        assert write_gkg(s.engine, buf) == counts["articles"]
    rows = [dict(zip(GKG_COLUMNS, line.split("\t"), strict=True)) for line in buf.getvalue().splitlines()]
    syn = next(r for r in rows if r["V2DOCUMENTIDENTIFIER"] == "warta:synthetic-1")
    assert syn["GKGRECORDID"].startswith("20260220000000-") and syn["V2.1DATE"] == "20260220000000"
    assert syn["V1PERSONS"] == "Prabowo Subianto;Shigeru Ishiba"
    assert syn["V2ENHANCEDPERSONS"].startswith("Prabowo Subianto,")
    offset, length, verb, quote = syn["V2.1QUOTATIONS"].split("|")
    assert quote == "Kami siap bekerja sama," and int(length) == len(quote)
    assert syn["V2.1TRANSLATIONINFO"] == "srclc:ind" and syn["V2SOURCECOMMONNAME"] == "Sintetis"
    assert syn["V2EXTRASXML"] == "<PAGE_TITLE>Sintetis AID 1</PAGE_TITLE>"
    tone = syn["V1.5TONE"].split(",")
    assert len(tone) == 7 and tone[0] == "0" and int(tone[-1]) == 17  # no tone yet; word count
    sanction = next(r for r in rows if "sanksi" in r["V2DOCUMENTIDENTIFIER"])
    assert sanction["V2DOCUMENTIDENTIFIER"].startswith("https://")
    assert all(len(r) == 27 for r in rows)
    hostile = next(r for r in rows if r["V2DOCUMENTIDENTIFIER"] == "javascript:alert(1)")
    assert "&lt;script&gt;" in hostile["V2EXTRASXML"]


def test_cli_export(db: Path, counts: dict[str, int], tmp_path: Path) -> None:
    runner = CliRunner()
    r = runner.invoke(app, ["export", "--format", "gkg", "--db", str(db), "--out", str(tmp_path / "g.tsv")])
    assert r.exit_code == 0, r.output
    assert len((tmp_path / "g.tsv").read_text(encoding="utf-8").splitlines()) == counts["articles"]
    r = runner.invoke(app, ["export", "-f", "csv", "--db", str(db), "-o", str(tmp_path / "csv")])
    assert r.exit_code == 0 and sorted(p.name for p in (tmp_path / "csv").iterdir()) == sorted(
        f"{t}.csv" for t in TABLES)
    r = runner.invoke(app, ["export", "--db", str(db)])
    assert r.exit_code == 0 and len(r.stdout.splitlines()) == counts["articles"]
    r = runner.invoke(app, ["export", "-f", "gdelt-events", "--db", str(tmp_path / "missing.db")])
    assert r.exit_code == 1 and "no such database" in r.output
    r = runner.invoke(app, ["export", "-f", "xml", "--db", str(db)])
    assert r.exit_code == 2
