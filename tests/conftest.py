"""Shared fixtures: paths of the project and one build of the bundled corpus per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI draws the same examples on every run (.ci/run sets HYPOTHESIS_PROFILE=ci), so a red
# build is reproducible; a developer's runs draw new ones and keep finding new cases.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

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
