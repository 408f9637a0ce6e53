"""What every command shares: the error mapping, the console, the database URL and output formats.

Commands parse options, call one library function, render the result and map known
errors. ``errors()`` turns a ``FactcheckError`` into one ``Error: ...`` line on stderr
and exit status 1; anything else stays a traceback, because it is a bug.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from enum import StrEnum
from typing import Any, NoReturn

import typer

from factcheck._terminal import CONTROL, json_escaped, sanitise
from factcheck.errors import FactcheckError

DEFAULT_DB = "sqlite:///factcheck.db"


def _safe_console_class() -> type:
    """``SafeConsole``, defined on first use: rich loads only for a command that renders."""
    from rich.console import Console
    from rich.segment import Segment

    class SafeConsole(Console):
        """A rich ``Console`` that never writes a control character it did not make itself.

        Every segment of text is sanitised just before rich adds its own styles and control
        codes, so no path (a table cell, a ``RichText``, a markup string, an error message)
        can carry an article's escape sequence to the terminal.
        """

        def _render_buffer(self, buffer: Iterable[Segment]) -> str:
            return super()._render_buffer(_clean(buffer, Segment))

    return SafeConsole


def _clean(buffer: Iterable[Any], segment: Any) -> Iterable[Any]:
    search = CONTROL.search
    for part in buffer:
        text = part.text
        if part.control or not search(text):
            yield part
        else:
            yield segment(sanitise(text), part.style, part.control)


class _LazyConsole:
    """A ``SafeConsole`` made on first use; every attribute, read or set, is the console's."""

    def __init__(self, **options: Any) -> None:
        object.__setattr__(self, "_options", options)
        object.__setattr__(self, "_real", None)

    def _console(self) -> Any:
        real = object.__getattribute__(self, "_real")
        if real is None:
            real = __getattr__("SafeConsole")(**object.__getattribute__(self, "_options"))
            object.__setattr__(self, "_real", real)
        return real

    def __getattr__(self, name: str) -> Any:
        return getattr(self._console(), name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._console(), name, value)

    # A data descriptor, so that setting it (``monkeypatch.setattr(console, "width", 200)``)
    # and restoring it reach the console, not this proxy.
    @property
    def width(self) -> int:
        return int(self._console().width)

    @width.setter
    def width(self, value: int) -> None:
        self._console().width = value

    def line(self, text: str) -> None:
        """``print(text, soft_wrap=True, markup=False, highlight=False)``: one line for
        people, never wrapped.

        While no rich output has been made, a line rich would write unchanged (no tab to
        expand, nothing it could read as an ``:emoji:`` code) is written straight, sanitised
        as ``SafeConsole`` would write it: ``factcheck skip`` or ``verdict`` print one line
        and need not load rich for it. tests/test_cli_startup.py holds the two equal.
        """
        if object.__getattribute__(self, "_real") is None and _plain_line(text):
            options = object.__getattribute__(self, "_options")
            stream = sys.stderr if options.get("stderr") else sys.stdout
            stream.write(sanitise(text) + "\n")
            return
        self._console().print(text, soft_wrap=True, markup=False, highlight=False)

    def __enter__(self) -> Any:
        return self._console().__enter__()

    def __exit__(self, *exc: Any) -> None:
        self._console().__exit__(*exc)


def _plain_line(text: str) -> bool:
    """Whether rich prints ``text`` (markup and highlighting off, soft wrap) as it stands:
    no tab (rich expands tabs) and no ``:word:`` (rich's emoji codes, as its own pattern
    finds them)."""
    return "\t" not in text and _EMOJI_CODE.search(text) is None


_EMOJI_CODE = re.compile(r":\S*?:")


def __getattr__(name: str) -> Any:
    if name == "SafeConsole":
        cls = _safe_console_class()
        globals()["SafeConsole"] = cls
        return cls
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Every rich rendering goes through these two: they drop control characters from whatever
# text they print (article text, titles, names, notes, file names), see factcheck._terminal.
console: Any = _LazyConsole(highlight=False)
err_console: Any = _LazyConsole(stderr=True, highlight=False)


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


#: Errors of the world outside (a full disk, a dead terminal) that a command cannot fix and
#: that are no bug of ours: shown as one line, not a traceback.
_WORLD_ERRNOS = frozenset(
    {errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EROFS, errno.EFBIG, errno.ENXIO}
)


@contextlib.contextmanager
def errors() -> Iterator[None]:
    """Show a ``FactcheckError`` as one line and exit 1; Ctrl-C exits 130.

    Standard output is flushed before the block ends, so a write that fails (``> /dev/full``,
    a full disk) is reported here as one line instead of a traceback at exit.
    """
    try:
        yield
        sys.stdout.flush()
    except FactcheckError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        say_error("Interrupted")
        raise typer.Exit(130) from None
    except BrokenPipeError:
        # `factcheck queue | head`: the reader went away; that is not an error.
        _drop_stdout()
        raise typer.Exit(0) from None
    except OSError as exc:
        if exc.errno not in _WORLD_ERRNOS:
            raise
        _drop_stdout()
        where = f'"{exc.filename}"' if exc.filename else "standard output"
        fail(f"Cannot write to {where}: {exc.strerror}; free some space or write elsewhere")


def fail(message: str) -> NoReturn:
    """Print ``Error: message`` as one line on stderr and exit 1 (plain text: no rich to load
    for one line, and no control character, as ``SafeConsole`` would print it)."""
    say_error(f"Error: {message}")
    raise typer.Exit(1) from None


def say_error(line: str) -> None:
    """One line on stderr, control characters dropped."""
    sys.stderr.write(sanitise(line) + "\n")
    sys.stderr.flush()


def _drop_stdout() -> None:
    # What is still buffered for a stdout that failed must not fail again at exit.
    with contextlib.suppress(Exception):
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115


def database_url(ctx: typer.Context) -> str:
    """``--db``, else ``FACTCHECK_DATABASE_URL``, else ``./factcheck.db``."""
    obj = ctx.find_root().obj or {}
    url = obj.get("db") or os.environ.get("FACTCHECK_DATABASE_URL") or DEFAULT_DB
    return str(url)


def reviewer_name(explicit: str | None) -> str:
    """``--reviewer``, else ``FACTCHECK_REVIEWER``, else the OS user name."""
    if explicit:
        return explicit
    env = os.environ.get("FACTCHECK_REVIEWER")
    if env:
        return env
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name on this machine (a container without passwd)
        return "reviewer"


def print_json(data: Any) -> None:
    """Data as indented JSON on stdout."""
    sys.stdout.write(
        json_escaped(json.dumps(data, ensure_ascii=False, indent=2, default=str)) + "\n"
    )


def jsonl_line(row: Any) -> str:
    """One JSON object as the line ``print_jsonl`` writes (also built in worker processes)."""
    return json_escaped(json.dumps(row, ensure_ascii=False, default=str)) + "\n"


def print_jsonl(rows: Any) -> None:
    """One JSON object per line on stdout."""
    write = sys.stdout.write
    for row in rows:
        write(jsonl_line(row))


def jobs_option(help: str) -> Any:
    """The ``--jobs/-j`` option of the commands that work on all cores (default: every core)."""
    return typer.Option("--jobs", "-j", min=1, help=help, show_default=False)
