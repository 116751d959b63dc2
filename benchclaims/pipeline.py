"""The run: sources → documents and occurrences → claims → four Parquet tables.

Streaming, on one machine: records are read in batches and every batch becomes one
row group of each table as soon as its claims are known, so memory stays flat however
large the input (what grows is the set of distinct document ids seen so far).

With `workers > 1` the extraction runs in a pool of processes, each batch split into
jobs of at most CHUNK documents. The documents in flight are bounded (two batches, or
IN_FLIGHT_PER_WORKER jobs per worker if more): reading waits for extraction instead of
piling batches up in memory, as an unbounded `Pool.imap` read-ahead would. Batches are
cut by the reader alone and results are written in input order, so the files are the
same, byte for byte, for any number of workers.
"""

from __future__ import annotations

import sys
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing import get_context
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.compute as pc

from benchclaims.extract.extractor import extract_claims
from benchclaims.read import DocumentCollector, Format, iter_source_records
from benchclaims.schema import Document, Occurrence, Reject

from .tables import TableWriters, atomic_folder, patch_documents, table_schema, to_table

if TYPE_CHECKING:
    from tqdm import tqdm

BATCH = 2_000
"""Documents per batch (and per Parquet row group); a batch also ends at 4 × BATCH records."""

CHUNK = 250
"""Most documents per job sent to a worker process (a batch is split into such jobs)."""

IN_FLIGHT_PER_WORKER = 2
"""Jobs in flight per worker process: one being extracted, one waiting; at least two
batches are in flight, so workers have work while the main process reads and writes."""


@dataclass
class Summary:
    """What a run read and wrote."""

    records: int = 0
    documents: int = 0
    occurrences: int = 0
    rejects: int = 0
    claims: Counter[str] = field(default_factory=Counter)
    reject_reasons: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

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
        if self.seconds > 0:
            rate = self.records / self.seconds
            lines.append(f"time:         {self.seconds:,.1f} s ({rate:,.0f} records/s)")
        return "\n".join(lines)

    def add_claims(self, claims: pa.Table) -> None:
        """Count the claims of one table by type."""
        if claims.num_rows:
            counts = pc.value_counts(claims.column("claim_type")).to_pylist()
            self.claims.update({c["values"]: c["counts"] for c in counts})


@dataclass(slots=True)
class _Batch:
    """One slice of the input: new documents, all occurrences and rejects of its records."""

    docs: list[Document]
    occs: list[Occurrence]
    rejects: list[Reject]

    @property
    def records(self) -> int:
        return len(self.occs) + len(self.rejects)


def claims_table(docs: list[tuple[str, str]]) -> pa.Table:
    """Claims of (doc_id, text) pairs as an Arrow table (what a worker sends back:
    a table pickles far smaller and faster than a list of models)."""
    return to_table("claims", [c for doc_id, text in docs for c in extract_claims(doc_id, text)])


def _batches(
    inputs: Iterable[str | Path], fmt: Format | None, collector: DocumentCollector, size: int
) -> Iterator[_Batch]:
    batch = _Batch([], [], [])
    for item in iter_source_records(inputs, fmt):
        if isinstance(item, Reject):
            batch.rejects.append(item)
        else:
            doc, occ = collector.add(item)
            batch.occs.append(occ)
            if doc is not None:
                batch.docs.append(doc)
        if len(batch.docs) >= size or batch.records >= 4 * size:
            yield batch
            batch = _Batch([], [], [])
    if batch.records:
        yield batch


def _with_claims(
    batches: Iterator[_Batch], pool: Pool | None, workers: int, extract: bool, batch_size: int
) -> Iterator[tuple[_Batch, pa.Table]]:
    """Each batch with the claims of its new documents, in input order."""
    if not extract:
        empty = table_schema("claims").empty_table()
        for batch in batches:
            yield batch, empty
        return
    if pool is None:
        for batch in batches:
            yield batch, claims_table([(d.doc_id, d.text) for d in batch.docs])
        return
    # A batch goes to the pool in chunks, so that all workers share even one batch.
    chunk = max(1, min(CHUNK, -(-batch_size // workers)))
    limit_docs = max(2 * batch_size, IN_FLIGHT_PER_WORKER * workers * chunk)
    limit_batches = limit_docs // batch_size + 1
    window: deque[tuple[_Batch, list[AsyncResult[pa.Table]]]] = deque()
    in_flight = 0
    for batch in batches:
        pairs = [(d.doc_id, d.text) for d in batch.docs]
        jobs = [
            pool.apply_async(claims_table, (pairs[i : i + chunk],))
            for i in range(0, len(pairs), chunk)
        ]
        window.append((batch, jobs))
        in_flight += len(pairs)
        while in_flight > limit_docs or len(window) > limit_batches:
            done, results = window.popleft()
            in_flight -= len(done.docs)
            yield done, _joined(results)
    while window:
        done, results = window.popleft()
        yield done, _joined(results)


def _joined(results: list[AsyncResult[pa.Table]]) -> pa.Table:
    """The claims of a batch's chunks as one contiguous table (the same bytes in Parquet
    as the single table of an in-process run)."""
    if not results:
        return table_schema("claims").empty_table()
    return pa.concat_tables([r.get() for r in results]).combine_chunks()


class _Writers(TableWriters):
    """The table writers, also taking a ready Arrow table (the claims from a worker)."""

    def write_arrow(self, name: str, table: pa.Table) -> None:
        if table.num_rows:
            self._writers[name].write_table(table)
            self.counts[name] += table.num_rows


def run(
    inputs: Iterable[str | Path],
    out: Path,
    fmt: Format | None = None,
    workers: int = 1,
    progress: bool = False,
    *,
    extract: bool = True,
    batch_size: int = BATCH,
) -> Summary:
    """Read, extract and write the four tables into out (replaced atomically).

    workers: extraction processes (1: all in this process). progress: a tqdm bar on
    stderr when it is a terminal. extract=False reads and writes everything but finds
    no claims: the I/O floor of a run, a benchmarking aid. batch_size: documents per
    row group."""
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    started = time.perf_counter()
    summary = Summary()
    collector = DocumentCollector()
    with atomic_folder(out) as tmp:
        writers = _Writers(tmp)
        pool = get_context("spawn").Pool(workers) if workers > 1 and extract else None
        bar = _progress(progress)
        try:
            batches = _batches(inputs, fmt, collector, batch_size)
            for batch, claims in _with_claims(batches, pool, workers, extract, batch_size):
                _write(writers, summary, batch, claims)
                if bar is not None:
                    bar.update(batch.records)
                    bar.set_postfix(
                        docs=f"{summary.documents:,}", claims=f"{summary.claims.total():,}",
                        refresh=False,
                    )
        finally:
            if pool is not None:
                pool.terminate()
                pool.join()
            if bar is not None:
                bar.close()
            writers.close()
        patch_documents(tmp / "documents.parquet", collector.patches)
    summary.seconds = time.perf_counter() - started
    return summary


def _write(writers: _Writers, summary: Summary, batch: _Batch, claims: pa.Table) -> None:
    writers.write("documents", list(batch.docs))
    writers.write("occurrences", list(batch.occs))
    writers.write("rejects", list(batch.rejects))
    writers.write_arrow("claims", claims)
    summary.records += batch.records
    summary.documents += len(batch.docs)
    summary.occurrences += len(batch.occs)
    summary.rejects += len(batch.rejects)
    summary.add_claims(claims)
    summary.reject_reasons.update(r.reason for r in batch.rejects)


def _progress(enabled: bool) -> tqdm[Any] | None:
    """A bar counting records read, or None when off or stderr is not a terminal."""
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(unit=" docs", unit_scale=True, file=sys.stderr, smoothing=0.1, mininterval=0.5,
                desc="extract")
