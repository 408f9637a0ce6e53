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


LINES = (
    "", "Skipped claim 3f2a9c", "Claim 3f2a9c: true by ana, signed off by bob", "x" * 300,
    "trailing spaces   ", "two\nlines", "[bold]not markup[/bold] [link=x]y[/link]",
    "bell\x07 back\x08 cr\r vt\x0b ff\x0c del\x7f c1\x9b", "\x1b[2J\x1b]0;title\x07 after",
    "wide 漢字 and emoji 😀 and é", "12:30 UTC", "at 12:30:45", ":smile: here", "tab\there",
    "a:b:c", "http://x.example/a:b", "ratio 3:2",
)  # fmt: skip


@pytest.mark.parametrize("terminal", [False, True])
def test_one_line_is_written_as_rich_writes_it(
    monkeypatch: pytest.MonkeyPatch, terminal: bool
) -> None:
    import io

    from factcheck.cli import _common

    for text in LINES:
        for stderr in (False, True):
            theirs = io.StringIO()
            _common.SafeConsole(
                file=theirs, highlight=False, force_terminal=terminal, width=40
            ).print(text, soft_wrap=True, markup=False, highlight=False)
            ours = io.StringIO()
            monkeypatch.setattr(sys, "stderr" if stderr else "stdout", ours)
            options = {"stderr": True} if stderr else {}
            lazy = _common._LazyConsole(highlight=False, force_terminal=terminal, **options)
            lazy.line(text)
            monkeypatch.undo()
            assert ours.getvalue() == theirs.getvalue(), (text, stderr)
    # Lines rich would change go to rich; the others do not load it.
    assert not _common._plain_line(":smile: here") and not _common._plain_line("tab\there")
    assert _common._plain_line("Claim 3f2a9c: true by ana, signed off by bob")


def test_a_one_line_write_command_does_not_load_rich(db: Path, tmp_path: Path) -> None:
    _, out = _loaded(["--db", str(db), "queue", "--kind", "money", "--format", "json"], tmp_path)
    figure = json.loads(out)[0]["claim"]["id"]
    loaded, out = _loaded(["--db", str(db), "note", figure, "checked the ONS table", "-r", "ana"],
                          tmp_path)  # fmt: skip
    assert out == f"Noted on claim {figure}\n"
    assert loaded == set()
