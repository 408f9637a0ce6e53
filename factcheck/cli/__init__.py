"""The ``factcheck`` command line: one module per group of commands.

Each command module defines functions and registers them with ``register(app)``;
this file only builds the app and the root options.

``app`` has every command, each built on first use: a reviewer's ``factcheck next``
imports and assembles ``next`` alone, not the other twenty-four commands, and
``factcheck --help`` lists them all from ``COMMANDS_HELP`` without importing any.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from factcheck import __version__

HELP = "Find checkable claims in news articles, queue them for review, check and report them."

#: The command modules, in the order they register.
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

#: Each command in the order ``--help`` lists it: the module that registers it and the first
#: paragraph of its help. ``--help`` prints this table instead of importing every command
#: module; a test checks it against the commands' own help, word for word.
COMMANDS_HELP: dict[str, tuple[str, str]] = {
    "extract": ("extract", "Extract checkable claims (money, dates, durations, percentages, quantities, quotes)."),  # noqa: E501
    "ingest": ("ingest", "Extract the claims of articles, check them offline and queue them for review; ingesting twice adds nothing."),  # noqa: E501
    "queue": ("queue", "List queued claims, highest priority first, ties in article order."),
    "show": ("queue", "Show a claim in its paragraph with its value, priority, verdict, checks and history."),  # noqa: E501
    "next": ("queue", "Lease the highest-priority open claim to you; you get the same claim until you decide it."),  # noqa: E501
    "verdict": ("queue", "Rate a claim. Under the two-person rule it becomes final after factcheck signoff."),  # noqa: E501
    "skip": ("queue", "Pass on a claim: it goes back to the queue and next will not offer it to you again."),  # noqa: E501
    "release": ("queue", "Give a claim you leased back to the queue."),
    "reopen": ("queue", "Put a decided claim back in the queue; its verdicts stay on record."),
    "note": ("queue", "Put a note on a claim's record without rating it."),
    "signoff": ("queue", "Make another reviewer's verdict final (the two-person rule)."),
    "history": ("queue", "Everything that happened to a claim, oldest first."),
    "stats": ("queue", "Progress of the queue per status, kind and reviewer; leases held and expired."),  # noqa: E501
    "sendback": ("queue", "Send a verdict that awaits sign-off back to its author, with a note (editors)."),  # noqa: E501
    "assign": ("queue", "Assign claims to a reviewer: only they lease them, unless an editor forces it."),  # noqa: E501
    "undo": ("queue", "Withdraw your verdict on a claim (not yet signed off); the claim is leased back to you."),  # noqa: E501
    "log": ("queue", "The whole event log, oldest first, filtered; --format jsonl for auditors."),
    "review": ("review", "Review claims one after another: one key per rating, c note, e evidence, a adopt, s skip, z undo, q quit; --signoff walks the verdicts that await sign-off."),  # noqa: E501
    "lookups": ("team", "The cached lookups, newest first: the ids verdict --evidence (and review's e) attach."),  # noqa: E501
    "edit": ("edit", "Record an editor's ClaimReview wording for a claim, or its document's page; logged."),  # noqa: E501
    "export": ("export", "Export reviewed claims as a report or data: markdown, html, json, jsonl, csv, claimreview."),  # noqa: E501
    "lookup": ("lookup", "Look up reference data for a claim: exchange rates, event dates, earlier fact-checks."),  # noqa: E501
    "check": ("check", "Check figures against each other and against dated references."),
    "db": ("queue", "The database: create and migrate it."),
    "team": ("team", "The team: settings every client follows, and the roster with roles."),
}  # fmt: skip

#: Which module registers each command; a test checks this against the modules.
COMMANDS: dict[str, str] = {name: module for name, (module, _) in COMMANDS_HELP.items()}

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


class _Commands(Mapping[str, Any]):
    """The commands by name, each built (its module imported, its options converted) on
    first use: ``factcheck next`` builds ``next`` alone."""

    def __init__(self, markup: Any, short: bool) -> None:
        self._markup, self._short = markup, short
        self._built: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._built:
            self._built[name] = self._build(name, COMMANDS[name])
        return self._built[name]

    def __iter__(self) -> Iterator[str]:
        return iter(COMMANDS_HELP)

    def __len__(self) -> int:
        return len(COMMANDS_HELP)

    def __contains__(self, name: object) -> bool:
        return name in COMMANDS_HELP

    def _build(self, name: str, module: str) -> Any:
        scratch = typer.Typer()
        import_module(f"{__name__}.{module}").register(scratch)
        for info in scratch.registered_commands:
            assert info.callback is not None
            if (info.name or typer.main.get_command_name(info.callback.__name__)) == name:
                return typer.main.get_command_from_info(
                    info, pretty_exceptions_short=self._short, rich_markup_mode=self._markup
                )
        for group in scratch.registered_groups:
            if group.name == name:
                group.cls = _Group
                return typer.main.get_group_from_info(
                    group,
                    pretty_exceptions_short=self._short,
                    rich_markup_mode=self._markup,
                    suggest_commands=True,
                )
        raise KeyError(name)


def _summary(help_text: str | None) -> str:
    """The first paragraph of a help text, on one line."""
    return " ".join((help_text or "").split("\n\n", 1)[0].split())


class _Group(TyperGroup):
    """A group (``db``, ``team``) whose help lists each command's whole first paragraph,
    as the root's does, where click would cut it at 45 characters."""

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, _summary(command.short_help or command.help)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


class _Root(TyperGroup):
    """The root group: commands built on use, ``--help`` listed from ``COMMANDS_HELP``."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        self.commands = _Commands(self.rich_markup_mode, short=True)  # type: ignore[assignment]

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, text) for name, (_, text) in COMMANDS_HELP.items()])


def build_app() -> typer.Typer:
    """The typer app: the root options, and every command built when it is run.

    Help is plain text (click's formatter): rendering it with rich would cost more than
    all the rest of ``factcheck --help``.
    """
    built = typer.Typer(
        name="factcheck",
        cls=_Root,
        help=HELP,
        no_args_is_help=True,
        rich_markup_mode=None,
        pretty_exceptions_show_locals=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    built.callback()(root)
    return built


def __getattr__(name: str) -> typer.Typer:
    if name == "app":
        full = build_app()
        globals()["app"] = full
        return full
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    """Console-script entry point."""
    build_app()()
