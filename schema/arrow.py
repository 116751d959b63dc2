"""Arrow schemas and JSON Schemas derived from the pydantic models."""

from __future__ import annotations

import types
import typing
from typing import Any, Literal, get_args, get_origin

import pyarrow as pa

from .models import SCHEMA_VERSION, TABLES, Record

_SCALARS: dict[type, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
}


def _arrow_type(annotation: Any) -> tuple[pa.DataType, bool]:
    """Map a field annotation to (Arrow type, nullable)."""
    origin = get_origin(annotation)
    if origin is typing.Annotated:
        return _arrow_type(get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) != 1:
            raise TypeError(f"unsupported union {annotation!r}")
        inner, _ = _arrow_type(args[0])
        return inner, True
    if origin is Literal:
        kinds = {type(v) for v in get_args(annotation)}
        if len(kinds) != 1:
            raise TypeError(f"mixed literal {annotation!r}")
        return _SCALARS[kinds.pop()], False
    if annotation in _SCALARS:
        return _SCALARS[annotation], False
    raise TypeError(f"no Arrow type for {annotation!r}")


def arrow_schema(model: type[Record]) -> pa.Schema:
    """The Arrow schema of a model, with field descriptions as field metadata."""
    fields = []
    for name, info in model.model_fields.items():
        dtype, nullable = _arrow_type(info.annotation)
        meta = {"description": info.description} if info.description else None
        fields.append(pa.field(name, dtype, nullable=nullable, metadata=meta))
    return pa.schema(fields, metadata={"schema_version": SCHEMA_VERSION})


def json_schema(model: type[Record]) -> dict[str, Any]:
    """The JSON Schema of one row of a table."""
    schema = model.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$comment"] = f"benchclaims schema version {SCHEMA_VERSION}"
    return schema


SCHEMAS: dict[str, pa.Schema] = {name: arrow_schema(m) for name, m in TABLES.items()}
