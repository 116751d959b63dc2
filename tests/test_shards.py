"""Reading a file in byte-range shards (what the Dask engine does with one large file)
gives exactly the records and rejects of reading it whole: same order, every field."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchclaims.read import (
    SPLITTABLE,
    Format,
    Shard,
    count_range,
    files,
    formats,
    read_records,
    read_source,
    sha256_of,
    shard_bounds,
    split_file,
)
from benchclaims.read.files import numbered_lines, open_text
from benchclaims.read.records import MAX_RECORD_CHARS, SourceRecord
from benchclaims.schema import Reject

SIZES = (1, 7, 64, 300)
"""Shard sizes in bytes: one line per shard up to a few lines per shard."""


def _json(text: str, **more: object) -> bytes:
    return json.dumps({"text": text, **more}, ensure_ascii=False).encode("utf-8")


JSONL = b"".join([
    b"\xef\xbb\xbf" + _json("A BOM starts the file; accuracy is 91.2% on MNIST.") + b"\n",
    _json("CRLF line: F1 of 88.1 on SQuAD.", id="crlf") + b"\r\n",
    b"\n",
    b"   \t \n",
    b'{"text":\r"CR as JSON whitespace: 3.5 BLEU"}\n',
    b'{"text": "a lone CR"}\r{"text": "inside one line"}\n',
    _json("Non-ASCII: précision de 97,3 % — 中文 4.2 ✓ 😀 top-1 76.1%.") + b"\n",
    b'{"text": "an invalid byte \xff in the text, 12%"}\n',
    b"\xfe\xff not JSON at all\n",
    b'{"text": "truncated',
    b"\n",
    b"[1, 2, 3]\n",
    b'{"abstract": null}\n',
    b"\xef\xbb\xbf" + _json("A BOM after a concatenation, BLEU 30.1") + b"\r\n",
    b'{"text": "' + b"long " * 400 + b'"}\n',
    _json("\u2028 line separator is no line end in JSON, 5 points") + b"\n",
    _json("The last line has no line end: 1.5x faster"),
])

LINES = b"".join([
    b"\xef\xbb\xbfA BOM starts the file; accuracy is 91.2% on MNIST.\n",
    b"CRLF line: F1 of 88.1 on SQuAD.\r\n",
    b"Lone CR line: 3.5 BLEU.\r",
    b"\r\n",
    b"\n",
    b"  \t\n",
    b"\r",
    "Non-ASCII: précision de 97,3 % — 中文 4.2 ✓ 😀 top-1 76.1%.\n".encode(),
    b"An invalid byte \xff here, 12%.\n",
    b"A truncated sequence \xe2\x82\r\n",
    b"\xef\xbb\xbfA BOM after a concatenation, BLEU 30.1\r",
    b"A control \x00 character, 4 points\n",
    b"Two CRs\r\rin a row, 7%\n",
    b"Over long: " + b"x" * (MAX_RECORD_CHARS + 5) + b"\n",
    b"The last line has no line end: 1.5x faster",
])


def whole_and_sharded(
    path: Path, fmt: Format, shard_bytes: int
) -> tuple[list[SourceRecord | Reject], list[SourceRecord | Reject], list[Shard]]:
    sha = sha256_of(path)
    shards = split_file(path, shard_bytes, SPLITTABLE[fmt])
    sharded = [item for shard in shards for item in read_source(path, sha, fmt, shard)]
    return list(read_records(path, sha, fmt)), sharded, shards


@pytest.fixture(autouse=True)
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Over-long JSON lines without a 16 MiB test file; files read a few characters or
    bytes at a time, so that the readers' and counters' blocks also end inside shards."""
    monkeypatch.setattr(formats, "MAX_JSON_LINE_CHARS", 1000)
    monkeypatch.setattr(files, "CHUNK_CHARS", 97)
    monkeypatch.setattr(files, "SHARD_READ", 5)


@pytest.mark.parametrize("shard_bytes", SIZES)
@pytest.mark.parametrize(("fmt", "data"), [("jsonl", JSONL), ("lines", LINES)])
def test_shards_read_the_records_of_the_whole_file(
    tmp_path: Path, fmt: Format, data: bytes, shard_bytes: int
) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    whole, sharded, shards = whole_and_sharded(path, fmt, shard_bytes)
    assert len(shards) >= 3
    assert sharded == whole
    reasons = {r.reason for r in whole if isinstance(r, Reject)}
    expected = {"too_long", "invalid_utf8"} | (
        {"invalid_json", "not_an_object", "missing_text"} if fmt == "jsonl"
        else {"control_character"}
    )
    assert expected <= reasons  # the file holds every case it is meant to
    assert sum(isinstance(r, SourceRecord) for r in whole) >= 5


@pytest.mark.parametrize("shard_bytes", SIZES)
@pytest.mark.parametrize(("fmt", "data"), [("jsonl", JSONL), ("lines", LINES)])
def test_shards_start_where_their_line_starts_in_the_whole_file(
    tmp_path: Path, fmt: Format, data: bytes, shard_bytes: int
) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    newlines = SPLITTABLE[fmt]
    shards = split_file(path, shard_bytes, newlines)
    assert [s.start for s in shards[1:]] == [s.end for s in shards[:-1]]  # they tile it
    assert shards[0].start == 0 and shards[-1].end == len(data)
    assert all(data[s.end - 1 : s.end] == b"\n" for s in shards[:-1])
    assert all(s.end - s.start >= shard_bytes for s in shards[:-1])
    with open_text(path) as handle:
        starts = {ln.number - 1: ln.offset for ln in numbered_lines(handle, 10, newlines)}
    assert all(starts[s.line] == s.char for s in shards)
    with open_text(path) as handle:
        total = list(numbered_lines(handle, 10, newlines))
    ended = sum(1 for ln in total if ln.ending)  # the last line has none
    assert count_range(path, 0, len(data), newlines) == (
        ended, total[-1].offset + total[-1].length + len(total[-1].ending)
    )


def test_shard_bounds_of_short_and_empty_files(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"")
    assert shard_bounds(path, 10) == [(0, 0)]
    path.write_bytes(b"one line without an end" * 10)
    assert shard_bounds(path, 10) == [(0, 230)]  # no b"\n" to cut at
    path.write_bytes(b"ab\ncd\n")
    assert shard_bounds(path, 3) == [(0, 3), (3, 6)]  # never an empty last shard
    assert shard_bounds(path, 2) == [(0, 3), (3, 6)]
    assert shard_bounds(path, 100) == [(0, 6)]
    with pytest.raises(ValueError):
        shard_bounds(path, 0)


def test_pages_and_gzipped_files_are_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x\n")
    with pytest.raises(ValueError, match="whole"):
        list(read_records(path, "sha", "pages", Shard(0, 2, 0, 0)))
    gz = tmp_path / "a.jsonl.gz"
    gz.write_bytes(gzip.compress(b"x\n"))
    with pytest.raises(ValueError, match="gzipped"):
        open_text(gz, Shard(0, 2, 0, 0))


_PIECES = [
    b'{"text": "a 1.5% gain"}', b'{"text": "', b'"}', b"\xff", b"\xef\xbb\xbf", b"\r\n",
    b"\n", b"\r", b"\x00", b"{", b"null", b"\xc3\xa9", b"\xe2\x82", b" ", b"\xe2\x80\xa8",
    b"7 points", b"\xf0\x9f\x98\x80",
]


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.lists(st.sampled_from(_PIECES), max_size=40).map(b"".join),
    fmt=st.sampled_from(["jsonl", "lines"]),
    shard_bytes=st.integers(1, 40),
)
def test_any_bytes_read_alike_in_shards(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, fmt: Format, shard_bytes: int
) -> None:
    path = tmp_path_factory.mktemp("shards") / "input.txt"
    path.write_bytes(data)
    whole, sharded, _ = whole_and_sharded(path, fmt, shard_bytes)
    assert sharded == whole


def test_first_sightings_across_shards_are_the_local_documents(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    from benchclaims import dask_engine, pipeline

    rows = [
        {"text": "A: 1.5% gain"},  # untitled first, a title only in a later shard
        {"text": "B: 2.5% gain", "title": "B first"},
        *({"text": f"filler {i}: {i}% gain"} for i in range(6)),
        {"text": "A: 1.5% gain", "title": "A later"},
        {"text": "B: 2.5% gain", "title": "B later"},  # must not replace B's title
        {"text": "C: 3.5% gain"},
        {"text": "C: 3.5% gain", "title": "C second"},
        {"text": "C: 3.5% gain", "title": "C third"},
    ]
    path = tmp_path / "dups.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    pipeline.run([path], tmp_path / "local", workers=1, extract=False)
    local = pq.read_table(tmp_path / "local" / "documents.parquet").to_pylist()

    sha = sha256_of(path)
    shards = split_file(path, 60, SPLITTABLE["jsonl"])
    assert len(shards) > 5
    parts = [dask_engine.read_part(0, str(path), "jsonl", sha, s)[0] for s in shards]
    # a shuffle keeps no order: the last shards first
    documents = dask_engine.first_sightings(pd.concat(parts[::-1], ignore_index=True))
    found = pa.Table.from_pandas(documents, preserve_index=False).to_pylist()
    assert sorted(found, key=repr) == sorted(local, key=repr)
    assert {d["title"] for d in found} == {"A later", "B first", "C second", None}
