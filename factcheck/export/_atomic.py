"""Atomic file writes: a report is either complete at its path or not there at all.

The report goes to a temporary file in the same folder (so the final rename stays on
one file system), is flushed and fsynced, then renamed over the target with
``os.replace``. If rendering fails or the process is interrupted, the temporary file
is removed and an earlier report at the path is left as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from factcheck.errors import ExportError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str]) -> Iterator[TextIO]:
    """A text stream whose content replaces ``path`` only when the block ends without error.

    Raises ``ExportError`` when the folder is missing, ``path`` is a folder, or the
    file system refuses the write.
    """
    target = Path(path)
    folder = target.parent
    if target.is_dir():
        raise ExportError(f'"{target}" is a folder; give a file name to -o')
    if not folder.is_dir():
        raise ExportError(f'Folder "{folder}" does not exist; create it or choose another -o')
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise ExportError(
            f'Cannot write to "{folder}": {exc.strerror}; choose another -o'
        ) from None
    tmp = Path(tmp_name)
    try:
        # mkstemp makes the file private (0600); a report gets the usual permissions.
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="", buffering=1 << 20) as stream:
            yield stream
            try:
                stream.flush()
                os.fsync(stream.fileno())
            except OSError as exc:
                raise ExportError(f'Cannot write "{target}": {exc.strerror}') from None
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise ExportError(f'Cannot write "{target}": {exc.strerror}') from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_folder(folder)


def _fsync_folder(folder: Path) -> None:
    # The rename is durable only once the folder's entry is on disk too.
    with contextlib.suppress(OSError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
