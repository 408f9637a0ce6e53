"""One-shot commands load only what they use (issue 13, start-up).

Each command runs in a fresh interpreter, and what it must not have loaded is checked
there: the renderer (rich) for JSON output, the extractors for commands that do not
extract, the earlier-verdict matcher with nothing decided, the process pool for one
article, and typer's pydantic adapters for option values (``factcheck.cli``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HEAVY = (
    "rich",
    "factcheck.extract",
    "factcheck.checks",
    "factcheck.db.matching",
    "factcheck._parallel",
    "concurrent.futures.process",
    "typer._adapters",
    "sqlalchemy",
)


def _loaded(args: list[str], cwd: Path, stdin: str = "") -> tuple[set[str], str]:
    code = (
        "import io, sys\nfrom factcheck.cli import main\n"
        f"sys.argv = ['factcheck', *{args!r}]\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
        f"heavy = {HEAVY!r}\n"
        "sys.stderr.write('loaded:' + ','.join(m for m in heavy if m in sys.modules) + '\\n')"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], input=stdin, capture_output=True, text=True, cwd=cwd
    )
    assert out.returncode == 0, out.stderr
    last = out.stderr.strip().splitlines()[-1]
    assert last.startswith("loaded:"), out.stderr
    return {m for m in last.removeprefix("loaded:").split(",") if m}, out.stdout


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("startup") / "q.db"
    subprocess.run(
        [sys.executable, "-m", "factcheck", "--db", str(path), "--create", "ingest",
         str(ROOT / "claims")],
        check=True, capture_output=True,
    )  # fmt: skip
    return path


def test_next_as_json_loads_no_renderer_extractor_or_matcher(db: Path, tmp_path: Path) -> None:
    loaded, out = _loaded(["--db", str(db), "next", "-r", "ana", "--format", "json"], tmp_path)
    assert json.loads(out)["status"] == "leased"
    assert loaded == set()


def test_extract_of_one_article_runs_in_this_process(tmp_path: Path) -> None:
    loaded, out = _loaded(["extract", "-", "--format", "jsonl"], tmp_path, "It cost £3 million.")
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["£3 million"]
    assert loaded == {"factcheck.extract"}


@pytest.mark.parametrize(
    "args",
    [
        ["stats", "--format", "json"],
        ["log", "--format", "jsonl"],
        ["team", "show", "--format", "json"],
        ["lookups", "--format", "json"],
        ["queue", "--limit", "3", "--format", "json"],
    ],
    ids=lambda a: a[0],
)
def test_json_output_does_not_load_rich(db: Path, tmp_path: Path, args: list[str]) -> None:
    loaded, out = _loaded(["--db", str(db), *args], tmp_path)
    assert out.strip()
    assert loaded == set()


def test_show_and_history_of_a_figure(db: Path, tmp_path: Path) -> None:
    _, out = _loaded(["--db", str(db), "queue", "--kind", "money", "--format", "json"], tmp_path)
    figure = json.loads(out)[0]["claim"]["id"]
    loaded, out = _loaded(["--db", str(db), "show", figure, "--format", "json"], tmp_path)
    assert json.loads(out)["claim"]["id"] == figure
    assert loaded == set()
    loaded, out = _loaded(["--db", str(db), "history", figure, "--format", "json"], tmp_path)
    assert json.loads(out)[0]["action"] == "ingest"
    assert loaded == set()
