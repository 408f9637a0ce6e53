"""A one-shot command imports only what it uses, and writes what it wrote (issue 13, start-up).

Each command runs through the console script's entry point in a fresh interpreter, which
then lists the modules it loaded: ``--help`` loads neither pydantic nor the models nor any
extractor; ``extract --kinds K`` loads the extractor of K alone. ``extract --format jsonl``
writes for every claim what pydantic's own serializer writes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.documents import read_path
from factcheck.extract import KIND_MODULES
from factcheck.pipeline import extract_documents

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "claims").glob("*.md"))

_PROBE = """
import json, sys
from factcheck.cli import main
sys.argv = ['factcheck', *json.loads(sys.argv[1])]
try:
    main()
except SystemExit as exc:
    assert not exc.code, exc.code
report = {'modules': sorted(sys.modules)}
sys.stderr.write('report:' + json.dumps(report) + '\\n')
"""


def _run(args: list[str], cwd: Path, stdin: str = "", **env: str) -> tuple[dict[str, object], str]:
    environ = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(args)],
        input=stdin, capture_output=True, text=True, cwd=cwd, env={**environ, **env},
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    last = out.stderr.strip().splitlines()[-1]
    assert last.startswith("report:"), out.stderr
    return json.loads(last.removeprefix("report:")), out.stdout


def _under(modules: object, prefix: str) -> list[str]:
    assert isinstance(modules, list)
    return [m for m in modules if m == prefix or m.startswith(prefix + ".")]


def test_help_loads_no_pydantic_models_or_extractors(tmp_path: Path) -> None:
    report, out = _run(["--help"], tmp_path)
    assert "extract" in out and "next" in out
    for package in ("pydantic", "pydantic_core", "factcheck.models", "factcheck.extract", "rich"):
        assert _under(report["modules"], package) == [], package


@pytest.mark.parametrize("kind", ["money", "date", "quote", "percent"])
def test_extract_of_one_kind_loads_that_kind_alone(kind: str, tmp_path: Path) -> None:
    text = "On 3 May 2024 she said: “It cost £3 million, 5% more.”"
    report, out = _run(["extract", "-", "--kinds", kind, "--format", "jsonl"], tmp_path, text)
    assert {json.loads(line)["kind"] for line in out.splitlines()} == {kind}
    kinds = {m.rsplit(".", 1)[1] for m in _under(report["modules"], "factcheck.extract")}
    # The kind, and what its module imports itself (date reads duration's tables).
    code = f"import sys, factcheck.extract.{kind}; print(*sorted(sys.modules))"
    alone = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    itself = {m.rsplit(".", 1)[1] for m in _under(alone.stdout.split(), "factcheck.extract")}
    assert kind in kinds
    assert kinds & set(KIND_MODULES) == itself & set(KIND_MODULES)
    assert len(itself & set(KIND_MODULES)) < len(KIND_MODULES)


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_extract_jsonl_writes_what_pydantic_serializes(article: Path, tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "factcheck", "extract", str(article), "--format", "jsonl"],
        capture_output=True, text=True, cwd=tmp_path, check=True,
    ).stdout  # fmt: skip
    claims = list(extract_documents(read_path(str(article))))
    assert claims
    expected = "".join(
        json.dumps(c.model_dump(mode="json", exclude_none=True), ensure_ascii=False) + "\n"
        for c in claims
    )
    assert out == expected
    # Each kind on its own (its extractor loaded alone) writes its lines of the whole.
    for kind in KIND_MODULES:
        alone = subprocess.run(
            [sys.executable, "-m", "factcheck", "extract", str(article), "--kinds", kind,
             "--format", "jsonl"],
            capture_output=True, text=True, cwd=tmp_path, check=True,
        ).stdout  # fmt: skip
        assert alone.splitlines() == [
            line for line in out.splitlines() if json.loads(line)["kind"] == kind
        ]
