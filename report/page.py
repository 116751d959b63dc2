"""Assemble the review page: one self-contained, reproducible HTML string.

Everything from the corpus goes through `html.escape` (text via spans.render,
attributes via fmt.attr), and a Content-Security-Policy that admits only the
page's own inline script and style (by hash) backs that up: even a missed
escape could not run a script or fetch anything. No timestamps, and every
list has a total order, so the same release gives the same bytes.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape
from importlib.resources import files

from . import charts
from .docs import doc_html
from .gold import GoldResult
from .load import Release
from .summary import DELTA_BINS, TYPES, Summary, key, label, ranked, summarise

ASSETS = files("benchclaims.report")  # style.css and script.js, package data


def _asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


def _select(ident: str, facet: str, any_label: str, items: list[tuple[str | None, int]]) -> str:
    opts = [f'<option value="">{escape(any_label)}</option>']
    for v, n in items:
        opts.append(f'<option value="{escape(key(v))}">{escape(label(v))} ({n})</option>')
    return (
        f'<label>{escape(facet)} <select id="{ident}" data-facet="{facet}">'
        + "".join(opts)
        + "</select></label>"
    )


def filters_html(release: Release, gold: GoldResult | None) -> str:
    """The search box and facet selects, with counts of claims per option."""
    claims = release.all_claims()
    type_counts = ranked(c.claim_type for c in claims)
    by_type = dict(type_counts)
    parts = [
        '<form id="filters" role="search" autocomplete="off">',
        '<label class="q">search <input type="search" id="q" '
        'placeholder="title, text, doc id or source"></label>',
        _select("f-type", "type", "any type", [(t, by_type.get(t, 0)) for t in TYPES]),
        _select("f-unit", "unit", "any unit", ranked(c.unit for c in claims)),
        _select("f-dataset", "dataset", "any dataset", ranked(c.dataset for c in claims)),
        _select("f-metric", "metric", "any metric", ranked(c.metric for c in claims)),
        _select(
            "f-source",
            "source",
            "any source",
            ranked(o.source for occ in release.occurrences.values() for o in occ),
        ),
        '<label>claims <select id="f-claims"><option value="">any</option>'
        '<option value="some">with claims</option><option value="none">without claims</option>'
        "</select></label>",
    ]
    if gold is not None:
        parts.append(
            '<label>gold <select id="f-gold"><option value="">any</option>'
            '<option value="scored">in gold set</option>'
            '<option value="miss">with misses</option>'
            '<option value="fa">with false alarms</option></select></label>'
        )
    parts.append('<button type="reset" id="reset">clear</button>')
    n = len(release.documents)
    parts.append(f'<output id="shown" aria-live="polite">{n} documents</output>')
    parts.append("</form>")
    return "".join(parts)


def _pct(v: float | None) -> str:
    return "\u2014" if v is None else f"{100 * v:.1f}%"


def summary_html(s: Summary, gold: GoldResult | None) -> str:
    """The opening section: headline counts and the charts."""
    stats = "".join(f"<div><dt>{escape(k)}</dt><dd>{escape(v)}</dd></div>" for k, v in s.overview)
    cards = [
        ("Claims by type", charts.bar_chart("Claims by type", s.by_type)),
        ("Claims by unit", charts.bar_chart("Claims by unit", s.by_unit)),
        (
            "Deltas",
            charts.histogram("Delta claims by amount", DELTA_BINS, s.delta_series)
            + f'<p class="note">{escape(s.delta_note)}</p>',
        ),
        ("Top datasets", charts.bar_chart("Top datasets", s.datasets)),
        ("Top metrics", charts.bar_chart("Top metrics", s.metrics)),
        ("Claims by rule", charts.bar_chart("Claims by rule", s.rules)),
    ]
    out = [f'<section id="summary"><h2>Summary</h2><dl class="stats">{stats}</dl>']
    if gold is not None:
        out.append(gold_html(gold))
    out.append('<div class="cards">')
    for title, body in cards:
        out.append(f'<div class="card"><h3>{escape(title)}</h3>{body}</div>')
    out.append("</div></section>")
    return "".join(out)


def gold_html(g: GoldResult) -> str:
    rows = [
        ("gold file", g.name),
        ("documents scored", str(len(g.docs))),
        ("gold claims", str(g.gold_claims)),
        ("matched", str(g.true_positives)),
        ("missed", str(g.misses)),
        ("false alarms", str(g.false_positives)),
        ("precision", _pct(g.precision)),
        ("recall", _pct(g.recall)),
        ("F1", _pct(g.f1)),
    ]
    body = "".join(f"<div><dt>{escape(k)}</dt><dd>{escape(v)}</dd></div>" for k, v in rows)
    out = f'<div id="gold"><h3>Against the gold set</h3><dl class="stats">{body}</dl>'
    if g.unfound:
        out += (
            f'<p class="note">{len(g.unfound)} gold document(s) not found in the release by '
            f"text: {escape(', '.join(g.unfound))}</p>"
        )
    return out + "</div>"


LEGEND = (
    '<p class="legend">'
    + "".join(f'<mark class="claim t-{t}">{t}</mark> ' for t in TYPES)
    + '<span class="val">value</span> <span class="from">from-value</span> '
    '<mark class="claim t-delta clipped">clipped</mark> '
    "\u2014 hover or focus a claim for its fields.</p>"
)
GOLD_LEGEND = (
    '<p class="legend"><mark class="claim t-result hit">matched</mark> '
    '<mark class="claim t-result diff">fields differ</mark> '
    '<mark class="claim t-result fa">false alarm</mark> '
    '<span class="miss">missed</span></p>'
)


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_page(release: Release, gold: GoldResult | None = None) -> str:
    """The whole page for RELEASE, optionally checked against GOLD."""
    css, js = _asset("style.css"), _asset("script.js")
    csp = (
        "default-src 'none'; img-src data:; "
        f"style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; "
        "base-uri 'none'; form-action 'none'"
    )
    heading = "benchclaims release review"
    docs = "\n".join(doc_html(d, release, gold) for d in release.documents)
    missing = ""
    if release.missing_tables:
        missing = (
            '<p class="note">Not in this folder: '
            + escape(", ".join(f"{t}.parquet" for t in release.missing_tables))
            + "</p>"
        )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(heading)}</title>\n"
        f"<style>{css}</style></head>\n"
        f"<body><header><h1>{escape(heading)}</h1>{missing}</header>\n<main>\n"
        f"{summary_html(summarise(release), gold)}\n"
        '<section id="browse"><h2>Documents</h2>\n'
        f"{filters_html(release, gold)}\n{LEGEND}{GOLD_LEGEND if gold else ''}\n"
        f'<div id="docs">\n{docs}\n</div>'
        '<p id="nothing" hidden>No document matches these filters.</p></section>\n'
        '</main><div id="tip" role="tooltip" hidden></div>\n'
        f"<script>{js}</script></body></html>\n"
    )
