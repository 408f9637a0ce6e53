"""Families of wording from the second blind set's misses, in our own words."""

from __future__ import annotations

import pytest

from factcheck.checks import check_document
from factcheck.models import Document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The utility spent €500m - roughly £421m - on the grid link.", "consistent"),
        ("The utility spent €500m - some £600m - on the grid link.", "inconsistent"),
    ],
)
def test_conversion_set_off_by_spaced_hyphens(text, expected):
    """A spaced ASCII hyphen sets off a conversion as a dash or a bracket does."""
    doc = Document(id="d", text=text, published="2024-06-14")
    results = check_document(doc, None, checks=["conversion"])
    assert [r.status for r in results] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry sank on 7 March 2023 - a Tuesday - near the harbour.", "consistent"),
        ("The ferry sank on 7 March 2023 - a Sunday - near the harbour.", "inconsistent"),
    ],
)
def test_weekday_set_off_by_spaced_hyphens(text, expected):
    """A weekday in apposition between spaced hyphens names the date before it."""
    doc = Document(id="w", text=text, published="2024-01-10")
    results = check_document(doc, None, checks=["weekday"])
    assert [r.status for r in results] == [expected]


def _arith(text: str, published: str = "2025-03-03") -> list[tuple[str, str]]:
    doc = Document(id="a", text=text, published=published)
    return [(r.text, r.status) for r in check_document(doc, None, checks=["arithmetic"])]


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a share restated after the part-of-whole and a short phrase ending the noun
        ("Farmers hold 30 of the 120 places on the board, or 25%.", "25%", "consistent"),
        ("Farmers hold 30 of the 120 places on the board, or 20%.", "20%", "inconsistent"),
        # the whole named first: "Of the shop's 800 members, 200, or 25%, ..."
        ("Of the union's 800 members, 200, or 25%, voted to strike.", "25%", "consistent"),
        ("Of the union's 800 members, 200, or 40%, voted to strike.", "40%", "inconsistent"),
    ],
)
def test_share_restated_after_a_short_tail(text, figure, expected):
    assert (figure, expected) in _arith(text)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a change in points restated as a relative change, after a spaced dash or a comma
        ("Turnout went from 40% to 50% - up 10 points, or 25% - in the city.", "25%", "consistent"),
        ("Turnout went from 40% to 50% - up 10 points, or 10% - in the city.", "10%",
         "inconsistent"),
        ("Its share sank from 20% to 15%, a drop of 5 points, or 25%.", "25%", "consistent"),
        # a change in money restated as a percentage: the earlier figure is the later less it
        ("A ticket rose £2, or 25%, to £10.", "25%", "consistent"),
        ("A ticket rose £2, or 10%, to £10.", "10%", "inconsistent"),
    ],
)  # fmt: skip
def test_restated_change_takes_the_verb_and_figures_of_its_twin(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_share_of_a_whole_after_a_cut_is_no_change():
    """ "cut 300 jobs, or 5% of its 6,000 staff" is a share, not a 5% change."""
    got = _arith("Last year the bank earned £9bn. It cut 300 jobs, or 5% of its 6,000 staff.")
    assert ("5%", "consistent") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She bought 400 shares at £12.50, a £5,000 holding.", "consistent"),
        ("She bought 400 shares at £12.50, a £6,000 holding.", "inconsistent"),
        ("The theatre sold 900 seats at £30 each, taking £27,000 on the night.", "consistent"),
        ("The theatre sold 900 seats at £30 each, taking £21,000 on the night.", "inconsistent"),
    ],
)
def test_price_times_quantity_with_an_apposed_or_gerund_total(text, expected):
    assert [s for _, s in _arith(text)] == [expected]


def _elapsed(text: str, published: str) -> list[tuple[str, str]]:
    doc = Document(id="e", text=text, published=published)
    return [(r.text, r.status) for r in check_document(doc, None, checks=["elapsed"])]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the only two dates of the sentence, with no word that anchors the span
        ("Digging began in March 2020 and ended in March 2023, three years of noise for "
         "the street.", "2023-06-01", "consistent"),
        ("Digging began in March 2020 and ended in March 2023, five years of noise for "
         "the street.", "2023-06-01", "inconsistent"),
        # "lasted" would take the nearer date alone: the span runs between both
        ("The walkout, which ran from 3 June to 24 June, lasted three weeks.", "2024-07-01",
         "consistent"),
        ("The walkout, which ran from 3 June to 24 June, lasted five weeks.", "2024-07-01",
         "inconsistent"),
        # one date in the sentence, the other in the next sentence of the paragraph
        ("The pier reopened on 2 May after nearly four years. It had shut on 20 June 2020.",
         "2024-05-10", "consistent"),
        ("The pier reopened on 2 May after nearly two years. It had shut on 20 June 2020.",
         "2024-05-10", "inconsistent"),
        # one past date and the present: to publication
        ("The choir, which first sang in 1974, has been part of the town for half a century.",
         "2024-09-01", "consistent"),
        ("The choir, which first sang in 1974, has been part of the town for over 60 years.",
         "2024-09-01", "inconsistent"),
    ],
)  # fmt: skip
def test_span_between_the_dates_beside_it(text, published, expected):
    assert [s for _, s in _elapsed(text, published)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The firm, founded in 1990, signed a five-year deal on 3 May 2024.",  # a term
        "Hired in 2001 with ten years' experience, she left on 3 May 2024.",  # experience
        "The law of 2019 gave firms 90 days to comply; most did by June 2020.",  # a deadline
    ],
)
def test_terms_beside_two_dates_are_no_spans(text):
    assert all(s != "inconsistent" for _, s in _elapsed(text, "2025-01-10"))


def _conv(text: str, published: str) -> list[str]:
    doc = Document(id="c", text=text, published=published)
    return [r.status for r in check_document(doc, None, checks=["conversion"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short phrase ends the amount's noun before the bracket or "worth"
        ("The city signed a £200 million deal for 30 buses (€234 million) last week.",
         "consistent"),
        ("The city signed a £200 million deal for 30 buses, worth about €340 million.",
         "inconsistent"),
        # the conversion in the next sentence of the paragraph, restating the amount
        ("The regulator fined the bank £200 million. That is equivalent to about €234 million.",
         "consistent"),
        ("The regulator fined the bank £200 million. The penalty, about €300 million, is a record.",
         "inconsistent"),
        ("Bondholders were repaid £200 million. In euros that comes to roughly €234 million.",
         "consistent"),
    ],
)  # fmt: skip
def test_conversion_after_a_phrase_or_in_the_next_sentence(text, expected):
    assert _conv(text, "2024-06-14") == [expected]


def test_two_amounts_in_consecutive_sentences_are_no_conversion_without_a_cue():
    text = "The club paid £200 million for the stadium. Its rival spent €300 million on players."
    assert _conv(text, "2024-06-14") == []


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("With 40 vets for 12,000 farms, the county has one vet for every 300 farms.", "300 farms",
         "consistent"),
        ("With 40 vets for 12,000 farms, the county has one vet for every 200 farms.", "200 farms",
         "inconsistent"),
        ("The ward has one porter for every 25 beds. It has 200 beds and 8 porters.", "25 beds",
         "consistent"),
        # margins: a win verb before "by", a margin noun after the figure, a majority over all
        ("Okoro won the ward by 310 votes, taking 2,410 to his rival's 2,100.", "310 votes",
         "consistent"),
        ("Okoro won the ward by 410 votes, taking 2,410 to his rival's 2,100.", "410 votes",
         "inconsistent"),
        ("Lenz took 52.5% of the vote to Berg's 47.5%, a 5-point margin.", "5-point",
         "consistent"),
        ("The alliance holds 330 of the 600 seats, a majority of 60 over all other parties.",
         "60", "consistent"),
        ("The alliance holds 330 of the 600 seats, a majority of 30 over all other parties.",
         "30", "inconsistent"),
        # a total after a noun phrase that names it so
        ("The shops earned $35m, $20m and $10m, a combined trading profit of $65m.", "$65m",
         "consistent"),
        ("The shops earned $35m, $20m and $10m, a combined trading profit of $75m.", "$75m",
         "inconsistent"),
    ],
)  # fmt: skip
def test_ratios_margins_and_named_totals(text, figure, expected):
    assert (figure, expected) in _arith(text)


@pytest.mark.xfail(
    strict=True,
    reason="named totals: a hyphenated modifier in the noun phrase that names the total "
    "('a combined pre-tax profit of') hides the total from the sum of the list before it",
)
def test_a_named_total_with_a_hyphenated_modifier():
    got = _arith("The shops earned $35m, $20m and $10m, a combined pre-tax profit of $75m.")
    assert ("$75m", "inconsistent") in got


@pytest.mark.parametrize(
    "text",
    [
        # the first figure after "Of that," is a part, not the total
        "The grant comes to €75 million. Of that, €40 million goes to housing, €20 million "
        "to clinics and €15 million to libraries.",
        # a tally's hyphen is no dash before a breakdown
        "The bill passed 61-39, a margin of 22 votes, after a week of debate.",
        # bracketed list items are not a total and its parts
        "Three bidders - Alder (£14.2m), Birch (£9.8m) and Cedar (£6.5m) - bid for the site.",
        # a count smaller than every part is not their total
        "About 2,600 posts will be lost as three depots shut - 1,100 at Dunmarrow, 800 at "
        "Fenwick Cross and 700 at Ollerby.",
        # a projection of the figures before it
        "Output rose to 41,000 tonnes from 32,000 tonnes, and it expects output to double.",
    ],
)
def test_lists_tallies_and_projections_are_no_false_alarms(text):
    assert all(s != "inconsistent" for _, s in _arith(text)), _arith(text)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("The subsidy is worth £2.8m a year and will run for four years.", "2025-06-18"),  # a rate
        ("The fund was worth £3.2bn a year ago, and it rose 45% to £4.6bn by December.",
         "2024-03-06"),  # another clause's date
        ("Bin rounds shift by one day following the bank holiday on Monday 25 May.",
         "2026-05-20"),
        ("The lido, which first opened in July 1986, turns 40 this month and will host a swim "
         "gala.", "2026-07-08"),
    ],
)  # fmt: skip
def test_rates_other_clauses_and_plans_are_no_elapsed_alarms(text, published):
    assert all(s != "inconsistent" for _, s in _elapsed(text, published)), _elapsed(text, published)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("The 300 posts to be cut represent 5% of the bank's 6,000 staff.", "5%", "consistent"),
        ("The 300 posts to be cut represent 8% of the bank's 6,000 staff.", "8%", "inconsistent"),
        ("Women hold 30 of the 120 seats on boards surveyed this year, 25% of the total.", "25%",
         "consistent"),
    ],
)  # fmt: skip
def test_shares_stated_by_a_verb_or_of_the_total(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_points_in_a_sports_score_are_no_percentage_points():
    got = _arith("She has scored 240 points in 12 games, an average of 20 a game.")
    assert all(s != "inconsistent" for _, s in got)
    got = _arith("Lenz took 52.5% to Berg's 47.5%, a 9-point margin.")
    assert ("9-point", "inconsistent") in got


@pytest.mark.parametrize(
    "text",
    [
        "My great-grandmother opened the bakery on a Tuesday, 3 March, the family says.",
        "The club's founders met on Friday 6 June, in the year the mill closed.",
    ],
)
def test_a_yearless_date_generations_back_takes_no_publication_year(text):
    doc = Document(id="w", text=text, published="2025-06-20")
    statuses = [r.status for r in check_document(doc, None, checks=["weekday"])]
    assert statuses == ["inconclusive"]


def test_a_yearless_recent_date_still_takes_the_publication_year():
    doc = Document(id="w", text="The mayor resigned on Tuesday, 3 June.", published="2025-06-20")
    assert [r.status for r in check_document(doc, None, checks=["weekday"])] == ["consistent"]


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("Of the 120 flats, 45 will be sold. The remaining 75 are for social rent.", "75",
         "consistent"),
        ("Of the 120 flats, 45 will be sold. The remaining 65 are for social rent.", "65",
         "inconsistent"),
        ("The first bid was £2.5m. The second was £3.1m, and the gap of £600,000 decided it.",
         "£600,000", "consistent"),
        ("The first bid was £2.5m. The second was £3.1m, and the gap of £800,000 decided it.",
         "£800,000", "inconsistent"),
        ("She has scored 240 points in 12 games, an average of 25 a game.", "25",
         "inconsistent"),
        # relations asserted whose operands the text does not give
        ("Seats for the gala at £40 each raised £12,000 for the hospice.", "£12,000",
         "inconclusive"),
        ("The bill for the roof has risen by a quarter, to £1.5m, since March.", "a quarter",
         "inconclusive"),
    ],
)  # fmt: skip
def test_remainders_gaps_averages_and_missing_operands(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_a_period_over_the_next_years_binds_no_date_of_another_sentence():
    text = "The firm will halve emissions by 2030. It will spend $1bn over the next four years."
    assert _elapsed(text, "2020-01-16") == []


def test_no_relation_binds_across_a_headline_without_a_full_stop():
    text = (
        "Council to spend £4m over the next four years\n\nThe council said on Monday it would "
        "finish the work by 2030."
    )
    assert all(s != "inconsistent" for _, s in _elapsed(text, "2020-01-16"))


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("The yard won a 2.5 billion Danish crowns order.", "DKK"),
        ("The fund holds 40 billion Norwegian crowns of bonds.", "NOK"),
        ("The plant cost 9 billion Czech crowns.", "CZK"),
        ("An investor is backing a 7 billion kronur spa resort.", "ISK"),
    ],
)
def test_crowns_and_kronur_name_their_currency(text, currency):
    from factcheck.extract import extract_document

    doc = Document(id="m", text=text, published="2024-06-14")
    money = [c for c in extract_document(doc) if c.kind == "money"]
    assert [c.value.currency for c in money] == [currency]


def test_crowns_alone_are_no_money():
    from factcheck.extract import extract_document

    doc = Document(id="m", text="The dentist fitted three crowns.", published="2024-06-14")
    assert [c for c in extract_document(doc) if c.kind == "money"] == []


def test_a_count_read_inside_a_money_claim_is_no_second_operand():
    text = (
        "The port authority is selling warehouses worth kr. 650 million (about $95 million) "
        "to three pension funds, which plan 900 homes."
    )
    assert all(s != "inconsistent" for _, s in _arith(text, "2017-05-03"))
