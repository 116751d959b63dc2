"""Reading sources: files in, source records and rejects out. Knows nothing about claims."""

from .documents import DocumentCollector
from .files import (
    InputError,
    Shard,
    count_range,
    list_inputs,
    place_shards,
    sha256_of,
    shard_bounds,
    split_file,
)
from .formats import FORMATS, SPLITTABLE, Format, detect_format, read_records
from .records import REASONS, SourceRecord, doc_id_of
from .sources import iter_source_records, read_source, source_format

__all__ = [
    "FORMATS",
    "SPLITTABLE",
    "DocumentCollector",
    "Format",
    "InputError",
    "REASONS",
    "Shard",
    "SourceRecord",
    "count_range",
    "detect_format",
    "doc_id_of",
    "iter_source_records",
    "list_inputs",
    "place_shards",
    "read_records",
    "read_source",
    "sha256_of",
    "shard_bounds",
    "source_format",
    "split_file",
]
