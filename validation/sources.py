"""Source files named by occurrences: found by name in the source folders, hashed and
decoded once each (a release names a handful of files, each by thousands of rows)."""

from __future__ import annotations

import glob
import gzip
import json
import zlib
from pathlib import Path

from benchclaims.read.files import InputError, open_text, sha256_of


def default_sources(release_dir: Path) -> list[Path]:
    """data/raw next to data/release, when there is one."""
    raw = release_dir.resolve().parent / "raw"
    return [raw] if raw.is_dir() else []


class SourceFiles:
    """Source files looked up by name in a list of folders, first folder first."""

    def __init__(self, folders: list[Path]) -> None:
        self.folders = folders
        self._paths: dict[str, Path | None] = {}
        self._hashes: dict[str, str | None] = {}
        self._texts: dict[str, str | None] = {}

    def path(self, name: str) -> Path | None:
        """Where the source file NAME is: FOLDER/NAME, else the first file so named below it."""
        if name not in self._paths:
            found: Path | None = None
            for folder in self.folders:
                direct = folder / name
                if direct.is_file():
                    found = direct
                    break
                found = next(iter(sorted(folder.rglob(glob.escape(Path(name).name)))), None)
                if found is not None:
                    break
            self._paths[name] = found
        return self._paths[name]

    def sha256(self, name: str) -> str | None:
        """SHA-256 of the file's bytes as stored, or None when it is missing or unreadable."""
        if name not in self._hashes:
            path = self.path(name)
            try:
                self._hashes[name] = sha256_of(path) if path else None
            except InputError:
                self._hashes[name] = None
        return self._hashes[name]

    def text(self, name: str) -> str | None:
        """The decoded file, as the readers decode it, or None when it cannot be read."""
        if name not in self._texts:
            path = self.path(name)
            text: str | None = None
            if path is not None:
                try:
                    with open_text(path) as handle:
                        text = handle.read()
                except (OSError, EOFError, gzip.BadGzipFile, zlib.error):
                    text = None
            self._texts[name] = text
        return self._texts[name]


def decode_slice(piece: str, encoding: str) -> str | None:
    """The document text a slice of a source file stands for, or None if it stands for none.

    'raw' slices are the text itself; 'json' slices are the body of a JSON string literal."""
    if encoding == "raw":
        return piece
    if encoding == "json":
        try:
            value = json.loads('"' + piece + '"')
        except json.JSONDecodeError:
            return None
        return value if isinstance(value, str) else None
    return None
