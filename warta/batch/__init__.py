"""Batch processing of large corpora on dask.distributed, resumable, with Parquet output.

See ``docs/batch.md``. Requires the ``batch`` extra (dask, distributed, pyarrow).
"""

from warta.batch.runner import Config, Shard, Summary, plan, run_batch

__all__ = ["Config", "Shard", "Summary", "plan", "run_batch"]
