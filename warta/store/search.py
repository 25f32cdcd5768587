"""Full-text search with SQLite FTS5: external-content indexes over ``articles`` and ``quotes``.

:func:`ensure_fts` creates the indexes and their sync triggers on first use (and fills them from the
existing rows); after that the triggers keep them in step with every insert, update and delete, including
the cascaded deletes of ``Store.add`` when it replaces an article. The indexes key on SQLite's implicit
``rowid``, which ``VACUUM`` may renumber: run :func:`rebuild_fts` after a ``VACUUM``.
"""

from __future__ import annotations

import re
import threading

from sqlalchemy import Engine, text

ARTICLES_FTS = "articles_fts"
QUOTES_FTS = "quotes_fts"
_TOKENIZE = "unicode61 remove_diacritics 2"

_DDL = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {ARTICLES_FTS} USING fts5("
    f"title, text, content='articles', content_rowid='rowid', tokenize='{_TOKENIZE}')",
    f"CREATE TRIGGER IF NOT EXISTS {ARTICLES_FTS}_ai AFTER INSERT ON articles BEGIN "
    f"INSERT INTO {ARTICLES_FTS}(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    f"CREATE TRIGGER IF NOT EXISTS {ARTICLES_FTS}_ad AFTER DELETE ON articles BEGIN "
    f"INSERT INTO {ARTICLES_FTS}({ARTICLES_FTS}, rowid, title, text) "
    f"VALUES ('delete', old.rowid, old.title, old.text); END",
    f"CREATE TRIGGER IF NOT EXISTS {ARTICLES_FTS}_au AFTER UPDATE ON articles BEGIN "
    f"INSERT INTO {ARTICLES_FTS}({ARTICLES_FTS}, rowid, title, text) "
    f"VALUES ('delete', old.rowid, old.title, old.text); "
    f"INSERT INTO {ARTICLES_FTS}(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {QUOTES_FTS} USING fts5("
    f"text, content='quotes', content_rowid='rowid', tokenize='{_TOKENIZE}')",
    f"CREATE TRIGGER IF NOT EXISTS {QUOTES_FTS}_ai AFTER INSERT ON quotes BEGIN "
    f"INSERT INTO {QUOTES_FTS}(rowid, text) VALUES (new.rowid, new.text); END",
    f"CREATE TRIGGER IF NOT EXISTS {QUOTES_FTS}_ad AFTER DELETE ON quotes BEGIN "
    f"INSERT INTO {QUOTES_FTS}({QUOTES_FTS}, rowid, text) VALUES ('delete', old.rowid, old.text); END",
    f"CREATE TRIGGER IF NOT EXISTS {QUOTES_FTS}_au AFTER UPDATE ON quotes BEGIN "
    f"INSERT INTO {QUOTES_FTS}({QUOTES_FTS}, rowid, text) VALUES ('delete', old.rowid, old.text); "
    f"INSERT INTO {QUOTES_FTS}(rowid, text) VALUES (new.rowid, new.text); END",
]

_lock = threading.Lock()
_FLAG = "_warta_fts_ready"


def ensure_fts(engine: Engine) -> None:
    """Create the FTS5 indexes and triggers if missing, filling them from existing rows (idempotent)."""
    if getattr(engine, _FLAG, False):
        return
    from warta.store.schema import metadata

    metadata.create_all(engine)
    with _lock, engine.begin() as conn:
        have = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
        new = [t for t in (ARTICLES_FTS, QUOTES_FTS) if t not in have]
        for stmt in _DDL:
            conn.execute(text(stmt))
        for table in new:
            conn.execute(text(f"INSERT INTO {table}({table}) VALUES ('rebuild')"))
    setattr(engine, _FLAG, True)


def rebuild_fts(engine: Engine) -> None:
    """Rebuild both indexes from their content tables (after ``VACUUM`` or a bulk load without triggers)."""
    ensure_fts(engine)
    with engine.begin() as conn:
        for table in (ARTICLES_FTS, QUOTES_FTS):
            conn.execute(text(f"INSERT INTO {table}({table}) VALUES ('rebuild')"))


_TOKEN = re.compile(r'"([^"]*)"|(\w+\*?)', re.UNICODE)


def fts_query(user_query: str) -> str | None:
    """Turn free text into a safe FTS5 query: words ANDed, ``"phrases"`` kept, ``word*`` as prefix.

    FTS5 operators and punctuation in the input are never passed through, so any input is valid;
    returns None when the input holds no searchable word.
    """
    parts: list[str] = []
    for phrase, word in _TOKEN.findall(user_query):
        if phrase:
            words = re.findall(r"\w+", phrase)
            if words:
                parts.append('"' + " ".join(words) + '"')
        elif word:
            prefix = word.endswith("*")
            w = word.rstrip("*")
            if w:
                parts.append(f'"{w}"' + ("*" if prefix else ""))
    return " AND ".join(parts) if parts else None
