"""What a reader yields: a source record ready to become a document, or a reject."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

import regex

from benchclaims.schema import Reject

MAX_RECORD_CHARS = 200_000
"""Longer records are rejected: no abstract comes near this, a dump gone wrong does."""

_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def doc_id_of(text: str) -> str:
    """Stable id of a document: derived from its verbatim text only."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """One abstract as found in a source file, with where it stands there."""

    source: str
    source_sha256: str
    record: int
    text: str
    char_start: int
    char_end: int
    encoding: Literal["raw", "json"] = "raw"
    record_id: str | None = None
    title: str | None = None
    meta: dict[str, object] = field(default_factory=dict)


def check_text(text: object) -> tuple[str, str] | None:
    """Why a record's text cannot become a document, as (reason, detail), or None."""
    if not isinstance(text, str):
        return "wrong_type", f"text is a JSON {type(text).__name__}, not a string"
    if not text.strip():
        return "empty_text", "text is empty or only whitespace"
    if len(text) > MAX_RECORD_CHARS:
        return "too_long", f"text has {len(text):,} characters, over {MAX_RECORD_CHARS:,}"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        return "invalid_utf8", f"undecodable bytes at character {err.start}"
    bad = _CONTROL.search(text)
    if bad:
        return "control_character", f"control character U+{ord(bad.group()):04X} at {bad.start()}"
    return None


def make_reject(
    source: str, sha: str | None, record: int, reason: str, detail: str, raw: str | None = None
) -> Reject:
    """A reject row; the excerpt is made printable so the table always writes."""
    excerpt = None
    if raw is not None:
        excerpt = raw[:200].encode("utf-8", "backslashreplace").decode("utf-8")
        excerpt = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", excerpt)
    return Reject(
        source=source, source_sha256=sha, record=record, reason=reason, detail=detail,
        excerpt=excerpt,
    )
