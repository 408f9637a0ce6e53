"""What every command shares: the error mapping, the console, the database URL and output formats.

Commands parse options, call one library function, render the result and map known
errors. ``errors()`` turns a ``FactcheckError`` into one ``Error: ...`` line on stderr
and exit status 1; anything else stays a traceback, because it is a bug.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import sys
from collections.abc import Iterator
from enum import StrEnum
from typing import Any

import typer
from rich.console import Console

from factcheck.errors import FactcheckError

DEFAULT_DB = "sqlite:///factcheck.db"

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


@contextlib.contextmanager
def errors() -> Iterator[None]:
    """Show a ``FactcheckError`` as one line and exit 1; Ctrl-C exits 130."""
    try:
        yield
    except FactcheckError as exc:
        err_console.print(f"Error: {exc}", markup=False, soft_wrap=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        err_console.print("Interrupted", markup=False)
        raise typer.Exit(130) from None
    except BrokenPipeError:
        # `factcheck queue | head`: the reader went away; that is not an error.
        with contextlib.suppress(Exception):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        raise typer.Exit(0) from None


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
    try:
        return getpass.getuser()
    except Exception:  # no user name on this machine (a container without passwd)
        return "reviewer"


def print_json(data: Any) -> None:
    """Data as indented JSON on stdout."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def print_jsonl(rows: Any) -> None:
    """One JSON object per line on stdout."""
    write = sys.stdout.write
    for row in rows:
        write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
