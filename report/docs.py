"""One document as HTML: title, provenance, and the abstract with its claims marked.

Each claim becomes one `<mark data-claim-id>` at its exact span (spans.render
does the nesting and the escaping); its fields travel in a `data-tip` JSON
attribute that the page's script shows with textContent, never as markup.
"""

from __future__ import annotations

import json
from html import escape

from benchclaims.schema import Claim, Document, Occurrence

from .fmt import attr, num, show
from .gold import DocGold, GoldClaim, GoldResult, disagreements
from .load import Release
from .spans import Box, Leaf, render
from .summary import key

SEP = " \u00b7 "


def _tip(rows: list[tuple[str, str]]) -> str:
    """The hover card's rows, as a JSON attribute the script shows with textContent."""
    return attr("data-tip", json.dumps(rows, ensure_ascii=False, separators=(",", ":")))


def claim_rows(c: Claim) -> list[tuple[str, str]]:
    """The fields of a claim as (label, text) rows, only those that say something."""
    rows = [("type", c.claim_type), ("value", num(c.value))]
    if c.value_high is not None:
        rows.append(("range", f"{num(c.value)} \u2013 {num(c.value_high)}"))
    if c.from_value is not None:
        rows.append(("from \u2192 to", f"{num(c.from_value)} \u2192 {num(c.value)}"))
    rows += [
        ("unit", show(c.unit)),
        ("qualifier", c.qualifier),
        ("direction", show(c.direction)),
        ("metric", show(c.metric)),
        ("dataset", show(c.dataset)),
        ("subject", show(c.subject)),
        ("baseline", show(c.baseline)),
        ("rule", c.rule),
        ("text", c.claim_text),
        ("id", c.claim_id),
    ]
    return rows


def gold_rows(g: GoldClaim) -> list[tuple[str, str]]:
    """The fields of a missed gold claim as hover-card rows."""
    f = g.fields
    value = show(f.get("value"))
    rows = [("gold", "missed claim"), ("type", show(f.get("claim_type"))), ("value", value)]
    if f.get("value_high") is not None:
        rows.append(("range", f"{value} \u2013 {show(f.get('value_high'))}"))
    if f.get("from_value") is not None:
        rows.append(("from \u2192 to", f"{show(f.get('from_value'))} \u2192 {value}"))
    for k in ("unit", "qualifier", "direction", "metric", "dataset", "subject", "baseline"):
        rows.append((k, show(f.get(k))))
    return rows


def _claim_tag(c: Claim, text: str, shown: tuple[int, int], gold: DocGold | None) -> str:
    """Opening tag of one claim's element, with its filter keys and hover card."""
    classes = ["claim", f"t-{c.claim_type}"]
    rows = claim_rows(c)
    if (shown[0], shown[1]) != (c.span_start, c.span_end):
        classes.append("clipped")
        rows.append(("note", "phrase overlaps another claim; highlight clipped"))
    if text[c.span_start : c.span_end] != c.claim_text:
        classes.append("bad")
        rows.append(("note", "claim_text differs from the text at its span"))
    if gold is not None:
        if c.claim_id in gold.false_alarms:
            classes.append("fa")
            rows.insert(0, ("gold", "false alarm"))
        elif c.claim_id in gold.matches:
            diffs = disagreements(c, gold.matches[c.claim_id])
            classes.append("diff" if diffs else "hit")
            rows.insert(0, ("gold", "matched" + (", fields differ" if diffs else "")))
            rows[1:1] = [("\u2260", d) for d in diffs]
    return (
        f'<mark class="{" ".join(classes)}" tabindex="0"'
        + attr("data-claim-id", c.claim_id)
        + attr("data-type", c.claim_type)
        + attr("data-unit", key(c.unit))
        + attr("data-dataset", key(c.dataset))
        + attr("data-metric", key(c.metric))
        + _tip(rows)
        + ">"
    )


def abstract_html(doc: Document, claims: list[Claim], gold: DocGold | None = None) -> str:
    """The abstract, escaped, with one element per claim and gold misses marked in place."""
    text = doc.text
    boxes = [Box(c.span_start, c.span_end, c.value_start, c.value_end) for c in claims]
    misses = gold.misses if gold else []
    boxes += [Box(g.value_start, g.value_end, g.value_start, g.value_end) for g in misses]
    leaves = []
    for c in claims:
        cid = escape(c.claim_id, quote=True)
        leaves.append(
            Leaf(c.value_start, c.value_end, f'<span class="val" data-value-of="{cid}">', "</span>")
        )
        if c.from_start is not None and c.from_end is not None:
            leaves.append(
                Leaf(
                    c.from_start, c.from_end, f'<span class="from" data-from-of="{cid}">', "</span>"
                )
            )

    def tag(i: int, shown: tuple[int, int]) -> tuple[str, str]:
        if i < len(claims):
            return _claim_tag(claims[i], text, shown, gold), "</mark>"
        miss = misses[i - len(claims)]
        return f'<span class="miss" tabindex="0"{_tip(gold_rows(miss))}>', "</span>"

    return render(text, boxes, tag, leaves)


def _sources(occ: list[Occurrence]) -> str:
    return ", ".join(f"{o.source}:{o.record}" for o in occ)


def doc_html(doc: Document, release: Release, gold: GoldResult | None) -> str:
    """One document: title, provenance line, and the highlighted abstract."""
    claims = release.claims.get(doc.doc_id, [])
    occ = release.occurrences.get(doc.doc_id, [])
    dg = gold.docs.get(doc.doc_id) if gold else None
    meta = [f"<code>{escape(doc.doc_id)}</code>"]
    if occ:
        meta.append(f'<span class="src">{escape(_sources(occ))}</span>')
    for name in ("published", "organisation"):
        value = getattr(doc, name)
        if value is not None:
            meta.append(escape(str(value)))
    if doc.authors is not None:
        meta.append(f"{doc.authors} authors")
    if doc.upvotes is not None:
        meta.append(f"{doc.upvotes} upvotes")
    meta.append(f"{len(claims)} claim{'' if len(claims) == 1 else 's'}")
    gold_flags = []
    if dg is not None:
        gold_flags.append("scored")
        if dg.misses:
            gold_flags.append("miss")
            meta.append(f'<span class="badge miss-b">{len(dg.misses)} missed</span>')
        if dg.false_alarms:
            gold_flags.append("fa")
            meta.append(
                f'<span class="badge fa-b">{len(dg.false_alarms)} false alarm'
                f"{'' if len(dg.false_alarms) == 1 else 's'}</span>"
            )
    title = escape(doc.title) if doc.title else '<span class="untitled">(no title)</span>'
    sources = sorted({o.source for o in occ})
    return (
        f'<article class="doc" id="doc-{escape(doc.doc_id)}"'
        + attr("data-doc-id", doc.doc_id)
        + attr("data-n", str(len(claims)))
        + attr("data-sources", json.dumps(sources, ensure_ascii=False))
        + attr("data-gold", " ".join(gold_flags))
        + f'><h3>{title}</h3><p class="meta">{SEP.join(meta)}</p>'
        f'<p class="abstract">{abstract_html(doc, claims, dg)}</p></article>'
    )
