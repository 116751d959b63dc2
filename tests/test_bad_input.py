"""Bad input: every record ends as an occurrence or a reject with a reason, the summary
adds up, offsets give back the text, and what cannot be read at all is a clear error
with exit code 2, never a traceback."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from benchclaims.cli import main
from benchclaims.pipeline import Summary, run
from benchclaims.read import formats
from benchclaims.read.files import open_text
from benchclaims.read.records import MAX_RECORD_CHARS, REASONS
from benchclaims.schema import TABLES

GOOD = "We improve accuracy by 3.5% on ImageNet."
TEN_MB = 10 * 2**20


def _extract(tmp_path: Path, *inputs: Path) -> tuple[Summary, dict[str, list[dict]]]:
    out = tmp_path / "out"
    summary = run(list(inputs), out, workers=1)
    tables = {name: pq.read_table(out / f"{name}.parquet").to_pylist() for name in TABLES}
    return summary, tables


def _check_accounting(summary: Summary, tables: dict[str, list[dict]], records: int) -> None:
    """records read = occurrences + rejects, and the tables hold exactly those rows."""
    assert summary.records == records
    assert summary.records == summary.occurrences + summary.rejects
    assert len(tables["occurrences"]) == summary.occurrences
    assert len(tables["rejects"]) == summary.rejects
    assert len(tables["documents"]) == summary.documents
    keys = [(r["source"], r["record"]) for r in tables["occurrences"] + tables["rejects"]]
    assert len(keys) == len(set(keys)), "a record counted twice"
    for rej in tables["rejects"]:
        assert rej["reason"] in REASONS, rej
        assert rej["source"] and rej["record"] >= 1 and rej["detail"], rej


def _check_offsets(tables: dict[str, list[dict]], folder: Path) -> None:
    """Every occurrence's offsets give back its document's text from the decoded file."""
    texts = {d["doc_id"]: d["text"] for d in tables["documents"]}
    for occ in tables["occurrences"]:
        with open_text(folder / occ["source"]) as handle:
            raw = handle.read()[occ["char_start"] : occ["char_end"]]
        text = json.loads('"' + raw + '"') if occ["encoding"] == "json" else raw
        assert text == texts[occ["doc_id"]], occ


def _reasons(tables: dict[str, list[dict]]) -> dict[int, str]:
    out = {r["record"]: "ok" for r in tables["occurrences"]}
    out.update({r["record"]: r["reason"] for r in tables["rejects"]})
    return dict(sorted(out.items()))


def test_jsonl_every_bad_record_is_a_reject_and_the_run_goes_on(tmp_path: Path) -> None:
    lines: list[bytes] = [
        json.dumps({"id": 1, "text": GOOD}).encode(),  # 1
        b'{"id": 2, "text": "unterminated',  # 2
        b"[1, 2, 3]",  # 3: a JSON array
        b'"just a string"',  # 4
        b"42",  # 5
        b"null",  # 6
        b'{"id": 7}',  # 7: no text
        b'{"id": 8, "text": null}',  # 8
        b'{"id": 9, "text": 5}',  # 9
        b'{"id": 10, "text": ["a", "b"]}',  # 10
        b'{"id": 11, "text": {"en": "x"}}',  # 11
        b'{"id": 12, "text": true}',  # 12
        b'{"id": 13, "text": ""}',  # 13
        b'{"id": 14, "text": " \\t\\n "}',  # 14
        b'{"id": 15, "text": "bad \xff byte"}',  # 15: invalid UTF-8 in the text
        b'{"id": 16, "text": "lone \\ud800 surrogate"}',  # 16
        b'{"id": 17, "text": "nul \\u0000 escaped"}',  # 17
        b'{"id": 18, "text": "raw nul \x00 in string"}',  # 18: not valid JSON
        b'{"id": 19, "text": "bell \\u0007 and \\u001b escape"}',  # 19
        b'{"id": ' + b"9" * 5000 + b', "text": "huge int"}',  # 20: int over 4300 digits
        b"[" * 100_000 + b"]" * 100_000,  # 21: nesting too deep
        b'{"id": 22, "t\\u0065xt": "escaped key"}',  # 22: key written with an escape
        b'{"id": 23, "title": "bad \xfe title \\u0001", "abstract": "' + GOOD.encode() + b'"}',
        b'{"id": 24, "text": "tab\\tCR\\rLF\\n are fine, so is \\u00e9."}',  # 24
        b'{"id": 25, "text": null, "abstract": "falls back to the abstract"}',  # 25
        b'{"id": 26, "text": "crlf ends\\r"}\r',  # 26: CRLF line end
        b'{"id": 27, "text": "a CR\rinside a JSON string is invalid"}',  # 27
        b"   ",  # 28: blank: no record
        b"",  # 29: blank: no record
        b'{"id": 30, "text": "last line, no newline"}',  # 30
    ]
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + b"\n".join(lines))
    summary, tables = _extract(tmp_path, path)
    assert _reasons(tables) == {
        1: "ok", 2: "invalid_json", 3: "not_an_object", 4: "not_an_object",
        5: "not_an_object", 6: "not_an_object", 7: "missing_text", 8: "missing_text",
        9: "wrong_type", 10: "wrong_type", 11: "wrong_type", 12: "wrong_type",
        13: "empty_text", 14: "empty_text", 15: "invalid_utf8", 16: "invalid_utf8",
        17: "control_character", 18: "invalid_json", 19: "control_character",
        20: "invalid_json", 21: "invalid_json", 22: "unlocatable_text", 23: "ok", 24: "ok",
        25: "ok", 26: "ok", 27: "invalid_json", 30: "ok",
    }
    _check_accounting(summary, tables, records=28)
    _check_offsets(tables, tmp_path)
    by_record = {r["record"]: r for r in tables["rejects"]}
    assert by_record[3]["detail"] == "line is a JSON array, not an object"
    assert by_record[9]["detail"] == "text is a JSON number, not a string"
    assert "0xFF" in by_record[15]["detail"] and "U+D800" in by_record[16]["detail"]
    assert by_record[15]["excerpt"] == '{"id": 15, "text": "bad \\udcff byte"}'
    assert "\x00" not in by_record[18]["excerpt"] and "\\x00" in by_record[18]["excerpt"]
    assert len(by_record[21]["excerpt"]) == 200
    docs = {d["text"]: d for d in tables["documents"]}
    assert docs[GOOD]["title"] == "bad \ufffd title"  # cleaned, the record kept
    assert "falls back to the abstract" in docs


def test_lines_bom_crlf_control_and_invalid_bytes(tmp_path: Path) -> None:
    path = tmp_path / "abstracts.txt"
    path.write_bytes(
        b"\xef\xbb\xbfFirst abstract: 2x faster.\r\n"  # 1: BOM, CRLF
        b"\r\n"  # 2: blank
        b"Second with \xc3\xa9 and nbsp\xc2\xa0 and \xe2\x88\x92 3%.\r\n"  # 3
        b"Bad \xe2\x82 truncated sequence.\n"  # 4: invalid UTF-8
        b"NUL \x00 inside.\n"  # 5
        b"Form feed \x0c and DEL \x7f.\n"  # 6
        b" \t \n"  # 7: blank
        b"Old Mac line end.\rNext line after a CR.\n"  # 8 and 9
        b"\xef\xbb\xbfA BOM from a concatenated file.\n"  # 10
        b"\xef\xbb\xbf\n"  # 11: only a BOM: blank
        b"Trailing spaces are kept.   \n"  # 12
        b"No newline at the end."  # 13
    )
    summary, tables = _extract(tmp_path, path)
    assert _reasons(tables) == {
        1: "ok", 3: "ok", 4: "invalid_utf8", 5: "control_character", 6: "control_character",
        8: "ok", 9: "ok", 10: "ok", 12: "ok", 13: "ok",
    }
    _check_accounting(summary, tables, records=10)
    _check_offsets(tables, tmp_path)
    texts = [d["text"] for d in tables["documents"]]
    assert "First abstract: 2x faster." in texts  # no BOM, no CR
    assert "A BOM from a concatenated file." in texts
    assert "Trailing spaces are kept.   " in texts
    first = next(o for o in tables["occurrences"] if o["record"] == 1)
    assert first["char_start"] == 1  # the BOM is one character of the decoded file


def test_pages_with_bom_and_crlf_keep_offsets(tmp_path: Path) -> None:
    page = (
        "new\n\nDaily Papers\n\nNov 4\n\nFirst Paper Title\n\nWe reach 71.3% accuracy.\n"
        "Second line of it.\n\n  • 7 authors\n·\nNov 15, 2023\n\nSecond Paper\n\n"
        "Our model is 2x faster.\n\nnvidia NVIDIA\n·\nAug 4 2\n\nTitle without abstract\n"
    )
    path = tmp_path / "page.txt"
    path.write_bytes(b"\xef\xbb\xbf" + page.replace("\n", "\r\n").encode())
    summary, tables = _extract(tmp_path, path)
    _check_accounting(summary, tables, records=3)
    _check_offsets(tables, tmp_path)
    assert [r["reason"] for r in tables["rejects"]] == ["missing_abstract"]
    first = next(d for d in tables["documents"] if d["title"] == "First Paper Title")
    assert first["text"] == "We reach 71.3% accuracy.\r\nSecond line of it."
    assert first["authors"] == 7


@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
def test_a_10_mb_record_is_rejected_and_the_run_goes_on(tmp_path: Path, suffix: str) -> None:
    big = "1.5% " * (TEN_MB // 5)
    if suffix == ".jsonl":
        rows = [json.dumps({"text": t}) for t in (GOOD, big, "After the big one: 2x.")]
    else:
        rows = [GOOD, big, "After the big one: 2x."]
    path = tmp_path / f"big{suffix}"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    summary, tables = _extract(tmp_path, path)
    assert _reasons(tables) == {1: "ok", 2: "too_long", 3: "ok"}
    _check_accounting(summary, tables, records=3)
    _check_offsets(tables, tmp_path)
    reject = tables["rejects"][0]
    assert f"over {MAX_RECORD_CHARS:,}" in reject["detail"]
    assert len(reject["excerpt"]) <= 200


def test_an_endless_json_line_is_rejected_unparsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(formats, "MAX_JSON_LINE_CHARS", 1000)
    path = tmp_path / "long.jsonl"
    rows = [{"text": GOOD}, {"text": "x", "padding": "y" * 5000}, {"text": "Last: 2x."}]
    path.write_text("\r\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    summary, tables = _extract(tmp_path, path)
    assert _reasons(tables) == {1: "ok", 2: "too_long", 3: "ok"}
    assert "JSON line has 5," in tables["rejects"][0]["detail"]
    _check_accounting(summary, tables, records=3)
    _check_offsets(tables, tmp_path)


@pytest.mark.parametrize(
    "content", [b"", b"\n\n  \r\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf\r\n"],
    ids=["empty", "blank-lines", "bom-only", "bom-crlf"],
)
@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".txt.gz"])
def test_an_empty_file_reads_nothing_and_is_no_error(
    tmp_path: Path, content: bytes, suffix: str
) -> None:
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(gzip.compress(content, mtime=0) if suffix.endswith(".gz") else content)
    good = tmp_path / "good.txt"
    good.write_text(GOOD + "\n", encoding="utf-8")
    summary, tables = _extract(tmp_path, path)
    _check_accounting(summary, tables, records=0)
    assert all(rows == [] for rows in tables.values())
    summary, tables = _extract(tmp_path, path, good)
    _check_accounting(summary, tables, records=1)


def test_cli_empty_file_exits_0_and_says_nothing_was_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.jsonl"
    path.touch()
    code = main(["extract", str(path), "--out", str(tmp_path / "out"), "--workers", "1", "--quiet"])
    assert code == 0
    printed = capsys.readouterr().out
    assert "records read: 0 (occurrences 0 + rejects 0)" in printed


def test_cli_reports_reject_reasons(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(f'{json.dumps({"text": GOOD})}\n{{oops\n[]\n', encoding="utf-8")
    code = main(["extract", str(path), "--out", str(tmp_path / "out"), "--workers", "1", "--quiet"])
    assert code == 0
    printed = capsys.readouterr().out
    assert "records read: 3 (occurrences 1 + rejects 2)" in printed
    assert "invalid_json 1" in printed and "not_an_object 1" in printed


def _cli_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    assert captured.err.startswith("benchclaims: error: ")
    return captured.err


def test_cli_missing_path_empty_folder_and_unreadable_input_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    good = tmp_path / "good.txt"
    good.write_text(GOOD + "\n", encoding="utf-8")
    base = ["--out", str(out), "--workers", "1", "--quiet"]

    err = _cli_error(["extract", str(good), str(tmp_path / "nope.jsonl"), *base], capsys)
    assert "nope.jsonl: no such file or folder" in err

    empty = tmp_path / "empty_dir"
    empty.mkdir()
    err = _cli_error(["extract", str(empty), *base], capsys)
    assert "empty_dir: folder holds no source files" in err

    corrupt = tmp_path / "corrupt.jsonl.gz"
    corrupt.write_bytes(gzip.compress(b'{"text": "x"}\n' * 1000)[:-30])
    err = _cli_error(["extract", str(corrupt), *base], capsys)
    assert "corrupt.jsonl.gz: cannot read" in err

    not_gzip = tmp_path / "plain.txt.gz"
    not_gzip.write_bytes(b"not gzip at all\n")
    err = _cli_error(["extract", str(not_gzip), *base], capsys)
    assert "plain.txt.gz: cannot read" in err

    assert not out.exists()  # nothing half-written
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["good.txt", "empty_dir", "corrupt.jsonl.gz", "plain.txt.gz"]
    )


def test_cli_output_folder_that_must_not_be_replaced_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD + "\n", encoding="utf-8")
    base = [str(good), "--workers", "1", "--quiet"]

    precious = tmp_path / "my_papers"
    precious.mkdir()
    (precious / "notes.md").write_text("keep me", encoding="utf-8")
    err = _cli_error(["extract", *base, "--out", str(precious)], capsys)
    assert "is not an output folder of benchclaims" in err
    assert (precious / "notes.md").read_text(encoding="utf-8") == "keep me"

    err = _cli_error(["extract", *base, "--out", str(good)], capsys)
    assert "exists and is not a folder" in err
    assert good.read_text(encoding="utf-8") == GOOD + "\n"

    # the input folder itself as output: refused, the inputs stay
    err = _cli_error(["extract", str(tmp_path), "--workers", "1", "--quiet",
                      "--out", str(tmp_path)], capsys)
    assert good.exists()


def test_subprocess_missing_input_exits_2_without_traceback(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "benchclaims.cli", "extract", str(tmp_path / "missing.txt"),
         "--out", str(tmp_path / "out"), "--quiet"],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 2
    missing = tmp_path / "missing.txt"
    assert proc.stderr.strip() == f"benchclaims: error: {missing}: no such file or folder"
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    assert list(tmp_path.iterdir()) == []  # no output, no temporary folder, no lock


def test_same_file_named_twice_is_read_once(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(GOOD + "\nSecond.\n", encoding="utf-8")
    summary, tables = _extract(tmp_path, path, tmp_path, path)
    _check_accounting(summary, tables, records=2)


def test_undecodable_file_name_is_stored_readably(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    try:
        (folder / os.fsdecode(b"caf\xe9.txt")).write_text(GOOD + "\n")  # Latin-1, not UTF-8
    except (OSError, UnicodeError):
        pytest.skip("file system does not take undecodable names")
    summary, tables = _extract(tmp_path, folder)
    _check_accounting(summary, tables, records=1)
    assert tables["occurrences"][0]["source"] == "caf\ufffd.txt"


def test_binary_garbage_is_rejected_not_crashed(tmp_path: Path) -> None:
    import random

    rng = random.Random(7)
    blob = bytes(rng.randrange(256) for _ in range(20_000))
    for name in ("garbage.txt", "garbage.jsonl"):
        (tmp_path / name).write_bytes(blob)
    summary, tables = _extract(tmp_path, tmp_path / "garbage.txt", tmp_path / "garbage.jsonl")
    assert summary.records > 0
    assert summary.records == summary.occurrences + summary.rejects
    _check_offsets(tables, tmp_path)
