"""One-shot commands load only what they use (issue 13, start-up).

Each command runs in a fresh interpreter, and what it must not have loaded is checked
there: the renderer (rich) for JSON output, the extractors for commands that do not
extract, the earlier-verdict matcher with nothing decided, the process pool for one
article, and typer's pydantic adapters for option values (``factcheck.cli``).
"""

from __future__ import annotations

import json
import os
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


# ---------------------------------------------------------------- compiled patterns kept


def _run_cli(args: list[str], cache: str, stdin: str = "", cwd: Path | None = None) -> str:
    # One hash seed: a few patterns are built from sets, their text in the seed's order.
    env = {**os.environ, "FACTCHECK_CACHE_DIR": cache, "PYTHONHASHSEED": "13"}
    out = subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        input=stdin, capture_output=True, text=True, env=env, cwd=cwd,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    return out.stdout


def _articles() -> str:
    rows = []
    for path in sorted((ROOT / "tests" / "fixtures").rglob("*.jsonl"))[:12]:
        for line in path.read_text(encoding="utf-8").splitlines()[:20]:
            row = json.loads(line) if line.strip() else None
            if isinstance(row, dict) and isinstance(row.get("text"), str):
                rows.append(json.dumps({"id": str(len(rows)), "text": row["text"]}))
    return "\n".join(rows) + "\n"


def _kept(cache: Path) -> list[Path]:
    return sorted(cache.glob("patterns-*/*"))


def test_kept_patterns_are_the_patterns_re_compiles(tmp_path: Path) -> None:
    """Every pattern a command kept, made from its file in a fresh interpreter, is the
    pattern ``re`` compiles itself (compiled patterns are equal only when their code is)."""
    _run_cli(["extract", "--documents", "-", "--format", "jsonl"], str(tmp_path), _articles())
    files = _kept(tmp_path)
    code = (
        "import marshal, sys, _sre, re._compiler as c\n"
        "bad = 0\n"
        "for name in sys.argv[1:]:\n"
        "    p, f, e = marshal.loads(open(name, 'rb').read())\n"
        "    ours, theirs = _sre.compile(p, *e), c.compile(p, f)\n"
        "    bad += ours != theirs or ours.groupindex != theirs.groupindex\n"
        "print(bad)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, *map(str, files)], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert len(files) > 50 and int(out.stdout) == 0


def test_a_kept_pattern_gives_the_same_output(tmp_path: Path) -> None:
    args = ["extract", "--documents", "-", "--format", "jsonl", "--jobs", "1"]
    text = _articles()
    off = _run_cli(args, "", text)
    first = _run_cli(args, str(tmp_path), text)  # writes the files
    files = {f: f.stat().st_mtime_ns for f in _kept(tmp_path)}
    second = _run_cli(args, str(tmp_path), text)  # reads them
    assert off == first == second and off.count("\n") > 50
    again = {f: f.stat().st_mtime_ns for f in _kept(tmp_path)}
    assert [f for f in files if again[f] != files[f]] == []  # read, not written again


def test_a_spoilt_or_unwritable_cache_is_no_cache(tmp_path: Path) -> None:
    import marshal

    args = ["extract", "-", "--format", "jsonl"]
    line = "It cost £3 million on 4 May 2021, up 5% in two years."
    want = _run_cli(args, "", line)
    spoilt = tmp_path / "spoilt"
    _run_cli(args, str(spoilt), line)
    files = _kept(spoilt)
    assert files
    entries = {f: marshal.loads(f.read_bytes()) for f in files}
    # Every program cut short: the engine refuses it and the pattern is compiled afresh.
    for f, (p, flags, e) in entries.items():
        f.write_bytes(marshal.dumps((p, flags, (e[0], e[1][:3], *e[2:]))))
    assert _run_cli(args, str(spoilt), line) == want
    assert {f: marshal.loads(f.read_bytes()) for f in files} == entries  # and kept right again
    for f in files:
        f.write_bytes(b"not marshal")
    assert _run_cli(args, str(spoilt), line) == want
    blocked = tmp_path / "file"
    blocked.write_text("a file where the directory would be")
    assert _run_cli(args, str(blocked / "sub"), line) == want


def test_the_cache_stays_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    from factcheck import _re_cache

    directory = tmp_path / "patterns"
    monkeypatch.setattr(_re_cache, "_directory", directory)
    monkeypatch.setattr(_re_cache, "_original", re._compiler.compile)  # type: ignore[attr-defined]
    monkeypatch.setattr(_re_cache, "KEEP_AFTER", 0.0)
    monkeypatch.setattr(_re_cache, "MAX_FILES", 4)
    for n in range(6):
        monkeypatch.setattr(_re_cache, "_pruned", False)  # a process of its own each time
        assert _re_cache.compile_pattern(f"a{n}b", 0).match(f"a{n}b")
        for f in directory.iterdir():  # written in order, a second apart
            if marshal_pattern(f) == f"a{n}b":
                os.utime(f, (1_000_000 + n, 1_000_000 + n))
    kept = sorted(marshal_pattern(f) for f in directory.iterdir())
    assert kept == ["a2b", "a3b", "a4b", "a5b"]  # 5 files at the last write: the older 2 went
    assert _re_cache.compile_pattern("a5b", 0) == re._compiler.compile("a5b", 0)  # type: ignore[attr-defined]


def marshal_pattern(path: Path) -> str:
    import marshal

    return str(marshal.loads(path.read_bytes())[0])
