"""A one-shot command builds no pydantic schema it does not need (issue 13, start-up).

The models are plain records (``factcheck._records``) whose pydantic twins are built the
first time something validates or dumps them; importing pydantic alone costs most of what
a short command may. Each command here runs as the console script runs it, in a fresh
interpreter, which then reports which twins got built, whether pydantic read the installed
packages' metadata for plugins, and which modules it loaded: ``extract`` of one line
imports no pydantic at all, nor does ``next --format json``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from factcheck.cli.queue import _record_json
from factcheck.models import Claim, ClaimRecord, plain_fields

ROOT = Path(__file__).resolve().parent.parent

_PROBE = """
import json, sys
from factcheck.cli import main
sys.argv = ['factcheck', *json.loads(sys.argv[1])]
try:
    main()
except SystemExit as exc:
    assert not exc.code, exc.code
import factcheck._records as records
built = sorted(cls.__name__ for cls in records._TWINS)
loader = sys.modules.get('pydantic.plugin._loader')
report = {
    'built': built,
    'plugins_read': loader is not None and loader._plugins is not None,
    'modules': sorted(sys.modules),
}
sys.stderr.write('report:' + json.dumps(report) + '\\n')
"""


def _run(args: list[str], cwd: Path, stdin: str = "", **env: str) -> tuple[dict[str, Any], str]:
    """Run ``factcheck *args`` through its entry point; (the probe's report, stdout)."""
    environ = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(args)],
        input=stdin, capture_output=True, text=True, cwd=cwd, env={**environ, **env},
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    last = out.stderr.strip().splitlines()[-1]
    assert last.startswith("report:"), out.stderr
    return json.loads(last.removeprefix("report:")), out.stdout


def _under(modules: list[str], packages: set[str]) -> set[str]:
    """The packages of ``packages`` that ``modules`` holds, or a module of."""
    return {p for p in packages for m in modules if m == p or m.startswith(p + ".")}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("startup-models") / "q.db"
    subprocess.run(
        [sys.executable, "-m", "factcheck", "--db", str(path), "--create", "ingest",
         str(ROOT / "claims")],
        check=True, capture_output=True,
    )  # fmt: skip
    return path


#: What extracting one article must not load: the queue and its settings, the checks, the
#: renderer, the process pool, the exporters and the lookups.
NOT_FOR_EXTRACT = {
    "factcheck.db",
    "factcheck.config",
    "factcheck.check_lines",
    "factcheck.priority",
    "factcheck.checks",
    "factcheck.export",
    "factcheck.lookup",
    "factcheck._parallel",
    "sqlite3",
    "rich",
}

#: What leasing a claim as JSON must not load: the extractors and checks, the document
#: readers, the renderer, SQLAlchemy (SQLite needs none), the exporters and the matcher.
NOT_FOR_NEXT = {
    "factcheck.extract",
    "factcheck.checks",
    "factcheck.documents",
    "factcheck.intake",
    "factcheck.export",
    "factcheck.lookup",
    "factcheck.db.matching",
    "factcheck._parallel",
    "sqlalchemy",
    "rich",
}


def test_extract_of_one_line_imports_no_pydantic(tmp_path: Path) -> None:
    report, out = _run(["extract", "-", "--format", "jsonl"], tmp_path, "It cost £3 million.")
    assert [json.loads(line)["value"]["amount"] for line in out.splitlines()] == [3_000_000]
    assert report["built"] == []
    assert _under(report["modules"], {"pydantic", "pydantic_core"}) == set()
    assert _under(report["modules"], NOT_FOR_EXTRACT) == set()
    assert "factcheck.extract.money" in report["modules"]  # the probe sees what loaded


def test_next_as_json_builds_no_model(db: Path, tmp_path: Path) -> None:
    report, out = _run(["--db", str(db), "next", "-r", "ana", "--format", "json"], tmp_path)
    leased = json.loads(out)
    assert leased["status"] == "leased" and leased["lease_holder"] == "ana"
    assert report["built"] == []
    assert not report["plugins_read"]
    assert _under(report["modules"], NOT_FOR_NEXT) == set()
    # The team's rules are read from the stored settings: no pydantic model of the config.
    assert _under(report["modules"], {"pydantic", "pydantic_core", "factcheck.config"}) == set()
    assert "factcheck.db.store" in report["modules"]


def test_a_plugin_setting_of_the_user_is_kept(db: Path, tmp_path: Path) -> None:
    args = ["--db", str(db), "stats", "--format", "json"]
    report, _ = _run(args, tmp_path, PYDANTIC_DISABLE_PLUGINS="")
    assert report["plugins_read"]
    report, _ = _run(args, tmp_path)
    assert not report["plugins_read"]


# ---------------------------------------------------------------- plain fields


def _record(**changes: object) -> ClaimRecord:
    data: dict[str, object] = {
        "claim": {
            "document": "doc-1",
            "kind": "percent",
            "text": "12.5%",
            "start": 40,
            "end": 45,
            "value": {"percent": 12.5, "qualifier": "about"},
            "sentence": "Turnout rose by about 12.5% in the valley towns.",
            "sentence_start": 18,
        },
        "document_title": "Valley turnout",
        "document_published": date(2024, 11, 3),
        "status": "final",
        "priority": 3.5,
        "priority_reasons": ["percent +2", "hedged +0.5"],
        "verdict": {
            "claim_id": "c1",
            "rating": "mostly-true",
            "reviewer": "ines",
            "created": datetime(2024, 11, 4, 9, 30, 15, 250, tzinfo=UTC),
            "sources": [{"url": "https://stats.example/turnout", "accessed": "2024-11-04"}],
            "evidence": [
                {"source": "ledger", "description": "the count", "value": "12.4", "url": None}
            ],
        },
        "checks": [
            {
                "document": "doc-1",
                "check": "arithmetic",
                "status": "inconclusive",
                "start": 40,
                "end": 45,
                "explanation": "no total to compare with",
                "related": ["c2", "c3"],
            }
        ],
    }
    data.update(changes)
    return ClaimRecord.model_validate(data)


@pytest.mark.parametrize(
    "record",
    [
        _record(),
        _record(verdict=None, checks=[], lease_expires=datetime(2030, 1, 2, 3, 4, 5)),
        _record(claim={"document": "d", "kind": "quote", "text": "“No.”", "start": 0, "end": 5,
                       "value": {"quote": "No.", "speaker": "Ola Brandt", "speaker_start": 9}}),
        _record(claim={"document": "d", "kind": "date", "text": "May", "start": 3, "end": 6}),
    ],
    ids=["verdict-and-checks", "open-leased-naive-time", "quote", "no-value"],
)  # fmt: skip
def test_plain_fields_write_what_model_dump_writes(record: ClaimRecord) -> None:
    assert json.dumps(_record_json(record)) == json.dumps(record.model_dump(mode="json"))
    assert plain_fields(record) == record.model_dump()
    claim = record.claim
    assert json.dumps(claim.to_record()) == json.dumps(claim.model_dump(exclude_none=True))


def test_a_claims_record_leaves_out_what_is_none() -> None:
    claim = Claim.model_validate(
        {"document": "d", "kind": "money", "text": "$4", "start": 0, "end": 2,
         "value": {"amount": 4, "currency": "USD"}}
    )  # fmt: skip
    record = claim.to_record()
    assert record["value"] == {"kind": "money", "amount": 4.0, "currency": "USD"}
    assert "pair" not in record and "qualifier" not in record
