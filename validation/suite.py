"""The expectation suites: one GX suite per table (plus one for the column schema),
built from the schema and the domains, with derived columns (derive.py) for the rules
GX has no built-in expectation for.

Every expectation carries meta: `check` (a stable id, `table.name`), `group` (keys,
domains, offsets, provenance, schema, distribution), `columns` (the release columns it
is about) and `show` (columns printed for an offending row). A data team extends the
suites by adding expectations the same way; distribution sanity checks have
severity 'warning' and never fail a release."""

from __future__ import annotations

import sys
from typing import Any, get_args

from benchclaims.schema import SCHEMAS, ClaimType

from . import domains
from ._gx import FailureSeverity, gx, gxe
from .numbers import PASSING

WARN_DOCS_WITH_CLAIMS = (0.05, 0.95)
"""Share of documents with at least one claim outside this band is suspicious: an
extractor that finds nothing, or one that finds numbers everywhere."""
WARN_METRIC_NON_NULL = 0.4
WARN_DATASET_NON_NULL = 0.2
"""Minimum share of claims naming their metric / dataset before a warning."""

KEYS: dict[str, list[str]] = {
    "schema": ["table", "column"],
    "documents": ["doc_id"],
    "occurrences": ["doc_id", "source", "record"],
    "claims": ["claim_id", "doc_id"],
    "rejects": ["source", "record"],
}
"""Columns that identify an offending row in the report."""

_SHA256 = r"^[0-9a-f]{64}$"
_CLAIM_ORDER = [  # (column_A, column_B, strict): A > B, or A >= B unless strict
    ("value_start", "span_start", False),
    ("value_end", "value_start", True),
    ("span_end", "value_end", False),
    ("span_start", "sentence_start", False),
    ("sentence_end", "span_end", False),
    ("from_end", "from_start", True),
    ("text_length", "sentence_end", False),
    ("text_length", "from_end", False),
]


class SuiteBuilder:
    """Adds expectations to one table's suite with the meta the report relies on."""

    def __init__(self, table: str) -> None:
        self.table = table
        self.expectations: list[gxe.Expectation] = []
        self.checks: list[str] = []

    def suite(self, only: set[str] | None = None) -> gx.ExpectationSuite:
        """The GX suite, or the part of it with the checks in ONLY (made in one go: adding
        expectations one by one costs a store look-up each)."""
        chosen = [e for e, c in zip(self.expectations, self.checks, strict=True)
                  if only is None or c in only]
        suite = gx.ExpectationSuite(name=f"benchclaims.{self.table}", expectations=chosen)
        if len(suite.expectations) != len(chosen):  # GX drops invalid ones with a log line
            raise RuntimeError(f"{suite.name}: GX refused some expectations")
        return suite

    def add(self, expectation: type[gxe.Expectation], name: str, group: str,
            columns: list[str], description: str, show: list[str] | None = None,
            severity: str = "critical", **kwargs: Any) -> None:
        """One expectation; `name` becomes the check id `table.name`."""
        check = f"{self.table}.{name}"
        shown = [c for c in [*KEYS[self.table], *(show or columns)] if c]
        meta = {"check": check, "group": group, "columns": columns,
                "show": list(dict.fromkeys(shown))}
        self.expectations.append(expectation(  # type: ignore[call-arg]
            meta=meta, description=description, severity=FailureSeverity(severity), **kwargs))
        self.checks.append(check)


def _generic(b: SuiteBuilder) -> None:
    """Checks every table gets from its schema: non-null, lower bounds, enumerations,
    finite floats."""
    for column in domains.required_columns(b.table):
        b.add(gxe.ExpectColumnValuesToNotBeNull, f"{column}.not_null", "keys" if column in
              KEYS[b.table] else "domains", [column], f"{column} is required", column=column)
    for column, low in domains.lower_bounds(b.table).items():
        b.add(gxe.ExpectColumnValuesToBeBetween, f"{column}.non_negative", "offsets", [column],
              f"{column} >= {low:g}", column=column, min_value=low)
    for column, allowed in domains.literal_domains(b.table).items():
        b.add(gxe.ExpectColumnValuesToBeInSet, f"{column}.in_domain", "domains", [column],
              f"{column} is one of {', '.join(map(str, allowed))}", column=column,
              value_set=list(allowed))
    for column in domains.float_columns(b.table):
        b.add(gxe.ExpectColumnValuesToBeBetween, f"{column}.finite", "domains", [column],
              f"{column} is a finite number", column=column, min_value=-sys.float_info.max,
              max_value=sys.float_info.max)


def _schema() -> SuiteBuilder:
    b = SuiteBuilder("schema")
    b.add(gxe.ExpectColumnPairValuesToBeEqual, "column_types", "schema",
          ["expected_type", "found_type"],
          "every table has exactly the columns and Arrow types of benchclaims.schema",
          show=["expected_type", "found_type"], column_A="expected_type",
          column_B="found_type", ignore_row_if="both_values_are_missing")
    return b


def _documents() -> SuiteBuilder:
    b = SuiteBuilder("documents")
    b.add(gxe.ExpectTableRowCountToBeBetween, "not_empty", "keys", [],
          "the release has at least one document", min_value=1)
    b.add(gxe.ExpectColumnValuesToBeUnique, "doc_id.unique", "keys", ["doc_id"],
          "one row per document", column="doc_id")
    _generic(b)
    b.add(gxe.ExpectColumnPairValuesToBeEqual, "doc_id.from_text", "keys", ["doc_id", "text"],
          "doc_id is the first 16 hex digits of the SHA-1 of the text",
          show=["doc_id_from_text"], column_A="doc_id", column_B="doc_id_from_text",
          ignore_row_if="either_value_is_missing")
    b.add(gxe.ExpectColumnValuesToBeBetween, "has_occurrence", "provenance", ["doc_id"],
          "every document occurs in at least one source file", show=["occurrence_count"],
          column="occurrence_count", min_value=1)
    low, high = WARN_DOCS_WITH_CLAIMS
    b.add(gxe.ExpectColumnMeanToBeBetween, "share_with_claims", "distribution", ["doc_id"],
          f"between {low:.0%} and {high:.0%} of documents have a claim",
          severity="warning", column="has_claims", min_value=low, max_value=high)
    return b


def _occurrences(with_sources: bool) -> SuiteBuilder:
    b = SuiteBuilder("occurrences")
    _generic(b)
    b.add(gxe.ExpectColumnValuesToBeInSet, "doc_id.in_documents", "keys", ["doc_id"],
          "every occurrence's doc_id is a document", show=["doc_id"],
          column="doc_id_in_documents", value_set=[True])
    b.add(gxe.ExpectCompoundColumnsToBeUnique, "source_record.unique", "keys",
          ["source", "record"], "one occurrence per source record",
          column_list=["source", "record"])
    b.add(gxe.ExpectColumnValuesToMatchRegex, "source_sha256.format", "domains",
          ["source_sha256"], "source_sha256 is 64 lower-case hex digits",
          column="source_sha256", regex=_SHA256)
    b.add(gxe.ExpectColumnPairValuesAToBeGreaterThanB, "char_end.ordered", "offsets",
          ["char_start", "char_end"], "char_start <= char_end", column_A="char_end",
          column_B="char_start", or_equal=True, ignore_row_if="either_value_is_missing")
    if not with_sources:
        return b
    b.add(gxe.ExpectColumnValuesToBeInSet, "source.found", "provenance", ["source"],
          "the source file is found in the source folders and can be read",
          column="source_found", value_set=[True])
    b.add(gxe.ExpectColumnPairValuesToBeEqual, "source_sha256.matches", "provenance",
          ["source_sha256"], "source_sha256 is the SHA-256 of the source file",
          show=["source_sha256", "source_sha256_found"], column_A="source_sha256",
          column_B="source_sha256_found", ignore_row_if="either_value_is_missing")
    b.add(gxe.ExpectColumnPairValuesToBeEqual, "text.matches_source", "provenance",
          ["char_start", "char_end", "encoding"],
          "the source file at char_start:char_end gives back the document text",
          show=["char_start", "char_end", "encoding", "text_difference"],
          column_A="source_text", column_B="document_text",
          ignore_row_if="either_value_is_missing")
    return b


def _claims() -> SuiteBuilder:
    b = SuiteBuilder("claims")
    b.add(gxe.ExpectColumnValuesToBeUnique, "claim_id.unique", "keys", ["claim_id"],
          "one row per claim", column="claim_id")
    _generic(b)
    b.add(gxe.ExpectColumnValuesToBeInSet, "doc_id.in_documents", "keys", ["doc_id"],
          "every claim's doc_id is a document", column="doc_id_in_documents",
          value_set=[True])
    b.add(gxe.ExpectCompoundColumnsToBeUnique, "value_span.unique", "keys",
          ["doc_id", "value_start", "value_end"], "one claim per value span",
          column_list=["doc_id", "value_start", "value_end"])
    units = list(domains.units())
    b.add(gxe.ExpectColumnValuesToBeInSet, "unit.in_domain", "domains", ["unit"],
          f"unit is one of {', '.join(units)}", column="unit", value_set=units)
    b.add(gxe.ExpectColumnPairValuesAToBeGreaterThanB, "value_high.ordered", "domains",
          ["value", "value_high"], "value_high >= value", column_A="value_high",
          column_B="value", or_equal=True, ignore_row_if="either_value_is_missing")
    for a, c, strict in _CLAIM_ORDER:
        columns = [c, a] if a != "text_length" else ["doc_id", c]
        op = "<" if strict else "<="
        what = f"{c} {op} {a}" if a != "text_length" else f"{c} <= length of the text"
        b.add(gxe.ExpectColumnPairValuesAToBeGreaterThanB, f"{a}.after.{c}", "offsets",
              columns, what, show=[c, a], column_A=a, column_B=c, or_equal=not strict,
              ignore_row_if="either_value_is_missing")
    b.add(gxe.ExpectColumnPairValuesToBeEqual, "claim_text.matches_span", "provenance",
          ["claim_text", "span_start", "span_end"], "text[span_start:span_end] == claim_text",
          show=["span_start", "span_end", "claim_text", "span_text"], column_A="claim_text",
          column_B="span_text", ignore_row_if="either_value_is_missing")
    for prefix, column in (("value", "value"), ("from", "from_value")):
        b.add(gxe.ExpectColumnValuesToBeInSet, f"{column}.matches_span", "provenance",
              [column, f"{prefix}_start", f"{prefix}_end"],
              f"text[{prefix}_start:{prefix}_end] reads as {column}",
              show=[f"{prefix}_text", column, f"{prefix}_read", f"{prefix}_check"],
              column=f"{prefix}_check", value_set=list(PASSING))
    b.add(gxe.ExpectColumnProportionOfNonNullValuesToBeBetween, "metric.non_null",
          "distribution", ["metric"], f"at least {WARN_METRIC_NON_NULL:.0%} of claims name "
          "their metric", severity="warning", column="metric", min_value=WARN_METRIC_NON_NULL)
    b.add(gxe.ExpectColumnProportionOfNonNullValuesToBeBetween, "dataset.non_null",
          "distribution", ["dataset"], f"at least {WARN_DATASET_NON_NULL:.0%} of claims name "
          "their dataset", severity="warning", column="dataset",
          min_value=WARN_DATASET_NON_NULL)
    types = list(get_args(ClaimType))
    b.add(gxe.ExpectColumnDistinctValuesToContainSet, "claim_type.all_present",
          "distribution", ["claim_type"], "every claim type occurs at least once",
          severity="warning", column="claim_type", value_set=types)
    return b


def _rejects(with_sources: bool) -> SuiteBuilder:
    b = SuiteBuilder("rejects")
    _generic(b)
    b.add(gxe.ExpectColumnValuesToMatchRegex, "reason.format", "domains", ["reason"],
          "reason is a short machine-readable word (a-z, 0-9, _)", column="reason",
          regex=r"^[a-z][a-z0-9_]*$")
    b.add(gxe.ExpectColumnValuesToMatchRegex, "source_sha256.format", "domains",
          ["source_sha256"], "source_sha256 is 64 lower-case hex digits",
          column="source_sha256", regex=_SHA256)
    if with_sources:
        b.add(gxe.ExpectColumnPairValuesToBeEqual, "source_sha256.matches", "provenance",
              ["source_sha256"], "source_sha256 is the SHA-256 of the source file",
              show=["source_sha256", "source_sha256_found"], column_A="source_sha256",
              column_B="source_sha256_found", ignore_row_if="either_value_is_missing")
    return b


def build_suites(with_sources: bool) -> dict[str, SuiteBuilder]:
    """Every suite, by the table (or 'schema') it validates, in the order they run."""
    suites = {
        "schema": _schema(),
        "documents": _documents(),
        "occurrences": _occurrences(with_sources),
        "claims": _claims(),
        "rejects": _rejects(with_sources),
    }
    missing = set(SCHEMAS) - set(suites)
    if missing:
        raise RuntimeError(f"no expectation suite for table(s) {sorted(missing)}")
    return suites
