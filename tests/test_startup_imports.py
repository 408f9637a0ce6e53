"""A one-shot command imports only what it uses, and writes what it wrote (issue 13, start-up).

Each command runs through the console script's entry point in a fresh interpreter, which
then lists the modules it loaded: ``--help`` loads neither pydantic nor the models nor any
extractor; ``extract --kinds K`` loads the extractor of K alone; no command with pydantic's
plugin search off (the default) imports ``importlib.metadata`` for it. ``extract --format
jsonl`` writes for every claim what pydantic's own serializer writes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from factcheck import cli
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
loader = sys.modules.get('pydantic.plugin._loader')
report = {'modules': sorted(sys.modules), 'loader': getattr(loader, '__file__', None)}
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


def test_plugin_search_off_imports_no_package_metadata(tmp_path: Path) -> None:
    report, out = _run(["extract", "-", "--format", "jsonl"], tmp_path, "It cost £3 million.")
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["£3 million"]
    assert "factcheck.models" in _under(report["modules"], "factcheck")  # a document validated
    assert _under(report["modules"], "importlib.metadata") == []
    assert report["loader"] is None  # the stand-in, not pydantic's module


def test_plugin_search_on_is_pydantics_own(tmp_path: Path) -> None:
    report, out = _run(
        ["extract", "-", "--format", "jsonl"], tmp_path, "It cost £3 million.",
        PYDANTIC_DISABLE_PLUGINS="",
    )  # fmt: skip
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["£3 million"]
    assert str(report["loader"]).endswith(os.path.join("pydantic", "plugin", "_loader.py"))


def test_the_stand_in_answers_as_pydantics_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    from pydantic.plugin import _loader

    stand_in = types.ModuleType(cli.PLUGIN_LOADER)
    cli._PluginLoaderFinder().exec_module(stand_in)
    for off in cli.PLUGINS_OFF:
        monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", off)
        assert tuple(stand_in.get_plugins()) == tuple(_loader.get_plugins()) == ()
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "")
    assert list(stand_in.get_plugins()) == list(_loader.get_plugins())
    assert stand_in._plugins is _loader._plugins  # any other name is pydantic's
    with pytest.raises(AttributeError):
        stand_in.__path__  # noqa: B018 (a walk over sys.modules does not load pydantic's)


def test_the_stand_in_gives_way_to_pydantics_loader(tmp_path: Path) -> None:
    """Asked for a name it lacks, the stand-in loads pydantic's module, which stays."""
    code = (
        "import os, sys\nfrom factcheck import cli\n"
        "os.environ['PYDANTIC_DISABLE_PLUGINS'] = '__all__'\ncli.install_plugin_stand_in()\n"
        "from pydantic import BaseModel\nclass M(BaseModel):\n    a: int = 0\nM(a=1)\n"
        "before = sys.modules[cli.PLUGIN_LOADER]\n"
        "print(getattr(before, '__file__', None), 'importlib.metadata' in sys.modules)\n"
        "before._plugins\n"
        "after = sys.modules[cli.PLUGIN_LOADER]\n"
        "parent = sys.modules['pydantic.plugin']\n"
        "print(after.__file__.endswith('_loader.py'), after is parent._loader)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["None", "False", "True", "True"]


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
