from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from factcheck.cli import app


def test_help_lists_extract(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0, result.output
    assert "extract" in result.output


def test_missing_file(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", "no-such-article.txt"])
    assert result.exit_code == 1, result.output
    assert result.stderr == "Error: no-such-article.txt does not exist; check the path\n"


def test_bad_published(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", "--published", "17/02/2025", "-"], input="x")
    assert result.exit_code == 1
    assert 'Error: --published "17/02/2025" is not a date; write it as YYYY-MM-DD' in result.stderr


def test_binary_file(runner: CliRunner, tmp_path: Path) -> None:
    p = tmp_path / "photo.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    result = runner.invoke(app, ["extract", str(p)])
    assert result.exit_code == 1
    assert "is not a text file" in result.stderr
    assert "Traceback" not in result.output


def test_latin1_file(runner: CliRunner, tmp_path: Path) -> None:
    p = tmp_path / "old.txt"
    p.write_bytes("Caf\xe9 prices rose".encode("latin-1"))
    result = runner.invoke(app, ["extract", str(p)])
    assert result.exit_code == 1
    assert "is not valid UTF-8 (byte 0xe9 at offset 3)" in result.stderr


def test_folder_for_extract(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert "is a folder" in result.stderr


def test_unknown_kind(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", "--kinds", "monies", "-"], input="x")
    assert result.exit_code == 1
    kinds = "date, duration, money, percent, quantity, quote"
    assert result.stderr == f'Error: Unknown kind "monies"; choose from {kinds}\n'


def test_documents_bad_json_line(runner: CliRunner) -> None:
    result = runner.invoke(
        app,
        ["extract", "--documents", "-", "--format", "jsonl"],
        input='{"id": "a", "text": "x"}\n{oops\n',
    )
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: Line 2 of standard input is not valid JSON")


def test_documents_contract_offsets(runner: CliRunner) -> None:
    doc = {"id": "d1", "text": "It cost £3 billion on February 13.", "published": "2025-02-17"}
    result = runner.invoke(
        app, ["extract", "--documents", "-", "--format", "jsonl"], input=json.dumps(doc)
    )
    assert result.exit_code == 0, result.output
    for line in result.stdout.splitlines():
        claim = json.loads(line)
        assert claim["document"] == "d1"
        assert doc["text"][claim["start"] : claim["end"]] == claim["text"]


def test_the_command_line_loads_no_extractor_http_or_orm_until_needed() -> None:
    """`factcheck next` and `--help` must start fast: heavy modules load inside commands."""
    import subprocess
    import sys

    code = (
        "import sys, factcheck.cli; "
        "loaded = set(sys.modules); "
        "from factcheck.extract import KIND_MODULES as kinds; "
        "heavy = tuple(f'factcheck.extract.{k}' for k in kinds) + ("
        "'factcheck.checks', 'factcheck.pipeline', 'factcheck.extract._', "
        "'httpx', 'sqlalchemy', 'sqlmodel', 'alembic', 'trafilatura'); "
        "print(sorted(m for m in loaded if m.startswith(heavy)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_registry_names_each_kind_once_by_its_module() -> None:
    from factcheck.extract import EXTRACTORS, KIND_MODULES
    from factcheck.models import KINDS

    assert tuple(EXTRACTORS) == KIND_MODULES
    assert sorted(KIND_MODULES) == sorted(KINDS)


def test_extract_is_the_function_even_after_the_extractors_load() -> None:
    import factcheck
    import factcheck.extract.money

    assert callable(factcheck.extract)
    assert [c.text for c in factcheck.extract("It cost £3 billion.", kinds=["money"])] == [
        "£3 billion"
    ]


def test_each_command_is_built_from_the_module_the_table_names() -> None:
    """Commands are built on use from the module ``COMMANDS`` names: the map must be whole
    and right, and ``--help``'s table must say what each command's own help says."""
    from factcheck.cli import COMMANDS, COMMANDS_HELP, MODULES, _summary, app

    registered: dict[str, str] = {}
    for module in MODULES:
        scratch = typer.Typer()
        __import__(f"factcheck.cli.{module}", fromlist=["register"]).register(scratch)
        for info in scratch.registered_commands:
            assert info.callback is not None
            registered[info.name or typer.main.get_command_name(info.callback.__name__)] = module
        for group in scratch.registered_groups:
            assert group.name
            registered[group.name] = module
    assert registered == COMMANDS
    full = typer.main.get_command(app)
    assert list(full.commands) == list(COMMANDS_HELP)  # type: ignore[attr-defined]
    for name, (_, summary) in COMMANDS_HELP.items():
        command = full.commands[name]  # type: ignore[attr-defined]
        assert command.name == name
        assert _summary(command.short_help or command.help) == summary, name


def test_help_lists_every_command_with_its_whole_summary(runner: CliRunner) -> None:
    from factcheck.cli import COMMANDS_HELP

    result = runner.invoke(app, ["--help"], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    listed = " ".join(result.output.split("Commands:", 1)[1].split())
    for name, (_, summary) in COMMANDS_HELP.items():
        assert f"{name} {summary}" in listed, name


def test_one_command_imports_its_module_alone(tmp_path: Path) -> None:
    import subprocess
    import sys

    db = tmp_path / "q.db"
    code = (
        "import sys\nfrom factcheck.cli import main\n"
        f"sys.argv = ['factcheck', '--db', {str(db)!r}, '--create', 'next', '-r', 'a']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('factcheck.cli.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "['factcheck.cli._common', 'factcheck.cli.queue']"
    helped = subprocess.run(
        [sys.executable, "-c", "import sys\nfrom factcheck.cli import main\n"
         "sys.argv = ['factcheck', '--help']\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
         "print(sorted(m for m in sys.modules if m.startswith(('factcheck.cli.', 'rich', "
         "'pydantic'))))"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert helped.stdout.strip().splitlines()[-1] == "[]"


def test_the_console_script_runs_one_command_and_shows_all_in_help(tmp_path: Path) -> None:
    import subprocess
    import sys

    run = [sys.executable, "-m", "factcheck"]
    helped = subprocess.run([*run, "--help"], capture_output=True, text=True, check=True)
    for command in ("extract", "ingest", "next", "review", "export", "lookup", "check", "db"):
        assert f" {command} " in helped.stdout, command
    wrong = subprocess.run([*run, "nonsense"], capture_output=True, text=True)
    assert wrong.returncode == 2 and "No such command 'nonsense'" in wrong.stderr
    db = tmp_path / "q.db"
    empty = subprocess.run(
        [*run, "--db", str(db), "--create", "next", "--reviewer", "a"],
        capture_output=True,
        text=True,
    )
    assert empty.returncode == 0, empty.stderr
