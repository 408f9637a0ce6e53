"""``factcheck extract``: claims of articles, as a table or JSON."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from factcheck.cli._common import Format, console, errors, jobs_option, jsonl_line, print_json
from factcheck.errors import BadOption
from factcheck.models import KINDS

if TYPE_CHECKING:
    from factcheck.models import Claim, Document

KIND_HELP = "Comma-separated kinds to extract: " + ", ".join(KINDS)


def extract(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Article files (.txt, .md, .html), or - for standard input"),
    ] = None,
    published: Annotated[
        str | None,
        typer.Option(help="Publication date YYYY-MM-DD that partial dates resolve against"),
    ] = None,
    kinds: Annotated[str | None, typer.Option(help=KIND_HELP)] = None,
    output_format: Annotated[
        Format, typer.Option("--format", "-f", help="Output format")
    ] = Format.table,
    documents: Annotated[
        str | None,
        typer.Option(
            "--documents",
            help='JSON Lines of documents ({"id", "text", "published"} per line): a file or -',
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        jobs_option("Processes to extract with (default: every core); the output is the same"),
    ] = None,
) -> None:
    """Extract checkable claims (money, dates, durations, percentages, quantities, quotes).

    Example: factcheck extract claims/uk-troops.md --format jsonl
    """
    with errors():
        # The extractors compile their patterns on import: only pay for that here.
        from factcheck.documents import parse_date
        from factcheck.extract import resolve_kinds
        from factcheck.pipeline import extract_documents

        chosen = resolve_kinds(kinds.split(",")) if kinds else None
        pub = parse_date(published) if published else None
        docs = _documents(paths or [], documents, pub)
        # One article (a file, standard input) is one piece of work: no worker could share
        # it, so the process pool is not even imported.
        if isinstance(docs, list) and len(docs) <= 1:
            jobs = 1
        if output_format is Format.jsonl:
            # Workers write the lines themselves: sending claims back costs more than JSON.
            one = partial(_jsonl_lines, kinds=resolve_kinds(chosen))
            write = sys.stdout.write
            if jobs == 1:
                for doc in docs:
                    write(one(doc))
                return
            from factcheck._parallel import map_documents
            from factcheck.pipeline import warm_extractors

            for lines in map_documents(one, docs, jobs=jobs, warm=warm_extractors):
                write(lines)
            return
        claims = extract_documents(docs, kinds=chosen, jobs=jobs)
        if output_format is Format.json:
            print_json([c.to_record() for c in claims])
        else:
            _render_table(list(claims))


def _jsonl_lines(doc: Document, *, kinds: list[str]) -> str:
    """One document's claims as the JSON Lines ``print_jsonl`` writes."""
    from factcheck.extract import extract_document

    return "".join(jsonl_line(c.to_record()) for c in extract_document(doc, kinds=kinds))


def _read_file(path: Path, name: str) -> Iterator[Document]:
    from factcheck.documents import read_jsonl

    with path.open("rb") as lines:
        yield from read_jsonl(lines, name=name)


def _documents(
    paths: list[str], documents: str | None, published: date | None
) -> Iterable[Document]:
    from factcheck.documents import read_jsonl, read_path, read_stream

    if documents is not None:
        if paths:
            raise BadOption("Give either article paths or --documents, not both")
        if documents == "-":
            return read_jsonl(sys.stdin.buffer)
        p = Path(documents)
        if not p.is_file():
            raise BadOption(f'--documents "{documents}" is not a file; give a JSON Lines file or -')
        return _read_file(p, documents)
    if not paths:
        raise BadOption("Give an article file, - for standard input, or --documents FILE")
    docs: list[Document] = []
    for path in paths:
        if path == "-":
            docs.append(read_stream(sys.stdin.buffer, published=published))
        else:
            docs.extend(read_path(path, published=published))
    return docs


_KIND_STYLE = {
    "money": "bold green",
    "date": "bold cyan",
    "duration": "bold blue",
    "percent": "bold magenta",
    "quantity": "bold yellow",
    "quote": "italic",
}


def _render_table(claims: list[Claim]) -> None:
    from rich.table import Table
    from rich.text import Text as RichText

    if not claims:
        console.print("No claims found.")
        return
    table = Table(show_lines=False, expand=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("claim in its sentence", ratio=3)
    table.add_column("value", ratio=1)
    for c in claims:
        s = c.sentence
        rel = c.start - c.sentence_start
        sentence = RichText(s[:rel])
        sentence.append(
            s[rel : rel + len(c.text)] or c.text, style=_KIND_STYLE.get(c.kind, "bold") + " reverse"
        )
        sentence.append(s[rel + len(c.text) :])
        value = c.value.model_dump(exclude_none=True, exclude={"kind"}) if c.value else {}
        values = RichText(", ".join(f"{k}={v}" for k, v in value.items()))
        table.add_row(c.kind, sentence, values)
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command()(extract)
