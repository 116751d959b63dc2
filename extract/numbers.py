"""The number grammar: text in, number mentions out.

A mention is a number as written with what sticks to it: sign, range, unit,
qualifier, and whether it sits inside a name (GPT-4, CIFAR-10, Qwen3-1.7B) or is
some other non-claim number (a year, a citation, a list marker, a model size).
Every claim rule works on mentions, so reading numbers is done once, here."""

from __future__ import annotations

import math
import string
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

import regex

from .vocab import load

_NUM = (
    r"(?:[0-9]{1,3}(?:,[0-9]{3})++(?![0-9,][0-9])(?:\.[0-9]++)?"
    r"|(?<![0-9.,])[0-9]{1,3},[0-9]{1,2}(?=\s?(?:%|percent))|[0-9]++(?:\.[0-9]++)?|\.[0-9]++)"
)
"""ASCII digits only: `regex` knows digits of scripts that float() does not read. A comma
before one or two digits and a percent sign is a decimal comma ('91,57%')."""
_DECIMAL_COMMA = regex.compile(r"[0-9]{1,3},[0-9]{1,2}")
_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "a hundred": 100,
    "a thousand": 1000,
    "an": 1,
    "a": 1,
}
_MULTIPLIERS = {
    "twice": 2.0,
    "double": 2.0,
    "doubles": 2.0,
    "doubled": 2.0,
    "doubling": 2.0,
    "triple": 3.0,
    "triples": 3.0,
    "tripled": 3.0,
    "tripling": 3.0,
    "quadruple": 4.0,
    "quadruples": 4.0,
    "quadrupled": 4.0,
    "halve": 2.0,
    "halves": 2.0,
    "halved": 2.0,
    "halving": 2.0,
}
HALVING = frozenset({"halve", "halves", "halved", "halving"})

_UNIT_WORDS = sorted(load("units"), key=len, reverse=True)
_METRIC_ACRONYMS = frozenset(m for m in load("metrics") if any(ch.isupper() for ch in m))
"""'mAP 49.4' is a metric and its value, not a name with a number in it."""
_UNIT = (
    r"(?P<unit>\s?(?:%(?:\s?points?(?![\w-]))?|percent(?:age)?(?:[\s-]++points?)?|per\s?cent)"
    r"|\s?(?:pp|p\.p\.|percentage[\s-]++points?)(?!\w)"
    r"|\s?(?:points?|pts)(?!\w)"
    r"|\s?[x×X](?!\w|-[A-Za-z])"
    r"|[\s-]?times(?!\w)"
    r"|\s?-?\s?folds?(?!\w)"
    r"|\s?\L<units>(?![\w/]|-[A-Za-z])"
    r")"
)
_QUALIFIERS: dict[str, str] = {
    "up to": "up_to",
    "at most": "up_to",
    "as much as": "up_to",
    "as high as": "up_to",
    "a maximum of": "up_to",
    "over": "more_than",
    "more than": "more_than",
    "above": "more_than",
    "exceeding": "more_than",
    "greater than": "more_than",
    "higher than": "more_than",
    "beyond": "more_than",
    ">": "more_than",
    "at least": "at_least",
    "no less than": "at_least",
    "≥": "at_least",
    ">=": "at_least",
    "less than": "less_than",
    "under": "less_than",
    "below": "less_than",
    "fewer than": "less_than",
    "lower than": "less_than",
    "<": "less_than",
    "≤": "up_to",
    "<=": "up_to",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "approx.": "about",
    "roughly": "about",
    "nearly": "about",
    "almost": "about",
    "near": "about",
    "~": "about",
    "≈": "about",
    "circa": "about",
    "some": "about",
    "close to": "about",
    "an estimated": "about",
    "on the order of": "about",
}
_QUAL_RE = regex.compile(
    r"(?:^|(?<=[\s(\[,;:]))(?P<q>\L<quals>)\s*+(?:of\s++|a\s++|an\s++)?$",
    regex.IGNORECASE | regex.REVERSE,
    quals=sorted(_QUALIFIERS, key=len, reverse=True),
)

DIGITS = regex.compile(
    r"(?:(?<![\w.^_-])(?P<sign>[+-]))?(?P<num>" + _NUM + r")"
    r"(?:(?P<u1>\s?%)?\s?(?:-|~)\s?(?P<num2>"
    + _NUM
    + r")(?=[\s%x×X\-),;:\]]|\.(?!\d)|times|fold|$))?"
    r"(?P<plus>\+(?![-/]))?" + _UNIT + r"?",
    regex.IGNORECASE,
    units=_UNIT_WORDS,
)
"""Numbers written with digits, with their range, unit and '+'."""
WORDS = regex.compile(
    r"(?<![\w-])(?P<oom>(?:an?|one|two|three|four|five|six|\d)\s++orders?\s++of\s++magnitude)"
    r"|(?<![\w-])(?P<wnum>\L<words>)"
    r"(?P<wunit>[\s-]times(?!\w)|[\s-]folds?(?!\w)|\s+percent(?:age)?(?:[\s-]points?)?(?!\w))"
    r"|(?<![\w-])(?P<mult>\L<mults>)(?![\w-])",
    regex.IGNORECASE,
    words=sorted(_WORDS, key=len, reverse=True),
    mults=sorted(_MULTIPLIERS, key=len, reverse=True),
)
"""Numbers in words, read only where they make a factor or a percentage."""
WORD_KEYS = ("magnitude", "times", "fold", "percent", "twice", "doubl", "tripl", "quadrupl", "halv")
"""Substrings without which a text has no number written in words (a cheap gate)."""
_WORD_KEY = regex.compile("|".join(WORD_KEYS), regex.IGNORECASE)


def _word_keys(text: str) -> list[tuple[int, int]]:
    """Where the WORD_KEYS stand, as _WORD_KEY finds them, in order: str.find in the
    lowered text, six times faster. Unless lowering moves offsets ('İ') or the pattern's
    case folding sees a key letter that lower() does not ('ſ' folds to 's')."""
    lowered = text.lower()
    if len(lowered) != len(text) or "ſ" in text:
        return [key.span() for key in _WORD_KEY.finditer(text)]
    found = []
    for key in WORD_KEYS:
        at = lowered.find(key)
        while at >= 0:
            found.append((at, at + len(key)))
            at = lowered.find(key, at + len(key))
    spans: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if not spans or start >= spans[-1][1]:
            spans.append((start, end))  # 'foldoubl': the pattern takes 'fold', not 'doubl'
    return spans


def has_number_words(text: str) -> bool:
    """Whether the text can hold a number written in words (a cheap gate: one lowering)."""
    lowered = text.lower()
    return any(key in lowered for key in WORD_KEYS)


_WORD_LEAD, _WORD_TAIL = 60, 10
"""How far before a key word a WORDS match can start ('three orders of magnitude'), and
after it end ('percentage points', 'quadrupled')."""
_DIGIT_RUN = regex.compile(r"[0-9]+")  # not possessive: that is 25 times slower here
"""Where numbers are: scanning for digit runs is far faster than for the full grammar."""

_TOKEN_CHARS = string.ascii_letters + string.digits + "._"


def _name_before(before: str) -> bool:
    """Whether the text just before a number makes it part of a name: 'GPT-', 'YOLOv',
    'Qwen3-1.', 'A-', 'x^-', 'pass@'. Plain string checks: this runs for every number."""
    if not before:
        return False
    last = before[-1]
    if last.isalpha() or last in "@_#^":
        return True
    prev = before[-2] if len(before) > 1 else ""
    if (last == "/" and prev.isalpha()) or (last in "+-" and prev in "^_"):
        return True
    if last in "-." and prev.isdigit():
        return True
    if last in "-_/:":
        head = before[:-1]
        token = head[len(head.rstrip(_TOKEN_CHARS)) :]
        # 'mAP@0.5:0.95': the range of a metric's thresholds
        return token[:1].isalpha() or (token[:1].isdigit() and head[: -len(token)].endswith("@"))
    return False


_NAME_AFTER = regex.compile(r"^(?:[A-Za-z]|-[A-Za-z]|\.\d|-\d+[A-Za-z])")
_TIMES_SIGN = r"(?:[×xX]|\$?\\times\$?)"
_BY_AFTER = regex.compile(
    r"\s*" + _TIMES_SIGN + r"\s*\d+(?![\d.]*\s*" + _TIMES_SIGN + r"(?!\s*\d))"
)
_BY_BEFORE = regex.compile(r"(?<![\d.])\d+\s*" + _TIMES_SIGN + r"\s*$")
_UNIT_TIMES = regex.compile(r"\s*" + _TIMES_SIGN + r"(?!\s*\d)")
"""'256 × 256', '2 × 3 × 4', '1,024 $\\times$ 1,024': the factors of a size or a product, not
ratios (but '2× 3× faster' lists two)."""
_DATA_SHARE_AFTER = regex.compile(
    r"\s*(?:%|percent)\s+(?:of\s+(?:the\s+|its\s+)?)?(?:[A-Z][\w-]*\s+)?"
    r"(?:(?:labeled|labelled|annotated|unlabeled|unlabelled|training)\s+"
    r"(?:data|samples|images|examples|instances|annotations|labels|set)|annotations|labels)\b"
)
"""'with only 5% labeled data', 'using 10% of the training data': how much data a result
is trained with, a condition (but not '99.4% less labelled data')."""
_SPLIT_NAME = r"(?:training|train|validation|val|testing|test|dev)"
_SPLIT_SHARE_BEFORE = regex.compile(r"\b" + _SPLIT_NAME + r"\s*\(\s*$", regex.IGNORECASE)
_SPLIT_SHARE_AFTER = regex.compile(
    r"\s*(?:%|percent)\s+(?:(?:were|was|is|are)\s+used\s+)?(?:for|as)\s+(?:the\s+)?"
    + _SPLIT_NAME
    + r"\b(?=\s*(?:[,;.)]|and\b|$))",
    regex.IGNORECASE,
)
_SPLITTING = regex.compile(
    r"\b(?:split|splits|splitting|divided|divide|partitioned|partition|separated|allocated)\b",
    regex.IGNORECASE,
)
"""'split into training (70%), validation (15%) and test (15%)', '80% for training and 20%
for testing': the share of the data a split gets, a set-up."""
_NOISE_AFTER = regex.compile(
    r"\s*(?:%|percent)\s+(?:(?:symmetric|asymmetric|instance-dependent|pair|uniform|random)\s+)?"
    r"(?:label\s+|annotation\s+)?noise\b",
    regex.IGNORECASE,
)
"""'under 10% symmetric label noise', 'with 40% noise': the corruption a result holds under."""
_BUDGET_AFTER = regex.compile(
    r"\s*+(?:%|percent)?(?:\s++(?!(?:for|at|under|with|in|on|of|and|or|to|than|larger|smaller|"
    r"more|less|fewer|higher|lower|greater|bigger)\b)[\w-]++){0,2}?\s++"
    r"(?:budgets?\b(?!-)|constraints?\b(?=\s*[,;.)]|\s+(?:of|on|in|for|at)\b))",
    regex.IGNORECASE,
)
_BUDGET_BEFORE = regex.compile(r"\bbudgets?\s*+(?:of|=|:)?\s*+(?:only\s+)?$", regex.IGNORECASE)
"""'under a 5% annotation budget', 'at a 20% KV-cache budget', 'a label budget of 30 percent':
the budget a result is reached within, a condition (but not '20% larger inference budgets',
'6 percent for token budget baseline')."""
_OF_TOTAL_AFTER = regex.compile(
    r"\s+(?:out\s+)?of\s+(?:the\s+)?\d+\s+(?:[\w-]+\s+){0,2}?(?!points\b)(?-i:[a-z][\w-]*s)\b"
)
"""'(8 of 10 benchmarks)', '93 of 187 false-safe N2O approvals': a count of what the total
counts (not '2 out of 5 points')."""
_OF_TOTAL_BEFORE = regex.compile(r"(?<![\w.,@-])\d+\s+(?:out\s+)?of\s+(?:the\s+)?$")
"""'in 7 out of 9 evaluated models', 'prevent 93 of 187 approvals': the total counted (of
what the word after it says)."""
_WORD_AFTER = regex.compile(r"\s+(?-i:[a-z])")
_TO_BEFORE = regex.compile(r"\bto\s*$")
_SIZE_AFTER = regex.compile(r"^\s?(?:[BMKT]|billion|million|thousand|k)\b")
_CAPWORD_BEFORE = regex.compile(
    r"(?:\b(?:Table|Fig|Figure|Section|Sec|Eq|Equation|Appendix|Chapter|Theorem|Lemma|"
    r"Algorithm|Step|Stage|Level|Version|v|Task|Track|Phase|Part|Round)\.?\s|"
    r"\b(?:[A-Z][\w'-]*[A-Za-z]|[a-z]+\d[a-z\d]*)\s)$",
    regex.REVERSE,
)
"""The word a version number follows: 'Table 2', 'Llama 3', 'wav2vec 2.0'."""
_YEAR = regex.compile(r"(?:19|20)\d\d")
_VERSION = regex.compile(r"\d{1,2}(?:\.\d)?")
_CONFIDENCE_AFTER = regex.compile(
    r"\s?%\s*(?:CIs?|confidence\s+intervals?|credible\s+intervals?)\b"
)
"""'95% CI': the level of an interval, not a result."""
_SPREAD_SIGNS = ("±", "+/-", "+-", "plus-minus", "plus or minus", "plus/minus")
_SPREAD_SIGN = "(?:" + "|".join(map(regex.escape, _SPREAD_SIGNS)) + ")"
_UNCERTAINTY_BEFORE = regex.compile(
    _SPREAD_SIGN + r"\s*$|\b(?:sd|SD|s\.d\.|std|SE|CI|IQR)\s*[:=]?\s*\[?\s*$"
    r"|\b\d+%\s*CI\s*[:=]?\s*\[?\s*$"
    r"|\b(?:CI|IQR)\s*[:=]?\s*\[?\s*[-+]?[\d.]+\s*(?:[,-]|to)\s*$",
)
"""Spreads and intervals around a value are not claims: '± 0.12', '(sd 0.014)', 'CI: 1.24, 1.69',
'(IQR: -2.8, 1.2)', '(95% CI -3.1 to +4.7)'."""
_SPREAD_AFTER = regex.compile(r"\s?" + _SPREAD_SIGN + r"\s?(?=[0-9.])")
"""'85.3 ± 0.2%', '92.1±0.3 F1': the spread of a value is part of its mention, and the
unit written after the spread is the value's too."""
_P_VALUE_BEFORE = regex.compile(
    r"\b[pP]\s*(?:[=<>≤≥]|<=|>=)\s*$",
)
_THRESHOLD_BEFORE = regex.compile(
    r"(?:@\s*|\bat\s+(?:an?\s+)?)(?:IoU|FPR|FAR)\s*(?:threshold\s*)?(?:=|of\s)?\s*$"
    r"|\bthresholds?\s+(?:of\s+|=\s*|at\s+|set\s+(?:to|at)\s+)?$"
)
"""'mAP at IoU=0.5', 'TPR at FPR = 0.01', 'at intersection over union threshold 0.5', 'a
threshold of 90%': the operating point a result is read at."""
_TURN_ANGLES = frozenset({"45", "90", "180", "270", "360"})
"""Angles that name a view or a set-up ('360° panoramas', 'rotated by 90 degrees')."""
_AT_BEFORE = regex.compile(r"\bat\s+(?:an?\s+)?$", regex.IGNORECASE)
_ERROR_RATE_AFTER = regex.compile(
    r"\s*(?:FPR|FAR|FNR|false[\s-]positive[\s-]rates?|false[\s-]alarm[\s-]rates?)\b",
    regex.IGNORECASE,
)
"""'TPR at 5% FPR': the error rate a result is read at."""
_AP_AT_BEFORE = regex.compile(r"\bm?AP\s+at\s+$")
"""'0.95 mAP at 0.50 IoU', 'mAP at 50 of 83.70 percent': the overlap AP is read at (but
'98.30% mAP at 142 FPS' is a speed)."""
_THRESHOLD_AFTER = regex.compile(
    r"\s*(?:IoU\s+|confidence\s+|similarity\s+|decision\s+|probability\s+)?thresholds?\b"
)
"""'at the 0.25 IoU threshold', 'the 30% threshold': a threshold set, not a result."""
_BARE_SEPARATOR = regex.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|to\s+)")
_FORMULA = regex.compile(r"\s?\^")
"""A number raised to a power is the base of a formula ('O(2^M)', '10^{-3}'), no value."""
_COMPLEXITY_BEFORE = regex.compile(r"\bO\(\s*$")
_DURATION_UNITS = frozenset({"s", "sec", "seconds", "min", "minutes", "h", "hours"})
TIME_UNITS = _DURATION_UNITS | {"ms", "milliseconds"}
"""Canonical units of time (see _canonical_unit)."""
_DATA_AFTER = regex.compile(
    r"\)?\s++of\s++(?:[\w-]++\s++){0,3}?(?:data|speech|audio|video|videos|footage|"
    r"recordings?|gameplay|demonstrations?|transcribed|labeled|labelled|unlabeled|"
    r"unlabelled|training|pre-?training)\b",
    regex.IGNORECASE,
)
"""'3000 hours of speech', '1.9 hours of motion capture data': the size of a dataset."""
_FRACTION_BEFORE = regex.compile(
    r"(\d+(?:\.\d+)?)\s?/\s?$",
)
_FUNCTION_WORDS = frozenset(
    [
        "with",
        "in",
        "on",
        "at",
        "for",
        "of",
        "to",
        "from",
        "and",
        "or",
        "only",
        "about",
        "over",
        "under",
        "by",
        "as",
        "than",
        "after",
        "before",
        "around",
        "nearly",
        "almost",
        "approximately",
        "roughly",
        "reaching",
        "achieving",
        "obtaining",
        "yielding",
        "the",
        "a",
        "an",
        "our",
        "its",
        "their",
        "all",
        "both",
        "each",
        "every",
        "these",
        "those",
        "this",
        "that",
        "while",
        "whereas",
        "but",
    ]
)
"""Capitalised at a sentence start, these are no name before a number ('With 37.5 BLEU')."""
_MONTH_BEFORE = regex.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s$",
)
_MONTH_AFTER = regex.compile(r"^\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b")
_LIST_MARKER = regex.compile(
    r"(?:^|[\s:;])\($|(?:^|[.:;]\s)$",
    regex.REVERSE,
)
_URL = regex.compile(r"(?:https?://|www\.|\b10\.\d{4,9}/)\S++", regex.IGNORECASE)
"""A web address, or a DOI ('10.5281/zenodo.19239154')."""
_CITATION = regex.compile(r"\[[^\[\]]{0,80}\]|\((?:[^()]{0,60}et al\.?[^()]{0,30})\)")


@dataclass(slots=True)
class Mention:
    """One number as written, in normalised-text offsets."""

    start: int
    end: int  # end of the whole mention, unit included
    num_start: int
    num_end: int  # end of the number itself (the value span; a range spans both ends)
    value: float
    value_high: float | None
    unit: str | None
    unit_text: str | None
    qualifier: str
    signed: str | None
    skip: str | None  # why this number is no claim candidate, or None
    kind: str  # 'digits', 'word', 'magnitude', 'multiplier'
    spread: bool = False  # a spread follows it, inside the mention: '85.3 ± 0.2%'


def _to_float(raw: str) -> float:
    if _DECIMAL_COMMA.fullmatch(raw):
        return float(raw.replace(",", "."))
    return float(raw.replace(",", ""))


def _canonical_unit(raw: str) -> str:
    u = raw.strip().lower().lstrip("-").strip()
    spaced = u.replace("-", " ")  # 'percentage-point'
    if spaced in ("%", "percent", "per cent", "percentage", "percent point", "percent points"):
        return "%" if "point" not in u else "pp"
    if spaced.startswith(("percentage point", "pp", "p.p.", "percent point", "% point", "%point")):
        return "pp"
    if u in ("point", "points", "pts"):
        return "points"
    if u in ("x", "×", "times", "fold", "folds"):
        return "x"
    return u


def qualifier_before(text: str, start: int) -> tuple[str, int]:
    """The qualifier written right before position start, and where it begins."""
    window = text[max(0, start - 30) : start]
    match = _QUAL_RE.search(window)
    if not match:
        return "exact", start
    return _QUALIFIERS[match.group("q").lower()], start - (len(window) - match.start("q"))


def _inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """Whether pos lies in one of the sorted, non-overlapping spans."""
    i = bisect_right(starts, pos) - 1
    return i >= 0 and pos < spans[i][1]


def _skip_reason(
    text: str, m: regex.Match[str], excluded: list[tuple[int, int]], starts: list[int]
) -> str | None:
    start, end = m.start("num"), m.end("num")
    if excluded and _inside(excluded, starts, start):
        return "url_or_citation"
    before = text[max(0, start - 40) : m.start()]
    after = text[m.end() : m.end() + 12]
    has_unit = bool(m.group("unit"))
    if m.group("sign") is None and _name_before(before):
        return "in_name"
    if _CONFIDENCE_AFTER.match(text, end):
        return "uncertainty"
    if _FORMULA.match(text, end) or _COMPLEXITY_BEFORE.search(before):
        return "formula"
    if _UNCERTAINTY_BEFORE.search(before) or (
        m.group("sign") and _UNCERTAINTY_BEFORE.search(text, max(0, start - 40), start)
    ):
        return "uncertainty"  # '4.9+-5.0': the sign read as the spread's is the spread sign's
    if _P_VALUE_BEFORE.search(before):
        return "p_value"
    if (
        _THRESHOLD_BEFORE.search(before)
        or _THRESHOLD_AFTER.match(text, m.end())
        or (not has_unit and "AP" in before and _AP_AT_BEFORE.search(before))
        or (_ERROR_RATE_AFTER.match(text, m.end()) and _AT_BEFORE.search(before))
    ):
        return "threshold"
    fraction = None if has_unit else _FRACTION_BEFORE.search(before)
    if fraction and m.group("num").isdigit() and float(m.group("num")) >= _to_float(fraction[1]):
        return "denominator"  # "4.14/5", "25/30" — but "58.7/58.9 box AP" is a pair
    if not has_unit and _NAME_AFTER.match(text[end : end + 4]) and not m.group("num2"):
        return "in_name"
    if not has_unit and _SIZE_AFTER.match(after):
        return "size"
    if not has_unit and m.group("num").isdigit():
        if _OF_TOTAL_AFTER.match(text, end) and not _TO_BEFORE.search(before):
            return "count"  # 'gains (8 of 10 benchmarks)', 'by 18 of 19 models' (but 'from
            # 49 to 13 out of 396 materials' is a change)
        if " of" in before and _OF_TOTAL_BEFORE.search(before) and _WORD_AFTER.match(text, end):
            return "count"  # the total: 'in 7 out of 9 evaluated models'
    if (
        _DATA_SHARE_AFTER.match(text, end)
        or _SPLIT_SHARE_AFTER.match(text, end)
        or (
            before.rstrip().endswith("(")
            and _SPLIT_SHARE_BEFORE.search(before)
            and _SPLITTING.search(text, max(0, start - 150), start)
        )
        or _NOISE_AFTER.match(text, end)
        or _BUDGET_AFTER.match(text, end)
        or _BUDGET_BEFORE.search(before)
    ):
        return "condition"
    if m.group("num").replace(",", "").isdigit() and not m.group("num2") and (
        _BY_AFTER.match(text, end)
        or (_BY_BEFORE.search(before) and not _UNIT_TIMES.match(text, end))
    ):
        return "dimension"
    unit = m.group("unit")
    if unit and unit.strip().lower() in _DURATION_UNITS and _DATA_AFTER.match(text, m.end()):
        return "size"
    if unit and unit.strip() in ("°", "degrees") and m.group("num") in _TURN_ANGLES:
        return "in_name"  # '360° video', 'a 90° rotation': a view or a setting, no measure
    if not has_unit and not m.group("num2"):
        raw = m.group("num")
        if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after):
            return "date"
        if _YEAR.fullmatch(raw):
            return "year"
        capword = _CAPWORD_BEFORE.search(before)
        if capword and capword.group().strip().lower() in _FUNCTION_WORDS:
            capword = None
        version_like = _VERSION.fullmatch(raw)
        word = capword.group().strip() if capword else ""
        model_number = len(raw) >= 3 and raw.isdigit() and word.isupper() and len(word) > 1
        if (version_like or model_number) and word and word not in _METRIC_ACRONYMS:
            return "in_name"  # 'Llama 3', 'RTX 4090', 'CIFAR 100' (not 'BLEU 34')
        if (
            text[end : end + 1] == ")"
            and raw.isdigit()
            and len(raw) <= 2
            and (_LIST_MARKER.search(before) or _next_marker(text, start, int(raw)))
        ):
            return "list_marker"
    return None


def _next_marker(text: str, start: int, n: int) -> bool:
    """Whether 'n)' after a comma goes on a list that 'n-1)' began: '1) none of the models
    exceed 22%, demonstrating ..., 2) Nano Banana Pro is the best'."""
    return (
        n > 1
        and text[max(0, start - 2) : start] == ", "
        and regex.search(rf"(?<![\w.]){n - 1}\)", text, endpos=start) is not None
    )


def find_mentions(text: str) -> list[Mention]:
    """All number mentions of a normalised text, in order."""
    excluded = [m.span() for m in _URL.finditer(text)] if "/" in text else []
    if "[" in text or "et al" in text:
        excluded += [m.span() for m in _CITATION.finditer(text)]
    excluded.sort()
    excluded_starts = [a for a, _ in excluded]
    words = _word_mentions(text) if has_number_words(text) else []
    spreads = any(sign in text for sign in _SPREAD_SIGNS)
    taken = [(w.num_start, w.num_end) for w in words]
    out: list[Mention] = []
    for m in _digit_matches(text):
        if any(a <= m.start() < b for a, b in taken):
            continue  # "3 orders of magnitude" was read as words
        sign, num, num2, unit_raw, u1, plus = m.group("sign", "num", "num2", "unit", "u1", "plus")
        value = _to_float(num)
        high = _to_float(num2) if num2 else None
        if not math.isfinite(value) or (high is not None and not math.isfinite(high)):
            continue  # a run of hundreds of digits is no measurement
        num_end = m.end("num2") if num2 else m.end("num")
        if high is not None and high < value:  # "3-2" is no range: keep the first number
            high, num_end = None, m.end("num")
        if sign == "-" and high is None:
            value = -value
        unit_raw = unit_raw or u1
        unit = _canonical_unit(unit_raw) if unit_raw else None
        skip = _skip_reason(text, m, excluded, excluded_starts)
        end = m.end()
        spread = _SPREAD_AFTER.match(text, end) if spreads and not plus else None
        spread_num = DIGITS.match(text, spread.end()) if spread is not None and not skip else None
        if spread_num is not None and not spread_num.group("sign"):
            end = spread_num.end()  # '85.3 ± 0.2%': the spread and its unit go with it
            if not unit_raw and spread_num.group("unit"):
                unit_raw = spread_num.group("unit")
                unit = _canonical_unit(unit_raw)
        else:
            spread_num = None
        # a number that is no claim needs no qualifier (its start stays the number's)
        qual, qstart = ("exact", m.start()) if skip else qualifier_before(text, m.start())
        if plus:
            qual = "at_least"
        out.append(
            Mention(
                start=min(qstart, m.start()),
                end=end,
                num_start=m.start("num"),
                num_end=num_end,
                value=value,
                value_high=high,
                unit=unit,
                unit_text=unit_raw.strip() if unit_raw else None,
                qualifier=qual,
                signed=sign if sign in ("+", "-") else None,
                skip=skip,
                kind="digits",
                spread=spread_num is not None,
            )
        )
    _share_settings(text, out)
    if words:
        out = sorted(out + words, key=lambda x: x.num_start)
    return out


_SETTINGS = ("threshold", "condition")


_NAMED_BEFORE = {"threshold": _THRESHOLD_BEFORE, "condition": _BUDGET_BEFORE}
"""The settings a list after its name shares: 'thresholds of 0.5 and 0.75', 'budgets of 1%,
5%, and 10%'."""


def _share_settings(text: str, out: list[Mention]) -> None:
    """'when applying 90%, 80%, and 70% thresholds', 'under 0.5%, 1%, and 2% labeled data':
    the list before a setting lists settings too; and 'at thresholds of 0.5 and 0.75', the
    list after a threshold or budget named before it."""
    for i in range(len(out) - 1, 0, -1):
        a, b = out[i - 1], out[i]
        if (
            b.skip in _SETTINGS
            and a.skip is None
            and a.unit == b.unit
            and _BARE_SEPARATOR.fullmatch(text, a.end, b.start)
        ):
            a.skip = b.skip
    chained = None
    for a, b in pairwise(out):
        named_before = _NAMED_BEFORE.get(a.skip or "")
        if (
            named_before is not None
            and b.skip is None
            and a.unit == b.unit
            and (a is chained or named_before.search(text, 0, a.start))
            and _BARE_SEPARATOR.fullmatch(text, a.end, b.start)
        ):
            b.skip, chained = a.skip, b


def _digit_matches(text: str) -> Iterator[regex.Match[str]]:
    """DIGITS matches, tried only where a number can start: at a run of digits, or at the
    point or sign right before it."""
    pos = 0
    for run in _DIGIT_RUN.finditer(text):
        start = run.start()
        if start < pos:
            continue
        if start and text[start - 1] == "." and start - 1 >= pos:
            start -= 1
        if start and text[start - 1] in "+-" and start - 1 >= pos:
            start -= 1
        m = DIGITS.match(text, start)
        if m is None and text[start] in "+-":
            m = DIGITS.match(text, start + 1)
        if m is not None:
            pos = m.end()
            yield m


def _word_matches(text: str) -> Iterator[regex.Match[str]]:
    """WORDS matches, searched for only around the key words every match contains."""
    last = 0
    for key_start, key_end in _word_keys(text):
        start = max(last, key_start - _WORD_LEAD)
        for m in WORDS.finditer(text, start, key_end + _WORD_TAIL):
            if m.start() >= last:
                last = m.end()
                yield m


def _word_mentions(text: str) -> list[Mention]:
    """Factors and percentages in words: 'two orders of magnitude', 'ten times', 'twice'."""
    out: list[Mention] = []
    for m in _word_matches(text):
        num_end, qual, qstart = m.end(), "exact", m.start()
        if m.group("oom"):
            head = m.group("oom").split()[0].lower()
            value = 10.0 ** (float(head) if head.isdigit() else float(_WORDS.get(head, 1)))
            unit, unit_text, kind = "x", "orders of magnitude", "magnitude"
        elif m.group("wnum"):
            word = m.group("wnum").lower()
            if word in ("a", "an"):
                continue
            value, num_end, kind = float(_WORDS[word]), m.end("wnum"), "word"
            unit, unit_text = _canonical_unit(m.group("wunit")), m.group("wunit").strip(" -")
        else:
            word = m.group("mult").lower()
            value, unit, unit_text, kind = _MULTIPLIERS[word], "x", word, "multiplier"
        if kind != "multiplier":
            qual, qstart = qualifier_before(text, m.start())
        out.append(
            Mention(
                start=min(qstart, m.start()),
                end=m.end(),
                num_start=m.start(),
                num_end=num_end,
                value=value,
                value_high=None,
                unit=unit,
                unit_text=unit_text,
                qualifier=qual,
                signed=None,
                skip=None,
                kind=kind,
            )
        )
    return out
