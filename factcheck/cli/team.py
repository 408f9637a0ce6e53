"""``factcheck team``: the desk's rules and roster, kept in the database.

factcheck team show                        # settings and roster (--format json)
factcheck team set two_person_rule true    # one setting, logged
factcheck team load factcheck.toml         # the file's organisation, review rules, ratings
factcheck team add ana --role editor       # the first member is an editor
factcheck team remove ana
"""

from __future__ import annotations

from typing import Annotated

import typer

from factcheck.cli._common import Format, console, errors, print_json
from factcheck.cli.queue import DbOption, FormatOption, ReviewerOption, _say, acting, open_cli_store

team_app = typer.Typer(
    help="The team: settings every client follows, and the roster with roles.",
    no_args_is_help=True,
)


@team_app.callback()
def _team_group() -> None:
    """The team: settings every client follows, and the roster with roles."""


@team_app.command("show")
def team_show(
    ctx: typer.Context, output_format: FormatOption = Format.table, db: DbOption = None
) -> None:
    """The team settings in the database and the roster.

    Example: factcheck team show --format json
    """
    with errors():
        from factcheck.db.desk import TEAM_KEYS, describe

        with open_cli_store(ctx, db) as store:
            settings = store.team_settings()
            roster = store.roster()
        if output_format is not Format.table:
            print_json({"settings": settings, "roster": roster})
            return
        from rich.table import Table
        from rich.text import Text as RichText

        table = Table(title="team settings (in the database)")
        table.add_column("setting", no_wrap=True)
        table.add_column("value")
        for key in TEAM_KEYS:
            if key in settings:
                table.add_row(key, RichText(describe(key, settings[key])))
        console.print(table)
        if not roster:
            _say("No roster: anyone may act under any name (factcheck team add NAME --role editor)")
            return
        people = Table(title="roster")
        people.add_column("name")
        people.add_column("role")
        for p in roster:
            people.add_row(RichText(p["name"]), p["role"])
        console.print(people)


@team_app.command("set")
def team_set(
    ctx: typer.Context,
    key: Annotated[
        str,
        typer.Argument(
            help="organization.name, organization.url, organization.claimreview_url, "
            "two_person_rule, double_review or lease_minutes",
            show_default=False,
        ),
    ],
    value: Annotated[str, typer.Argument(help="The new value", show_default=False)],
    reviewer: ReviewerOption = None,
    db: DbOption = None,
) -> None:
    """Change one team setting (an editor, once there is a roster); logged.

    Example: factcheck team set two_person_rule true --reviewer ana
    """
    with errors():
        from factcheck.db.desk import describe

        with open_cli_store(ctx, db) as store:
            changed = store.set_team(key, value, actor=acting(store, reviewer))
        if not changed:
            _say(f"{key} is already {value.strip()}; nothing changed")
        else:
            _say(f"{key} is now {describe(key, changed[key])}")


@team_app.command("load")
def team_load(
    ctx: typer.Context,
    path: Annotated[str, typer.Argument(help="A factcheck.toml", show_default=False)],
    reviewer: ReviewerOption = None,
    db: DbOption = None,
) -> None:
    """Take the organisation, review rules and rating scale of a file as the team's; logged.

    Example: factcheck team load factcheck.toml --reviewer ana
    """
    with errors():
        from factcheck.config import load_config_file

        config = load_config_file(path)
        with open_cli_store(ctx, db) as store:
            changed = store.load_team(config, actor=acting(store, reviewer), source=path)
        if changed:
            _say(f"Loaded {path}: changed {', '.join(changed)}")
        else:
            _say(f"Loaded {path}: the team settings already say the same")


@team_app.command("add")
def team_add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The person's name", show_default=False)],
    role: Annotated[str, typer.Option("--role", help="reviewer or editor")] = "reviewer",
    reviewer: ReviewerOption = None,
    db: DbOption = None,
) -> None:
    """Put someone on the roster, or change their role (an editor does this).

    Example: factcheck team add bo --role reviewer --reviewer ana
    """
    with errors():
        with open_cli_store(ctx, db) as store:
            member = store.add_member(name, role.strip().lower(), actor=acting(store, reviewer))
        _say(f"{member['name']} is on the roster as {member['role']}")


@team_app.command("remove")
def team_remove(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The person's name", show_default=False)],
    reviewer: ReviewerOption = None,
    db: DbOption = None,
) -> None:
    """Take someone off the roster; their past verdicts keep their name.

    Example: factcheck team remove bo --reviewer ana
    """
    with errors():
        with open_cli_store(ctx, db) as store:
            member = store.remove_member(name, actor=acting(store, reviewer))
        _say(f"{member['name']} is off the roster")


def lookups(
    ctx: typer.Context, output_format: FormatOption = Format.table, db: DbOption = None
) -> None:
    """The cached lookups, newest first: the ids verdict --evidence (and review's e) attach.

    Example: factcheck lookups --format json
    """
    with errors():
        with open_cli_store(ctx, db) as store:
            rows = store.lookups()
        if output_format is not Format.table:
            print_json(rows)
            return
        if not rows:
            _say("No cached lookups; factcheck lookup ID fetches and caches them")
            return
        from rich.table import Table
        from rich.text import Text as RichText

        table = Table(title="cached lookups (attach with --evidence ID)")
        table.add_column("id", no_wrap=True)
        for col in ("url", "retrieved", "sha256"):
            table.add_column(col, overflow="fold")
        for r in rows:
            table.add_row(
                RichText(r["id"]), RichText(r["url"] or ""), r["retrieved"], r["content_hash"][:16]
            )
        console.print(table)


def register(app: typer.Typer) -> None:
    app.add_typer(team_app, name="team")
    app.command()(lookups)
