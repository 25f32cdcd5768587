import sqlite3

from warta.record import Article
from warta.store import Store


def test_add_is_idempotent_and_replaces_changed(tmp_path, rules):
    db = tmp_path / "w.db"
    rec = rules(
        Article.from_parts(
            "“Kami siap bekerja sama dengan semua pihak,” kata Budi.", title="Judul", language="id"
        )
    )
    with Store(db) as s:
        assert s.add(rec) == "added"
        assert s.add(rec) == "unchanged"
        rec.tone = 1.5
        assert s.add(rec) == "updated"
        assert s.add(rec, replace=False) == "unchanged"
        assert s.stats()["articles"] == 1
        got = s.get(rec.id)
        assert got is not None and got.tone == 1.5 and got.quotes == rec.quotes
        assert s.get(rec.id[:6]).id == rec.id


def test_plain_sqlite_file_with_wal_and_children_replaced(tmp_path, rules):
    db = tmp_path / "w.db"
    rec = rules(Article.from_parts("Korea Utara dan AS berunding di Jenewa.", title="Judul", language="id"))
    with Store(db) as s:
        s.add(rec)
        rec.entities = rec.entities[:1]
        s.add(rec)
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    n_ent = con.execute("SELECT count(*) FROM entities WHERE article_id=?", (rec.id,)).fetchone()[0]
    n_men = con.execute("SELECT count(*) FROM mentions WHERE article_id=?", (rec.id,)).fetchone()[0]
    assert n_ent == 1 and n_men == len(rec.entities[0].mentions)
    idx = {r[1] for r in con.execute("SELECT * FROM sqlite_master WHERE type='index'")}
    assert {"ix_entities_name", "ix_events_type", "ix_quotes_speaker_name", "ix_articles_published"} <= idx


def test_quotes_filtered_by_speaker_sector(tmp_path, pipeline):
    from warta.store import query as Q

    rec = pipeline(
        Article.from_parts(
            "Menteri Perdagangan Budi Santoso meninjau Pasar Senen. “Stok beras aman,” kata Budi. "
            "Seorang pedagang, Joko Susilo (45), mengeluh. “Pembeli sepi sekali,” kata Joko.",
            title="Harga Beras",
            language="id",
        )
    )
    with Store(tmp_path / "w.db") as s:
        s.add(rec)
        with s.engine.connect() as c:
            every = Q.list_quotes(c).items
            public = Q.list_quotes(c, private=False).items
            private = Q.list_quotes(c, private=True).items
            gov = Q.list_quotes(c, sector="gov").items
    assert len(every) == 2 and len(public) == 1 and len(private) == 1
    assert private[0]["speaker_sector"] == "CVL" and "Pembeli" in private[0]["text"]
    assert [q["text"] for q in gov] == [q["text"] for q in public] and gov[0]["speaker_sector"] == "GOV"
