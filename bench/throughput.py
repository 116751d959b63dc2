"""End-to-end throughput and peak memory of `benchclaims extract`, against its I/O floor
and quantulum3, on real arXiv abstracts.

    .venv/bin/python bench/throughput.py                       # everything (about an hour)
    .venv/bin/python bench/throughput.py --memory-records 0    # no 1M-record memory run

Every configuration runs `benchclaims extract` in a fresh subprocess. Wall time and CPU
time come from os.wait4 (CPU time includes the worker processes: the benchmark adopts
the run's forkserver as a subreaper, and the forkserver reaps the workers);
peak memory is the largest sum of resident set sizes over the process tree (main
process and workers), sampled every 0.1 s from /proc (also as PSS, which counts shared
library pages once), next to the largest single process (ru_maxrss). The I/O floor is
the same run with `--no-extract`: read, hash, deduplicate and write the Parquet tables,
find no claims.

Each throughput configuration runs --repeat times (interleaved) and the fastest run
counts. Figures per core: for one worker the wall-clock rate; for N workers the
wall-clock rate divided by N. On a machine that other jobs share, wall-clock rates
understate what the code does; the CPU-time rates (records per CPU second of the whole
process tree) do not, and `cpu_share` (CPU seconds / wall seconds) says how much of the
machine a run got.

quantulum3 (extra `bench`) parses a sample of the same abstracts in this process, and so
does benchclaims' extractor, for a like-for-like ratio.

The 1M-record input for the memory figure is generated at run time in a temporary folder:
the corpus repeated, each copy's abstracts made distinct by a suffix without digits (so
that deduplication keeps a million documents, as a real 1M snapshot would, and the
extractor does the same work as on the original).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "arxiv" / "abstracts.jsonl.gz"
RESULTS = ROOT / "bench" / "results.json"

TARGETS = {
    "one worker, abstracts/s": 5_000,
    "end-to-end / I/O floor time, at most": 3.0,
    "× quantulum3, at least": 300,
    "two workers / one worker, at least": 1.8,
    "peak memory on 1M abstracts, MB, at most": 500,
}


# -- inputs ------------------------------------------------------------------------------


def records(path: Path) -> Iterator[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else path.open() as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def text_bytes(path: Path) -> tuple[int, int]:
    """(records, UTF-8 bytes of their abstracts)."""
    n = size = 0
    for rec in records(path):
        n += 1
        size += len(rec.get("abstract", "").encode("utf-8"))
    return n, size


def letters(k: int) -> str:
    """k in base 26 with letters: a distinct tag without digits."""
    out = ""
    while True:
        k, r = divmod(k, 26)
        out = "abcdefghijklmnopqrstuvwxyz"[r] + out
        if k == 0:
            return out


def make_large(corpus: Path, target: Path, count: int) -> int:
    """count records: the corpus over and over, copy k > 0 of each abstract suffixed with
    ' (copy <letters>)'. Gzipped fast; returns the UTF-8 bytes of all abstracts."""
    size = written = 0
    with gzip.open(target, "wt", encoding="utf-8", compresslevel=1) as out:
        copy = 0
        while written < count:
            for rec in records(corpus):
                if written >= count:
                    break
                if copy:
                    rec = {**rec, "id": f"{rec['id']}-{letters(copy)}",
                           "abstract": f"{rec['abstract']} (copy {letters(copy)})"}
                size += len(rec["abstract"].encode("utf-8"))
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                written += 1
            copy += 1
    return size


# -- one measured run ----------------------------------------------------------------------


def _tree_memory(root: int) -> tuple[int, int]:
    """(RSS, PSS) in bytes summed over root and all its descendants, from /proc. RSS counts
    shared library pages once per process; PSS shares them out, so its sum is what the
    tree costs the machine."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parents[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
    rss = pss = 0
    for pid in parents:
        p = pid
        while p > 1 and p != root:
            p = parents.get(p, 0)
        if p != root:
            continue
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1]) * 1024
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1]) * 1024
        except OSError:
            continue
    return rss, pss


def _become_subreaper() -> None:
    """Adopt the run's orphans: the forkserver that forks the workers is not reaped by the
    run's main process, so without this its CPU time and its workers' would be lost."""
    if sys.platform == "linux":
        import ctypes

        pr_set_child_subreaper = 36
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(pr_set_child_subreaper, 1, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER) failed")


def _reap_orphans() -> float:
    """Wait for the adopted processes of a finished run; their CPU seconds (with their
    own reaped children's)."""
    cpu = 0.0
    while True:
        try:
            _, _, usage = os.wait4(-1, 0)
        except ChildProcessError:
            return cpu
        cpu += usage.ru_utime + usage.ru_stime


def measure(args: list[str], records_in: int, mb: float, scratch: Path) -> dict[str, Any]:
    """Run `benchclaims extract ARGS` and measure it."""
    cmd = [sys.executable, "-m", "benchclaims.cli", "extract", *args, "--quiet"]
    load = os.getloadavg()[0]
    log_out, log_err = scratch / "stdout.txt", scratch / "stderr.txt"
    started = time.perf_counter()
    with log_out.open("w") as out, log_err.open("w") as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err)
    peak_rss = peak_pss = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_rss, peak_pss
        while not done.is_set():
            rss, pss = _tree_memory(proc.pid)
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    # wait4, not Popen.wait: it gives the rusage of the process and of the workers it reaped
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime + _reap_orphans()
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{log_err.read_text()}")
    return {
        "command": "benchclaims extract " + " ".join(args),
        "records": records_in,
        "text_mb": round(mb, 1),
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "cpu_share": round(cpu / wall, 2),
        "abstracts_per_s": round(records_in / wall, 1),
        "abstracts_per_cpu_s": round(records_in / cpu, 1),
        "peak_tree_rss_mb": round(peak_rss / 2**20, 1),
        "peak_tree_pss_mb": round(peak_pss / 2**20, 1),
        "max_process_rss_mb": round(usage.ru_maxrss / 1024, 1),
        "load_before": round(load, 2),
        "load_after": round(os.getloadavg()[0], 2),
        "summary": log_out.read_text().strip(),
    }


# -- in-process comparisons ------------------------------------------------------------------


def compare_quantulum(texts: list[str]) -> dict[str, Any]:
    """quantulum3 and benchclaims' extractor on the same abstracts, in this process."""
    from benchclaims.extract.extractor import extract_claims

    result: dict[str, Any] = {"sample": len(texts)}
    w0, c0 = time.perf_counter(), time.process_time()
    found = sum(len(extract_claims(str(i), t)) for i, t in enumerate(texts))
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    result["benchclaims_extractor"] = {
        "abstracts_per_s": round(len(texts) / wall, 1),
        "abstracts_per_cpu_s": round(len(texts) / cpu, 1),
        "claims": found,
    }
    try:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
            parser.parse(texts[0])  # loads its data files
    except ImportError:
        result["quantulum3"] = None
        return result
    w0, c0 = time.perf_counter(), time.process_time()
    quantities = sum(len(parser.parse(t)) for t in texts)
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    result["quantulum3"] = {
        "abstracts_per_s": round(len(texts) / wall, 2),
        "abstracts_per_cpu_s": round(len(texts) / cpu, 2),
        "quantities": quantities,
    }
    return result


def measure_gate(texts: list[str]) -> dict[str, Any]:
    """What extract_claims costs per abstract without a digit (its gate turns those away
    unless a number word is in them) and with one."""
    import re

    from benchclaims.extract.extractor import extract_claims

    digit = re.compile(r"\d")
    out: dict[str, Any] = {"sample": len(texts)}
    for label, group in (
        ("no_digit", [t for t in texts if not digit.search(t)]),
        ("digit", [t for t in texts if digit.search(t)]),
    ):
        c0 = time.process_time()
        claims = sum(len(extract_claims("x", t)) for t in group)
        cpu = time.process_time() - c0
        out[label] = {
            "share": round(len(group) / len(texts), 3),
            "us_per_abstract": round(cpu / max(1, len(group)) * 1e6, 1),
            "claims": claims,
        }
    return out


# -- report ------------------------------------------------------------------------------


def table(rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |"
             for r in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def render(res: dict[str, Any]) -> str:
    runs = res["runs"]
    rows: list[tuple[str, ...]] = [
        ("configuration", "abstracts/s", "per core", "MB/s per core", "per CPU-s",
         "CPU share", "peak RSS MB", "peak PSS MB", "wall s")
    ]
    for name, r in runs.items():
        cores = r["workers"]
        rows.append((
            name, f"{r['abstracts_per_s']:,.0f}", f"{r['abstracts_per_s'] / cores:,.0f}",
            f"{r['text_mb'] / r['wall_s'] / cores:,.2f}", f"{r['abstracts_per_cpu_s']:,.0f}",
            f"{r['cpu_share']:.2f}", f"{r['peak_tree_rss_mb']:,.0f}",
            f"{r['peak_tree_pss_mb']:,.0f}", f"{r['wall_s']:,.1f}",
        ))
    parts = [table(rows), ""]
    q = res["quantulum"]
    if q:
        qq = q.get("quantulum3") or {}
        parts.append(
            f"Same {q['sample']} abstracts in-process: benchclaims extractor "
            f"{q['benchclaims_extractor']['abstracts_per_cpu_s']:,.0f}/CPU-s, quantulum3 "
            f"{qq.get('abstracts_per_cpu_s', float('nan')):,.1f}/CPU-s."
        )
    g = res.get("gate")
    if g:
        parts.append(
            f"Gate: {g['no_digit']['share']:.1%} of abstracts have no digit and cost "
            f"{g['no_digit']['us_per_abstract']:,.0f} µs each to extract "
            f"({g['no_digit']['claims']} claims); the others "
            f"{g['digit']['us_per_abstract']:,.0f} µs each."
        )
    parts.append("")
    goals: list[tuple[str, ...]] = [
        ("target", "goal", "measured (wall)", "measured (CPU time)", "met")
    ]
    for t in res["targets"]:
        goals.append((t["target"], f"{t['goal']:,}", f"{t['wall']:,.2f}",
                     f"{t['cpu']:,.2f}" if t["cpu"] is not None else "-",
                     "yes" if t["met"] else "no"))
    parts.append(table(goals))
    return "\n".join(parts)


def targets(res: dict[str, Any]) -> list[dict[str, Any]]:
    runs = res["runs"]
    out = []

    def add(name: str, wall: float | None, cpu: float | None, at_most: bool = False) -> None:
        if wall is None:
            return
        goal = TARGETS[name]
        met = wall <= goal if at_most else wall >= goal
        out.append({"target": name, "goal": goal, "wall": wall, "cpu": cpu, "met": met})

    one, two, floor = runs.get("extract, 1 worker"), runs.get("extract, 2 workers"), runs.get(
        "I/O floor (--no-extract), 1 worker")
    if one:
        add("one worker, abstracts/s", one["abstracts_per_s"], one["abstracts_per_cpu_s"])
    if one and floor:
        add("end-to-end / I/O floor time, at most", one["wall_s"] / floor["wall_s"],
            one["cpu_s"] / floor["cpu_s"], at_most=True)
    q = res.get("quantulum") or {}
    if one and q.get("quantulum3"):
        qq = q["quantulum3"]
        add("× quantulum3, at least", one["abstracts_per_s"] / qq["abstracts_per_s"],
            one["abstracts_per_cpu_s"] / qq["abstracts_per_cpu_s"])
    if one and two:
        # CPU time: parallel efficiency, the speed-up two free cores would give
        add("two workers / one worker, at least", one["wall_s"] / two["wall_s"],
            2 * one["cpu_s"] / two["cpu_s"])
    big = runs.get("1M abstracts, 2 workers")
    if big:
        # RSS summed over the processes: an upper bound (shared pages counted per process)
        add("peak memory on 1M abstracts, MB, at most", big["peak_tree_rss_mb"],
            big["peak_tree_pss_mb"], at_most=True)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS,
                    help="JSON Lines (gzipped or not) with an 'abstract' field "
                    "(default: ../shared/corpus/arxiv/abstracts.jsonl.gz)")
    ap.add_argument("--memory-records", type=int, default=1_000_000,
                    help="records of the memory run (0: skip it; default 1,000,000)")
    ap.add_argument("--memory-no-extract", action="store_true",
                    help="memory run without extraction (fast, a lower bound)")
    ap.add_argument("--quantulum", type=int, default=500,
                    help="abstracts for the quantulum3 comparison (0: skip)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs of each throughput configuration; the fastest counts "
                    "(default 3: a shared machine makes single runs noisy)")
    ap.add_argument("--json", type=Path, default=RESULTS, help="where to write the figures")
    ap.add_argument("--tmp", type=Path, help="scratch folder (default: a new temporary one)")
    args = ap.parse_args()
    if not args.corpus.is_file():
        print(f"no corpus at {args.corpus} (pass --corpus)", file=sys.stderr)
        return 2
    _become_subreaper()

    res: dict[str, Any] = {
        "corpus": str(args.corpus),
        "machine": {"cores": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform()},
        "started": time.strftime("%Y-%m-%d %H:%M:%S"),
        "runs": {},
    }
    n, size = text_bytes(args.corpus)
    mb = size / 1e6
    print(f"corpus: {n:,} abstracts, {mb:,.1f} MB of text", file=sys.stderr)
    with tempfile.TemporaryDirectory(dir=args.tmp, prefix="benchclaims-bench-") as scratch:
        tmp = Path(scratch)
        configs = [
            ("I/O floor (--no-extract), 1 worker", 1, ["--no-extract"]),
            ("extract, 1 worker", 1, []),
            ("extract, 2 workers", 2, []),
        ]
        walls: dict[str, list[float]] = {name: [] for name, _, _ in configs}
        for attempt in range(args.repeat):
            for name, workers, extra in configs:  # interleaved: load changes hit all alike
                print(f"run {attempt + 1}/{args.repeat}: {name} ...", file=sys.stderr)
                r = measure([str(args.corpus), "--out", str(tmp / "out"), "--workers",
                             str(workers), *extra], n, mb, tmp)
                walls[name].append(r["wall_s"])
                best = res["runs"].get(name)
                if best is None or r["wall_s"] < best["wall_s"]:
                    res["runs"][name] = {"workers": workers, **r}
                print(f"  {r['wall_s']:.1f} s, {r['abstracts_per_s']:,.0f} abstracts/s, "
                      f"CPU share {r['cpu_share']}", file=sys.stderr)
        for name, times in walls.items():
            res["runs"][name]["all_wall_s"] = times

        texts = [rec["abstract"] for rec in records(args.corpus)]
        sample = random.Random(0).sample(texts, min(len(texts), 5_000))
        res["gate"] = measure_gate(sample)
        res["quantulum"] = compare_quantulum(sample[: args.quantulum]) if args.quantulum else None
        del texts

        if args.memory_records:
            big = tmp / "large.jsonl.gz"
            print(f"writing {args.memory_records:,} records ...", file=sys.stderr)
            big_mb = make_large(args.corpus, big, args.memory_records) / 1e6
            label = "1M abstracts, 2 workers" + (", --no-extract" if args.memory_no_extract else "")
            if args.memory_records != 1_000_000:
                label = label.replace("1M", f"{args.memory_records:,}")
            print(f"run: {label} ...", file=sys.stderr)
            extra = ["--no-extract"] if args.memory_no_extract else []
            r = measure([str(big), "--out", str(tmp / "out"), "--workers", "2", *extra],
                        args.memory_records, big_mb, tmp)
            res["runs"][label] = {"workers": 2, **r}
    res["targets"] = targets(res)
    res["rusage_self_maxrss_mb"] = round(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(render(res))
    args.json.write_text(json.dumps(res, indent=2) + "\n")
    print(f"\nfigures written to {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
