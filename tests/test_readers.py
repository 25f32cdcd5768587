import gzip
import io
import json

from warta.readers import ReadError, ReadOptions, read
from warta.readers.jsonl import read_jsonl
from warta.record import Article


def _one(path, **kw):
    items = list(read([path], ReadOptions(**kw)))
    assert len(items) == 1
    return items[0]


def test_text_first_nonempty_line_is_title(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("\n\n  Judul Berita  \n\nParagraf satu.\n\nParagraf dua.\n", encoding="utf-8")
    a = _one(f)
    assert isinstance(a, Article)
    assert a.title == "Judul Berita"
    assert a.text == "Judul Berita\n\nParagraf satu.\n\nParagraf dua."
    assert a.input == str(f)


def test_text_gz_and_crlf(tmp_path):
    f = tmp_path / "a.txt.gz"
    f.write_bytes(gzip.compress(b"Judul\r\n\r\nIsi.\r\n"))
    a = _one(f)
    assert a.title == "Judul" and a.text == "Judul\n\nIsi."


def test_html_main_text_and_metadata(examples):
    a = _one(examples / "id-penangkapan-kpk.html")
    assert a.title == "KPK Tangkap Bupati dalam Operasi Tangkap Tangan"
    assert a.published == "2026-05-20"
    assert "Komisi Pemberantasan Korupsi" in a.text
    assert "Beranda" not in a.text and "hak dilindungi" not in a.text
    assert a.source == "Warta Contoh"


def test_jsonl_text_html_and_metadata(examples):
    items = list(read([examples / "articles.jsonl"]))
    assert all(isinstance(x, Article) for x in items)
    assert items[0].id == "contoh-sanksi-eu-rusia"
    assert items[0].published == "2026-03-10" and items[0].language == "id"
    html_item = items[-1]
    assert html_item.title.startswith("Thousands march") and "Maria Santos" in html_item.text


def test_jsonl_bad_lines_do_not_stop_the_file(tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_text('{"text": "Satu dua tiga."}\n{not json\n[1, 2]\n{"title": "no body"}\n{"text": "Empat."}\n')
    items = list(read([f]))
    assert [type(x).__name__ for x in items] == ["Article", "ReadError", "ReadError", "ReadError", "Article"]
    assert items[1].where == f"{f}:2" and "invalid JSON" in items[1].reason
    assert "JSON object" in items[2].reason
    assert "no 'text' or 'html'" in items[3].reason


def test_directory_recursive_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Dua\n\nIsi dua.")
    (tmp_path / "1.txt").write_text("Satu\n\nIsi satu.")
    (tmp_path / "ignored.bin").write_bytes(b"\x00\x01")
    items = list(read([tmp_path]))
    assert [a.title for a in items] == ["Satu", "Dua"]


def test_bad_inputs_each_give_one_clear_error(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Judul\n\nCaf\xe9 di Jakarta.".encode("latin-1"))
    badgz = tmp_path / "bad.txt.gz"
    badgz.write_bytes(b"not gzip at all")
    missing = tmp_path / "missing.txt"
    items = list(read([empty, binary, latin, badgz, missing]))
    assert all(isinstance(x, ReadError) for x in items)
    reasons = [x.reason for x in items]
    assert reasons[0] == "empty file"
    assert "binary" in reasons[1]
    assert "not valid UTF-8" in reasons[2]
    assert "gzip" in reasons[3]
    assert "no such file" in reasons[4]
    assert [x.where for x in items] == [str(p) for p in (empty, binary, latin, badgz, missing)]


def test_huge_single_line_is_rejected_not_loaded_into_the_pipeline(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"kata " * (10 * 1024 * 1024))  # 50 MB on one line
    err = _one(big)
    assert isinstance(err, ReadError) and "too large" in err.reason


def test_stdin_jsonl(monkeypatch):
    data = json.dumps({"text": "Isi berita singkat.", "title": "Judul"}).encode() + b"\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    items = list(read(["-"]))
    assert items[0].title == "Judul" and items[0].input == "<stdin>:1"


def test_options_override_language_and_published(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Judul\n\nIsi.")
    a = _one(f, language="id", published="2026-02-03")
    assert a.language == "id" and a.published == "2026-02-03"


def test_jsonl_published_formats():
    lines = io.BytesIO(
        b'{"text": "a b", "published": "29 Mei 2026"}\n{"text": "c d", "published": 1780000000000}\n'
    )
    a, b = list(read_jsonl(lines, "x", ReadOptions()))
    assert a.published == "2026-05-29"
    assert b.published.startswith("2026-")
