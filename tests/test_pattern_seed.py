"""The extractors' patterns have the same text in every run, whatever the hash seed.

The command line keeps compiled patterns between runs by their text
(``factcheck._re_cache``); a pattern whose alternatives come from a set in the set's
iteration order changes text with ``PYTHONHASHSEED`` and is compiled afresh every run.
Two interpreters with different seeds load every extractor and extract the sample
articles; the patterns they compile (text and flags) must be the same.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_RECORD = """
import json, sys
import re._compiler as compiler

seen = set()
original = compiler.compile

def recording(p, flags=0):
    seen.add((p if isinstance(p, str) else p.decode("latin-1"), int(flags)))
    return original(p, flags)

compiler.compile = recording
from factcheck.models import Document
from factcheck.pipeline import extract_documents, warm_extractors

warm_extractors()
docs = [Document(id=str(i), text=t) for i, t in enumerate(json.loads(sys.stdin.read()))]
claims = list(extract_documents(docs))
print(json.dumps({"claims": len(claims), "patterns": sorted(seen)}))
"""


def _patterns(seed: str, texts: list[str]) -> tuple[int, set[tuple[str, int]]]:
    env = {**os.environ, "PYTHONHASHSEED": seed, "FACTCHECK_CACHE_DIR": ""}
    out = subprocess.run(
        [sys.executable, "-c", _RECORD],
        input=json.dumps(texts), capture_output=True, text=True, env=env, cwd=ROOT,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    return got["claims"], {(p, f) for p, f in got["patterns"]}


def test_extractor_patterns_do_not_follow_the_hash_seed() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "claims").glob("*.md"))]
    texts.append(
        "On Tuesday 4 March 2025 the council said it would spend £3.5m, up 12% on last "
        'year, over the next two years. "We will deliver," the mayor said. About 40 km '
        "of road and 1,200 homes are affected."
    )
    n1, first = _patterns("1", texts)
    n2, second = _patterns("2", texts)
    assert n1 == n2 > 20
    assert len(first) > 100
    only = sorted(p[:80] for p, _ in first ^ second)
    assert first == second, f"{len(only)} patterns change with the seed: {only[:5]}"
