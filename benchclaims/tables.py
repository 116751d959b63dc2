"""Writing the four tables as Parquet: derived schemas, zstd, deterministic bytes,
row groups written as they come, and an atomic swap into place at the end."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from benchclaims import __version__
from benchclaims.schema import SCHEMA_VERSION, SCHEMAS, TABLES, Record

PARQUET_OPTIONS = {"compression": "zstd", "compression_level": 9, "write_statistics": True}


def table_schema(name: str) -> pa.Schema:
    """The Arrow schema of a table, with the versions in its key-value metadata."""
    return SCHEMAS[name].with_metadata(
        {"schema_version": SCHEMA_VERSION, "extractor_version": __version__, "table": name}
    )


def to_table(name: str, rows: Iterable[Record]) -> pa.Table:
    """Rows of one table as an Arrow table with the derived schema."""
    schema = table_schema(name)
    columns: dict[str, list[object]] = {f: [] for f in schema.names}
    for row in rows:
        for key in schema.names:
            columns[key].append(getattr(row, key))
    return pa.table(columns, schema=schema)


class TableWriters:
    """One ParquetWriter per table, each batch becoming a row group."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.counts = dict.fromkeys(TABLES, 0)
        self._writers = {
            name: pq.ParquetWriter(folder / f"{name}.parquet", table_schema(name), **PARQUET_OPTIONS)
            for name in TABLES
        }

    def write(self, name: str, rows: list[Record]) -> None:
        if rows:
            self._writers[name].write_table(to_table(name, rows))
            self.counts[name] += len(rows)

    def close(self) -> None:
        for writer in self._writers.values():
            writer.close()


def patch_documents(path: Path, patches: dict[str, dict[str, object]]) -> None:
    """Fill fields that later occurrences gave a document (rare, so a rewrite is fine)."""
    if not patches:
        return
    table = pq.read_table(path)
    rows = table.to_pylist()
    for row in rows:
        row.update(patches.get(row["doc_id"], {}))
    tmp = path.with_suffix(".patched")
    pq.write_table(pa.Table.from_pylist(rows, schema=table.schema), tmp, **PARQUET_OPTIONS)
    os.replace(tmp, path)


@contextmanager
def atomic_folder(target: Path) -> Iterator[Path]:
    """A temporary folder beside target that replaces it only if the block succeeds;
    a run killed at any point leaves the previous target intact."""
    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
    try:
        yield tmp
        old = None
        if target.exists():
            old = target.parent / f".{target.name}.old-{tmp.name.rsplit('-', 1)[-1]}"
            os.replace(target, old)
        os.replace(tmp, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
