"""``factcheck review``: the interactive loop reviewers live in.

One claim at a time, in its paragraph with its checks; one key per rating (the keys of
the config's rating scale), ``c`` to add a note to the verdict, ``s`` to skip, ``z`` to
undo the last verdict, ``q`` to quit (the claim on screen goes back to the queue).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any

import typer

from factcheck.cli._common import console, errors
from factcheck.cli.queue import DbOption, ReviewerOption, acting, open_cli_store, render_record
from factcheck.errors import BadOption
from factcheck.models import ClaimRecord, Document

if TYPE_CHECKING:
    from factcheck.config import Config
    from factcheck.db.store import ClaimStore

SKIP, NOTE, UNDO, QUIT, HELP = "s", "c", "z", "q", "?"
COMMAND_KEYS = {SKIP: "skip", NOTE: "note", UNDO: "undo last", QUIT: "quit", HELP: "help"}


def rating_keys(config: Config) -> dict[str, str]:
    """Key → rating name, refusing a rating key that a loop command already uses."""
    keys: dict[str, str] = {}
    for r in config.ratings:
        key = r.key.lower()
        if key in COMMAND_KEYS:
            raise BadOption(
                f'Rating key "{r.key}" of "{r.name}" clashes with {COMMAND_KEYS[key]}; '
                "pick another key in the rating scale (factcheck team load FILE)"
            )
        keys[key] = r.name
    return keys


@dataclass
class ReviewSession:
    """The loop's state: the claim on screen, the pending note and what can be undone."""

    store: ClaimStore
    reviewer: str
    lease_minutes: float | None = None
    current: ClaimRecord | None = None
    note: str | None = None
    decided: list[str] = field(default_factory=list)
    skipped: int = 0
    _docs: dict[str, Document] = field(default_factory=dict)

    def advance(self) -> ClaimRecord | None:
        """Lease the next claim and make it current."""
        self.note = None
        self.current = self.store.next_claim(self.reviewer, lease_minutes=self.lease_minutes)
        return self.current

    def document(self, record: ClaimRecord) -> Document:
        doc = self._docs.get(record.claim.document)
        if doc is None:
            doc = self._docs[record.claim.document] = self.store.get_document(record.claim.document)
        return doc

    def rate(self, rating: str) -> ClaimRecord | None:
        """Record a verdict on the current claim, say so in one line, and lease the next.

        A claim lost meanwhile (taken over, or decided by someone else after the lease ran
        out) gets a one-line notice instead; the pending note is kept for the next claim."""
        from factcheck.errors import LeaseConflict, VerdictConflict

        assert self.current is not None
        cid = self.current.claim.id
        try:
            v = self.store.record_verdict(cid, rating=rating, reviewer=self.reviewer, note=self.note)
        except (LeaseConflict, VerdictConflict):
            now = self.store.get_claim(cid)
            if now.status == "leased" and now.lease_holder:
                what = f"was taken over by {now.lease_holder}"
            elif now.verdict is not None:
                what = f"was decided by {now.verdict.reviewer} meanwhile"
            else:
                what = "is no longer yours (your lease expired)"
            note = self.note
            console.print(
                f"Claim {cid} {what}; your {rating} was not recorded"
                + ("; your note is kept for the next claim" if note else ""),
                markup=False, soft_wrap=True,
            )
            record = self.advance()
            self.note = note
            return record
        self.decided.append(cid)
        tail = "" if v.final else " (awaits sign-off or a second verdict)"
        console.print(f"Rated claim {cid} {v.rating}{tail}", markup=False, soft_wrap=True)
        return self.advance()

    def skip(self) -> ClaimRecord | None:
        assert self.current is not None
        self.store.skip(self.current.claim.id, reviewer=self.reviewer)
        self.skipped += 1
        return self.advance()

    def undo(self) -> ClaimRecord | None:
        """Withdraw the last verdict of this session and bring its claim back on screen."""
        if not self.decided:
            return None
        last = self.decided[-1]
        before = self.store.get_claim(last)
        self.current = self.store.undo_verdict(
            last, reviewer=self.reviewer, lease_minutes=self.lease_minutes
        )
        self.decided.pop()
        if self.current is not None and self._shown is not None and self._shown != last:
            from contextlib import suppress

            from factcheck.errors import StoreError

            with suppress(StoreError):  # the claim on screen may have been lost meanwhile
                self.store.release(self._shown, reviewer=self.reviewer)
        rating = before.verdict.rating if before.verdict else "your verdict"
        console.print(f"Undid {rating} on claim {last}", markup=False, soft_wrap=True)
        self.note = None
        return self.current

    @property
    def _shown(self) -> str | None:
        return None if self.current is None else self.current.claim.id

    def quit(self) -> None:
        """Give the claim on screen back to the queue (unless it is no longer ours)."""
        from contextlib import suppress

        from factcheck.errors import StoreError

        if self.current is not None and self.current.status == "leased":
            with suppress(StoreError):
                self.store.release(self.current.claim.id, reviewer=self.reviewer)
        self.current = None


def _legend(keys: dict[str, str]) -> str:
    ratings = "  ".join(f"{k} {name}" for k, name in keys.items())
    commands = "  ".join(f"{k} {what}" for k, what in COMMAND_KEYS.items())
    return f"{ratings}\n{commands}"


def review(
    ctx: typer.Context,
    reviewer: ReviewerOption = None,
    lease_minutes: Annotated[
        float | None,
        typer.Option(help="How long each lease lasts (default: the config's, 30)", min=0.01),
    ] = None,
    db: DbOption = None,
) -> None:
    """Review claims one after another: one key per rating, c note, s skip, z undo, q quit.

    Example: factcheck review --reviewer ana
    """
    with errors():
        _need_keys()
        with open_cli_store(ctx, db) as store:
            keys = rating_keys(store.config)
            session = ReviewSession(store, acting(store, reviewer), lease_minutes)
            try:
                _loop(session, keys)
            finally:
                session.quit()
        n = len(session.decided)
        console.print(
            f"{n} {'verdict' if n == 1 else 'verdicts'}, {session.skipped} skipped", soft_wrap=True
        )


def _need_keys() -> None:
    """A terminal, or keys on a pipe or in a file; nothing at all (cron, ``< /dev/null``
    over ssh) is a one-line error with exit status 2."""
    import stat

    try:
        fd = sys.stdin.fileno()
    except (AttributeError, ValueError, OSError):
        return  # a stream without a descriptor (tests): its keys are read as typed
    try:
        if os.isatty(fd):
            return
        mode = os.fstat(fd).st_mode
    except OSError:
        mode = 0
    if stat.S_ISFIFO(mode) or stat.S_ISREG(mode) or stat.S_ISSOCK(mode):
        return
    from factcheck.cli._common import err_console

    err_console.print(
        "Error: factcheck review needs a terminal or keys on standard input "
        "(printf 'tfq' | factcheck review); scripts use factcheck next and factcheck verdict",
        markup=False, soft_wrap=True,
    )
    raise typer.Exit(2)


def _loop(session: ReviewSession, keys: dict[str, str]) -> None:
    with _Keys() as terminal:
        _run(session, keys, terminal)


def _run(session: ReviewSession, keys: dict[str, str], terminal: _Keys) -> None:
    legend = _legend(keys)
    record = session.advance()
    while True:
        if record is None:
            console.print("No open claims left in the queue; z undoes the last verdict, q quits")
            if not session.decided or terminal.read() != UNDO:
                return
            record = session.undo()
            continue
        console.rule()
        render_record(record, session.document(record))
        if session.note:
            console.print(f"note      {session.note} (goes with your verdict)", markup=False)
        console.print(legend, style="dim", markup=False)
        key = terminal.read()
        if key in ("", QUIT, "\x04", "\x03"):
            return
        if key in keys:
            record = session.rate(keys[key])
        elif key == SKIP:
            record = session.skip()
        elif key == NOTE:
            session.note = terminal.line("Note") or None
        elif key == UNDO:
            undone = session.undo()
            if undone is None:
                console.print("Nothing to undo")
            else:
                record = undone
        elif key == HELP:
            console.print(legend, markup=False)
        else:
            console.print(f'Unknown key "{key}"', markup=False)


class _Keys:
    """One key at a time. On a terminal it stays in cbreak mode for the whole session, so
    keys typed ahead while the next claim loads are kept (switching modes per key, as
    ``getchar`` does, flushes them); elsewhere (pipes, CliRunner) it uses ``typer.getchar``."""

    def __init__(self) -> None:
        self._fd: int | None = None
        self._saved: list[Any] | None = None

    def __enter__(self) -> _Keys:
        try:
            import termios
            import tty
        except ImportError:  # Windows: getchar it is
            return self
        if sys.stdin.isatty():
            self._fd = sys.stdin.fileno()
            self._saved = termios.tcgetattr(self._fd)
            tty.setcbreak(self._fd, termios.TCSANOW)
        return self

    def __exit__(self, *exc: object) -> None:
        self._restore()

    def _restore(self) -> None:
        if self._fd is not None and self._saved is not None:
            import termios

            termios.tcsetattr(self._fd, termios.TCSADRAIN, self._saved)

    def read(self) -> str:
        if self._fd is None:
            # Keys from a pipe or a file: read them from standard input itself (getchar
            # would read the controlling terminal, or fail without one). End of input quits.
            key = sys.stdin.read(1)
            return key.lower()
        first = os.read(self._fd, 1)
        if not first:
            return ""
        size = 1 + (first[0] >= 0xC0) + (first[0] >= 0xE0) + (first[0] >= 0xF0)
        raw = first + (os.read(self._fd, size - 1) if size > 1 else b"")
        return raw.decode("utf-8", "replace").lower()

    def line(self, prompt: str) -> str:
        """A line of text (a note), typed with the terminal's usual editing."""
        self._restore()
        try:
            return str(typer.prompt(prompt, default="", show_default=False))
        finally:
            if self._fd is not None:
                import termios
                import tty

                tty.setcbreak(self._fd, termios.TCSANOW)


def register(app: typer.Typer) -> None:
    app.command()(review)
