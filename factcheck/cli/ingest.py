"""``factcheck ingest``: articles in, their claims extracted and queued.

Kept apart from the queue's commands so that intake (files, folders, standard input, and
whatever sources are added) grows in one module.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text as RichText

from factcheck.cli._common import Format, console, err_console, errors, print_json
from factcheck.cli.queue import (
    KIND_STYLE,
    DbOption,
    FormatOption,
    ReviewerOption,
    _say,
    acting,
    open_cli_store,
)
from factcheck.models import Document


def _article_files(path: Path) -> list[Path]:
    from factcheck.documents import article_files

    found, skipped = article_files(path)
    if skipped:
        shown = ", ".join(f"{f} ({why})" for f, why in skipped[:10])
        more = f" and {len(skipped) - 10} more" if len(skipped) > 10 else ""
        line = f"Skipped {len(skipped)} files: {shown}{more}"
        err_console.print(line, markup=False, soft_wrap=True)
    return found


def ingest(
    ctx: typer.Context,
    paths: Annotated[
        list[str],
        typer.Argument(help="Article files, folders of articles, or - for standard input"),
    ],
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD (overrides the article's own)")
    ] = None,
    title: Annotated[str | None, typer.Option(help="Title of the article")] = None,
    url: Annotated[str | None, typer.Option(help="Address of the article")] = None,
    kinds: Annotated[
        str | None, typer.Option(help="Comma-separated claim kinds to queue (default: all)")
    ] = None,
    reviewer: ReviewerOption = None,
    check: Annotated[
        bool,
        typer.Option(
            "--check/--no-check", help="Run the offline checks on new articles (factcheck check)"
        ),
    ] = True,
    output_format: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """Extract the claims of articles, check them offline and queue them for review;
    ingesting twice adds nothing.

    Example: factcheck ingest claims/ --published 2025-02-17
    """
    with errors():
        from factcheck.db.ingest import ingest_documents
        from factcheck.documents import parse_date, read_path, read_stream
        from factcheck.extract import resolve_kinds

        chosen = resolve_kinds(kinds.split(",")) if kinds else None
        pub = parse_date(published) if published else None
        files: list[str | Path] = []
        for p in paths:
            if p != "-" and Path(p).is_dir():
                files.extend(_article_files(Path(p)))
            else:
                files.append(p)
        if len(files) > 1 and (title or url):
            from factcheck.errors import BadOption

            raise BadOption("--title and --url describe one article; ingest the files one by one")

        def documents() -> Iterator[Document]:
            for f in files:
                if f == "-":
                    yield read_stream(sys.stdin.buffer, published=pub, title=title, url=url)
                else:
                    yield from read_path(f, published=pub, title=title, url=url)

        with open_cli_store(ctx, db) as store:
            actor = acting(store, reviewer)
            if len(files) >= 5:
                from rich.progress import Progress

                with Progress(console=err_console, transient=True) as progress:
                    task = progress.add_task("Ingesting", total=len(files))
                    summary = ingest_documents(
                        store,
                        documents(),
                        actor=actor,
                        kinds=chosen,
                        on_document=lambda _d, _r: progress.advance(task),
                        check=check,
                    )
            else:
                summary = ingest_documents(
                    store, documents(), actor=actor, kinds=chosen, check=check
                )
        if output_format is not Format.table:
            print_json(summary.to_record())
            return
        docs = "document" if summary.added == 1 else "documents"
        claims = "claim" if summary.claims == 1 else "claims"
        line = f"Queued {summary.claims} {claims} from {summary.added} new {docs}"
        if summary.unchanged:
            line += f"; {summary.unchanged} already queued"
        _say(line)
        if summary.checks:
            found = ", ".join(f"{n} {status}" for status, n in sorted(summary.checks.items()))
            _say(f"Checked offline: {found} (factcheck show ID lists them)")
        if summary.per_kind:
            table = Table()
            table.add_column("kind")
            table.add_column("claims", justify="right")
            for kind, n in sorted(summary.per_kind.items(), key=lambda kv: (-kv[1], kv[0])):
                table.add_row(RichText(kind, style=KIND_STYLE.get(kind, "")), str(n))
            console.print(table)


def register(app: typer.Typer) -> None:
    app.command()(ingest)
