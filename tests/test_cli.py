"""The command line: extract on a JSON Lines file, eval, and clear errors on bad usage."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from benchclaims.cli import main

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold" / "dev.jsonl"


def test_extract_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "papers.jsonl"
    rows = [
        {"id": "a", "title": "A", "abstract": "Our model outperforms DPO by 15% on XSUM."},
        {"id": "b", "text": "It reaches 76.84% accuracy on ImageNet."},
        {"id": "c", "text": "Our model outperforms DPO by 15% on XSUM."},
        {"id": "d"},
    ]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(src), "--out", str(out), "--workers", "1", "--quiet"]) == 0
    printed = capsys.readouterr().out
    assert "documents:    2" in printed and "rejects:      1" in printed
    claims = pq.read_table(out / "claims.parquet").to_pylist()
    assert sorted(c["value"] for c in claims) == [15.0, 76.84]
    assert len(pq.read_table(out / "occurrences.parquet")) == 3
    rejects = pq.read_table(out / "rejects.parquet").to_pylist()
    assert [(r["record"], r["reason"]) for r in rejects] == [(4, "missing_text")]


def test_eval_prints_table_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "scores.json"
    assert main(["eval", "--gold", str(GOLD), "--json", str(out), "--errors"]) == 0
    printed = capsys.readouterr().out
    assert "detection F1" in printed and "== MISSES" in printed
    assert set(json.loads(out.read_text())["gold"]) >= {
        "precision",
        "recall",
        "f1",
        "values",
        "metric",
    }


@pytest.mark.parametrize(
    "argv",
    [["extract", "/no/such/file.jsonl", "--out", "x"], ["eval", "--gold", "/no/such.jsonl"]],
)
def test_unreadable_input_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "error:" in err and "Traceback" not in err


def test_bad_usage_exits_2_without_traceback() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "benchclaims.cli", "extract"], capture_output=True, text=True
    )
    assert proc.returncode == 2
    assert "usage:" in proc.stderr and "Traceback" not in proc.stderr


def test_help_lists_commands() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "benchclaims.cli", "--help"], capture_output=True, text=True
    )
    assert proc.returncode == 0
    for command in ("build", "extract", "eval", "validate", "report"):
        assert command in proc.stdout
