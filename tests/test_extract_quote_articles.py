"""Quote extraction on whole news-style articles, hand-annotated by the conventions of
the gold files (tests/fixtures/quote_articles/*.jsonl, one article per file).

Each article mixes the styles real news uses: wire attributions ("told reporters",
"according to a statement"), British single marks with double ones inside, long
interview quotes with paragraphs left open, documents quoted without a speaker,
organisations and their spokespeople, partial quotes, and quoted titles, nicknames,
labels and headlines that are not quotes. Values are compared as the scorer does:
quote text after case and white-space folding (or one of ``alt_values``), and the
speaker by surname when the annotation names one.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from factcheck.models import QuoteValue
from factcheck.pipeline import extract

FOLDER = Path(__file__).parent / "fixtures" / "quote_articles"
ARTICLES = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(FOLDER.glob("*.jsonl"))]
IDS = [a["id"] for a in ARTICLES]
_TITLES = {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "prof", "president", "the"}


def _predict(article: dict[str, Any]) -> dict[tuple[int, int], QuoteValue]:
    out = {}
    for c in extract(article["text"], published=article["published"], kinds=["quote"]):
        assert isinstance(c.value, QuoteValue)
        out[c.start, c.end] = c.value
    return out


def _fold(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _surname(name: str | None) -> str | None:
    tokens = [t for t in re.findall(r"[\w'-]+", (name or "").lower()) if t not in _TITLES]
    return tokens[-1] if tokens else None


def _value_ok(gold: dict[str, Any], got: QuoteValue) -> bool:
    for cand in [gold["value"], *gold.get("alt_values", [])]:
        if _fold(cand["quote"]) != _fold(got.quote):
            continue
        if cand["speaker"] is None or _surname(cand["speaker"]) == _surname(got.speaker):
            return True
    return False


def test_fixtures_are_well_formed() -> None:
    assert len(ARTICLES) >= 8
    for a in ARTICLES:
        assert a["kinds"] == ["quote"]
        for c in a["claims"]:
            assert a["text"][c["start"] : c["end"]] == c["text"], (a["id"], c["text"])


@pytest.mark.parametrize("article", ARTICLES, ids=IDS)
def test_spans(article: dict[str, Any]) -> None:
    gold = [(c["start"], c["end"], c["text"]) for c in article["claims"]]
    got = [(a, b, article["text"][a:b]) for a, b in _predict(article)]
    assert sorted(got) == sorted(gold)


@pytest.mark.parametrize("article", ARTICLES, ids=IDS)
def test_quote_and_speaker(article: dict[str, Any]) -> None:
    got = _predict(article)
    wrong = []
    for c in article["claims"]:
        value = got.get((c["start"], c["end"]))
        if value is None or not _value_ok(c, value):
            wrong.append((c["text"][:40], c["value"]["speaker"], value and value.speaker))
    assert wrong == []
