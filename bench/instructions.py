"""Instructions per abstract of the extractor, counted by valgrind's callgrind.

Wall-clock and CPU-time rates on a shared machine vary by ±20% from run to run, more
than most single changes to the extractor gain or lose. An instruction count does not:
the same code on the same abstracts counts the same, whatever else the machine does.
So compare two versions of the extractor with this (each version's count, a few
minutes each), and quote the throughput benchmark for absolute speed.

    .venv/bin/python bench/instructions.py                 # 300 abstracts from offset 1000
    .venv/bin/python bench/instructions.py --abstracts 100 --offset 0

Needs valgrind (Debian package `valgrind`). The interpreter start, imports and the
warm-up are counted once with no abstract and subtracted.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "arxiv" / "abstracts.jsonl.gz"

_CHILD = """
import json, sys
from benchclaims.extract.extractor import extract_claims
texts = json.load(open(sys.argv[1], encoding="utf-8"))
extract_claims("warm-up", "It reaches 45.3 mAP on COCO, up from 41.2, 3.5x faster than X.")
for i, text in enumerate(texts):
    extract_claims(str(i), text)
"""
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def _abstracts(path: Path, offset: int, count: int) -> list[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    out: list[str] = []
    with opener(path, "rt", encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if n >= offset + count:
                break
            if n >= offset:
                out.append(json.loads(line)["abstract"])
    return out


def _instructions(texts: list[str], folder: Path) -> int:
    """Instructions callgrind counts for one child process extracting texts."""
    data = folder / f"texts-{len(texts)}.json"
    data.write_text(json.dumps(texts), encoding="utf-8")
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={folder / 'callgrind.out'}",
         sys.executable, "-c", _CHILD, str(data)],
        capture_output=True, text=True, check=True,
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
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("bench/instructions.py needs valgrind (apt-get install valgrind)")
    texts = _abstracts(args.input, args.offset, args.abstracts)
    with tempfile.TemporaryDirectory() as tmp:
        base = _instructions([], Path(tmp))
        total = _instructions(texts, Path(tmp))
    per = (total - base) / len(texts)
    print(f"{per / 1e3:,.1f} k instructions per abstract "
          f"({len(texts)} abstracts from line {args.offset + 1} of {args.input.name})")


if __name__ == "__main__":
    main()
