"""SQLAlchemy Core schema: articles and their entities, mentions, quotes and events.

The full record is kept as JSON in ``articles.record``; the other tables are its queryable projection.
Child rows carry the article id and are replaced together with their article in one transaction.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", String, primary_key=True),
    Column("url", Text),
    Column("source", String),
    Column("title", Text),
    Column("author", Text),
    Column("published", String, doc="ISO 8601"),
    Column("language", String(8)),
    Column("text", Text, nullable=False),
    Column("n_entities", Integer, nullable=False, default=0),
    Column("n_quotes", Integer, nullable=False, default=0),
    Column("n_events", Integer, nullable=False, default=0),
    Column("tone", Float),
    Column("themes", Text, doc="JSON list"),
    Column("record", Text, nullable=False, doc="the full record as JSON"),
    Column("content_hash", String(40), nullable=False),
    Column("warta_version", String),
    Column("ingested_at", String, nullable=False),
    Index("ix_articles_published", "published"),
    Index("ix_articles_source", "source"),
    Index("ix_articles_language", "language"),
)

entities = Table(
    "entities",
    metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("entity_id", String, primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String(8), nullable=False),
    Column("country", String(3)),
    Column("sector", String(8)),
    Column("kb_id", String),
    Column("n_mentions", Integer, nullable=False),
    Index("ix_entities_name", "name"),
    Index("ix_entities_kb_id", "kb_id"),
    Index("ix_entities_country", "country"),
    Index("ix_entities_type", "type"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("article_id", String, primary_key=True),
    Column("entity_id", String, primary_key=True),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    ForeignKeyConstraint(
        ["article_id", "entity_id"], ["entities.article_id", "entities.entity_id"], ondelete="CASCADE"
    ),
)

quotes = Table(
    "quotes",
    metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("quote_id", String, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(8), nullable=False),
    Column("cue", Text),
    Column("speaker", String, doc="entity id within the article"),
    Column("speaker_name", Text, doc="canonical name of the speaker entity"),
    Column("speaker_text", Text),
    Column("published", String),
    Index("ix_quotes_speaker_name", "speaker_name"),
    Index("ix_quotes_published", "published"),
)

events = Table(
    "events",
    metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("event_id", String, primary_key=True),
    Column("type", String(16), nullable=False),
    Column("mode", String(32)),
    Column("context", Text, doc="JSON list"),
    Column("actor", Text, doc="JSON list of entity ids"),
    Column("recipient", Text, doc="JSON list of entity ids"),
    Column("actor_name", Text),
    Column("recipient_name", Text),
    Column("actor_country", String, doc="first actor country (ISO3)"),
    Column("recipient_country", String, doc="first recipient country (ISO3)"),
    Column("cameo", String(8)),
    Column("quad_class", Integer),
    Column("goldstein", Float),
    Column("date", String),
    Column("location", Text),
    Column("location_country", String(3)),
    Column("status", String(16), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("trigger", Text),
    Column("confidence", Float),
    Index("ix_events_type", "type"),
    Index("ix_events_date", "date"),
    Index("ix_events_actor_country", "actor_country"),
    Index("ix_events_recipient_country", "recipient_country"),
    Index("ix_events_actor_name", "actor_name"),
    Index("ix_events_recipient_name", "recipient_name"),
    Index("ix_events_quad", "quad_class"),
)
