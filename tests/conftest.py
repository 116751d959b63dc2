"""Shared fixtures: paths of the project and one build of the bundled corpus per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
GOLD = ROOT / "data" / "gold" / "dev.jsonl"


@pytest.fixture(scope="session")
def built_release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled corpus built from scratch into a temporary folder."""
    from benchclaims.pipeline import run

    out = tmp_path_factory.mktemp("release") / "release"
    run([RAW], out, workers=1)
    return out
