"""The `benchclaims` command: build, extract, eval, validate, report."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from benchclaims import __version__
from benchclaims.read import FORMATS, InputError

RAW = Path("data/raw")
RELEASE = Path("data/release")
GOLD = Path("data/gold/dev.jsonl")
LEADERBOARD = Path("data/eval/sota/leaderboard_scores_in_abstracts.jsonl")


def _cmd_extract(args: argparse.Namespace) -> int:
    if args.engine == "local" and (
        args.scheduler or args.partitions or args.shard_mb is not None
    ):
        raise InputError("--scheduler, --partitions and --shard-mb need --engine dask")
    if args.shard_mb is not None and args.shard_mb < 1:
        raise InputError("--shard-mb must be at least 1")
    if args.workers < 1 or (args.batch_size is not None and args.batch_size < 1):
        raise InputError("--workers and --batch-size must be at least 1")
    if args.engine == "dask":
        import logging

        from benchclaims import dask_engine

        # p2p shuffles log their start and end as warnings; keep the terminal for errors
        logging.getLogger("distributed.shuffle").setLevel(logging.ERROR)
        try:
            summary = dask_engine.run(
                args.inputs,
                Path(args.out),
                fmt=args.format,
                scheduler=args.scheduler,
                workers=args.workers,
                partitions=args.partitions,
                shard_bytes=dask_engine.SHARD_BYTES if args.shard_mb is None
                else args.shard_mb << 20,
                extract=not args.no_extract,
                progress=not args.quiet,
            )
        except dask_engine.MissingDask as err:
            print(f"benchclaims: error: {err}", file=sys.stderr)
            return 2
    else:
        if args.workers > 1 and not args.no_extract:
            from benchclaims import processes

            processes.prestart()  # the workers get ready while the pipeline is imported
        from benchclaims.pipeline import BATCH, run

        summary = run(
            args.inputs,
            Path(args.out),
            fmt=args.format,
            workers=args.workers,
            progress=not args.quiet,
            extract=not args.no_extract,
            batch_size=args.batch_size or BATCH,
        )
    print(summary.render())
    return 0


def _cmd_build(args: argparse.Namespace) -> int:
    from benchclaims.release import ReleaseCheckFailed, build_release

    raw = Path(args.raw)
    for path in (raw, GOLD, LEADERBOARD):
        if not path.exists():
            raise InputError(f"{path}: not found (run `benchclaims build` from the project root)")
    try:
        summary = build_release(
            raw, Path(args.out), GOLD, LEADERBOARD, workers=args.workers, progress=not args.quiet
        )
    except ReleaseCheckFailed as err:
        print(f"benchclaims: release not replaced, validation failed:\n{err}", file=sys.stderr)
        return 1
    print(summary.render())
    print(f"release written to {args.out}")
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from benchclaims import evaluation as ev

    if not args.gold and not args.leaderboard:
        raise InputError("give --gold GOLD.jsonl, --leaderboard FILE.jsonl, or both")
    results: dict[str, dict[str, float]] = {}
    for path in filter(None, (args.gold, args.leaderboard)):
        if not Path(path).is_file():
            raise InputError(f"{path}: no such file")
    if args.gold:
        gold = ev.load_gold(Path(args.gold))
        preds = ev.load_predictions(Path(args.pred)) if args.pred else ev.predict(gold)
        scores = ev.score(gold, preds)
        results["gold"] = scores.table()
        print(ev.render(results["gold"]))
        if args.errors:
            print()
            print(ev.render_errors(scores))
    if args.leaderboard:
        board = ev.score_leaderboard(Path(args.leaderboard))
        results["leaderboard"] = board.table()
        print(ev.render_leaderboard(results["leaderboard"]))
        if args.errors:
            print(ev.render_errors(board))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="benchclaims",
        description="Quantitative benchmark claims from ML abstracts, as Parquet with provenance.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add_workers(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--workers",
            type=int,
            default=os.cpu_count() or 1,
            help="extraction processes (default: all cores)",
        )

    p = sub.add_parser("build", help="build the release from the bundled corpus")
    p.add_argument("--out", default=str(RELEASE), help="output folder (default: data/release)")
    p.add_argument("--raw", default=str(RAW), help="bundled corpus folder (default: data/raw)")
    add_workers(p)
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=_cmd_build)

    p = sub.add_parser("extract", help="extract claims from any files or folders")
    p.add_argument("inputs", nargs="+", help="files or folders (.jsonl, .txt, also gzipped)")
    p.add_argument("--out", required=True, help="output folder")
    p.add_argument("--format", choices=FORMATS, help="reader to use (default: from each file)")
    add_workers(p)
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local: processes on this machine, one Parquet file per table; "
        "dask: a Dask job, each table a folder of Parquet parts "
        "(needs benchclaims[dask])",
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler to run on, e.g. tcp://host:8786 (default: a local "
        "cluster of --workers processes)",
    )
    p.add_argument(
        "--partitions",
        type=int,
        metavar="N",
        help="Dask engine: parts of the documents and claims tables "
        "(default: 4 per worker thread, at least one per input file)",
    )
    p.add_argument(
        "--shard-mb",
        type=int,
        metavar="MB",
        help="Dask engine: MiB of an uncompressed JSON Lines or one-per-line file that "
        "one task reads (default: 64); listing pages and gzipped files are read whole",
    )
    p.add_argument("--batch-size", type=int, help=argparse.SUPPRESS)  # tests, benchmarks
    p.add_argument(
        "--no-extract",
        action="store_true",
        help="benchmarking aid: read and write the tables but find no claims "
        "(the I/O floor of a run)",
    )
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("eval", help="score extraction against a gold set or leaderboard scores")
    p.add_argument("--gold", help="gold JSON Lines file (format of ANNOTATION.md)")
    p.add_argument("--leaderboard", help="leaderboard scores stated in abstracts (JSON Lines)")
    p.add_argument("--pred", help="a built dataset folder (default: run the extractors)")
    p.add_argument("--json", help="also write the scores as JSON to this file")
    p.add_argument("--errors", action="store_true", help="list misses, false alarms, wrong fields")
    p.set_defaults(func=_cmd_eval)

    sub.add_parser("validate", help="data-quality checks of a built dataset", add_help=False)
    sub.add_parser("report", help="static HTML review page of a built dataset", add_help=False)
    return parser


_DELEGATED = {"validate": "benchclaims.validation", "report": "benchclaims.report"}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in _DELEGATED:
        import importlib

        module = importlib.import_module(_DELEGATED[argv[0]])
        return int(module.main(argv[1:]))
    args = _parser().parse_args(argv)
    try:
        return int(args.func(args))
    except InputError as err:
        print(f"benchclaims: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("benchclaims: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head`: stop quietly
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
