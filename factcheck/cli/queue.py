"""The claim queue's commands: queue, show, next, verdict, skip, release, reopen, note,
history, stats, signoff and ``db upgrade``.

Each command opens the store, calls one method and renders the result. The store is
imported inside the commands, so ``factcheck --help`` and ``factcheck extract`` never load
the database code, and ``factcheck next`` on a SQLite file never loads SQLAlchemy.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from textwrap import shorten
from typing import TYPE_CHECKING, Annotated, Any

import typer

from factcheck.check_lines import MARK, STYLE, check_line, raised_reasons
from factcheck.cli._common import (
    Format,
    console,
    database_url,
    err_console,
    errors,
    print_json,
    print_jsonl,
    reviewer_name,
)
from factcheck.models import ClaimRecord, Document, Event, QuoteValue

if TYPE_CHECKING:
    from rich.table import Table
    from rich.text import Text as RichText

    from factcheck.db.store import ClaimStore

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", help="Database URL or SQLite file (overrides the root --db)", show_default=False
    ),
]
ReviewerOption = Annotated[
    str | None,
    typer.Option(
        "--reviewer",
        "-r",
        help="Who you are (default: FACTCHECK_REVIEWER, else your user name)",
        show_default=False,
    ),
]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format")]
ForceOption = Annotated[
    bool, typer.Option("--force", help="Take over a claim another reviewer has leased")
]
ClaimId = Annotated[
    str, typer.Argument(help="Claim id, or a unique prefix of it", show_default=False)
]

KIND_STYLE = {
    "money": "bold green",
    "date": "bold cyan",
    "duration": "bold blue",
    "percent": "bold magenta",
    "quantity": "bold yellow",
    "quote": "bold italic",
}
TABLE_LIMIT = 200
STATUS_STYLE = {"open": "", "leased": "yellow", "decided": "cyan", "final": "green"}


def open_cli_store(ctx: typer.Context, db: str | None) -> ClaimStore:
    """The store at this command's ``--db``, else the root one, the environment or the default.

    A local ``factcheck.toml`` that differs from the team settings in the database gets its
    one-line warning on stderr here.
    """
    from factcheck.db.store import open_store

    store = open_store(db or database_url(ctx))
    for warning in store.config_warnings:
        err_console.line(warning)
    return store


def one_kind(kind: str) -> str:
    """The claim kind ``--kind`` names (any case, spaces around); a blank one is refused in
    one line like any unknown kind."""
    from factcheck.errors import UnknownKind
    from factcheck.extract import resolve_kinds
    from factcheck.models import KINDS

    chosen = resolve_kinds([kind])
    if not chosen:
        known = ", ".join(sorted(KINDS))
        raise UnknownKind(f'Unknown kind "{kind.strip().lower()}"; choose from {known}')
    return chosen[0]


def acting(store: ClaimStore, explicit: str | None) -> str:
    """Who acts: ``--reviewer``, else ``FACTCHECK_REVIEWER``, else the database login on
    PostgreSQL, else the OS user. An empty ``--reviewer ""`` stays empty and is refused."""
    import os

    if explicit is not None:
        return explicit
    env = os.environ.get("FACTCHECK_REVIEWER")
    if env is not None:
        return env
    login = store.login() if store.dialect == "postgresql" else None
    return login or reviewer_name(None)


# ---------------------------------------------------------------- rendering


def _say(message: str) -> None:
    """One line for people on stdout, never wrapped (scripts match it)."""
    console.line(message)


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else "-"


def _value_text(record: ClaimRecord) -> str:
    value = record.claim.value
    if value is None:
        return "-"
    fields = value.model_dump(exclude_none=True, exclude={"kind"})
    return ", ".join(f"{k}={v}" for k, v in fields.items())


def paragraph(text: str, start: int, end: int, *, limit: int = 900) -> tuple[str, int]:
    """The paragraph around ``[start, end)`` and the offset it starts at (trimmed when long)."""
    para_start = text.rfind("\n\n", 0, start)
    para_start = 0 if para_start < 0 else para_start + 2
    para_end = text.find("\n\n", end)
    para_end = len(text) if para_end < 0 else para_end
    if para_end - para_start > limit:
        para_start = max(para_start, start - limit // 2)
        para_end = min(para_end, end + limit // 2)
    return text[para_start:para_end], para_start


def highlighted(record: ClaimRecord, doc: Document | None) -> RichText:
    """The claim highlighted in its paragraph (in its sentence when the document is missing)."""
    from rich.text import Text as RichText

    c = record.claim
    if doc is not None and doc.text[c.start : c.end] == c.text:
        context, offset = paragraph(doc.text, c.start, c.end)
    else:
        context, offset = (c.sentence or c.text), c.sentence_start if c.sentence else c.start
    rel = c.start - offset
    if not 0 <= rel <= len(context) or context[rel : rel + len(c.text)] != c.text:
        context, rel = c.text, 0
    out = RichText(context[:rel])
    out.append(context[rel : rel + len(c.text)], style=KIND_STYLE.get(c.kind, "bold") + " reverse")
    out.append(context[rel + len(c.text) :])
    return out


def render_record(
    record: ClaimRecord, doc: Document | None, *, history: list[Event] | None = None
) -> None:
    """A claim as a reviewer reads it: header, context, value, priority, verdict, checks."""
    from rich.text import Text as RichText

    c = record.claim
    head = RichText()
    head.append(c.id, style="bold")
    head.append(f"  {c.kind}", style=KIND_STYLE.get(c.kind, ""))
    head.append(f"  {record.status}", style=STATUS_STYLE.get(record.status, ""))
    if record.status == "leased" and record.lease_holder:
        head.append(f" to {record.lease_holder} until {_when(record.lease_expires)}")
    if record.assignee:
        head.append(f"  assigned to {record.assignee}", style="magenta")
    console.print(head)
    title = record.document_title or c.document
    meta = [title]
    if record.document_published:
        meta.append(str(record.document_published))
    if record.document_url:
        meta.append(record.document_url)
    console.print(RichText(" · ".join(meta), style="dim"))
    console.print()
    console.print(highlighted(record, doc))
    console.print()
    console.print(RichText(f"value     {_value_text(record)}"))
    reasons = f" ({', '.join(record.priority_reasons)})" if record.priority_reasons else ""
    raised = raised_reasons(record)
    console.print(
        RichText(f"priority  {record.priority:g}{reasons}", style="bold red" if raised else "")
    )
    if record.verdict is not None:
        v = record.verdict
        line = f"verdict   {v.rating} by {v.reviewer}, {_when(v.created)}"
        if not v.final:
            line += " (awaits sign-off)"
        elif v.signed_off_by:
            line += f", signed off by {v.signed_off_by}"
        console.print(RichText(line, style="bold"))
        if v.note:
            console.print(RichText(f"note      {v.note}"))
        for s in v.sources:
            console.print(RichText(f"source    {s.url}"))
        if v.adopted_from:
            console.print(RichText(f"adopted   the earlier verdict on claim {v.adopted_from}"))
        for e in v.evidence:
            console.print(RichText(f"evidence  {evidence_line(e)}"))
    if record.review_note:
        console.print(RichText(f"returned  {record.review_note}", style="bold yellow"))
    for check in record.checks:
        line = f"check {MARK[check.status]:>3} {check_line(check)}"
        console.print(RichText(line, style=STYLE[check.status]))
    if history:
        console.print()
        for event in history:
            console.print(RichText(_event_line(event), style="dim"))


def evidence_line(e: Any) -> str:
    """One attached piece of evidence: what, where, when retrieved, its hash."""
    from factcheck.check_lines import evidence_parts

    return " · ".join(evidence_parts(e, when=_when, hash_chars=16))


def render_earlier(matches: list[Any], *, explain: bool = False) -> None:
    """Earlier verdicts on the same claim in other articles, best first."""
    from rich.text import Text as RichText

    for n, (other, m) in enumerate(matches, 1):
        v = other.verdict
        title = other.document_title or other.claim.document
        line = (
            f"earlier {n} {v.rating} by {v.reviewer} · {title}: {other.claim.text} "
            f"({other.claim.id}, {m.score:.0%})"
        )
        console.print(RichText(line, style="cyan"))
        if explain:
            console.print(RichText(f"          why: {'; '.join(m.reasons)}", style="dim"))


def earlier_json(matches: list[Any]) -> list[dict[str, Any]]:
    return [
        {
            "claim_id": other.claim.id,
            "document": other.claim.document,
            "document_title": other.document_title,
            "text": other.claim.text,
            "verdict": other.verdict.model_dump(mode="json") if other.verdict else None,
            "score": m.score,
            "reasons": m.reasons,
        }
        for other, m in matches
    ]


def _detail_value(value: Any) -> str:
    """An event detail as a reader takes it in: lists joined by "; ", a piece of evidence
    (a dict) as its non-empty values, not Python's reprs."""
    if isinstance(value, list | tuple):
        return "; ".join(_detail_value(v) for v in value)
    if isinstance(value, dict):
        return " ".join(_detail_value(v) for v in value.values() if v not in (None, "", [], {}))
    return str(value)


def event_detail(e: Event) -> str:
    return ", ".join(f"{k}={_detail_value(v)}" for k, v in e.detail.items() if k != "per_kind")


def _event_line(e: Event) -> str:
    detail = event_detail(e)
    return f"{_when(e.at)}  {e.action:<14} {e.actor}" + (f"  {detail}" if detail else "")


def _record_json(record: ClaimRecord) -> dict[str, Any]:
    """``record.model_dump(mode="json")``, without building ``ClaimRecord``'s serializer
    (nor importing pydantic: ``factcheck next --format json``)."""
    from factcheck.models import plain_fields

    out: dict[str, Any] = _jsonable(plain_fields(record))
    return out


def _jsonable(value: Any) -> Any:
    """``pydantic_core.to_jsonable_python(value)`` of plain data: dates and times as
    pydantic writes them (ISO 8601, UTC as ``Z``); any other type is pydantic's own."""
    kind = type(value)
    if kind is dict:
        return {k: _jsonable(v) for k, v in value.items()}
    if kind is list:
        return [_jsonable(v) for v in value]
    if value is None or kind in (str, int, float, bool):
        return value
    if kind is datetime:
        offset = value.utcoffset()
        if offset is None or not (offset.seconds % 60 or offset.microseconds):
            text = value.isoformat()
            return text[:-6] + "Z" if text.endswith("+00:00") else text
    elif kind is date:
        return value.isoformat()
    from pydantic_core import to_jsonable_python

    return to_jsonable_python(value)


def _claims_table(records: list[ClaimRecord], earlier: dict[str, list[Any]] | None = None) -> Table:
    from rich.table import Table
    from rich.text import Text as RichText

    table = Table(expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("status", no_wrap=True)
    table.add_column("priority", justify="right", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("claim", ratio=3)
    table.add_column("verdict", ratio=1)
    for r in records:
        who = r.lease_holder or ""
        if r.verdict is not None:
            who = f"{r.verdict.rating} ({r.verdict.reviewer})"
        elif earlier and earlier.get(r.claim.id):
            best = earlier[r.claim.id][0][0]
            who = (
                who + " " if who else ""
            ) + f"earlier: {best.verdict.rating} ({best.claim.id[:8]})"
        claim = RichText(r.claim.text)  # article text is data, not markup: "[sic]" prints as is
        raised = raised_reasons(r)
        for why in raised:  # an inconsistent check raised it: say so under the claim
            claim.append("\n" + why.rsplit(" ", 1)[0], style="bold red")
        table.add_row(
            RichText(r.claim.id),
            RichText(r.status, style=STATUS_STYLE.get(r.status, "")),
            RichText(f"{r.priority:g}", style="bold red" if raised else ""),
            RichText(r.claim.kind, style=KIND_STYLE.get(r.claim.kind, "")),
            claim,
            RichText(who),
        )
    return table


# ---------------------------------------------------------------- commands


def queue(
    ctx: typer.Context,
    status: Annotated[str | None, typer.Option(help="open, leased, decided or final")] = None,
    kind: Annotated[str | None, typer.Option(help="Claim kind, e.g. money")] = None,
    document: Annotated[str | None, typer.Option(help="Document id or prefix")] = None,
    reviewer: Annotated[
        str | None, typer.Option(help="Claims this reviewer leases or rated")
    ] = None,
    speaker: Annotated[
        str | None,
        typer.Option(help='Quotes by this speaker in any article ("Streeting": "Wes Streeting")'),
    ] = None,
    limit: Annotated[int | None, typer.Option(help="Show at most this many", min=1)] = None,
    output_format: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """List queued claims, highest priority first, ties in article order.

    Example: factcheck queue --status open --kind money --format jsonl
    """
    with errors():
        if kind is not None:
            kind = one_kind(kind)
        # A table is for people: the first screenfuls. JSON gives everything asked for.
        shown = limit or (TABLE_LIMIT + 1 if output_format is Format.table else None)
        with open_cli_store(ctx, db) as store:
            records = store.claims(
                status=status,
                kind=kind,
                document=document,
                reviewer=reviewer,
                speaker=speaker,
                limit=shown,
            )
            undecided = [r.claim.id for r in records if r.verdict is None][: TABLE_LIMIT + 1]
            earlier = store.earlier_verdicts(undecided) if output_format is Format.table else {}
        if output_format is Format.json:
            print_json([_record_json(r) for r in records])
        elif output_format is Format.jsonl:
            print_jsonl(_record_json(r) for r in records)
        elif not records:
            err_console.print("No claims match; ingest articles with factcheck ingest PATH")
        else:
            more = limit is None and len(records) > TABLE_LIMIT
            console.print(_claims_table(records[:TABLE_LIMIT] if more else records, earlier))
            if more:
                err_console.print(
                    f"Showing the first {TABLE_LIMIT} claims; pass --limit N, a filter, "
                    "or --format jsonl for all"
                )


def show(
    ctx: typer.Context,
    claim_id: ClaimId,
    output_format: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """Show a claim in its paragraph with its value, priority, verdict, checks and history.

    Example: factcheck show 3f2a9c
    """
    with errors():
        with open_cli_store(ctx, db) as store:
            record = store.get_claim(claim_id)
            doc = store.get_document(record.claim.document)
            events = store.history(record.claim.id)
            elsewhere = store.same_claims(record.claim.id)
            earlier = store.earlier_verdicts([record.claim.id]).get(record.claim.id, [])
            refs = store.evidence_refs(record.claim.id)
            by_speaker = store.same_speaker_claims(record.claim.id)
        if output_format is not Format.table:
            para, offset = paragraph(doc.text, record.claim.start, record.claim.end)
            data = {
                **_record_json(record),
                "paragraph": para,
                "paragraph_start": offset,
                "history": [e.model_dump(mode="json") for e in events],
                "same_claims": [_record_json(r) for r in elsewhere],
                "earlier_verdicts": earlier_json(earlier),
                "evidence_ids": [ref for ref, _ in refs],
                "same_speaker": [_record_json(r) for r in by_speaker],
            }
            print_json(data)
            return
        render_record(record, doc, history=events)
        for ref, what in refs:
            _say(f"attach   --evidence {ref}  ({what})")
        render_earlier(earlier, explain=True)
        for other in elsewhere:
            rated = f", rated {other.verdict.rating}" if other.verdict else ""
            title = other.document_title or other.claim.document
            _say(f"also in  {title}: {other.claim.id} ({other.status}{rated})")
        value = record.claim.value
        if isinstance(value, QuoteValue) and value.speaker:
            how = f", {value.sieve.replace('_', ' ')}" if value.sieve else ""
            _say(f"speaker  {value.speaker} ({value.speaker_kind or 'person'}{how})")
        for other in by_speaker:
            said = getattr(other.claim.value, "quote", other.claim.text)
            title = other.document_title or other.claim.document
            _say(f"same speaker  {other.claim.id} in {title}: “{shorten(said, 70)}”")


DocumentFilter = Annotated[
    str | None, typer.Option("--document", help="Only claims of this document (id or prefix)")
]
KindFilter = Annotated[str | None, typer.Option("--kind", help="Only claims of this kind")]
SpeakerFilter = Annotated[
    str | None, typer.Option("--speaker", help="Only quotes by this speaker (part of the name)")
]
MineFilter = Annotated[bool, typer.Option("--mine", help="Only claims assigned to you")]


def next_claim(
    ctx: typer.Context,
    reviewer: ReviewerOption = None,
    document: DocumentFilter = None,
    kind: KindFilter = None,
    speaker: SpeakerFilter = None,
    mine: MineFilter = False,
    lease_minutes: Annotated[
        float | None,
        typer.Option(help="How long the lease lasts (default: the config's, 30)", min=0.01),
    ] = None,
    output_format: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """Lease the highest-priority open claim to you; you get the same claim until you decide it.

    Example: factcheck next --reviewer ana
    """
    with errors():
        if kind is not None:
            kind = one_kind(kind)
        with open_cli_store(ctx, db) as store:
            record = store.next_claim(
                acting(store, reviewer),
                lease_minutes=lease_minutes,
                document=document,
                kind=kind,
                speaker=speaker,
                mine=mine,
            )
            doc = (
                store.get_document(record.claim.document)
                if record is not None and output_format is Format.table
                else None
            )
            earlier = (
                store.earlier_verdicts([record.claim.id]).get(record.claim.id, [])
                if record is not None
                else []
            )
        if output_format is not Format.table:
            print_json(
                None
                if record is None
                else {**_record_json(record), "earlier_verdicts": earlier_json(earlier)}
            )
            return
        if record is None:
            err_console.print("No open claims left in the queue")
            return
        render_record(record, doc)
        render_earlier(earlier)


def verdict(
    ctx: typer.Context,
    claim_id: ClaimId,
    rating: Annotated[
        str, typer.Argument(help="A rating of the scale, e.g. mostly-true", show_default=False)
    ],
    note: Annotated[str | None, typer.Option(help="Why: what you found")] = None,
    source: Annotated[
        list[str] | None, typer.Option("--source", help="URL of evidence (repeatable)")
    ] = None,
    evidence: Annotated[
        list[str] | None,
        typer.Option(
            "--evidence",
            help="Attach a check (check:N, listed by show) or a cached lookup "
            "(lookup:SOURCE:KEY); repeatable",
        ),
    ] = None,
    adopt: Annotated[
        str | None,
        typer.Option("--adopt", help="Adopt the earlier verdict of this claim of another article"),
    ] = None,
    reviewer: ReviewerOption = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Take over another reviewer's lease or an assigned claim (editors), "
            "or replace a verdict (theirs, or a final one)",
        ),
    ] = False,
    output_format: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """Rate a claim. Under the two-person rule it becomes final after factcheck signoff.

    Example: factcheck verdict 3f2a9c mostly-true --note "ONS says 3.9%" --source https://ons.gov.uk/x
    """
    with errors():
        with open_cli_store(ctx, db) as store:
            v = store.record_verdict(
                claim_id,
                rating=rating,
                reviewer=acting(store, reviewer),
                note=note,
                sources=source or (),
                force=force,
                evidence=evidence or (),
                adopt=adopt,
            )
            status = None if v.final else claim_state(store.get_claim(v.claim_id))
        if output_format is not Format.table:
            print_json(v.model_dump(mode="json"))
            return
        _say(verdict_line(v, status))


def claim_state(record: ClaimRecord) -> str:
    """The claim's status, or "disagreed" for a double review awaiting an editor."""
    if record.review_note and record.review_note.startswith("Disagreement:"):
        return "disagreed"
    return record.status


def verdict_line(v: Any, status: str | None = None) -> str:
    """The one line that confirms a verdict (``status``: the claim's after it)."""
    if v.final:
        tail = ""
    elif status == "open":
        tail = "; double review: it stays blind until a second reviewer's verdict is in"
    elif status == "disagreed":
        tail = "; the double review disagrees: an editor decides (factcheck signoff ID --rating)"
    else:
        tail = "; it awaits a second reviewer's factcheck signoff"
    return f"Claim {v.claim_id} rated {v.rating} by {v.reviewer}{tail}"


def skip(
    ctx: typer.Context,
    claim_id: ClaimId,
    reviewer: ReviewerOption = None,
    force: ForceOption = False,
    db: DbOption = None,
) -> None:
    """Pass on a claim: it goes back to the queue and next will not offer it to you again.

    Example: factcheck skip 3f2a9c
    """
    with errors():
        with open_cli_store(ctx, db) as store:
            record = store.skip(claim_id, reviewer=acting(store, reviewer), force=force)
        _say(f"Skipped claim {record.claim.id}")


def release(
    ctx: typer.Context,
    claim_id: ClaimId,
    reviewer: ReviewerOption = None,
    force: ForceOption = False,
    db: DbOption = None,
) -> None:
    """Give a claim you leased back to the queue.

    Example: factcheck release 3f2a9c
    """
    with errors():
        with open_cli_store(ctx, db) as store:
            record = store.release(claim_id, reviewer=acting(store, reviewer), force=force)
        _say(f"Released claim {record.claim.id}")


def reopen(
    ctx: typer.Context,
    claim_id: ClaimId,
    note: Annotated[str | None, typer.Option(help="Why it needs another look")] = None,
    reviewer: ReviewerOption = None,
    db: DbOption = None,
) -> None:
    """Put a decided claim back in the queue; its verdicts stay on record.

    Example: factcheck reopen 3f2a9c --note "new figures published"
    """
    with errors():
        with open_cli_store(ctx, db) as store:
            record = store.reopen(claim_id, reviewer=acting(store, reviewer), note=note)
        _say(f"Reopened claim {record.claim.id}")


def note(
    ctx: typer.Context,
    claim_id: ClaimId,
    text: Annotated[str, typer.Argument(help="The note", show_default=False)],
    reviewer: ReviewerOption = None,
    db: DbOption = None,
) -> None:
    """Put a note on a claim's record without rating it.

    Example: factcheck note 3f2a9c "asked the ministry for the source"
    """
    with errors():
        with open_cli_store(ctx, db) as store:
            event = store.add_note(claim_id, reviewer=acting(store, reviewer), text=text)
        _say(f"Noted on claim {event.claim_id}")


def signoff(
    ctx: typer.Context,
    claim_id: ClaimId,
    rating: Annotated[
        str | None,
        typer.Option(help="An editor's ruling when a double review disagreed"),
    ] = None,
    reviewer: ReviewerOption = None,
    output_format: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """Make another reviewer's verdict final (the two-person rule).

    Example: factcheck signoff 3f2a9c --reviewer bo
    """
    with errors():
        with open_cli_store(ctx, db) as store:
            v = store.sign_off(claim_id, reviewer=acting(store, reviewer), rating=rating)
        if output_format is not Format.table:
            print_json(v.model_dump(mode="json"))
            return
        _say(f"Claim {v.claim_id}: {v.rating} by {v.reviewer}, signed off by {v.signed_off_by}")


def history(
    ctx: typer.Context,
    claim_id: ClaimId,
    output_format: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """Everything that happened to a claim, oldest first.

    Example: factcheck history 3f2a9c --format json
    """
    with errors():
        with open_cli_store(ctx, db) as store:
            events = store.history(claim_id)
        if output_format is Format.json:
            print_json([e.model_dump(mode="json") for e in events])
        elif output_format is Format.jsonl:
            print_jsonl(e.model_dump(mode="json") for e in events)
        else:
            from rich.table import Table
            from rich.text import Text as RichText

            table = Table()
            for col in ("when", "action", "who", "detail"):
                table.add_column(col)
            for e in events:
                table.add_row(_when(e.at), e.action, RichText(e.actor), RichText(event_detail(e)))
            console.print(table)


class StatsFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    html = "html"


def stats(
    ctx: typer.Context,
    output_format: Annotated[
        StatsFormat,
        typer.Option("--format", "-f", help="Output format; html: the report's overview charts"),
    ] = StatsFormat.table,
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", help="With --format html: write to this file (atomically)"),
    ] = None,
    db: DbOption = None,
) -> None:
    """Progress of the queue per status, kind and reviewer; leases held and expired.

    --format html writes the HTML report's overview (verdicts per article, claims by kind
    and status, checks that flagged figures, progress over time) as one page.

    Example: factcheck stats --format html -o desk.html
    """
    with errors():
        if output is not None and output_format is not StatsFormat.html:
            from factcheck.errors import BadOption

            raise BadOption("-o goes with --format html")
        if output_format is StatsFormat.html:
            from factcheck.export.html import write_overview

            with open_cli_store(ctx, db) as store:
                # One pass, only counts kept: the queue is never held whole.
                written = write_overview(store.iter_report(), output, config=store.config)
            if written.path is not None:
                noun = "claim" if written.count == 1 else "claims"
                err_console.print(
                    f"Wrote the overview of {written.count} {noun} to {written.path}",
                    markup=False,
                    soft_wrap=True,
                )
            return
        with open_cli_store(ctx, db) as store:
            s = store.stats()
        if output_format is not StatsFormat.table:
            print_json(s.model_dump(mode="json"))
            return
        from rich.table import Table
        from rich.text import Text as RichText

        console.print(
            f"{s.claims} claims in {s.documents} documents · "
            + " · ".join(f"{k} {v}" for k, v in s.by_status.items())
            + f" · leases held {s.leases_held}, expired {s.leases_expired}"
        )
        kinds = Table(title="per kind")
        kinds.add_column("kind")
        for col in ("open", "leased", "decided", "final", "total"):
            kinds.add_column(col, justify="right")
        for kind, counts in sorted(s.by_kind.items()):
            kinds.add_row(
                kind,
                *(str(counts.get(c, 0)) for c in ("open", "leased", "decided", "final", "total")),
            )
        console.print(kinds)
        if s.by_reviewer:
            people = Table(title="per reviewer")
            people.add_column("reviewer")
            people.add_column("verdicts", justify="right")
            people.add_column("leases", justify="right")
            for name, counts in sorted(s.by_reviewer.items()):
                people.add_row(RichText(name), str(counts["verdicts"]), str(counts["leases"]))
            console.print(people)
        if s.desk:
            desk = Table(title="the desk")
            for col in ("reviewer", "sign-offs", "send-backs", "skips", "median time per claim"):
                desk.add_column(col, justify="left" if col == "reviewer" else "right")
            for name, d in sorted(s.desk.items()):
                secs = d.get("median_seconds")
                desk.add_row(
                    RichText(name),
                    str(d["sign_offs"]),
                    str(d["send_backs"]),
                    str(d["skips"]),
                    "-" if secs is None else f"{secs / 60:.1f} min",
                )
            console.print(desk)
        if s.agreement:
            agree = Table(title="double review: agreement")
            for col in ("reviewers", "claims", "agree", "%", "Cohen's κ"):
                agree.add_column(col, justify="left" if col == "reviewers" else "right")
            for a in s.agreement:
                agree.add_row(
                    RichText(" & ".join(a["reviewers"])),
                    str(a["claims"]),
                    str(a["agree"]),
                    f"{a['percent']:g}",
                    "-" if a["kappa"] is None else f"{a['kappa']:.2f}",
                )
            console.print(agree)


db_app = typer.Typer(help="The database: create and migrate it.", no_args_is_help=True)


@db_app.callback()
def _db_group() -> None:
    """The database: create and migrate it."""


@db_app.command("upgrade")
def db_upgrade(ctx: typer.Context, db: DbOption = None) -> None:
    """Create the tables or migrate them to the newest schema (PostgreSQL: once per release).

    Example: factcheck --db postgresql://desk@db.example/factcheck db upgrade
    """
    with errors():
        from factcheck.db.engine import parse_url, upgrade

        url = db or database_url(ctx)
        before, after = upgrade(url)
        where = parse_url(url).display
        if before == after:
            _say(f"Database {where} is already at schema {after}")
        else:
            _say(f"Database {where} upgraded from schema {before or 'none'} to {after}")


def register(app: typer.Typer) -> None:
    app.command()(queue)
    app.command()(show)
    app.command("next")(next_claim)
    app.command()(verdict)
    app.command()(skip)
    app.command()(release)
    app.command()(reopen)
    app.command()(note)
    app.command()(signoff)
    app.command()(history)
    app.command()(stats)
    app.add_typer(db_app, name="db")
    register_desk(app)


# ---------------------------------------------------------------- the desk's commands


def sendback(
    ctx: typer.Context,
    claim_id: ClaimId,
    note: Annotated[str, typer.Option("--note", help="What the author should look at")] = "",
    reviewer: ReviewerOption = None,
    db: DbOption = None,
) -> None:
    """Send a verdict that awaits sign-off back to its author, with a note (editors).

    Example: factcheck sendback 3f2a9c --note "the ONS figure is for England only"
    """
    with errors():
        with open_cli_store(ctx, db) as store:
            record = store.send_back(claim_id, reviewer=acting(store, reviewer), note=note)
        _say(f"Sent claim {record.claim.id} back to {record.assignee}: {record.review_note}")


def assign(
    ctx: typer.Context,
    claim_ids: Annotated[
        list[str] | None, typer.Argument(help="Claim ids or prefixes", show_default=False)
    ] = None,
    document: Annotated[
        str | None, typer.Option("--document", help="Every unfinished claim of this document")
    ] = None,
    to: Annotated[str | None, typer.Option("--to", help="Who gets them")] = None,
    clear: Annotated[bool, typer.Option("--clear", help="Remove the assignment")] = False,
    reviewer: ReviewerOption = None,
    output_format: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """Assign claims to a reviewer: only they lease them, unless an editor forces it.

    Example: factcheck assign --document 1ec1d390 --to bo
    """
    with errors():
        from factcheck.errors import BadOption

        if (to is None) == (not clear):
            raise BadOption("Say who gets the claims with --to NAME, or pass --clear")
        with open_cli_store(ctx, db) as store:
            ids = store.assign(
                claim_ids or (),
                document=document,
                to=None if clear else to,
                actor=acting(store, reviewer),
            )
            target = None if clear else store.get_claim(ids[0]).assignee
        if output_format is not Format.table:
            print_json({"assigned_to": target, "claims": ids})
            return
        noun = "claim" if len(ids) == 1 else "claims"
        _say(f"Assigned {len(ids)} {noun} to {target}" if target else f"Cleared {len(ids)} {noun}")


def undo(
    ctx: typer.Context,
    claim_id: ClaimId,
    reviewer: ReviewerOption = None,
    db: DbOption = None,
) -> None:
    """Withdraw your verdict on a claim (not yet signed off); the claim is leased back to you.

    Example: factcheck undo 3f2a9c
    """
    with errors():
        with open_cli_store(ctx, db) as store:
            before = store.get_claim(claim_id)
            who = acting(store, reviewer)
            record = store.undo_verdict(claim_id, reviewer=who)
        rating = before.verdict.rating if before.verdict else "your blind verdict"
        _say(
            f"Undid {rating} on claim {record.claim.id}; it is {record.status}"
            + (
                f" to {record.lease_holder} until {_when(record.lease_expires)}"
                if record.status == "leased"
                else ""
            )
        )


def _time(value: str | None, option: str) -> datetime | None:
    if value is None:
        return None
    from datetime import UTC

    from factcheck.errors import BadOption

    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        raise BadOption(
            f'{option} "{value}" is not a date or time; write 2026-12-02 or 2026-12-02T10:30'
        ) from None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when


def log(
    ctx: typer.Context,
    reviewer: Annotated[
        str | None, typer.Option("--reviewer", "-r", help="Only this person's events")
    ] = None,
    claim: Annotated[str | None, typer.Option("--claim", help="Only this claim's events")] = None,
    document: Annotated[
        str | None, typer.Option("--document", help="Only this document's events")
    ] = None,
    action: Annotated[
        str | None,
        typer.Option("--action", help="Only this kind of event, e.g. verdict, sign-off, team-set"),
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="From this UTC time on (ISO 8601)")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Before this UTC time (ISO 8601)")
    ] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many", min=1)] = None,
    output_format: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """The whole event log, oldest first, filtered; --format jsonl for auditors.

    Example: factcheck log --reviewer ana --action verdict --since 2026-12-01 --format jsonl
    """
    with errors():
        start, end = _time(since, "--since"), _time(until, "--until")
        with open_cli_store(ctx, db) as store:
            events = store.log(
                reviewer=reviewer,
                claim=claim,
                document=document,
                action=action,
                since=start,
                until=end,
                limit=limit,
            )
        if output_format is Format.json:
            print_json([e.model_dump(mode="json") for e in events])
        elif output_format is Format.jsonl:
            print_jsonl(e.model_dump(mode="json") for e in events)
        elif not events:
            err_console.print("No events match", markup=False)
        else:
            from rich.table import Table
            from rich.text import Text as RichText

            table = Table()
            for col in ("id", "when", "action", "who", "claim", "detail"):
                table.add_column(col)
            for e in events:
                detail = event_detail(e)
                table.add_row(
                    str(e.id),
                    _when(e.at),
                    e.action,
                    RichText(e.actor),
                    RichText(e.claim_id or e.document_id or ""),
                    RichText(detail),
                )
            console.print(table)


def register_desk(app: typer.Typer) -> None:
    app.command()(sendback)
    app.command()(assign)
    app.command()(undo)
    app.command()(log)
