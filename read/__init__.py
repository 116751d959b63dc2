"""Reading sources: files in, source records and rejects out. Knows nothing about claims."""

from .documents import DocumentCollector
from .files import InputError, list_inputs, sha256_of
from .formats import FORMATS, Format, detect_format, read_records
from .records import REASONS, SourceRecord, doc_id_of
from .sources import iter_source_records

__all__ = [
    "FORMATS",
    "DocumentCollector",
    "Format",
    "InputError",
    "REASONS",
    "SourceRecord",
    "detect_format",
    "doc_id_of",
    "iter_source_records",
    "list_inputs",
    "read_records",
    "sha256_of",
]
