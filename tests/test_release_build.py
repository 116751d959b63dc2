"""The bundled corpus built end to end: counts, schemas and provenance invariants."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from benchclaims.read.files import open_text, sha256_of
from benchclaims.schema import SCHEMAS, TABLES

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


@pytest.fixture(scope="module")
def tables(built_release: Path) -> dict[str, list[dict]]:
    return {name: pq.read_table(built_release / f"{name}.parquet").to_pylist() for name in TABLES}


def test_counts_of_the_bundled_corpus(tables: dict[str, list[dict]]) -> None:
    assert len(tables["documents"]) == 371
    assert len(tables["occurrences"]) == 399
    assert tables["rejects"] == []
    assert len({d["doc_id"] for d in tables["documents"]}) == 371
    assert len(tables["claims"]) > 100


def test_schemas_are_the_derived_ones(built_release: Path) -> None:
    for name in TABLES:
        schema = pq.read_schema(built_release / f"{name}.parquet")
        assert schema.remove_metadata() == SCHEMAS[name].remove_metadata(), name
        meta = schema.metadata
        assert meta[b"schema_version"] and meta[b"extractor_version"]
    claims = pq.read_schema(built_release / "claims.parquet")
    assert str(claims.field("value").type) == "double"
    assert str(claims.field("value_start").type) == "int64"
    assert claims.field("value_high").nullable and not claims.field("value").nullable


def test_occurrences_give_back_the_text(tables: dict[str, list[dict]]) -> None:
    texts = {d["doc_id"]: d["text"] for d in tables["documents"]}
    files: dict[str, str] = {}
    for occ in tables["occurrences"]:
        path = RAW / occ["source"]
        if occ["source"] not in files:
            with open_text(path) as handle:
                files[occ["source"]] = handle.read()
            assert sha256_of(path) == occ["source_sha256"]
        raw = files[occ["source"]][occ["char_start"] : occ["char_end"]]
        text = json.loads('"' + raw + '"') if occ["encoding"] == "json" else raw
        assert text == texts[occ["doc_id"]]


def test_duplicate_abstracts_have_several_occurrences(tables: dict[str, list[dict]]) -> None:
    per_doc: dict[str, set[str]] = {}
    for occ in tables["occurrences"]:
        per_doc.setdefault(occ["doc_id"], set()).add(occ["source"])
    repeated = [d for d, sources in per_doc.items() if len(sources) > 1]
    assert len(repeated) >= 20


def test_page_metadata_is_read(tables: dict[str, list[dict]]) -> None:
    docs = tables["documents"]
    assert sum(d["title"] is not None for d in docs) > 300
    assert any(d["authors"] for d in docs)
    assert any(d["organisation"] == "NVIDIA" for d in docs)
    assert any(d["upvotes"] for d in docs)


def test_claim_provenance(tables: dict[str, list[dict]]) -> None:
    texts = {d["doc_id"]: d["text"] for d in tables["documents"]}
    ids = [c["claim_id"] for c in tables["claims"]]
    assert len(ids) == len(set(ids))
    for c in tables["claims"]:
        text = texts[c["doc_id"]]
        assert text[c["span_start"] : c["span_end"]] == c["claim_text"]
        assert c["sentence_start"] <= c["span_start"] <= c["value_start"]
        assert c["value_start"] < c["value_end"] <= c["span_end"] <= c["sentence_end"]
        if c["from_start"] is not None:
            assert c["span_start"] <= c["from_start"] < c["from_end"] <= c["span_end"]
        assert c["value_high"] is None or c["value_high"] >= c["value"]
