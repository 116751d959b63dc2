"""Read a release folder into validated records, grouped the way the page needs them.

Rows go through the pydantic models so the page can rely on the same field
types and constraints as every other consumer of the tables, and so a broken
release fails here with a message instead of producing a misleading page.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import pyarrow.parquet as pq
from pydantic import ValidationError

from benchclaims.schema import Claim, Document, Occurrence, Record, Reject

REQUIRED = ("documents", "claims")
"""Tables without which there is nothing to review; the others are optional."""


class ReleaseError(Exception):
    """The folder is not a readable release; the message says why."""


class NotARelease(ReleaseError):
    """The path is not a release folder at all (a usage error, not bad data)."""


@dataclass(frozen=True)
class Release:
    """The tables of one release, sorted so the page comes out the same every time:
    documents in corpus reading order (first source file, then line), claims by span."""

    documents: list[Document]
    occurrences: dict[str, list[Occurrence]]
    claims: dict[str, list[Claim]]
    rejects: Counter[str] = field(default_factory=Counter)
    missing_tables: tuple[str, ...] = ()

    @property
    def claim_count(self) -> int:
        return sum(len(v) for v in self.claims.values())

    def all_claims(self) -> list[Claim]:
        """Every claim, in page order (document order, then by span)."""
        return [c for d in self.documents for c in self.claims.get(d.doc_id, [])]


R = TypeVar("R", bound=Record)


def _read(path: Path, model: type[R]) -> list[R]:
    """Read one Parquet table and validate each row against its model."""
    try:
        rows = pq.read_table(path).to_pylist()
    except Exception as exc:  # pyarrow raises several unrelated types
        raise ReleaseError(f"cannot read {path}: {exc}") from exc
    out = []
    for i, row in enumerate(rows):
        try:
            out.append(model.model_validate(row))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise ReleaseError(f"{path.name} row {i}: {where}: {first['msg']}") from exc
    return out


def load_release(release_dir: Path) -> Release:
    """Load and group the tables of RELEASE_DIR; raise ReleaseError if it is not a release."""
    if not release_dir.is_dir():
        raise NotARelease(f"{release_dir}: no such directory")
    missing = [t for t in REQUIRED if not (release_dir / f"{t}.parquet").is_file()]
    if missing:
        names = ", ".join(f"{t}.parquet" for t in missing)
        raise NotARelease(f"{release_dir}: not a release folder (no {names})")

    documents = _read(release_dir / "documents.parquet", Document)
    doc_ids = {d.doc_id for d in documents}

    claims: dict[str, list[Claim]] = defaultdict(list)
    for c in _read(release_dir / "claims.parquet", Claim):
        if c.doc_id not in doc_ids:
            raise ReleaseError(f"claim {c.claim_id}: unknown doc_id {c.doc_id}")
        claims[c.doc_id].append(c)
    for group in claims.values():
        group.sort(key=lambda c: (c.span_start, -c.span_end, c.value_start, c.claim_id))

    absent: list[str] = []
    occurrences: dict[str, list[Occurrence]] = defaultdict(list)
    occ_path = release_dir / "occurrences.parquet"
    if occ_path.is_file():
        for o in _read(occ_path, Occurrence):
            occurrences[o.doc_id].append(o)
        for group_o in occurrences.values():
            group_o.sort(key=lambda o: (o.source, o.record, o.char_start))
    else:
        absent.append("occurrences")

    def reading_order(d: Document) -> tuple[bool, str, int, str]:
        """Where a reader meets the document first in the corpus; unplaced ones last."""
        first = occurrences.get(d.doc_id)
        if not first:
            return (True, "", 0, d.doc_id)
        return (False, first[0].source, first[0].record, d.doc_id)

    documents.sort(key=reading_order)

    rejects: Counter[str] = Counter()
    rej_path = release_dir / "rejects.parquet"
    if rej_path.is_file():
        rejects.update(r.reason for r in _read(rej_path, Reject))
    else:
        absent.append("rejects")

    return Release(
        documents=documents,
        occurrences=dict(occurrences),
        claims=dict(claims),
        rejects=rejects,
        missing_tables=tuple(absent),
    )
