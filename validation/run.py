"""Running the suites on a release: load, derive, validate with GX, turn GX's results
into Findings, gather statistics, write the report."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pandas as pd

from . import derive, report
from ._gx import new_context
from .outcome import MAX_EXAMPLES, Finding, ValidationOutcome
from .sources import SourceFiles, default_sources
from .suite import SuiteBuilder, build_suites
from .tables import Release, ReleaseError, load_release, schema_frame

_MAX_TEXT = 300


def plain(value: Any) -> Any:
    """A JSON-safe, deterministic version of a cell or GX result value: numpy scalars to
    Python, missing to None, non-finite floats to strings, long strings cut."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, str):
        value = value.item()
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return value if math.isfinite(value) else ("inf" if value > 0 else "-inf")
    if isinstance(value, str) and len(value) > _MAX_TEXT:
        return value[: _MAX_TEXT - 1] + "…"
    if isinstance(value, bool | int | str):
        return value
    return str(value)


def _finding(table: str, result: Any, frame: pd.DataFrame) -> Finding:
    """A Finding from one GX ExpectationValidationResult; examples are the offending rows
    GX reports, shown with the columns named in the expectation's meta."""
    config = result.expectation_config
    meta = config.meta or {}
    details = result.result or {}
    info = result.exception_info or {}
    error = info.get("exception_message") if info.get("raised_exception") else None
    show = [c for c in meta.get("show", []) if c in frame.columns]
    rows = details.get("partial_unexpected_index_list") or []
    examples = tuple(
        {c: plain(frame.at[i, c]) for c in show} for i in rows[:MAX_EXAMPLES]
        if isinstance(i, int) and i in frame.index
    )
    observed = details.get("observed_value")
    if observed is None and details.get("partial_missing_list"):
        observed = {"missing": sorted(map(str, details["partial_missing_list"]))}
    severity = getattr(config, "severity", "critical")
    return Finding(
        check=meta.get("check", config.type),
        expectation=config.type,
        table=table,
        columns=tuple(meta.get("columns", [])),
        group=meta.get("group", ""),
        severity=str(getattr(severity, "value", severity)),
        success=bool(result.success) and error is None,
        description=config.description or "",
        element_count=details.get("element_count"),
        unexpected_count=details.get("unexpected_count"),
        observed=plain(observed),
        examples=examples,
        error=error,
        kwargs=plain({k: v for k, v in config.kwargs.items() if k != "batch_id"}),
    )


class _Runner:
    """One GX ephemeral context with a pandas data source; one asset per table."""

    def __init__(self) -> None:
        self.source = new_context().data_sources.add_pandas("benchclaims")

    def run(self, table: str, builder: SuiteBuilder, frame: pd.DataFrame) -> list[Finding]:
        """Validate FRAME with the suite: counts for every check first (BASIC), then the
        offending rows of the failed ones (SUMMARY, which costs a third more per check)."""
        asset = self.source.add_dataframe_asset(name=table)
        batch = asset.add_batch_definition_whole_dataframe("whole").get_batch(
            batch_parameters={"dataframe": frame})
        results = self._results(batch, builder.suite(), "BASIC")
        failed = {c for c, r in results.items() if not r.success}
        if failed:
            results.update(self._results(batch, builder.suite(only=failed), "SUMMARY"))
        return [_finding(table, results[check], frame) for check in builder.checks]

    @staticmethod
    def _results(batch: Any, suite: Any, result_format: str) -> dict[str, Any]:
        """GX results by check id (GX does not keep the suite's order)."""
        result = batch.validate(suite, result_format={
            "result_format": result_format, "partial_unexpected_count": MAX_EXAMPLES})
        return {str((r.expectation_config.meta or {}).get("check")): r for r in result.results
                if r.expectation_config is not None}


def _not_run(check: str, table: str, description: str, why: str) -> Finding:
    return Finding(check=check, expectation="(not run)", table=table, columns=("source",),
                   group="provenance", severity="warning", success=False,
                   description=description, observed=why)


def _statistics(frames: dict[str, pd.DataFrame], sources: SourceFiles | None) -> dict[str, Any]:
    """Counts for the report: rows, documents with claims, claims per type, null rates,
    how value spans read, source files checked."""
    docs, claims = frames["documents"], frames["claims"]
    n_claims = len(claims)
    stats: dict[str, Any] = {
        "rows": {name: len(frames[name]) for name in ("documents", "occurrences", "claims",
                                                       "rejects")},
        "documents_with_claims": int(docs["has_claims"].sum()),
        "share_documents_with_claims": round(float(docs["has_claims"].mean()), 4)
        if len(docs) else None,
        "claims_per_type": {str(k): int(v) for k, v in
                            sorted(claims["claim_type"].value_counts().items())},
        "null_rate": {c: round(float(claims[c].isna().mean()), 4) if n_claims else None
                      for c in ("metric", "dataset")},
        "value_spans": {str(k): int(v) for k, v in
                        sorted(claims["value_check"].value_counts().items())},
    }
    if sources is not None:
        names = sorted({s for s in frames["occurrences"]["source"] if isinstance(s, str)})
        stats["sources"] = {n: sources.sha256(n) for n in names}
    return stats


def validate_release(release_dir: Path, sources: list[Path] | None = None,
                     write_report: bool = True) -> ValidationOutcome:
    """Validate the release in RELEASE_DIR against every suite; source files are looked up
    in SOURCES (default: the folder 'raw' next to the release, if there is one)."""
    release_dir = Path(release_dir)
    release: Release = load_release(release_dir)
    folders = [Path(s) for s in sources] if sources is not None else default_sources(
        release_dir)
    for folder in folders:
        if not folder.is_dir():
            raise ReleaseError(f"{folder}: no such source folder")
    files = SourceFiles(folders) if folders else None
    runner = _Runner()  # GX wants a context before suites are made
    suites = build_suites(with_sources=files is not None)
    checks = runner.run("schema", suites["schema"], schema_frame(release))
    notes: list[str] = []
    statistics: dict[str, Any] = {"rows": {k: len(v) for k, v in release.frames.items()}}
    if all(f.success for f in checks):
        raw = release.frames
        frames = {
            "documents": derive.derive_documents(raw["documents"], raw["occurrences"],
                                                 raw["claims"]),
            "occurrences": derive.derive_occurrences(raw["occurrences"], raw["documents"],
                                                     files),
            "claims": derive.derive_claims(raw["claims"], raw["documents"]),
            "rejects": derive.derive_rejects(raw["rejects"], files),
        }
        for table, frame in frames.items():
            checks.extend(runner.run(table, suites[table], frame))
        if files is None:
            checks.append(_not_run(
                "occurrences.sources_available", "occurrences",
                "source files are available to check occurrence provenance",
                "no source folder given and no 'raw' folder next to the release"))
        statistics = _statistics(frames, files)
    else:
        notes.append("tables not checked further: their columns do not match the schema")
    outcome = ValidationOutcome(release_dir=release_dir, checks=checks,
                                statistics=statistics, notes=notes)
    if write_report:
        outcome.report_paths = report.write_report(outcome, release_dir / "validation")
    return outcome
