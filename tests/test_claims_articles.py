"""The sample articles in claims/: offsets hold for every extractor, and the key claims of
the UK troops article are found with the right values (expectations written by hand
from claims/uk-troops-ukraine.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factcheck.documents import read_path
from factcheck.extract import EXTRACTORS, Text, extract_document
from factcheck.models import Claim, Document

CLAIMS = Path(__file__).resolve().parent.parent / "claims"
ARTICLES = sorted(p for p in CLAIMS.iterdir() if p.suffix in {".md", ".txt", ".html"})


@pytest.mark.parametrize("path", ARTICLES, ids=[p.name for p in ARTICLES])
@pytest.mark.parametrize("kind", sorted(EXTRACTORS))
def test_offsets_hold(path: Path, kind: str) -> None:
    for doc in read_path(path):
        for c in EXTRACTORS[kind](Text(doc)):
            assert doc.text[c.start : c.end] == c.text, c
            assert c.kind == kind
            assert c.value is None or c.value.kind == kind


@pytest.fixture(scope="module")
def troops() -> tuple[Document, list[Claim]]:
    (doc,) = read_path(CLAIMS / "uk-troops-ukraine.md")
    return doc, extract_document(doc)


def _find(claims: list[Claim], kind: str, text: str, nth: int = 0) -> Claim:
    hits = [c for c in claims if c.kind == kind and c.text == text]
    assert len(hits) > nth, (
        f"no {kind} claim {text!r}; have {[c.text for c in claims if c.kind == kind]}"
    )
    return hits[nth]


def _value(claim: Claim) -> dict[str, Any]:
    assert claim.value is not None
    return claim.value.model_dump(exclude_none=True)


def test_article_metadata(troops: tuple[Document, list[Claim]]) -> None:
    doc, _ = troops
    assert doc.published is not None and doc.published.isoformat() == "2025-02-17"
    assert doc.title and "Ready" in doc.title


def test_money_pair(troops: tuple[Document, list[Claim]]) -> None:
    _, claims = troops
    pounds = _find(claims, "money", "£3 billion")
    dollars = _find(claims, "money", "$3.7 billion")
    assert _value(pounds)["amount"] == 3e9
    assert _value(pounds)["currency"] == "GBP"
    assert _value(pounds).get("per") == "year"
    assert _value(dollars)["amount"] == pytest.approx(3.7e9)
    assert _value(dollars)["currency"] == "USD"
    assert pounds.pair == dollars.id and dollars.pair == pounds.id


def test_duration_nearly_three_years(troops: tuple[Document, list[Claim]]) -> None:
    _, claims = troops
    c = _find(claims, "duration", "nearly three years")
    assert _value(c)["iso"] == "P3Y"
    assert _value(c)["qualifier"] == "nearly"


@pytest.mark.parametrize(
    ("text", "date", "granularity"),
    [
        ("February 13", "2025-02-13", "day"),
        ("2030", "2030", "year"),
        ("January 16, 2025", "2025-01-16", "day"),
        ("Sunday", "2025-02-16", "day"),
        ("Monday", "2025-02-17", "day"),
    ],
)
def test_dates(
    troops: tuple[Document, list[Claim]], text: str, date: str, granularity: str
) -> None:
    _, claims = troops
    value = _value(_find(claims, "date", text))
    assert (value["date"], value["granularity"]) == (date, granularity)


@pytest.mark.parametrize(
    ("start", "speaker"),
    [
        ("'Ready'", "Keir Starmer"),
        ('"ready and willing"', "Keir Starmer"),
        ('"facing a once-in-a-generation', "Keir Starmer"),
        ('"But it also means', "Keir Starmer"),
        ('"Securing a lasting peace', "Keir Starmer"),
        ("\"I won't get into", "Keir Starmer"),
        ('"I do not say that lightly.', "Keir Starmer"),
        ('"The United States does not believe', "Pete Hegseth"),
        ('"If these troops are deployed', "Pete Hegseth"),
        ('"To be clear,', "Pete Hegseth"),
    ],
)
def test_quotes(troops: tuple[Document, list[Claim]], start: str, speaker: str) -> None:
    _, claims = troops
    hits = [c for c in claims if c.kind == "quote" and c.text.startswith(start)]
    assert len(hits) == 1, start
    assert _value(hits[0])["speaker"] == speaker


def test_open_paragraph_quote_ends_at_paragraph_end(troops: tuple[Document, list[Claim]]) -> None:
    doc, claims = troops
    c = next(c for c in claims if c.kind == "quote" and c.text.startswith('"I do not say'))
    assert c.text.endswith("the security of this country.")
    assert doc.text[c.end : c.end + 2] == "\n\n"


def test_quote_count_and_no_titles(troops: tuple[Document, list[Claim]]) -> None:
    _, claims = troops
    quotes = [c for c in claims if c.kind == "quote"]
    assert len(quotes) == 14
    assert all(c.text[0] in "\"'" for c in quotes)


def test_quantity_allies(troops: tuple[Document, list[Claim]]) -> None:
    _, claims = troops
    c = _find(claims, "quantity", "two main NATO allies")
    assert _value(c)["number"] == 2


def test_no_identifier_figures(troops: tuple[Document, list[Claim]]) -> None:
    _, claims = troops
    assert not [c for c in claims if "Article 5" in c.text and c.kind != "quote"]
