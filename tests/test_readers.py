"""Each reader on small files of its layout, and deduplication into documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchclaims.read import (
    DocumentCollector,
    InputError,
    SourceRecord,
    detect_format,
    iter_source_records,
    list_inputs,
)
from benchclaims.read.files import open_text

PAGE_WITH_META = """new

Get trending papers in your email inbox!

Subscribe

Daily Papers

byAK and the research community

Nov 4

First Paper Title

We reach 71.3% accuracy on ImageNet.

  • 7 authors
·
Nov 15, 2023

Second Paper: A Title

Our model is 2x faster.

nvidia NVIDIA
·
Aug 4 2

"""

PAGE_WITHOUT_META = """new

Get trending papers in your email inbox!

Subscribe

byAK and the research community

Mar 14

Barlow Twins: Self-Supervised Learning

Self-supervised learning is closing the gap.

YOLOv9: Learning What You Want to Learn

Today's deep learning methods focus on objectives.
"""


def records(path: Path, fmt: str | None = None) -> list:
    return list(iter_source_records([path], fmt))  # type: ignore[arg-type]


def source_slice(rec: SourceRecord, folder: Path) -> str:
    with open_text(folder / rec.source) as handle:
        return handle.read()[rec.char_start : rec.char_end]


def test_pages_with_metadata(tmp_path: Path) -> None:
    path = tmp_path / "001_page.txt"
    path.write_text(PAGE_WITH_META, encoding="utf-8")
    assert detect_format(path) == "pages"
    recs = records(path)
    assert [r.title for r in recs] == ["First Paper Title", "Second Paper: A Title"]
    assert recs[0].text == "We reach 71.3% accuracy on ImageNet."
    assert recs[0].meta == {"authors": 7, "published": "Nov 15, 2023"}
    assert recs[1].meta == {"organisation": "NVIDIA", "published": "Aug 4", "upvotes": 2}
    for rec in recs:
        assert source_slice(rec, tmp_path) == rec.text


def test_pages_without_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE_WITHOUT_META, encoding="utf-8")
    recs = records(path)
    assert [r.title for r in recs] == [
        "Barlow Twins: Self-Supervised Learning",
        "YOLOv9: Learning What You Want to Learn",
    ]
    assert all(r.meta == {} for r in recs)
    assert recs[1].record == 17


def test_pages_with_crlf_keep_offsets(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE_WITH_META.replace("\n", "\r\n").encode())
    recs = records(path, "pages")
    assert len(recs) == 2
    for rec in recs:
        assert source_slice(rec, tmp_path) == rec.text
        assert "\r" not in rec.text


def test_pages_keep_a_byte_order_mark_inside_an_abstract(tmp_path: Path) -> None:
    # a BOM that starts a later line of a paragraph is part of the text its span covers
    path = tmp_path / "page.txt"
    path.write_bytes(b"A Title\n\nFirst line of it,\n\xef\xbb\xbfsecond line: 1.5% gain.\n")
    (rec,) = records(path, "pages")
    assert rec.text == "First line of it,\n\ufeffsecond line: 1.5% gain."
    assert source_slice(rec, tmp_path) == rec.text


def test_lines_layout(tmp_path: Path) -> None:
    path = tmp_path / "000_lines.txt"
    path.write_text("First abstract with 3% gain.\n\nSecond abstract.\n", encoding="utf-8")
    assert detect_format(path) == "lines"
    recs = records(path)
    assert [r.text for r in recs] == ["First abstract with 3% gain.", "Second abstract."]
    assert [r.record for r in recs] == [1, 3]
    assert all(r.title is None for r in recs)
    for rec in recs:
        assert source_slice(rec, tmp_path) == rec.text


def test_jsonl_text_abstract_and_arxiv_snapshot(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    snapshot = {
        "id": "0704.0001",
        "submitter": "P. Author",
        "title": "A  title\n here",
        "abstract": '  We find a "10x" speedup.\nNew line here.\n',
        "versions": [],
    }
    lines = [
        json.dumps({"id": 7, "text": "Plain text record with é."}),
        json.dumps({"id": "x", "abstract": "An abstract.", "title": "T"}, ensure_ascii=False),
        json.dumps(snapshot),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    recs = records(path)
    assert [r.record_id for r in recs] == ["7", "x", "0704.0001"]
    assert recs[2].text == snapshot["abstract"]
    assert recs[2].title == "A title here"
    for rec in recs:
        assert rec.encoding == "json"
        raw = source_slice(rec, tmp_path)
        assert json.loads('"' + raw + '"') == rec.text


def test_jsonl_rejects_bad_records_and_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(
        '{"id": 1, "text": "good one"}\n{not json\n[1, 2]\n{"id": 2}\n{"id": 3, "text": 5}\n'
        '{"id": 4, "text": "  "}\n{"id": 5, "text": "good two"}\n',
        encoding="utf-8",
    )
    out = records(path)
    reasons = [getattr(r, "reason", "ok") for r in out]
    assert reasons == [
        "ok",
        "invalid_json",
        "not_an_object",
        "missing_text",
        "wrong_type",
        "empty_text",
        "ok",
    ]
    assert [getattr(r, "record", None) for r in out] == [1, 2, 3, 4, 5, 6, 7]


def test_format_flag_overrides_detection(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"text": "x"}\n', encoding="utf-8")
    assert [r.text for r in records(path, "lines")] == ['{"text": "x"}']


def test_duplicates_are_one_document_with_several_occurrences(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Same abstract.\nOther abstract.\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "p1", "title": "Its Title", "text": "Same abstract."}) + "\n",
        encoding="utf-8",
    )
    collector = DocumentCollector()
    docs, occs = [], []
    for rec in iter_source_records([tmp_path]):
        doc, occ = collector.add(rec)  # type: ignore[arg-type]
        occs.append(occ)
        if doc:
            docs.append(doc)
    assert len(docs) == 2 and len(occs) == 3
    assert occs[0].doc_id == occs[2].doc_id
    assert {o.source for o in occs} == {"a.txt", "b.jsonl"}
    assert collector.patches == {docs[0].doc_id: {"title": "Its Title"}}


def test_missing_and_empty_inputs(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list_inputs([tmp_path / "nope.jsonl"])
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="no source files"):
        list_inputs([empty])


def test_doc_id_is_stable() -> None:
    from benchclaims.read import doc_id_of

    assert doc_id_of("abc") == "a9993e364706816a"
