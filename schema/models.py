"""The record shapes of every table: the one definition the Arrow schema,
the JSON Schema, the dataset card's column dictionary and the data checks
are derived from."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0.0"

ClaimType = Literal["change", "delta", "result", "ratio"]
Qualifier = Literal["exact", "up_to", "more_than", "at_least", "less_than", "about"]
Direction = Literal["up", "down"]
Encoding = Literal["raw", "json"]

NonNegInt = Annotated[int, Field(ge=0)]


class Record(BaseModel):
    """Base of all table rows: frozen, no extra fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Document(Record):
    """One distinct abstract; identical abstracts from several places are one document."""

    doc_id: str = Field(description="First 16 hex digits of the SHA-1 of the verbatim text.")
    title: str | None = Field(None, description="Paper title, where the source gives one.")
    text: str = Field(description="The abstract verbatim: no whitespace or Unicode normalisation.")
    authors: NonNegInt | None = Field(None, description="Author count from a listing page.")
    organisation: str | None = Field(None, description="Organisation line from a listing page.")
    published: str | None = Field(
        None, description="Date as the listing page writes it ('Oct 17', 'Feb 1, 2024')."
    )
    upvotes: NonNegInt | None = Field(None, description="Upvote count from a listing page.")


class Occurrence(Record):
    """One place a document's text stands in a source file."""

    doc_id: str = Field(description="The document found here.")
    source: str = Field(description="Source file name.")
    source_sha256: str = Field(description="SHA-256 of the source file's bytes as stored.")
    record: NonNegInt = Field(description="1-based line number of the record in the source file.")
    record_id: str | None = Field(None, description="The record's own id, where it has one.")
    char_start: NonNegInt = Field(
        description="Start of the text in the source file decoded as UTF-8 (decompressed if "
        "gzipped), in characters; a BOM or an undecodable byte counts as one character."
    )
    char_end: NonNegInt = Field(description="End (exclusive) of the text, counted the same way.")
    encoding: Encoding = Field(
        description="'raw': source[char_start:char_end] is the text; "
        "'json': it is the body of a JSON string literal that decodes to the text."
    )


class Claim(Record):
    """One quantitative claim, keyed by the span of its primary number."""

    claim_id: str = Field(description="Stable id: hash of doc_id and value span.")
    doc_id: str = Field(description="The document the claim is in.")
    claim_type: ClaimType = Field(description="change, delta, result or ratio.")
    value: float = Field(description="Primary number; for a range its low end.")
    value_high: float | None = Field(None, description="High end of a range.")
    from_value: float | None = Field(None, description="Old value of a change.")
    unit: str | None = Field(None, description="'%', 'x', 'pp', 'points' or the unit as written.")
    qualifier: Qualifier = Field("exact", description="exact, up_to, more_than, ... as worded.")
    direction: Direction | None = Field(None, description="up or down as worded; null if unsaid.")
    metric: str | None = Field(None, description="Metric as written in the sentence.")
    dataset: str | None = Field(None, description="Benchmark or dataset as written.")
    subject: str | None = Field(None, description="Method or model whose result it is.")
    baseline: str | None = Field(None, description="What it is compared with.")
    value_start: NonNegInt = Field(description="Start of the primary number in the text.")
    value_end: NonNegInt = Field(description="End (exclusive) of the primary number.")
    from_start: NonNegInt | None = Field(None, description="Start of the old value of a change.")
    from_end: NonNegInt | None = Field(None, description="End of the old value of a change.")
    span_start: NonNegInt = Field(description="Start of the claim's phrase.")
    span_end: NonNegInt = Field(description="End of the claim's phrase.")
    claim_text: str = Field(description="text[span_start:span_end].")
    sentence_start: NonNegInt = Field(description="Start of the sentence holding the claim.")
    sentence_end: NonNegInt = Field(description="End of the sentence holding the claim.")
    rule: str = Field(description="Name of the extractor rule that produced the claim.")
    extractor_version: str = Field(description="Version of benchclaims that extracted it.")


class Reject(Record):
    """An input record that could not become a document, and why."""

    source: str = Field(description="Source file name.")
    source_sha256: str | None = Field(None, description="SHA-256 of the source file, if readable.")
    record: NonNegInt = Field(description="1-based line number of the record (0: whole file).")
    reason: str = Field(description="Short machine-readable reason, e.g. 'invalid_json'.")
    detail: str = Field(description="Human-readable explanation.")
    excerpt: str | None = Field(None, description="First characters of the record, if any.")


TABLES: dict[str, type[Record]] = {
    "documents": Document,
    "occurrences": Occurrence,
    "claims": Claim,
    "rejects": Reject,
}

CLAIM_COLUMNS: tuple[str, ...] = tuple(Claim.model_fields)
"""The claims table's columns, in order: the order of a claim row as a plain tuple."""
