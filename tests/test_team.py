"""The desk: team rules from the database, names as identities, the roster, sign-off,
send-back, blind double review and agreement, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.config import Config, ReviewSettings
from factcheck.db.desk import cohen_kappa, normalise_name
from factcheck.db.store import open_store
from factcheck.errors import BadOption, LeaseConflict, StoreError
from factcheck.models import Claim, Document, MoneyValue

AMOUNTS = [f"£{n} million" for n in (11, 12, 13, 14, 15, 16, 17, 18, 19, 20)]
TEXT = "\n\n".join(f"Item {i} cost {a}." for i, a in enumerate(AMOUNTS, 1))


def article(text: str = TEXT) -> tuple[Document, list[Claim]]:
    doc = Document(text=text, title="Spending")
    claims = []
    for amount in AMOUNTS:
        start = text.index(amount)
        claims.append(
            Claim(
                document=doc.id,
                kind="money",
                text=amount,
                start=start,
                end=start + len(amount),
                value=MoneyValue(amount=float(amount[1:].split()[0]) * 1e6, currency="GBP"),
                sentence=amount,
                sentence_start=start,
            )
        )
    return doc, claims


def run(runner: CliRunner, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args))


# ---------------------------------------------------------------- rules from the database


def test_the_two_person_rule_holds_from_any_folder(
    runner: CliRunner, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk, bare, other = tmp_path / "desk", tmp_path / "bare", tmp_path / "other"
    for folder in (desk, bare, other):
        folder.mkdir()
    (desk / "factcheck.toml").write_text(
        '[organization]\nname = "Bridge Checks"\nurl = "https://bridge.example"\n'
        "[review]\ntwo_person_rule = true\n",
        encoding="utf-8",
    )
    (other / "factcheck.toml").write_text("[review]\ntwo_person_rule = false\n", encoding="utf-8")
    (desk / "a.txt").write_text("The bridge cost £40 million. Repairs added £3 million.\n")

    monkeypatch.chdir(desk)  # the database is created here, and takes this folder's rules
    open_store(db_url).close()
    assert run(runner, "--db", db_url, "ingest", "a.txt").exit_code == 0
    ids = [
        r["claim"]["id"]
        for r in json.loads(run(runner, "--db", db_url, "queue", "-f", "json").stdout)
    ]
    assert len(ids) >= 2

    monkeypatch.chdir(bare)  # no factcheck.toml at all
    first = run(runner, "--db", db_url, "verdict", ids[0], "false", "-r", "ana")
    assert first.exit_code == 0 and "awaits a second reviewer's factcheck signoff" in first.stdout

    monkeypatch.chdir(other)  # a factcheck.toml that says otherwise: ignored, with a warning
    second = run(runner, "--db", db_url, "verdict", ids[1], "true", "-r", "ana")
    assert second.exit_code == 0 and "awaits a second reviewer's factcheck signoff" in second.stdout
    assert second.stderr.count("\n") == 1
    assert second.stderr.startswith("Warning: factcheck.toml differs from the team settings")
    assert "two_person_rule (file: false; database: true)" in second.stderr

    for folder in (bare, other):
        monkeypatch.chdir(folder)
        exported = run(runner, "--db", db_url, "export", "--format", "claimreview")
        assert exported.exit_code == 0, exported.output
        assert json.loads(exported.stdout) == []  # nothing final, nothing published
        states = {
            r["claim"]["id"]: r["status"]
            for r in json.loads(run(runner, "--db", db_url, "queue", "-f", "json").stdout)
        }
        assert states[ids[0]] == states[ids[1]] == "decided"

    monkeypatch.chdir(other)
    ok = run(runner, "--db", db_url, "signoff", ids[0], "-r", "bo")
    assert ok.exit_code == 0, ok.output
    published = json.loads(run(runner, "--db", db_url, "export", "--format", "claimreview").stdout)
    assert len(published) == 1


def test_team_set_and_load_are_logged_and_checked(runner: CliRunner, tmp_path: Path) -> None:
    assert run(runner, "team", "set", "lease_minutes", "45").stdout == "lease_minutes is now 45\n"
    shown = json.loads(run(runner, "team", "show", "-f", "json").stdout)
    assert shown["settings"]["lease_minutes"] == 45 and shown["roster"] == []
    for args, message in [
        (("team", "set", "colour", "blue"), 'Error: Unknown team setting "colour"; choose from'),
        (
            ("team", "set", "two_person_rule", "maybe"),
            'Error: two_person_rule takes true or false, not "maybe"',
        ),
        (
            ("team", "set", "lease_minutes", "0"),
            "Error: lease_minutes takes a whole number of minutes",
        ),
        (
            ("team", "set", "organization.url", "javascript:alert(1)"),
            "Error: organization.url takes an http(s) URL",
        ),
        (("team", "load", "missing.toml"), 'Error: No file "missing.toml"'),
        (
            ("team", "add", "cy", "--role", "boss"),
            'Error: Unknown role "boss"; choose from reviewer, editor',
        ),
        (
            ("team", "add", "cy", "--role", "reviewer"),
            "Error: The roster is empty: add an editor first",
        ),
    ]:
        result = run(runner, *args)
        assert result.exit_code == 1 and result.stderr.startswith(message), (args, result.stderr)
        assert result.stderr.count("\n") == 1
    (tmp_path / "desk.toml").write_text(
        '[organization]\nname = "Daily Example"\nurl = "https://daily.example"\n'
        "[review]\ntwo_person_rule = true\n",
        encoding="utf-8",
    )
    loaded = run(runner, "team", "load", "desk.toml")
    assert loaded.exit_code == 0, loaded.output
    assert "organization.name" in loaded.stdout and "two_person_rule" in loaded.stdout
    log = [json.loads(line) for line in run(runner, "log", "--format", "jsonl").stdout.splitlines()]
    actions = [e["action"] for e in log]
    assert actions == ["team-seed", "team-set", "team-load"]
    assert log[1]["detail"]["changed"] == {"lease_minutes": {"from": "30", "to": "45"}}
    assert log[2]["detail"]["changed"]["two_person_rule"] == {"from": "false", "to": "true"}


# ---------------------------------------------------------------- names and the roster


def test_names_are_identities() -> None:
    assert normalise_name("  Ana  ") == ("ana", "Ana")
    assert normalise_name("Ana  Lopez")[0] == normalise_name("ANA LOPEZ")[0]
    assert normalise_name("ana\n") == ("ana", "ana")  # trimmed; whitespace inside is one space
    for bad in ("", "   ", "ana\x1b[2J", "\x07", "a\u200bb", "x" * 101):
        with pytest.raises(BadOption):
            normalise_name(bad)


def test_case_and_whitespace_do_not_make_a_second_reviewer(db_url: str) -> None:
    config = Config(review=ReviewSettings(two_person_rule=True))
    with open_store(db_url, config=config) as store:
        doc, claims = article()
        store.add_document(doc, claims, actor="desk")
        store.record_verdict(claims[0].id, rating="false", reviewer="Ana")
        for alias in ("ana", " ANA ", "ana  "):
            with pytest.raises(StoreError, match="a second reviewer must sign it off"):
                store.sign_off(claims[0].id, reviewer=alias)
        assert store.next_claim("ana ") is not None
        held = store.next_claim("ANA")  # the same person: the same lease comes back
        assert held is not None and held.lease_holder == "Ana"  # shown as first written
        signed = store.sign_off(claims[0].id, reviewer="bo")
        assert signed.reviewer == "Ana" and signed.signed_off_by == "bo"


def test_empty_reviewer_is_refused_not_replaced(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    for env in ("", "   "):
        monkeypatch.setenv("FACTCHECK_REVIEWER", env)
        result = run(runner, "next")
        assert result.exit_code == 1
        assert result.stderr == (
            "Error: The reviewer name is empty; pass --reviewer NAME or set FACTCHECK_REVIEWER\n"
        )
    monkeypatch.delenv("FACTCHECK_REVIEWER")
    result = run(runner, "next", "-r", "ana\x1b]0;owned\x07")
    assert result.exit_code == 1 and "\x1b" not in result.stderr
    assert "holds control characters" in result.stderr


def _editor(db_url: str) -> str:
    """On PostgreSQL every test connects as ``postgres``, who must be an editor to act for
    the others; on SQLite the same name is only a name."""
    return "postgres"


def test_roster_refusals(runner: CliRunner, db_url: str) -> None:
    boss = _editor(db_url)
    db = ("--db", db_url)
    doc, claims = article()
    with open_store(db_url) as store:
        store.add_document(doc, claims, actor="desk")
    assert run(runner, *db, "team", "add", boss, "--role", "editor", "-r", boss).exit_code == 0
    assert run(runner, *db, "team", "add", "Ana", "--role", "editor", "-r", boss).exit_code == 0
    assert run(runner, *db, "team", "add", "bo", "-r", "ana").exit_code == 0
    assert run(runner, *db, "team", "set", "two_person_rule", "true", "-r", "ANA").exit_code == 0

    def refused(*args: str) -> str:
        result = run(runner, *db, *args)
        assert result.exit_code == 1, result.output
        assert result.stderr.count("\n") == 1
        return result.stderr

    assert refused("next", "-r", "cy") == (
        'Error: "cy" is not on the team roster; an editor adds them with '
        "factcheck team add NAME --role reviewer\n"
    )
    assert "only an editor can change the team settings" in refused(
        "team", "set", "two_person_rule", "false", "-r", "bo"
    )
    assert "only an editor can change the roster" in refused("team", "add", "cy", "-r", "bo")
    assert "last editor" not in refused("team", "remove", "ana", "-r", "bo")
    ok = run(runner, *db, "verdict", claims[0].id, "false", "-r", "bo")
    assert ok.exit_code == 0, ok.output
    assert "only an editor can sign off verdicts" in refused("signoff", claims[0].id, "-r", "bo")
    assert "only an editor can send verdicts back" in refused(
        "sendback", claims[0].id, "--note", "x", "-r", "bo"
    )
    signed = run(runner, *db, "signoff", claims[0].id, "-r", "ana")
    assert signed.stdout == f"Claim {claims[0].id}: false by bo, signed off by Ana\n"
    roster = json.loads(run(runner, *db, "team", "show", "-f", "json").stdout)["roster"]
    assert [(p["name"], p["role"]) for p in roster] == [
        ("Ana", "editor"),
        ("bo", "reviewer"),
        (boss, "editor"),
    ]
    with open_store(db_url) as store:
        log = store.log(action="team-add")
        assert [e.detail["name"] for e in log] == [boss, "Ana", "bo"]


# ---------------------------------------------------------------- PostgreSQL logins


def test_a_postgres_login_acts_only_as_itself(
    runner: CliRunner, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import psycopg

    monkeypatch.delenv("FACTCHECK_REVIEWER")
    suffix = uuid.uuid4().hex[:8]
    ana, bo = f"fc_ana_{suffix}", f"fc_bo_{suffix}"
    base = os.environ["FACTCHECK_TEST_POSTGRES_URL"].replace(
        "postgresql+psycopg://", "postgresql://"
    )
    schema = pg_url.rsplit("search_path%3D", 1)[1]
    with psycopg.connect(base, autocommit=True) as conn:
        for role in (ana, bo):
            conn.execute(f"CREATE ROLE {role} LOGIN")
            conn.execute(f"GRANT USAGE ON SCHEMA {schema} TO {role}")
            conn.execute(
                f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {role}"
            )
            conn.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {role}")
    as_ana = pg_url.replace("postgres@", f"{ana}@", 1)
    try:
        doc, claims = article()
        with open_store(pg_url) as store:
            store.add_document(doc, claims, actor="desk")
            store.add_member("postgres", "editor", actor="postgres")
            store.add_member(ana, "reviewer", actor="postgres")
            store.add_member(bo, "reviewer", actor="postgres")
        mine = run(runner, "--db", as_ana, "next", "-f", "json")  # no --reviewer: the login
        assert mine.exit_code == 0, mine.output
        assert json.loads(mine.stdout)["lease_holder"] == ana
        cid = json.loads(mine.stdout)["claim"]["id"]
        impostor = run(runner, "--db", as_ana, "verdict", cid, "false", "-r", bo)
        assert impostor.exit_code == 1
        assert impostor.stderr == (
            f'Error: The database login "{ana}" cannot act as "{bo}"; log in as them, or act '
            "as yourself (only an editor's login may act for others)\n"
        )
        assert run(runner, "--db", as_ana, "verdict", cid, "false").exit_code == 0
        with open_store(pg_url) as store:
            record = store.get_claim(cid)
            assert record.verdict is not None and record.verdict.reviewer == ana
            # the editor's login may act for others (a desk chief fixing a mistake)
            assert store.next_claim(bo) is not None
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            for role in (ana, bo):
                conn.execute(f"DROP OWNED BY {role}")
                conn.execute(f"DROP ROLE {role}")


# ---------------------------------------------------------------- sign-off workflow


def test_send_back_returns_the_claim_to_its_author(db_url: str) -> None:
    config = Config(review=ReviewSettings(two_person_rule=True))
    with open_store(db_url, config=config) as store:
        doc, claims = article()
        store.add_document(doc, claims, actor="desk")
        cid = claims[0].id
        store.record_verdict(cid, rating="false", reviewer="ana")
        with pytest.raises(BadOption, match="needs a note"):
            store.send_back(cid, reviewer="bo", note="  ")
        back = store.send_back(cid, reviewer="bo", note="The figure is for England only")
        assert back.status == "open" and back.assignee == "ana" and back.verdict is None
        assert back.review_note == "Sent back by bo: The figure is for England only"
        assert store.next_claim("cy").claim.id != cid  # type: ignore[union-attr]
        again = store.next_claim("ana")
        assert again is not None and again.claim.id == cid
        assert again.review_note == "Sent back by bo: The figure is for England only"
        store.record_verdict(cid, rating="mostly-false", reviewer="ana")
        assert store.get_claim(cid).review_note is None
        with pytest.raises(StoreError, match="is final"):
            store.sign_off(cid, reviewer="bo")
            store.send_back(cid, reviewer="bo", note="again")
        events = [e.action for e in store.history(cid)]
        assert events.count("send-back") == 1 and events[-1] == "sign-off"


def test_blind_double_review(db_url: str) -> None:
    config = Config(review=ReviewSettings(double_review=True))
    with open_store(db_url, config=config) as store:
        doc, claims = article()
        store.add_document(doc, claims, actor="desk")
        first = store.next_claim("ana")
        assert first is not None
        cid = first.claim.id
        store.record_verdict(cid, rating="true", reviewer="ana", note="ONS table 3")
        blind = store.get_claim(cid)
        assert blind.status == "open" and blind.verdict is None  # nobody sees it yet
        assert all(r.verdict is None for r in store.claims())
        assert [e.detail for e in store.history(cid) if e.action == "verdict"] == [{"blind": True}]
        assert store.next_claim("ana").claim.id != cid  # type: ignore[union-attr]
        with pytest.raises(StoreError, match="already gave"):
            store.record_verdict(cid, rating="false", reviewer="Ana", force=True)
        second = store.next_claim("bo")
        assert second is not None and second.claim.id == cid and second.verdict is None
        store.record_verdict(cid, rating="false", reviewer="bo")
        disputed = store.get_claim(cid)
        assert disputed.status == "decided" and disputed.verdict is not None
        assert disputed.review_note is not None
        assert disputed.review_note.startswith("Disagreement: ana rated it true, bo false")
        with pytest.raises(StoreError, match="an editor decides"):
            store.sign_off(cid, reviewer="cy")
        ruled = store.sign_off(cid, reviewer="cy", rating="mostly-false")
        assert ruled.rating == "mostly-false" and ruled.final and ruled.signed_off_by == "cy"
        assert store.get_claim(cid).status == "final"
        # agreeing reviewers make a claim final at once (no two-person rule here)
        other = claims[1].id
        store.record_verdict(other, rating="true", reviewer="ana", force=True)
        store.record_verdict(other, rating="true", reviewer="bo", force=True)
        assert store.get_claim(other).status == "final"
        reviews = store.log(action="double-review")
        assert [e.detail["agree"] for e in reviews] == [False, True]


def test_kappa_against_a_hand_computed_example(db_url: str) -> None:
    # ana: T T T F F T F T T F; bo: T T F F F T T T T F. Agreement 8/10 = 0.8;
    # both say true 6 times in 10, so chance agreement is 0.6² + 0.4² = 0.52 and
    # kappa = (0.8 - 0.52) / (1 - 0.52) = 0.28 / 0.48 = 7/12 = 0.583.
    ana = "t t t f f t f t t f".split()
    bo = "t t f f f t t t t f".split()
    word = {"t": "true", "f": "false"}
    assert cohen_kappa(list(zip(ana, bo, strict=True))) == pytest.approx(7 / 12)
    config = Config(review=ReviewSettings(double_review=True))
    with open_store(db_url, config=config) as store:
        doc, claims = article()
        store.add_document(doc, claims, actor="desk")
        for claim, a, b in zip(claims, ana, bo, strict=True):
            store.record_verdict(claim.id, rating=word[a], reviewer="ana", force=True)
            store.record_verdict(claim.id, rating=word[b], reviewer="bo", force=True)
        stats = store.stats()
    assert stats.agreement == [
        {"reviewers": ["ana", "bo"], "claims": 10, "agree": 8, "percent": 80.0, "kappa": 0.583}
    ]


def test_stats_count_the_desk(db_url: str) -> None:
    clock_at = [datetime(2026, 12, 2, 9, 0, tzinfo=UTC)]
    config = Config(review=ReviewSettings(two_person_rule=True))
    with open_store(db_url, config=config, clock=lambda: clock_at[0]) as store:
        doc, claims = article()
        store.add_document(doc, claims, actor="desk")
        for minutes in (2, 4, 9):
            record = store.next_claim("ana")
            assert record is not None
            clock_at[0] += timedelta(minutes=minutes)
            store.record_verdict(record.claim.id, rating="true", reviewer="ana")
        skipped = store.next_claim("ana")
        assert skipped is not None
        store.skip(skipped.claim.id, reviewer="ana")
        store.sign_off(claims[0].id, reviewer="bo")
        store.send_back(claims[1].id, reviewer="bo", note="which year?")
        desk = store.stats().desk
    assert desk["ana"] == {"sign_offs": 0, "send_backs": 0, "skips": 1, "median_seconds": 240.0}
    assert desk["bo"] == {"sign_offs": 1, "send_backs": 1, "skips": 0, "median_seconds": None}


# ---------------------------------------------------------------- assignment, undo, the log


def test_assignment_and_filters(runner: CliRunner, db_url: str) -> None:
    doc, claims = article()
    with open_store(db_url) as store:
        store.add_document(doc, claims, actor="desk")
    db = ("--db", db_url)
    done = run(runner, *db, "assign", claims[0].id, claims[1].id, "--to", "bo")
    assert done.stdout == "Assigned 2 claims to bo\n"
    for args, message in [
        (
            ("assign", claims[0].id),
            "Error: Say who gets the claims with --to NAME, or pass --clear",
        ),
        (("assign", "zzzz", "--to", "bo"), 'Error: No claim with id "zzzz"'),
        (("assign", "--document", "nope", "--to", "bo"), 'Error: No document with id "nope"'),
        (("next", "--kind", "nonsense"), "Error: Unknown"),
    ]:
        result = run(runner, *db, *args)
        assert result.exit_code != 0 and result.stderr.startswith(message), (args, result.stderr)
    with open_store(db_url) as store:
        first = store.next_claim("ana")
        assert first is not None and first.claim.id == claims[2].id  # the assigned two are bo's
        with pytest.raises(LeaseConflict, match='is assigned to "bo"'):
            store.record_verdict(claims[0].id, rating="true", reviewer="ana")
        assert store.next_claim("bo", mine=True).claim.id == claims[0].id  # type: ignore[union-attr]
        assert store.next_claim("cy", mine=True) is None
        assert store.next_claim("cy", kind="date") is None
        assert store.next_claim("cy", document=doc.id[:6]).claim.id == claims[3].id  # type: ignore[union-attr]
        store.record_verdict(claims[1].id, rating="true", reviewer="ana", force=True)  # no roster
        assert [e.action for e in store.history(claims[1].id)][-2:] == [
            "assign-override",
            "verdict",
        ]


def test_undo_and_log_commands(runner: CliRunner) -> None:
    doc, claims = article()
    with open_store(os.environ["FACTCHECK_DATABASE_URL"]) as store:
        store.add_document(doc, claims, actor="desk")
    cid = claims[0].id
    assert run(runner, "verdict", cid, "false", "-r", "ana").exit_code == 0
    undone = run(runner, "undo", cid, "-r", "ana")
    assert undone.exit_code == 0 and undone.stdout.startswith(
        f"Undid false on claim {cid}; it is leased to ana"
    )
    again = run(runner, "undo", cid, "-r", "ana")
    assert again.exit_code == 1 and again.stderr.startswith(f'Error: Claim "{cid}" was reopened')
    rows = [
        json.loads(x)
        for x in run(runner, "log", "--claim", cid, "--format", "jsonl").stdout.splitlines()
    ]
    assert [r["action"] for r in rows] == ["verdict", "undo"]
    assert run(runner, "log", "--reviewer", "ANA", "-f", "json").stdout.count('"action"') == 2
    bad = run(runner, "log", "--since", "yesterday")
    assert bad.exit_code == 1 and bad.stderr.startswith('Error: --since "yesterday" is not a date')
    assert run(runner, "log", "--action", "nothing").stderr == "No events match\n"


def test_evidence_and_adoption_appear_in_every_report(runner: CliRunner) -> None:
    url = os.environ["FACTCHECK_DATABASE_URL"]
    texts = (
        "The council says the new bridge will cost £3 billion a year to maintain.",
        "Maintaining the Tay bridge will cost the council £3bn a year, officials said.",
    )
    docs, claims = [], []
    for text, figure in zip(texts, ("£3 billion", "£3bn"), strict=True):
        doc = Document(text=text, title=text.split()[1], published="2025-02-17")
        start = text.index(figure)
        docs.append(doc)
        claims.append(
            Claim(
                document=doc.id,
                kind="money",
                text=figure,
                start=start,
                end=start + len(figure),
                value=MoneyValue(amount=3e9, currency="GBP", per="year"),
                sentence=text,
                sentence_start=0,
            )
        )
    retrieved = datetime(2025, 2, 17, 9, 30, tzinfo=UTC)
    with open_store(url) as store:
        for doc, claim in zip(docs, claims, strict=True):
            store.add_document(doc, [claim], actor="desk")
        store.save_lookup(
            source="frankfurter", key="GBP-USD-2025-02-17",
            url="https://api.frankfurter.dev/v1/2025-02-17?base=GBP", body="{}",
            content_hash="c0ffee" * 10 + "abcd", retrieved=retrieved,
        )  # fmt: skip
        store.record_verdict(claims[0].id, rating="false", reviewer="ana",
                             evidence=["lookup:frankfurter:GBP-USD-2025-02-17"])  # fmt: skip
        store.record_verdict(claims[1].id, rating="false", reviewer="bo", adopt=claims[0].id)
    md = runner.invoke(app, ["export", "--format", "markdown"]).stdout
    assert (
        "- **Evidence:** lookup:frankfurter: GBP-USD-2025-02-17 · "
        "<https://api.frankfurter.dev/v1/2025-02-17?base=GBP> · retrieved 2025-02-17 09:30 UTC · "
        "SHA-256 " + "c0ffee" * 10 + "abcd"
    ) in md
    assert f"- **Adopted:** the earlier verdict on claim {claims[0].id}" in md
    html = runner.invoke(app, ["export", "--format", "html"]).stdout
    assert '<a href="https://api.frankfurter.dev/v1/2025-02-17?base=GBP"' in html
    assert "retrieved 2025-02-17 09:30 UTC, SHA-256 <code>" + "c0ffee" * 10 + "abcd</code>" in html
    assert f"the earlier verdict on claim {claims[0].id}" in html
    import csv
    import io

    rows = list(
        csv.DictReader(io.StringIO(runner.invoke(app, ["export", "--format", "csv"]).stdout))
    )
    (row,) = [r for r in rows if r["claim_id"] == claims[0].id]
    assert row["verdict_evidence"] == (
        "lookup:frankfurter: GBP-USD-2025-02-17 · https://api.frankfurter.dev/v1/2025-02-17?base=GBP"
        " · retrieved 2025-02-17T09:30:00+00:00 · sha256 " + "c0ffee" * 10 + "abcd"
    )
    data = json.loads(runner.invoke(app, ["export", "--format", "json"]).stdout)
    flat = json.dumps(data)
    assert "c0ffee" * 10 + "abcd" in flat and "2025-02-17T09:30:00" in flat
    events = json.loads(runner.invoke(app, ["history", claims[0].id, "-f", "json"]).stdout)
    (verdict,) = [e for e in events if e["action"] == "verdict"]
    assert verdict["detail"]["evidence"] == [
        {
            "source": "lookup:frankfurter",
            "url": "https://api.frankfurter.dev/v1/2025-02-17?base=GBP",
            "retrieved": "2025-02-17T09:30:00Z",
            "content_hash": "c0ffee" * 10 + "abcd",
        }
    ]
    assert "api.frankfurter.dev" in runner.invoke(app, ["history", claims[0].id]).stdout


def test_lookups_lists_the_ids_evidence_takes(runner: CliRunner) -> None:
    url = os.environ["FACTCHECK_DATABASE_URL"]
    empty = runner.invoke(app, ["lookups"])
    assert empty.exit_code == 0 and "No cached lookups" in empty.stdout
    with open_store(url) as store:
        store.save_lookup(
            source="ecb", key="GBP/2025-02-17", url="https://www.ecb.europa.eu/x", body="{}",
            content_hash="ab" * 32, retrieved=datetime(2025, 2, 17, tzinfo=UTC),
        )  # fmt: skip
    rows = json.loads(runner.invoke(app, ["lookups", "-f", "json"]).stdout)
    assert rows[0]["id"] == "lookup:ecb:GBP/2025-02-17"
    assert rows[0]["url"] == "https://www.ecb.europa.eu/x"
    table = runner.invoke(app, ["lookups"])
    assert table.exit_code == 0 and "lookup:ecb:GBP/2025-02-17" in table.stdout
