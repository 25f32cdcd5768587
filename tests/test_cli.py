import json
import subprocess
import sys

import jsonschema
import pytest
from typer.testing import CliRunner

from warta.cli import app
from warta.record import json_schema

runner = CliRunner()


def test_extract_examples_validate_against_schema(examples):
    res = runner.invoke(app, ["extract", str(examples), "--no-models"])
    assert res.exit_code == 0, res.output
    lines = [ln for ln in res.stdout.splitlines() if ln.strip()]
    assert len(lines) >= 8
    schema = json_schema()
    recs = [json.loads(ln) for ln in lines]
    for r in recs:
        jsonschema.validate(r, schema)
    assert {r["language"] for r in recs} == {"id", "en"}
    assert sum(len(r["quotes"]) for r in recs) >= 5


def test_extract_keeps_input_order_and_reports_bad_files(tmp_path):
    (tmp_path / "a.txt").write_text("Satu\n\nIsi pertama di Jakarta.")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "c.txt").write_text("Tiga\n\nIsi ketiga di Bandung.")
    out = tmp_path / "out.jsonl"
    res = runner.invoke(
        app,
        [
            "extract",
            str(tmp_path / "a.txt"),
            str(tmp_path / "b.txt"),
            str(tmp_path / "c.txt"),
            str(tmp_path / "nope.txt"),
            "-o",
            str(out),
            "--no-models",
        ],
    )
    assert res.exit_code == 1
    titles = [json.loads(ln)["title"] for ln in out.read_text().splitlines()]
    assert titles == ["Satu", "Tiga"]
    errs = [ln for ln in res.stderr.splitlines() if ln.startswith("error:")]
    assert len(errs) == 2 and "b.txt: binary" in errs[0] and "nope.txt: no such file" in errs[1]
    assert "Traceback" not in res.output


def test_extract_options(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Judul\n\nIsi berita tentang pertemuan itu.")
    res = runner.invoke(app, ["extract", str(f), "--lang", "id", "--published", "2026-02-01", "--no-models"])
    rec = json.loads(res.stdout)
    assert rec["language"] == "id" and rec["published"] == "2026-02-01"
    res = runner.invoke(app, ["extract", str(f), "--published", "kapan-kapan"])
    assert res.exit_code == 2 and "cannot read" in res.stderr


def test_ingest_is_idempotent_then_show_and_stats(tmp_path, examples):
    db = tmp_path / "w.db"
    res = runner.invoke(app, ["ingest", str(examples), "--db", str(db), "--no-models"])
    assert res.exit_code == 0, res.output
    assert "9 added" in res.stderr
    res = runner.invoke(app, ["ingest", str(examples), "--db", str(db), "--no-models"])
    assert "9 unchanged" in res.stderr
    res = runner.invoke(app, ["stats", "--db", str(db), "--json"])
    s = json.loads(res.stdout)
    assert s["articles"] == 9 and s["quotes"] >= 5
    res = runner.invoke(app, ["show", "contoh-sanksi-eu-rusia", "--db", str(db)])
    assert res.exit_code == 0 and "Uni Eropa" in res.stdout and "quotes" in res.stdout
    res = runner.invoke(app, ["show", "nope", "--db", str(db)])
    assert res.exit_code == 1 and "no article" in res.stderr


def test_show_and_stats_without_database(tmp_path):
    res = runner.invoke(app, ["stats", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 1 and "no such database" in res.stderr


@pytest.mark.parametrize("cmd", ["extract", "ingest", "show", "stats", "schema", "eval"])
def test_every_command_has_help(cmd):
    res = runner.invoke(app, [cmd, "--help"])
    assert res.exit_code == 0 and len(res.stdout) > 100


def test_console_script_reads_stdin(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "warta", "extract", "-", "--no-models"],
        input=b"Judul\n\nBudi datang ke Jakarta pada hari Senin.",
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["title"] == "Judul"
