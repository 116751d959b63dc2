"""All records of a set of inputs, file by file, in a stable order."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from benchclaims.schema import Reject

from .files import list_inputs, read_error, sha256_of
from .formats import Format, detect_format, read_records
from .records import SourceRecord


def iter_source_records(
    inputs: Iterable[str | Path], fmt: Format | None = None
) -> Iterator[SourceRecord | Reject]:
    """Records of every input file; fmt overrides the per-file detection."""
    for path in list_inputs(inputs):
        sha = sha256_of(path)
        try:
            yield from read_records(path, sha, fmt or detect_format(path))
        except (OSError, EOFError, gzip.BadGzipFile, zlib.error) as err:
            raise read_error(path, err) from err
