"""benchclaims validate: the valid release passes; each deliberately corrupted copy fails
on the one check that guards against that corruption, and on no other."""

from __future__ import annotations

import math
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from validation_fixtures import make_release, make_synthetic_release, write_table

import benchclaims.validation.run  # noqa: F401  (the GX import, once for the module)
from benchclaims.read.records import doc_id_of
from benchclaims.validation import ValidationOutcome, main, validate_release
from benchclaims.validation.numbers import check_value, read_span

Rows = list[dict[str, Any]]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One valid release (with its sources in ../raw) for the whole module."""
    return make_release(tmp_path_factory.mktemp("base"))


@pytest.fixture(scope="module")
def base_outcome(base: Path) -> ValidationOutcome:
    return validate_release(base, write_report=False)


@pytest.fixture
def release(base: Path, tmp_path: Path) -> Path:
    """A private copy of the valid release, free to corrupt."""
    shutil.copytree(base.parent / "raw", tmp_path / "raw")
    shutil.copytree(base, tmp_path / "release", ignore=shutil.ignore_patterns("validation"))
    return tmp_path / "release"


def load(release: Path, name: str) -> Rows:
    return pq.read_table(release / f"{name}.parquet").to_pylist()


def edit(release: Path, name: str, change: Callable[[Rows], Rows | None],
         nullable: bool = False) -> None:
    """Rewrite one table through CHANGE (which edits the rows in place or returns new ones)."""
    rows = load(release, name)
    write_table(release / f"{name}.parquet", name, change(rows) or rows, nullable=nullable)


def failed(outcome: ValidationOutcome) -> set[str]:
    return {f.check for f in outcome.failures}


def texts(release: Path) -> dict[str, str]:
    return {d["doc_id"]: d["text"] for d in load(release, "documents")}


def plain_claim(release: Path) -> int:
    """Index of a claim whose value span reads as a single number (no range)."""
    text = texts(release)
    for i, c in enumerate(load(release, "claims")):
        reading = read_span(text[c["doc_id"]][c["value_start"] : c["value_end"]])
        if reading.status == "ok" and reading.value_high is None and c["value_high"] is None:
            return i
    raise AssertionError("no claim with a plain number")


def slack_claim(release: Path) -> int:
    """Index of a claim whose span can move one character right without crossing its value
    span or sentence end, and whose text changes when it does."""
    text = texts(release)
    for i, c in enumerate(load(release, "claims")):
        t = text[c["doc_id"]]
        a, b = c["span_start"], c["span_end"]
        if a < c["value_start"] and b < c["sentence_end"] and t[a + 1 : b + 1] != t[a:b]:
            return i
    raise AssertionError("no claim with room to shift")


# ---------------------------------------------------------------- the valid release


def test_valid_release_passes(base_outcome: ValidationOutcome) -> None:
    assert base_outcome.success, base_outcome.summary()
    assert base_outcome.failures == []
    assert len(base_outcome.checks) > 60
    groups = {f.group for f in base_outcome.checks}
    assert {"keys", "domains", "offsets", "provenance", "schema", "distribution"} <= groups
    assert all(f.error is None for f in base_outcome.checks)
    stats = base_outcome.statistics
    assert stats["value_spans"].get("ok", 0) > 0
    assert set(stats["sources"].values()) != {None}


def test_synthetic_release_passes_without_warnings(tmp_path: Path) -> None:
    """The synthetic release (raw, JSON-escaped and gzipped sources) is valid too."""
    outcome = validate_release(make_synthetic_release(tmp_path), write_report=False)
    assert outcome.success, outcome.summary()
    assert outcome.warnings == []
    assert outcome.statistics["value_spans"] == {"ok": 14}
    assert sorted(outcome.statistics["sources"]) == ["abstracts.jsonl", "listing.txt",
                                                     "more.txt.gz"]


def test_report_is_written_and_byte_identical(release: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """`benchclaims validate DIR` passes and writes the report; a copy of the release
    elsewhere gets the same bytes."""
    assert main([str(release)]) == 0
    out = capsys.readouterr().out
    assert "PASSED" in out and "results.json" in out
    other = tmp_path / "elsewhere" / "release"
    shutil.copytree(release, other, ignore=shutil.ignore_patterns("validation"))
    validate_release(other, sources=[release.parent / "raw"])
    for name in ("results.json", "report.md"):
        assert (release / "validation" / name).read_bytes() == (
            other / "validation" / name).read_bytes()
    text = (release / "validation" / "results.json").read_text()
    assert str(tmp_path) not in text
    assert "run_id" not in text and "time" not in text.lower()
    assert "**Result: passed**" in (release / "validation" / "report.md").read_text()


# ---------------------------------------------------------------- keys


def test_duplicate_claim_id(release: Path) -> None:
    def change(rows: Rows) -> None:
        rows[1]["claim_id"] = rows[0]["claim_id"]

    edit(release, "claims", change)
    outcome = validate_release(release, write_report=False)
    assert failed(outcome) == {"claims.claim_id.unique"}
    finding = outcome.failures[0]
    assert finding.unexpected_count == 2 and finding.columns == ("claim_id",)
    assert {row["claim_id"] for row in finding.examples} == {load(release, "claims")[0]["claim_id"]}


def test_null_claim_id(release: Path) -> None:
    edit(release, "claims", lambda rows: [{**rows[0], "claim_id": None}, *rows[1:]],
         nullable=True)
    assert failed(validate_release(release, write_report=False)) == {"claims.claim_id.not_null"}


def test_duplicate_document(release: Path) -> None:
    edit(release, "documents", lambda rows: [*rows, rows[0]])
    assert failed(validate_release(release, write_report=False)) == {"documents.doc_id.unique"}


def test_doc_id_not_derived_from_text(release: Path) -> None:
    old = load(release, "documents")[0]["doc_id"]
    new = "f" * 16

    def rename(rows: Rows) -> None:
        for row in rows:
            if row["doc_id"] == old:
                row["doc_id"] = new

    for name in ("documents", "occurrences", "claims"):
        edit(release, name, rename)
    assert failed(validate_release(release, write_report=False)) == {"documents.doc_id.from_text"}


def test_orphan_claim(release: Path) -> None:
    def change(rows: Rows) -> None:
        rows[0]["doc_id"] = "0" * 16

    edit(release, "claims", change)
    outcome = validate_release(release, write_report=False)
    assert failed(outcome) == {"claims.doc_id.in_documents"}
    assert outcome.failures[0].examples[0]["doc_id"] == "0" * 16


def test_orphan_occurrence(release: Path) -> None:
    edit(release, "occurrences", lambda rows: [*rows, {**rows[0], "doc_id": "0" * 16,
                                                       "record": 10**6}])
    assert failed(validate_release(release, write_report=False)) == {
        "occurrences.doc_id.in_documents"}


def test_document_without_occurrence(release: Path) -> None:
    text = "A document no source file holds."
    edit(release, "documents", lambda rows: [*rows, {**rows[0], "doc_id": doc_id_of(text),
                                                     "text": text}])
    assert failed(validate_release(release, write_report=False)) == {"documents.has_occurrence"}


def test_duplicate_source_record(release: Path) -> None:
    edit(release, "occurrences", lambda rows: [*rows, rows[0]])
    assert failed(validate_release(release, write_report=False)) == {
        "occurrences.source_record.unique"}


def test_duplicate_value_span(release: Path) -> None:
    edit(release, "claims", lambda rows: [*rows, {**rows[0], "claim_id": "d" * 16}])
    assert failed(validate_release(release, write_report=False)) == {"claims.value_span.unique"}


# ---------------------------------------------------------------- domains


@pytest.mark.parametrize(("table", "column", "bad"), [
    ("claims", "claim_type", "guess"),
    ("claims", "qualifier", "roughly"),
    ("claims", "direction", "sideways"),
    ("claims", "unit", "furlongs"),
    ("occurrences", "encoding", "base64"),
])
def test_value_out_of_domain(release: Path, table: str, column: str, bad: str) -> None:
    def change(rows: Rows) -> None:
        rows[0][column] = bad

    edit(release, table, change)
    outcome = validate_release(release, write_report=False)
    assert failed(outcome) == {f"{table}.{column}.in_domain"}
    assert outcome.failures[0].columns == (column,)
    assert outcome.failures[0].examples[0][column] == bad


def test_value_not_finite(release: Path) -> None:
    i = plain_claim(release)

    def change(rows: Rows) -> None:
        rows[i]["value"] = math.inf

    edit(release, "claims", change)
    outcome = validate_release(release, write_report=False)
    assert failed(outcome) == {"claims.value.finite"}
    assert outcome.failures[0].examples[0]["value"] == "inf"


def test_value_high_below_value(release: Path) -> None:
    i = plain_claim(release)

    def change(rows: Rows) -> None:
        rows[i]["value_high"] = rows[i]["value"] - 1

    edit(release, "claims", change)
    assert failed(validate_release(release, write_report=False)) == {"claims.value_high.ordered"}


def test_bad_reject_reason(release: Path) -> None:
    occurrence = load(release, "occurrences")[0]
    reject = {"source": occurrence["source"], "source_sha256": occurrence["source_sha256"],
              "record": 1, "reason": "Not JSON!", "detail": "made up", "excerpt": None}
    edit(release, "rejects", lambda rows: [*rows, reject])
    assert failed(validate_release(release, write_report=False)) == {"rejects.reason.format"}


# ---------------------------------------------------------------- offsets


def test_negative_offset(release: Path) -> None:
    def change(rows: Rows) -> None:
        rows[0]["sentence_start"] = -1

    edit(release, "claims", change)
    assert failed(validate_release(release, write_report=False)) == {
        "claims.sentence_start.non_negative"}


def test_sentence_starts_after_span(release: Path) -> None:
    def change(rows: Rows) -> None:
        rows[0]["sentence_start"] = rows[0]["span_start"] + 1

    edit(release, "claims", change)
    assert failed(validate_release(release, write_report=False)) == {
        "claims.span_start.after.sentence_start"}


def test_sentence_ends_past_the_text(release: Path) -> None:
    text = texts(release)

    def change(rows: Rows) -> None:
        rows[0]["sentence_end"] = len(text[rows[0]["doc_id"]]) + 5

    edit(release, "claims", change)
    assert failed(validate_release(release, write_report=False)) == {
        "claims.text_length.after.sentence_end"}


@pytest.mark.parametrize(("column", "value", "check"), [
    ("char_start", lambda row: -1, "occurrences.char_start.non_negative"),
    ("char_end", lambda row: row["char_start"] - 1, "occurrences.char_end.ordered"),
])
def test_bad_occurrence_offsets(release: Path, column: str, value: Callable[[dict], int],
                                check: str) -> None:
    def change(rows: Rows) -> None:
        row = next(r for r in rows if r["char_start"] > 0)
        row[column] = value(row)

    edit(release, "occurrences", change)
    assert failed(validate_release(release, write_report=False)) == {check}


# ---------------------------------------------------------------- provenance


def test_shifted_claim_span(release: Path) -> None:
    i = slack_claim(release)

    def change(rows: Rows) -> None:
        rows[i]["span_start"] += 1
        rows[i]["span_end"] += 1

    edit(release, "claims", change)
    outcome = validate_release(release, write_report=False)
    assert failed(outcome) == {"claims.claim_text.matches_span"}
    example = outcome.failures[0].examples[0]
    assert example["claim_text"] != example["span_text"]
    assert example["claim_id"] == load(release, "claims")[i]["claim_id"]


def test_value_does_not_match_its_span(release: Path) -> None:
    i = plain_claim(release)

    def change(rows: Rows) -> None:
        rows[i]["value"] += 1

    edit(release, "claims", change)
    outcome = validate_release(release, write_report=False)
    assert failed(outcome) == {"claims.value.matches_span"}
    assert outcome.failures[0].examples[0]["value_check"] == "mismatch"


def test_wrong_source_hash(release: Path) -> None:
    def change(rows: Rows) -> None:
        rows[0]["source_sha256"] = "0" * 64

    edit(release, "occurrences", change)
    outcome = validate_release(release, write_report=False)
    assert failed(outcome) == {"occurrences.source_sha256.matches"}
    assert outcome.failures[0].examples[0]["source_sha256_found"] != "0" * 64


def test_shifted_occurrence(release: Path) -> None:
    def change(rows: Rows) -> None:
        rows[0]["char_start"] += 1

    edit(release, "occurrences", change)
    outcome = validate_release(release, write_report=False)
    assert failed(outcome) == {"occurrences.text.matches_source"}
    assert "at char 0" in outcome.failures[0].examples[0]["text_difference"]


def test_json_occurrence_read_back_with_escapes(tmp_path: Path) -> None:
    """A JSON slice is decoded before comparing; cutting it through an escape fails."""
    release = make_synthetic_release(tmp_path)

    def change(rows: Rows) -> None:
        row = next(r for r in rows if r["encoding"] == "json" and r["record_id"] == "2401.00002")
        row["char_end"] -= 1  # ends inside the body: the last character is lost

    edit(release, "occurrences", change)
    assert failed(validate_release(release, write_report=False)) == {
        "occurrences.text.matches_source"}


def test_edited_source_file(release: Path) -> None:
    """A source file changed after the build: its hash no longer matches."""
    source = release.parent / "raw" / load(release, "occurrences")[0]["source"]
    source.write_bytes(source.read_bytes() + b"\n")
    assert failed(validate_release(release, write_report=False)) == {
        "occurrences.source_sha256.matches"} | (
        {"rejects.source_sha256.matches"} if any(r["source"] == source.name
                                                 for r in load(release, "rejects")) else set())


def test_source_file_not_found(release: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    outcome = validate_release(release, sources=[empty], write_report=False)
    assert failed(outcome) == {"occurrences.source.found"}


def test_no_sources_is_a_warning(release: Path) -> None:
    shutil.rmtree(release.parent / "raw")
    outcome = validate_release(release, write_report=False)
    assert outcome.success
    assert "occurrences.sources_available" in {w.check for w in outcome.warnings}


# ---------------------------------------------------------------- schema, distribution


def test_missing_column(release: Path) -> None:
    table = pq.read_table(release / "claims.parquet").drop_columns(["rule"])
    pq.write_table(table, release / "claims.parquet")
    outcome = validate_release(release, write_report=False)
    assert failed(outcome) == {"schema.column_types"}
    assert outcome.failures[0].examples == ({"table": "claims", "column": "rule",
                                             "expected_type": "string", "found_type": None},)
    assert outcome.notes


def test_distribution_problems_are_warnings(release: Path) -> None:
    def change(rows: Rows) -> None:
        for row in rows:
            row["metric"] = None

    edit(release, "claims", change)
    outcome = validate_release(release, write_report=False)
    assert outcome.success
    assert "claims.metric.non_null" in {w.check for w in outcome.warnings}


# ---------------------------------------------------------------- command line


def test_cli_names_the_failed_check(release: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def change(rows: Rows) -> None:
        rows[0]["claim_type"] = "guess"

    edit(release, "claims", change)
    assert main([str(release), "--no-report"]) == 1
    out = capsys.readouterr().out
    assert "FAIL claims.claim_type.in_domain" in out
    assert "claims(claim_type)" in out
    assert "claim_type='guess'" in out
    assert not (release / "validation").exists()


@pytest.mark.parametrize("args", [["/no/such/release"], [], ["--bogus"],
                                  ["{release}", "--sources", "/no/such/raw"]])
def test_cli_usage_errors(release: Path, capsys: pytest.CaptureFixture[str],
                          args: list[str]) -> None:
    assert main([a.format(release=release) for a in args]) == 2
    err = capsys.readouterr().err
    assert err and "Traceback" not in err


def test_cli_unreadable_table(release: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (release / "claims.parquet").write_bytes(b"not parquet")
    assert main([str(release)]) == 2
    assert "claims.parquet" in capsys.readouterr().err


def test_empty_release(tmp_path: Path) -> None:
    release = tmp_path / "release"
    release.mkdir()
    for name in ("documents", "occurrences", "claims", "rejects"):
        write_table(release / f"{name}.parquet", name, [])
    outcome = validate_release(release, write_report=False)
    assert failed(outcome) == {"documents.not_empty"}


def test_importing_the_package_does_not_import_gx() -> None:
    """The CLI imports benchclaims.validation for every command; GX takes seconds."""
    code = ("import sys, benchclaims.validation as v; "
            "assert 'great_expectations' not in sys.modules; print(v.main(['--help']))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert "benchclaims validate" in done.stdout and done.stdout.strip().endswith("0")


@pytest.mark.parametrize(
    ("span", "value", "high", "status"),
    [
        # a range the extractor joined with 'to' reads as both its ends
        ("5\\% to~10", 5.0, 10.0, "ok"),
        ("76.5% to 80.9", 76.5, 80.9, "ok"),
        ("4 to 8", 4.0, 8.0, "ok"),
        ("5 to 7", 5.0, 8.0, "mismatch"),
        # ... but two numbers joined otherwise are no one number
        ("3 and 4", 3.0, None, "not a number"),
        ("3 to 4 and 5", 3.0, 4.0, "not a number"),
    ],
)
def test_a_value_span_reads_as_its_value(
    span: str, value: float, high: float | None, status: str
) -> None:
    assert check_value(span, "", value, high).status == status
