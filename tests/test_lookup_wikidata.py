"""Wikidata search and event dates, replayed from cassettes built on real Wikidata bodies."""

from __future__ import annotations

import json
from datetime import date

import httpx
import pytest

from factcheck.errors import BadOption, SourceUnavailable
from factcheck.lookup._http import make_client
from factcheck.lookup.wikidata import event_dates, find_entity, search_entities


@pytest.mark.vcr
def test_invasion_of_ukraine_starts_2022_02_24() -> None:
    with make_client() as client:
        dates = event_dates(client, "q110999040")
    assert dates.qid == "Q110999040"
    assert dates.label == "2022 Russian invasion of Ukraine"
    assert dates.start is not None
    assert (dates.start.date, dates.start.precision, dates.start.property) == (
        date(2022, 2, 24),
        "day",
        "P580",
    )
    assert dates.end is None and dates.point is None and dates.inception is None
    assert dates.reference == dates.start
    assert dates.url == "https://www.wikidata.org/wiki/Special:EntityData/Q110999040.json"
    assert dates.page == "https://www.wikidata.org/wiki/Q110999040"
    assert len(dates.content_hash) == 64


@pytest.mark.vcr
def test_real_entity_body_gives_inception_with_year_precision() -> None:
    # The Beatles, a verbatim body: P571 1960 (year precision), P580 only as qualifiers.
    with make_client() as client:
        dates = event_dates(client, "Q1299")
    assert dates.label == "The Beatles"
    assert dates.inception is not None
    assert dates.inception.date == date(1960, 1, 1)
    assert dates.inception.precision == "year"
    assert dates.inception.time == "+1960-00-00T00:00:00Z"
    assert dates.start is None  # qualifiers on "has part" are not the band's own start
    assert dates.reference == dates.inception


@pytest.mark.vcr
def test_search_then_dates() -> None:
    with make_client() as client:
        best = find_entity(client, "Russian invasion of Ukraine")
        dates = event_dates(client, best.id)
    assert best.id == "Q110999040"
    assert best.label == "2022 Russian invasion of Ukraine"
    assert best.url == "https://www.wikidata.org/wiki/Q110999040"
    assert dates.start is not None and dates.start.date == date(2022, 2, 24)


def _entity(claims: dict[str, object]) -> httpx.Client:
    body = {"entities": {"Q1": {"id": "Q1", "labels": {}, "claims": claims}}}
    return make_client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json=body)))


def _time(prop: str, time: str, precision: int, rank: str = "normal", **extra: object) -> dict:
    value = {"time": time, "precision": precision, **extra}
    return {
        "mainsnak": {
            "snaktype": "value",
            "property": prop,
            "datavalue": {"type": "time", "value": value},
        },
        "rank": rank,
    }


def test_preferred_rank_wins_and_deprecated_is_ignored() -> None:
    claims = {
        "P585": [
            _time("P585", "+2020-03-01T00:00:00Z", 11, "deprecated"),
            _time("P585", "+2020-05-00T00:00:00Z", 10),
            _time("P585", "+2020-06-15T00:00:00Z", 11, "preferred"),
        ],
        "P582": [_time("P582", "+2021-07-00T00:00:00Z", 10)],
    }
    dates = event_dates(_entity(claims), "Q1")
    assert dates.point is not None and dates.point.date == date(2020, 6, 15)
    assert dates.end is not None
    assert (dates.end.date, dates.end.precision) == (date(2021, 7, 1), "month")


def test_julian_and_bce_dates_are_left_out() -> None:
    julian = "http://www.wikidata.org/entity/Q1985786"
    claims = {
        "P571": [_time("P571", "+1500-01-01T00:00:00Z", 11, calendarmodel=julian)],
        "P580": [_time("P580", "-0044-03-15T00:00:00Z", 11)],
    }
    dates = event_dates(_entity(claims), "Q1")
    assert dates.inception is None and dates.start is None


def test_bad_qid_names_the_expected_shape() -> None:
    with pytest.raises(BadOption) as info:
        event_dates(None, "invasion")
    assert str(info.value) == '"invasion" is not a Wikidata item id; give one like Q110999040'


def test_search_without_hits_suggests_an_entity() -> None:
    body = {"searchinfo": {"search": "zzz"}, "search": [], "success": 1}
    client = make_client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json=body)))
    with pytest.raises(SourceUnavailable) as info:
        find_entity(client, "zzz")
    assert (
        str(info.value) == 'Wikidata found no item for "zzz"; try other words or give --entity QID'
    )


def test_error_body_is_malformed_not_a_crash() -> None:
    body = json.dumps({"error": {"code": "badvalue"}})
    client = make_client(transport=httpx.MockTransport(lambda r: httpx.Response(200, text=body)))
    with pytest.raises(SourceUnavailable, match='with no "search" list'):
        search_entities(client, "x")
    with pytest.raises(SourceUnavailable, match='with no "entities"'):
        event_dates(client, "Q5")


def test_missing_entity() -> None:
    body = {"entities": {"Q999999999": {"id": "Q999999999", "missing": ""}}}
    client = make_client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json=body)))
    with pytest.raises(SourceUnavailable, match='Wikidata has no item "Q999999999"'):
        event_dates(client, "Q999999999")
