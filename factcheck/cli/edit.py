"""``factcheck edit``: an editor's wording for a claim's ClaimReview, and the page it is on.

    factcheck edit 3f2a --claim-reviewed "Britain will send 10,000 troops" --claimant "Keir Starmer"
    factcheck edit 3f2a --claimant "Ministry of Defence" --claimant-type organization \\
        --claimant-url https://www.gov.uk/mod
    factcheck edit --document 1ec1d390 --page-url https://daily.example/checks/uk-troops

Each edit is an ``edit`` (or ``edit-page``) event in the log and the claim's history; the
latest one is what ``export --format claimreview`` publishes. An empty value clears a field
(back to what the exporter derives).
"""

from __future__ import annotations

from typing import Annotated

import typer

from factcheck.cli._common import errors
from factcheck.cli.queue import DbOption, ReviewerOption, _say, acting, open_cli_store


def edit(
    ctx: typer.Context,
    claim_id: Annotated[
        str | None,
        typer.Argument(help="Claim id, or a unique prefix of it", show_default=False),
    ] = None,
    claim_reviewed: Annotated[
        str | None,
        typer.Option(
            "--claim-reviewed",
            help="claimReviewed: what was claimed, under 75 characters, no rating words",
            show_default=False,
        ),
    ] = None,
    claimant: Annotated[
        str | None,
        typer.Option(
            "--claimant",
            help="Who made the claim (itemReviewed.author); default: speaker, byline, site name",
            show_default=False,
        ),
    ] = None,
    claimant_url: Annotated[
        str | None,
        typer.Option(
            "--claimant-url",
            help="A page that says who the claimant is (itemReviewed.author.sameAs)",
            show_default=False,
        ),
    ] = None,
    claimant_type: Annotated[
        str | None,
        typer.Option(
            "--claimant-type",
            help="person (default) or organization",
            show_default=False,
        ),
    ] = None,
    page_url: Annotated[
        str | None,
        typer.Option(
            "--page-url",
            help="The published fact-check page of the claim's document (or --document's); "
            "wins over the team's organization.claimreview_url",
            show_default=False,
        ),
    ] = None,
    document: Annotated[
        str | None,
        typer.Option("--document", "-d", help="The document whose --page-url this is"),
    ] = None,
    reviewer: ReviewerOption = None,
    db: DbOption = None,
) -> None:
    """Record an editor's ClaimReview wording for a claim, or its document's page; logged.

    The reviewer's note of the verdict becomes ratingExplanation; this command sets the rest
    of what a search engine shows: the claim as worded, who made it, where the check lives.

    Example: factcheck edit 3f2a --claim-reviewed "Britain will send troops" --claimant Starmer
    """
    with errors():
        from factcheck.errors import BadOption
        from factcheck.export.claimreview import check_wording

        wording_asked = any(
            x is not None for x in (claim_reviewed, claimant, claimant_url, claimant_type)
        )
        if claim_id is None and (wording_asked or document is None):
            raise BadOption("Give a claim id (or --document DOC with --page-url URL)")
        if document is not None and page_url is None:
            raise BadOption("--document goes with --page-url URL")
        with open_cli_store(ctx, db) as store:
            who = acting(store, reviewer)
            if claim_reviewed:
                claim_reviewed = check_wording(claim_reviewed, store.config)
            if wording_asked:
                assert claim_id is not None
                done = store.edit_claim(
                    claim_id,
                    actor=who,
                    claim_reviewed=claim_reviewed,
                    claimant=claimant,
                    claimant_url=claimant_url,
                    claimant_type=claimant_type,
                )
                fields = ", ".join(f"{k} {_shown(v['to'])}" for k, v in done["changed"].items())
                _say(f"Claim {done['claim']}: " + (fields or "nothing changed"))
            if page_url is not None:
                target = document
                if target is None:
                    assert claim_id is not None
                    target = store.get_claim(claim_id).claim.document
                page = store.set_page_url(target, page_url, actor=who)
                _say(f"Document {page['document']}: page_url {_shown(page['page_url'])}")
            elif not wording_asked:
                raise BadOption(
                    "Nothing to edit: give --claim-reviewed, --claimant, --claimant-url "
                    "or --page-url"
                )


def _shown(value: object) -> str:
    return "cleared" if value is None else f'"{value}"'


def register(app: typer.Typer) -> None:
    app.command()(edit)
