"""The ``factcheck`` command line: one module per group of commands.

Each command module defines functions and registers them with ``register(app)``;
this file only builds the app and the root options.
"""

from __future__ import annotations

from typing import Annotated

import typer

from factcheck import __version__
from factcheck.cli import check as _check
from factcheck.cli import export as _export
from factcheck.cli import extract as _extract
from factcheck.cli import lookup as _lookup
from factcheck.cli import queue as _queue
from factcheck.cli import review as _review

app = typer.Typer(
    name="factcheck",
    help="Find checkable claims in news articles, queue them for review, check and report them.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="Database URL or SQLite file (default: $FACTCHECK_DATABASE_URL or ./factcheck.db)",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version")
    ] = False,
) -> None:
    """Find checkable claims in news articles, queue them for review, check and report them."""
    ctx.obj = {"db": db}


for _module in (_extract, _queue, _review, _export, _lookup, _check):
    _module.register(app)


def main() -> None:
    """Console-script entry point."""
    app()
