"""Column facts the checks need, derived from the pydantic models and the vocabularies,
so that a new enumeration value or unit changes the checks without editing them."""

from __future__ import annotations

import typing
from functools import cache
from typing import Any, Literal, get_args, get_origin

import annotated_types

from benchclaims.extract import vocab
from benchclaims.schema import SCHEMAS, TABLES

BASE_UNITS = ("%", "x", "pp", "points")
"""Canonical units the number grammar produces itself; the rest come from units.txt."""


def _walk(annotation: Any) -> typing.Iterator[Any]:
    """The annotation and everything nested in it (union members, Annotated metadata)."""
    yield annotation
    for arg in get_args(annotation):
        yield from _walk(arg)
    for meta in getattr(annotation, "__metadata__", ()):
        yield meta
        yield from getattr(meta, "metadata", ())


def literal_domains(table: str) -> dict[str, tuple[Any, ...]]:
    """Column -> allowed values, for every column typed as a Literal."""
    out: dict[str, tuple[Any, ...]] = {}
    for name, info in TABLES[table].model_fields.items():
        for part in _walk(info.annotation):
            if get_origin(part) is Literal:
                out[name] = get_args(part)
    return out


def lower_bounds(table: str) -> dict[str, float]:
    """Column -> inclusive lower bound, for every column constrained with ge= (offsets, counts)."""
    out: dict[str, float] = {}
    for name, info in TABLES[table].model_fields.items():
        parts = [*info.metadata, *_walk(info.annotation)]
        for part in parts:
            if isinstance(part, annotated_types.Ge):
                out[name] = float(part.ge)  # type: ignore[arg-type]
    return out


def required_columns(table: str) -> list[str]:
    """Columns that may not be null: the non-nullable fields of the Arrow schema."""
    return [f.name for f in SCHEMAS[table] if not f.nullable]


def float_columns(table: str) -> list[str]:
    """Columns of floating-point type, which must hold finite numbers."""
    return [f.name for f in SCHEMAS[table] if str(f.type) in ("double", "float")]


@cache
def units() -> tuple[str, ...]:
    """Every unit a claim may carry: the base units and the canonical names in units.txt
    (an entry is 'surface' or 'surface<TAB>canonical')."""
    found = {entry.split("\t")[-1].strip() for entry in vocab.load("units")}
    return tuple(sorted(found | set(BASE_UNITS)))
