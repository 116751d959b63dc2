"""All records of a set of inputs, file by file, in a stable order."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from benchclaims.schema import Reject

from .files import Shard, list_inputs, read_error, sha256_of
from .formats import Format, detect_format, read_records
from .records import SourceRecord

_BROKEN = (OSError, EOFError, gzip.BadGzipFile, zlib.error)
"""What a file that breaks while being read raises (reported as an InputError)."""


def iter_source_records(
    inputs: Iterable[str | Path], fmt: Format | None = None
) -> Iterator[SourceRecord | Reject]:
    """Records of every input file; fmt overrides the per-file detection."""
    for path in list_inputs(inputs):
        sha = sha256_of(path)
        yield from read_source(path, sha, source_format(path, fmt))


def source_format(path: Path, fmt: Format | None = None) -> Format:
    """fmt, or the format detected from the file."""
    try:
        return fmt or detect_format(path)
    except _BROKEN as err:
        raise read_error(path, err) from err


def read_source(
    path: Path, sha: str, fmt: Format, shard: Shard | None = None
) -> Iterator[SourceRecord | Reject]:
    """Records of one file, or of one shard of it (see read_records)."""
    try:
        yield from read_records(path, sha, fmt, shard)
    except _BROKEN as err:
        raise read_error(path, err) from err
