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
_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_CONTROL_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
"""_CONTROL as UTF-8 bytes (no multi-byte sequence holds one): a quick test before the
search that says where."""
_JSON_TYPES = {
    dict: "object", list: "array", str: "string", int: "number", float: "number",
    bool: "boolean", type(None): "null",
}

REASONS: dict[str, str] = {
    "invalid_json": "the line is not valid JSON",
    "not_an_object": "the line is valid JSON but not an object",
    "missing_text": "no 'text' or 'abstract' field, or it is null",
    "wrong_type": "the text field is not a string",
    "empty_text": "the text is empty or only whitespace",
    "too_long": f"the text has more than {MAX_RECORD_CHARS:,} characters (or the line is over "
    "the reader's line limit)",
    "invalid_utf8": "the text holds bytes that are not UTF-8, or a lone surrogate escape",
    "control_character": "the text holds NUL or another control character (tab, LF, CR allowed)",
    "unlocatable_text": "the text's JSON string literal could not be found in the line",
    "orphan_metadata": "listing page: a metadata block with no paper before it",
    "missing_abstract": "listing page: a title with no abstract after it",
}
"""Every reason a reader gives in the rejects table, with what it means."""


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
        return "wrong_type", f"text is a JSON {json_type(text)}, not a string"
    if len(text) > MAX_RECORD_CHARS:
        return "too_long", f"text has {len(text):,} characters, over {MAX_RECORD_CHARS:,}"
    if not text.strip():
        return "empty_text", "text is empty or only whitespace"
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        bad = _SURROGATE.search(text)
        assert bad is not None  # only a surrogate fails to encode
        code = ord(bad.group())
        if 0xDC80 <= code <= 0xDCFF:
            what = f"byte 0x{code - 0xDC00:02X} is not UTF-8"
        else:
            what = f"lone surrogate U+{code:04X}"
        return "invalid_utf8", f"{what} at character {bad.start()}"
    if len(data.translate(None, _CONTROL_BYTES)) != len(data):
        bad = _CONTROL.search(text)
        assert bad is not None  # the same characters as _CONTROL_BYTES
        code = ord(bad.group())
        return "control_character", f"control character U+{code:04X} at character {bad.start()}"
    return None


def json_type(value: object) -> str:
    """The JSON name of a decoded JSON value's type."""
    return _JSON_TYPES.get(type(value), type(value).__name__)


def clean_field(value: str | None) -> str | None:
    """A metadata string (title, id, organisation) made safe to store: undecodable bytes
    become U+FFFD, control characters go, whitespace runs become one space."""
    if value is None:
        return None
    if not value.isprintable():  # printable strings hold neither surrogates nor controls
        value = _CONTROL.sub(" ", _SURROGATE.sub("\ufffd", value))
    return " ".join(value.split()) or None


def make_reject(
    source: str, sha: str | None, record: int, reason: str, detail: str, raw: str | None = None
) -> Reject:
    """A reject row; the excerpt is made printable so the table always writes."""
    excerpt = None
    if raw is not None:
        excerpt = raw[:200].encode("utf-8", "backslashreplace").decode("utf-8")
        excerpt = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", excerpt)
    return Reject(
        source=source,
        source_sha256=sha,
        record=record,
        reason=reason,
        detail=detail,
        excerpt=excerpt,
    )
