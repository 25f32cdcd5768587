"""warta: structured knowledge from news articles (entities, quotes, events), Indonesian first."""

from __future__ import annotations

__version__ = "0.1.0"

from warta.core import extract, process, read  # noqa: E402
from warta.pipeline import Pipeline  # noqa: E402
from warta.record import Article  # noqa: E402

__all__ = ["Article", "Pipeline", "__version__", "extract", "process", "read"]
