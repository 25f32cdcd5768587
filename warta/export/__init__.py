"""Exporting the store: tables (JSONL, CSV, Parquet) and GDELT 2.0 events / GKG 2.1."""

from warta.export.gdelt import write_gdelt_events, write_gkg
from warta.export.tables import TABLES, write_csv, write_jsonl, write_parquet

__all__ = ["TABLES", "write_csv", "write_gdelt_events", "write_gkg", "write_jsonl", "write_parquet"]
