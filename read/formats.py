"""The three source layouts: JSON Lines, one abstract per line, and listing pages."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

import regex

from benchclaims.schema import Reject

from .files import numbered_lines, open_text
from .records import SourceRecord, check_text, make_reject

Format = Literal["jsonl", "lines", "pages"]
FORMATS: tuple[Format, ...] = ("jsonl", "lines", "pages")

TEXT_KEYS = ("text", "abstract")
_BOM = "\ufeff"
_STRING_BODY = r'((?:[^"\\]|\\.)*+)"'


def detect_format(path: Path) -> Format:
    """Pick the layout from the file name, then from its structure."""
    name = path.name.lower()
    if name.endswith((".jsonl", ".ndjson", ".json", ".jsonl.gz", ".ndjson.gz")):
        return "jsonl"
    with open_text(path) as handle:
        head = [line.rstrip("\r\n") for _, line in zip(range(400), handle, strict=False)]
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


def read_records(path: Path, sha: str, fmt: Format) -> Iterator[SourceRecord | Reject]:
    """Every record of one file, as a SourceRecord or a Reject."""
    reader = {"jsonl": _read_jsonl, "lines": _read_lines, "pages": _read_pages}[fmt]
    yield from reader(path, sha)


def _strip_bom(number: int, offset: int, line: str) -> tuple[int, str]:
    if number == 1 and line.startswith(_BOM):
        return offset + 1, line[1:]
    return offset, line


def _read_lines(path: Path, sha: str) -> Iterator[SourceRecord | Reject]:
    with open_text(path) as handle:
        for number, offset, line, _ in numbered_lines(handle):
            offset, line = _strip_bom(number, offset, line)
            if not line.strip():
                continue
            problem = check_text(line)
            if problem:
                yield make_reject(path.name, sha, number, *problem, raw=line)
                continue
            yield SourceRecord(path.name, sha, number, line, offset, offset + len(line))


def _locate_json_string(line: str, keys: tuple[str, ...], value: str) -> tuple[int, int] | None:
    """Offsets of the body of the JSON string literal under one of keys that decodes to value."""
    for key in keys:
        pattern = regex.compile(r'"' + regex.escape(key) + r'"\s*+:\s*+"' + _STRING_BODY)
        for match in pattern.finditer(line):
            body = match.group(1)
            try:
                if json.loads('"' + body + '"') == value:
                    return match.start(1), match.end(1)
            except json.JSONDecodeError:
                continue
    return None


def _read_jsonl(path: Path, sha: str) -> Iterator[SourceRecord | Reject]:
    name = path.name
    with open_text(path) as handle:
        for number, offset, line, _ in numbered_lines(handle):
            offset, line = _strip_bom(number, offset, line)
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as err:
                detail = getattr(err, "msg", str(err))
                yield make_reject(name, sha, number, "invalid_json", detail, raw=line)
                continue
            if not isinstance(obj, dict):
                kind = type(obj).__name__
                yield make_reject(
                    name, sha, number, "not_an_object", f"line is a JSON {kind}", raw=line
                )
                continue
            key = next((k for k in TEXT_KEYS if k in obj), None)
            if key is None:
                yield make_reject(
                    name, sha, number, "missing_text", "no 'text' or 'abstract' field", raw=line
                )
                continue
            text = obj[key]
            problem = check_text(text)
            if problem:
                yield make_reject(name, sha, number, *problem, raw=line)
                continue
            span = _locate_json_string(line, (key,), text)
            if span is None:
                yield make_reject(
                    name, sha, number, "unlocatable_text",
                    f"the '{key}' string could not be located in the line", raw=line,
                )
                continue
            raw_id = obj.get("id")
            record_id = str(raw_id) if isinstance(raw_id, str | int) else None
            title = obj.get("title")
            yield SourceRecord(
                name, sha, number, text, offset + span[0], offset + span[1], "json",
                record_id=record_id,
                title=" ".join(title.split()) if isinstance(title, str) and title.strip() else None,
            )


_DATE_HEADING = regex.compile(r"[A-Z][a-z]{2} \d{1,2}(?:, \d{4})?")
_AUTHORS = regex.compile(r"\s*•\s*(\d+) authors?\s*")
_PAPER_DATE = regex.compile(r"(?P<date>[A-Z][a-z]{2} \d{1,2}(?:, \d{4})?)(?: (?P<up>\d+))?")
_META_MARK = "·"


Line = tuple[int, int, str, str]
"""(number, offset, text, line ending) of one line of a page."""


def _paragraphs(path: Path) -> Iterator[list[Line]]:
    """Runs of non-blank lines."""
    para: list[Line] = []
    with open_text(path) as handle:
        for number, offset, line, ending in numbered_lines(handle):
            offset, line = _strip_bom(number, offset, line)
            if line.strip():
                para.append((number, offset, line, ending))
            elif para:
                yield para
                para = []
    if para:
        yield para


def _is_meta(para: list[Line]) -> bool:
    return any(line.strip() == _META_MARK for _, _, line, _ in para)


def _parse_meta(para: list[Line]) -> dict[str, object]:
    meta: dict[str, object] = {}
    for _, _, line, _ in para:
        stripped = line.strip()
        authors = _AUTHORS.fullmatch(line)
        date = _PAPER_DATE.fullmatch(stripped)
        if authors:
            meta["authors"] = int(authors.group(1))
        elif date:
            meta["published"] = date.group("date")
            if date.group("up"):
                meta["upvotes"] = int(date.group("up"))
        elif stripped != _META_MARK:
            handle, _, display = stripped.partition(" ")
            meta["organisation"] = display if display and handle.islower() else stripped
    return meta


def _read_pages(path: Path, sha: str) -> Iterator[SourceRecord | Reject]:
    """Navigation, a date heading, then title / abstract / optional metadata paragraphs."""
    name = path.name
    paras = list(_paragraphs(path))
    heading = next(
        (i for i, p in enumerate(paras[:12]) if len(p) == 1 and _DATE_HEADING.fullmatch(p[0][2])),
        None,
    )
    i = 0 if heading is None else heading + 1
    pending: SourceRecord | None = None
    while i < len(paras):
        para = paras[i]
        if _is_meta(para):
            if pending is None:
                yield make_reject(
                    name, sha, para[0][0], "orphan_metadata",
                    "metadata block with no paper before it", raw=para[0][2],
                )
            else:
                meta = _parse_meta(para)
                pending = SourceRecord(
                    pending.source, pending.source_sha256, pending.record, pending.text,
                    pending.char_start, pending.char_end, title=pending.title, meta=meta,
                )
            i += 1
            continue
        if pending is not None:
            yield pending
            pending = None
        title_para = para
        body = paras[i + 1] if i + 1 < len(paras) else None
        if body is None or _is_meta(body):
            yield make_reject(
                name, sha, title_para[0][0], "missing_abstract",
                "a title paragraph with no abstract after it", raw=title_para[0][2],
            )
            i += 1
            continue
        number, start = body[0][0], body[0][1]
        text = "".join(line + ending for _, _, line, ending in body[:-1]) + body[-1][2]
        end = start + len(text)
        problem = check_text(text)
        if problem:
            yield make_reject(name, sha, number, *problem, raw=text)
        else:
            title = " ".join(" ".join(line for _, _, line, _ in title_para).split())
            pending = SourceRecord(name, sha, number, text, start, end, title=title or None)
        i += 2
    if pending is not None:
        yield pending

