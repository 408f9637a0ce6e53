"""Words told before their speaker is named ("what its chief executive called “…”") are
the one person the article gives that role, before or after the quote: "X, who took
over as chief executive,", "X, its chief executive,", "Chief executive X said"; nobody
when it gives the role to nobody or to two people. Names and figures are our own."""

from __future__ import annotations

import pytest

from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document


def speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


LEAD = (
    "The cafe chain Brindle Beans grew sales by 9%, helped by what its chief executive "
    "called “the oat milk years”."
)


@pytest.mark.parametrize(
    "later",
    [
        " Chief executive Rowan Tesh said more shops would open.",
        "\n\nSales rose to £3 million.\n\nRowan Tesh, who became chief executive in 2023, "
        "said more shops would open.",
        "\n\nRowan Tesh, who took over as chief executive last spring, was upbeat.",
        "\n\nThe chief executive, Rowan Tesh, said more shops would open.",
    ],
)
def test_the_role_holder_named_after_the_quote(later: str) -> None:
    assert speakers(LEAD + later) == ["Rowan Tesh"]


def test_the_role_holder_named_before() -> None:
    text = (
        "Rowan Tesh, chief executive of Brindle Beans, was pleased. Sales grew, helped by "
        "what its chief executive called “the oat milk years”."
    )
    assert speakers(text) == ["Rowan Tesh"]


@pytest.mark.parametrize(
    "later",
    [
        " Its finance director, Ada Voss, said costs rose.",
        "\n\nRowan Tesh, who became chief executive in 2023, replaced Ada Voss, who had "
        "been chief executive since 2015.",
    ],
)
def test_no_holder_or_two_holders_is_nobody(later: str) -> None:
    assert speakers(LEAD + later)[0] is None


def test_the_pair_of_charities_after_a_takeover() -> None:
    text = (
        "Open Door Trust will take over Millbrook Food Bank Trust in May. Staff were told "
        "on Monday. The pair of charities said: “Nothing changes for families.”"
    )
    assert speakers(text) == ["Open Door Trust and Millbrook Food Bank Trust"]
