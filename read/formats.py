"""The three source layouts: JSON Lines, one abstract per line, and listing pages."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import islice
from json.decoder import scanstring  # type: ignore[attr-defined]  # json's C scanner
from pathlib import Path
from typing import Literal

import regex

from benchclaims.schema import Reject

from .files import Line, Newlines, Shard, display_name, numbered_lines, open_text
from .records import MAX_RECORD_CHARS, SourceRecord, check_text, clean_field, json_type, make_reject

Format = Literal["jsonl", "lines", "pages"]
FORMATS: tuple[Format, ...] = ("jsonl", "lines", "pages")
SPLITTABLE: dict[Format, Newlines] = {"jsonl": "lf", "lines": "universal"}
"""Formats with one record per line, whose files can be read in shards cut at line ends,
each with the line ends its reader counts. (A listing page's record spans lines.)"""

TEXT_KEYS = ("text", "abstract")
_BOM = "\ufeff"
_KEY_PATTERNS = {
    key: re.compile(r'"' + re.escape(key) + r'"[ \t\n\r]*:[ \t\n\r]*"') for key in TEXT_KEYS
}
"""Where a text key's string value starts (JSON whitespace only)."""
_HEAD_CHARS = 10_000
"""Characters of each of the first lines that format detection looks at."""

MAX_JSON_LINE_CHARS = 16 << 20
"""JSON lines longer than this are rejected unparsed (the text in them may be far
shorter than the line, so this is much more than MAX_RECORD_CHARS)."""


def detect_format(path: Path) -> Format:
    """Pick the layout from the file name, then from its structure."""
    name = path.name.lower()
    if name.endswith((".jsonl", ".ndjson", ".json", ".jsonl.gz", ".ndjson.gz")):
        return "jsonl"
    with open_text(path) as handle:
        head = [line.text for line in islice(numbered_lines(handle, _HEAD_CHARS), 400)]
    first = next((line.lstrip(_BOM).strip() for line in head if line.strip()), "")
    if first.startswith("{"):
        return "jsonl"
    return "pages" if _looks_like_pages(head) else "lines"


def _looks_like_pages(lines: list[str]) -> bool:
    """Listing pages are short paragraphs split by blank lines, with a date heading or
    metadata blocks; a one-per-line file has few blank lines, if any."""
    stripped = [line.strip() for line in lines]
    if any(line == _META_MARK for line in stripped):
        return True
    blank = stripped.count("")
    inner = len(stripped) - blank
    heading = any(_DATE_HEADING.fullmatch(line) for line in stripped[:40])
    return inner >= 4 and blank >= 0.3 * inner and heading


def read_records(
    path: Path, sha: str, fmt: Format, shard: Shard | None = None
) -> Iterator[SourceRecord | Reject]:
    """Every record of one file, or of one shard of it (a SPLITTABLE format only), as a
    SourceRecord or a Reject; a shard's records are numbered and placed as in the file."""
    if fmt == "pages":
        if shard is not None:
            raise ValueError("listing pages are read whole, not in shards")
        yield from _read_pages(path, sha)
    else:
        yield from (_read_jsonl if fmt == "jsonl" else _read_lines)(path, sha, shard)


def _lines(
    path: Path, limit: int, newlines: Newlines = "universal", shard: Shard | None = None
) -> Iterator[Line]:
    """The file's lines with a byte order mark taken off the start of any line (it marks
    the start of a file, and files get concatenated); offsets stay those of the file."""
    number, offset = (shard.line, shard.char) if shard else (0, 0)
    with open_text(path, shard) as handle:
        for line in numbered_lines(handle, limit, newlines, number=number, offset=offset):
            if line.text.startswith(_BOM):
                bare = line.text.lstrip(_BOM)
                cut = len(line.text) - len(bare)
                line = line._replace(offset=line.offset + cut, text=bare, length=line.length - cut)
            yield line


def _too_long(name: str, sha: str, line: Line, what: str, limit: int) -> Reject:
    return make_reject(
        name, sha, line.number, "too_long",
        f"{what} has {line.length:,} characters, over {limit:,}", raw=line.text,
    )


def _read_lines(path: Path, sha: str, shard: Shard | None) -> Iterator[SourceRecord | Reject]:
    name = display_name(path)
    for line in _lines(path, MAX_RECORD_CHARS + 1, SPLITTABLE["lines"], shard):
        if not line.text.strip():
            continue  # blank lines are no records
        if line.cut:
            yield _too_long(name, sha, line, "line", MAX_RECORD_CHARS)
            continue
        problem = check_text(line.text)
        if problem:
            yield make_reject(name, sha, line.number, *problem, raw=line.text)
            continue
        start = line.offset
        yield SourceRecord(name, sha, line.number, line.text, start, start + len(line.text))


def _locate_json_string(line: str, key: str, value: str) -> tuple[int, int] | None:
    """Offsets of the body of the JSON string literal under key that decodes to value.

    json's own string scanner decodes each candidate literal, so the offsets agree with
    the parser on every escape."""
    for match in _KEY_PATTERNS[key].finditer(line):
        start = match.end()
        try:
            decoded, end = scanstring(line, start)
        except ValueError:
            continue
        if decoded == value:
            return start, end - 1
    return None


def _read_jsonl(path: Path, sha: str, shard: Shard | None) -> Iterator[SourceRecord | Reject]:
    name = display_name(path)
    for line in _lines(path, MAX_JSON_LINE_CHARS + 1, SPLITTABLE["jsonl"], shard):
        number, offset, raw = line.number, line.offset, line.text
        if not raw.strip():
            continue  # blank lines are no records
        if line.cut:
            yield _too_long(name, sha, line, "JSON line", MAX_JSON_LINE_CHARS)
            continue
        try:
            obj = json.loads(raw)
        except (ValueError, RecursionError) as err:  # ValueError: also over-long integers
            if isinstance(err, json.JSONDecodeError):
                detail = f"{err.msg} (column {err.colno})"
            else:  # RecursionError: nested too deep; ValueError: an integer too long
                detail = str(err)
            yield make_reject(name, sha, number, "invalid_json", detail, raw=raw)
            continue
        if not isinstance(obj, dict):
            kind = json_type(obj)
            yield make_reject(
                name, sha, number, "not_an_object", f"line is a JSON {kind}, not an object",
                raw=raw,
            )
            continue
        key = next((k for k in TEXT_KEYS if obj.get(k) is not None), None)
        if key is None:
            yield make_reject(
                name, sha, number, "missing_text",
                "no 'text' or 'abstract' field, or it is null", raw=raw,
            )
            continue
        text = obj[key]
        problem = check_text(text)
        if problem:
            yield make_reject(name, sha, number, *problem, raw=raw)
            continue
        span = _locate_json_string(raw, key, text)
        if span is None:
            yield make_reject(
                name, sha, number, "unlocatable_text",
                f"the '{key}' string could not be located in the line", raw=raw,
            )
            continue
        raw_id = obj.get("id")
        record_id = str(raw_id) if isinstance(raw_id, str | int) else None
        title = obj.get("title")
        yield SourceRecord(
            name, sha, number, text, offset + span[0], offset + span[1], "json",
            record_id=clean_field(record_id),
            title=clean_field(title) if isinstance(title, str) else None,
        )


_DATE_HEADING = regex.compile(r"[A-Z][a-z]{2} \d{1,2}(?:, \d{4})?")
_AUTHORS = regex.compile(r"\s*•\s*(\d+) authors?\s*")
_PAPER_DATE = regex.compile(r"(?P<date>[A-Z][a-z]{2} \d{1,2}(?:, \d{4})?)(?: (?P<up>\d+))?")
_META_MARK = "·"


def _paragraphs(path: Path) -> Iterator[list[Line]]:
    """Runs of non-blank lines."""
    para: list[Line] = []
    for line in _lines(path, MAX_RECORD_CHARS + 1):
        if line.text.strip():
            para.append(line)
        elif para:
            yield para
            para = []
    if para:
        yield para


def _paragraph_text(lines: list[Line]) -> str:
    """The text of a paragraph as it stands in the file: its lines with their endings, and
    the byte order marks that _lines took off the start of a later line put back (so that
    the text is exactly the characters its span covers)."""
    parts = [lines[0].text]
    for prev, line in zip(lines, lines[1:], strict=False):
        marks = line.offset - (prev.offset + prev.length + len(prev.ending))
        parts += [prev.ending, _BOM * marks, line.text]
    return "".join(parts)


def _is_meta(para: list[Line]) -> bool:
    return any(line.text.strip() == _META_MARK for line in para)


def _parse_meta(para: list[Line]) -> dict[str, object]:
    meta: dict[str, object] = {}
    for line in para:
        stripped = line.text.strip()
        authors = _AUTHORS.fullmatch(line.text)
        date = _PAPER_DATE.fullmatch(stripped)
        if authors:
            meta["authors"] = int(authors.group(1))
        elif date:
            meta["published"] = date.group("date")
            if date.group("up"):
                meta["upvotes"] = int(date.group("up"))
        elif stripped != _META_MARK:
            handle, _, display = stripped.partition(" ")
            organisation = clean_field(display if display and handle.islower() else stripped)
            if organisation is not None:
                meta["organisation"] = organisation
    return meta


def _read_pages(path: Path, sha: str) -> Iterator[SourceRecord | Reject]:
    """Navigation, a date heading, then title / abstract / optional metadata paragraphs."""
    name = display_name(path)
    paras = list(_paragraphs(path))
    heading = next(
        (i for i, p in enumerate(paras[:12]) if len(p) == 1 and _DATE_HEADING.fullmatch(p[0].text)),
        None,
    )
    i = 0 if heading is None else heading + 1
    pending: SourceRecord | None = None
    while i < len(paras):
        para = paras[i]
        if _is_meta(para):
            if pending is None:
                yield make_reject(
                    name, sha, para[0].number, "orphan_metadata",
                    "metadata block with no paper before it", raw=para[0].text,
                )
            else:
                pending = replace(pending, meta=_parse_meta(para))
            i += 1
            continue
        if pending is not None:
            yield pending
            pending = None
        title_para = para
        body = paras[i + 1] if i + 1 < len(paras) else None
        if body is None or _is_meta(body):
            yield make_reject(
                name, sha, title_para[0].number, "missing_abstract",
                "a title paragraph with no abstract after it", raw=title_para[0].text,
            )
            i += 1
            continue
        number, start = body[0].number, body[0].offset
        text = _paragraph_text(body)
        cut = next((line for line in body if line.cut), None)
        problem = check_text(text)
        if cut is not None:
            yield _too_long(name, sha, cut, "line", MAX_RECORD_CHARS)
        elif problem:
            yield make_reject(name, sha, number, *problem, raw=text)
        else:
            title = clean_field(" ".join(line.text for line in title_para))
            pending = SourceRecord(name, sha, number, text, start, start + len(text), title=title)
        i += 2
    if pending is not None:
        yield pending
