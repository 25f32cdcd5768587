"""Writing articles to the store: one transaction per article, idempotent by article id and content."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, delete, event, func, insert, select

from warta.record import Article
from warta.store.schema import articles, entities, events, mentions, metadata, quotes

DEFAULT_DB = "warta.db"


def make_engine(path: str | Path) -> Engine:
    """A SQLite engine in WAL mode with foreign keys on."""
    engine = create_engine(f"sqlite:///{path}", future=True)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _rec: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    return engine


def content_hash(article: Article) -> str:
    """Hash of the analysis result (not of provenance), to tell a changed record from the same one."""
    d = article.to_dict()
    d.pop("provenance", None)
    d.pop("input", None)
    return hashlib.sha1(json.dumps(d, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


class Store:
    """An embedded SQLite database of article records."""

    def __init__(self, path: str | Path = DEFAULT_DB) -> None:
        self.path = Path(path)
        self.engine = make_engine(self.path)
        metadata.create_all(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ------------------------------------------------------------------------------------
    def add(self, article: Article, *, replace: bool = True) -> str:
        """Store one article with its extractions in one transaction.

        Returns ``added``, ``unchanged`` (same id and same content: nothing written) or ``updated``
        (same id, new content; only with ``replace``) — or ``skipped`` when it exists and not ``replace``.
        """
        digest = content_hash(article)
        with self.engine.begin() as conn:
            old = conn.execute(select(articles.c.content_hash).where(articles.c.id == article.id)).first()
            if old is not None:
                if old[0] == digest:
                    return "unchanged"
                if not replace:
                    return "skipped"
                conn.execute(delete(articles).where(articles.c.id == article.id))
            conn.execute(insert(articles), [_article_row(article, digest)])
            if article.entities:
                conn.execute(
                    insert(entities),
                    [
                        {
                            "article_id": article.id,
                            "entity_id": e.id,
                            "name": e.name,
                            "type": e.type,
                            "country": e.country,
                            "sector": e.sector,
                            "kb_id": e.kb_id,
                            "n_mentions": len(e.mentions),
                        }
                        for e in article.entities
                    ],
                )
                rows = [
                    {
                        "article_id": article.id,
                        "entity_id": e.id,
                        "start": m.start,
                        "end": m.end,
                        "text": m.text,
                    }
                    for e in article.entities
                    for m in e.mentions
                ]
                if rows:
                    conn.execute(insert(mentions), rows)
            names = {e.id: e.name for e in article.entities}
            if article.quotes:
                conn.execute(
                    insert(quotes),
                    [
                        {
                            "article_id": article.id,
                            "quote_id": q.id or f"q{i + 1}",
                            "start": q.start,
                            "end": q.end,
                            "text": q.text,
                            "kind": q.kind,
                            "cue": q.cue.text if q.cue else None,
                            "speaker": q.speaker,
                            "speaker_name": names.get(q.speaker or ""),
                            "speaker_text": q.speaker_text,
                            "published": article.published,
                        }
                        for i, q in enumerate(article.quotes)
                    ],
                )
            if article.events:
                conn.execute(insert(events), [_event_row(article, ev, names) for ev in article.events])
        return "added" if old is None else "updated"

    # -- reading ------------------------------------------------------------------------------------
    def get(self, article_id: str) -> Article | None:
        """The stored record; a unique id prefix is accepted too."""
        with self.engine.connect() as conn:
            row = conn.execute(select(articles.c.record).where(articles.c.id == article_id)).first()
            if row is None and len(article_id) >= 4:
                rows = conn.execute(
                    select(articles.c.record).where(articles.c.id.like(article_id + "%")).limit(2)
                ).all()
                row = rows[0] if len(rows) == 1 else None
        return Article.from_json(row[0]) if row else None

    def ids(self) -> list[str]:
        with self.engine.connect() as conn:
            return [
                r[0]
                for r in conn.execute(select(articles.c.id).order_by(articles.c.published, articles.c.id))
            ]

    def stats(self) -> dict[str, Any]:
        """Counts for ``warta stats``."""
        with self.engine.connect() as conn:

            def scalar(q: Any) -> Any:
                return conn.execute(q).scalar()

            out: dict[str, Any] = {
                "articles": scalar(select(func.count()).select_from(articles)),
                "entities": scalar(select(func.count()).select_from(entities)),
                "mentions": scalar(select(func.count()).select_from(mentions)),
                "quotes": scalar(select(func.count()).select_from(quotes)),
                "events": scalar(select(func.count()).select_from(events)),
                "first_published": scalar(select(func.min(articles.c.published))),
                "last_published": scalar(select(func.max(articles.c.published))),
            }
            out["languages"] = dict(
                conn.execute(
                    select(articles.c.language, func.count())
                    .group_by(articles.c.language)
                    .order_by(func.count().desc())
                ).all()
            )
            out["sources"] = dict(
                conn.execute(
                    select(articles.c.source, func.count())
                    .group_by(articles.c.source)
                    .order_by(func.count().desc())
                    .limit(10)
                ).all()
            )
            out["top_entities"] = [
                {"name": n, "type": t, "articles": c}
                for n, t, c in conn.execute(
                    select(entities.c.name, entities.c.type, func.count())
                    .group_by(entities.c.name, entities.c.type)
                    .order_by(func.count().desc())
                    .limit(10)
                )
            ]
            out["top_speakers"] = [
                {"name": n, "quotes": c}
                for n, c in conn.execute(
                    select(quotes.c.speaker_name, func.count())
                    .where(quotes.c.speaker_name.is_not(None))
                    .group_by(quotes.c.speaker_name)
                    .order_by(func.count().desc())
                    .limit(10)
                )
            ]
            out["event_types"] = dict(
                conn.execute(
                    select(events.c.type, func.count()).group_by(events.c.type).order_by(func.count().desc())
                ).all()
            )
        return out


def _article_row(a: Article, digest: str) -> dict[str, Any]:
    return {
        "id": a.id,
        "url": a.url,
        "source": a.source,
        "title": a.title,
        "author": a.author,
        "published": a.published,
        "language": a.language,
        "text": a.text,
        "n_entities": len(a.entities),
        "n_quotes": len(a.quotes),
        "n_events": len(a.events),
        "tone": a.tone,
        "themes": json.dumps(a.themes, ensure_ascii=False),
        "record": a.to_json(),
        "content_hash": digest,
        "warta_version": a.provenance.warta_version,
        "ingested_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def _event_row(a: Article, ev: Any, names: dict[str, str]) -> dict[str, Any]:
    return {
        "article_id": a.id,
        "event_id": ev.id,
        "type": ev.type,
        "mode": ev.mode,
        "context": json.dumps(ev.context),
        "actor": json.dumps(ev.actor),
        "recipient": json.dumps(ev.recipient),
        "actor_name": "; ".join(names.get(x, x) for x in ev.actor) or None,
        "recipient_name": "; ".join(names.get(x, x) for x in ev.recipient) or None,
        "actor_country": ev.actor_country[0] if ev.actor_country else None,
        "recipient_country": ev.recipient_country[0] if ev.recipient_country else None,
        "cameo": ev.cameo,
        "quad_class": ev.quad_class,
        "goldstein": ev.goldstein,
        "date": ev.date,
        "location": ev.location.name if ev.location else None,
        "location_country": ev.location.country if ev.location else None,
        "status": ev.status,
        "start": ev.start,
        "end": ev.end,
        "trigger": ev.trigger.text if ev.trigger else None,
        "confidence": ev.confidence,
    }
