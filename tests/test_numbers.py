"""The shared number helpers: parsing, digit runs, hedges."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract import Text, money, percent, quantity
from factcheck.extract._numbers import digit_runs, parse_number, qualifier_before
from factcheck.models import Document


@pytest.mark.parametrize(
    ("text", "value"),
    [("1,234.5", 1234.5), ("4-1/4", 4.25), ("1/2", 0.5), ("twenty-five", 25), ("a half", 0.5)],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


def test_digit_runs_start_each_number_once() -> None:
    s = "In 2024, 1,250.5 tonnes and 3 more"
    assert [s[i] for i in digit_runs(s)] == ["2", "1", "3"]
    assert digit_runs(s) == (3, 9, s.index("3 more"))


@pytest.mark.parametrize(
    ("before", "name"),
    [
        ("almost ", "nearly"),
        ("just over ", "more than"),
        ("below ", "less than"),
        ("no more than ", "at most"),
        ("around ", "about"),
        ("up to ", "up to"),
        ("the ", None),
        ("moreover ", None),
    ],
)
def test_qualifier_before(before: str, name: str | None) -> None:
    s = f"It was {before}40 tonnes"
    assert qualifier_before(s, s.index("40")) == name


@given(st.text(alphabet=st.characters(), max_size=200) | st.from_regex(r"[\d$£%., a-z-]{0,80}"))
def test_extractors_never_raise_and_spans_hold(text: str) -> None:
    for module in (money, percent, quantity):
        t = Text(Document(id="h", text=text))
        claims = list(module.extract(t))
        assert all(c.text == text[c.start : c.end] for c in claims)
        assert [c.model_dump() for c in claims] == [
            c.model_dump() for c in module.extract(Text(Document(id="h", text=text)))
        ]
        ends = [(c.start, c.end) for c in claims]
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(ends))
