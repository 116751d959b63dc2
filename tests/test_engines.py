"""The engines of `benchclaims extract`: streaming batches, worker processes, gzipped
inputs, the I/O-floor switch, and the Dask engine against the local one."""

from __future__ import annotations

import gzip
import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from benchclaims import pipeline
from benchclaims.cli import main
from benchclaims.read import detect_format, iter_source_records, shard_bounds
from benchclaims.schema import SCHEMAS, TABLES, Reject

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
BATCH = 40  # documents per batch: the bundled corpus makes ten batches


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled pages plus a JSON Lines file that repeats some of their abstracts (with
    titles the one-per-line file lacks), one bad line and one text without numbers."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in sorted(RAW.iterdir()):
        shutil.copy(path, folder / path.name)
    first = sorted(RAW.glob("000_*.txt"))[0]
    texts = [line.rstrip("\n") for line in first.open(encoding="utf-8") if line.strip()]
    lines = [
        json.dumps({"id": f"2501.{i:05d}", "title": f"Paper {i}", "abstract": text})
        for i, text in enumerate(texts[:3])
    ]
    lines.insert(1, '{"id": "broken", "abstract": ')
    lines.append(json.dumps({"id": "plain", "abstract": "A text with no numbers at all."}))
    (folder / "zz_extra.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def jsonl_gz(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every distinct abstract of the bundled corpus as one gzipped JSON Lines file."""
    folder = tmp_path_factory.mktemp("jsonl")
    seen: set[str] = set()
    path = folder / "abstracts.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for rec in iter_source_records([RAW]):
            if not isinstance(rec, Reject) and rec.text not in seen:
                seen.add(rec.text)
                handle.write(json.dumps({"id": str(len(seen)), "abstract": rec.text}) + "\n")
    return path


@pytest.fixture(scope="module")
def local(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("local") / "out"
    pipeline.run([corpus], out, workers=1, batch_size=BATCH)
    return out


def rows(path: Path, name: str, drop: tuple[str, ...] = ()) -> list[tuple[Any, ...]]:
    """A table's rows (from a file or a folder of parts), sorted, as comparable tuples."""
    target = path / f"{name}.parquet" if (path / f"{name}.parquet").exists() else path / name
    table = pq.read_table(target)
    keep = [c for c in table.column_names if c not in drop]
    return sorted((tuple(r[c] for c in keep) for r in table.to_pylist()), key=repr)


def test_two_workers_write_the_same_bytes(corpus: Path, local: Path, tmp_path: Path) -> None:
    code = main(["extract", str(corpus), "--out", str(tmp_path / "out"), "--workers", "2",
                 "--batch-size", str(BATCH), "--quiet"])
    assert code == 0
    for name in TABLES:
        one = (local / f"{name}.parquet").read_bytes()
        assert (tmp_path / "out" / f"{name}.parquet").read_bytes() == one, name


def test_documents_are_deduplicated_and_patched(local: Path) -> None:
    docs = pq.read_table(local / "documents.parquet").to_pylist()
    occs = pq.read_table(local / "occurrences.parquet").to_pylist()
    assert len({d["doc_id"] for d in docs}) == len(docs) == 371 + 1
    assert len(occs) == 399 + 4
    titled = [d for d in docs if d["title"] and d["title"].startswith("Paper ")]
    assert len(titled) == 3  # first seen untitled in 000_*.txt, title from zz_extra.jsonl
    meta = pq.ParquetFile(local / "documents.parquet").metadata
    sizes = [meta.row_group(i).num_rows for i in range(meta.num_row_groups)]
    assert len(sizes) > 1 and max(sizes) <= BATCH  # patched a row group at a time


def test_streaming_writes_a_row_group_per_batch(jsonl_gz: Path, tmp_path: Path) -> None:
    summary = pipeline.run([jsonl_gz], tmp_path / "out", workers=1, batch_size=BATCH)
    assert summary.documents == summary.records == 371
    groups = {
        name: pq.ParquetFile(tmp_path / "out" / f"{name}.parquet").metadata.num_row_groups
        for name in ("documents", "occurrences", "claims")
    }
    assert groups["documents"] == groups["occurrences"] == -(-371 // BATCH)
    assert groups["claims"] >= groups["documents"] - 1  # a batch may have no claims


def test_gzipped_inputs_read_directly(corpus: Path, local: Path, tmp_path: Path) -> None:
    gz = tmp_path / "gz"
    gz.mkdir()
    for path in corpus.iterdir():
        (gz / (path.name + ".gz")).write_bytes(gzip.compress(path.read_bytes(), mtime=0))
    out = tmp_path / "out"
    pipeline.run([gz], out, workers=1, batch_size=BATCH)
    for name in ("documents", "claims"):
        assert (out / f"{name}.parquet").read_bytes() == (local / f"{name}.parquet").read_bytes()
    names = {r[0] for r in rows(out, "occurrences", drop=("doc_id",))}
    assert names == {p.name + ".gz" for p in corpus.iterdir()}
    drop = ("source", "source_sha256")
    assert rows(out, "occurrences", drop) == rows(local, "occurrences", drop)
    assert rows(out, "rejects", drop) == rows(local, "rejects", drop)


def test_no_extract_is_the_same_run_without_claims(
    corpus: Path, local: Path, tmp_path: Path
) -> None:
    summary = pipeline.run([corpus], tmp_path / "out", workers=2, batch_size=BATCH, extract=False)
    assert summary.claims.total() == 0
    assert pq.read_table(tmp_path / "out" / "claims.parquet").num_rows == 0
    for name in ("documents", "occurrences", "rejects"):
        one = (local / f"{name}.parquet").read_bytes()
        assert (tmp_path / "out" / f"{name}.parquet").read_bytes() == one, name


class _Done:
    """A finished job."""

    def result(self) -> list[Any]:
        return []


def test_reading_ahead_is_bounded() -> None:
    read = 0

    def batches() -> Iterator[pipeline._Batch]:
        nonlocal read
        for _ in range(50):
            read += 1
            yield pipeline._Batch(jobs=[_Done()])  # type: ignore[list-item]

    ahead = []
    for done, (_, claims) in enumerate(
        pipeline._with_claims(batches(), True, 2, True, BATCH), start=1
    ):
        ahead.append(read - done)
        assert claims == []
    assert len(ahead) == 50
    assert max(ahead) <= 3  # never more than a few batches between reading and writing


def test_jobs_leave_while_a_batch_is_read(jsonl_gz: Path) -> None:
    sent: list[int] = []

    def submit(pairs: list[tuple[str, str]]) -> Any:
        sent.append(len(pairs))
        return _Done()

    collector = pipeline.compact_collector()
    first = next(pipeline._batches([jsonl_gz], None, collector, 100, submit, chunk=30))
    assert sent == [30, 30, 30, 10] and len(first.jobs) == 4 and first.sent == 100


def test_compact_ids_behave_like_the_dict_they_replace() -> None:
    import hashlib
    import random

    rng = random.Random(7)
    ids = [hashlib.sha1(str(i).encode()).hexdigest()[:16] for i in range(5_000)]
    ids += ["0" * 16, "f" * 16, "not-a-hex-id", "ABCDEF0123456789"]
    compact, plain = pipeline.CompactIds(capacity=8), {}
    for doc_id in ids + rng.sample(ids, 2_000):
        mask = rng.randrange(32)
        assert compact.get(doc_id) == plain.get(doc_id)
        if plain.get(doc_id) is None or rng.random() < 0.3:
            compact[doc_id] = plain[doc_id] = mask
    assert len(compact) == len(plain) == len(ids)
    assert all(compact.get(k) == v for k, v in plain.items())
    assert compact.get("1234567890abcdef", -1) == -1


def test_pipeline_collector_uses_the_compact_store() -> None:
    # fails if DocumentCollector's internals change and the swap silently stops taking
    assert isinstance(pipeline.compact_collector()._known, pipeline.CompactIds)


def test_progress_bar_is_off_without_a_terminal() -> None:
    assert pipeline._progress(False) is None
    if not sys.stderr.isatty():
        assert pipeline._progress(True) is None


@pytest.mark.filterwarnings("ignore:The inplace keyword")  # inside dask's parquet writer
@pytest.mark.parametrize("shard_bytes", [None, 1500], ids=["cli", "tiny-shards"])
def test_dask_engine_gives_the_local_rows(
    corpus: Path, local: Path, tmp_path: Path, shard_bytes: int | None
) -> None:
    why = "the dask engine needs the benchclaims[dask] extra"
    pytest.importorskip("dask.dataframe", reason=why)
    distributed = pytest.importorskip("distributed", reason=why)
    from benchclaims import dask_engine

    out = tmp_path / "out"
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        if shard_bytes is None:
            code = main([
                "extract", str(corpus), "--out", str(out), "--engine", "dask",
                "--scheduler", cluster.scheduler_address, "--partitions", "3", "--quiet",
            ])
            assert code == 0
        else:  # the one-per-line and JSON Lines files are read in many shards
            dask_engine.run(
                [corpus], out, scheduler=cluster.scheduler_address, partitions=3,
                shard_bytes=shard_bytes,
            )
    tasks = {
        path.name: len(shard_bounds(path, shard_bytes or dask_engine.SHARD_BYTES))
        if dask_engine.splittable(path, detect_format(path)) else 1
        for path in sorted(corpus.iterdir())
    }
    assert len(list((out / "occurrences").glob("*.parquet"))) == sum(tasks.values())
    if shard_bytes:
        lines = sorted(RAW.glob("000_*.txt"))[0].name
        assert tasks[lines] > 5 and tasks["zz_extra.jsonl"] > 1
    for name in TABLES:
        parts = sorted((out / name).glob("*.parquet"))
        assert parts, name
        for part in parts:
            assert pq.read_schema(part).remove_metadata() == SCHEMAS[name].remove_metadata()
            assert pq.read_schema(part).metadata[b"table"] == name.encode()
        assert rows(out, name) == rows(local, name), name
    assert len(sorted((out / "documents").glob("*.parquet"))) == 3


def test_dask_engine_missing_is_a_clear_error(
    corpus: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    code = main(["extract", str(corpus), "--out", str(tmp_path / "out"), "--engine", "dask"])
    assert code == 2
    assert "pip install 'benchclaims[dask]'" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
