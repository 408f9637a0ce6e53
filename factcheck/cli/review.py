"""``factcheck review``: the interactive loop reviewers live in.

One claim at a time, in its paragraph with its checks and the earlier verdicts on the same
claim in other articles; one key per rating (the keys of the team's rating scale), ``c``
to add a note to the verdict, ``e`` to attach evidence (a check or a cached lookup), ``a``
to adopt the best earlier verdict (linked as its source), ``s`` to skip, ``z`` to undo the
last verdict, ``q`` to quit (the claim on screen goes back to the queue). ``--document``,
``--kind``, ``--speaker`` and ``--mine`` narrow the claims offered, as for ``next``.

``factcheck review --signoff`` walks the verdicts that await sign-off instead: ``a``
approves, ``b`` sends the claim back to its author with a note, ``s`` passes, ``q`` quits;
a double review that disagreed takes the editor's ruling as a rating key.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any

import typer

from factcheck.cli._common import console, errors
from factcheck.cli.queue import (
    DbOption,
    DocumentFilter,
    KindFilter,
    MineFilter,
    ReviewerOption,
    SpeakerFilter,
    acting,
    claim_state,
    one_kind,
    open_cli_store,
    render_earlier,
    render_record,
)
from factcheck.errors import BadOption, FactcheckError
from factcheck.models import ClaimRecord, Document

if TYPE_CHECKING:
    from factcheck.config import Config
    from factcheck.db.store import ClaimStore

SKIP, NOTE, EVIDENCE, ADOPT, UNDO, QUIT, HELP = "s", "c", "e", "a", "z", "q", "?"
COMMAND_KEYS = {
    SKIP: "skip",
    NOTE: "note",
    EVIDENCE: "evidence",
    ADOPT: "adopt earlier",
    UNDO: "undo last",
    QUIT: "quit",
    HELP: "help",
}
APPROVE, SEND_BACK = "a", "b"
SIGNOFF_KEYS = {
    APPROVE: "approve",
    SEND_BACK: "send back",
    SKIP: "pass",
    QUIT: "quit",
    HELP: "help",
}


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
    filters: dict[str, Any] = field(default_factory=dict)
    current: ClaimRecord | None = None
    note: str | None = None
    evidence: list[str] = field(default_factory=list)
    earlier: list[Any] = field(default_factory=list)
    decided: list[str] = field(default_factory=list)
    skipped: int = 0
    _docs: dict[str, Document] = field(default_factory=dict)

    def advance(self) -> ClaimRecord | None:
        """Lease the next claim (within the filters) and make it current."""
        self.note = None
        self.evidence = []
        self.current = self.store.next_claim(
            self.reviewer, lease_minutes=self.lease_minutes, **self.filters
        )
        self._find_earlier()
        return self.current

    def _find_earlier(self) -> None:
        self.earlier = []
        if self.current is not None:
            cid = self.current.claim.id
            self.earlier = self.store.earlier_verdicts([cid]).get(cid, [])

    def document(self, record: ClaimRecord) -> Document:
        doc = self._docs.get(record.claim.document)
        if doc is None:
            doc = self._docs[record.claim.document] = self.store.get_document(record.claim.document)
        return doc

    def rate(self, rating: str, *, adopt: str | None = None) -> ClaimRecord | None:
        """Record a verdict on the current claim, say so in one line, and lease the next.

        A claim lost meanwhile (taken over, or decided by someone else after the lease ran
        out) gets a one-line notice instead; the pending note is kept for the next claim.
        Evidence that cannot be attached (a check re-run meanwhile) is a one-line notice
        and the claim stays on screen."""
        from factcheck.errors import LeaseConflict, VerdictConflict

        assert self.current is not None
        cid = self.current.claim.id
        try:
            v = self.store.record_verdict(
                cid,
                rating=rating,
                reviewer=self.reviewer,
                note=self.note,
                evidence=self.evidence,
                adopt=adopt,
            )
        except BadOption as exc:
            console.print(f"{exc}; nothing was recorded", markup=False, soft_wrap=True)
            return self.current
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
                markup=False,
                soft_wrap=True,
            )
            record = self.advance()
            self.note = note
            return record
        self.decided.append(cid)
        tail = "" if v.final else " (awaits sign-off or a second verdict)"
        if adopt:
            tail += f", adopting the earlier verdict on claim {adopt}"
        if v.evidence:
            tail += (
                f", with {len(v.evidence)} piece{'s' if len(v.evidence) != 1 else ''} of evidence"
            )
        console.print(f"Rated claim {cid} {v.rating}{tail}", markup=False, soft_wrap=True)
        return self.advance()

    def adopt(self) -> ClaimRecord | None:
        """Take over the best earlier verdict on this claim (another article's), linked."""
        if not self.earlier:
            console.print("No earlier verdict on this claim to adopt", markup=False)
            return self.current
        other, _match = self.earlier[0]
        return self.rate(other.verdict.rating, adopt=other.claim.id)

    def add_evidence(self, refs: str) -> None:
        """Attach ``check:N`` or ``lookup:SOURCE:KEY`` ids to the coming verdict."""
        assert self.current is not None
        known = {ref for ref, _ in self.store.evidence_refs(self.current.claim.id)}
        known |= {str(row["id"]) for row in self.store.lookups()}
        for ref in refs.split():
            ref = f"check:{ref}" if ref.isdigit() else ref
            if ref not in known:
                console.print(
                    f'No check or cached lookup "{ref}" for this claim; the ids are listed above',
                    markup=False,
                    soft_wrap=True,
                )
            elif ref not in self.evidence:
                self.evidence.append(ref)

    def skip(self) -> ClaimRecord | None:
        assert self.current is not None
        try:
            self.store.skip(self.current.claim.id, reviewer=self.reviewer)
        except FactcheckError as exc:  # taken over or decided meanwhile: nothing to skip
            console.print(f"{exc}; moving on", markup=False, soft_wrap=True)
        else:
            self.skipped += 1
        return self.advance()

    def undo(self) -> ClaimRecord | None:
        """Withdraw the last verdict of this session and bring its claim back on screen."""
        if not self.decided:
            return None
        last = self.decided[-1]
        before = self.store.get_claim(last)
        shown = self._shown
        self.current = self.store.undo_verdict(
            last, reviewer=self.reviewer, lease_minutes=self.lease_minutes
        )
        self.decided.pop()
        if shown is not None and shown != last:
            from contextlib import suppress

            from factcheck.errors import StoreError

            with suppress(StoreError):  # the claim on screen may have been lost meanwhile
                self.store.release(shown, reviewer=self.reviewer)
        rating = before.verdict.rating if before.verdict else "your verdict"
        console.print(f"Undid {rating} on claim {last}", markup=False, soft_wrap=True)
        self.note = None
        self.evidence = []
        self._find_earlier()
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
    document: DocumentFilter = None,
    kind: KindFilter = None,
    speaker: SpeakerFilter = None,
    mine: MineFilter = False,
    signoff: Annotated[
        bool,
        typer.Option(
            "--signoff",
            help="Walk the verdicts that await sign-off: a approve, b send back, s pass, q quit",
        ),
    ] = False,
    lease_minutes: Annotated[
        float | None,
        typer.Option(help="How long each lease lasts (default: the team's, 30)", min=0.01),
    ] = None,
    db: DbOption = None,
) -> None:
    """Review claims one after another: one key per rating, c note, e evidence, a adopt, s skip,
    z undo, q quit; --signoff walks the verdicts that await sign-off.

    Example: factcheck review --reviewer ana --kind money
    """
    with errors():
        _need_keys()
        if kind is not None:
            kind = one_kind(kind)
        filters = {"document": document, "kind": kind, "speaker": speaker, "mine": mine}
        with open_cli_store(ctx, db) as store:
            keys = rating_keys(store.config)
            who = acting(store, reviewer)
            if signoff:
                walk = SignoffWalk(store, who, filters)
                with _Keys() as terminal:
                    walk.run(keys, terminal)
                console.print(walk.summary(), soft_wrap=True, markup=False)
                return
            if document is not None:
                store.get_document(document)  # an unknown document is one line, before the loop
            session = ReviewSession(store, who, lease_minutes, filters)
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
        markup=False,
        soft_wrap=True,
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
        if session.earlier:
            render_earlier(session.earlier)
        if session.note:
            console.print(f"note      {session.note} (goes with your verdict)", markup=False)
        if session.evidence:
            console.print(
                f"evidence  {', '.join(session.evidence)} (goes with your verdict)", markup=False
            )
        console.print(legend, style="dim", markup=False)
        key = _key_or_expiry(record, terminal)
        if key in ("", QUIT, "\x04", "\x03"):
            return
        if key in keys:
            record = session.rate(keys[key])
        elif key == ADOPT:
            record = session.adopt()
        elif key == EVIDENCE:
            refs = [ref for ref, _ in session.store.evidence_refs(record.claim.id)]
            if refs:
                console.print(f"checks    {'  '.join(refs)}", markup=False, soft_wrap=True)
            console.print("lookups   factcheck lookups lists the cached ones", markup=False)
            session.add_evidence(terminal.line("Evidence ids (space-separated)"))
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


def _key_or_expiry(record: ClaimRecord, terminal: _Keys) -> str:
    """The next key; on a terminal, a one-line notice the moment the lease runs out first
    (the card on screen still says "leased to ..."), then the key."""
    from datetime import UTC, datetime

    expires = record.lease_expires if record.status == "leased" else None
    if expires is not None:
        left = (expires - datetime.now(UTC)).total_seconds()
        key = terminal.read(timeout=max(left, 0.0))
        if key is not None:
            return key
        console.print(
            f"Your lease on claim {record.claim.id} ran out at "
            f"{expires.strftime('%H:%M:%S UTC')}: another reviewer's next may take it; "
            "a rating still counts if nobody has",
            markup=False,
            soft_wrap=True,
        )
    key = terminal.read()
    return "" if key is None else key


class SignoffWalk:
    """``review --signoff``: the decided claims one after another, for a second reviewer
    (an editor, once there is a roster) to approve or send back. A claim someone else
    settled meanwhile is passed over; each action is confirmed in one line."""

    def __init__(self, store: ClaimStore, editor: str, filters: dict[str, Any]) -> None:
        self.store = store
        self.editor = editor
        self.filters = filters
        self.signed = self.sent = self.passed = 0

    def _waiting(self) -> list[ClaimRecord]:
        from factcheck.db.desk import name_key

        f = self.filters
        rows = self.store.claims(status="decided", kind=f["kind"], document=f["document"])
        me = name_key(self.editor)
        out = []
        for r in rows:
            if r.verdict is None or (name_key(r.verdict.reviewer) == me and not _disputed(r)):
                continue  # one's own verdict needs a second reviewer
            if f["mine"] and name_key(r.assignee or "") != me:
                continue
            speaker = f["speaker"]
            if speaker is not None:
                said = getattr(r.claim.value, "speaker", None) or ""
                if " ".join(speaker.split()).lower() not in said.lower():
                    continue
            out.append(r)
        return out

    def _check_role(self) -> None:
        from factcheck.db.desk import name_key

        roster = self.store.roster()
        if not roster:
            return
        me = name_key(self.editor)
        role = next((p["role"] for p in roster if name_key(p["name"]) == me), None)
        if role != "editor":
            from factcheck.db.desk import NotAllowed

            raise NotAllowed(
                f'"{self.editor}" is {"a " + role if role else "not on the roster"}; only an '
                "editor signs off or sends back (factcheck team add NAME --role editor)"
            )

    def run(self, keys: dict[str, str], terminal: _Keys) -> None:
        self._check_role()
        waiting = self._waiting()
        if not waiting:
            console.print("No verdicts await your sign-off", markup=False)
            return
        legend = "  ".join(f"{k} {what}" for k, what in SIGNOFF_KEYS.items())
        rulings = "  ".join(f"{k} {name}" for k, name in keys.items())
        total = len(waiting)
        for n, queued in enumerate(waiting, 1):
            record = self.store.get_claim(queued.claim.id)
            if record.status != "decided" or record.verdict is None:
                continue  # signed off or sent back by someone else meanwhile
            disputed = _disputed(record)
            console.rule(f"sign-off {n} of {total}")
            render_record(record, self.store.get_document(record.claim.document))
            if disputed:
                console.print(f"ruling    {rulings}", style="dim", markup=False)
            console.print(legend, style="dim", markup=False)
            while True:
                key = terminal.read()
                if key in (None, "", QUIT, "\x04", "\x03"):
                    return
                done = self._act(record, key, disputed, keys, terminal)
                if done:
                    break

    def _act(
        self, record: ClaimRecord, key: str, disputed: bool, keys: dict[str, str], terminal: _Keys
    ) -> bool:
        cid = record.claim.id
        try:
            if key == APPROVE and not disputed:
                v = self.store.sign_off(cid, reviewer=self.editor)
                self.signed += 1
                console.print(
                    f"Signed off claim {cid}: {v.rating} by {v.reviewer}",
                    markup=False,
                    soft_wrap=True,
                )
                return True
            if disputed and key in keys:
                v = self.store.sign_off(cid, reviewer=self.editor, rating=keys[key])
                self.signed += 1
                console.print(
                    f"Ruled claim {cid} {v.rating} (the double review disagreed)",
                    markup=False,
                    soft_wrap=True,
                )
                return True
            if key == SEND_BACK:
                text = terminal.line("Note for the author (empty: keep it here)")
                if not text.strip():
                    console.print("Not sent back: a send-back needs a note", markup=False)
                    return False
                back = self.store.send_back(cid, reviewer=self.editor, note=text)
                self.sent += 1
                console.print(
                    f"Sent claim {cid} back to {back.assignee}: {back.review_note}",
                    markup=False,
                    soft_wrap=True,
                )
                return True
        except FactcheckError as exc:
            # Settled by someone else meanwhile, or refused: one line, on to the next.
            console.print(f"Claim {cid}: {exc}", markup=False, soft_wrap=True)
            return True
        if key == SKIP:
            self.passed += 1
            return True
        if key == HELP or (key == APPROVE and disputed):
            what = "give your ruling with a rating key" if disputed else "a approves"
            console.print(f"{what}; b sends back with a note; s passes; q quits", markup=False)
            return False
        console.print(f'Unknown key "{key}"', markup=False)
        return False

    def summary(self) -> str:
        return f"{self.signed} signed off, {self.sent} sent back, {self.passed} passed"


def _disputed(record: ClaimRecord) -> bool:
    return claim_state(record) == "disagreed"


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

    def read(self, timeout: float | None = None) -> str | None:
        """One key, lower-cased; "" at end of input. On a terminal, None when ``timeout``
        seconds pass without one (keys from a pipe are there or not: no waiting)."""
        if self._fd is None:
            # Keys from a pipe or a file: read them from standard input itself (getchar
            # would read the controlling terminal, or fail without one). End of input quits.
            key = sys.stdin.read(1)
            return key.lower()
        if timeout is not None:
            import select

            ready, _, _ = select.select([self._fd], [], [], timeout)
            if not ready:
                return None
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
