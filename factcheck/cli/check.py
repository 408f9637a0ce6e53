"""``factcheck check``: automatic consistency checks, on queued claims or a batch of documents."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, get_args

import typer

from factcheck.cli._common import (
    Format,
    console,
    database_url,
    err_console,
    errors,
    jobs_option,
    print_json,
    print_jsonl,
)
from factcheck.documents import parse_date, read_jsonl
from factcheck.errors import BadOption
from factcheck.models import CheckName

if TYPE_CHECKING:
    from rich.text import Text as RichText

    from factcheck.models import CheckResult, Document

CHECK_NAMES = ", ".join(get_args(CheckName))

_STYLE = {"consistent": "green", "inconsistent": "bold red", "inconclusive": "yellow"}


def check(
    ctx: typer.Context,
    ids: Annotated[
        list[str] | None, typer.Argument(help="Claim ids (or id prefixes) to check")
    ] = None,
    all_claims: Annotated[bool, typer.Option("--all", help="Check every queued document")] = False,
    documents: Annotated[
        str | None,
        typer.Option(
            "--documents",
            help='Check documents read as JSON Lines ({"id", "text", "published"}) from a file '
            "or -, without the queue",
        ),
    ] = None,
    offline: Annotated[
        bool, typer.Option("--offline", help="Never use the network (ECB rates shipped offline)")
    ] = False,
    event_date: Annotated[
        str | None,
        typer.Option(help="Date YYYY-MM-DD that elapsed-time phrases without a date count from"),
    ] = None,
    event: Annotated[
        str | None,
        typer.Option(help="Wikidata item (e.g. Q110999040) whose start date elapsed phrases use"),
    ] = None,
    checks: Annotated[
        str | None,
        typer.Option(help="Comma-separated checks to run: " + ", ".join(get_args(CheckName))),
    ] = None,
    output_format: Annotated[
        Format, typer.Option("--format", "-f", help="Output format")
    ] = Format.table,
    jobs: Annotated[
        int | None,
        jobs_option("Processes to check --documents with (default: every core); same results"),
    ] = None,
) -> None:
    """Check figures against each other and against dated references.

    Conversions, elapsed time, weekdays and arithmetic: each result is a suggestion with its
    arithmetic, never a verdict.

    Example: factcheck check --all --offline --event-date 2022-02-24
    """
    with errors():
        # The checks import the lookups and httpx: load them only when checking.
        from factcheck.checks import check_queue, resolve_checks

        chosen = resolve_checks(checks.split(",")) if checks else None
        events = {"--event-date": parse_date(event_date, what="--event-date")} if event_date else {}
        if documents is not None:
            if ids or all_claims:
                raise BadOption("Give either claim ids / --all or --documents, not both")
            if event:
                raise BadOption("--event needs the queue; give --event-date with --documents")
            docs = _read_documents(documents)
            from factcheck.pipeline import check_documents

            # check_batch on --jobs processes (speed engineer's surgical edit, issue 13).
            results: Iterable[CheckResult] = check_documents(
                docs, event_dates=events, offline=offline, checks=chosen, jobs=jobs
            )
        else:
            if not ids and not all_claims:
                raise BadOption("Give claim ids, --all, or --documents FILE")
            results = check_queue(
                database_url(ctx),
                ids=ids or [],
                event_dates=events,
                event=event,
                offline=offline,
                checks=chosen,
            )
        _render(results, output_format)


def _read_documents(documents: str) -> Iterable[Document]:
    if documents == "-":
        return read_jsonl(sys.stdin.buffer)
    p = Path(documents)
    if not p.is_file():
        raise BadOption(f'--documents "{documents}" is not a file; give a JSON Lines file or -')
    return _read_file(p, documents)


def _read_file(path: Path, name: str) -> Iterator[Document]:
    # Closed when read to the end (or on an error), not left to the garbage collector.
    with path.open("rb") as lines:
        yield from read_jsonl(lines, name=name)


def _record(r: CheckResult) -> dict[str, object]:
    return {
        "document": r.document,
        "check": r.check,
        "start": r.start,
        "end": r.end,
        "text": r.text,
        "status": r.status,
        "explanation": r.explanation,
        "claim_id": r.claim_id,
        "evidence": [e.model_dump(mode="json", exclude_none=True) for e in r.evidence],
    }


def _render(results: Iterable[CheckResult], output_format: Format) -> None:
    from rich.table import Table
    from rich.text import Text as RichText

    rows = list(results)
    if output_format is Format.jsonl:
        print_jsonl(_record(r) for r in rows)
        return
    if output_format is Format.json:
        print_json([_record(r) for r in rows])
        return
    if not rows:
        err_console.print("No figures to check.")
        return
    several = len({r.document for r in rows}) > 1
    table = Table(expand=True)
    if several:
        table.add_column("document", no_wrap=True)
    table.add_column("claim", no_wrap=True)
    table.add_column("check", no_wrap=True)
    table.add_column("figure", ratio=1)
    table.add_column("status", no_wrap=True)
    table.add_column("arithmetic", ratio=4)
    for r in rows:
        status = f"[{_STYLE[r.status]}]{r.status}[/]"
        # Article text and explanations are data, not rich markup: "[1]" must print as is.
        cells: list[str | RichText] = [
            RichText((r.claim_id or "")[:8]),
            r.check,
            RichText(r.text),
            status,
            RichText(r.explanation),
        ]
        table.add_row(*([RichText(r.document)] if several else []), *cells)
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command()(check)
