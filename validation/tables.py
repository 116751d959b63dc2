"""Reading a release folder: its four tables as DataFrames and their Arrow schemas."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from benchclaims.schema import SCHEMAS


class ReleaseError(Exception):
    """A release that cannot be validated at all (missing folder or table, unreadable file)."""


@dataclass(frozen=True)
class Release:
    """The tables of a release folder, as read; `schemas` are the Arrow schemas as stored."""

    root: Path
    frames: dict[str, pd.DataFrame]
    schemas: dict[str, pa.Schema]


def load_release(root: Path) -> Release:
    """Every table named in SCHEMAS, from ROOT/<name>.parquet."""
    if not root.is_dir():
        raise ReleaseError(f"{root}: no such release folder")
    frames: dict[str, pd.DataFrame] = {}
    schemas: dict[str, pa.Schema] = {}
    for name in SCHEMAS:
        path = root / f"{name}.parquet"
        if not path.is_file():
            raise ReleaseError(f"{path}: table missing from the release")
        try:
            table = pq.read_table(path)
        except (OSError, pa.ArrowException) as err:
            raise ReleaseError(f"{path}: cannot read as Parquet ({err})") from err
        schemas[name] = table.schema
        frames[name] = table.to_pandas().reset_index(drop=True)
    return Release(root=root, frames=frames, schemas=schemas)


def schema_frame(release: Release) -> pd.DataFrame:
    """One row per (table, column) of the contract or the file: expected and found type.

    A missing column has no found type, an extra one no expected type, so a single
    pair-equality expectation covers missing, extra and mistyped columns."""
    rows = []
    for name, expected in SCHEMAS.items():
        found = release.schemas[name]
        names = list(expected.names) + [n for n in found.names if n not in expected.names]
        for column in names:
            want = str(expected.field(column).type) if column in expected.names else None
            got = str(found.field(column).type) if column in found.names else None
            rows.append({"table": name, "column": column, "expected_type": want,
                         "found_type": got})
    return pd.DataFrame(rows, columns=["table", "column", "expected_type", "found_type"])
