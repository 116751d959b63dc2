"""Data-quality validation of a built release with great-expectations.

`validate_release` checks keys, domains, offsets, provenance (spans against the
document text, documents against their source files) and distribution sanity, and
writes a report into DIR/validation/. GX is imported only when a validation runs."""

from __future__ import annotations

from pathlib import Path

from .cli import main
from .outcome import Finding, ValidationOutcome
from .tables import ReleaseError

__all__ = ["Finding", "ReleaseError", "ValidationOutcome", "main", "validate_release"]


def validate_release(release_dir: Path, sources: list[Path] | None = None,
                     write_report: bool = True) -> ValidationOutcome:
    """Validate the release in RELEASE_DIR; see benchclaims.validation.run."""
    from .run import validate_release as run

    return run(release_dir, sources=sources, write_report=write_report)
