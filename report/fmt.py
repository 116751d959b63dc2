"""Turn field values into display strings the same way everywhere on the page."""

from __future__ import annotations

from html import escape
from typing import Any

NONE = "\u2014"
"""Shown for a null field."""


def num(v: float) -> str:
    """A number as a reader writes it: 33 not 33.0, 76.94 not 7.694e1."""
    if v != v or v in (float("inf"), float("-inf")):
        return str(v)
    if float(v).is_integer() and abs(v) < 1e15:
        return str(int(v))
    return repr(float(v))


def show(v: Any) -> str:
    """Any field value as text; null as a dash."""
    if v is None:
        return NONE
    if isinstance(v, bool):
        return str(v).lower()
    if isinstance(v, int | float):
        return num(v)
    return str(v)


def attr(name: str, value: str) -> str:
    """An HTML attribute with its value escaped (quotes included), with a leading space."""
    return f' {name}="{escape(value, quote=True)}"'
