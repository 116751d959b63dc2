"""Record models of the benchclaims tables and the schemas derived from them."""

from .arrow import SCHEMAS, arrow_schema, json_schema
from .models import (
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

__all__ = [
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
