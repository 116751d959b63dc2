"""Vocabularies (units, metrics, datasets, cue words) are data files under data/vocab,
loaded once and compiled into `regex` named lists."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
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
    """Short entries match as written ('IS' is no 'is', 'AP' no 'ap'), and so do a mean's or
    a normalised score's acronym ('sPRO' is no 'SPRO', a method; 'mATE' no 'mate'); the rest
    in any case ('mIoU' and 'MIoU', 'Accuracy' and 'accuracy')."""
    return len(entry) <= 3 or (entry[0].islower() and entry[1:3].isupper())


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


_LEAD_RUN = re.compile(r"[^\W_]+")
_WORD_RUN = re.compile(r"(?<![\w@-])[^\W_]+")
"""The run of letters and digits a word starts with (the stdlib scans for it fastest)."""
_AT_WORD = re.compile(r"(?<![\w@-])[\w-]*@")


def lead_word(entry: str) -> str | None:
    """The lower-cased run of letters and digits an entry starts with, or None."""
    run = _LEAD_RUN.match(entry)
    return run.group().lower() if run else None


class WordStartPattern:
    """A vocabulary pattern tried only at words that can begin one of its matches.

    A named list matched in any case costs a lookup per possible length at every
    position of the text, and most positions cannot start a match. Every match of the
    wrapped pattern must start a word (no letter, digit, '@' or '-' before it) whose
    leading run of letters and digits, lower-cased, is one of `starts` (or one of them
    with a plural 's'/'es'), or that holds an '@' ('hits@10'). search and finditer give
    what the wrapped pattern gives, five times faster on abstracts; match and fullmatch
    are the wrapped pattern's."""

    def __init__(self, pattern: regex.Pattern[str], starts: Iterable[str]) -> None:
        self.pattern = pattern
        words = frozenset(starts)
        self.keys = words | {w + "s" for w in words} | {w + "es" for w in words}
        self.match = pattern.match
        self.fullmatch = pattern.fullmatch

    def _candidates(self, text: str, pos: int, end: int) -> list[int] | None:
        """Where a match may start, in order; None when the text lowers to another length."""
        low = text.lower()
        if len(low) != len(text):
            return None
        keys = self.keys
        found = []
        if not keys.isdisjoint(_WORD_RUN.findall(low, pos, end)):
            found = [m.start() for m in _WORD_RUN.finditer(low, pos, end) if m.group() in keys]
        if "@" in text:
            found = sorted({*found, *(m.start() for m in _AT_WORD.finditer(text, pos, end))})
        return found

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[regex.Match[str]]:
        end = len(text) if endpos is None else endpos
        starts = self._candidates(text, pos, end)
        if starts is None:
            yield from self.pattern.finditer(text, pos, end)
            return
        last = pos
        for start in starts:
            if start < last:
                continue
            found = self.pattern.match(text, start, end)
            if found is not None:
                last = max(found.end(), start + 1)
                yield found

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)
