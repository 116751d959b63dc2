"""The same extraction as a Dask job: for a corpus that one machine cannot handle.

Each table is written as a folder of Parquet parts (`documents/part.0.parquet`, ...),
every part with the Arrow schema of the local engine's file. The graph:

1. one task per input file reads it (`iter_source_records`, so the same readers, rejects
   and hashes as the local engine) into candidate documents, occurrences and rejects;
   occurrences and rejects are written as they are, one part per file;
2. the candidate documents are shuffled on doc_id, and each doc_id keeps one row: the
   first sighting in (file, record) order, with the fields it lacks taken from the
   first later sighting that has them (what DocumentCollector and patch_documents do
   on one machine): one document per distinct text across all partitions;
3. the documents parts are read back and extract_claims runs on each part.

Reading is parallel across files and a file is read by one task, whole: split a very
large single file into shards (`split -l 200000`, gzip each) to spread its reading and
its memory; extraction is spread over `partitions` parts whatever the input layout.

Dask is an optional extra (`pip install 'benchclaims[dask]'`), imported only here.
Workers of a remote cluster need benchclaims installed and must see the input files
and the output folder at the same paths (a shared file system).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from benchclaims.extract.extractor import extract_claims_safely
from benchclaims.read import Format, iter_source_records, list_inputs
from benchclaims.schema import TABLES, Document, Occurrence, Record, Reject

from .pipeline import Summary, compact_collector
from .tables import PARQUET_OPTIONS, atomic_folder, table_schema, to_table

if TYPE_CHECKING:
    import pandas as pd

_ORDER = ["_file", "_seq"]
"""Columns added to candidate documents: input file index, position in that file."""


class MissingDask(RuntimeError):
    """The dask engine was asked for but Dask is not installed."""


def _require_dask() -> None:
    try:
        import dask  # noqa: F401
        import dask.dataframe  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as err:
        raise MissingDask(
            f"the dask engine needs Dask ({err.name} is not installed): "
            "pip install 'benchclaims[dask]'"
        ) from err


def _frame(name: str, rows: list[Record]) -> pd.DataFrame:
    """Rows as a pandas frame with Arrow dtypes (int64 with nulls, string, not large_string)."""
    import pandas as pd

    return to_table(name, rows).to_pandas(types_mapper=pd.ArrowDtype)


def _meta(name: str, order: bool = False) -> pd.DataFrame:
    """The empty frame of a table (the `meta=` of every Dask map)."""
    import pandas as pd

    frame = _frame(name, [])
    if order:
        for col in _ORDER:
            frame[col] = pd.Series([], dtype=pd.ArrowDtype(pa.int64()))
    return frame


def read_file(
    index: int, path: str, fmt: Format | None
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """One input file: (candidate documents with their order, occurrences, rejects)."""
    import pandas as pd

    collector = compact_collector()
    docs: list[Document] = []
    seqs: list[int] = []
    occs: list[Occurrence] = []
    rejects: list[Reject] = []
    for seq, item in enumerate(iter_source_records([path], fmt)):
        if isinstance(item, Reject):
            rejects.append(item)
            continue
        doc, occ = collector.add(item)
        occs.append(occ)
        if doc is not None:
            docs.append(doc)
            seqs.append(seq)
    if collector.patches:
        docs = [d.model_copy(update=collector.patches.get(d.doc_id, {})) for d in docs]
    frame = _frame("documents", list(docs))
    frame["_file"] = pd.Series([index] * len(docs), dtype=pd.ArrowDtype(pa.int64()))
    frame["_seq"] = pd.Series(seqs, dtype=pd.ArrowDtype(pa.int64()))
    return frame, _frame("occurrences", list(occs)), _frame("rejects", list(rejects))


def first_sightings(part: pd.DataFrame) -> pd.DataFrame:
    """One row per doc_id: its first sighting, fields it lacks filled from later ones."""
    columns = table_schema("documents").names
    if part.empty:
        return part[columns]
    part = part.sort_values(_ORDER, kind="stable")
    first = part.groupby("doc_id", sort=False).first().reset_index()  # first non-null
    return first.sort_values(_ORDER, kind="stable")[columns].reset_index(drop=True)


def claims_frame(part: pd.DataFrame) -> pd.DataFrame:
    """Claims of one part of the documents table."""
    import pandas as pd

    claims = [
        c for doc_id, text in zip(part["doc_id"], part["text"], strict=True)
        for c in extract_claims_safely(str(doc_id), str(text))
    ]
    return to_table("claims", claims).to_pandas(types_mapper=pd.ArrowDtype)


def run(
    inputs: Iterable[str | Path],
    out: Path,
    fmt: Format | None = None,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    partitions: int | None = None,
    extract: bool = True,
    progress: bool = False,
) -> Summary:
    """Read, extract and write the four tables into out, as folders of Parquet parts.

    scheduler: address of a running Dask scheduler (default: a local cluster of
    `workers` single-threaded processes). partitions: parts of the documents and claims
    tables (default: four per worker thread, at least one per input file)."""
    _require_dask()
    import dask
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    started = time.perf_counter()
    files = list_inputs(inputs)
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
            dashboard_address=None,
        )
    client = Client(cluster if cluster is not None else scheduler)
    try:
        nparts = partitions or max(len(files), 4 * max(1, sum(client.nthreads().values())))
        with atomic_folder(out) as tmp:
            parts = [
                dask.delayed(read_file, pure=True)(i, str(path), fmt)
                for i, path in enumerate(files)
            ]

            def table(k: int, meta: pd.DataFrame) -> dd.DataFrame:
                return dd.from_delayed([p[k] for p in parts], meta=meta, verify_meta=False)

            candidates = table(0, _meta("documents", order=True))
            documents = candidates.shuffle(on="doc_id", npartitions=nparts).map_partitions(
                first_sightings, meta=_meta("documents")
            )
            writes = [
                _to_parquet(documents, tmp, "documents"),
                _to_parquet(table(1, _meta("occurrences")), tmp, "occurrences"),
                _to_parquet(table(2, _meta("rejects")), tmp, "rejects"),
            ]
            _compute(client, writes, progress)
            if extract:
                docs = dd.read_parquet(tmp / "documents", columns=["doc_id", "text"])
                claims = docs.map_partitions(claims_frame, meta=_meta("claims"))
                _compute(client, [_to_parquet(claims, tmp, "claims")], progress)
            else:
                (tmp / "claims").mkdir()
                empty = table_schema("claims").empty_table()
                pq.write_table(empty, tmp / "claims" / "part.0.parquet", **PARQUET_OPTIONS)
            summary = _summary(tmp)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _to_parquet(frame: Any, folder: Path, name: str) -> Any:
    """The delayed write of one table: a folder of parts with the derived Arrow schema
    (without schema=, pandas 3 and Dask would write large_string)."""
    return frame.to_parquet(
        folder / name, schema=table_schema(name), write_index=False, compute=False,
        write_metadata_file=False, **PARQUET_OPTIONS,
    )


def _compute(client: Any, writes: list[Any], progress: bool) -> None:
    futures = client.compute(writes)
    if progress and sys.stderr.isatty():
        from distributed import progress as show

        show(futures)
        print(file=sys.stderr)
    client.gather(futures)


def _summary(folder: Path) -> Summary:
    """Counts read back from the written parts."""
    rows = {
        name: sum(pq.ParquetFile(p).metadata.num_rows for p in (folder / name).glob("*.parquet"))
        for name in TABLES
    }
    summary = Summary(
        records=rows["occurrences"] + rows["rejects"], documents=rows["documents"],
        occurrences=rows["occurrences"], rejects=rows["rejects"],
    )
    for name, column, counter in (
        ("claims", "claim_type", summary.claims),
        ("rejects", "reason", summary.reject_reasons),
    ):
        if rows[name]:
            values = pq.read_table(folder / name, columns=[column]).column(column)
            counter.update({c["values"]: c["counts"] for c in pc.value_counts(values).to_pylist()})
    return summary
