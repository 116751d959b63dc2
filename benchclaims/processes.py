"""The extraction worker processes of a parallel run.

Workers are forked by a forkserver that has imported and warmed up the extractor once
(`benchclaims.worker`), so each starts extracting at once instead of paying a Python
start-up, the imports and the warm-up (about 0.6 s of CPU each). `prestart` launches
the server before the rest of the program is imported, so that it gets ready while the
main process starts up and reads. Not plain fork: the main process runs pyarrow's
threads. Where there is no forkserver (Windows), workers are spawned."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.context import BaseContext

ClaimRow = tuple[object, ...]
"""A claim as a plain tuple, in the column order of the claims table (CLAIM_COLUMNS)."""

_WORKER_MODULE = "benchclaims.worker"


def _context() -> BaseContext:
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload([_WORKER_MODULE])
    return ctx


def prestart() -> None:
    """Launch the forkserver now (it does not wait for it), if there is one."""
    if _context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def start(workers: int) -> ProcessPoolExecutor:
    """A pool of `workers` processes, all started now. A worker that dies fails the run
    (BrokenProcessPool) instead of hanging it."""
    pool = ProcessPoolExecutor(workers, mp_context=_context())
    for _ in range(workers):
        pool.submit(extract, [])
    return pool


def extract(docs: list[tuple[str, str]]) -> list[ClaimRow]:
    """The claim rows of (doc_id, text) pairs: what a job runs. The extractor is imported
    on first call, not with this module, so that the main process of a parallel run,
    which extracts nothing, does not pay for it."""
    from benchclaims.worker import claim_rows

    return claim_rows(docs)
