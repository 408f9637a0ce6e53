"""The ``factcheck`` command line: one module per group of commands.

Each command module defines functions and registers them with ``register(app)``;
this file only builds the app and the root options.

``app`` has every command, each built on first use: a reviewer's ``factcheck next``
imports and assembles ``next`` alone, not the other twenty-four commands, and
``factcheck --help`` lists them all from ``COMMANDS_HELP`` without importing any.
"""

from __future__ import annotations

import dataclasses
import functools
import math
from collections.abc import Iterator, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Annotated, Any, get_args

import typer
from typer.core import TyperCommand, TyperGroup

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
                if info.cls in (None, TyperCommand):
                    info.cls = _Command
                return typer.main.get_command_from_info(
                    info, pretty_exceptions_short=self._short, rich_markup_mode=self._markup
                )
        for group in scratch.registered_groups:
            if group.name == name:
                group.cls = _Group
                sub = group.typer_instance
                for info in sub.registered_commands if sub is not None else ():
                    if info.cls in (None, TyperCommand):
                        info.cls = _Command
                return typer.main.get_group_from_info(
                    group,
                    pretty_exceptions_short=self._short,
                    rich_markup_mode=self._markup,
                    suggest_commands=True,
                )
        raise KeyError(name)


# ---------------------------------------------------------------- option values
#
# typer converts every option value through a pydantic ``TypeAdapter`` it builds on first
# use (importing pydantic's schema machinery and building one validator per option: more
# than a bare ``import typer`` costs). The options of our commands are plain strings,
# flags, choices, bounded numbers and lists of strings; for those, a value that is plainly
# valid is taken here as the adapter would return it, and anything else (a bad choice, a
# number out of range or written unusually) goes to typer's own conversion, so every
# error message is typer's, word for word. tests/test_cli_options.py holds the two equal.

_DIGITS = frozenset("0123456789")


def _plain_int(text: str) -> bool:
    """ASCII digits without a leading zero: what ``int()`` and pydantic read alike."""
    return bool(text) and set(text) <= _DIGITS and (text == "0" or text[0] != "0")


def _plain_float(text: str) -> bool:
    whole, dot, frac = text.partition(".")
    return _plain_int(whole) and (not dot or (bool(frac) and set(frac) <= _DIGITS))


_NOT_PLAIN: tuple[bool, Any] = (False, None)


def _number(value: Any, info: Any, convert: type, plain: Any) -> tuple[bool, Any]:
    text = type(value) is str and plain(value)
    if not text and not (type(value) in (int, convert) and math.isfinite(value)):
        return _NOT_PLAIN
    number = convert(value)
    low_ok = info.min is None or number >= info.min
    return (True, number) if low_ok and (info.max is None or number <= info.max) else _NOT_PLAIN


def _choice(value: Any, descriptor: Any, ctx: Any) -> tuple[bool, Any]:
    from typer._param_types import coerce_cli_choice

    try:
        choice = coerce_cli_choice(
            value, choices=descriptor.choices, case_sensitive=descriptor.case_sensitive, ctx=ctx
        )
    except ValueError:
        return _NOT_PLAIN
    return True, choice


def _quick_value(kind: str, descriptor: Any, value: Any, ctx: Any) -> tuple[bool, Any]:
    """``(True, converted)`` for a plainly valid ``value`` of ``kind``, else ``(False, None)``."""
    if kind == "choice":
        return _choice(value, descriptor, ctx)
    if kind == "int":
        return _number(value, descriptor.parameter_info, int, _plain_int)
    if kind == "float":
        return _number(value, descriptor.parameter_info, float, _plain_float)
    if kind == "strs":
        plain = isinstance(value, list | tuple) and all(type(v) is str for v in value)
        return (True, list(value)) if plain else _NOT_PLAIN
    wanted = str if kind == "str" else bool
    return (True, value) if type(value) is wanted else _NOT_PLAIN


def _quick_kind(descriptor: Any) -> str | None:
    """Which plain conversion an option takes, or None to leave it to typer."""
    info = descriptor.parameter_info
    if (
        info.parser is not None
        or getattr(info, "click_type", None) is not None
        or descriptor.file_annotation is not None
        or descriptor.is_path
    ):
        return None
    annotation = descriptor.annotation
    if descriptor.is_list:
        return "strs" if get_args(annotation) == (str,) else None
    if descriptor.is_choice:
        return "choice"
    if info.clamp:
        return None
    if annotation is str:
        return "str"
    if annotation is bool:
        return "bool"
    if annotation is int:
        return "int"
    if annotation is float:
        return "float"
    return None


@functools.cache
def _quick_param_class() -> type | None:
    """typer's ``RuntimeParam`` with the plain conversions first (None with another typer)."""
    try:
        from typer._coercion import RuntimeParam, build_runtime_param
    except ImportError:
        return None

    @dataclasses.dataclass(frozen=True)
    class QuickParam(RuntimeParam):
        kind: str = ""
        descriptor: Any = None

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            ok, converted = _quick_value(self.kind, self.descriptor, value, ctx)
            if ok:
                return converted
            full = build_runtime_param(self.descriptor)
            param._runtime_param = full  # typer's own from now on
            return full._coerce_value(value, param=param, ctx=ctx)

    return QuickParam


def _quicken(params: list[Any]) -> list[Any]:
    """Give each of ``params`` not yet converted the plain conversion its type takes."""
    quick = _quick_param_class()
    for param in params:
        descriptor = getattr(param, "type_descriptor", None)
        if quick is None or descriptor is None or getattr(param, "_runtime_param", 0) is not None:
            continue
        kind = _quick_kind(descriptor)
        if kind is not None:
            param._runtime_param = quick(
                parameter_info=descriptor.parameter_info,
                annotation=descriptor.annotation,
                kind=kind,
                descriptor=descriptor,
            )
    return params


class _QuickParams:
    """A command whose options (with typer's own ``--help`` and completion options, added
    as the command runs) take the plain conversions."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _quicken(super().get_params(ctx))  # type: ignore[misc]


class _Command(_QuickParams, TyperCommand):
    pass


def _summary(help_text: str | None) -> str:
    """The first paragraph of a help text, on one line."""
    return " ".join((help_text or "").split("\n\n", 1)[0].split())


class _Group(_QuickParams, TyperGroup):
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


class _Root(_QuickParams, TyperGroup):
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
    """Console-script entry point: compiled patterns kept between runs (``factcheck._re_cache``).

    pydantic looks for plugins of its own when it builds its first validator, by reading
    the metadata of every installed package (about 12 ms with the bench's 92 packages, more
    with each one installed); factcheck uses none, so the command turns the search off
    unless ``PYDANTIC_DISABLE_PLUGINS`` is already set (empty: search as pydantic does).
    """
    import os

    from factcheck import _re_cache

    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    _re_cache.install()
    build_app()()
