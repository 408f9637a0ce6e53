"""``factcheck ingest``: articles in, their claims extracted, checked and queued.

Kept apart from the queue's commands so that intake grows in one module: files, folders,
standard input, web addresses, RSS and Atom feeds, PDFs and JSON Lines batches. Every
input is read, fetched and validated (``factcheck.intake.gather``) before anything is
queued (``factcheck.db.ingest``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from factcheck.cli._common import Format, console, err_console, errors, jobs_option, print_json
from factcheck.cli.queue import (
    KIND_STYLE,
    DbOption,
    FormatOption,
    ReviewerOption,
    _say,
    acting,
    open_cli_store,
)
from factcheck.intake.gather import Progress

if TYPE_CHECKING:
    from rich.progress import Progress as RichProgress
    from rich.progress import TaskID

    from factcheck.db.ingest import IngestSummary

PROGRESS_FROM = 5
"""An ingest of this many inputs or more shows a progress bar on stderr."""


def _article_files(path: Path) -> list[Path]:
    from factcheck.documents import article_files

    found, skipped = article_files(path)
    if skipped:
        shown = ", ".join(f"{f} ({why})" for f, why in skipped[:10])
        more = f" and {len(skipped) - 10} more" if len(skipped) > 10 else ""
        line = f"Skipped {len(skipped)} files: {shown}{more}"
        err_console.print(line, markup=False, soft_wrap=True)
    return found


class _Bar(Progress):
    """A rich progress bar on stderr, shown once more than a few inputs are expected."""

    def __init__(self) -> None:
        self._bar: RichProgress | None = None
        self._task: TaskID | None = None
        self._total = 0
        self._done = 0

    def expect(self, n: int) -> None:
        self._total += n
        self._show("Reading")

    def done(self, what: str) -> None:
        self._done += 1
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, completed=self._done)

    def stage(self, description: str, total: int) -> None:
        """Count again from nothing for the next stage (queueing)."""
        self._total, self._done = total, 0
        self._show(description)

    def _show(self, description: str) -> None:
        if self._bar is None and self._total >= PROGRESS_FROM:
            from rich.progress import Progress as RichProgress

            self._bar = RichProgress(console=err_console, transient=True)
            self._bar.start()
            self._task = self._bar.add_task(description, total=self._total)
        if self._bar is not None and self._task is not None:
            self._bar.update(
                self._task, description=description, total=self._total, completed=self._done
            )

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


def ingest(
    ctx: typer.Context,
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Article files (text, Markdown, HTML, PDF), folders of articles, http(s) "
            "addresses, or - for standard input",
            show_default=False,
        ),
    ] = None,
    feed: Annotated[
        list[str] | None,
        typer.Option(
            "--feed",
            help="An RSS or Atom feed (file or http(s) address): each entry's page is fetched; "
            "entries already ingested are skipped",
            show_default=False,
        ),
    ] = None,
    documents: Annotated[
        str | None,
        typer.Option(
            "--documents",
            help="A JSON Lines batch, one {id, text, published} a line (as extract "
            "--documents reads), or - for standard input",
            show_default=False,
        ),
    ] = None,
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
    jobs: Annotated[
        int | None,
        jobs_option("Processes to extract and check with (default: every core); same queue"),
    ] = None,
) -> None:
    """Extract the claims of articles, check them offline and queue them for review;
    ingesting twice adds nothing.

    Every input is read (and every address fetched) before anything is queued: a file that
    cannot be read stops the ingest with nothing queued; an address that cannot be fetched
    is reported and the rest are queued (exit status 1).

    Example: factcheck ingest claims/ https://example.org/article --feed news.xml
    """
    with errors():
        from factcheck.db.ingest import Interrupted, ingest_documents, known_address
        from factcheck.documents import parse_date
        from factcheck.errors import BadOption
        from factcheck.extract import resolve_kinds
        from factcheck.intake.gather import Inputs, gather, is_address

        chosen = resolve_kinds(kinds.split(",")) if kinds else None
        pub = parse_date(published) if published else None
        files: list[str | Path] = []
        for p in paths or []:
            if p != "-" and not is_address(p) and Path(p).is_dir():
                files.extend(_article_files(Path(p)))
            else:
                files.append(p)
        feeds = feed or []
        if not paths and not feeds and documents is None:
            raise BadOption(
                "Nothing to ingest; give article files, folders, addresses, --feed or --documents"
            )
        if (title or url) and (len(files) + len(feeds) + (documents is not None)) > 1:
            raise BadOption("--title and --url describe one article; ingest the files one by one")
        if (title or url or pub) and (feeds or documents is not None):
            raise BadOption(
                "--published, --title and --url describe one article; a feed or a batch "
                "gives each its own"
            )
        inputs = Inputs(
            paths=files, feeds=feeds, documents=documents, published=pub, title=title, url=url
        )
        bar = _Bar()
        try:
            with open_cli_store(ctx, db) as store:
                actor = acting(store, reviewer)
                gathered = gather(inputs, known=lambda u: known_address(store, u), progress=bar)
                bar.stage("Queueing", len(gathered.documents))
                summary = ingest_documents(
                    store,
                    gathered.documents,
                    actor=actor,
                    kinds=chosen,
                    on_document=lambda d, _r: bar.done(d.id),
                    check=check,
                    jobs=jobs,
                )
        except Interrupted as stopped:
            bar.stop()
            _interrupted(stopped.summary, len(gathered.documents))
        finally:
            bar.stop()
        summary.present = gathered.present
        summary.failed = [(f.input, f.why) for f in gathered.failed]
        for failure in gathered.failed:
            err_console.print(f"Error: {failure.why}", markup=False, soft_wrap=True)
        if output_format is not Format.table:
            print_json(summary.to_record())
        elif summary.results or summary.present or not gathered.failed:
            # A lone failure is its Error line only; otherwise the summary says what happened.
            _report(summary)
    if gathered.failed:
        raise typer.Exit(1)


def _interrupted(summary: IngestSummary, total: int) -> NoReturn:
    """Ctrl-C while queueing: say what is queued (whole documents only) and exit 130."""
    from factcheck.cli._common import say_error

    docs = "document" if summary.added == 1 else "documents"
    claims = "claim" if summary.claims == 1 else "claims"
    line = (
        f"Interrupted: {summary.claims} {claims} from {summary.added} new {docs} were queued "
        f"({len(summary.results)} of {total} documents written, each whole); ingest the same "
        "inputs again to queue the rest (what is queued already adds nothing)"
    )
    say_error(line)
    raise typer.Exit(130)


def _report(summary: IngestSummary) -> None:
    from rich.table import Table
    from rich.text import Text as RichText

    docs = "document" if summary.added == 1 else "documents"
    claims = "claim" if summary.claims == 1 else "claims"
    line = f"Queued {summary.claims} {claims} from {summary.added} new {docs}"
    present = summary.unchanged + len(summary.present)
    if present:
        line += f"; {present} already queued"
    if summary.failed:
        line += f"; {len(summary.failed)} failed"
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
