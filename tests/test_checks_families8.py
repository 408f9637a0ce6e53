"""Families of arithmetic relations the seventh blind set showed missing, in our own words:
totals and parts across the sentences of a paragraph."""

from __future__ import annotations

from factcheck.checks import check_document
from factcheck.models import Document


def _arithmetic(text: str) -> list[tuple[str, str]]:
    doc = Document(id="f8", text=text, published="2025-06-01")
    return [(r.text, r.status) for r in check_document(doc) if r.check == "arithmetic"]


def test_a_sum_sentence_opening_on_a_combined_noun_phrase() -> None:
    # "The combined X, N, …" sums the one figure of each sentence before it
    assert _arithmetic(
        "Rangers cleared 830 nests in the spring. In the autumn they cleared 470 more. "
        "The combined haul, about 1,300 nests, is a record."
    ) == [("1,300 nests", "consistent")]
    assert _arithmetic(
        "Rangers cleared 830 nests in the spring. In the autumn they cleared 470 more. "
        "The combined haul, about 1,900 nests, is a record."
    ) == [("1,900 nests", "inconsistent")]


def test_a_sum_sentence_ignores_a_figure_after_its_semicolon() -> None:
    # the figure after ";" tells of another year, not a second total
    assert _arithmetic(
        "The shelter took in 312 dogs in May. In June it took in 288. Together that is "
        "600, the manager said; in 2023 the figure was 410."
    ) == [("600", "consistent")]
    assert _arithmetic(
        "The shelter took in 312 dogs in May. In June it took in 288. Together that is "
        "700, the manager said; in 2023 the figure was 410."
    ) == [("700", "inconsistent")]


def test_a_sentence_opening_the_combined_name_is_no_sum() -> None:
    # "combined" as part of a name does not sum the sentence before
    assert (
        _arithmetic(
            "The board approved 14 homes in March and 9 in April. The Combined Authority, "
            "with 40 members, meets on Friday."
        )
        == []
    )


def test_a_running_total_named_by_its_period() -> None:
    # "bringing the weekend total to", "taking the spring's total to": a noun between
    assert _arithmetic(
        "Crews planted 340 oaks on Friday. On Saturday they planted 210, taking the "
        "weekend total to 550."
    ) == [("550", "consistent")]
    assert _arithmetic(
        "Crews planted 340 oaks on Friday. On Saturday they planted 210, bringing the "
        "spring's total to 600."
    ) == [("600", "inconsistent")]
    # a comma between the verb and "total to" is another clause
    assert (
        _arithmetic(
            "Crews planted 340 oaks on Friday and 210 on Saturday, bringing, the council said, "
            "its total to 900."
        )
        == []
    )


def test_a_count_of_pieces_before_a_dash_and_their_list() -> None:
    # "N things close - a at …, b at … and c at …": exactly N figures after the mark
    assert _arithmetic(
        "About 900 posts will go as four depots shut: 300 in Arlow, 250 in Benn, 200 "
        "in Cray and 150 in Dunmore."
    ) == [("900 posts", "consistent")]
    assert _arithmetic(
        "About 900 posts will go as four depots shut: 300 in Arlow, 250 in Benn, 200 "
        "in Cray and 300 in Dunmore."
    ) == [("900 posts", "inconsistent")]
    # three figures after "four depots": not the list of the pieces counted
    assert (
        _arithmetic(
            "About 900 posts will go as four depots shut: 300 in Arlow, 250 in Benn and 200 "
            "in Cray."
        )
        == []
    )


def test_a_total_and_the_parts_a_verb_of_making_up_names_next() -> None:
    assert _arithmetic(
        "The trust spent £5.2m last year. Wages accounted for £3.1m and repairs £2.1m."
    ) == [("£5.2m", "consistent")]
    assert _arithmetic(
        "The trust spent £5.2m last year. Wages accounted for £3.1m and repairs £2.6m."
    ) == [("£5.2m", "inconsistent")]
    # parts that fall short may be only some of them: no verdict against the total
    assert _arithmetic(
        "The mill ground 6,100 tonnes of grain. Rye made up 2,400 tonnes and spelt 1,100 tonnes."
    ) == [("6,100 tonnes", "inconclusive")]
    # parts of another noun are no breakdown of the total
    assert (
        _arithmetic(
            "The mill ground 6,100 tonnes of grain. Rye made up 2,400 sacks and spelt 1,100 sacks."
        )
        == []
    )


def test_a_price_difference_told_in_the_minor_unit() -> None:
    # cents and pence against the two prices of the sentence in euros and pounds
    assert _arithmetic("A loaf costs €2.35 at the mill shop but €2.10 in town, 25 cents less.") == [
        ("25 cents", "consistent")
    ]
    assert _arithmetic("A loaf costs €2.35 at the mill shop but €2.10 in town, 35 cents less.") == [
        ("35 cents", "inconsistent")
    ]
    assert _arithmetic(
        "Tea is £2.80 a cup at the pier and £2.45 on the prom; the pier charges 35p more."
    ) == [("35p", "consistent")]
    # pence name their own currency: no difference of two euro prices
    assert _arithmetic("A loaf costs €2.35 at the mill shop but €2.10 in town, 25p less.") == []
    # one price only: nothing to subtract
    assert _arithmetic("A loaf costs €2.35 at the mill shop, 25 cents less than in May.") == []


def test_the_rest_of_a_split_told_against_each_other() -> None:
    # "X% against Y%; the rest, Z%, …": what is left of 100% after the two sides
    assert _arithmetic("Leave led with 51% against 37% for Stay; the rest, 12%, had no view.") == [
        ("12%", "consistent")
    ]
    assert _arithmetic("Leave led with 51% against 37% for Stay; the rest, 18%, had no view.") == [
        ("18%", "inconsistent")
    ]
    # the ends of a change are no split
    assert _arithmetic("Support rose from 40% to 46%; the remaining 54% were against.") == []


def test_the_rest_opening_the_sentence_after_the_shares() -> None:
    assert _arithmetic(
        "Of the tenants asked, 63% of respondents backed the rent plan and 29% opposed it. "
        "The rest, 8%, were unsure."
    ) == [("8%", "consistent")]
    assert _arithmetic(
        "Of the tenants asked, 63% of respondents backed the rent plan and 29% opposed it. "
        "The rest, 14%, were unsure."
    ) == [("14%", "inconsistent")]
    # a sentence before with another kind of figure is no list of shares alone
    assert (
        _arithmetic(
            "Of 900 tenants, 63% backed the rent plan and 29% opposed it. "
            "The rest, 14%, were unsure."
        )
        == []
    )


def test_a_change_whose_earlier_figure_the_next_sentence_dates_as_earlier() -> None:
    assert _arithmetic("Ferry bookings climbed 25% to 6,000. A year earlier there were 4,800.") == [
        ("25%", "consistent")
    ]
    assert _arithmetic("Ferry bookings climbed 25% to 6,000. A year earlier there were 5,500.") == [
        ("25%", "inconsistent")
    ]
    # a year that is not the year before is no base of a percentage change
    assert _arithmetic(
        "Ferry bookings climbed 25% to 6,000. In 2016 the line carried 5,500 passengers."
    ) == [("25%", "inconclusive")]


def test_a_multiple_whose_earlier_figure_a_dated_sentence_gives() -> None:
    assert _arithmetic(
        "Stray dogs taken in by the pound halved to 230. In 2020 there were 470."
    ) == [("halved", "consistent")]
    assert _arithmetic(
        "Stray dogs taken in by the pound halved to 230. In 2020 there were 700."
    ) == [("halved", "inconsistent")]
    # the multiple's own sentence is dated: the other year may be another span
    assert _arithmetic(
        "Stray dogs taken in by the pound halved to 230 last year. In 2015 there were 700."
    ) == [("halved", "inconclusive")]


def test_a_fractional_change_told_in_the_earlier_of_two_dated_sentences() -> None:
    # the multiple's sentence is dated before the other one: it holds the earlier figure
    assert _arithmetic(
        "The pool sold 30,000 swims last year. In 2018 it sold 40,000, so swims have fallen "
        "by a quarter."
    ) == [("a quarter", "consistent")]
    assert _arithmetic(
        "The pool sold 30,000 swims last year. In 2018 it sold 36,000, so swims have fallen "
        "by almost a half."
    ) == [("almost a half", "inconsistent")]


def test_a_majority_told_in_the_sentence_after_the_tally() -> None:
    assert _arithmetic(
        "Tenants backed the rent deal by 611 votes to 472. The majority of 139 surprised the board."
    ) == [("139", "consistent")]
    assert _arithmetic(
        "Tenants backed the rent deal by 611 votes to 472. The majority of 193 surprised the board."
    ) == [("193", "inconsistent")]
    # two counts joined by "and" are no tally: no difference to test
    assert _arithmetic(
        "The hall has 611 members and 472 guests. The majority of 139 are from the town."
    ) == [("139", "inconclusive")]


def test_each_of_a_count_then_what_each_costs_then_the_total() -> None:
    assert _arithmetic("Each of the 12 vans costs £31,000 to run, £372,000 across the depot.") == [
        ("£372,000", "consistent")
    ]
    assert _arithmetic("Each of the 12 vans costs £31,000 to run, £410,000 across the depot.") == [
        ("£410,000", "inconsistent")
    ]
    # a second clause ("and") between them: the later figure is not their total
    assert (
        _arithmetic(
            "Each of the 12 vans costs £31,000 to run and the depot spent £410,000 across the year."
        )
        == []
    )


def test_a_price_each_and_the_total_a_short_opener_leads_in_the_next_sentence() -> None:
    assert _arithmetic(
        "Each of the 30 cottages is priced at £180,000. Once all are let, the estate would "
        "fetch £5.4 million."
    ) == [("£5.4 million", "consistent")]
    assert _arithmetic(
        "Each of the 30 cottages is priced at £180,000. Once all are let, the estate would "
        "fetch £6.1 million."
    ) == [("£6.1 million", "inconsistent")]
    # a long opener is another clause: its figure is no sale's total
    assert (
        _arithmetic(
            "Each of the 30 cottages is priced at £180,000. When the council finally approves the "
            "road, the estate would fetch £6.1 million."
        )
        == []
    )


def test_a_share_first_then_its_part_of_the_whole_set_off() -> None:
    # a fraction or a percentage "of" a noun phrase, then "A of B" or ": A out of B"
    assert _arithmetic("Almost two-thirds of tenants, 388 of 610, signed the petition.") == [
        ("Almost two-thirds", "consistent")
    ]
    assert _arithmetic("Two-thirds of tenants, 305 of 610, signed the petition.") == [
        ("Two-thirds", "inconsistent")
    ]
    assert _arithmetic("Fees make up 45% of the club's income: £90,000 out of £200,000.") == [
        ("45%", "consistent")
    ]
    assert _arithmetic("Fees make up 45% of the club's income: £60,000 out of £200,000.") == [
        ("45%", "inconsistent")
    ]
    # no "of" between the two figures after it: they are no part and whole
    assert _arithmetic("Two-thirds of tenants, 388 in May and 610 in June, signed it.") == []


def test_a_multiple_of_a_figure_a_short_noun_phrase_leads_to() -> None:
    # "double the month's usual N": the noun phrase runs on to the figure compared with
    assert _arithmetic(
        "The pier took £61,000 in August, nearly double the season's usual £33,000."
    ) == [("nearly double", "consistent")]
    assert _arithmetic("The pier took £61,000 in August, twice the season's usual £45,000.") == [
        ("twice", "inconsistent")
    ]


def test_that_is_a_multiple_of_the_figure_of_the_sentence_before() -> None:
    assert _arithmetic(
        "The depot holds 1,200 buses. That is three times as many as the old one, which held 400."
    ) == [("three times", "consistent")]
    assert _arithmetic(
        "The depot holds 1,200 buses. That is three times as many as the old one, which held 250."
    ) == [("three times", "inconsistent")]
    # two figures in the sentence before: which one is restated is not told
    assert (
        _arithmetic(
            "The depot holds 1,200 buses and 300 vans. That is three times as many as the old one, "
            "which held 400."
        )
        == []
    )


def test_a_figure_per_one_of_the_count_that_follows_from() -> None:
    # "… or €30 per visitor, from 80,000 visitors": the count after "from" is of the noun
    assert _arithmetic(
        "Fair takings reached €2.4 million, or €30 per visitor, from 80,000 visitors."
    ) == [("€30", "consistent")]
    assert _arithmetic(
        "Fair takings reached €2.4 million, or €45 per visitor, from 80,000 visitors."
    ) == [("€45", "inconsistent")]
    # two counts of the noun (a change of them): which one is not told
    assert (
        _arithmetic(
            "Fair takings reached €2.4 million, or €30 per visitor, up from 70,000 visitors to "
            "80,000 visitors."
        )
        == []
    )


def test_the_average_noun_as_the_subject_after_a_list() -> None:
    assert _arithmetic(
        "The three vans cost £30,000, £34,000 and £38,000; the average van cost £34,000."
    ) == [("£34,000", "consistent")]
    assert _arithmetic(
        "The three vans cost £30,000, £34,000 and £38,000; the average van cost £41,000."
    ) == [("£41,000", "inconsistent")]
    # no list before it: nothing to average
    assert _arithmetic("The average household pays £1,200 a year for water.") == []


def test_a_change_in_the_figures_own_units_between_its_two_ends() -> None:
    assert _arithmetic("The flock grew by 140 sheep, from 2,260 in spring to 2,400.") == [
        ("140 sheep", "consistent")
    ]
    assert _arithmetic("The flock grew by 410 sheep, from 2,260 in spring to 2,400.") == [
        ("410 sheep", "inconsistent")
    ]
    assert _arithmetic(
        "The mill ground 6.2 million tonnes, up 0.5 million on the 5.7 million of 2022."
    ) == [("0.5 million", "consistent")]
    # a third figure of the kind: which two the change is between is not told
    assert (
        _arithmetic(
            "The flock grew by 140 sheep, from 2,260 in spring to 2,400, and 90 more are due."
        )
        == []
    )


def test_the_earlier_figure_of_another_clause_is_no_base_of_a_stated_change() -> None:
    # "rose by X to Y, while … fell from Z": Z belongs to the other change
    assert _arithmetic("Visits rose by 300 to 2,000, while lettings fell from 900 to 800.") == []


def test_one_part_an_inclusive_word_names_is_no_sum() -> None:
    assert _arithmetic("The library's stock of 9,400 books includes 1,200 large-print titles.") == [
        ("9,400 books", "inconclusive")
    ]


def test_a_part_that_makes_up_a_share_of_a_whole_not_stated() -> None:
    assert _arithmetic(
        "The 380 tenants on the scheme make up 12% of the estate, the landlord said."
    ) == [("12%", "inconclusive")]
    # "make up" is no rise: with the whole stated, the share is tested
    assert _arithmetic("The 40 tenants make up 20% of the 200 households.") == [
        ("20%", "consistent")
    ]
    assert _arithmetic("The 40 tenants make up 25% of the 200 households.") == [
        ("25%", "inconsistent")
    ]
