"""Acceptance: eight reviewer processes at once, and processes killed with SIGKILL.

The concurrency test runs on SQLite and, when FACTCHECK_TEST_POSTGRES_URL is set, on
PostgreSQL: 2,000 claims, every one decided exactly once, never leased to two reviewers
at the same time, no verdict lost and the event log complete.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

import pytest

from factcheck.db.store import ClaimStore, open_store
from factcheck.models import Claim, Document, Event, QuantityValue

ROOT = Path(__file__).resolve().parent.parent
WORKERS = 8
DOCUMENTS = 20
PER_DOCUMENT = 100

WORKER = """
import json, sys
from factcheck.db.store import open_store
url, name = sys.argv[1], sys.argv[2]
ratings = ["true", "false", "half-true", "misleading"]
decided = []
with open_store(url) as store:
    while True:
        record = store.next_claim(name)
        if record is None:
            break
        v = store.record_verdict(record.claim.id, rating=ratings[len(decided) % 4], reviewer=name)
        decided.append([v.claim_id, v.rating])
print(json.dumps(decided))
"""


def _document(n: int, claims: int) -> tuple[Document, list[Claim]]:
    text = " ".join(f"{i + 1} boats" for i in range(claims)) + f" (report {n})"
    doc = Document(id=f"doc{n:04d}", text=text, title=f"Harbour report {n}")
    out = []
    pos = 0
    for i in range(claims):
        token = f"{i + 1} boats"
        start = text.index(token, pos)
        pos = start + len(token)
        out.append(
            Claim(
                document=doc.id,
                kind="quantity",
                text=token,
                start=start,
                end=pos,
                value=QuantityValue(number=i + 1, unit="boat"),
                sentence=token,
                sentence_start=start,
            )
        )
    return doc, out


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["FACTCHECK_BUSY_TIMEOUT"] = "60"
    env["PYTHONPATH"] = str(ROOT)
    return env


def _assert_leases_never_overlap(events: list[Event]) -> None:
    holder: dict[str, tuple[str, datetime] | None] = {}
    for e in events:
        if e.claim_id is None:
            continue
        current = holder.get(e.claim_id)
        if e.action == "lease":
            until = datetime.fromisoformat(e.detail["until"]).replace(tzinfo=e.at.tzinfo)
            if current is not None:
                assert current[1] <= e.at or current[0] == e.actor, (
                    f"{e.claim_id} leased twice: {current} {e}"
                )
            holder[e.claim_id] = (e.actor, until)
        elif e.action in ("verdict", "release", "skip", "lease-expired"):
            if e.action == "verdict" and current is not None and current[1] > e.at:
                assert current[0] == e.actor, (
                    f"verdict by {e.actor} on a claim leased to {current[0]}"
                )
            holder[e.claim_id] = None


@pytest.mark.slow
def test_eight_processes_decide_every_claim_exactly_once(db_url: str) -> None:
    with open_store(db_url) as store:
        for n in range(DOCUMENTS):
            doc, claims = _document(n, PER_DOCUMENT)
            store.add_document(doc, claims, actor="desk")
        # The last document is reviewer3's: nobody else may lease its claims in the race.
        assigned = set(
            store.assign(document=f"doc{DOCUMENTS - 1:04d}", to="reviewer3", actor="desk")
        )
    total = DOCUMENTS * PER_DOCUMENT
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, db_url, f"reviewer{i}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(),
        )
        for i in range(WORKERS)
    ]
    decided: dict[str, list[tuple[str, str]]] = {}
    for i, p in enumerate(procs):
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        decided[f"reviewer{i}"] = [tuple(x) for x in json.loads(out)]  # type: ignore[misc]

    by_claim = Counter(cid for rows in decided.values() for cid, _ in rows)
    assert len(by_claim) == total and set(by_claim.values()) == {
        1
    }  # each decided once, by one process
    assert sum(1 for rows in decided.values() if rows) >= 2  # the work really was shared
    assert len(assigned) == PER_DOCUMENT
    assert {cid for cid, _ in decided["reviewer3"]} >= assigned  # the assignee did them all

    with open_store(db_url) as store:
        records = store.claims()
        assert len(records) == total
        assert {r.status for r in records} == {"final"}
        stored = {r.claim.id: (r.verdict.reviewer, r.verdict.rating) for r in records if r.verdict}
        claimed = {cid: (name, rating) for name, rows in decided.items() for cid, rating in rows}
        assert stored == claimed  # no verdict lost, none changed
        events = store.events()
        actions = Counter(e.action for e in events)
        assert actions == {
            "team-seed": 1,
            "ingest": DOCUMENTS,
            "assign": PER_DOCUMENT,
            "lease": total,
            "verdict": total,
        }
        per_claim: dict[str, list[str]] = defaultdict(list)
        for e in events:
            if e.claim_id:
                per_claim[e.claim_id].append(e.action)
        assert {
            c for c, acts in per_claim.items() if acts == ["assign", "lease", "verdict"]
        } == assigned
        assert {tuple(a) for c, a in per_claim.items() if c not in assigned} == {
            ("lease", "verdict")
        }
        assert all(
            e.actor == "reviewer3"
            for e in events
            if e.claim_id in assigned and e.action != "assign"
        )
        _assert_leases_never_overlap(events)
        assert store.integrity_check() == ["ok"]
        stats = store.stats()
        assert stats.by_status["final"] == total and stats.leases_held == 0
        assert sum(v["verdicts"] for v in stats.by_reviewer.values()) == total


CHAOS_WORKER = """
import json, sys, time
from factcheck.db.store import open_store
from factcheck.errors import LeaseConflict, VerdictConflict
url, name, lease = sys.argv[1], sys.argv[2], float(sys.argv[3])
decided, lost = [], 0
with open_store(url) as store:
    n = 0
    while True:
        record = store.next_claim(name, lease_minutes=lease)
        if record is None:
            break
        n += 1
        if n % 5 == 0:
            time.sleep(lease * 60 * 1.5)  # dawdle past the lease: someone else may take it
        try:
            store.record_verdict(record.claim.id, rating="true", reviewer=name)
            decided.append(record.claim.id)
        except (LeaseConflict, VerdictConflict):  # our lease ran out and someone took over
            lost += 1
print(json.dumps({"decided": decided, "lost": lost}))
"""


@pytest.mark.slow
def test_expiring_leases_under_load(db_url: str) -> None:
    """Four processes with 0.15 s leases, each dawdling past its lease on every fifth claim."""
    with open_store(db_url) as store:
        for n in range(3):
            doc, claims = _document(n, 60)
            store.add_document(doc, claims, actor="desk")
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CHAOS_WORKER, db_url, f"r{i}", "0.0025"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(),
        )
        for i in range(4)
    ]
    results = []
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        results.append(json.loads(out))
    decided = Counter(cid for r in results for cid in r["decided"])
    assert len(decided) == 180 and set(decided.values()) == {1}
    with open_store(db_url) as store:
        assert {r.status for r in store.claims()} == {"final"}
        events = store.events()
        actions = Counter(e.action for e in events)
        assert actions["verdict"] == 180
        # a returned claim is leased again, or decided by its late first holder
        assert 180 <= actions["lease"] <= 180 + actions["lease-expired"]
        assert sum(r["lost"] for r in results) >= 1  # the dawdlers really were overtaken
        _assert_leases_never_overlap(events)


def _store_at(path: Path, **kw: object) -> ClaimStore:
    return open_store(str(path), **kw)  # type: ignore[arg-type]


def test_a_reviewer_killed_holding_a_lease(tmp_path: Path) -> None:
    path = tmp_path / "crash.db"
    with _store_at(path) as store:
        doc, claims = _document(1, 5)
        store.add_document(doc, claims, actor="desk")
    victim = """
import os, signal, sys
from factcheck.db.store import open_store
store = open_store(sys.argv[1])
record = store.next_claim("victim", lease_minutes=0.04)
print(record.claim.id, flush=True)
# killed in the middle of writing a verdict: the write lock is held, the row half-written
with store._db.tx() as tx:
    tx.run("INSERT INTO verdicts (claim_id, rating, sources, reviewer, created, final)"
           " VALUES (:c, 'true', '[]', 'victim', '2025-01-01 00:00:00.000000', 1)",
           {"c": record.claim.id})
    os.kill(os.getpid(), signal.SIGKILL)
"""
    p = subprocess.run(
        [sys.executable, "-c", victim, str(path)],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=60,
    )
    assert p.returncode == -signal.SIGKILL
    leased = p.stdout.split()[0]
    with _store_at(path, busy_timeout=1.0) as store:
        assert store.integrity_check() == ["ok"]
        record = store.get_claim(leased)
        assert (
            record.status == "leased" and record.lease_holder == "victim" and record.verdict is None
        )
        assert record.lease_expires is not None
        left = (record.lease_expires - datetime.now(record.lease_expires.tzinfo)).total_seconds()
        if left > 0.5:  # (a very slow machine may already be past the 2.4 s lease)
            other = store.next_claim("rescuer")  # the lease is live: rescuer gets another claim
            assert other is not None and other.claim.id != leased
            store.release(other.claim.id, reviewer="rescuer")
        time.sleep(max(left, 0) + 0.2)  # the victim's lease runs out
        back = store.next_claim("rescuer")
        assert back is not None and back.claim.id == leased
        history = store.history(leased)
        assert [e.action for e in history] == ["ingest", "lease", "lease-expired", "lease"]
        assert history[2].detail == {"holder": "victim"}
        store.record_verdict(leased, rating="true", reviewer="rescuer")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM verdicts").fetchone() == (1,)


def test_an_ingest_killed_midway_leaves_no_partial_document(tmp_path: Path) -> None:
    path = tmp_path / "ingest.db"
    open_store(str(path)).close()
    ingest = """
import sys
sys.path.insert(0, sys.argv[2])
from tests.test_concurrency import _document
from factcheck.db.store import open_store
with open_store(sys.argv[1]) as store:
    for n in range(200):
        doc, claims = _document(n, 3000)
        store.add_document(doc, claims, actor="desk")
"""
    p = subprocess.Popen([sys.executable, "-c", ingest, str(path), str(ROOT)], env=_env())
    try:
        deadline = time.monotonic() + 60
        done = 0
        while time.monotonic() < deadline and done < 2:
            time.sleep(0.05)
            with sqlite3.connect(path, timeout=5) as conn:
                done = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        time.sleep(0.1)  # well inside the next document's transaction
        p.send_signal(signal.SIGKILL)
        p.wait(timeout=30)
    finally:
        if p.poll() is None:
            p.kill()
    assert p.returncode == -signal.SIGKILL
    with _store_at(path, busy_timeout=1.0) as store:
        assert store.integrity_check() == ["ok"]
        docs = store.documents()
        assert 2 <= len(docs) < 200
        for d in docs:
            assert len(store.document_claims(d.id)) == 3000
        ingests = [e for e in store.events() if e.action == "ingest"]
        assert sorted(e.document_id or "" for e in ingests) == sorted(d.id for d in docs)
        # and the queue still works: the next ingest goes through
        doc, claims = _document(999, 10)
        assert store.add_document(doc, claims, actor="desk").added


def test_processes_opening_a_new_file_at_once_migrate_it_once(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    opener = (
        "import sys\nfrom factcheck.db.store import open_store\n"
        "with open_store(sys.argv[1]) as s:\n    print(len(s.claims()))"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", opener, str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(),
        )
        for _ in range(4)
    ]
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        assert out.strip() == "0"
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0006",)]
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


OPENER = """
import sys, time
from factcheck.db.store import open_store
url, start = sys.argv[1], float(sys.argv[2])
time.sleep(max(0.0, start - time.time()))
with open_store(url) as store:
    print(store.team_settings()["lease_minutes"])
"""


def test_first_clients_at_once_seed_the_team_settings_once(db_url: str) -> None:
    # A new database takes its settings from the first client; six first clients at the
    # same moment must leave one set of settings and one team-seed event (on PostgreSQL the
    # later ones find the table empty too, and their inserts wait for the first's commit).
    from factcheck.db.engine import upgrade

    upgrade(db_url)  # migrated, not yet opened by any client: no settings
    start = time.time() + 3.0
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", OPENER, db_url, str(start)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(),
        )
        for _ in range(6)
    ]
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        assert out.strip() == "30"
    with open_store(db_url) as store:
        seeds = [e for e in store.events() if e.action == "team-seed"]
        assert len(seeds) == 1, seeds
        assert store.team_settings()["two_person_rule"] is False
