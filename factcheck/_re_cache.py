"""Compiled regular expressions kept from one run of a command to the next.

Python compiles a pattern in pure Python (``re._parser.parse`` then code generation) and
keeps the result for one process only. The extractors compile about 200 patterns, most of
them large tries, and every ``factcheck extract`` paid 0.1-0.3 s of CPU for it before its
first claim, once more in each ``--jobs`` worker.

``install()`` (the command line calls it) keeps the compiler's output, the program the
regular expression engine runs, in the user's cache directory: one small file per pattern
that took a while to compile, named by a hash of the pattern and its flags, for this Python
build only, read when the pattern is next compiled. A pattern made from it is the pattern
``re.compile`` builds: ``_sre`` gets the same code, flags and groups (compiled patterns
compare equal only when their code is the same, and tests/test_cli_startup.py checks
it). Nothing else changes: ``re``'s own cache, errors (a pattern that fails is compiled,
and fails, every time) and ``re.DEBUG`` output are untouched; a missing, unreadable,
corrupt or read-only cache is the same as none. At most ``MAX_FILES`` are kept: past it,
the older half goes. The extractors' patterns have the same text in every run, whatever
the hash seed (an alternation built from a set is sorted; tests/test_pattern_seed.py), so
they are read back every run; a pattern outside them may still follow the seed (the
standard library's ``tokenize`` builds one from a set of string prefixes, compiled when
pydantic reads a built-in's signature on ``check``'s path: about 1.4 ms a run).

``FACTCHECK_CACHE_DIR`` names the directory (default ``$XDG_CACHE_HOME/factcheck``, else
``~/.cache/factcheck``); empty turns the cache off.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import contextlib
import marshal
import os
import re._compiler as _compiler  # type: ignore[import-not-found]
import re._parser as _parser  # type: ignore[import-not-found]
import sys
import time
import zlib
from pathlib import Path
from typing import Any

#: The compiler's output is only good for the Python build (and engine) that made it.
BUILD = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}"
#: A pattern is kept when compiling it took at least this long (seconds of CPU); the
#: cheap ones cost less to compile than to read.
KEEP_AFTER = 0.00005
#: Files kept at most; past it the older half is removed.
MAX_FILES = 2000
_DEBUG = 128  # re.DEBUG: prints the program as it compiles, so always compiled afresh

_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_original: Any = None
_directory: Path | None = None
_pruned = False


def cache_directory() -> Path | None:
    """Where the patterns are kept, or None when ``FACTCHECK_CACHE_DIR`` is empty."""
    explicit = os.environ.get("FACTCHECK_CACHE_DIR")
    if explicit is not None:
        if not explicit.strip():
            return None
        base = Path(explicit)
    else:
        home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        base = Path(home) / "factcheck"
    return base / f"patterns-{BUILD}"


def _name(p: Any, flags: int) -> str:
    text = p.encode("utf-8", "surrogatepass") if isinstance(p, str) else p
    kind = b"s" if isinstance(p, str) else b"b"
    data = kind + str(flags).encode() + b":" + text
    # 64 bits from two checksums (hashlib would load OpenSSL); a file also names its pattern.
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


def compile_pattern(p: Any, flags: int = 0) -> Any:
    """``re._compiler.compile`` with its output kept (what ``install`` puts in its place)."""
    directory = _directory
    if directory is None or type(p) not in (str, bytes) or flags & _DEBUG:
        return _original(p, flags)
    flags = int(flags)
    path = directory / _name(p, flags)
    entry = _read(path, p, flags)
    if entry is not None:
        try:
            return _sre.compile(p, *entry)
        except Exception:  # a program spoilt on disk: compiled afresh, and kept right
            pass
    began = time.process_time()
    fresh = _compiled(p, flags)
    compiled = _sre.compile(p, *fresh)
    if entry is not None or time.process_time() - began >= KEEP_AFTER:
        _write(path, (p, flags, fresh))
    return compiled


def _compiled(pattern: Any, flags: int) -> _Entry:
    """What ``re._compiler.compile(pattern, flags)`` hands ``_sre.compile``, as it makes it."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        flags | parsed.state.flags,
        [int(op) for op in code],
        parsed.state.groups - 1,
        dict(groupindex),
        tuple(indexgroup),
    )


def _read(path: Path, p: Any, flags: int) -> _Entry | None:
    try:
        with open(path, "rb") as f:
            kept = marshal.loads(f.read())  # marshal.load(f) reads each number on its own
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if type(kept) is tuple and len(kept) == 3 and kept[0] == p and kept[1] == flags:
        entry = kept[2]
        return entry if type(entry) is tuple and len(entry) == 5 else None
    return None  # another pattern with the same hash, or not ours


def _write(path: Path, kept: tuple[Any, int, _Entry]) -> None:
    """Write one pattern's file atomically; a cache that cannot be written is none."""
    global _pruned
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not _pruned:
            _pruned = True
            _prune(path.parent)
        tmp.write_bytes(marshal.dumps(kept))
        os.replace(tmp, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            tmp.unlink()


def _prune(directory: Path) -> None:
    """Past ``MAX_FILES``, remove the older half (once per process, at its first write)."""
    files = list(os.scandir(directory))
    if len(files) <= MAX_FILES:
        return
    files.sort(key=lambda e: e.stat().st_mtime)
    for entry in files[: len(files) // 2]:
        with contextlib.suppress(OSError):
            os.unlink(entry.path)


def install() -> None:
    """Compile patterns through the kept ones from now on in this process (and in the
    processes it forks). Idempotent; does nothing when the cache is off."""
    global _original, _directory
    if _original is not None:
        return
    _directory = cache_directory()
    if _directory is None:
        return
    _original = _compiler.compile
    _compiler.compile = compile_pattern
