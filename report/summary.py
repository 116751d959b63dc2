"""The numbers behind the page's opening summary, kept apart from how they are drawn."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from benchclaims.schema import Claim

from .charts import Bar, Series
from .load import Release

TYPES = ("change", "delta", "result", "ratio")
NULL_KEY = "\u2205"
"""Filter value standing for a null field (no unit, no dataset, ...)."""
NULL_LABEL = "(none)"

DELTA_UNITS = ("%", "pp", "points")
"""Units whose delta values are comparable enough to share one histogram."""
DELTA_EDGES = (1, 2, 5, 10, 20, 50, 100)
_PAIRS = zip(DELTA_EDGES, DELTA_EDGES[1:], strict=False)
DELTA_BINS = ("<1", *(f"{a}\u2013{b}" for a, b in _PAIRS), f"\u2265{DELTA_EDGES[-1]}")

TOP = 15


def key(v: str | None) -> str:
    """Filter key of a field value."""
    return NULL_KEY if v is None else v


def label(v: str | None) -> str:
    return NULL_LABEL if v is None else v


def ranked(values: Iterable[str | None], top: int | None = None) -> list[tuple[str | None, int]]:
    """Values by falling count, ties by name (nulls last), so the order is reproducible."""
    counts = Counter(values)
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] is None, kv[0] or ""))
    return items[:top] if top else items


@dataclass(frozen=True)
class Summary:
    """Everything the summary section shows."""

    overview: list[tuple[str, str]]
    by_type: list[Bar]
    by_unit: list[Bar]
    delta_series: list[Series]
    delta_note: str
    datasets: list[Bar]
    metrics: list[Bar]
    rules: list[Bar]


def _delta_bin(v: float) -> int:
    v = abs(v)
    for i, edge in enumerate(DELTA_EDGES):
        if v < edge:
            return i
    return len(DELTA_EDGES)


def _facet_bars(facet: str, values: Iterable[str | None], top: int | None = TOP) -> list[Bar]:
    return [Bar(label(v), n, "bar", facet, key(v)) for v, n in ranked(values, top)]


def summarise(release: Release) -> Summary:
    """Compute the summary of RELEASE."""
    claims: list[Claim] = release.all_claims()
    type_counts = Counter(c.claim_type for c in claims)
    sources = {o.source for occ in release.occurrences.values() for o in occ}
    versions = sorted({c.extractor_version for c in claims})
    overview = [
        ("documents", str(len(release.documents))),
        ("with claims", str(sum(1 for d in release.documents if release.claims.get(d.doc_id)))),
        ("claims", str(len(claims))),
        ("occurrences", str(sum(len(v) for v in release.occurrences.values()))),
        ("sources", str(len(sources))),
        ("rejects", str(sum(release.rejects.values()))),
        ("extractor", ", ".join(versions) or "\u2014"),
    ]

    deltas = [c for c in claims if c.claim_type == "delta"]
    series = []
    for i, unit in enumerate(DELTA_UNITS):
        counts = [0] * len(DELTA_BINS)
        for c in deltas:
            if c.unit == unit:
                counts[_delta_bin(c.value)] += 1
        series.append(Series(unit, f"s-{i}", counts))
    others = ranked(c.unit for c in deltas if c.unit not in DELTA_UNITS)
    shown = sum(sum(s.counts) for s in series)
    note = f"{shown} of {len(deltas)} delta claims, by size of the stated amount."
    if others:
        rest = ", ".join(f"{label(u)} ({n})" for u, n in others[:6])
        more = ", \u2026" if len(others) > 6 else ""
        note += f" Not shown, other units: {rest}{more}."

    return Summary(
        overview=overview,
        by_type=[Bar(t, type_counts[t], f"t-{t}", "type", t) for t in TYPES],
        by_unit=_facet_bars("unit", (c.unit for c in claims), 12),
        delta_series=series,
        delta_note=note,
        datasets=_facet_bars("dataset", (c.dataset for c in claims if c.dataset)),
        metrics=_facet_bars("metric", (c.metric for c in claims if c.metric)),
        rules=[Bar(r or "", n) for r, n in ranked((c.rule for c in claims), TOP)],
    )
