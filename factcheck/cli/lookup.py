"""``factcheck lookup``: reference lookups for one queued claim."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from factcheck.cli._common import Format, console, database_url, errors, print_json, print_jsonl

if TYPE_CHECKING:
    from factcheck.lookup import LookupResult
    from factcheck.models import ClaimRecord

#: The sources' names, kept here so that `--help` does not import httpx; a test checks
#: them against factcheck.lookup.SOURCES.
SOURCE_NAMES = ("frankfurter", "ecb", "wikidata", "factchecktools", "wikipedia")

SOURCE_HELP = "Run only this source (repeatable or comma-separated): " + ", ".join(SOURCE_NAMES)


def lookup(
    ctx: typer.Context,
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="Claim id (or a unique prefix)")],
    source: Annotated[list[str] | None, typer.Option("--source", "-s", help=SOURCE_HELP)] = None,
    entity: Annotated[
        str | None,
        typer.Option(help="Wikidata item whose dates to read, e.g. Q110999040"),
    ] = None,
    query: Annotated[
        str | None,
        typer.Option(
            help="Search text: the Wikidata event, the earlier fact-checks or the Wikipedia page"
        ),
    ] = None,
    to: Annotated[
        str | None,
        typer.Option(
            "--to", help="Currency to convert a money claim to (default: its converted twin's)"
        ),
    ] = None,
    offline: Annotated[
        bool,
        typer.Option(
            "--offline",
            help="No network: rates from the shipped ECB file, the rest from the cache",
        ),
    ] = False,
    output_format: Annotated[
        Format, typer.Option("--format", "-f", help="Output format")
    ] = Format.table,
) -> None:
    """Look up reference data for a claim: exchange rates, event dates, earlier fact-checks.

    Runs the sources that fit the claim: money → the rate of the publication day; dates
    and durations → an event's dates on Wikidata (--entity or --query); any claim →
    earlier fact-checks and a Wikipedia summary. Results are cached in the database.

    Example: factcheck lookup 3f2a9c --source wikidata --entity Q110999040
    """
    with errors():
        from factcheck.lookup import lookup_stored_claim

        record, results = lookup_stored_claim(
            database_url(ctx),
            claim_id,
            sources=list(source or []),
            entity=entity,
            query=query,
            to_currency=to,
            offline=offline,
        )
        rows = [r.model_dump(mode="json") for r in results]
        if output_format is Format.json:
            print_json({"claim": record.claim.to_record(), "results": rows})
        elif output_format is Format.jsonl:
            print_jsonl({"claim_id": record.claim.id, **row} for row in rows)
        else:
            _render(record, results)


def _render(record: ClaimRecord, results: list[LookupResult]) -> None:
    from rich.table import Table
    from rich.text import Text as RichText

    claim = record.claim
    heading = RichText(claim.kind, style="bold")
    heading.append(f" {claim.text!r} ({claim.id})")
    console.print(heading, soft_wrap=True)
    if not results:
        console.print("No source fits this claim.")
        return
    table = Table(expand=True, show_lines=True)
    table.add_column("source", no_wrap=True)
    table.add_column("result", ratio=3)
    table.add_column("evidence", ratio=2)
    for r in results:
        evidence = "\n".join(e.url or e.source for e in r.evidence[:5]) + (
            f"\n… {len(r.evidence) - 5} more" if len(r.evidence) > 5 else ""
        )
        style = "dim" if r.status == "skipped" else ""
        table.add_row(r.source, RichText(r.summary), RichText(evidence), style=style)
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command()(lookup)
