"""The validation report written into a release: JSON results and a Markdown page.

Both are deterministic (no timestamps, run ids or absolute paths; keys sorted), so a
rebuilt release is byte-identical. GX data docs are not used: they pull CSS from CDNs."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from benchclaims.schema import SCHEMA_VERSION

from .outcome import Finding, ValidationOutcome, format_row

RESULTS_NAME = "results.json"
REPORT_NAME = "report.md"


def results_document(outcome: ValidationOutcome) -> dict[str, Any]:
    """The JSON content: verdict, counts, every check with its result, statistics."""
    checks = []
    for finding in outcome.checks:
        item = asdict(finding)
        item["columns"] = list(finding.columns)
        item["examples"] = list(finding.examples)
        checks.append(item)
    return {
        "schema_version": SCHEMA_VERSION,
        "success": outcome.success,
        "counts": {
            "checks": len(outcome.checks),
            "failed": len(outcome.failures),
            "warnings": len(outcome.warnings),
        },
        "checks": checks,
        "notes": outcome.notes,
        "statistics": outcome.statistics,
    }


def _cell(value: Any) -> str:
    """A value for a Markdown table cell: pipes escaped, newlines flattened."""
    text = "" if value is None else str(value)
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("\r", " ")


def _result_text(finding: Finding) -> str:
    if finding.error:
        return f"raised: {finding.error}"
    if finding.unexpected_count is not None:
        return f"{finding.unexpected_count} of {finding.element_count} rows"
    return "" if finding.observed is None else f"observed {finding.observed}"


def _finding_section(finding: Finding) -> list[str]:
    lines = [
        f"### `{finding.check}`",
        "",
        f"- expectation: `{finding.expectation}`",
        f"- table: `{finding.table}`, column(s): {', '.join(f'`{c}`' for c in finding.columns)}",
        f"- rule: {finding.description}",
        f"- result: {_result_text(finding)}",
    ]
    if finding.examples:
        lines += ["", "Offending rows (first few):", "", "```text"]
        lines += [format_row(row, width=120).replace("```", "'''") for row in finding.examples]
        lines.append("```")
    return [*lines, ""]


def markdown(outcome: ValidationOutcome) -> str:
    """The human-readable page: verdict, failures with examples, warnings, every check,
    statistics."""
    verdict = "passed" if outcome.success else "FAILED"
    lines = [
        "# benchclaims release validation",
        "",
        f"**Result: {verdict}** — {len(outcome.checks)} checks, "
        f"{len(outcome.failures)} failed, {len(outcome.warnings)} warning(s). "
        f"Schema version {SCHEMA_VERSION}.",
        "",
    ]
    for title, findings in (("Failures", outcome.failures), ("Warnings", outcome.warnings)):
        if findings:
            lines += [f"## {title}", ""]
            for finding in findings:
                lines += _finding_section(finding)
    if outcome.notes:
        lines += ["## Notes", "", *(f"- {note}" for note in outcome.notes), ""]
    lines += ["## All checks", "", "| status | check | group | rule | result |",
              "| --- | --- | --- | --- | --- |"]
    for f in outcome.checks:
        status = "pass" if f.success else ("FAIL" if f.severity == "critical" else "warn")
        lines.append(f"| {status} | `{f.check}` | {f.group} | {_cell(f.description)} | "
                     f"{_cell(_result_text(f))} |")
    lines += ["", "## Statistics", "", "```json",
              json.dumps(outcome.statistics, indent=2, sort_keys=True, ensure_ascii=False),
              "```", ""]
    return "\n".join(lines)


def write_report(outcome: ValidationOutcome, folder: Path) -> list[Path]:
    """Write results.json and report.md into FOLDER; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    results = folder / RESULTS_NAME
    page = folder / REPORT_NAME
    text = json.dumps(results_document(outcome), indent=2, sort_keys=True, ensure_ascii=False,
                      allow_nan=False)
    results.write_text(text + "\n", encoding="utf-8", newline="\n")
    page.write_text(markdown(outcome), encoding="utf-8", newline="\n")
    return [results, page]
