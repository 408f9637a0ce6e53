"""The earlier-verdict matcher's families, one by one: word forms (a light stemmer), places
and demonyms (CLDR territory names and a policy table), head nouns that count people, and
clashes of year, negation and subject."""

from __future__ import annotations

from typing import Any

import pytest
from babel import Locale
from test_match_pairs import _claim

from factcheck.db import matching
from factcheck.db.matching import match, stem

GBP = {"currency": "GBP"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ban", "banned"),
        ("prisons", "prison"),
        ("raise", "raised"),
        ("conservatives", "conservative"),
        ("cutting", "cut"),
        ("policies", "policy"),
        ("taxes", "tax"),
        ("employers", "employer"),
        ("published", "publish"),
    ],
)
def test_word_forms_share_a_stem(a: str, b: str) -> None:
    assert stem(a) == stem(b)


@pytest.mark.parametrize(("a", "b"), [("prison", "price"), ("bus", "but"), ("need", "ne")])
def test_other_words_keep_other_stems(a: str, b: str) -> None:
    assert stem(a) != stem(b)


def test_the_place_table_names_real_territories() -> None:
    territories = Locale("en").territories
    for name, code in {**matching._DEMONYMS, **matching._PLACE_ALIASES}.items():
        assert code in territories or code.startswith("gb-"), name
    # every two-letter CLDR territory is a place, under its own code
    assert matching._PLACES["Ireland"] == "IE" and matching._PLACES["Germany"] == "DE"


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("Irish voters", "Place-ie voters"),
        ("in Northern Ireland", "in Place-gb-nir"),
        ("Northern Irish nurses", "Place-gb-nir nurses"),
        ("the UK and Britain", "the Place-gb and Place-gb"),
        ("French Guiana", "Place-gf"),
    ],
)
def test_places_and_demonyms_become_one_token(text: str, token: str) -> None:
    assert matching._places(text) == token


def _pair(kind: str, va: Any, sa: str, sb: str, vb: Any = None) -> bool:
    return match(_claim("a", kind, va, sa), _claim("b", kind, vb or va, sb)) is not None


def test_a_demonym_meets_its_country_and_not_another() -> None:
    v = {"percent": 7.5}
    assert _pair(
        "percent", v, "Dutch exports rose by [7.5%].", "Exports from the Netherlands rose [7.5%]."
    )
    assert not _pair(
        "percent", v, "Dutch exports rose by [7.5%].", "Belgian exports rose by [7.5%]."
    )


def test_people_counted_by_another_head_noun() -> None:
    sa = "The Leeds call centre has [800 staff]."
    sb = "Some [800 workers] are employed at the Leeds call centre."
    assert _pair(
        "quantity", {"number": 800, "unit": "staff"}, sa, sb, {"number": 800, "unit": "worker"}
    )
    # a count of people is not a count of homes
    assert not _pair(
        "quantity", {"number": 800, "unit": "staff"}, sa, sb, {"number": 800, "unit": "home"}
    )


def test_another_year_another_negation_another_subject() -> None:
    v = {"amount": 40e6, **GBP}
    base = "The museum raised [£40 million] from donors in 2019."
    assert _pair("money", v, base, "In 2019 donors gave the museum [£40m].")
    assert not _pair("money", v, base, "The museum raised [£40 million] from donors in 2022.")
    assert not _pair(
        "money", v, base, "The museum has not raised [£40 million] from donors in 2019."
    )
    spend = "The council will spend [£40 million] on new schools."
    assert _pair("money", v, spend, "New schools will get [£40m] from the council.")
    assert not _pair("money", v, spend, "The council will spend [£40 million] on road repairs.")


def test_show_names_a_place_by_its_cldr_name() -> None:
    v = {"percent": 3.1}
    m = match(
        _claim("a", "percent", v, "Spanish unemployment fell to [3.1%] among graduates."),
        _claim("b", "percent", v, "Unemployment among graduates in Spain fell to [3.1%]."),
    )
    assert m is not None and any("Spain" in r for r in m.reasons)


def test_a_figure_cut_is_not_a_figure_had() -> None:
    v = {"number": 450, "unit": "staff"}
    had = "The Derby depot employs [450 staff]."
    assert not _pair("quantity", v, had, "The Derby depot will shed [450 staff] next year.")
    assert not _pair("quantity", v, had, "Derby depot staff: [450 staff] are losing their jobs.")
    assert _pair(
        "quantity",
        v,
        "Bosses will axe [450 staff] at the Derby depot.",
        "The Derby depot is cutting [450 staff].",
    )


def test_the_reporting_clause_weighs_little() -> None:
    v = {"amount": 5e9, **GBP}
    sa = "Schools in England will get [£5 billion] for repairs, the Education Secretary said."
    sb = "An extra [£5bn] is going to school repairs in England."
    assert _pair("money", v, sa, sb)
    assert matching._context(_claim("a", "money", v, sa)).attributed >= {
        stem("education"),
        stem("secretary"),
    }


def test_who_governs_in_other_words() -> None:
    v = {"number": 20000, "unit": "officer"}
    sa = "The government has pledged [20,000 officers] for the police."
    sb = "Ministers promised the police [20,000 officers]."
    assert _pair("quantity", v, sa, sb)
    assert matching._norm("ministers") == matching._norm("government") == "government"
    d = {"iso": "P13Y"}
    assert _pair(
        "duration",
        d,
        "Labour was in power for [13 years].",
        "After [13 years] of Labour government, the Tories returned.",
    )


def test_a_loss_of_something_else_is_not_a_loss_of_the_figure() -> None:
    v = {"number": 5000, "unit": "home"}
    sa = "Floods left [5,000 homes] in Yorkshire without power."
    sb = "Some [5,000 homes] in Yorkshire lost power in the floods."
    assert _pair("quantity", v, sa, sb)
    assert matching._context(
        _claim("b", "quantity", v, "The builder will scrap [5,000 homes].")
    ).loss
    assert not matching._context(_claim("b", "quantity", v, sb)).loss


def test_show_names_a_uk_nation() -> None:
    v = {"percent": 9.0}
    m = match(
        _claim("a", "percent", v, "Welsh NHS waiting lists grew by [9%] in the winter."),
        _claim("b", "percent", v, "NHS waiting lists in Wales grew by [9%] over the winter."),
    )
    assert m is not None and any("Wales" in r for r in m.reasons), m


def test_a_generic_verb_is_no_subject_of_its_own() -> None:
    v = {"amount": 2.2e9, **GBP}
    assert _pair("money", v, "Tesco's profits reached [£2.2 billion].", "Tesco made [£2.2bn].")


def test_a_loss_told_twice_and_a_length_told_with_a_negation() -> None:
    v = {"number": 700, "unit": "job"}
    assert _pair(
        "quantity",
        v,
        "The mill will shed [700 jobs].",
        "[700 jobs] will go at the mill after it announced redundancies.",
    )
    assert not _pair(
        "quantity",
        v,
        "The mill will shed [700 jobs].",
        "[700 jobs] will go to the mill when it reopens.",
    )
    d = {"iso": "P8Y"}
    assert _pair(
        "duration",
        d,
        "The club did not win a trophy for [eight years].",
        "The club went [eight years] without a trophy.",
    )


def test_other_countries_clash_even_with_a_shared_name() -> None:
    v = {"number": 12, "unit": "stadium"}
    sa = "Morocco will build [12 stadiums] for the Africa Cup of Nations."
    assert not _pair(
        "quantity", v, sa, "Egypt will build [12 stadiums] for the Africa Cup of Nations."
    )
    assert _pair(
        "quantity",
        v,
        sa,
        "For the Africa Cup of Nations, Moroccan builders will deliver [12 stadiums].",
    )


def test_a_uk_nation_is_within_the_uk() -> None:
    assert matching._same_places({"gb-sct"}, {"gb"}) and matching._same_places({"gb"}, {"gb-wls"})
    assert not matching._same_places({"gb-sct"}, {"gb-wls"}) and not matching._same_places(
        {"ie"}, {"gb-nir"}
    )


def test_a_rise_is_not_a_fall() -> None:
    v = {"percent": 4.4}
    sa = "Polish house prices fell [4.4%] this year."
    assert not _pair("percent", v, sa, "Polish house prices rose [4.4%] this year.")
    assert _pair("percent", v, sa, "House prices in Poland are down [4.4%] this year.")
    # growth that slows still grows: no direction of its own
    assert _pair(
        "percent", v, "Wage growth in Poland slowed to [4.4%].", "Polish wages grew by [4.4%]."
    )


def test_people_of_a_place_by_rule_and_by_table() -> None:
    assert matching._PLACES["Germans"] == "DE" and matching._PLACES["Pakistanis"] == "PK"
    assert matching._PLACES["Britons"] == "GB" and matching._PLACES["Scots"] == "gb-sct"
    v = {"percent": 58}
    sa = "[58%] of Germans back a speed limit on motorways, a survey found."
    assert _pair(
        "percent",
        v,
        sa,
        "A survey found [58 per cent] of German adults back a motorway speed limit.",
    )
    assert not _pair(
        "percent", v, sa, "[58%] of Austrians back a speed limit on motorways, a survey found."
    )
