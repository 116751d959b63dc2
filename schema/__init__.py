"""Record models of the benchclaims tables and the schemas derived from them.

The Arrow side is imported on first use: a process that only builds records (an
extraction worker, the command line starting up) does not pay for importing pyarrow."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .models import (
    CLAIM_COLUMNS,
    SCHEMA_VERSION,
    TABLES,
    Claim,
    ClaimType,
    Direction,
    Document,
    Occurrence,
    Qualifier,
    Record,
    Reject,
)

if TYPE_CHECKING:
    from .arrow import SCHEMAS, arrow_schema, json_schema

_ARROW = frozenset({"SCHEMAS", "arrow_schema", "json_schema"})


def __getattr__(name: str) -> Any:
    if name in _ARROW:
        from . import arrow

        return getattr(arrow, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "CLAIM_COLUMNS",
    "SCHEMAS",
    "SCHEMA_VERSION",
    "TABLES",
    "Claim",
    "ClaimType",
    "Direction",
    "Document",
    "Occurrence",
    "Qualifier",
    "Record",
    "Reject",
    "arrow_schema",
    "json_schema",
]
