"""`benchclaims build`: the bundled corpus → a folder that can be published as is.

Everything is written into a temporary folder beside the target, checked with the
validation suite, and only then swapped in: a failed check or a crash leaves the
previous release untouched."""

from __future__ import annotations

import os
from pathlib import Path

from benchclaims import __version__
from benchclaims import evaluation as ev
from benchclaims.pipeline import Summary, run
from benchclaims.tables import atomic_folder

from .card import write_card
from .checksums import write_checksums
from .croissant import write_croissant
from .schemas import write_json_schemas


class ReleaseCheckFailed(Exception):
    """The built tables failed the validation suite; the old release was kept."""


def build_release(
    raw: Path,
    out: Path,
    gold: Path,
    leaderboard: Path,
    workers: int = 1,
    progress: bool = False,
) -> Summary:
    """Build the tables from raw, then the card, Croissant, schemas, review page,
    validation report and checksums; replace out only if validation passes."""
    from benchclaims.report import write_report
    from benchclaims.validation import validate_release

    with atomic_folder(out) as staging:
        tables = staging / "tables"
        summary = run([raw], tables, workers=workers, progress=progress)
        for path in tables.iterdir():
            os.replace(path, staging / path.name)
        tables.rmdir()

        gold_docs = ev.load_gold(gold)
        dev = ev.score(gold_docs, ev.predict(gold_docs)).table()
        board = ev.score_leaderboard(leaderboard).table()
        gold_claims = sum(1 for d in gold_docs for c in d["claims"] if not c.get("optional"))
        write_json_schemas(staging)
        write_card(staging, __version__, dev, board, gold_claims)
        write_croissant(staging, __version__)
        write_report(staging, staging / "report.html", gold=None)
        outcome = validate_release(staging, sources=[raw], write_report=True)
        if not outcome.success:
            raise ReleaseCheckFailed(outcome.summary())
        write_checksums(staging)
    return summary
