"""The command line converts option values without typer's pydantic adapters, to the same end.

``factcheck.cli`` takes a plainly valid string, flag, choice, bounded number or list of
strings itself and leaves every other value to typer's own conversion (a pydantic
``TypeAdapter``): these tests hold both to the same result, and the same error, for every
option of every command.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from typer._click import Context
from typer._coercion import build_runtime_param

from factcheck.cli import _quick_kind, _quick_param_class, _quicken, build_app

VALUES: tuple[Any, ...] = (
    None, "", " ", "0", "1", "5", "30", "007", "-1", "+2", "1.5", "0.01", "0.001", "0.5",
    "10.", ".5", "1e3", " 5", "5 ", "1_000", "٣", "inf", "nan", "abc", "json", "JSON",
    "jsonl", "table", "Table", "html", "markdown", "open", "final", "true", "false", "yes",
    True, False, 0, 3, 2.5, float("inf"), b"bytes", (), ("a", "b"), ["x"], ("a", 1),
)  # fmt: skip


def _all_params() -> list[tuple[str, Any, Context]]:
    root = typer.main.get_command(build_app())
    found: list[tuple[str, Any, Context]] = []

    def walk(command: Any, path: str) -> None:
        ctx = Context(command)
        for param in command.get_params(ctx):
            found.append((f"{path} {param.name}", param, ctx))
        for name in list(getattr(command, "commands", {}) or {}):
            walk(command.commands[name], f"{path} {name}")

    walk(root, "factcheck")
    return found


def _outcome(runtime: Any, value: Any, param: Any, ctx: Context) -> tuple[str, Any]:
    try:
        result = runtime.coerce(value, param=param, ctx=ctx)
    except Exception as exc:  # the error a user would see
        return type(exc).__name__, str(exc)
    return type(result).__name__, result


def test_every_option_of_a_plain_kind_takes_the_plain_conversion() -> None:
    params = _all_params()
    quick = _quick_param_class()
    assert quick is not None
    # Wired everywhere: the root, each command, each group's commands, typer's --help and
    # completion options; an option of another kind (a Path, a parser) is typer's.
    for name, param, _ in params:
        plain = _quick_kind(param.type_descriptor) is not None
        assert isinstance(param._runtime_param, quick) == plain, name
    assert sum(isinstance(p._runtime_param, quick) for _, p, _ in params) > 150


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_plain_conversion_equals_typers(value: Any) -> None:
    checked = 0
    for name, param, ctx in _all_params():
        if (param.multiple or param.nargs == -1) != isinstance(value, tuple | list):
            continue
        param._runtime_param = None
        _quicken([param])
        ours = _outcome(param._runtime_param, value, param, ctx)
        theirs = _outcome(build_runtime_param(param.type_descriptor), value, param, ctx)
        assert ours == theirs, (name, value)
        checked += 1
    assert checked > 0


def test_a_command_run_builds_no_pydantic_adapter(tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    code = (
        "import sys\nfrom factcheck.cli import main\n"
        f"sys.argv = ['factcheck', '--db', {str(db)!r}, '--create', 'queue', '--limit', '3',"
        " '--format', 'json', '--status', 'open']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('adapters' if 'typer._adapters' in sys.modules else 'none')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "none"
    bad = subprocess.run(
        [sys.executable, "-m", "factcheck", "--db", str(db), "queue", "--limit", "0"],
        capture_output=True,
        text=True,
    )
    # A value out of range goes to typer's own conversion: its message, word for word.
    assert bad.returncode == 2
    assert "Invalid value for '--limit': Input should be greater than or equal to 1" in " ".join(
        bad.stderr.split()
    ), bad.stderr


@pytest.mark.parametrize("command", ["queue", "next", "review"])
@pytest.mark.parametrize("kind", ["", "  ", "nonsense"])
def test_a_blank_or_unknown_kind_is_refused_in_one_line(
    tmp_path: Path, command: str, kind: str
) -> None:
    db = tmp_path / "q.db"
    args = [sys.executable, "-m", "factcheck", "--db", str(db), "--create", command]
    args += ["--kind", kind] + (["-r", "ana"] if command != "queue" else [])
    out = subprocess.run(args, capture_output=True, text=True, input="q\n")
    assert out.returncode == 1, out.stderr
    assert out.stderr == (
        f'Error: Unknown kind "{kind.strip().lower()}"; choose from date, duration, money, '
        "percent, quantity, quote\n"
    )
