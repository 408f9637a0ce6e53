"""The words ``find`` skips before trying any form really open no form of their kind."""

from __future__ import annotations

import itertools

import pytest

from factcheck.extract import Text
from factcheck.extract import date as date_mod
from factcheck.models import Document

_TOKENS = [
    *date_mod.MONTHS, *date_mod.WEEKDAYS, *date_mod.ORDINALS, *date_mod.HOLIDAYS,
    *date_mod.MOVABLE, "to", "date", "day", "of", "the", "last", "next", "this", "month",
    "year", "years", "ago", "now", "from", "2019", "1998", "12", "3rd", "'19", "4/5",
    "12.3", ",", ".", "-", "in", "two", "thousand", "a", "half", "day after tomorrow",
    "end of the year", "first day of next month", "rest of the month", "year to date",
]  # fmt: skip
_SECOND = ["", "day", "of", "the", "to", "date", "ago", "2019", "12", ",", "."]
_TAILS = [f"{a} {b}".strip() for a, b in itertools.product(["", *_TOKENS], _SECOND)]


@pytest.mark.parametrize(
    ("kind", "word"),
    [(kind, word) for kind, words in date_mod._DEAD_STARTS.items() for word in words],
)
def test_a_dead_start_opens_no_form(kind: str, word: str) -> None:
    pattern = date_mod._ANY_FORM[kind]
    for tail in _TAILS:
        if word == "year " and tail.startswith("to"):
            continue  # "year to date": the one live case, which find checks for
        for case in (word, word.upper()):
            assert pattern.match(case + tail) is None, case + tail


def test_year_to_date_is_still_found() -> None:
    text = Text(Document(id="d", text="Sales are up 4% year to date, the firm said."))
    spans = [text.text[f.start : f.end] for f in date_mod.find(text)]
    assert spans == ["year to date"]
