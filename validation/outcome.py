"""What a validation run found, independent of GX's result objects: plain data the CLI
prints, the tests inspect and the report writes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAX_EXAMPLES = 5


@dataclass(frozen=True)
class Finding:
    """The result of one check: a GX expectation (or a check that could not run)."""

    check: str  # stable id, 'table.name'
    expectation: str  # GX expectation type, e.g. 'expect_column_values_to_be_unique'
    table: str
    columns: tuple[str, ...]
    group: str
    severity: str  # 'critical' fails the release, 'warning' does not
    success: bool
    description: str
    element_count: int | None = None
    unexpected_count: int | None = None
    observed: Any = None
    examples: tuple[dict[str, Any], ...] = ()  # up to MAX_EXAMPLES offending rows
    error: str | None = None  # the exception GX caught, if the check raised
    kwargs: dict[str, Any] = field(default_factory=dict)

    def headline(self) -> str:
        """One line: check, expectation, table(columns), how many rows failed."""
        where = f"{self.table}({', '.join(self.columns)})" if self.columns else self.table
        if self.error:
            how = f"raised: {self.error}"
        elif self.unexpected_count is not None:
            how = f"{self.unexpected_count} of {self.element_count} rows"
        else:
            how = f"observed {self.observed!r}"
        return f"{self.check} [{self.expectation}] {where}: {self.description} — {how}"


@dataclass
class ValidationOutcome:
    """All findings of a run; `success` is False when any critical check failed."""

    release_dir: Path
    checks: list[Finding]
    statistics: dict[str, Any]
    notes: list[str] = field(default_factory=list)
    report_paths: list[Path] = field(default_factory=list)

    @property
    def failures(self) -> list[Finding]:
        return [f for f in self.checks if not f.success and f.severity == "critical"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.checks if not f.success and f.severity != "critical"]

    @property
    def success(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        """Human-readable text for the terminal: verdict, each failure with examples,
        each warning, notes, and where the report went."""
        total = len(self.checks)
        verdict = "PASSED" if self.success else "FAILED"
        lines = [
            f"benchclaims validate {self.release_dir}: {verdict} — "
            f"{total - len(self.failures) - len(self.warnings)} of {total} checks passed, "
            f"{len(self.failures)} failed, {len(self.warnings)} warning(s)"
        ]
        for finding in self.failures:
            lines.append(f"FAIL {finding.headline()}")
            lines.extend(f"     {format_row(row)}" for row in finding.examples)
        for finding in self.warnings:
            lines.append(f"WARN {finding.headline()}")
        lines.extend(f"NOTE {note}" for note in self.notes)
        for path in self.report_paths:
            lines.append(f"report: {path}")
        return "\n".join(lines)


def format_row(row: dict[str, Any], width: int = 80) -> str:
    """An example row as 'col=value, ...', long values cut."""
    parts = []
    for key, value in row.items():
        text = repr(value)
        parts.append(f"{key}={text if len(text) <= width else text[: width - 1] + '…'}")
    return ", ".join(parts)
