"""The algebra binder (factcheck/checks/relations/algebra.py): a stated figure licensed as
the result of a law (a difference, a sum of listed parts, a ratio to one, a multiple, a
share) is tested against the one binding of the sentence's figures the law's algebra allows,
whatever the word order. Sentences in our own words, one family a test, each with a right
and a wrong figure, and the distractors that must stay quiet."""

from __future__ import annotations

import pytest

from factcheck.checks import check_document
from factcheck.models import Document


def _arith(text: str) -> dict[str, str]:
    doc = Document(id="alg", text=text, published="2025-06-01")
    return {r.text: r.status for r in check_document(doc) if r.check == "arithmetic"}


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a comparative and the figure it compares with, after it, in any wording
        ("The east stand holds 8,400 fans, 1,900 more than the west stand at 6,500.",
         "1,900", "consistent"),
        ("The east stand holds 8,400 fans, 2,900 more than the west stand at 6,500.",
         "2,900", "inconsistent"),
        ("Rent for the flat is €940, €110 less than for the house next door (€1,050).",
         "€110", "consistent"),
        ("Rent for the flat is €940, €160 less than for the house next door (€1,050).",
         "€160", "inconsistent"),
        ("At 1,344 metres, the summit rises 405 metres above the pass (939 m).",
         "405 metres", "consistent"),
        ("At 1,344 metres, the summit rises 505 metres above the pass (939 m).",
         "505 metres", "inconsistent"),
    ],
)  # fmt: skip
def test_a_comparative_binds_the_figure_it_compares_with(text, figure, expected):
    assert _arith(text).get(figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a margin told by its unit and a noun of winning, after the score
        ("Rovers won 4-1 at home, a three-goal victory.", "three-goal", "consistent"),
        ("Rovers won 4-1 at home, a two-goal victory.", "two-goal", "inconsistent"),
        # a bare tally and the difference told after it
        ("The visitors won 14 corners to 5, nine more corners.", "nine more corners",
         "consistent"),
        ("The visitors won 14 corners to 5, seven more corners.", "seven more corners",
         "inconsistent"),
        # a noun of difference named before the figure, the operands in brackets between
        ("The club's deficit (costs of £9.6m against income of £8.1m) came to £1.5m.",
         "£1.5m", "consistent"),
        ("The club's deficit (costs of £9.6m against income of £8.1m) came to £2.5m.",
         "£2.5m", "inconsistent"),
    ],
)  # fmt: skip
def test_a_difference_told_as_a_margin_or_a_named_gap(text, figure, expected):
    assert _arith(text).get(figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("2,000 people voted — 1,150 for the plan and 850 against.", "2,000 people",
         "consistent"),
        ("2,000 people voted — 1,150 for the plan and 640 against.", "2,000 people",
         "inconsistent"),
        # a name inside an item ("in the 5k") is no part
        ("Some 900 swimmers entered: 520 in the 5k and 380 in the relay.", "900 swimmers",
         "consistent"),
    ],
)  # fmt: skip
def test_a_whole_before_a_list_of_its_parts(text, figure, expected):
    assert _arith(text).get(figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("Nurses outnumber doctors 6 to 1: 3,000 nurses, 500 doctors.", "6", "consistent"),
        ("Nurses outnumber doctors 9 to 1: 3,000 nurses, 500 doctors.", "9", "inconsistent"),
        ("Queues at the clinic were halved: 40 minutes last spring, 21 now.", "halved",
         "consistent"),
        ("Queues at the clinic were halved: 40 minutes last spring, 31 now.", "halved",
         "inconsistent"),
    ],
)  # fmt: skip
def test_a_ratio_or_multiple_stated_by_its_own_words(text, figure, expected):
    assert _arith(text).get(figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("At £2.4m for 60 buses, each bus costs the council about £40,000.", "£40,000",
         "consistent"),
        ("At £2.4m for 60 buses, each bus costs the council about £55,000.", "£55,000",
         "inconsistent"),
        ("The prize pot of £90,000 was shared by 12 riders, or £7,500 each.", "£7,500",
         "consistent"),
        ("The prize pot of £90,000 was shared by 12 riders, or £9,500 each.", "£9,500",
         "inconsistent"),
    ],
)  # fmt: skip
def test_what_each_one_of_a_count_gets(text, figure, expected):
    assert _arith(text).get(figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a change in percentage points is a difference: one unit and 3% off is an error
        ("Backing for the bypass fell five points, from 61% to 58%, in a year.", "five points",
         "inconsistent"),
        ("Backing for the bypass fell three points, from 61% to 58%, in a year.",
         "three points", "consistent"),
    ],
)  # fmt: skip
def test_a_change_in_points_is_judged_as_a_difference(text, figure, expected):
    assert _arith(text).get(figure) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a price given before "each" is no result; nor is what each costs before a whole
        # of another clause, or a whole in another sentence
        "They bought 200 chairs at £15 each, a saving of £800.",
        "Each of the 9 boats costs £4,000 to moor and the club spent £50,000 across the year.",
        "The mill sold £2.1m of flour in June, up 8. Each averaged £300,000.",
        # what the comparative compares with is no figure of the text
        "The tower stands 95 metres, 12 metres more than last year's plan, on a 40-metre base.",
        # a part after ", and" is the rest, not the share's part
        "Half the 60 members came, and 18 left early.",
        # another change's level is no base of this one
        "Prices rose 3% to $80, while the index rose 2% to 4,100.",
        "Shares gained 2.1% to 312 and the index added 1.4% to 7,950.",
        # a clause of something else after "with"
        "The leaders are 6 points clear with 20 games played and 9 to go.",
        # three figures a difference could be taken from: which two is not told
        "The herd grew by 60 cows, from 410 in May to 470, and 35 more are due.",
        # a clock time is no pair of numbers
        "10:45 — The count in Ashgrove is in: the Greens hold the seat by 212 votes.",
        # a period is no operand of a multiple
        "Cases have tripled in a year, and twice in ten years the ward has closed.",
    ],
)
def test_distractors_raise_no_alarm(text):
    assert "inconsistent" not in _arith(text).values(), _arith(text)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a rate times the stretch the total runs over, in its sentence or the one before
        ("At £2.5m a month, the consultancy bill will reach £30m over the year.", "£30m",
         "consistent"),
        ("At £2.5m a month, the consultancy bill will reach £38m over the year.", "£38m",
         "inconsistent"),
        ("The dredger clears 45 tonnes a day; in a fortnight it moved 630 tonnes.",
         "630 tonnes", "consistent"),
        ("The leak wastes 3 million litres a week. Over the 10 weeks so far, that adds up "
         "to 45 million litres.", "45 million litres", "inconsistent"),
        ("The shuttle runs 12 trips a day, 4,380 a year.", "4,380", "consistent"),
        ("Each turbine spins out 500 units a minute. Run for an hour, it makes 30,000 units.",
         "30,000 units", "consistent"),
        # a price times a count, the total named by its words
        ("Each of the 16 buses cost €0.5m, and the fleet €8m in all.", "€8m", "consistent"),
        ("Seats were £15 each and 2,400 were sold: the concert raised £48,000.", "£48,000",
         "inconsistent"),
        ("The farm sold 320 tonnes of pears at £450 a tonne – £144,000 in total.",
         "£144,000", "consistent"),
        # a price per a measure the sentence counts
        ("The 30km tram line is budgeted at £900m, or £30m a kilometre.", "£30m",
         "consistent"),
        ("The 30km tram line is budgeted at £900m, or £45m a kilometre.", "£45m",
         "inconsistent"),
    ],
)  # fmt: skip
def test_a_rate_over_a_period_or_a_price_over_a_count(text, figure, expected):
    assert _arith(text).get(figure) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a rate's next level is no total; an hour's rate says nothing of a day
        "The charge of £200 a month could rise to £260 over two years.",
        "The bakery bakes 600 loaves a day, or 40 loaves an hour.",
        # the rate's own stretch, then parts of it
        "Rain averaged 80mm a month over three months: 70mm in May, 95mm in June and 75mm in July.",
        # when, not how long
        "The ferry earns £30,000 a week. The pier, built 8 years ago, cost £20m.",
        # two stretches: which one the total is over is not told
        "At 50 cars an hour, the 8-hour closure and the 3-hour detour move 400 cars.",
    ],
)
def test_rate_distractors_raise_no_alarm(text):
    assert "inconsistent" not in _arith(text).values(), _arith(text)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a minus sign is part of the number
        ("Overnight lows of -6C gave way to 9C by noon, a swing of 15 degrees.", "15 degrees",
         "consistent"),
        # a fraction of a point counts percentage points
        ("The bank cut its rate from 5.25% to 5%, a cut of a quarter of a point.",
         "a quarter of a point", "consistent"),
        ("The bank cut its rate from 5.25% to 4.5%, a cut of a quarter of a point.",
         "a quarter of a point", "inconsistent"),
        # a body's size told as a compound: a majority over all the others
        ("In the 90-seat assembly, the alliance's 50 members give it a majority of 10.", "10",
         "consistent"),
        ("In the 90-seat assembly, the alliance's 50 members give it a majority of 40.", "40",
         "inconsistent"),
        # a share in words is the rounded figure the exact part and whole test
        ("One in four of the 1,960 boilers inspected — 512 — was unsafe.", "512",
         "consistent"),
    ],
)  # fmt: skip
def test_signs_fractions_of_a_point_bodies_and_shares_in_words(text, figure, expected):
    assert _arith(text).get(figure) == expected


def test_a_date_set_off_after_the_noun_it_dates_takes_its_tense() -> None:
    from factcheck.pipeline import extract

    text = "Next month's ballot, on 12 November, comes a year after the last, on 12 November 2025."
    dates = {c.text: c.value.date for c in extract(text, published="2026-10-05", kinds=["date"])}
    assert dates["12 November"] == "2026-11-12"


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a conversion after a dash that closes a short complement, after "i.e.", in a
        # clause after a semicolon that converts or names the currency it is told in
        ("Growers lost an estimated Mex$2bn to the drought – $98m in US money.", "$98m",
         "consistent"),
        ("The ministry signed contracts worth 5.2 billion lei, i.e. €1.05bn.", "€1.05bn",
         "consistent"),
        ("Remittances reached ₱50 billion in the quarter; that comes to $8,600m.", "$8,600m",
         "inconsistent"),
        ("The roof repair has come in at €20m; in złoty, zł 4.6m.", "zł 4.6m", "inconsistent"),
    ],
)  # fmt: skip
def test_a_conversion_set_off_in_more_ways(text, figure, expected):
    doc = Document(id="alg", text=text, published="2025-02-17")
    got = {r.text: r.status for r in check_document(doc) if r.check == "conversion"}
    assert got.get(figure) == expected, got


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # parts in the sentences before a total that opens on its word of summing
        ("Thirty-one of the pupils went by bus and twelve by train. In all, 43 pupils made "
         "the trip.", "43 pupils", "consistent"),
        ("Crews sowed 2,100 hectares of oats and 800 of rye. Beans took a further 400. "
         "Altogether, 3,600 hectares are sown.", "3,600 hectares", "inconsistent"),
        # what is left of 100% in the sentence
        ("Gas made 52% of the town's heat, oil 30% and wood the remaining 18%.", "18%",
         "consistent"),
        ("Gas made 52% of the town's heat, oil 30% and wood the remaining 28%.", "28%",
         "inconsistent"),
        # the mean of a list after it
        ("Over six rounds she averaged 70 strokes; she shot 68, 72, 71, 69, 70 and 70.",
         "70 strokes", "consistent"),
        # a share of two sides set off after it
        ("The motion passed with 60% in favour: 1,800 votes for and 1,200 against.", "60%",
         "consistent"),
        ("The motion passed with 70% in favour: 1,800 votes for and 1,200 against.", "70%",
         "inconsistent"),
        # a part per N of a whole
        ("With 450 cases among 150,000 residents, the rate stands at 30 per 10,000.", "30",
         "consistent"),
        ("With 450 cases among 150,000 residents, the rate stands at 3 per 10,000.", "3",
         "inconsistent"),
        # a ratio told as one to N, a multiple against the one figure of the sentence before
        ("The ward's 40 nurses look after 310 patients, a ratio of one to 7.75.", "7.75",
         "consistent"),
        ("In 2016 the fair drew 9,000 people. This year it drew 36,000, a fourfold rise.",
         "fourfold", "consistent"),
    ],
)  # fmt: skip
def test_totals_remainders_means_splits_and_rates_per_n(text, figure, expected):
    assert _arith(text).get(figure) == expected, _arith(text)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a difference told "by N" against figures in the sentence after it, or one in its
        # own sentence and one in the sentence before
        ("The register grew by 1,400 over the year. It now stands at 9,900, against 8,500 "
         "last spring.", "1,400", "consistent"),
        ("The register grew by 2,400 over the year. It now stands at 9,900, against 8,500 "
         "last spring.", "2,400", "inconsistent"),
        ("The mayor raised £84,000 for the race. Her rival, who raised £51,000, trailed her "
         "by £33,000.", "£33,000", "consistent"),
        # a licensed change, share or per-unit figure with no figures in reach is untested,
        # and says so
        ("Sales of heat pumps climbed 27% last year, the installers said.", "27%",
         "inconclusive"),
        ("About 30% of the units on the estate are empty, the survey found.", "30%",
         "inconclusive"),
        ("The new parking permit works out at £60 per household, the council said.", "£60",
         "inconclusive"),
    ],
)  # fmt: skip
def test_differences_by_n_across_sentences_and_untested_figures(text, figure, expected):
    assert _arith(text).get(figure) == expected, _arith(text)


def test_a_recovery_or_a_rebound_is_a_rise() -> None:
    assert _arith("Footfall in the arcade recovered by 8%, to 5,400 from 5,000.") == {
        "8%": "consistent"
    }
    assert _arith("Footfall in the arcade rebounded 18% to 5,400 from 5,000.") == {
        "18%": "inconsistent"
    }


def test_days_left_count_down_to_a_date_told_after_them() -> None:
    def elapsed(text: str) -> dict[str, str]:
        doc = Document(id="alg", text=text, published="2026-03-02")
        return {r.text: r.status for r in check_document(doc) if r.check == "elapsed"}

    text = "The council leader has under {} days left in post: her term ends on 30 June 2026."
    assert elapsed(text.format(150)) == {"under 150 days": "consistent"}
    assert elapsed(text.format(90)) == {"under 90 days": "inconsistent"}


def test_a_part_of_its_whole_is_no_split() -> None:
    # "N of M" after a share is its part and whole, not two sides of a vote
    assert _arith("Heat pumps' share of new boilers reached 12.5% in May: 1,500 of 12,000.") != {
        "12.5%": "inconsistent"
    }
