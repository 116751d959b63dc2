"""A small valid release for the validation tests: a copy of the built release
(data/release, with data/raw as its sources) when there is one, else a synthetic one
written from source files made here.

Either way the result is TMP/release with its sources in TMP/raw, next to it, where
validate_release looks by default."""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import regex

from benchclaims.schema import SCHEMAS, Claim, Document, Occurrence, Record, Reject

ROOT = Path(__file__).resolve().parents[1]
REAL_RELEASE = ROOT / "data" / "release"
REAL_SOURCES = ROOT / "data" / "raw"


def make_release(tmp_path: Path) -> Path:
    """TMP/release: the real release if built, else the synthetic one."""
    release, raw = tmp_path / "release", tmp_path / "raw"
    if (REAL_RELEASE / "claims.parquet").exists():
        shutil.copytree(REAL_RELEASE, release, ignore=shutil.ignore_patterns("validation"))
        shutil.copytree(REAL_SOURCES, raw)
        return release
    return make_synthetic_release(tmp_path)


def write_table(path: Path, name: str, rows: list[dict[str, Any]],
                nullable: bool = False) -> None:
    """Rows to Parquet with the contract's Arrow schema (all columns nullable if asked,
    to write nulls where the contract forbids them)."""
    schema = SCHEMAS[name]
    if nullable:
        schema = pa.schema([f.with_nullable(True) for f in schema], metadata=schema.metadata)
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)


# ---------------------------------------------------------------- synthetic release

A = ("We propose FastNet, a lightweight detector. FastNet reaches 76.94% mAP on COCO, "
     "improving over the baseline by +0.5 points. It runs 3.2x faster than YOLOv5.")
B = ("Our method reduces the error rate from 12.5% to 8.1% on ImageNet. Training needs "
     "8-10 hours on a single GPU, and memory use is cut by two orders of magnitude.")
C = ("We introduce a benchmark of 1,000 tasks. The best model solves about 45.2% of them, "
     "while humans reach 92% accuracy.")
D = ('We show that \u201cscaling\u201d helps: our model is ten times faster and achieves '
     '71.66 \\% accuracy on GLUE, a gain of 2.3 pp over BERT. Caf\u00e9-style "quotes" stay.')
E = "This paper surveys methods for robust reasoning without reporting any numbers."
F = ("Latency drops to 35 ms per image on Jetson, and throughput is twice that of prior "
     "work. The error falls by \u22121.5 points on KITTI.")

# (text, phrase, number as written, claim_type, value, fields)
CLAIMS: list[tuple[str, str, str, str, float, dict[str, Any]]] = [
    (A, "reaches 76.94% mAP on COCO", "76.94", "result", 76.94,
     {"unit": "%", "metric": "mAP", "dataset": "COCO", "subject": "FastNet"}),
    (A, "by +0.5 points", "0.5", "delta", 0.5,
     {"unit": "points", "direction": "up", "baseline": "the baseline"}),
    (A, "runs 3.2x faster", "3.2", "ratio", 3.2,
     {"unit": "x", "metric": "speed", "baseline": "YOLOv5", "direction": "up"}),
    (B, "from 12.5% to 8.1% on ImageNet", "8.1", "change", 8.1,
     {"unit": "%", "metric": "error rate", "dataset": "ImageNet", "direction": "down",
      "from": ("12.5", 12.5)}),
    (B, "needs 8-10 hours", "8-10", "result", 8.0,
     {"unit": "hours", "value_high": 10.0, "metric": "training time"}),
    (B, "cut by two orders of magnitude", "two orders of magnitude", "ratio", 100.0,
     {"unit": "x", "metric": "memory use", "direction": "down"}),
    (C, "about 45.2% of them", "45.2", "result", 45.2, {"unit": "%", "qualifier": "about"}),
    (C, "reach 92% accuracy", "92", "result", 92.0,
     {"unit": "%", "metric": "accuracy", "subject": "humans"}),
    (D, "ten times faster", "ten", "ratio", 10.0, {"unit": "x", "direction": "up"}),
    (D, "71.66 \\% accuracy on GLUE", "71.66", "result", 71.66,
     {"unit": "%", "metric": "accuracy", "dataset": "GLUE"}),
    (D, "a gain of 2.3 pp over BERT", "2.3", "delta", 2.3,
     {"unit": "pp", "direction": "up", "baseline": "BERT", "dataset": "GLUE"}),
    (F, "drops to 35 ms per image", "35", "result", 35.0,
     {"unit": "ms", "metric": "latency", "dataset": "Jetson", "direction": "down"}),
    (F, "twice that of prior work", "twice", "ratio", 2.0,
     {"unit": "x", "metric": "throughput", "baseline": "prior work"}),
    (F, "falls by \u22121.5 points on KITTI", "1.5", "delta", -1.5,
     {"unit": "points", "metric": "error", "dataset": "KITTI", "direction": "down"}),
]


def doc_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sentence(text: str, start: int) -> tuple[int, int]:
    """Bounds of the sentence holding position START (sentences end at '. ')."""
    bounds = [0] + [m.end() for m in regex.finditer(r"(?<=\.) ", text)] + [len(text) + 1]
    for a, b in zip(bounds, bounds[1:], strict=False):
        if a <= start < b:
            return a, min(b - 1, len(text))
    raise ValueError(start)


def _claim(text: str, phrase: str, number: str, kind: str, value: float,
           fields: dict[str, Any]) -> Claim:
    fields = dict(fields)
    span_start = text.index(phrase)
    value_start = span_start + phrase.index(number)
    value_end = value_start + len(number)
    sentence_start, sentence_end = _sentence(text, span_start)
    did = doc_id(text)
    if "from" in fields:
        written, from_value = fields.pop("from")
        from_start = span_start + phrase.index(written)
        fields.update(from_value=from_value, from_start=from_start,
                      from_end=from_start + len(written))
    return Claim(
        claim_id=hashlib.sha1(f"{did}:{value_start}:{value_end}".encode()).hexdigest()[:16],
        doc_id=did, claim_type=kind, value=value, value_start=value_start,  # type: ignore[arg-type]
        value_end=value_end, span_start=span_start, span_end=span_start + len(phrase),
        claim_text=phrase, sentence_start=sentence_start, sentence_end=sentence_end,
        rule=f"test_{kind}", extractor_version="0.1.0", **fields,
    )


def _rows(records: list[Record]) -> list[dict[str, Any]]:
    return [r.model_dump() for r in records]


def make_synthetic_release(tmp_path: Path) -> Path:
    """Sources: a raw text file (one CRLF line), a JSONL file with escapes and one broken
    line, a gzipped raw text file; tables consistent with them, validated by the models."""
    raw, release = tmp_path / "raw", tmp_path / "release"
    raw.mkdir()
    release.mkdir()
    occurrences: list[Record] = []
    documents: dict[str, Document] = {}

    def place(name: str, record: int, start: int, text: str, encoding: str,
              record_id: str | None = None, title: str | None = None) -> None:
        end = start + (len(text) if encoding == "raw" else len(json.dumps(text)) - 2)
        occurrences.append(Occurrence(
            doc_id=doc_id(text), source=name, source_sha256="", record=record,
            record_id=record_id, char_start=start, char_end=end, encoding=encoding,  # type: ignore[arg-type]
        ))
        documents.setdefault(doc_id(text), Document(doc_id=doc_id(text), text=text,
                                                    title=title))

    listing = ""
    for number, (text, ending) in enumerate([(A, "\n"), (B, "\r\n"), (C, "\n")], start=1):
        place("listing.txt", number, len(listing), text, "raw")
        listing += text + ending
    (raw / "listing.txt").write_bytes(listing.encode("utf-8"))

    jsonl = ""
    entries: list[tuple[str, str] | str] = [
        ("2401.00001", C),
        ("2401.00002", D),
        '{"id": "2401.00003", "abstract": "cut',
        ("2401.00004", E),
    ]
    for number, entry in enumerate(entries, start=1):
        if isinstance(entry, str):
            jsonl += entry + "\n"
            continue
        rid, text = entry
        line = json.dumps({"id": rid, "title": f"Paper {rid}", "abstract": text})
        place("abstracts.jsonl", number, len(jsonl) + line.index(json.dumps(text)) + 1, text,
              "json", record_id=rid, title=f"Paper {rid}")
        jsonl += line + "\n"
    (raw / "abstracts.jsonl").write_bytes(jsonl.encode("utf-8"))

    place("more.txt.gz", 1, 0, F, "raw")
    (raw / "more.txt.gz").write_bytes(gzip.compress((F + "\n").encode("utf-8"), mtime=0))

    hashes = {p.name: _sha256(p) for p in raw.iterdir()}
    occurrences = [o.model_copy(update={"source_sha256": hashes[o.source]})  # type: ignore[attr-defined]
                   for o in occurrences]
    rejects = [Reject(source="abstracts.jsonl", source_sha256=hashes["abstracts.jsonl"],
                      record=3, reason="invalid_json", detail="unterminated string",
                      excerpt=entries[2])]  # type: ignore[arg-type]
    claims = [_claim(*spec) for spec in CLAIMS]
    write_table(release / "documents.parquet", "documents", _rows(list(documents.values())))
    write_table(release / "occurrences.parquet", "occurrences", _rows(occurrences))
    write_table(release / "claims.parquet", "claims", _rows(claims))  # type: ignore[arg-type]
    write_table(release / "rejects.parquet", "rejects", _rows(rejects))  # type: ignore[arg-type]
    return release
