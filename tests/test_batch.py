"""Batch processing on a local dask cluster: sharding, Parquet tables, errors, resume after kills, load."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("distributed")
pq = pytest.importorskip("pyarrow.parquet")

from warta.batch.load import load  # noqa: E402
from warta.batch.runner import Config, PlanMismatch, plan, read_shard, run_batch  # noqa: E402
from warta.batch.tables import TABLES  # noqa: E402
from warta.core import process  # noqa: E402
from warta.readers import ReadError, ReadOptions, read  # noqa: E402
from warta.record import Article  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
NAMES = ["Budi Santoso", "Siti Aminah", "Agus Salim", "Dewi Lestari", "Joko Widodo", "Sri Mulyani"]
PLACES = ["Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Tokyo"]


def synthetic_article(i: int, paragraphs: int = 4) -> dict[str, Any]:
    """An Indonesian news-like article with names, places, a quote and a date."""
    name, other, place = NAMES[i % 6], NAMES[(i + 2) % 6], PLACES[i % 6]
    para = (
        f"Menteri {name} bertemu dengan Gubernur {other} di {place} pada Senin ({i % 28 + 1}/3) "
        "untuk membahas anggaran pembangunan jalan dan jembatan di wilayah itu. "
        f"\"Kami akan bekerja keras agar proyek nomor {i} selesai tepat waktu,\" kata {name} kepada "
        f"wartawan. Menurut {other}, pemerintah daerah siap mendukung rencana tersebut dengan dana "
        "tambahan dari APBD."
    )
    return {
        "id": f"syn-{i:04d}",
        "title": f"Rapat anggaran {place} nomor {i}",
        "text": "\n\n".join([para] * paragraphs),
        "published": "2026-03-02",
        "url": f"https://berita.example/{i}",
    }


def write_jsonl(path: Path, n: int, *, bad_lines: bool = True, paragraphs: int = 4) -> Path:
    lines = [json.dumps(synthetic_article(i, paragraphs), ensure_ascii=False) for i in range(n)]
    if bad_lines:
        lines.insert(3, "")  # blank: skipped, but keeps line numbering
        lines.insert(5, "{not json")
        lines.insert(8, json.dumps({"title": "tanpa teks"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def table_rows(out: Path) -> dict[str, list[str]]:
    """Every table of an output directory as sorted JSON rows (order-independent comparison)."""
    result: dict[str, list[str]] = {}
    for t in TABLES:
        files = sorted((out / t).glob("part-*.parquet"))
        rows = [r for f in files for r in pq.read_table(f).to_pylist()]
        result[t] = sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in rows)
    return result


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with (
        LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster) as cl,
    ):
        yield cl


NO_MODELS = Config(use_models=False)


def test_plan_is_deterministic_and_covers_every_line(tmp_path):
    src = write_jsonl(tmp_path / "a.jsonl", 22)  # 25 lines with the bad ones
    (tmp_path / "docs").mkdir()
    for i in range(3):
        (tmp_path / "docs" / f"{i}.txt").write_text(f"Judul {i}\n\nIsi berita {i}.", encoding="utf-8")
    inputs = [src, tmp_path / "docs", tmp_path / "missing.jsonl"]
    shards = plan(inputs, shard_size=10)
    assert [s.id for s in shards] == [s.id for s in plan(inputs, 10)]
    assert [(s.kind, s.start, s.stop) for s in shards[:3]] == [("jsonl", 0, 10), ("jsonl", 10, 20),
                                                                ("jsonl", 20, 25)]
    assert len({s.id for s in shards}) == len(shards)
    opts = ReadOptions()
    via_shards = [x for s in shards for x in read_shard(s, opts)]
    direct = list(read(inputs, opts))
    key = [(x.where, x.reason) if isinstance(x, ReadError) else (x.input, x.id) for x in via_shards]
    assert key == [(x.where, x.reason) if isinstance(x, ReadError) else (x.input, x.id) for x in direct]
    assert any(isinstance(x, ReadError) and x.where.endswith("a.jsonl:6") for x in via_shards)

    gz = tmp_path / "a.jsonl.gz"
    gz.write_bytes(gzip.compress(src.read_bytes()))
    gz_items = [x for s in plan([gz], 7) for x in read_shard(s, opts)]
    assert [getattr(x, "id", None) for x in gz_items] == [getattr(x, "id", None) for x in read([gz], opts)]
    assert len(plan([gz], 7)) == 4


def test_batch_matches_extract_reports_errors_and_loads(tmp_path, client):
    src = write_jsonl(tmp_path / "syn.jsonl", 12)
    inputs = [ROOT / "examples", src]
    out = tmp_path / "out"
    summary = run_batch(inputs, out, shard_size=4, config=NO_MODELS, client=client)
    assert not summary.failed and summary.processed == summary.shards

    from warta.pipeline import Pipeline

    expected = list(process(inputs, pipeline=Pipeline(use_models=False)))
    want = sorted(a.to_json() for a in expected if isinstance(a, Article))
    got = sorted(json.loads(r)["record"] for r in table_rows(out)["articles"])
    assert got == want
    assert summary.articles == len(want)

    errors = [r for f in (out / "errors").glob("*.parquet") for r in pq.read_table(f).to_pylist()]
    want_err = sorted((e.where, e.reason) for e in expected if isinstance(e, ReadError))
    assert sorted((e["input"], e["reason"]) for e in errors) == want_err
    assert any(e["input"].endswith("syn.jsonl:6") and "invalid JSON" in e["reason"] for e in errors)
    assert any(e["input"].endswith("syn.jsonl:9") and "no 'text'" in e["reason"] for e in errors)

    ents = pq.read_table(next((out / "entities").glob("part-syn*.parquet")))
    assert ents.num_rows > 0 and ents.schema.field("aliases").type.value_type == "string"

    # A rerun does nothing; another shard size into the same directory is refused.
    again = run_batch(inputs, out, shard_size=4, config=NO_MODELS, client=client)
    assert again.skipped == again.shards and again.processed == 0 and again.articles == summary.articles
    with pytest.raises(PlanMismatch):
        run_batch(inputs, out, shard_size=5, config=NO_MODELS, client=client)

    db = tmp_path / "w.db"
    assert load(out, db) == {"added": len(want)}
    assert load(out, db) == {"unchanged": len(want)}


def test_resume_discards_partial_output(tmp_path, client):
    """Simulated crashes: lost markers, half-written temp files, committed tables of unfinished shards."""
    src = write_jsonl(tmp_path / "syn.jsonl", 15)
    ref, crashed = tmp_path / "ref", tmp_path / "crashed"
    run_batch([src], ref, shard_size=4, config=NO_MODELS, client=client)
    shutil.copytree(ref, crashed)
    markers = sorted((crashed / "_done").glob("*.json"))
    for m in markers[:2]:
        m.unlink()  # killed before the marker: tables committed, shard not done
    (crashed / "entities" / f"part-{markers[0].stem}.parquet").write_bytes(b"PAR1 truncated")
    (crashed / "quotes" / f"part-{markers[1].stem}.parquet").unlink()
    (crashed / "articles" / ".part-x.parquet.tmp-deadbeef").write_bytes(b"partial")
    # This time through the --scheduler path: a client of its own on the running cluster.
    summary = run_batch([src], crashed, shard_size=4, config=NO_MODELS, scheduler=client.scheduler.address)
    assert summary.processed == 2 and summary.skipped == len(markers) - 2
    assert not list((crashed / "articles").glob(".*tmp*"))
    assert table_rows(crashed) == table_rows(ref)


def _done_count(out: Path) -> int:
    d = out / "_done"
    return len(list(d.glob("*.json"))) if d.is_dir() else 0


def _wait_for(cond, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.01)
    return False


def test_killed_worker_and_client_then_resume_equals_uninterrupted_run(tmp_path, client):
    import psutil

    src = write_jsonl(tmp_path / "syn.jsonl", 60, paragraphs=3, bad_lines=False)
    ref, out = tmp_path / "ref", tmp_path / "out"
    run_batch([src], ref, shard_size=2, config=NO_MODELS, client=client)
    total = len(list((ref / "_done").glob("*.json")))
    cmd = [sys.executable, "-m", "warta", "batch", str(src), "--out", str(out), "--shard-size", "2",
           "--workers", "2", "--no-models"]
    proc = subprocess.Popen(cmd, cwd=tmp_path, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    killed_worker = False
    try:
        assert _wait_for(lambda: _done_count(out) >= 1, 60), "batch never finished a shard"
        workers = [c for c in psutil.Process(proc.pid).children() if "spawn_main" in " ".join(c.cmdline())]
        if workers:
            workers[0].kill()  # a worker dies mid-run: its shard is rescheduled on the other worker
            killed_worker = True
        first = _done_count(out)
        _wait_for(lambda: _done_count(out) >= first + 3, 30)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # then the client and the whole local cluster
        proc.wait()
    time.sleep(0.2)
    partial = _done_count(out)
    assert killed_worker
    assert 1 <= partial < total, "run finished before it could be killed; make the input bigger"
    # Resume (in this process, on the test cluster, to save a cluster start-up).
    resumed = run_batch([src], out, shard_size=2, config=NO_MODELS, client=client)
    assert not resumed.failed and resumed.skipped == partial, resumed
    assert resumed.processed == total - partial, resumed
    assert table_rows(out) == table_rows(ref)
    ids = [json.loads(r)["id"] for r in table_rows(out)["articles"]]
    assert len(ids) == len(set(ids)) == 60


def test_cli_load_and_option_errors(tmp_path, client):
    from typer.testing import CliRunner

    from warta.cli import app

    src = write_jsonl(tmp_path / "syn.jsonl", 5)
    out = tmp_path / "out"
    run_batch([src], out, shard_size=2, config=NO_MODELS, client=client)
    runner = CliRunner()
    res = runner.invoke(app, ["load", str(out), "--db", str(tmp_path / "w.db")])
    assert res.exit_code == 0 and "5 added" in res.output
    assert "2 inputs failed" in res.output
    res = runner.invoke(app, ["load", str(out), "--db", str(tmp_path / "w.db")])
    assert res.exit_code == 0 and "5 unchanged" in res.output
    res = runner.invoke(app, ["load", str(tmp_path), "--db", str(tmp_path / "w.db")])
    assert res.exit_code == 1 and "not a warta batch output" in res.output
    res = runner.invoke(app, ["batch", str(src), "--out", str(out), "--workers", "2", "--scheduler", "tcp://x:1"])
    assert res.exit_code == 2
    res = runner.invoke(app, ["batch", str(src), "--out", str(out), "-x", "nope"])
    assert res.exit_code == 2 and "unknown stage" in res.output
