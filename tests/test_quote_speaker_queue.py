"""One speaker across documents (issue 9): ``factcheck queue --speaker NAME`` finds the
quotes of one entity whatever each article calls it ("Streeting" in one, "Wes Streeting"
in another), not a namesake ("Amy Streeting"); ``show`` says who speaks and by which
sieve, and lists the same speaker's other quotes. Both backends, through typer's runner.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.extract._entities import same_speaker, speaker_key

FIRST = (
    'Health secretary Wes Streeting said on Monday: "The NHS is broken, but it is not '
    'beaten."\n\n"We will fix it," he added.\n'
)
SECOND = (
    'Streeting told MPs the plan was "the biggest reform in a generation".\n\n'
    "The Harbour and Estuary Pilots Guild (HEPG) disputed the figures. "
    '"The sums do not add up," HEPG said.\n'
)
THIRD = 'Amy Streeting, a nurse in Leeds, said: "Nobody asked the wards."\n'


def _ingest(runner: CliRunner, db: str, folder: Path) -> list[dict]:  # type: ignore[type-arg]
    folder = folder / "articles"
    folder.mkdir()
    for name, text in (("a.txt", FIRST), ("b.txt", SECOND), ("c.txt", THIRD)):
        (folder / name).write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["--db", db, "--create", "ingest", str(folder)])
    assert result.exit_code == 0, result.output
    out = runner.invoke(app, ["--db", db, "queue", "--kind", "quote", "--format", "json"])
    assert out.exit_code == 0, out.output
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def _speakers(runner: CliRunner, db: str, name: str) -> list[str]:
    out = runner.invoke(app, ["--db", db, "queue", "--speaker", name, "--format", "json"])
    assert out.exit_code == 0, out.output
    return sorted(r["claim"]["value"]["quote"] for r in json.loads(out.stdout))


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("Streeting", "Wes Streeting", True),
        ("Wes Streeting", "W. Streeting", True),
        ("Sir Keir Starmer", "Keir Starmer’s", True),
        ("Amy Streeting", "Wes Streeting", False),
        ("HEPG", "Harbour and Estuary Pilots Guild", True),
        ("HEPG", "Harbour Estate Pilots", False),
        ("Mei-Lin Chen and David Okafor", "Okafor", True),
        ("Brenda and Keith Haskins", "Keith Haskins", True),
        ("Ana Ruiz", "Ana Mensah", False),
        (None, "Ana Ruiz", False),
    ],
)
def test_same_speaker(a: str | None, b: str, same: bool) -> None:
    assert same_speaker(a, b) is same
    assert same_speaker(b, a) is same


def test_speaker_key_is_the_surname() -> None:
    assert speaker_key("Health Secretary Wes Streeting") == "streeting"
    assert speaker_key("Dr Ana Ruiz’s") == "ruiz"
    assert speaker_key("") is None


def test_queue_speaker_matches_one_entity_across_documents(
    runner: CliRunner, db_url: str, tmp_path: Path
) -> None:
    quotes = _ingest(runner, db_url, tmp_path)
    assert {q["claim"]["value"]["speaker"] for q in quotes} >= {"Wes Streeting", "Streeting"}
    wes = [
        "The NHS is broken, but it is not beaten.",
        "We will fix it",
        "the biggest reform in a generation",
    ]
    assert _speakers(runner, db_url, "Wes Streeting") == sorted(wes)
    assert _speakers(runner, db_url, "streeting") == sorted([*wes, "Nobody asked the wards."])
    assert _speakers(runner, db_url, "Amy Streeting") == [
        "Nobody asked the wards.",
        "the biggest reform in a generation",
    ]
    assert _speakers(runner, db_url, "HEPG") == ["The sums do not add up"]
    assert _speakers(runner, db_url, "Nobody Atall") == []


def test_show_lists_the_speakers_other_quotes_and_the_sieve(
    runner: CliRunner, db_url: str, tmp_path: Path
) -> None:
    quotes = _ingest(runner, db_url, tmp_path)
    first = next(q for q in quotes if q["claim"]["value"]["quote"].startswith("The NHS"))
    cid = first["claim"]["id"]
    value = first["claim"]["value"]
    assert value["sieve"] == "speech_verb" and value["speaker_kind"] == "person"
    assert FIRST[value["speaker_start"] : value["speaker_end"]] == "Wes Streeting"
    shown = runner.invoke(app, ["--db", db_url, "show", cid])
    assert shown.exit_code == 0, shown.output
    assert "speaker  Wes Streeting (person, speech verb)" in shown.stdout
    lines = [line for line in shown.stdout.splitlines() if line.startswith("same speaker")]
    assert len(lines) == 2, shown.stdout
    assert any("We will fix it" in line for line in lines)
    assert any("the biggest reform in a generation" in line for line in lines)
    assert not any("Nobody asked" in line for line in lines)
    data = json.loads(runner.invoke(app, ["--db", db_url, "show", cid, "-f", "json"]).stdout)
    assert sorted(r["claim"]["value"]["quote"] for r in data["same_speaker"]) == [
        "We will fix it",
        "the biggest reform in a generation",
    ]
