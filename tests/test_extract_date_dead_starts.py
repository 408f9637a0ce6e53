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


def _opens_a_form(kind: str, s: str, pos: int) -> bool:
    return any(form.pattern.match(s, pos) for form in date_mod.FORMS[kind])


_SECOND = ["", "day", "of", "the", "to", "date", "ago", "2019", "12", ",", "."]
_TAILS = [f"{a} {b}".strip() for a, b in itertools.product(["", *_TOKENS], _SECOND)]


@pytest.mark.parametrize(
    ("kind", "word"),
    [(kind, word) for kind, words in date_mod._DEAD_STARTS.items() for word in words],
)
def test_a_dead_start_opens_no_form(kind: str, word: str) -> None:
    for tail in _TAILS:
        if word == "year " and tail.startswith("to"):
            continue  # "year to date": the one live case, which find checks for
        for case in (word, word.upper()):
            assert not _opens_a_form(kind, case + tail, 0), case + tail


def test_year_to_date_is_still_found() -> None:
    text = Text(Document(id="d", text="Sales are up 4% year to date, the firm said."))
    spans = [text.text[f.start : f.end] for f in date_mod.find(text)]
    assert spans == ["year to date"]


def _digit_contexts() -> list[tuple[str, int]]:
    """Texts with a figure at an offset: every small figure shape in every surrounding."""
    befores = ["", "the ", "The ", "on ", "in ", "On\n", "of ", "x", "("]
    figures = ["5", "12", "31", "123", "1998", "2019", "20190412", "12.5", "1.12", "0.5"]
    afters = [
        "", ".", ",", "!", "?", ";", ":", "%", " ", " .", " ,", ", 2019", ",000", ".5", "/4",
        "/4/2019", "-4", "-2019", ".12.2019", ".3.", ".3!", ".3 ,", ".3, 2019", "st", "th",
        "TH of next month", "nd.", " pct", " per cent", " years", " March", "March", "-May",
        "–2021", " - 2021", "-19", "/10", "'s", "s",
    ]  # fmt: skip
    return [(b + f + a, len(b)) for b, f, a in itertools.product(befores, figures, afters)]


def test_digit_form_start_admits_every_digit_form() -> None:
    """Where ``_DIGIT_FORM_START`` fails, no form of kind "d" matches; it fails somewhere."""
    gate = date_mod._DIGIT_FORM_START
    rejected = 0
    for s, pos in _digit_contexts():
        if gate.match(s, pos) is None:
            rejected += 1
            assert not _opens_a_form("d", s, pos), s
    assert rejected > 500
