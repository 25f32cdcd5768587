"""The embedded store: SQLite through SQLAlchemy Core."""

from warta.store.schema import metadata
from warta.store.write import Store

__all__ = ["Store", "metadata"]
