"""The run: sources → documents and occurrences → claims → four Parquet tables."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from benchclaims.extract.extractor import extract_claims
from benchclaims.read import DocumentCollector, Format, iter_source_records
from benchclaims.schema import Claim, Document, Occurrence, Record, Reject

from .tables import TableWriters, atomic_folder, patch_documents

BATCH = 2_000


@dataclass
class Summary:
    """What a run read and wrote."""

    records: int = 0
    documents: int = 0
    occurrences: int = 0
    rejects: int = 0
    claims: Counter[str] = field(default_factory=Counter)
    reject_reasons: Counter[str] = field(default_factory=Counter)

    def render(self) -> str:
        lines = [
            f"records read: {self.records:,} (occurrences {self.occurrences:,} "
            f"+ rejects {self.rejects:,})",
            f"documents:    {self.documents:,}",
            f"occurrences:  {self.occurrences:,}",
            f"claims:       {sum(self.claims.values()):,} ("
            + ", ".join(f"{k} {v:,}" for k, v in sorted(self.claims.items()))
            + ")",
            f"rejects:      {self.rejects:,}"
            + (
                " (" + ", ".join(f"{k} {v:,}" for k, v in sorted(self.reject_reasons.items())) + ")"
                if self.reject_reasons
                else ""
            ),
        ]
        return "\n".join(lines)


def _extract_batch(docs: list[tuple[str, str]]) -> list[list[Claim]]:
    return [extract_claims(doc_id, text) for doc_id, text in docs]


def _batches(
    inputs: Iterable[str | Path], fmt: Format | None, summary: Summary, collector: DocumentCollector
) -> Iterator[tuple[list[Document], list[Occurrence], list[Reject]]]:
    docs: list[Document] = []
    occs: list[Occurrence] = []
    rejects: list[Reject] = []
    for item in iter_source_records(inputs, fmt):
        summary.records += 1
        if isinstance(item, Reject):
            rejects.append(item)
        else:
            doc, occ = collector.add(item)
            occs.append(occ)
            if doc is not None:
                docs.append(doc)
        if len(docs) >= BATCH or len(occs) >= 4 * BATCH:
            yield docs, occs, rejects
            docs, occs, rejects = [], [], []
    if docs or occs or rejects:
        yield docs, occs, rejects


def run(
    inputs: Iterable[str | Path],
    out: Path,
    fmt: Format | None = None,
    workers: int = 1,
    progress: bool = False,
) -> Summary:
    """Read, extract and write the four tables into out (replaced atomically)."""
    summary = Summary()
    collector = DocumentCollector()
    with atomic_folder(out) as tmp:
        writers = TableWriters(tmp)
        pool = get_context("spawn").Pool(workers) if workers > 1 else None
        bar = _progress(progress)
        try:
            batches = _batches(inputs, fmt, summary, collector)
            for docs, occs, rejects, claims in _with_claims(batches, pool):
                _write(writers, summary, docs, occs, rejects, claims)
                if bar is not None:
                    bar.update(len(occs) + len(rejects))
        finally:
            if pool is not None:
                pool.terminate()
            if bar is not None:
                bar.close()
            writers.close()
        patch_documents(tmp / "documents.parquet", collector.patches)
    return summary


def _with_claims(
    batches: Iterator[tuple[list[Document], list[Occurrence], list[Reject]]], pool: object
) -> Iterator[tuple[list[Document], list[Occurrence], list[Reject], list[Claim]]]:
    if pool is None:
        for docs, occs, rejects in batches:
            claims = [c for cs in _extract_batch([(d.doc_id, d.text) for d in docs]) for c in cs]
            yield docs, occs, rejects, claims
        return
    pending: list[tuple[list[Document], list[Occurrence], list[Reject]]] = []

    def jobs() -> Iterator[list[tuple[str, str]]]:
        for docs, occs, rejects in batches:
            pending.append((docs, occs, rejects))
            yield [(d.doc_id, d.text) for d in docs]

    for result in pool.imap(_extract_batch, jobs()):  # type: ignore[attr-defined]
        docs, occs, rejects = pending.pop(0)
        yield docs, occs, rejects, [c for cs in result for c in cs]


def _write(
    writers: TableWriters,
    summary: Summary,
    docs: list[Document],
    occs: list[Occurrence],
    rejects: list[Reject],
    claims: list[Claim],
) -> None:
    tables: dict[str, list[Record]] = {
        "documents": list(docs), "occurrences": list(occs), "rejects": list(rejects),
        "claims": list(claims),
    }
    for name, rows in tables.items():
        writers.write(name, rows)
    summary.documents += len(docs)
    summary.occurrences += len(occs)
    summary.rejects += len(rejects)
    summary.claims.update(c.claim_type for c in claims)
    summary.reject_reasons.update(r.reason for r in rejects)


def _progress(enabled: bool):  # type: ignore[no-untyped-def]
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(unit=" records", file=sys.stderr, smoothing=0.1)
