"""Opening source files: which files an input names, their hash, their decoded lines."""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Literal, NamedTuple

SUFFIXES = (".jsonl", ".ndjson", ".json", ".txt", ".jsonl.gz", ".ndjson.gz", ".txt.gz")

CHUNK_CHARS = 1 << 20
"""Characters decoded per read: lines are split by hand so that no line, however long,
is ever held in memory beyond the limit its reader asks for."""

Newlines = Literal["universal", "lf"]
_SEPARATORS: dict[Newlines, re.Pattern[str]] = {
    "universal": re.compile(r"(\r\n|\r|\n)"),  # text files: as an editor counts lines
    "lf": re.compile(r"(\n)"),  # JSON Lines: only LF ends a line (CR is JSON whitespace)
}


class InputError(Exception):
    """An input that cannot be read at all (missing path, unreadable file)."""


class Line(NamedTuple):
    """One line of a source file."""

    number: int
    """1-based line number."""
    offset: int
    """Character offset of the line's start in the decoded file."""
    text: str
    """The line without its ending; cut to the reader's limit if longer."""
    ending: str
    """'\\n', '\\r\\n', '\\r' or '' (last line without an ending)."""
    length: int
    """Length of the whole line without its ending (> len(text) if it was cut)."""

    @property
    def cut(self) -> bool:
        return self.length > len(self.text)


def list_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """The files named by the inputs; folders give their source files in name order.
    A file named twice (directly or through a folder) is read once."""
    files: list[Path] = []
    seen: set[Path] = set()
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(SUFFIXES)
            )
            if not found:
                raise InputError(f"{path}: folder holds no source files ({', '.join(SUFFIXES)})")
        elif path.is_file():
            found = [path]
        elif path.exists():
            raise InputError(f"{path}: not a regular file or folder")
        else:
            raise InputError(f"{path}: no such file or folder")
        for file in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                files.append(file)
    return files


def sha256_of(path: Path) -> str:
    """SHA-256 of the file's bytes as stored (compressed files are hashed compressed)."""
    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from err


def open_text(path: Path) -> io.TextIOWrapper:
    """The file as text: UTF-8, undecodable bytes kept as surrogates (one character per
    byte), a BOM kept as U+FEFF, line ends untouched. Every character offset the
    readers give is an offset into exactly this text."""
    gz = path.name.endswith(".gz")
    raw: IO[bytes] = gzip.open(path, "rb") if gz else path.open("rb")  # type: ignore[assignment]  # noqa: SIM115
    return io.TextIOWrapper(raw, encoding="utf-8", errors="surrogateescape", newline="")


def numbered_lines(
    handle: io.TextIOBase, limit: int, newlines: Newlines = "universal"
) -> Iterator[Line]:
    """The lines of a text handle opened with newline="", each cut to `limit` characters
    (its true length is kept), so one endless line cannot exhaust memory."""
    split = _SEPARATORS[newlines].split
    number = offset = 0
    parts: list[str] = []  # the start of the current line from earlier reads (<= limit)
    kept = length = 0  # characters in parts; characters of the line so far
    end_char = ""  # the last character of the line so far
    carry = ""
    while True:
        chunk = handle.read(CHUNK_CHARS)
        data = carry + chunk
        carry = ""
        if chunk and newlines == "universal" and data.endswith("\r"):
            carry, data = "\r", data[:-1]  # a CRLF may be split between two reads
        pieces = split(data)  # [text, ending, text, ending, ..., text]
        last = len(pieces) - 1
        for i in range(0, last, 2):
            piece, ending = pieces[i], pieces[i + 1]
            if parts or length:  # the line began in an earlier read
                length += len(piece)
                if kept < limit:
                    parts.append(piece[: limit - kept])
                text = "".join(parts)[:limit]
                if piece:
                    end_char = piece[-1]
            else:
                length = len(piece)
                text = piece[:limit] if length > limit else piece
                end_char = piece[-1:]
            if newlines == "lf" and end_char == "\r":  # CRLF: the CR belongs to the ending
                ending = "\r\n"
                if len(text) == length:
                    text = text[:-1]
                length -= 1
            number += 1
            yield Line(number, offset, text, ending, length)
            offset += length + len(ending)
            parts, kept, length, end_char = [], 0, 0, ""
        tail = pieces[last]
        if tail:
            length += len(tail)
            end_char = tail[-1]
            if kept < limit:
                tail = tail[: limit - kept]
                parts.append(tail)
                kept += len(tail)
        if not chunk:
            break
    if length:
        number += 1
        yield Line(number, offset, "".join(parts), "", length)


def read_error(path: Path, err: Exception) -> InputError:
    """An InputError for a file that broke while being read (e.g. a corrupt gzip stream)."""
    return InputError(f"{path}: cannot read ({err})")


def display_name(path: Path) -> str:
    """The file name as stored in the tables: undecodable bytes of the name are shown
    as U+FFFD so that the name can always be written."""
    name = path.name
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        name = os.fsencode(name).decode("utf-8", "replace")
    return name
