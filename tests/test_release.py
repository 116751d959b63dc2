"""The committed release (data/release): loads with the usual tools, its card's snippets
run, its Croissant file validates, its checksums hold, and it matches a fresh build."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import regex

from benchclaims.schema import SCHEMA_VERSION, TABLES

ROOT = Path(__file__).resolve().parents[1]
RELEASE = ROOT / "data" / "release"


def test_release_files_are_there() -> None:
    names = {p.relative_to(RELEASE).as_posix() for p in RELEASE.rglob("*") if p.is_file()}
    expected = {f"{t}.parquet" for t in TABLES} | {f"schema/{t}.schema.json" for t in TABLES}
    expected |= {"README.md", "croissant.json", "SHA256SUMS", "report.html",
                 "validation/results.json", "validation/report.md"}
    assert names == expected


def test_checksums_hold() -> None:
    lines = (RELEASE / "SHA256SUMS").read_text().splitlines()
    assert len(lines) == len([p for p in RELEASE.rglob("*") if p.is_file()]) - 1
    for line in lines:
        digest, name = line.split("  ", 1)
        assert hashlib.sha256((RELEASE / name).read_bytes()).hexdigest() == digest, name


def test_parquet_metadata_and_compression() -> None:
    for table in TABLES:
        meta = pq.read_metadata(RELEASE / f"{table}.parquet")
        kv = meta.metadata
        assert kv[b"schema_version"].decode() == SCHEMA_VERSION
        assert kv[b"extractor_version"]
        for i in range(meta.num_row_groups):
            assert meta.row_group(i).column(0).compression == "ZSTD"


def test_loads_with_pandas_and_duckdb() -> None:
    import duckdb
    import pandas as pd

    claims = pd.read_parquet(RELEASE / "claims.parquet")
    assert claims["value"].dtype == "float64" and claims["value_start"].dtype == "int64"
    path = (RELEASE / "claims.parquet").as_posix()
    rows = duckdb.sql(
        f"SELECT claim_type, count(*) AS n FROM '{path}' GROUP BY claim_type ORDER BY n DESC"
    ).fetchall()
    assert sum(n for _, n in rows) == len(claims)
    joined = duckdb.sql(
        f"SELECT count(*) FROM '{path}' c JOIN '{(RELEASE / 'documents.parquet').as_posix()}' d "
        "USING (doc_id) WHERE substr(d.text, c.span_start + 1, c.span_end - c.span_start) "
        "= c.claim_text"
    ).fetchall()
    assert joined == [(len(claims),)]


@pytest.fixture()
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")


def test_loads_with_datasets(offline: None, tmp_path: Path) -> None:
    from datasets import load_dataset

    files = str(RELEASE / "claims.parquet")
    ds = load_dataset("parquet", data_files=files, split="train", cache_dir=str(tmp_path))
    assert ds.num_rows == pq.read_metadata(RELEASE / "claims.parquet").num_rows
    docs = load_dataset(str(RELEASE), "documents", split="train", cache_dir=str(tmp_path))
    assert docs.num_rows == 371


def test_card_snippets_run(offline: None, tmp_path: Path) -> None:
    card = (RELEASE / "README.md").read_text(encoding="utf-8")
    assert card.startswith("---\n") and "configs:" in card.split("---")[1]
    snippets = regex.findall(r"```python\n(.*?)```", card, flags=regex.DOTALL)
    assert len(snippets) == 3
    env = {**os.environ, "HF_DATASETS_CACHE": str(tmp_path)}
    for code in snippets:
        proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                              text=True, env=env, timeout=300)
        assert proc.returncode == 0, proc.stderr


def test_card_column_dictionary_covers_every_column() -> None:
    card = (RELEASE / "README.md").read_text(encoding="utf-8")
    for model in TABLES.values():
        for name in model.model_fields:
            assert f"| `{name}` |" in card


def test_croissant_validates_and_loads() -> None:
    exe = shutil.which("mlcroissant") or str(Path(sys.executable).parent / "mlcroissant")
    proc = subprocess.run([exe, "validate", "--jsonld", str(RELEASE / "croissant.json")],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "error" not in proc.stderr.lower()
    import itertools

    import mlcroissant as mlc

    dataset = mlc.Dataset(jsonld=str(RELEASE / "croissant.json"))
    first = next(itertools.islice(dataset.records("claims"), 1))
    assert "claims/claim_text" in first


def test_committed_tables_match_a_fresh_build(built_release: Path) -> None:
    """A stale release fails here; .ci/run also rebuilds the whole folder byte for byte."""
    for table in TABLES:
        fresh = pq.read_table(built_release / f"{table}.parquet")
        committed = pq.read_table(RELEASE / f"{table}.parquet")
        assert fresh.equals(committed), f"{table}: data/release is stale, run `make build`"
