"""The same extraction as a Dask job: for a corpus that one machine cannot handle.

Each table is written as a folder of Parquet parts (`documents/part.0.parquet`, ...),
every part with the Arrow schema of the local engine's file. The job:

1. on the client, each input file's format is detected and an uncompressed JSON Lines
   or one-per-line file is cut into byte-range shards of about `shard_bytes`, each cut
   just after a b"\\n" (`shard_bounds`: only the bytes near each cut are read), so that
   one large file (the arXiv snapshot: millions of lines, gigabytes) is read by many
   tasks, each holding one shard. Listing pages (a record spans lines) and gzipped
   files (no seeking) are not cut: one task reads each whole;
2. a row keeps the numbers of the whole file (line number, character offsets, the
   file's SHA-256), so one task per file hashes it, and one task per shard but the last
   counts its lines and decoded characters (`count_range`); the client sums these into
   where each shard starts (`place_shards`);
3. one task per shard (or unsplit file) reads it (`read_source`: the local engine's
   readers, rejects and offsets) into candidate documents, occurrences and rejects;
   occurrences and rejects are written as they are, one part per task;
4. the candidate documents are shuffled on doc_id, and each doc_id keeps one row: the
   first sighting in (file, record) order, with the fields it lacks taken from the
   first later sighting that has them (what DocumentCollector and patch_documents do
   on one machine): one document per distinct text across all partitions;
5. the documents parts are read back and extract_claims runs on each part.

A cut file is read three times (hash, count, read), each pass spread over the cluster
but the hash; extraction is spread over `partitions` parts whatever the input layout.

Dask is an optional extra (`pip install 'benchclaims[dask]'`), imported only here.
Workers of a remote cluster need benchclaims installed and must see the input files
and the output folder at the same paths as the client (a shared file system).
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
from benchclaims.read import (
    SPLITTABLE,
    Format,
    Shard,
    count_range,
    list_inputs,
    place_shards,
    read_source,
    sha256_of,
    shard_bounds,
    source_format,
)
from benchclaims.schema import TABLES, Document, Occurrence, Record, Reject

from .pipeline import Summary, compact_collector
from .tables import PARQUET_OPTIONS, atomic_folder, table_schema, to_table

if TYPE_CHECKING:
    import pandas as pd

_ORDER = ["_file", "_record"]
"""Columns added to candidate documents: input file index, record number in that file
(a file's records come in record order, so this is the order the local engine sees)."""

SHARD_BYTES = 64 << 20
"""Default size of the shards a large file is read in."""


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


def splittable(path: Path, fmt: Format) -> bool:
    """Whether the file can be read in shards: one record per line, and seekable."""
    return fmt in SPLITTABLE and not path.name.endswith(".gz")


def read_part(
    index: int, path: str, fmt: Format, sha: str, shard: Shard | None
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """One input file, or one shard of it: (candidate documents with their order,
    occurrences, rejects)."""
    import pandas as pd

    collector = compact_collector()
    docs: list[Document] = []
    records: list[int] = []
    occs: list[Occurrence] = []
    rejects: list[Reject] = []
    for item in read_source(Path(path), sha, fmt, shard):
        if isinstance(item, Reject):
            rejects.append(item)
            continue
        doc, occ = collector.add(item)
        occs.append(occ)
        if doc is not None:
            docs.append(doc)
            records.append(item.record)
    if collector.patches:
        docs = [d.model_copy(update=collector.patches.get(d.doc_id, {})) for d in docs]
    frame = _frame("documents", list(docs))
    frame["_file"] = pd.Series([index] * len(docs), dtype=pd.ArrowDtype(pa.int64()))
    frame["_record"] = pd.Series(records, dtype=pd.ArrowDtype(pa.int64()))
    return frame, _frame("occurrences", list(occs)), _frame("rejects", list(rejects))


def plan_reads(
    client: Any, files: list[Path], formats: list[Format], shard_bytes: int, progress: bool
) -> list[tuple[int, str, Format, str, Shard | None]]:
    """The arguments of every read_part task: the files hashed, and the splittable ones
    cut and counted, in parallel (steps 1 and 2 of the module docstring)."""
    import dask

    bounds = [
        shard_bounds(path, shard_bytes) if splittable(path, fmt) else []
        for path, fmt in zip(files, formats, strict=True)
    ]
    hashes = [dask.delayed(sha256_of, pure=True)(path) for path in files]
    counts = [
        dask.delayed(count_range, pure=True)(path, start, end, SPLITTABLE[fmt])
        for path, fmt, ranges in zip(files, formats, bounds, strict=True)
        for start, end in ranges[:-1]
    ]
    results = iter(_compute(client, hashes + counts, progress))
    shas = [next(results) for _ in files]
    reads: list[tuple[int, str, Format, str, Shard | None]] = []
    for i, (path, fmt, sha) in enumerate(zip(files, formats, shas, strict=True)):
        if len(bounds[i]) > 1:
            counted = [next(results) for _ in bounds[i][:-1]]
            reads += [(i, str(path), fmt, sha, s) for s in place_shards(bounds[i], counted)]
        else:
            reads.append((i, str(path), fmt, sha, None))
    return reads


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
    shard_bytes: int = SHARD_BYTES,
    extract: bool = True,
    progress: bool = False,
) -> Summary:
    """Read, extract and write the four tables into out, as folders of Parquet parts.

    scheduler: address of a running Dask scheduler (default: a local cluster of
    `workers` single-threaded processes). partitions: parts of the documents and claims
    tables (default: four per worker thread, at least one per input file). shard_bytes:
    about how much of a splittable file one task reads."""
    if shard_bytes < 1:
        raise ValueError(f"shard_bytes must be at least 1, not {shard_bytes}")
    _require_dask()
    import dask
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    started = time.perf_counter()
    files = list_inputs(inputs)
    formats = [source_format(path, fmt) for path in files]
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
                dask.delayed(read_part, pure=True)(*args)
                for args in plan_reads(client, files, formats, shard_bytes, progress)
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


def _compute(client: Any, tasks: list[Any], progress: bool) -> Any:
    """The results of the tasks (nested lists of them keep their shape)."""
    futures = client.compute(tasks)
    if progress and sys.stderr.isatty():
        from distributed import progress as show

        show(futures)
        print(file=sys.stderr)
    return client.gather(futures)


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
