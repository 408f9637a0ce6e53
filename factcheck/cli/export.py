"""``factcheck export``: verdict reports (Markdown, HTML) and data (JSON, CSV, ClaimReview)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from factcheck.cli._common import database_url, err_console, errors
from factcheck.config import load_config

#: The exporters' names, kept here so that other commands do not import every exporter at
#: start-up; a test checks them against factcheck.export.EXPORTERS.
FORMAT_NAMES = ("markdown", "html", "json", "jsonl", "csv", "claimreview")

if TYPE_CHECKING:
    FormatName = str
else:
    FormatName = Literal[FORMAT_NAMES]

StatusName = Literal["open", "leased", "decided", "final"]


def export(
    ctx: typer.Context,
    output_format: Annotated[
        FormatName,
        typer.Option("--format", "-f", help="Report format: " + ", ".join(FORMAT_NAMES)),
    ] = "markdown",
    document: Annotated[
        str | None, typer.Option("--document", "-d", help="Only this document (its id)")
    ] = None,
    status: Annotated[
        StatusName | None, typer.Option("--status", "-s", help="Only claims with this status")
    ] = None,
    claim: Annotated[
        list[str] | None,
        typer.Option(
            "--claim",
            "-c",
            help="Only this claim (id or unique id prefix, repeatable); ClaimReview then "
            "refuses one without a final verdict instead of skipping it",
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o", help="Write to this file (atomically) instead of standard output"
        ),
    ] = None,
) -> None:
    """Export reviewed claims as a report or data: markdown, html, json, jsonl, csv, claimreview.

    Example: factcheck export --format html --document 1ec1d3905b8e5fcf -o report.html
    """
    with errors():
        from factcheck.export import export_database

        url = database_url(ctx)
        result = export_database(
            url,
            format=output_format,
            out=sys.stdout,
            output=output,
            document=document,
            status=status,
            claims=_full_ids(url, claim) if claim else (),
            config=load_config(),
        )
        for note in result.notes:
            err_console.print(note, markup=False, soft_wrap=True)
        if result.path is not None:
            noun = "claim" if result.count == 1 else "claims"
            err_console.print(
                f"Wrote {result.count} {noun} to {result.path}", markup=False, soft_wrap=True
            )


def _full_ids(url: str, prefixes: list[str]) -> list[str]:
    """Each --claim as a full id: a unique prefix is enough, as in every other command."""
    from factcheck.db.store import open_store

    with open_store(url) as store:
        return [store.get_claim(p).claim.id for p in prefixes]


def register(app: typer.Typer) -> None:
    app.command()(export)
