"""A normalised view of a text for matching, with a map back to the verbatim offsets.

LaTeX remnants (\\%, $\\times$, $\\sim$, \\unicode{x2013}, \\textsc{...}, ~ as a non-breaking
space), Markdown bold (**Name**, not the power of '10**4'),
Unicode minus signs, dashes and thin spaces become plain characters, so the patterns stay
simple; every span found in the view is mapped back to the original characters here and
only here."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

import regex

_REPLACEMENTS: dict[str, str] = {
    "\\%": "%",
    "\\&": "&",
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
    "\\!": "",
    "\\:": " ",
    "\\>": " ",
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
    "**": "",
}
_LATEX_WORD = r"\\(?:times|sim|approx|pm|rightarrow|to|geq|ge|leq|le|cdot)(?![A-Za-z])"
_LATEX_WRAPPER = (
    r"\\(?:textrm|text|mathrm|mathbf|textbf|mathit|textit|emph|mathsf|mbox|textsc|texttt|"
    r"textsf|textnormal|textup|mathtt|mathcal|mathbb|underline|textsuperscript|textsubscript)"
    r"(?![A-Za-z])"
)
_PATTERN = regex.compile(
    _LATEX_WORD
    + r"|"
    + _LATEX_WRAPPER
    + r"|--(?<=\d\s?(?:\\?%\s?)?(?:\\[a-z]+)?[{$]?--)(?=[}$]?\s?\d)"
    + r"|\\unicode\{x[0-9A-Fa-f]{2,5}\}"
    + r"|\\[%&,; @!:>]|~(?<=\w~)(?=\w)|\*\*(?!(?<=\d\*\*)\d)"
    + r"|[\u2212\u2010-\u2013\u00a0\u2009\u202f\u2007\u200a\u2005$\{\}]"
)
"""Each branch starts with its literal and looks behind after it: a branch that starts
with a lookbehind is tried at every position of the text."""
_NUMBER_END = regex.compile(r"(?<![\w@.-])\d+(?:\.\d+)?$")
"""A number right before a tilde and a digit makes a range ('3~5x', '10~30\\%'), not numbers
parted by a non-breaking space (but in 'F1~0.298', 'Recall@1~0.45' the tilde says about,
and 'LLaMA-2~13B' is a name)."""
_TRIGGER = re.compile(r"[\\$~{}\u00a0-\uffff]")


@dataclass(frozen=True, slots=True)
class NormText:
    """The normalised text and where its characters came from.

    Only the replaced pieces are recorded: every other character is copied, at a fixed
    offset from the original since the last piece. A per-character map would cost a
    Python list of the text's length for every text with one LaTeX escape in it."""

    text: str
    original: str
    piece_ends: tuple[int, ...] = ()  # normalised end of each replaced piece, in order
    pieces: tuple[tuple[int, int, int], ...] = ()  # its (normalised start, original span)

    def _start(self, pos: int) -> int:
        i = bisect_right(self.piece_ends, pos)
        if i < len(self.pieces) and self.pieces[i][0] <= pos:
            return self.pieces[i][1]  # inside a replacement: its whole original span
        return pos if i == 0 else pos + self.pieces[i - 1][2] - self.piece_ends[i - 1]

    def _end(self, last: int) -> int:
        i = bisect_right(self.piece_ends, last)
        if i < len(self.pieces) and self.pieces[i][0] <= last:
            return self.pieces[i][2]
        return last + 1 if i == 0 else last + 1 + self.pieces[i - 1][2] - self.piece_ends[i - 1]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalised span [start, end)."""
        if not self.pieces:
            return start, end
        if end <= start:
            pos = self._start(start) if start < len(self.text) else len(self.original)
            return pos, pos
        return self._start(start), self._end(end - 1)


def normalise(text: str) -> NormText:
    """The matching view of a text; cheap when there is nothing to normalise."""
    if not _TRIGGER.search(text) and "--" not in text and "**" not in text:
        return NormText(text, text)
    out: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    piece_ends: list[int] = []
    size = 0  # length of the normalised text so far
    last = 0
    for match in _PATTERN.finditer(text):
        a, b = match.span()
        out.append(text[last:a])
        size += a - last
        token = match.group()
        if token == "~":
            ranged = text[b : b + 1].isdigit() and _NUMBER_END.search(text, max(0, a - 12), a)
            repl = "-" if ranged else " "
        elif token == "--":
            repl = "-"
        elif token.startswith("\\unicode"):
            char = chr(int(token[10:-1], 16))  # '$\unicode{x2013}$': the character named
            repl = _REPLACEMENTS.get(char, char)
        elif token == "\\@" and text[b : b + 1].isdigit():
            repl = "@"  # 'mAP\@0.50' escapes the at sign ('i.i.d.\@ ' only spaces)
        else:
            repl = _REPLACEMENTS.get(token, "")
        out.append(repl)
        pieces.append((size, a, b))
        size += len(repl)
        piece_ends.append(size)
        last = b
    if not pieces:
        return NormText(text, text)
    out.append(text[last:])
    return NormText("".join(out), text, tuple(piece_ends), tuple(pieces))
