"""Writing the four tables as Parquet: derived schemas, zstd, deterministic bytes,
row groups written as they come, and an atomic swap into place at the end."""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from benchclaims import __version__
from benchclaims.read import InputError
from benchclaims.schema import SCHEMA_VERSION, SCHEMAS, TABLES, Record

try:
    import fcntl
except ImportError:  # pragma: no cover - not on POSIX
    fcntl = None  # type: ignore[assignment]

PARQUET_OPTIONS = {"compression": "zstd", "compression_level": 3, "write_statistics": True}
"""zstd's default level: level 9 made files about 10% smaller and took four times as long
to write, the largest cost of a run after extraction itself."""


def table_schema(name: str) -> pa.Schema:
    """The Arrow schema of a table, with the versions in its key-value metadata."""
    return SCHEMAS[name].with_metadata(
        {"schema_version": SCHEMA_VERSION, "extractor_version": __version__, "table": name}
    )


def to_table(name: str, rows: Iterable[Record]) -> pa.Table:
    """Rows of one table as an Arrow table with the derived schema."""
    schema = table_schema(name)
    rows = list(rows)
    columns = {key: [getattr(row, key) for row in rows] for key in schema.names}
    return pa.table(columns, schema=schema)


class TableWriters:
    """One ParquetWriter per table, each batch becoming a row group."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.counts = dict.fromkeys(TABLES, 0)
        self._writers = {
            name: pq.ParquetWriter(
                folder / f"{name}.parquet", table_schema(name), **PARQUET_OPTIONS
            )
            for name in TABLES
        }

    def write(self, name: str, rows: list[Record]) -> None:
        if rows:
            table = to_table(name, rows)
            with _writing(self.folder / f"{name}.parquet", "cannot write"):
                self._writers[name].write_table(table)
            self.counts[name] += len(rows)

    def close(self) -> None:
        """Close every writer, even when one fails (the first error is raised)."""
        errors: list[BaseException] = []
        for name, writer in self._writers.items():
            try:
                with _writing(self.folder / f"{name}.parquet", "cannot write"):
                    writer.close()
            except Exception as err:  # the first is re-raised below
                errors.append(err)
        if errors:
            raise errors[0]


def patch_documents(path: Path, patches: dict[str, dict[str, object]]) -> None:
    """Fill fields that later occurrences gave a document. Rewrites the file one row group
    at a time (memory stays that of one batch), rebuilding only groups with a patched row."""
    if not patches:
        return
    source = pq.ParquetFile(path)
    schema = source.schema_arrow
    patched = pa.array(list(patches), pa.string())
    tmp = path.with_suffix(".patched")
    with pq.ParquetWriter(tmp, schema, **PARQUET_OPTIONS) as writer:
        for i in range(source.num_row_groups):
            group = source.read_row_group(i)
            if pc.any(pc.is_in(group.column("doc_id"), value_set=patched)).as_py():
                rows = group.to_pylist()
                for row in rows:
                    row.update(patches.get(row["doc_id"], {}))
                group = pa.Table.from_pylist(rows, schema=schema)
            writer.write_table(group)
    source.close()
    os.replace(tmp, path)


class OutputError(InputError):
    """An output folder that cannot be written, or must not be replaced. A usage error
    like InputError (which it extends, so the command line reports it and exits 2)."""


_LIBC: Any = None


def _rename_exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step (Linux renameat2 RENAME_EXCHANGE); False where
    the system or the file system cannot."""
    global _LIBC
    if not sys.platform.startswith("linux"):
        return False
    try:
        if _LIBC is None:
            _LIBC = ctypes.CDLL(None, use_errno=True)
        renameat2 = _LIBC.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                          ctypes.c_uint]
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _fsync_path(path: Path) -> None:
    if os.name == "nt" and path.is_dir():  # folders cannot be opened there
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as err:  # some file systems cannot sync a folder
        if err.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def _sync_tree(folder: Path) -> None:
    """Every file and folder below folder on disk, so that the swap never publishes a
    folder whose files are still partly in the page cache when the machine goes down."""
    for root, _, files in os.walk(folder):
        for name in files:
            _fsync_path(Path(root) / name)
        _fsync_path(Path(root))


def _is_output_folder(target: Path) -> bool:
    """An empty folder, or one that holds at least one table of an earlier run (as
    NAME.parquet, or a NAME/ folder of Parquet parts)."""
    entries = {e.name: e for e in os.scandir(target)}
    if not entries:
        return True
    for name in TABLES:
        if f"{name}.parquet" in entries and entries[f"{name}.parquet"].is_file():
            return True
        part = entries.get(name)
        if part is not None and part.is_dir() and any(Path(part.path).glob("*.parquet")):
            return True
    return False


def _check_replaceable(target: Path) -> None:
    if not os.path.lexists(target):
        return
    if not target.is_dir():
        raise OutputError(f"{target}: exists and is not a folder; choose another output folder")
    if not _is_output_folder(target):
        raise OutputError(
            f"{target}: exists and is not an output folder of benchclaims (no tables in it); "
            "refusing to replace it: remove it or choose another output folder"
        )


def stale_paths(target: Path) -> list[Path]:
    """Leftovers of runs into target that were killed: .NAME.tmp-* (unfinished output,
    or an old release being removed) and .NAME.old-* (an old release set aside)."""
    prefixes = (f".{target.name}.tmp-", f".{target.name}.old-")
    try:
        entries = list(os.scandir(target.parent))
    except FileNotFoundError:
        return []
    return sorted(Path(e.path) for e in entries if e.name.startswith(prefixes))


def _clean_stale(target: Path) -> None:
    """Remove what killed runs left beside target (only called under the lock, so no
    live run owns them). If a run died half way through a two-step swap, the old
    release it had set aside is put back first."""
    for path in stale_paths(target):
        old = path.name.startswith(f".{target.name}.old-")
        if old and not os.path.lexists(target):
            os.rename(path, target)
        elif path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


@contextmanager
def _locked(target: Path) -> Iterator[None]:
    """Hold .NAME.lock beside target for the block: one run at a time writes a target.
    The lock file is removed at the end; the inode check makes that safe."""
    if fcntl is None:  # no flock (Windows): no guard against concurrent runs
        yield
        return
    lock = target.parent / f".{target.name}.lock"
    while True:
        with _writing(target, "cannot lock"):
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise OutputError(
                f"{target}: another benchclaims run is writing this folder (lock {lock.name})"
            ) from None
        except OSError as err:  # e.g. a file system without locks: go on unguarded
            if err.errno not in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EINVAL):
                os.close(fd)
                raise
        try:
            same = os.stat(lock).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)  # the file was removed by the run that held it: lock the new one
    try:
        yield
    finally:
        with suppress(FileNotFoundError):
            os.unlink(lock)
        os.close(fd)


@contextmanager
def atomic_folder(target: Path) -> Iterator[Path]:
    """A temporary folder beside target that replaces it only if the block succeeds.

    - A run killed at any moment leaves target as it was: the new folder is complete
      and synced to disk before it takes target's place in one atomic rename (on Linux
      an exchange of the two folders; elsewhere two renames, undone by the next run if
      a kill falls between them).
    - What a killed run leaves beside target (.NAME.tmp-*, .NAME.old-*) is removed
      when the next run into target starts.
    - Two runs into one target at once: the second fails with OutputError.
    - target is replaced only if it is an empty folder or an earlier output (it holds
      a table); anything else is refused with OutputError and left alone."""
    target = Path(target).resolve()
    with _writing(target, "cannot create folder"):
        target.parent.mkdir(parents=True, exist_ok=True)
    with _locked(target):
        with _writing(target, "cannot prepare"):
            _check_replaceable(target)
            _clean_stale(target)
            tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
        try:
            yield tmp
            with _writing(target, "cannot put in place"):
                _sync_tree(tmp)
                _swap(tmp, target)
        finally:
            if os.path.lexists(tmp):  # a failed run's output, or after an exchange the old one
                shutil.rmtree(tmp, ignore_errors=True)


def _swap(tmp: Path, target: Path) -> None:
    """Put tmp in target's place; afterwards tmp is gone or holds the previous target."""
    if not os.path.lexists(target):
        os.rename(tmp, target)
    elif not _rename_exchange(tmp, target):
        old = tmp.with_name(f".{target.name}.old-{tmp.name.rsplit('-', 1)[-1]}")
        os.rename(target, old)
        try:
            os.rename(tmp, target)  # a kill between the renames: the next run puts old back
        except BaseException:
            os.rename(old, target)
            raise
        shutil.rmtree(old, ignore_errors=True)
    _fsync_path(target.parent)


@contextmanager
def _writing(target: Path, what: str) -> Iterator[None]:
    """OS errors of the output side as OutputError (a clear message, exit code 2)."""
    try:
        yield
    except OutputError:
        raise
    except OSError as err:
        where = err.filename or target
        raise OutputError(f"{target}: {what} ({where}: {err.strerror or err})") from err
