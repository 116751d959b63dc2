"""Vocabularies (units, metrics, datasets, cue words) are data files under data/vocab,
loaded once and compiled into `regex` named lists."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

import regex


@cache
def load(name: str) -> tuple[str, ...]:
    """The entries of data/vocab/NAME.txt: one per line, '#' starts a comment."""
    raw = files("benchclaims.vocab").joinpath(f"{name}.txt").read_text(encoding="utf-8")
    entries = []
    for line in raw.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return tuple(entries)


@cache
def word_list(name: str, flags: int = regex.IGNORECASE) -> regex.Pattern[str]:
    """A pattern matching any entry of a vocabulary as whole words (longest first)."""
    entries = sorted(set(load(name)), key=len, reverse=True)
    return regex.compile(r"(?<![\w@-])\L<words>(?![\w@]|-\w)", flags, words=entries)
