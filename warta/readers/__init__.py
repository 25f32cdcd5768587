"""Readers turn files, directories, stdin and JSONL lines into unprocessed article records.

Every reader yields, in input order, either an :class:`~warta.record.Article` or a :class:`ReadError`
naming the input and the problem, so one bad file never stops a batch.
"""

from warta.readers.base import ReadError, ReadOptions
from warta.readers.paths import read, read_path

__all__ = ["ReadError", "ReadOptions", "read", "read_path"]
