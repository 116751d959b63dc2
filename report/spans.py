"""Turn a text plus possibly overlapping highlight ranges into properly nested HTML.

HTML elements must nest, but claim phrases may overlap in any way (a change
inside a delta, two phrases sharing words). Every range must still become
exactly one element, so that the page has one element per claim. Ranges are
therefore laid out in two kinds:

- *boxes* (claims, gold misses): one element each. They are placed in
  priority order; a box that crosses an already placed one is clipped, for
  display only, either to lie beside it or inside it, whichever keeps the
  box's `keep` range (its value span) in view. The result is a laminar family
  of intervals, which nests.
- *leaves* (value and from-value spans): never contain elements, so they may
  be split into several pieces wherever a box boundary falls inside them.

Text is HTML-escaped here and nowhere else, so no path can skip it.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Box:
    """A range to wrap in one element. `keep` is the part to keep visible if clipped."""

    start: int
    end: int
    keep_start: int
    keep_end: int


@dataclass(frozen=True)
class Leaf:
    """A range whose text pieces get wrapped in `open_tag` ... `close_tag`."""

    start: int
    end: int
    open_tag: str
    close_tag: str


def _contains(s: int, e: int, k0: int, k1: int) -> bool:
    return s <= k0 and k1 <= e


def place(boxes: Sequence[Box], length: int) -> list[tuple[int, int]]:
    """Display interval of each box (same order), clipped so that all of them nest.

    Boxes earlier in BOXES win: a later box that crosses an earlier one gives way.
    """
    placed: list[tuple[int, int]] = []
    for b in boxes:
        s = min(max(b.start, 0), length)
        e = min(max(b.end, s), length)
        changed = True
        while changed:
            changed = False
            for ps, pe in placed:
                if ps < s < pe < e:  # starts inside p, ends after it
                    beside, inside = (pe, e), (s, pe)
                elif s < ps < e < pe:  # starts before p, ends inside it
                    beside, inside = (s, ps), (ps, e)
                else:
                    continue
                if _contains(*beside, b.keep_start, b.keep_end) or not _contains(
                    *inside, b.keep_start, b.keep_end
                ):
                    s, e = beside
                else:
                    s, e = inside
                changed = True
        placed.append((s, e))
    return placed


def _text(text: str, a: int, b: int, leaves: Sequence[Leaf]) -> str:
    """Escaped TEXT[a:b], with the pieces inside leaves wrapped in their tags."""
    if a >= b:
        return ""
    cuts = {a, b}
    for lf in leaves:
        if a < lf.start < b:
            cuts.add(lf.start)
        if a < lf.end < b:
            cuts.add(lf.end)
    edges = sorted(cuts)
    out = []
    for x, y in zip(edges, edges[1:], strict=False):
        piece = html.escape(text[x:y])
        covering = [lf for lf in leaves if lf.start <= x and y <= lf.end]
        out.append("".join(lf.open_tag for lf in covering))
        out.append(piece)
        out.append("".join(lf.close_tag for lf in reversed(covering)))
    return "".join(out)


def render(
    text: str,
    boxes: Sequence[Box],
    tag: Callable[[int, tuple[int, int]], tuple[str, str]],
    leaves: Sequence[Leaf] = (),
) -> str:
    """Escaped TEXT with one element per box, nested, and leaves marked inside.

    TAG(i, (start, end)) gives the opening and closing tag of box i given its
    display interval, so the caller can say when a box was clipped.
    """
    spans = place(boxes, len(text))
    order = sorted(range(len(boxes)), key=lambda i: (spans[i][0], -spans[i][1], i))
    out: list[str] = []
    stack: list[tuple[int, str]] = []  # (end, closing tag) of open boxes
    pos = 0
    for i in order:
        s, e = spans[i]
        while stack and stack[-1][0] <= s:
            end, close = stack.pop()
            out.append(_text(text, pos, end, leaves))
            out.append(close)
            pos = end
        if stack and e > stack[-1][0]:  # place() guarantees this cannot happen
            raise AssertionError(f"box {i} {s, e} crosses its parent")
        out.append(_text(text, pos, s, leaves))
        pos = s
        open_tag, close_tag = tag(i, (s, e))
        out.append(open_tag)
        stack.append((e, close_tag))
    while stack:
        end, close = stack.pop()
        out.append(_text(text, pos, end, leaves))
        out.append(close)
        pos = end
    out.append(_text(text, pos, len(text), leaves))
    return "".join(out)
