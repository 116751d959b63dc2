"""Hand-made inline SVG charts: small, dependency-free and byte-for-byte reproducible.

Colours come from CSS classes on the page (`t-change`, `s-0`, ...), so the
charts and the highlighted text share one palette. Bars carry `data-facet`
and `data-value` so that clicking one applies the matching filter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

ROW = 20
LABEL_W = 170
BAR_W = 230
PAD = 6


def _clip(label: str, n: int = 26) -> str:
    return label if len(label) <= n else label[: n - 1] + "\u2026"


def _nice_max(v: int) -> int:
    """The smallest of 1, 2, 5 × 10^k that is at least V, for readable axes."""
    step = 1
    while True:
        for m in (1, 2, 5):
            if m * step >= v:
                return m * step
        step *= 10


@dataclass(frozen=True)
class Bar:
    """One bar of a bar chart."""

    label: str
    count: int
    css: str = "bar"
    facet: str | None = None
    value: str | None = None


def bar_chart(title: str, bars: Sequence[Bar], empty: str = "none") -> str:
    """Horizontal bar chart with labels on the left and counts at the bar ends."""
    if not bars:
        return f'<p class="empty">{escape(title)}: {escape(empty)}</p>'
    top = max(b.count for b in bars) or 1
    height = ROW * len(bars) + 2 * PAD
    width = LABEL_W + BAR_W + 50
    role = "group" if any(b.facet is not None for b in bars) else "img"  # img hides buttons
    out = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="{role}" aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    for i, b in enumerate(bars):
        y = PAD + i * ROW
        w = max(1, round(BAR_W * b.count / top)) if b.count else 0
        attrs = f' class="{escape(b.css)}"'
        if b.facet is not None:
            attrs = (
                f' class="{escape(b.css)} pick" data-facet="{escape(b.facet)}"'
                f' data-value="{escape(b.value if b.value is not None else b.label)}"'
                ' tabindex="0" role="button"'
            )
        out.append(
            f"<g{attrs}><title>{escape(b.label)}: {b.count}</title>"
            f'<text class="lbl" x="{LABEL_W - 6}" y="{y + 14}" text-anchor="end">'
            f"{escape(_clip(b.label))}</text>"
            f'<rect x="{LABEL_W}" y="{y + 3}" width="{w}" height="{ROW - 6}" rx="2"/>'
            f'<text class="num" x="{LABEL_W + w + 4}" y="{y + 14}">{b.count}</text></g>'
        )
    out.append("</svg>")
    return "".join(out)


@dataclass(frozen=True)
class Series:
    """One stacked layer of a histogram."""

    name: str
    css: str
    counts: Sequence[int]


def histogram(title: str, bins: Sequence[str], series: Sequence[Series]) -> str:
    """Vertical stacked histogram over categorical BINS with a legend and a y axis."""
    totals = [sum(s.counts[i] for s in series) for i in range(len(bins))]
    if not any(totals):
        return f'<p class="empty">{escape(title)}: none</p>'
    top = _nice_max(max(totals))
    col, plot_h, left, base = 52, 160, 36, 24
    width = left + col * len(bins) + PAD
    height = plot_h + base + 22 + PAD
    y0 = PAD + 18 + plot_h  # baseline
    out = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    lx = left
    for s in series:  # legend
        out.append(
            f'<rect class="{escape(s.css)}" x="{lx}" y="{PAD}" width="10" height="10"/>'
            f'<text class="lbl" x="{lx + 14}" y="{PAD + 9}">{escape(s.name)}</text>'
        )
        lx += 22 + 7 * len(s.name)
    for frac in (0, 0.5, 1):  # y axis ticks
        y = round(y0 - plot_h * frac)
        out.append(
            f'<line class="grid" x1="{left}" x2="{width - PAD}" y1="{y}" y2="{y}"/>'
            f'<text class="num" x="{left - 4}" y="{y + 4}" text-anchor="end">'
            f"{round(top * frac)}</text>"
        )
    for i, label in enumerate(bins):
        x = left + i * col + 4
        y = y0
        tip = ", ".join(f"{s.name}: {s.counts[i]}" for s in series)
        out.append(f"<g><title>{escape(label)}: {escape(tip)}</title>")
        for s in series:
            h = round(plot_h * s.counts[i] / top)
            if h:
                y -= h
                out.append(
                    f'<rect class="{escape(s.css)}" x="{x}" y="{y}" '
                    f'width="{col - 8}" height="{h}"/>'
                )
        out.append(
            f'<text class="num" x="{x + (col - 8) // 2}" y="{y - 3}" text-anchor="middle">'
            f"{totals[i] or ''}</text>"
            f'<text class="lbl" x="{x + (col - 8) // 2}" y="{y0 + 15}" text-anchor="middle">'
            f"{escape(label)}</text></g>"
        )
    out.append("</svg>")
    return "".join(out)
