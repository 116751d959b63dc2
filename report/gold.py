"""Compare the release's claims with a gold file, so the page can mark errors in place.

Follows "How extraction is scored" in ANNOTATION.md: a prediction matches a
gold claim of the same document when their value spans overlap; each gold
claim matches at most one prediction (and each prediction at most one gold
claim). Unmatched non-optional gold claims are misses; predictions that
overlap no gold claim at all are false alarms. Gold documents are found in
the release by their exact text, since gold and release ids are made apart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchclaims.schema import Claim

from .fmt import show
from .load import Release, ReleaseError

COMPARED = ("claim_type", "value", "value_high", "from_value", "unit", "qualifier", "direction")
"""Fields whose disagreement with the matched gold claim is shown on the claim."""


@dataclass(frozen=True)
class GoldClaim:
    """One gold claim: its value span and the fields the page shows."""

    value_start: int
    value_end: int
    fields: dict[str, Any]
    optional: bool


@dataclass
class DocGold:
    """The outcome of matching one scored document."""

    misses: list[GoldClaim] = field(default_factory=list)
    false_alarms: set[str] = field(default_factory=set)
    matches: dict[str, GoldClaim] = field(default_factory=dict)


@dataclass
class GoldResult:
    """Per-document outcomes plus the totals shown in the summary."""

    name: str
    docs: dict[str, DocGold]
    unfound: list[str]
    gold_claims: int = 0
    true_positives: int = 0
    false_positives: int = 0
    misses: int = 0

    @property
    def precision(self) -> float | None:
        n = self.true_positives + self.false_positives
        return self.true_positives / n if n else None

    @property
    def recall(self) -> float | None:
        n = self.true_positives + self.misses
        return self.true_positives / n if n else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def read_gold(path: Path) -> list[dict[str, Any]]:
    """Read a gold JSON Lines file; raise ReleaseError on malformed lines."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ReleaseError(f"cannot read gold file {path}: {exc.strerror}") from exc
    docs = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
            if not isinstance(doc.get("text"), str) or not isinstance(doc.get("claims"), list):
                raise ValueError("needs 'text' and 'claims'")
        except (ValueError, AttributeError) as exc:
            raise ReleaseError(f"{path.name} line {n}: {exc}") from exc
        docs.append(doc)
    return docs


def _gold_claim(raw: dict[str, Any]) -> GoldClaim:
    fields = {k: raw.get(k) for k in (*COMPARED, "metric", "dataset", "subject", "baseline")}
    fields["claim_type"] = raw.get("type")  # gold files call it 'type'
    return GoldClaim(
        value_start=int(raw["value_start"]),
        value_end=int(raw["value_end"]),
        fields=fields,
        optional=bool(raw.get("optional", False)),
    )


def match_doc(claims: list[Claim], gold: list[GoldClaim]) -> DocGold:
    """Match one document's predictions with its gold claims (greedy by position)."""
    out = DocGold()
    taken: set[str] = set()
    for g in sorted(gold, key=lambda g: (g.value_start, g.value_end)):
        best: Claim | None = None
        best_key: tuple[int, int] | None = None
        for c in claims:
            if c.claim_id in taken:
                continue
            ov = _overlap(c.value_start, c.value_end, g.value_start, g.value_end)
            if ov and (best_key is None or (-ov, c.value_start) < best_key):
                best, best_key = c, (-ov, c.value_start)
        if best is not None:
            taken.add(best.claim_id)
            out.matches[best.claim_id] = g
        elif not g.optional:
            out.misses.append(g)
    for c in claims:
        if c.claim_id not in taken and not any(
            _overlap(c.value_start, c.value_end, g.value_start, g.value_end) for g in gold
        ):
            out.false_alarms.add(c.claim_id)
    return out


def score(release: Release, gold_path: Path) -> GoldResult:
    """Match every gold document found in the release and total the outcome."""
    by_text = {d.text: d.doc_id for d in release.documents}
    result = GoldResult(name=gold_path.name, docs={}, unfound=[])
    for raw in read_gold(gold_path):
        doc_id = by_text.get(raw["text"])
        gold = [_gold_claim(c) for c in raw["claims"]]
        if doc_id is None:
            result.unfound.append(str(raw.get("doc_id", "?")))
            continue
        doc = match_doc(release.claims.get(doc_id, []), gold)
        result.docs[doc_id] = doc
        result.gold_claims += sum(not g.optional for g in gold)
        result.true_positives += sum(not g.optional for g in doc.matches.values())
        result.false_positives += len(doc.false_alarms)
        result.misses += len(doc.misses)
    result.unfound.sort()
    return result


def disagreements(claim: Claim, gold: GoldClaim) -> list[str]:
    """Compared fields where the claim differs from its gold match, as 'field: ours ≠ gold'."""
    out = []
    for k in COMPARED:
        ours, theirs = getattr(claim, k), gold.fields.get(k)
        if isinstance(ours, float) and isinstance(theirs, int | float):
            same = abs(ours - theirs) <= 1e-6 * max(1.0, abs(theirs))
        else:
            same = ours == theirs
        if not same:
            out.append(f"{k}: {show(ours)} \u2260 {show(theirs)}")
    return out
