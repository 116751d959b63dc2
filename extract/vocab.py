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


def _is_acronym(entry: str) -> bool:
    """Short entries match as written ('IS' is no 'is', 'AP' no 'ap'); longer ones in any
    case ('mIoU' and 'mIOU', 'Accuracy' and 'accuracy')."""
    return len(entry) <= 3


@cache
def word_lists(name: str) -> dict[str, list[str]]:
    """A vocabulary split into short acronyms (matched as written) and the rest (matched in
    any case), for the named lists `acronyms` and `words`."""
    entries = set(load(name))
    return {
        "acronyms": sorted((e for e in entries if _is_acronym(e)), key=len, reverse=True),
        "words": sorted((e for e in entries if not _is_acronym(e)), key=len, reverse=True),
    }


def vocab_pattern(lists: dict[str, list[str]]) -> str:
    """Any entry of lists from word_lists(), as a regex fragment (an empty named list
    would match the empty string, so it is left out)."""
    parts = []
    if lists["acronyms"]:
        parts.append(r"\L<acronyms>")
    if lists["words"]:
        parts.append(r"(?i:\L<words>)")
    return "(?:" + "|".join(parts) + r")(?:s|es)?"


@cache
def word_list(name: str, case_sensitive: bool = False) -> regex.Pattern[str]:
    """A pattern matching any entry of a vocabulary as whole words (longest first)."""
    lists = word_lists(name)
    if case_sensitive:
        lists = {"acronyms": lists["acronyms"] + lists["words"], "words": []}
    pattern = r"(?<![\w@-])" + vocab_pattern(lists) + r"(?![\w@]|-\w)"
    return regex.compile(pattern, ignore_unused=True, **lists)
