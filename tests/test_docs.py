"""The documentation names every command, kind, format, check and source the code has."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer

from factcheck.cli import app
from factcheck.extract import EXTRACTORS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md")))


def _commands() -> list[str]:
    click_app = typer.main.get_command(app)
    names: list[str] = []
    for name, cmd in click_app.commands.items():  # type: ignore[attr-defined]
        sub = getattr(cmd, "commands", None)
        names.extend(f"{name} {s}" for s in sub) if sub else names.append(name)
    return sorted(names)


def test_readme_opens_with_the_two_commands() -> None:
    first_block = README.split("```")[1]
    assert "make run" in first_block and "make test" in first_block


@pytest.mark.parametrize("command", _commands())
def test_every_command_is_documented(command: str) -> None:
    assert re.search(rf"factcheck {re.escape(command)}\b|`{re.escape(command)}`", README + DOCS), (
        f"factcheck {command} is in neither README.md nor docs/"
    )


@pytest.mark.parametrize("kind", list(EXTRACTORS))
def test_every_kind_is_documented(kind: str) -> None:
    extract_doc = (ROOT / "docs" / "extract.md").read_text(encoding="utf-8")
    assert f"**{kind}**" in extract_doc
    assert f"`{kind}`" in README


def test_every_export_format_is_documented() -> None:
    from factcheck.export import EXPORTERS

    export_doc = (ROOT / "docs" / "export.md").read_text(encoding="utf-8")
    for name in EXPORTERS:
        assert f"`{name}`" in export_doc, name


def test_every_check_is_documented() -> None:
    from factcheck.checks import CHECKS

    checks_doc = (ROOT / "docs" / "checks.md").read_text(encoding="utf-8")
    for name in CHECKS:
        assert f"`{name}`" in checks_doc, name


def test_every_lookup_source_is_documented() -> None:
    from factcheck.lookup import SOURCES

    lookups_doc = (ROOT / "docs" / "lookups.md").read_text(encoding="utf-8")
    for name in SOURCES:
        assert f"`{name}`" in lookups_doc, name


def test_lookup_help_names_every_source() -> None:
    from factcheck.cli.lookup import SOURCE_NAMES
    from factcheck.lookup import SOURCES

    assert tuple(SOURCES) == SOURCE_NAMES


def test_export_help_names_every_format() -> None:
    from factcheck.cli.export import FORMAT_NAMES
    from factcheck.export import EXPORTERS

    assert tuple(EXPORTERS) == FORMAT_NAMES
