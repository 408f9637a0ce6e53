"""The claim queue API on SQLite and, with FACTCHECK_TEST_POSTGRES_URL, PostgreSQL."""

from __future__ import annotations

import contextlib
import sqlite3
import sys
import types
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from factcheck.config import Config, ReviewSettings
from factcheck.db.store import ClaimStore, open_store
from factcheck.errors import (
    BadDocument,
    BadOption,
    ClaimNotFound,
    DatabaseLocked,
    DatabaseUnavailable,
    DocumentNotFound,
    FactcheckError,
    LeaseConflict,
    StoreError,
    VerdictConflict,
)
from factcheck.models import CheckResult, Claim, Document, Evidence, MoneyValue, PercentValue


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


def article(text: str, *, title: str = "Budget day") -> tuple[Document, list[Claim]]:
    """A document and one percent or money claim per number-bearing word in it."""
    doc = Document(text=text, title=title, published="2025-02-17")
    claims: list[Claim] = []
    pos = 0
    for word in text.split(" "):
        start = text.index(word, pos)
        pos = start + len(word)
        token = word.rstrip(".,")
        if token.endswith("%"):
            value = PercentValue(percent=float(token[:-1]))
            kind = "percent"
        elif token.startswith("£"):
            value = MoneyValue(amount=float(token[1:]), currency="GBP")
            kind = "money"
        else:
            continue
        claims.append(
            Claim(
                document=doc.id,
                kind=kind,  # type: ignore[arg-type]
                text=token,
                start=start,
                end=start + len(token),
                value=value,
                sentence=text,
            )
        )
    return doc, claims


TEXT = "Rents rose 4% while wages rose 2%, and the council spent £30 on each of £12 tickets."


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(db_url: str, clock: FakeClock) -> ClaimStore:
    s = open_store(db_url, clock=clock, config=Config())
    yield s  # type: ignore[misc]
    s.close()


def test_ingest_is_idempotent(store: ClaimStore) -> None:
    doc, claims = article(TEXT)
    first = store.add_document(doc, claims, actor="ana")
    assert first.added and first.claims == 4
    assert first.per_kind == {"percent": 2, "money": 2}
    again = store.add_document(doc, claims, actor="ana")
    assert not again.added and again.claims == 4 and again.document_id == doc.id
    assert len(store.claims()) == 4
    assert [d.id for d in store.documents()] == [doc.id]
    assert [c.text for c in store.document_claims(doc.id)] == ["4%", "2%", "£30", "£12"]
    got = store.get_document(doc.id[:6])
    assert got.text == TEXT and got.title == "Budget day" and str(got.published) == "2025-02-17"


def test_a_different_text_under_a_taken_id_is_refused(store: ClaimStore) -> None:
    doc, claims = article(TEXT)
    store.add_document(doc, claims, actor="ana")
    other = Document(id=doc.id, text="Something else entirely at 5%.")
    with pytest.raises(BadDocument, match=f'already has the id "{doc.id}"'):
        store.add_document(other, [], actor="ana")


def test_next_leases_in_article_order_and_returns_a_held_lease(store: ClaimStore) -> None:
    doc, claims = article(TEXT)
    store.add_document(doc, claims, actor="ana")
    a = store.next_claim("ana")
    assert (
        a is not None and a.claim.text == "4%" and a.status == "leased" and a.lease_holder == "ana"
    )
    assert store.next_claim("ana").claim.id == a.claim.id  # type: ignore[union-attr]
    b = store.next_claim("bob")
    assert b is not None and b.claim.text == "2%"
    actions = [e.action for e in store.history(a.claim.id)]
    assert actions == ["ingest", "lease"]


def test_next_follows_the_priority_function(
    store: ClaimStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = types.ModuleType("factcheck.priority")

    def score_claim(claim: Claim, *, position: float) -> tuple[float, list[str]]:
        return (2.0, ["money figure"]) if claim.kind == "money" else (1.0 - position, ["early"])

    fake.score_claim = score_claim  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "factcheck.priority", fake)
    doc, claims = article(TEXT)
    store.add_document(doc, claims, actor="ana")
    order = [r.claim.text for r in store.claims()]
    assert order == ["£30", "£12", "4%", "2%"]
    first = store.next_claim("ana")
    assert first is not None and first.claim.text == "£30"
    assert first.priority == 2.0 and first.priority_reasons == ["money figure"]


def test_an_expired_lease_returns_to_the_queue_and_is_logged(
    store: ClaimStore, clock: FakeClock
) -> None:
    doc, claims = article(TEXT)
    store.add_document(doc, claims, actor="ana")
    a = store.next_claim("ana", lease_minutes=5)
    assert a is not None
    clock.advance(minutes=4)
    assert store.stats().leases_held == 1
    assert store.stats().by_reviewer["ana"]["leases"] == 1
    clock.advance(minutes=2)
    stats = store.stats()
    assert stats.leases_expired == 1 and stats.leases_held == 0
    assert stats.by_reviewer["ana"]["leases"] == 0  # expired: no longer held by ana
    b = store.next_claim("bob")
    assert b is not None and b.claim.id == a.claim.id and b.lease_holder == "bob"
    events = store.history(a.claim.id)
    assert [e.action for e in events] == ["ingest", "lease", "lease-expired", "lease"]
    assert events[2].detail == {"holder": "ana"}
    # ana's verdict after losing the lease collides with bob's
    with pytest.raises(LeaseConflict, match='leased to "bob"'):
        store.record_verdict(a.claim.id, rating="true", reviewer="ana")


def test_skip_is_not_offered_again_to_the_same_reviewer(store: ClaimStore) -> None:
    doc, claims = article(TEXT)
    store.add_document(doc, claims, actor="ana")
    a = store.next_claim("ana")
    assert a is not None
    store.skip(a.claim.id, reviewer="ana")
    again = store.next_claim("ana")
    assert again is not None and again.claim.id != a.claim.id
    other = store.next_claim("bob")
    assert other is not None and other.claim.id == a.claim.id


def test_verdict_errors_name_the_fix(store: ClaimStore) -> None:
    doc, claims = article(TEXT)
    store.add_document(doc, claims, actor="ana")
    a = store.next_claim("ana")
    assert a is not None
    with pytest.raises(BadOption) as bad:
        store.record_verdict(a.claim.id, rating="sorta", reviewer="ana")
    assert str(bad.value) == (
        'Unknown rating "sorta"; choose from true, mostly-true, half-true, misleading, '
        "mostly-false, false, unverifiable, not-checkable"
    )
    with pytest.raises(LeaseConflict) as conflict:
        store.record_verdict(a.claim.id, rating="true", reviewer="bob")
    assert str(conflict.value) == (
        f'Claim "{a.claim.id}" is leased to "ana" until 09:30 UTC; ask them, wait, '
        "or pass --force to take it over"
    )
    with pytest.raises(ClaimNotFound, match='No claim with id "ffffzz"'):
        store.record_verdict("ffffzz", rating="true", reviewer="ana")


def test_force_takes_over_and_is_logged(store: ClaimStore) -> None:
    doc, claims = article(TEXT)
    store.add_document(doc, claims, actor="ana")
    a = store.next_claim("ana")
    assert a is not None
    v = store.record_verdict(
        a.claim.id, rating="false", reviewer="bob", force=True, note="checked ONS"
    )
    assert v.rating == "false" and v.reviewer == "bob" and v.final
    events = store.history(a.claim.id)
    assert [e.action for e in events] == ["ingest", "lease", "lease-takeover", "verdict"]
    assert events[2].actor == "bob" and events[2].detail == {"from": "ana"}
    record = store.get_claim(a.claim.id)
    assert record.status == "final" and record.lease_holder is None
    assert record.verdict is not None and record.verdict.note == "checked ONS"


def test_a_changed_verdict_is_a_new_row_and_the_latest_is_current(
    store: ClaimStore, clock: FakeClock
) -> None:
    doc, claims = article(TEXT)
    store.add_document(doc, claims, actor="ana")
    cid = claims[0].id
    store.record_verdict(cid, rating="true", reviewer="ana", sources=["https://ons.example/rents"])
    clock.advance(minutes=1)
    with pytest.raises(VerdictConflict) as final:  # a final verdict is published: not silently
        store.record_verdict(cid, rating="mostly-true", reviewer=" ANA ")
    assert str(final.value) == (
        f'Claim "{cid}" is final (true by ana); reopen it first (factcheck reopen ID) or pass '
        "--force to replace it"
    )
    store.record_verdict(cid, rating="mostly-true", reviewer="ana", force=True)  # she means it
    with pytest.raises(VerdictConflict) as exc:  # bob would overwrite ana's verdict
        store.record_verdict(cid, rating="false", reviewer="bob")
    assert str(exc.value) == (
        f'Claim "{cid}" already has a verdict by "ana" (mostly-true); pass --force to replace it'
    )
    record = store.get_claim(cid)
    assert record.verdict is not None and record.verdict.rating == "mostly-true"
    store.record_verdict(cid, rating="false", reviewer="bob", force=True)
    assert store.get_claim(cid).verdict.rating == "false"  # type: ignore[union-attr]
    verdict_events = [e for e in store.history(cid) if e.action == "verdict"]
    assert [e.detail["rating"] for e in verdict_events] == ["true", "mostly-true", "false"]
    assert verdict_events[0].detail["sources"] == ["https://ons.example/rents"]
    assert [e.detail.get("replaces") for e in verdict_events] == [None, "ana", "ana"]
    assert [e.detail.get("replaces_final") for e in verdict_events] == [None, "true", "mostly-true"]


def test_two_person_rule(db_url: str, clock: FakeClock) -> None:
    config = Config(review=ReviewSettings(two_person_rule=True))
    with open_store(db_url, clock=clock, config=config) as store:
        doc, claims = article(TEXT)
        store.add_document(doc, claims, actor="ana")
        cid = claims[1].id
        v = store.record_verdict(cid, rating="false", reviewer="ana")
        assert not v.final
        assert store.get_claim(cid).status == "decided"
        with pytest.raises(StoreError, match="a second reviewer must sign it off"):
            store.sign_off(cid, reviewer="ana")
        signed = store.sign_off(cid, reviewer="bob")
        assert signed.final and signed.signed_off_by == "bob" and signed.rating == "false"
        record = store.get_claim(cid)
        assert record.status == "final" and record.verdict is not None
        assert record.verdict.signed_off_by == "bob"
        with pytest.raises(StoreError, match="already final"):
            store.sign_off(cid, reviewer="cy")


def test_undo_withdraws_the_verdict_and_leases_back(store: ClaimStore) -> None:
    doc, claims = article(TEXT)
    store.add_document(doc, claims, actor="ana")
    a = store.next_claim("ana")
    assert a is not None
    store.record_verdict(a.claim.id, rating="half-true", reviewer="ana")
    with pytest.raises(StoreError, match='no verdict by "bob"'):
        store.undo_verdict(a.claim.id, reviewer="bob")
    back = store.undo_verdict(a.claim.id, reviewer="ana")
    assert back.status == "leased" and back.lease_holder == "ana" and back.verdict is None
    assert store.next_claim("ana").claim.id == a.claim.id  # type: ignore[union-attr]
    assert store.stats().by_reviewer["ana"]["verdicts"] == 0


def test_release_and_reopen(store: ClaimStore) -> None:
    doc, claims = article(TEXT)
    store.add_document(doc, claims, actor="ana")
    a = store.next_claim("ana")
    assert a is not None
    with pytest.raises(LeaseConflict):
        store.release(a.claim.id, reviewer="bob")
    assert store.release(a.claim.id, reviewer="ana").status == "open"
    with pytest.raises(StoreError, match="is not leased"):
        store.release(a.claim.id, reviewer="ana")
    store.record_verdict(a.claim.id, rating="true", reviewer="ana")
    reopened = store.reopen(a.claim.id, reviewer="cy", note="new figures out")
    assert reopened.status == "open" and reopened.verdict is None
    assert store.history(a.claim.id)[-1].detail == {"note": "new figures out"}
    with pytest.raises(StoreError, match="already open"):
        store.reopen(a.claim.id, reviewer="cy")


def test_reopen_refuses_a_leased_claim(store: ClaimStore) -> None:
    # It used to open it, dropping the holder's lease with no event saying so.
    doc, claims = article(TEXT)
    store.add_document(doc, claims, actor="ana")
    a = store.next_claim("ana")
    assert a is not None
    with pytest.raises(StoreError, match='is leased to "ana", not decided'):
        store.reopen(a.claim.id, reviewer="bob")
    after = store.get_claim(a.claim.id)
    assert after.status == "leased" and after.lease_holder == "ana"


def test_undo_after_a_reopen_leaves_the_new_lease_alone(store: ClaimStore) -> None:
    # ana's verdict, reopened, now leased to bob: ana's undo took the lease from bob.
    doc, claims = article(TEXT)
    store.add_document(doc, claims, actor="ana")
    cid = claims[0].id
    store.record_verdict(cid, rating="false", reviewer="ana")
    store.reopen(cid, reviewer="desk")
    assert store.next_claim("bob").claim.id == cid  # type: ignore[union-attr]
    with pytest.raises(StoreError, match="was reopened since your verdict"):
        store.undo_verdict(cid, reviewer="ana")
    after = store.get_claim(cid)
    assert after.status == "leased" and after.lease_holder == "bob"


def test_filters_and_prefixes(store: ClaimStore) -> None:
    doc, claims = article(TEXT)
    store.add_document(doc, claims, actor="ana")
    doc2, claims2 = article("Fares went up 7% in March.", title="Fares")
    store.add_document(doc2, claims2, actor="ana")
    store.record_verdict(claims[2].id, rating="true", reviewer="bob")
    store.next_claim("cy")
    assert [r.claim.text for r in store.claims(kind="money")] == ["£30", "£12"]
    assert [r.claim.text for r in store.claims(document=doc2.id)] == ["7%"]
    assert [r.claim.text for r in store.claims(status="final")] == ["£30"]
    assert [r.claim.text for r in store.claims(reviewer="bob")] == ["£30"]
    assert [r.claim.text for r in store.claims(reviewer="cy")] == ["4%"]
    with pytest.raises(BadOption, match='Unknown status "done"'):
        store.claims(status="done")
    assert store.get_claim(claims[0].id[:5]).claim.id == claims[0].id
    with pytest.raises(ClaimNotFound):
        store.get_claim("nonsense")


def test_checks_replace_earlier_results(store: ClaimStore) -> None:
    doc, claims = article(TEXT)
    store.add_document(doc, claims, actor="ana")
    c = claims[2]

    def result(status: str) -> CheckResult:
        return CheckResult(
            claim_id=c.id,
            document=doc.id,
            check="arithmetic",
            status=status,  # type: ignore[arg-type]
            start=c.start,
            end=c.end,
            text=c.text,
            explanation=f"sum is {status}",
            related=[claims[3].id],
            evidence=[Evidence(source="article", description="the other figures", value="42")],
        )

    store.save_checks([result("inconclusive")])
    store.save_checks([result("inconsistent")])
    got = store.checks_for(c.id)
    assert [r.status for r in got] == ["inconsistent"]
    assert got[0].related == [claims[3].id] and got[0].evidence[0].value == "42"
    # a check without a claim id attaches to the claim with the same span
    loose = result("consistent").model_copy(update={"claim_id": None, "check": "conversion"})
    store.save_checks([loose])
    assert sorted(r.check for r in store.get_claim(c.id).checks) == ["arithmetic", "conversion"]
    assert sorted(r.check for r in store.checks_for(c.id)) == ["arithmetic", "conversion"]


def test_lookup_cache(store: ClaimStore) -> None:
    when = datetime(2025, 2, 17, 12, tzinfo=UTC)
    assert store.cached_lookup("ecb", "GBP/EUR 2025-02-17") is None
    store.save_lookup(
        source="ecb",
        key="GBP/EUR 2025-02-17",
        url="https://x",
        body="1.2",
        content_hash="h1",
        retrieved=when,
    )
    store.save_lookup(
        source="ecb",
        key="GBP/EUR 2025-02-17",
        url="https://y",
        body="1.3",
        content_hash="h2",
        retrieved=when,
    )
    row = store.cached_lookup("ecb", "GBP/EUR 2025-02-17")
    assert row is not None and (row.url, row.body, row.content_hash) == ("https://y", "1.3", "h2")
    assert row.retrieved == when


def test_report_groups_by_document_in_article_order(store: ClaimStore) -> None:
    doc, claims = article(TEXT)
    doc2, claims2 = article("Fares went up 7% in March.", title="Fares")
    store.add_document(doc, claims, actor="ana")
    store.add_document(doc2, claims2, actor="ana")
    store.record_verdict(claims[1].id, rating="false", reviewer="ana")
    report = store.report()
    assert [d.id for d, _ in report] == [doc.id, doc2.id]
    assert [r.claim.text for r in report[0][1]] == ["4%", "2%", "£30", "£12"]
    assert report[0][1][1].verdict is not None and report[0][1][1].verdict.rating == "false"
    only = store.report(status="final")
    assert [(d.id, [r.claim.text for r in rs]) for d, rs in only] == [
        (doc.id, ["2%"]),
        (doc2.id, []),
    ]


def test_stats(store: ClaimStore) -> None:
    doc, claims = article(TEXT)
    store.add_document(doc, claims, actor="ana")
    store.next_claim("ana")
    store.record_verdict(claims[3].id, rating="true", reviewer="bob")
    s = store.stats()
    assert s.documents == 1 and s.claims == 4
    assert s.by_status == {"open": 2, "leased": 1, "decided": 0, "final": 1}
    assert s.by_kind["money"] == {"total": 2, "open": 1, "final": 1}
    assert s.by_reviewer == {
        "ana": {"verdicts": 0, "leases": 1},
        "bob": {"verdicts": 1, "leases": 0},
    }


def test_sqlite_path_that_cannot_be_created(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "queue.db"
    with pytest.raises(DatabaseUnavailable) as exc:
        open_store(str(path))
    assert str(exc.value) == (
        f'Cannot create the database "{path}": the folder "{path.parent}" does not exist; '
        "create it or pass --db with another path"
    )


def test_locked_sqlite_database_waits_then_says_so(tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    store = open_store(str(path), busy_timeout=0.2)
    doc, claims = article(TEXT)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = datetime.now(UTC)
        with pytest.raises(DatabaseLocked) as exc:
            store.add_document(doc, claims, actor="ana")
        waited = (datetime.now(UTC) - started).total_seconds()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert waited >= 0.15
    assert str(exc.value) == (
        f'The database "{path}" is locked by another process (waited 0.2 s); retry in a moment'
    )
    assert store.add_document(doc, claims, actor="ana").added  # and works once the lock is gone
    assert store.integrity_check() == ["ok"]


@pytest.mark.postgres
def test_postgres_without_upgrade_says_how_to_fix(pg_url: str) -> None:
    db_url = pg_url
    import psycopg

    from tests.conftest import _postgres_schema_url

    base = db_url.split("?")[0]
    with psycopg.connect(
        base.replace("postgresql+psycopg://", "postgresql://"), autocommit=True
    ) as conn:
        conn.execute("CREATE SCHEMA IF NOT EXISTS fc_empty_probe")
    try:
        with pytest.raises(
            DatabaseUnavailable, match="is at schema none, not 0006; run factcheck db upgrade"
        ):
            open_store(_postgres_schema_url(base, "fc_empty_probe"))
    finally:
        with psycopg.connect(
            base.replace("postgresql+psycopg://", "postgresql://"), autocommit=True
        ) as conn:
            conn.execute("DROP SCHEMA fc_empty_probe CASCADE")


@pytest.mark.postgres
def test_locked_postgres_row_waits_then_says_so(pg_url: str) -> None:
    db_url = pg_url
    import psycopg

    store = open_store(db_url, busy_timeout=0.2)
    doc, claims = article(TEXT)
    store.add_document(doc, claims, actor="ana")
    schema = db_url.split("search_path%3D", 1)[1]
    base = db_url.split("?")[0].replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(base, options=f"-csearch_path={schema}") as other:
        other.execute("SELECT id FROM claims WHERE id = %s FOR UPDATE", (claims[0].id,))
        with pytest.raises(DatabaseLocked) as exc:
            store.record_verdict(claims[0].id, rating="true", reviewer="ana")
        other.rollback()
    assert str(exc.value).endswith("is locked by another session (waited 0.2 s); retry in a moment")
    assert store.record_verdict(claims[0].id, rating="true", reviewer="ana").rating == "true"
    store.close()


def test_the_same_claim_in_other_documents(store: ClaimStore) -> None:
    doc, claims = article(TEXT)
    doc2, claims2 = article("Last year wages rose 2% again.", title="Wages")
    store.add_document(doc, claims, actor="ana")
    store.add_document(doc2, claims2, actor="ana")
    store.record_verdict(claims2[0].id, rating="true", reviewer="bo")
    same = store.same_claims(claims[1].id)  # "2%" in the first article
    assert [(r.claim.id, r.verdict.rating if r.verdict else None) for r in same] == [
        (claims2[0].id, "true")
    ]
    assert store.same_claims(claims[0].id) == []  # "4%" appears nowhere else


# ---------------------------------------------------------------- the lease rules, at random

REVIEWERS = st.sampled_from(["ana", "bo", "cy"])
CLAIM = st.integers(min_value=0, max_value=3)


class LeaseRules(RuleBasedStateMachine):
    """Random sequences of next, verdict, skip, release, undo, reopen and waiting, checked
    after every step against the rules: one live lease per claim, verdicts only by the
    holder of a live lease (or with --force), states consistent with the verdicts."""

    def __init__(self) -> None:
        super().__init__()
        self.clock = FakeClock()
        self.store = open_store(":memory:", clock=self.clock, config=Config())
        doc, claims = article(TEXT)
        self.store.add_document(doc, claims, actor="desk")
        self.ids = [c.id for c in claims]

    def teardown(self) -> None:
        self.store.close()

    def _live_holder(self, cid: str) -> str | None:
        r = self.store.get_claim(cid)
        if (
            r.status == "leased"
            and r.lease_expires is not None
            and r.lease_expires > self.clock.now
        ):
            return r.lease_holder
        return None

    @rule(reviewer=REVIEWERS)
    def next(self, reviewer: str) -> None:
        held = [c for c in self.ids if self._live_holder(c) == reviewer]
        record = self.store.next_claim(reviewer, lease_minutes=10)
        if held:
            assert record is not None and record.claim.id in held  # your lease comes back
        if record is not None:
            assert record.lease_holder == reviewer and record.status == "leased"

    @rule(reviewer=REVIEWERS, n=CLAIM, force=st.booleans())
    def verdict(self, reviewer: str, n: int, force: bool) -> None:
        cid = self.ids[n]
        holder = self._live_holder(cid)
        before = self.store.get_claim(cid)
        try:
            self.store.record_verdict(cid, rating="false", reviewer=reviewer, force=force)
        except LeaseConflict:
            assert holder not in (None, reviewer) and not force
            return
        except VerdictConflict:
            # another reviewer's verdict, or a final one (replaced only after reopen or --force)
            assert before.verdict is not None and not force
            assert before.verdict.reviewer != reviewer or before.status == "final"
            return
        assert force or holder in (None, reviewer)
        after = self.store.get_claim(cid)
        assert after.status == "final" and after.verdict is not None
        assert after.verdict.reviewer == reviewer

    @rule(reviewer=REVIEWERS, n=CLAIM)
    def skip_release_or_undo(self, reviewer: str, n: int) -> None:
        cid = self.ids[n]
        for action in (self.store.skip, self.store.release, self.store.undo_verdict):
            with contextlib.suppress(FactcheckError):
                action(cid, reviewer=reviewer)

    @rule(n=CLAIM)
    def reopen(self, n: int) -> None:
        with contextlib.suppress(StoreError):
            self.store.reopen(self.ids[n], reviewer="desk")

    @rule(minutes=st.integers(min_value=1, max_value=15))
    def wait(self, minutes: int) -> None:
        self.clock.advance(minutes=minutes)

    @invariant()
    def states_agree(self) -> None:
        for r in self.store.claims():
            if r.status == "leased":
                assert r.lease_holder is not None and r.lease_expires is not None
            else:
                assert r.lease_holder is None and r.lease_expires is None
            assert (r.verdict is not None) == (r.status in ("decided", "final"))
        stats = self.store.stats()
        assert sum(stats.by_status.values()) == len(self.ids)


TestLeaseRules = LeaseRules.TestCase
TestLeaseRules.settings = settings(max_examples=60, stateful_step_count=25, deadline=None)


def test_document_prefixes_are_literal_not_wildcards(store: ClaimStore) -> None:
    for doc_id, text in (("wire_1", "Rates rose 4%."), ("wirex1", "Rates fell 2%.")):
        doc, claims = article(text)
        doc = doc.model_copy(update={"id": doc_id})
        claims = [c.model_copy(update={"document": doc_id}) for c in claims]
        store.add_document(doc, claims, actor="ana")
    assert store.get_document("wire_").id == "wire_1"
    with pytest.raises(DocumentNotFound):
        store.get_document("w%1")
