"""Instructions per abstract of the extractor, counted by valgrind's callgrind.

Wall-clock and CPU-time rates on a shared machine vary by ±20% from run to run, more
than most single changes to the extractor gain or lose. An instruction count does not:
the same code on the same abstracts counts the same, whatever else the machine does.
So compare two versions of the extractor with this (each version's count, a few
minutes each), and quote the throughput benchmark for absolute speed.

    .venv/bin/python bench/instructions.py                 # 300 abstracts from offset 1000
    .venv/bin/python bench/instructions.py --abstracts 100 --offset 0

Needs valgrind (Debian package `valgrind`). Both runs first extract the same warm-up
abstracts, which compile the patterns built on first use (a complex `regex` pattern
costs millions of instructions to compile, once per process); the run without the
measured abstracts is subtracted, so the count is the steady cost of extraction.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from itertools import islice
from pathlib import Path

from throughput import CORPUS, records  # the benchmark's own corpus and reader

_CHILD = """
import json, sys
from benchclaims.extract.extractor import extract_claims
for name in sys.argv[1:]:
    for i, text in enumerate(json.load(open(name, encoding="utf-8"))):
        extract_claims(str(i), text)
"""
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def _abstracts(path: Path, offset: int, count: int) -> list[str]:
    return [r["abstract"] for r in islice(records(path), offset, offset + count)]


def _instructions(batches: list[list[str]], folder: Path) -> int:
    """Instructions callgrind counts for one child process extracting batches of texts."""
    names = []
    for n, texts in enumerate(batches):
        names.append(str(folder / f"texts-{n}.json"))
        Path(names[-1]).write_text(json.dumps(texts), encoding="utf-8")
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={folder / 'callgrind.out'}",
         sys.executable, "-c", _CHILD, *names],
        capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},  # set orders, hence paths, fixed
    )
    found = _COLLECTED.search(run.stderr)
    if found is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{run.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", type=Path, default=CORPUS, help="arXiv abstracts, JSON Lines")
    parser.add_argument("--abstracts", type=int, default=300)
    parser.add_argument("--offset", type=int, default=1000, help="abstracts skipped first")
    parser.add_argument("--warm-up", type=int, default=500,
                        help="abstracts extracted first in both runs (the first of the file)")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("bench/instructions.py needs valgrind (apt-get install valgrind)")
    if args.warm_up > args.offset:
        raise SystemExit("--warm-up must not reach into the measured abstracts (--offset)")
    warm_up = _abstracts(args.input, 0, args.warm_up)
    texts = _abstracts(args.input, args.offset, args.abstracts)
    with tempfile.TemporaryDirectory() as tmp:
        base = _instructions([warm_up], Path(tmp))
        total = _instructions([warm_up, texts], Path(tmp))
    per = (total - base) / len(texts)
    print(f"{per / 1e3:,.1f} k instructions per abstract "
          f"({len(texts)} abstracts from line {args.offset + 1} of {args.input.name})")


if __name__ == "__main__":
    main()
