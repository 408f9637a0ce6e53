"""PostgreSQL's share of a one-shot command: the round trips it makes to the server.

Every round trip wakes the server's process and then ours; on a busy machine that, more
than the queries' own work, is what a command on PostgreSQL pays beyond the same command
on SQLite. The counts come from libpq's trace of what the client sent: a simple-protocol
``Query`` or an extended-protocol ``Sync`` each ends one round trip (the connection's own
start-up, before the trace is on, is not counted). A store change that adds a query to
these commands fails here; one that saves some lowers the stated figure.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.db import engine as _engine

pytestmark = pytest.mark.postgres

#: Round trips measured on this store (before the version, the isolation level and the team
#: settings came in one query, ``_who`` asked once, and a claim was read without resolving
#: its whole id first: 19, 15, 21, 10).
FIRST_NEXT = 15  # a reviewer's first ``next``: they are registered, a claim is leased
NEXT_AGAIN = 11  # ``next`` while they hold a lease: the same claim, its lease renewed
SHOW = 13  # ``show`` of that claim: record, document, history, checks, earlier verdicts
QUEUE = 5  # ``queue --limit 5``

_ROUND_TRIP = re.compile(r"^F\t\d+\t(?:Query|Sync)\b", re.M)


@pytest.fixture
def traced(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """The file libpq writes every protocol message of the command's connection to."""
    import psycopg

    log = tmp_path / "libpq-trace.txt"
    real = _engine.connect_postgres
    opened: list[Any] = []

    def connect(*args: Any, **kwargs: Any) -> Any:
        conn = real(*args, **kwargs)
        out = log.open("a")
        opened.append(out)
        conn.pgconn.trace(out.fileno())
        conn.pgconn.set_trace_flags(psycopg.pq.Trace.SUPPRESS_TIMESTAMPS)
        return conn

    monkeypatch.setattr(_engine, "connect_postgres", connect)
    yield log
    for out in opened:
        out.close()


def _round_trips(log: Path, url: str, *args: str) -> tuple[int, str]:
    log.write_text("")
    result = CliRunner().invoke(app, ["--db", url, *args])
    assert result.exit_code == 0, result.output
    return len(_ROUND_TRIP.findall(log.read_text())), result.output


@pytest.fixture
def queued(pg_url: str) -> str:
    """A PostgreSQL queue holding one article's claims, no reviewer known yet."""
    from factcheck.db.store import open_store
    from tests.test_store import article

    with open_store(pg_url) as store:
        doc, claims = article("Rents rose 7% to £1450 a month, while wages rose 4%.")
        store.add_document(doc, claims, actor="desk")
    return pg_url


def test_a_reviewers_commands_stay_within_their_round_trips(queued: str, traced: Path) -> None:
    first, out = _round_trips(traced, queued, "next", "--reviewer", "ines", "--format", "json")
    claim = json.loads(out)["claim"]["id"]
    again, out = _round_trips(traced, queued, "next", "--reviewer", "ines", "--format", "json")
    assert json.loads(out)["claim"]["id"] == claim
    show, out = _round_trips(traced, queued, "show", claim)
    assert claim in out
    queue, _ = _round_trips(traced, queued, "queue", "--limit", "5")
    counted = {"first next": first, "next again": again, "show": show, "queue": queue}
    allowed = {"first next": FIRST_NEXT, "next again": NEXT_AGAIN, "show": SHOW, "queue": QUEUE}
    assert {k: v for k, v in counted.items() if v > allowed[k]} == {}, counted


def test_a_claim_prefix_still_resolves_on_postgres(queued: str, traced: Path) -> None:
    """Reading a claim by its whole id first must not lose the unique-prefix look-up."""
    _, out = _round_trips(traced, queued, "next", "--reviewer", "ines", "--format", "json")
    claim = json.loads(out)["claim"]["id"]
    _, shown = _round_trips(traced, queued, "show", claim[:6])
    assert claim in shown
