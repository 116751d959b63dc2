"""Sentence spans of a text: claims are attached and scoped within one sentence."""

from __future__ import annotations

import regex

_BOUNDARY = regex.compile(
    r"[.!?][\"')\]]*+\s++(?=[\"'(\[]?[A-Z0-9])|\n\s*+\n\s*+"
    r"|\.(?<=(?:(?<![\w.])(?:[a-z][a-z-]*[a-z]|[A-Z]+s)|[%)\]])\.)(?=[A-Z][a-z]+\b)"
)
"""A full stop and space before a capital, a blank line, or a full stop glued to the next
sentence where line breaks were dropped ('existing Video VAEs.Our model', not 'Abs.Rel')."""
_ABBREV = regex.compile(
    r"(?:\b(?:e\.g|i\.e|et al|vs|Fig|Figs|Eq|Eqs|approx|resp|No|cf|etc|Sec|Tab|Ref|Refs|"
    r"Dr|Mr|Ms|Prof|St|Inc|Ltd|Co|al|ca|viz|w\.r\.t|a\.k\.a|v\.s|avg)|(?<![\w-])[A-Z])\.$"
)


MAX_SENTENCE = 1_000
"""Longer 'sentences' (lists, tables, text without full stops) are cut at whitespace, so
that the work per number stays bounded and extraction linear in the text's length."""


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed, covering all non-space text;
    none longer than MAX_SENTENCE characters."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        cut = match.start() + 1 if text[match.start()] in ".!?" else match.start()
        if text[match.start()] == "." and _ABBREV.search(text, max(0, cut - 12), cut):
            continue
        punct_end = match.start() + len(match.group().rstrip())
        _push(spans, text, start, punct_end if text[match.start()] in ".!?" else cut)
        start = match.end()
    _push(spans, text, start, len(text))
    return spans


def _push(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        _push(spans, text, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))
