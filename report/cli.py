"""`benchclaims report`: the command-line face of write_report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .build import write_report
from .load import NotARelease, ReleaseError


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="benchclaims report",
        description="Write a self-contained HTML page for reviewing a release's claims.",
    )
    p.add_argument("release_dir", metavar="DIR", type=Path, help="release folder (Parquet tables)")
    p.add_argument(
        "--out", metavar="FILE.html", type=Path, help="output file (default: DIR/report.html)"
    )
    p.add_argument(
        "--gold", metavar="GOLD.jsonl", type=Path, help="gold file: mark misses and false alarms"
    )
    return p


def _fail(p: argparse.ArgumentParser, message: str, code: int) -> int:
    if code == 2:
        p.print_usage(sys.stderr)
    print(f"{p.prog}: error: {message}", file=sys.stderr)
    return code


def main(argv: list[str] | None = None) -> int:
    """Run the command: 0 on success, 2 on bad usage or a missing input, 1 on bad data."""
    p = parser()
    try:
        args = p.parse_args(argv)
    except SystemExit as exc:  # argparse has printed usage and the error
        return int(exc.code or 0)
    if args.gold is not None and not args.gold.is_file():
        return _fail(p, f"{args.gold}: no such gold file", 2)
    try:
        out = write_report(args.release_dir, args.out, args.gold)
    except NotARelease as exc:
        return _fail(p, str(exc), 2)
    except (ReleaseError, OSError) as exc:
        return _fail(p, str(exc), 1)
    print(out)
    return 0
