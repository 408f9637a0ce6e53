"""Writing a report to ``-o PATH``: complete at its path or not there at all, and never
replacing something that is not a report.

What is at ``PATH`` decides how it is written:

- nothing, or a regular file: the report goes to a temporary file in the folder of the
  *resolved* path (a symlink is followed, so the link stays a link and its target gets
  the report), is flushed and fsynced, then renamed over it with ``os.replace``. If
  rendering fails or the process is interrupted, the temporary file is removed and an
  earlier report is left as it was. A replaced file keeps its permissions.
- anything else (a FIFO, ``-o >(gzip > r.gz)``, ``/dev/stdout``, a terminal, a character
  device): written straight through; renaming over it would replace the device node or
  pipe with a plain file and its reader would get nothing.
- a folder: refused.

Temporary files are named ``.NAME.factcheck-PID-XXXX.tmp``. One left behind by an export
that was killed (SIGKILL, a power cut) is removed by the next export to the same path,
once its process is gone.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from factcheck.errors import ExportError

STALE_SECONDS = 600
"""A temporary file of an earlier version (``.NAME.XXXXXXXX.tmp``, no process id) counts
as stale after this long."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str]) -> Iterator[TextIO]:
    """A text stream whose content replaces ``path`` only when the block ends without error.

    Raises ``ExportError`` when the folder is missing, ``path`` is a folder, or the file
    system refuses the write (a full disk, a read-only folder).
    """
    target = Path(path)
    try:
        st: os.stat_result | None = os.stat(target)  # follows symlinks, /dev/fd/N too
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise ExportError(f'Cannot write "{target}": {exc.strerror}; choose another -o') from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise ExportError(f'"{target}" is a folder; give a file name to -o')
    if st is not None and not stat.S_ISREG(st.st_mode):
        with _straight_through(target) as stream:
            yield stream
        return
    # A regular file or nothing yet: write beside where the bytes will live.
    real = Path(os.path.realpath(target))
    folder = real.parent
    if not folder.is_dir():
        raise ExportError(
            f'Folder "{target.parent if not target.is_symlink() else folder}" does not exist; '
            "create it or choose another -o"
        )
    clean_stale(real)
    try:
        fd, tmp_name = tempfile.mkstemp(
            dir=folder, prefix=f".{real.name}.factcheck-{os.getpid()}-", suffix=".tmp"
        )
    except OSError as exc:
        raise ExportError(
            f'Cannot write to "{folder}": {exc.strerror}; choose another -o'
        ) from None
    tmp = Path(tmp_name)
    try:
        # mkstemp makes the file private (0600); a new report gets the usual permissions
        # and a replaced one keeps its own.
        mode = stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask()
        os.fchmod(fd, mode)
        try:
            with ReportStream(os.fdopen(fd, "wb", buffering=1 << 20)) as stream:
                yield stream
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(tmp, real)
        except OSError as exc:
            raise _write_error(target, exc) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_folder(folder)


class ReportStream(io.TextIOWrapper):
    """A report's output: UTF-8 text, no newline translation, every write passed straight
    to the byte buffer beneath, so an exporter holding UTF-8 bytes already (pydantic-core's
    JSON) writes them as they are (``utf8_writer``) instead of decoding and encoding again."""

    def __init__(self, buffer: BinaryIO) -> None:
        super().__init__(buffer, encoding="utf-8", newline="", write_through=True)


def utf8_writer(out: TextIO) -> Callable[[bytes], object] | None:
    """Where ``out`` takes UTF-8 bytes in the order of its text writes, or None (a stream
    that is not a ``ReportStream``: standard output, a StringIO)."""
    return out.buffer.write if isinstance(out, ReportStream) else None


@contextlib.contextmanager
def _straight_through(target: Path) -> Iterator[TextIO]:
    try:
        stream = ReportStream(open(target, "wb"))  # noqa: SIM115
    except OSError as exc:
        raise ExportError(f'Cannot write "{target}": {exc.strerror}; choose another -o') from None
    try:
        with stream:
            yield stream
            stream.flush()
    except BrokenPipeError:
        raise ExportError(
            f'The reader of "{target}" went away before the report was written'
        ) from None
    except OSError as exc:
        raise _write_error(target, exc) from None


def _write_error(target: Path, exc: OSError) -> ExportError:
    fix = (
        "free some space or choose another -o"
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
        else "choose another -o"
    )
    return ExportError(f'Cannot write "{target}": {exc.strerror}; {fix}')


_OURS = re.compile(r"\.(?P<name>.+)\.factcheck-(?P<pid>\d+)-[A-Za-z0-9_]+\.tmp")
_LEGACY = re.compile(r"\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp")


def clean_stale(real: Path) -> list[Path]:
    """Remove the temporary files that earlier exports to ``real`` left behind; the removed.

    Ours carry the process id: removed when that process no longer runs. Those of earlier
    versions (``.NAME.XXXXXXXX.tmp``) are removed once older than ``STALE_SECONDS``.
    Nothing else is touched, and failures are ignored (the export itself matters more).
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(real.parent))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        name = entry.name
        if not name.startswith(f".{real.name}.") or not name.endswith(".tmp"):
            continue
        ours = _OURS.fullmatch(name)
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            if ours is not None and ours["name"] == real.name:
                if _running(int(ours["pid"])):
                    continue
            elif (legacy := _LEGACY.fullmatch(name)) is not None and legacy["name"] == real.name:
                if now - entry.stat(follow_symlinks=False).st_mtime < STALE_SECONDS:
                    continue
            else:
                continue
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def _fsync_folder(folder: Path) -> None:
    # The rename is durable only once the folder's entry is on disk too.
    with contextlib.suppress(OSError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
