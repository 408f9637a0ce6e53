"""Date and duration extraction on whole news-style articles we wrote ourselves, annotated by
hand by the conventions of the evaluation (tests/fixtures/date_articles/*.jsonl, one article
per file, gold format with ``"kinds": ["date", "duration"]``).

The articles mix the styles the held-out news uses: 1980s wire copy (capitalised headlines,
datelines, "fiscal" periods, four-digit counts such as "1500 troops" that are not years),
markets reports ("52-week", "10-year lows", "the 10-year benchmark issue"), politics,
science ("between 1276 and 1299", "600 years ago" inside a historical quote), local news
("March organisers", "April Jennings", "Fourth of July") and tech ("2008-9", "18 months
ago"). A story about 1986 that says "March 6" takes 1986 and marks ``year_from_context``.

Spans must be exactly the annotated ones. Values are compared as the scorer does: dates by
``date`` and ``granularity`` against the value or one of ``alt_values``, durations by ISO
text after normalisation (years as months, weeks/days/hours as seconds). Claims marked
``year_from_context`` must take the context's year as their own value, not just an
alternative.
"""

from __future__ import annotations

import json
import re
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from factcheck.extract import extract_document
from factcheck.models import DateValue, Document, DurationValue

FOLDER = Path(__file__).parent / "fixtures" / "date_articles"
ARTICLES = [json.loads(p.read_text("utf-8")) for p in sorted(FOLDER.glob("*.jsonl"))]
IDS = [a["id"] for a in ARTICLES]
KINDS = ["date", "duration"]
_ISO = re.compile(
    r"P(?:([\d.]+)Y)?(?:([\d.]+)M)?(?:([\d.]+)W)?(?:([\d.]+)D)?"
    r"(?:T(?:([\d.]+)H)?(?:([\d.]+)M)?(?:([\d.]+)S)?)?"
)


def _normal(iso: str) -> tuple[Fraction, Fraction]:
    """(months, seconds) of an ISO duration, as the scorer normalises them."""
    m = _ISO.fullmatch(iso)
    assert m is not None, iso
    y, mo, w, d, h, mi, s = (Fraction(g) if g else Fraction(0) for g in m.groups())
    return y * 12 + mo, (((w * 7 + d) * 24 + h) * 60 + mi) * 60 + s


def _predict(article: dict[str, Any]) -> dict[tuple[str, int, int], Any]:
    doc = Document(id=article["id"], text=article["text"], published=article["published"])
    return {(c.kind, c.start, c.end): c.value for c in extract_document(doc, kinds=KINDS)}


def _agrees(gold: dict[str, Any], got: Any) -> bool:
    for want in [gold["value"], *gold.get("alt_values", [])]:
        if gold["kind"] == "date" and isinstance(got, DateValue):
            if (got.date, got.granularity) == (want["date"], want["granularity"]):
                return True
        elif isinstance(got, DurationValue) and _normal(got.iso) == _normal(want["iso"]):
            return True
    return False


def test_fixtures_are_well_formed() -> None:
    assert len(ARTICLES) >= 12
    for a in ARTICLES:
        assert a["kinds"] == KINDS and a["published"]
        for c in a["claims"]:
            assert a["text"][c["start"] : c["end"]] == c["text"], (a["id"], c["text"])
            assert c["kind"] in KINDS


@pytest.mark.parametrize("article", ARTICLES, ids=IDS)
def test_spans(article: dict[str, Any]) -> None:
    text = article["text"]
    gold = sorted((c["kind"], c["start"], c["end"], c["text"]) for c in article["claims"])
    got = sorted((k, a, b, text[a:b]) for k, a, b in _predict(article))
    assert got == gold


@pytest.mark.parametrize("article", ARTICLES, ids=IDS)
def test_values(article: dict[str, Any]) -> None:
    got = _predict(article)
    wrong = []
    for c in article["claims"]:
        value = got.get((c["kind"], c["start"], c["end"]))
        if value is not None and not _agrees(c, value):
            wrong.append((c["text"], c["value"], value))
    assert wrong == []


CONTEXT = [
    (a, c)
    for a in ARTICLES
    for c in a["claims"]
    if c["kind"] == "date" and c["value"].get("year_from_context")
]


@pytest.mark.parametrize(
    ("article", "claim"), CONTEXT, ids=[f"{a['id']}:{c['text']}" for a, c in CONTEXT]
)
def test_year_from_context(article: dict[str, Any], claim: dict[str, Any]) -> None:
    value = _predict(article).get(("date", claim["start"], claim["end"]))
    assert isinstance(value, DateValue)
    assert (value.date, value.year_from_context) == (claim["value"]["date"], True)


def test_published_readings_stay_unmarked() -> None:
    """Partial dates read from the publication date carry no ``year_from_context``."""
    marked = {
        (a["id"], c["start"])
        for a, c in CONTEXT  # the only claims allowed to be marked
    }
    for article in ARTICLES:
        for (kind, start, _), value in _predict(article).items():
            if kind == "date" and (article["id"], start) not in marked:
                assert not value.year_from_context, (article["id"], start)
