"""Opening source files: which files an input names, their hash, their decoded lines, and
the byte-range shards a large file is read in (so that many tasks can read one file)."""

from __future__ import annotations

import codecs
import gzip
import hashlib
import io
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Literal, NamedTuple

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

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


class Shard(NamedTuple):
    """A byte range of an uncompressed file that starts at a line start, and what comes
    before it, so that its lines get the numbers and offsets they have in the whole file."""

    start: int
    """Byte offset of the first byte (0, or just after a b"\\n")."""
    end: int
    """Byte offset just past the last byte (just after a b"\\n", or the file's size)."""
    line: int
    """Lines of the file before start."""
    char: int
    """Characters of the decoded file (as open_text decodes it) before start."""


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


def open_text(path: Path, shard: Shard | None = None) -> io.TextIOWrapper:
    """The file as text: UTF-8, undecodable bytes kept as surrogates (one character per
    byte), a BOM kept as U+FEFF, line ends untouched. Every character offset the
    readers give is an offset into exactly this text. With a shard, only its bytes:
    they decode as they do in the whole file, since a shard starts after a b"\\n"."""
    gz = path.name.endswith(".gz")
    raw: IO[bytes]
    if shard is not None:
        if gz:
            raise ValueError(f"{path}: a gzipped file cannot be read in shards")
        raw = io.BufferedReader(_ByteRange(path, shard.start, shard.end))
    else:
        raw = gzip.open(path, "rb") if gz else path.open("rb")  # type: ignore[assignment]  # noqa: SIM115
    return io.TextIOWrapper(raw, encoding="utf-8", errors="surrogateescape", newline="")


class _ByteRange(io.RawIOBase):
    """Bytes [start, end) of a file as a stream of their own: a shard is read without
    reading the rest of the file."""

    def __init__(self, path: Path, start: int, end: int) -> None:
        self._file = path.open("rb")
        self._file.seek(start)
        self._left = end - start

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")[: self._left]
        count = self._file.readinto(view) if len(view) else 0
        self._left -= count
        return count

    def close(self) -> None:
        self._file.close()
        super().close()


def numbered_lines(
    handle: io.TextIOBase,
    limit: int,
    newlines: Newlines = "universal",
    *,
    number: int = 0,
    offset: int = 0,
) -> Iterator[Line]:
    """The lines of a text handle opened with newline="", each cut to `limit` characters
    (its true length is kept), so one endless line cannot exhaust memory. number and
    offset: lines and characters before the handle's start (for a shard of a file)."""
    split = _SEPARATORS[newlines].split
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


SHARD_READ = 1 << 20
"""Bytes read at a time while a shard is cut and counted."""


def shard_bounds(path: Path, shard_bytes: int) -> list[tuple[int, int]]:
    """Byte ranges of about shard_bytes that tile the file, each cut just after a b"\\n"
    (ASCII, so never inside a UTF-8 sequence nor between the CR and LF of a CRLF).
    A line longer than shard_bytes makes its range longer; an empty file has one range.
    Only the bytes near each cut are read."""
    if shard_bytes < 1:
        raise ValueError(f"shard_bytes must be at least 1, not {shard_bytes}")
    size = path.stat().st_size
    cuts = [0]
    with path.open("rb") as handle:
        while cuts[-1] + shard_bytes < size:
            handle.seek(cuts[-1] + shard_bytes - 1)
            cut = None
            while cut is None:
                at = handle.tell()
                block = handle.read(SHARD_READ)
                if not block:
                    break
                found = block.find(b"\n")
                if found >= 0:
                    cut = at + found + 1
            if cut is None or cut >= size:
                break
            cuts.append(cut)
    return list(zip(cuts, [*cuts[1:], size], strict=True))


def count_range(path: Path, start: int, end: int, newlines: Newlines) -> tuple[int, int]:
    """Lines ended and characters decoded in bytes [start, end) of a file, as
    numbered_lines counts them (CR and LF bytes are never part of a UTF-8 sequence, and
    a range cut after a b"\\n" decodes as it does within the whole file)."""
    decoder = codecs.getincrementaldecoder("utf-8")("surrogateescape")
    lines = chars = 0
    after_cr = False  # the previous block ended with a CR
    with path.open("rb") as handle:
        handle.seek(start)
        left = end - start
        while left > 0:
            block = handle.read(min(left, SHARD_READ))
            if not block:
                break
            left -= len(block)
            chars += len(decoder.decode(block))
            lines += block.count(b"\n")
            if newlines == "universal":  # a CR ends a line unless an LF follows it
                lines += block.count(b"\r") - block.count(b"\r\n")
                if after_cr and block.startswith(b"\n"):
                    lines -= 1
                after_cr = block.endswith(b"\r")
    chars += len(decoder.decode(b"", final=True))
    return lines, chars


def place_shards(bounds: list[tuple[int, int]], counts: list[tuple[int, int]]) -> list[Shard]:
    """Shards from their byte ranges and the (lines, characters) of every range but the
    last: each starts after the lines and characters of the ranges before it."""
    shards = []
    line = char = 0
    for (start, end), count in zip(bounds, [*counts, (0, 0)], strict=True):
        shards.append(Shard(start, end, line, char))
        line, char = line + count[0], char + count[1]
    return shards


def split_file(path: Path, shard_bytes: int, newlines: Newlines) -> list[Shard]:
    """The shards of a file, counted one after the other (the Dask engine counts them in
    parallel, with the same functions)."""
    bounds = shard_bounds(path, shard_bytes)
    counts = [count_range(path, start, end, newlines) for start, end in bounds[:-1]]
    return place_shards(bounds, counts)


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
