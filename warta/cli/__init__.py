"""The ``warta`` command line. Each command is a thin wrapper over the Python API.

Commands live in one module per area and register themselves on :data:`app`.
"""

from warta.cli import batch as _batch  # noqa: F401,E402 - registers batch, load
from warta.cli import eval as _eval  # noqa: F401,E402 - registers `warta eval ...`
from warta.cli import main as _main  # noqa: F401,E402 - registers extract, ingest, show, stats, schema
from warta.cli import serve as _serve  # noqa: F401,E402 - registers serve, export
from warta.cli.app import app

__all__ = ["app"]
