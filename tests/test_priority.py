"""Check-worthiness scores: kinds, hedges, attribution and place in the article."""

from __future__ import annotations

from typing import Any

from factcheck import extract
from factcheck.models import Claim, DateValue, MoneyValue, QuoteValue
from factcheck.priority import score_claim


def _claim(kind: str, text: str, value: Any, sentence: str | None = None, **extra: Any) -> Claim:
    sentence = sentence if sentence is not None else text
    start = sentence.index(text)
    return Claim(
        document="d",
        kind=kind,
        text=text,
        start=start,
        end=start + len(text),
        value=value,
        sentence=sentence,
        sentence_start=0,
        **extra,
    )


MONEY = _claim("money", "$4 million", MoneyValue(amount=4e6, currency="USD"), "It cost $4 million.")
DATE = _claim("date", "2019", DateValue(date="2019", granularity="year"), "It opened in 2019.")


def test_money_outranks_a_date() -> None:
    assert score_claim(MONEY, position=0.6)[0] > score_claim(DATE, position=0.6)[0]


def test_reasons_name_each_feature_with_its_weight() -> None:
    score, reasons = score_claim(MONEY, position=0.1)
    assert reasons == ["money figure +3", "in the first fifth +1"]
    assert score == 4.0


def test_earlier_is_higher() -> None:
    top = score_claim(MONEY, position=0.05)[0]
    middle = score_claim(MONEY, position=0.3)[0]
    bottom = score_claim(MONEY, position=0.9)[0]
    assert top > middle > bottom


def test_hedge_in_value_or_before_the_span() -> None:
    hedged = _claim(
        "money",
        "$4 million",
        MoneyValue(amount=4e6, currency="USD", qualifier="more than"),
        "It cost more than $4 million.",
    )
    _, reasons = score_claim(hedged, position=0.9)
    assert "hedged +1" in reasons
    by_text = _claim("money", "$4 million", MoneyValue(amount=4e6), "It cost nearly $4 million.")
    assert "hedged +1" in score_claim(by_text, position=0.9)[1]
    assert "hedged +1" not in score_claim(MONEY, position=0.9)[1]


def test_named_speaker_beats_anonymous_quote() -> None:
    named = _claim("quote", '"We won"', QuoteValue(quote="We won", speaker="Ana Ruiz"))
    anon = _claim("quote", '"We won"', QuoteValue(quote="We won", speaker=None))
    named_score, reasons = score_claim(named, position=0.9)
    assert reasons == ["quote with a named speaker +2.5"]
    assert named_score > score_claim(anon, position=0.9)[0]


def test_quote_with_a_figure_and_linked_pair() -> None:
    quote = _claim(
        "quote", '"We hired 300 nurses"', QuoteValue(quote="We hired 300 nurses", speaker="Jo Lin")
    )
    assert "figure inside the quote +1" in score_claim(quote, position=0.9)[1]
    paired = _claim("money", "$4 million", MoneyValue(amount=4e6), pair="abc")
    assert "linked conversion +1" in score_claim(paired, position=0.9)[1]


def test_position_is_clamped_and_function_is_pure() -> None:
    assert score_claim(MONEY, position=-3) == score_claim(MONEY, position=0.0)
    assert score_claim(MONEY, position=0.4) == score_claim(MONEY, position=0.4)


def test_scores_every_extracted_claim() -> None:
    text = (
        "The city spent £3 billion on 40,000 homes, up 12%, "
        'Mayor Ana Ruiz said, calling it "a start".'
    )
    for claim in extract(text, published="2025-02-17"):
        score, reasons = score_claim(claim, position=claim.start / len(text))
        assert score > 0
        assert reasons


def test_an_inconsistent_check_outweighs_any_score_without_one() -> None:
    from factcheck.models import CheckResult, MoneyValue
    from factcheck.priority import CHECK_WEIGHT, check_reason, is_check_reason, reason_weight

    # The most a claim can score: every feature that adds weight at once.
    best = _claim(
        "money",
        "$4 billion",
        MoneyValue(amount=4e9, currency="USD", qualifier="nearly", per="year"),
        "A record: nearly $4 billion a year.",
        pair="abc",
    )
    top, reasons = score_claim(best, position=0.0)
    assert len(reasons) == 7 and top < CHECK_WEIGHT
    from tests.conftest import CLAIMS

    for path in sorted(CLAIMS.glob("*.md")):
        claims = extract(path.read_text(encoding="utf-8"))
        assert claims and all(score_claim(c, position=0.0)[0] < CHECK_WEIGHT for c in claims)

    def result(check: str, status: str) -> CheckResult:
        return CheckResult(
            document="d",
            check=check,
            status=status,
            start=0,
            end=1,
            explanation="x",  # type: ignore[arg-type]
        )

    assert check_reason([result("conversion", "consistent")]) == (0.0, [])
    weight, why = check_reason(
        [result("weekday", "inconsistent"), result("arithmetic", "inconsistent")]
    )
    assert (weight, why) == (CHECK_WEIGHT, ["inconsistent arithmetic and weekday checks +10"])
    assert is_check_reason(why[0]) and reason_weight(why[0]) == CHECK_WEIGHT
    assert not is_check_reason("money figure +3") and reason_weight("money figure +3") == 3.0
