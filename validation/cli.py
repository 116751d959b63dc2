"""`benchclaims validate DIR`: exit 0 when every check passes, 1 when one fails,
2 on bad usage or a release that cannot be read."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="benchclaims validate",
        description="Check a built benchclaims release (keys, domains, offsets, provenance) "
        "with great-expectations, and write a report into DIR/validation/.",
    )
    parser.add_argument("release", type=Path, metavar="DIR", help="release folder")
    parser.add_argument(
        "--sources", type=Path, nargs="+", action="extend", metavar="DIR",
        help="folders holding the source files named by occurrences "
        "(default: the folder 'raw' next to DIR, if any)",
    )
    parser.add_argument("--no-report", action="store_true",
                        help="do not write DIR/validation/")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the validate command; returns the exit status."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as stop:  # --help (0) or a usage error (2), already printed
        return stop.code if isinstance(stop.code, int) else 2
    from .run import validate_release
    from .tables import ReleaseError

    try:
        outcome = validate_release(args.release, sources=args.sources,
                                   write_report=not args.no_report)
    except ReleaseError as err:
        print(f"benchclaims validate: error: {err}", file=sys.stderr)
        return 2
    except OSError as err:
        print(f"benchclaims validate: error: {err}", file=sys.stderr)
        return 2
    print(outcome.summary())
    return 0 if outcome.success else 1
