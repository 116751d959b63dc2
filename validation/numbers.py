"""Does a claim's value span read as its value? Reuses the extractor's number grammar
(one definition of how numbers are written) on the span alone.

Statuses: 'ok' (reads as the value), 'unparsed' (no digits and no number word the
grammar knows: skipped, counted), 'mismatch' (reads as another number), 'not a number'
(has digits but is not one number, e.g. a span cut through a number)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import regex

from benchclaims.extract.normalize import normalise
from benchclaims.extract.numbers import find_mentions

OK, UNPARSED, MISMATCH, NOT_A_NUMBER = "ok", "unparsed", "mismatch", "not a number"
PASSING = (OK, UNPARSED)
_MINUS = "-\u2212\u2010\u2011\u2012\u2013"
_DIGIT = regex.compile(r"\d")
_TO = regex.compile(r"\s*(?:%|[x×]|\s?times)?\s*to\s*")
"""Between the ends of a range the extractor joined with 'to' ('29% to 66', '4 to 8')."""


@dataclass(frozen=True, slots=True)
class Reading:
    """What a span reads as: status, low value, high value (ranges), and a minus sign."""

    status: str
    value: float | None = None
    value_high: float | None = None
    negative: bool = False


def read_span(span: str, before: str = "") -> Reading:
    """Read SPAN as one number; BEFORE is the character preceding it in the text, since
    the extractor's value span may leave a minus sign outside."""
    norm = normalise(span).text.strip()
    mentions = find_mentions(norm)
    if not mentions and not _DIGIT.search(norm):
        # number words need their 'times'/'fold' to be read by the grammar: "ten" (times)
        mentions = [m for m in find_mentions(norm + " times") if m.kind == "word"]
    if not mentions:
        return Reading(NOT_A_NUMBER if _DIGIT.search(norm) else UNPARSED)
    first = mentions[0]
    head, tail = norm[: first.num_start].strip(), norm[first.num_end :].strip()
    if head not in ("", "+", "±", *_MINUS):
        return Reading(NOT_A_NUMBER)
    negative = bool(head and head in _MINUS) or bool(before and before in _MINUS)
    if tail:
        last = mentions[-1]
        if (
            len(mentions) != 2
            or not _TO.fullmatch(norm, first.num_end, last.num_start)
            or norm[last.num_end :].strip()
        ):
            return Reading(NOT_A_NUMBER)
        return Reading(OK, abs(first.value), last.value, negative)  # '29% to 66'
    return Reading(OK, abs(first.value), first.value_high, negative)


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def check_value(span: str, before: str, value: float, value_high: float | None) -> Reading:
    """The reading of SPAN with its status judged against the claim's value (and, for a
    range span, its value_high). A minus sign next to the number allows value < 0."""
    reading = read_span(span, before)
    if reading.status != OK or reading.value is None:
        return reading
    ok_low = _same(value, reading.value) or (reading.negative and _same(value, -reading.value))
    ok_high = reading.value_high is None or (
        value_high is not None and _same(value_high, reading.value_high)
    )
    return reading if ok_low and ok_high else Reading(
        MISMATCH, reading.value, reading.value_high, reading.negative
    )
