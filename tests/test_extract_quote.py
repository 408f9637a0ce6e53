"""Quote extraction: data-driven cases from tests/fixtures/quote.jsonl plus targeted checks."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from factcheck.models import QuoteValue
from factcheck.pipeline import extract

FIXTURES = Path(__file__).parent / "fixtures" / "quote.jsonl"
CASES = [
    json.loads(line) for line in FIXTURES.read_text(encoding="utf-8").splitlines() if line.strip()
]


def _quotes(text: str) -> list[tuple[str, int, int, str, str | None]]:
    out = []
    for c in extract(text, published="2025-03-10", kinds=["quote"]):
        assert isinstance(c.value, QuoteValue)
        out.append((c.text, c.start, c.end, c.value.quote, c.value.speaker))
    return out


@pytest.mark.parametrize("case", CASES, ids=[f"line{i + 1}" for i in range(len(CASES))])
def test_fixture(case: dict[str, Any]) -> None:
    expected = [(c["text"], c["start"], c["end"], c["quote"], c["speaker"]) for c in case["claims"]]
    assert _quotes(case["text"]) == expected


def test_interrupted_quote_is_two_claims() -> None:
    text = '"First part," she said, "and the second part."'
    got = _quotes(text)
    assert [g[3] for g in got] == ["First part", "and the second part."]


def test_open_paragraph_runs_to_paragraph_end() -> None:
    text = 'Judge Amira Soto ruled.\n\n"The law is clear.\n\n"It applies to all," Soto wrote.'
    got = _quotes(text)
    assert got[0][0] == '"The law is clear.'
    assert got[0][4] == "Amira Soto"
    assert got[1][4] == "Amira Soto"


def test_pronoun_takes_last_named_person_not_a_place() -> None:
    text = (
        "Economist Hana Mori studies ports.\n\nMori expects Rotterdam to grow.\n\n"
        '"Trade will recover," she says.'
    )
    assert _quotes(text)[0][4] == "Hana Mori"


def test_family_name_first() -> None:
    text = 'Premier Kang Min-jun spoke.\n\n"We must act," Kang said.'
    assert _quotes(text)[0][4] == "Kang Min-jun"


def test_name_inside_a_longer_name_is_kept() -> None:
    text = 'Their aunt Rosa Delgado Pinto helped.\n\n"It was hard," Delgado said.'
    assert _quotes(text)[0][4] == "Delgado"


def test_no_marks_no_claims() -> None:
    assert _quotes("Nothing quoted here, isn't it? The '80s were fun.") == []


def test_span_includes_marks_and_offsets_hold() -> None:
    text = "He called it ‘a disgrace’, Jo Lin said."
    for c in extract(text, kinds=["quote"]):
        assert text[c.start : c.end] == c.text
        assert c.text.startswith("‘")
        assert c.text.endswith("’")


def test_british_single_marks_hold_double_ones() -> None:
    text = "‘They told us “wait”, and we waited,’ said union leader Ann Cole."
    got = _quotes(text)
    assert [(g[0], g[4]) for g in got] == [("‘They told us “wait”, and we waited,’", "Ann Cole")]


def test_apostrophes_inside_single_quotes() -> None:
    text = "Mr Ford said: 'It's the players' money and it won't be wasted.'"
    got = _quotes(text)
    assert [g[3] for g in got] == ["It's the players' money and it won't be wasted."]


def test_titles_nicknames_and_terms_are_not_quotes() -> None:
    text = (
        'Ray "the Cat" Dunn starred in "Night Harbour." Most riders work in the '
        '"gig economy" and the firm runs a "fair pay" scheme. The post, headlined '
        '"Why I Quit", went viral.'
    )
    assert _quotes(text) == []


def test_what_someone_called_is_a_quote() -> None:
    text = "The union said it faced what it called 'a wall of silence'."
    assert _quotes(text)[0][3:] == ("a wall of silence", "union")


def test_organisations_and_spokespeople() -> None:
    text = (
        "Nordbank said profits fell. “We expected this,” a spokeswoman said.\n\n"
        "A Harbour Board spokesman said the plan was “on track”.\n\n"
        "The Scottish government said the figures were “unacceptable”.\n\n"
        "The union welcomed the deal but said it was “only a start”."
    )
    assert [g[4] for g in _quotes(text)] == [
        "Nordbank",
        "Harbour Board",
        "Scottish government",
        "union",
    ]


def test_role_before_name_after_inverted_verb() -> None:
    text = '"We will not move," said UTWU general secretary Mara Quinn.'
    assert _quotes(text)[0][4] == "Mara Quinn"


def test_person_of_an_institution() -> None:
    text = 'Analyst Jo Park of the University of Leeds said it was "a bold bet".'
    assert _quotes(text)[0][4] == "Jo Park"


def test_headline_quote_takes_the_speaker_of_the_same_words() -> None:
    text = (
        "Port strike 'will go ahead', union says\n\n"
        'Dock workers will walk out, said organiser Lena Moss. "The strike will go ahead," '
        "she added."
    )
    got = _quotes(text)
    assert got[0][3] == "will go ahead"
    assert got[0][4] == "Lena Moss"


def test_the_company_is_the_business_last_named() -> None:
    text = (
        "Acme Corp reported a loss on Monday. Chief executive Jane Roe blamed the weather.\n\n"
        "“Demand will recover,” the company said in a statement."
    )
    assert _quotes(text)[0][4] == "Acme Corp"


def test_inverted_description_with_a_name_after_it() -> None:
    text = '"It is a sad day," said Kim.\n\n"Nobody expected this," said her colleague, Omar Diaz.'
    assert [g[4] for g in _quotes(text)] == ["Kim", "Omar Diaz"]


def test_apostrophe_does_not_swallow_double_quotes() -> None:
    text = (
        "Tran moved to the 'burbs in 2010. \"It's quiet,\" he said of the neighbours' "
        'habits. "I love it."'
    )
    assert [g[3] for g in _quotes(text)] == ["It's quiet", "I love it."]


def test_age_marks_a_person_and_generic_plurals_name_nobody() -> None:
    text = "Sato, 44, has been critical. “It’s a mess,” she told reporters."
    assert _quotes(text)[0][4] == "Sato"
    assert _quotes("Officials described the fire as “suspicious”.")[0][4] is None


def test_short_terms_nobody_says_are_not_quotes() -> None:
    text = (
        "Care homes face a staffing gap\n\n"
        "Many of the staff are on “flexible rosters” and earn less. Councils passed the "
        "“carebundle” in May.\n\n"
        "The plan was, in the words of one nurse, “too little”. Ministers called it “fair”."
    )
    assert [g[3] for g in _quotes(text)] == ["too little", "fair"]


def test_thousands_of_quotes_take_linear_time() -> None:
    text = "Head\n\n" + 'Acme said so. "Yes," he said.\n\n' * 4000 + '"abc\n\n' * 4000
    start = time.process_time()
    claims = extract(text, kinds=["quote"])
    assert len(claims) == 8000
    assert time.process_time() - start < 10  # about 0.5 s; quadratic work took many seconds


def test_attribution_ending_the_paragraph_before_with_a_colon() -> None:
    text = (
        "Head\n\nJane Roe, a lawyer, filed the case. In a statement, the Harbour Authority "
        "said:\n\n“We will contest this claim vigorously.”"
    )
    assert _quotes(text)[0][4] == "Harbour Authority"


def test_his_view_and_her_verdict_belong_to_the_person_last_named() -> None:
    text = (
        "Head\n\nLee, a veteran MP, has opposed the plan for years. The plan, in his view, "
        "was “dead on arrival”.\n\nCoach Ana Ruiz watched the replay. Her verdict: "
        "“We were robbed.”"
    )
    assert [g[4] for g in _quotes(text)] == ["Lee", "Ana Ruiz"]
