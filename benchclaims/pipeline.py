"""The run: sources → documents and occurrences → claims → four Parquet tables.

Streaming, on one machine: records are read in batches and every batch becomes one
row group of each table as soon as its claims are known, so memory stays flat however
large the input. What grows is the set of distinct document ids seen so far, kept in a
compact table (about 20 bytes per document; see CompactIds).

With `workers > 1` the extraction runs in a pool of processes (processes.py), each batch
split into jobs of at most CHUNK documents. The documents in flight are bounded (two
batches, or IN_FLIGHT_PER_WORKER jobs per worker if more): reading waits for extraction
instead of piling batches up in memory, as an unbounded `Pool.imap` read-ahead would.
Batches are cut by the reader alone and results are written in input order, so the files
are the same, byte for byte, for any number of workers.
"""

from __future__ import annotations

import re
import sys
import time
from array import array
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from benchclaims.read import DocumentCollector, Format, iter_source_records
from benchclaims.schema import CLAIM_COLUMNS, Document, Occurrence, Reject

from . import processes
from .processes import ClaimRow
from .tables import TableWriters, atomic_folder, patch_documents, table_schema

if TYPE_CHECKING:
    from tqdm import tqdm

BATCH = 2_000
"""Documents per batch (and per Parquet row group); a batch also ends at 4 × BATCH records."""

CHUNK = 250
"""Most documents per job sent to a worker process (a batch is split into such jobs)."""

Submit = Callable[[list[tuple[str, str]]], "Future[list[ClaimRow]]"]
"""Sends (doc_id, text) pairs to a worker; the future gives their claim rows."""

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

@dataclass(slots=True)
class _Batch:
    """One slice of the input: new documents, all occurrences and rejects of its records,
    and (with workers) the extraction jobs of its documents, sent while it was read."""

    docs: list[Document] = field(default_factory=list)
    occs: list[Occurrence] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    jobs: list[Future[list[ClaimRow]]] = field(default_factory=list)
    sent: int = 0  # documents already in jobs

    @property
    def records(self) -> int:
        return len(self.occs) + len(self.rejects)

    def send(self, submit: Submit) -> None:
        """Hand the documents not yet sent to the workers, as one job."""
        if len(self.docs) > self.sent:
            pairs = [(d.doc_id, d.text) for d in self.docs[self.sent :]]
            self.jobs.append(submit(pairs))
            self.sent = len(self.docs)


_CLAIM_TYPE = CLAIM_COLUMNS.index("claim_type")


def claims_table(rows: list[ClaimRow]) -> pa.Table:
    """Claim tuples as an Arrow table with the derived schema, built column by column."""
    schema = table_schema("claims")
    if schema.names != list(CLAIM_COLUMNS):
        raise AssertionError("claims schema and Claim model disagree on the columns")
    if not rows:
        return schema.empty_table()
    columns = zip(*rows, strict=True)
    arrays = [pa.array(col, type=f.type) for col, f in zip(columns, schema, strict=True)]
    return pa.Table.from_arrays(arrays, schema=schema)


_HEX16 = re.compile(r"[0-9a-f]{16}").fullmatch


class CompactIds:
    """doc_id → field bit mask, the memory of DocumentCollector, in about 20 bytes per
    document instead of about 100 for a dict of strings (96 MB per million documents,
    290 MB for the 2.8M abstracts of the arXiv snapshot).

    An open-addressing table of the 64-bit doc_ids (16 hex digits of a SHA-1, so their
    low bits are already uniform) with a byte per slot for the mask; the `get` and item
    assignment that DocumentCollector uses on its dict. Ids of another shape go to a
    plain dict."""

    __slots__ = ("_keys", "_mask", "_other", "_size", "_vals")

    def __init__(self, capacity: int = 1 << 16) -> None:
        if capacity & (capacity - 1):
            raise ValueError("capacity must be a power of two")
        self._keys = array("Q", bytes(8 * capacity))
        self._vals = bytearray(capacity)  # mask + 1; 0: empty slot
        self._mask = capacity - 1
        self._size = 0
        self._other: dict[str, int] = {}

    def __len__(self) -> int:
        return self._size + len(self._other)

    def _slot(self, key: int) -> int:
        keys, vals, mask = self._keys, self._vals, self._mask
        i = key & mask
        while vals[i] and keys[i] != key:
            i = (i + 1) & mask
        return i

    def get(self, doc_id: str, default: int | None = None) -> int | None:
        if not _HEX16(doc_id):
            return self._other.get(doc_id, default)
        value = self._vals[self._slot(int(doc_id, 16))]
        return value - 1 if value else default

    def __setitem__(self, doc_id: str, value: int) -> None:
        if not 0 <= value < 255:
            raise ValueError(f"mask out of range: {value}")
        if not _HEX16(doc_id):
            self._other[doc_id] = value
            return
        key = int(doc_id, 16)
        i = self._slot(key)
        if not self._vals[i]:
            self._size += 1
        self._keys[i], self._vals[i] = key, value + 1
        if 2 * self._size > len(self._vals):
            self._grow()

    def _grow(self) -> None:
        keys, vals = self._keys, self._vals
        capacity = 2 * len(vals)
        self._keys, self._vals = array("Q", bytes(8 * capacity)), bytearray(capacity)
        self._mask = capacity - 1
        for key, value in zip(keys, vals, strict=True):
            if value:
                i = self._slot(key)
                self._keys[i], self._vals[i] = key, value


def compact_collector() -> DocumentCollector:
    """A DocumentCollector whose memory of seen documents is a CompactIds. (It swaps the
    collector's private dict for an object with the same protocol; test_engines checks
    that the swap still takes. read/ could take the store as a parameter instead.)"""
    collector = DocumentCollector()
    if type(getattr(collector, "_known", None)) is dict and not collector._known:
        collector._known = CompactIds()  # type: ignore[assignment]
    return collector


def _batches(
    inputs: Iterable[str | Path],
    fmt: Format | None,
    collector: DocumentCollector,
    size: int,
    submit: Submit | None = None,
    chunk: int = CHUNK,
) -> Iterator[_Batch]:
    """The input in batches of `size` new documents (or 4 × size records); with submit,
    every `chunk` new documents go to the workers as soon as they are read."""
    batch = _Batch()
    for item in iter_source_records(inputs, fmt):
        if isinstance(item, Reject):
            batch.rejects.append(item)
        else:
            doc, occ = collector.add(item)
            batch.occs.append(occ)
            if doc is not None:
                batch.docs.append(doc)
                if submit is not None and len(batch.docs) - batch.sent >= chunk:
                    batch.send(submit)
        if len(batch.docs) >= size or batch.records >= 4 * size:
            if submit is not None:
                batch.send(submit)
            yield batch
            batch = _Batch()
    if batch.records:
        if submit is not None:
            batch.send(submit)
        yield batch


def _with_claims(
    batches: Iterator[_Batch], parallel: bool, workers: int, extract: bool, batch_size: int
) -> Iterator[tuple[_Batch, list[ClaimRow]]]:
    """Each batch with the claims of its new documents, in input order. In parallel, the
    jobs were sent while the batches were read; the documents in flight are bounded, so
    reading waits for the workers instead of running ahead of them."""
    if not extract:
        for batch in batches:
            yield batch, []
        return
    if not parallel:
        for batch in batches:
            yield batch, processes.extract([(d.doc_id, d.text) for d in batch.docs])
        return
    limit_docs = max(2 * batch_size, IN_FLIGHT_PER_WORKER * workers * _chunk(batch_size, workers))
    limit_batches = limit_docs // batch_size + 1
    window: deque[_Batch] = deque()
    in_flight = 0
    for batch in batches:
        window.append(batch)
        in_flight += len(batch.docs)
        while in_flight > limit_docs or len(window) > limit_batches:
            done = window.popleft()
            in_flight -= len(done.docs)
            yield done, [row for job in done.jobs for row in job.result()]
    while window:
        done = window.popleft()
        yield done, [row for job in done.jobs for row in job.result()]


def _chunk(batch_size: int, workers: int) -> int:
    """Documents per job: CHUNK, less if a batch would not give every worker one."""
    return max(1, min(CHUNK, -(-batch_size // workers)))


class _Writers(TableWriters):
    """The table writers, also taking a ready Arrow table."""

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
    collector = compact_collector()
    with atomic_folder(out) as tmp:
        writers = _Writers(tmp)
        pool = None
        if workers > 1 and extract:
            pool = processes.start(workers)
        bar = _progress(progress)
        ok = False
        try:
            submit = _submitter(pool) if pool is not None else None
            chunk = _chunk(batch_size, workers)
            batches = _batches(inputs, fmt, collector, batch_size, submit, chunk)
            parallel = pool is not None
            for batch, claims in _with_claims(batches, parallel, workers, extract, batch_size):
                _write(writers, summary, batch, claims)
                if bar is not None:
                    bar.update(batch.records)
                    bar.set_postfix(
                        docs=f"{summary.documents:,}", claims=f"{summary.claims.total():,}",
                        refresh=False,
                    )
            ok = True
        finally:
            if pool is not None:
                pool.shutdown(wait=ok, cancel_futures=True)
            if bar is not None:
                bar.close()
            writers.close()
        patch_documents(tmp / "documents.parquet", collector.patches)
    summary.seconds = time.perf_counter() - started
    return summary


def _submitter(pool: ProcessPoolExecutor) -> Submit:
    def submit(pairs: list[tuple[str, str]]) -> Future[list[ClaimRow]]:
        return pool.submit(processes.extract, pairs)

    return submit


def _write(writers: _Writers, summary: Summary, batch: _Batch, claims: list[ClaimRow]) -> None:
    writers.write("documents", list(batch.docs))
    writers.write("occurrences", list(batch.occs))
    writers.write("rejects", list(batch.rejects))
    writers.write_arrow("claims", claims_table(claims))
    summary.records += batch.records
    summary.documents += len(batch.docs)
    summary.occurrences += len(batch.occs)
    summary.rejects += len(batch.rejects)
    summary.claims.update(str(row[_CLAIM_TYPE]) for row in claims)
    summary.reject_reasons.update(r.reason for r in batch.rejects)


def _progress(enabled: bool) -> tqdm[Any] | None:
    """A bar counting records read, or None when off or stderr is not a terminal."""
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(unit=" docs", unit_scale=True, file=sys.stderr, smoothing=0.1, mininterval=0.5,
                desc="extract")
