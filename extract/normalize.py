"""A normalised view of a text for matching, with a map back to the verbatim offsets.

LaTeX remnants (\\%, $\\times$, $\\sim$, ~ as a non-breaking space), Unicode minus
signs, dashes and thin spaces become plain characters, so the patterns stay simple;
every span found in the view is mapped back to the original characters here and only
here."""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex

_REPLACEMENTS: dict[str, str] = {
    "\\%": "%",
    "\\times": "×",
    "\\sim": "~",
    "\\approx": "≈",
    "\\pm": "±",
    "\\rightarrow": "→",
    "\\to": "→",
    "\\geq": "≥",
    "\\ge": "≥",
    "\\leq": "≤",
    "\\le": "≤",
    "\\cdot": "·",
    "\\,": " ",
    "\\@": "",
    "\\;": " ",
    "\\ ": " ",
    "\u2212": "-",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u2007": " ",
    "\u200a": " ",
    "\u2005": " ",
    "\u00d7": "×",
    "\u2192": "→",
    "$": "",
    "{": "",
    "}": "",
}
_LATEX_WORD = r"\\(?:times|sim|approx|pm|rightarrow|to|geq|ge|leq|le|cdot)(?![A-Za-z])"
_LATEX_WRAPPER = (
    r"\\(?:textrm|text|mathrm|mathbf|textbf|mathit|textit|emph|mathsf|mbox)(?![A-Za-z])"
)
_PATTERN = regex.compile(
    _LATEX_WORD
    + r"|"
    + _LATEX_WRAPPER
    + r"|(?<=\d\s?(?:\\?%\s?)?(?:\\[a-z]+)?\{?)--(?=\}?\s?\d)"
    + r"|\\[%,; @]|(?<=\w)~(?=\w)|[\u2212\u2010-\u2013\u00a0\u2009\u202f\u2007\u200a\u2005$\{\}]"
)
_TRIGGER = re.compile(r"[\\$~{}\u00a0-\uffff]")


@dataclass(frozen=True, slots=True)
class NormText:
    """The normalised text and, per character of it, where it came from."""

    text: str
    original: str
    starts: list[int] | None  # None: the text is its own normal form
    ends: list[int] | None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalised span [start, end)."""
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def normalise(text: str) -> NormText:
    """The matching view of a text; cheap when there is nothing to normalise."""
    if not _TRIGGER.search(text) and "--" not in text:
        return NormText(text, text, None, None)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    last = 0
    for match in _PATTERN.finditer(text):
        a, b = match.span()
        if a > last:
            out.append(text[last:a])
            starts.extend(range(last, a))
            ends.extend(range(last + 1, a + 1))
        token = match.group()
        if token == "~":
            repl = " "
        elif token == "--":
            repl = "-"
        else:
            repl = _REPLACEMENTS.get(token, "")
        out.append(repl)
        starts.extend([a] * len(repl))
        ends.extend([b] * len(repl))
        last = b
    if last == 0 and not out:
        return NormText(text, text, None, None)
    out.append(text[last:])
    starts.extend(range(last, len(text)))
    ends.extend(range(last + 1, len(text) + 1))
    return NormText("".join(out), text, starts, ends)
