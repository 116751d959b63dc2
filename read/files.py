"""Opening source files: which files an input names, their hash, their decoded lines."""

from __future__ import annotations

import gzip
import hashlib
import io
from collections.abc import Iterable, Iterator
from pathlib import Path

SUFFIXES = (".jsonl", ".ndjson", ".json", ".txt", ".jsonl.gz", ".ndjson.gz", ".txt.gz")


class InputError(Exception):
    """An input that cannot be read at all (missing path, unreadable file)."""


def list_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """The files named by the inputs; folders give their source files in name order."""
    files: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(SUFFIXES)
            )
            if not found:
                raise InputError(f"{path}: folder holds no source files ({', '.join(SUFFIXES)})")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        elif path.exists():
            raise InputError(f"{path}: not a regular file or folder")
        else:
            raise InputError(f"{path}: no such file or folder")
    return files


def sha256_of(path: Path) -> str:
    """SHA-256 of the file's bytes as stored (compressed files are hashed compressed)."""
    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from err


def open_text(path: Path) -> io.TextIOWrapper:
    """The file as text: UTF-8, undecodable bytes kept as surrogates, line ends untouched."""
    raw: io.BufferedIOBase
    raw = gzip.open(path, "rb") if path.name.endswith(".gz") else path.open("rb")  # type: ignore[assignment]
    return io.TextIOWrapper(raw, encoding="utf-8", errors="surrogateescape", newline="")


def numbered_lines(handle: io.TextIOWrapper) -> Iterator[tuple[int, int, str, str]]:
    """(1-based line number, character offset, line without its ending, the ending)."""
    offset = 0
    for number, line in enumerate(handle, start=1):
        body = line.rstrip("\r\n")
        yield number, offset, body, line[len(body) :]
        offset += len(line)


def read_error(path: Path, err: Exception) -> InputError:
    """An InputError for a file that broke while being read (e.g. a corrupt gzip stream)."""
    return InputError(f"{path}: cannot read ({err})")
