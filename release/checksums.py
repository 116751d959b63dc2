"""SHA256SUMS of every file of a release, in the format `sha256sum -c` reads."""

from __future__ import annotations

import hashlib
from pathlib import Path

NAME = "SHA256SUMS"


def sha256_file(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def write_checksums(folder: Path) -> Path:
    """Checksums of all files under folder (itself excluded), sorted by path."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name != NAME)
    lines = [f"{sha256_file(p)}  {p.relative_to(folder).as_posix()}\n" for p in files]
    out = folder / NAME
    out.write_text("".join(lines), encoding="utf-8")
    return out
