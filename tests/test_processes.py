"""The worker processes of a parallel run: forked ready from a forkserver that holds the
warmed-up extractor, light to start, and giving the claims an in-process run gives."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from benchclaims import pipeline, processes
from benchclaims.worker import claim_rows

DOCS = [
    ("d1", "Our model reaches 81.2% top-1 accuracy on ImageNet, up 2.1 points over ResNet-50."),
    ("d2", "A text with no numbers at all."),
    ("d3", "It improves BLEU from 27.3 to 29.8 and is 3.5x faster than the baseline."),
]


def _where() -> tuple[int, int, bool]:
    """(pid, parent pid, extractor loaded) of the process running a job."""
    return os.getpid(), os.getppid(), "benchclaims.extract.extractor" in sys.modules


def _die(docs: list[tuple[str, str]]) -> list[processes.ClaimRow]:
    """A job whose worker is killed, as by the out-of-memory killer."""
    os.kill(os.getpid(), signal.SIGKILL)
    return []


def test_jobs_give_the_claims_of_an_in_process_run() -> None:
    pool = processes.start(2)
    try:
        assert pool.submit(processes.extract, DOCS).result() == claim_rows(DOCS)
        assert pool.submit(processes.extract, []).result() == []
    finally:
        pool.shutdown()
    assert len(claim_rows(DOCS)) >= 3  # the documents do have claims to compare


@pytest.mark.skipif(
    "forkserver" not in __import__("multiprocessing").get_all_start_methods(),
    reason="no forkserver on this platform: workers are spawned",
)
def test_workers_fork_from_one_server_that_holds_the_extractor() -> None:
    processes.prestart()
    pool = processes.start(2)
    try:
        seen = {pool.submit(_where).result() for _ in range(20)}
    finally:
        pool.shutdown()
    parents = {parent for _, parent, _ in seen}
    assert len(parents) == 1 and os.getpid() not in parents  # the forkserver's children
    assert all(loaded for _, _, loaded in seen)


@pytest.mark.parametrize(
    "module",
    ["benchclaims.worker", "benchclaims.processes", "benchclaims.cli", "benchclaims.schema"],
)
def test_starting_up_does_not_import_pyarrow(module: str) -> None:
    """A worker builds no Arrow data, and `benchclaims --help` needs none: pyarrow (and
    pandas, which it pulls in) is imported only where tables are made."""
    code = f"import sys, {module}; print(sorted({{'pyarrow', 'pandas'}} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_arrow_side_of_the_schema_loads_on_first_use() -> None:
    code = (
        "import benchclaims.schema as s; "
        "print(s.SCHEMAS['claims'].names == list(s.CLAIM_COLUMNS))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
    with pytest.raises(AttributeError):
        __import__("benchclaims.schema").schema.no_such_name  # noqa: B018


def test_a_worker_that_dies_fails_the_run_and_leaves_no_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "in.txt"
    src.write_text("".join(f"Model {i} reaches {i}.5% accuracy on CIFAR-10.\n" for i in range(50)))
    out = tmp_path / "out"
    monkeypatch.setattr(processes, "extract", _die)
    with pytest.raises(BrokenProcessPool):
        pipeline.run([src], out, workers=2, batch_size=10)
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt"]  # no half-written tables
