"""The ``factcheck`` command line: one module per group of commands.

Each command module defines functions and registers them with ``register(app)``;
this file only builds the app and the root options.

``app`` has every command (for ``--help``, tests and the docs). ``main()`` builds an app with
only the module of the command being run, when it can tell which: a reviewer's
``factcheck next`` should not import and assemble the other seventeen commands.
"""

from __future__ import annotations

import sys
from importlib import import_module
from typing import TYPE_CHECKING, Annotated

import typer

from factcheck import __version__

HELP = "Find checkable claims in news articles, queue them for review, check and report them."

#: The command modules, in the order their commands are listed.
MODULES: tuple[str, ...] = (
    "extract",
    "ingest",
    "queue",
    "review",
    "team",
    "edit",
    "export",
    "lookup",
    "check",
)

#: Which module registers each command; a test checks this against the modules.
COMMANDS: dict[str, str] = {
    "extract": "extract",
    "ingest": "ingest",
    **dict.fromkeys(
        (
            "queue", "show", "next", "verdict", "skip", "release", "reopen",
            "note", "signoff", "history", "stats", "db", "sendback", "assign", "undo", "log",
        ),
        "queue",
    ),
    "review": "review",
    "team": "team",
    "lookups": "team",
    "edit": "edit",
    "export": "export",
    "lookup": "lookup",
    "check": "check",
}  # fmt: skip

if TYPE_CHECKING:
    app: typer.Typer


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


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
    create: Annotated[
        bool,
        typer.Option(
            "--create",
            help="Create the SQLite file named by --db if it does not exist (a typo must not "
            "start an empty queue)",
        ),
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version")
    ] = False,
) -> None:
    """Find checkable claims in news articles, queue them for review, check and report them."""
    from factcheck._env import may_create

    ctx.obj = {"db": db}
    token = may_create.set(create)
    ctx.call_on_close(lambda: may_create.reset(token))


def build_app(modules: tuple[str, ...] = MODULES) -> typer.Typer:
    """The typer app with the root options and the commands of the given modules."""
    built = typer.Typer(
        name="factcheck",
        help=HELP,
        no_args_is_help=True,
        rich_markup_mode="rich",
        pretty_exceptions_show_locals=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    built.callback()(root)
    for name in modules:
        import_module(f"{__name__}.{name}").register(built)
    return built


def __getattr__(name: str) -> typer.Typer:
    if name == "app":
        full = build_app()
        globals()["app"] = full
        return full
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _modules_for(argv: list[str]) -> tuple[str, ...]:
    """The one module that serves the command in ``argv``, or all of them."""
    args = iter(argv)
    for arg in args:
        if arg == "--db":
            next(args, None)
        elif not arg.startswith("-"):
            module = COMMANDS.get(arg)
            return (module,) if module else MODULES
    return MODULES


def main() -> None:
    """Console-script entry point."""
    build_app(_modules_for(sys.argv[1:]))()
