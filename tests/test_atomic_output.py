"""The output folder is replaced atomically: a run killed at any moment leaves the
previous output as it was, what it leaves beside it is cleaned up by the next run, two
runs never write one folder at once, and the same input gives the same bytes."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchclaims import tables
from benchclaims.pipeline import run
from benchclaims.tables import OutputError, atomic_folder, stale_paths

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below folder (relative name -> bytes)."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _beside(folder: Path) -> list[str]:
    """What stands beside folder, apart from folder itself."""
    return sorted(p.name for p in folder.parent.iterdir() if p.name != folder.name)


def _big_input(path: Path, n: int) -> Path:
    path.write_text(
        "".join(
            f"Method {i} improves top-1 accuracy by {i % 97}.{i % 10}% over the baseline on "
            f"ImageNet and runs {i % 7 + 2}x faster than ResNet-{i % 200}.\n"
            for i in range(n)
        ),
        encoding="utf-8",
    )
    return path


def _extract_cmd(inputs: list[Path], out: Path) -> list[str]:
    return [sys.executable, "-m", "benchclaims.cli", "extract", *map(str, inputs),
            "--out", str(out), "--workers", "1", "--quiet", "--batch-size", "50"]


def test_killed_runs_leave_the_previous_output_intact(tmp_path: Path) -> None:
    """SIGKILL a real run at random moments from start-up to the swap at the end."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    big = _big_input(inputs / "big.txt", 1000)
    small = inputs / "small.txt"
    small.write_text("An earlier release: 12% better.\n", encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    out = work / "release"
    run([small], out, workers=1)
    previous = _snapshot(out)

    # a complete run elsewhere: how long one takes, and what it writes
    reference = tmp_path / "reference" / "release"
    started = time.perf_counter()
    subprocess.run(_extract_cmd([big], reference), check=True, capture_output=True, timeout=300)
    full = time.perf_counter() - started
    finished = _snapshot(reference)

    rng = random.Random()
    delays = [max(0.02, (f + rng.uniform(-0.04, 0.04)) * full) for f in (0.1, 0.4, 0.7, 0.9, 1.0)]
    outcomes = []
    for delay in delays:
        proc = subprocess.Popen(_extract_cmd([big], out), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        killed = proc.returncode == -signal.SIGKILL
        left = [p.name.split("-")[0] for p in stale_paths(out)]
        outcomes.append(f"{delay:.2f}s:{'killed' if killed else proc.returncode}:{left}")
        now = _snapshot(out)
        if killed:
            assert now in (previous, finished), f"partial output after kills {outcomes}"
        else:
            assert proc.returncode == 0 and now == finished, outcomes
        previous = now
        for stale in stale_paths(out):  # only hidden .release.tmp-* / .old-* leftovers
            assert stale.name.startswith((".release.tmp-", ".release.old-")), stale
        assert all(name.startswith(".release.") for name in _beside(out)), _beside(out)

    # the next run starts by removing what the killed runs left
    print("kills:", outcomes)
    run([small], out, workers=1)
    assert stale_paths(out) == []
    assert _beside(out) == [], "a leftover temporary folder or lock file"


def test_stale_leftovers_are_removed_when_the_next_run_starts(tmp_path: Path) -> None:
    out = tmp_path / "out"
    src = tmp_path / "a.txt"
    src.write_text("We gain 3% on MMLU.\n", encoding="utf-8")
    run([src], out, workers=1)
    for name in (".out.tmp-abc123", ".out.old-def456"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "documents.parquet").write_bytes(b"half a file")
    (tmp_path / ".other.tmp-keep").mkdir()  # not ours: another target's name
    run([src], out, workers=1)
    assert stale_paths(out) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [".other.tmp-keep", "a.txt", "out"]


def test_an_old_output_set_aside_by_a_killed_swap_is_put_back(tmp_path: Path) -> None:
    """Where folders cannot be exchanged in one step, the swap is two renames; a kill
    between them leaves only .NAME.old-*: the next run puts it back first."""
    out = tmp_path / "out"
    old = tmp_path / ".out.old-xyz"
    old.mkdir()
    (old / "documents.parquet").write_bytes(b"the previous release")
    with pytest.raises(RuntimeError), atomic_folder(out) as tmp:
        assert out.is_dir()  # restored before the run writes anything
        (tmp / "documents.parquet").write_bytes(b"new")
        raise RuntimeError("the run fails")
    assert _snapshot(out) == {"documents.parquet": b"the previous release"}
    assert _beside(out) == []


@pytest.mark.parametrize("exchange", [True, False], ids=["exchange", "two-renames"])
def test_swap_replaces_the_folder_and_leaves_nothing_beside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exchange: bool
) -> None:
    if not exchange:
        monkeypatch.setattr(tables, "_rename_exchange", lambda a, b: False)
    out = tmp_path / "out"
    out.mkdir()
    (out / "claims.parquet").write_bytes(b"old")
    (out / "README.md").write_text("old card", encoding="utf-8")
    with atomic_folder(out) as tmp:
        (tmp / "claims.parquet").write_bytes(b"new")
        assert _snapshot(out) == {"claims.parquet": b"old", "README.md": b"old card"}
    assert _snapshot(out) == {"claims.parquet": b"new"}
    assert _beside(out) == []


def test_a_failed_run_keeps_the_previous_output(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "documents.parquet").write_bytes(b"previous")
    with pytest.raises(ValueError), atomic_folder(out) as tmp:
        (tmp / "documents.parquet").write_bytes(b"half")
        raise ValueError("boom")
    assert _snapshot(out) == {"documents.parquet": b"previous"}
    assert _beside(out) == []


def test_two_runs_into_one_folder_at_once_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "a.txt"
    src.write_text("We gain 3% on MMLU.\n", encoding="utf-8")
    out = tmp_path / "out"
    with atomic_folder(out):
        with pytest.raises(OutputError, match="another benchclaims run is writing"):
            run([src], out, workers=1)
        code = subprocess.run(
            _extract_cmd([src], out), capture_output=True, text=True, timeout=120
        )
        assert code.returncode == 2
        assert "another benchclaims run is writing" in code.stderr
        assert "Traceback" not in code.stderr
    assert not out.exists() or _snapshot(out) == {}
    run([src], out, workers=1)  # free again once the first is done
    assert (out / "documents.parquet").is_file()
    assert _beside(out) == ["a.txt"]


def test_folders_that_are_not_outputs_are_never_replaced(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("We gain 3% on MMLU.\n", encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    (home / "thesis.tex").write_text("years of work", encoding="utf-8")
    with pytest.raises(OutputError, match="refusing to replace"):
        run([src], home, workers=1)
    assert _snapshot(home) == {"thesis.tex": b"years of work"}
    with pytest.raises(OutputError, match="not a folder"):
        run([src], src, workers=1)
    # an empty folder, and a Dask-engine output (a folder of parts per table), are fine
    empty = tmp_path / "empty"
    empty.mkdir()
    run([src], empty, workers=1)
    dask_out = tmp_path / "dask_out"
    (dask_out / "claims").mkdir(parents=True)
    (dask_out / "claims" / "part.0.parquet").write_bytes(b"x")
    run([src], dask_out, workers=1)
    assert (dask_out / "claims.parquet").is_file() and not (dask_out / "claims").exists()


def _mixed_inputs(folder: Path) -> list[Path]:
    folder.mkdir()
    bad = folder / "bad.jsonl"
    bad.write_bytes(
        b'\xef\xbb\xbf{"id": 1, "text": "We gain 2.5% on MMLU.", "title": "T"}\r\n'
        b'{oops\n[1]\n{"id": 2, "text": "bad \xff byte"}\n'
        b'{"id": 3, "abstract": "Our model is 3x faster than the baseline."}\n'
    )
    return [RAW, bad]


def test_rerun_gives_byte_identical_output(tmp_path: Path) -> None:
    inputs = _mixed_inputs(tmp_path / "in")
    first, second = tmp_path / "first", tmp_path / "second"
    a = run(inputs, first, workers=1)
    b = run(inputs, second, workers=1)
    assert a.records == b.records and a.rejects == 3
    files_a, files_b = _snapshot(first), _snapshot(second)
    assert sorted(files_a) == sorted(f"{t}.parquet" for t in tables.TABLES)
    assert files_a == files_b
    run(inputs, first, workers=1)  # into the same folder again: same bytes
    assert _snapshot(first) == files_a


def test_output_does_not_depend_on_the_number_of_workers(tmp_path: Path) -> None:
    inputs = _mixed_inputs(tmp_path / "in")
    run(inputs, tmp_path / "one", workers=1, batch_size=100)
    run(inputs, tmp_path / "two", workers=2, batch_size=100)
    assert _snapshot(tmp_path / "one") == _snapshot(tmp_path / "two")


def test_lock_and_temporary_folder_live_only_during_the_run(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with atomic_folder(out) as tmp:
        assert tmp.parent == tmp_path and tmp.name.startswith(".out.tmp-")
        assert (tmp_path / ".out.lock").exists()
        (tmp / "x.parquet").write_bytes(json.dumps({"ok": True}).encode())
    assert _beside(out) == []
    assert os.listdir(out) == ["x.parquet"]
