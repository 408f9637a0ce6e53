"""Importing the quote reader builds no table and compiles no pattern (issue 13, start-up).

``factcheck.extract.quote._tables``, ``quote._marks`` and ``factcheck.extract._entities``
compile their patterns on first use (``factcheck.extract._scan.lazy``; the speech-verb
trie and the titles' alternation are made then too) and build the given-name gazetteer
on first use (``_entities._given_names``). A fresh interpreter checks it, since this
test session has long since used them all.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from factcheck.extract import _entities
from factcheck.extract.quote import _tables

ROOT = Path(__file__).resolve().parent.parent

_PROBE = """
import json, re, sys
import factcheck.extract.quote
from factcheck.extract import _entities
from factcheck.extract.quote import _marks, _tables

def state(mod):
    compiled, waiting = [], []
    for name, value in vars(mod).items():
        if isinstance(value, re.Pattern):
            compiled.append(name)
        elif type(value).__name__ in ("Lazy", "_Deferred"):
            (compiled if "match" in vars(value) else waiting).append(name)
    return {"compiled": sorted(compiled), "waiting": len(waiting)}

caches = {
    "_given_names": _entities._given_names.cache_info().currsize,
    "_verb_body": _tables._verb_body.cache_info().currsize,
    "_lower_title": _tables._lower_title.cache_info().currsize,
}
out = {"caches": caches, "modules": {m.__name__: state(m) for m in (_entities, _tables, _marks)}}
if sys.argv[1:] == ["extract"]:
    from factcheck.pipeline import extract
    claims = extract('“We will not back down,” Miriam Osei said on Tuesday.', kinds=["quote"])
    out["speakers"] = [c.value.speaker for c in claims]
    out["after"] = {
        "_verb_body": _tables._verb_body.cache_info().currsize,
        "_VERB compiled": "match" in vars(_tables._VERB),
    }
print(json.dumps(out))
"""


def _probe(*args: str) -> dict:  # type: ignore[type-arg]
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, cwd=ROOT
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def test_importing_the_quote_reader_builds_no_gazetteer_and_compiles_no_pattern() -> None:
    got = _probe()
    assert got["caches"] == {"_given_names": 0, "_verb_body": 0, "_lower_title": 0}
    for name, state in got["modules"].items():
        assert state["compiled"] == [], f"{name} compiles at import: {state['compiled']}"
    assert got["modules"]["factcheck.extract.quote._tables"]["waiting"] > 80
    assert got["modules"]["factcheck.extract._entities"]["waiting"] > 40


def test_first_use_builds_them_and_reads_as_before() -> None:
    got = _probe("extract")
    assert got["speakers"] == ["Miriam Osei"]
    assert got["after"] == {"_verb_body": 1, "_VERB compiled": True}


def test_the_gazetteer_and_the_deferred_patterns_hold_their_tables() -> None:
    female, male = _entities._given_names()
    assert {"miriam", "lucia", "siobhan"} <= female and {"john", "tadhg", "kenji"} <= male
    assert not female & male
    assert _entities.given_name_gender("Lucía Ferrer") == "f"
    assert _entities.given_name_gender("Tadhg Byrne") == "m"
    assert _entities.given_name_gender("Alex Byrne") is None
    # a pattern whose text is made on first use is the pattern re.compile makes of it
    for deferred in (_tables._VERB, _tables._VERB_SCAN, _tables._INVERTED, _tables._ROLE_AFTER):
        eager = re.compile(deferred.pattern, deferred.flags)
        assert deferred.groupindex == eager.groupindex and deferred.groups == eager.groups
    text = "“It is over,” said the former mayor, Ann Lee, and she later told reporters it was."
    for pos in range(len(text)):
        assert str(_tables._VERB.match(text, pos)) == str(
            re.compile(_tables._VERB.pattern).match(text, pos)
        )
    assert [m.span() for m in _tables._VERB_SCAN.finditer(text)] == [
        m.span() for m in re.finditer(_tables._VERB_SCAN.pattern, text)
    ]
    assert _tables._VERB.pattern == rf"\b{_tables._verb_body()}"
    assert "minister" in _tables._lower_title().split("|")
