"""Wikidata: find an entity by name and read the dates of an event.

``search_entities(client, "Russian invasion of Ukraine")`` asks ``wbsearchentities`` and
returns candidates (id, label, description). ``event_dates(client, "Q110999040")``
reads ``Special:EntityData/Q110999040.json`` and returns its start (P580), end (P582),
point in time (P585) and inception (P571), each with its precision (day, month, year…)::

    "P580": [{"mainsnak": {"datavalue": {"type": "time", "value":
              {"time": "+2022-02-24T00:00:00Z", "precision": 11, ...}}}, "rank": "normal"}]

Main statements only (qualifiers describe something else); a preferred statement wins
over normal ones, deprecated ones are ignored. Dates before year 1 or in the Julian
calendar are left out: the checks compare recent Gregorian dates.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, Literal

import httpx
from pydantic import BaseModel, ConfigDict

from factcheck.errors import BadOption, SourceUnavailable
from factcheck.lookup._http import Fetched, LookupCache, fetch

KEY = "wikidata"
NAME = "Wikidata"
API_URL = "https://www.wikidata.org/w/api.php"
ENTITY_URL = "https://www.wikidata.org/wiki/Special:EntityData/{qid}.json"
PAGE_URL = "https://www.wikidata.org/wiki/{qid}"

PROPERTIES: dict[str, str] = {
    "P580": "start",
    "P582": "end",
    "P585": "point",
    "P571": "inception",
}
"""The date properties we read, and the EventDates field each fills."""

Precision = Literal[
    "billion years", "million years", "millennium", "century", "decade", "year", "month", "day"
]
_PRECISION: dict[int, Precision] = {
    0: "billion years",
    3: "million years",
    6: "millennium",
    7: "century",
    8: "decade",
    9: "year",
    10: "month",
    11: "day",
}
GREGORIAN = "http://www.wikidata.org/entity/Q1985727"
_QID = re.compile(r"^Q[1-9][0-9]*$")
_TIME = re.compile(r"^([+-])(\d{1,16})-(\d{2})-(\d{2})T")


class EntityHit(BaseModel):
    """A candidate entity from a search."""

    model_config = ConfigDict(frozen=True)

    id: str
    label: str | None = None
    description: str | None = None
    url: str


class WikidataDate(BaseModel):
    """One time value: the date (first day of its period when less precise than a day)."""

    model_config = ConfigDict(frozen=True)

    property: str
    date: date
    precision: Precision
    time: str
    """The raw Wikidata time string, e.g. ``+2022-02-24T00:00:00Z``."""


class EventDates(BaseModel):
    """The dates of an entity, with where and when they were read."""

    model_config = ConfigDict(frozen=True)

    qid: str
    label: str | None = None
    description: str | None = None
    start: WikidataDate | None = None
    end: WikidataDate | None = None
    point: WikidataDate | None = None
    inception: WikidataDate | None = None
    url: str
    page: str
    retrieved: datetime
    content_hash: str

    @property
    def reference(self) -> WikidataDate | None:
        """The date an elapsed-time check measures from: start, else point, else inception."""
        return self.start or self.point or self.inception


def check_qid(qid: str) -> str:
    """The QID upper-cased, or ``BadOption`` naming the expected shape."""
    value = qid.strip().upper()
    if not _QID.match(value):
        raise BadOption(f'"{qid}" is not a Wikidata item id; give one like Q110999040')
    return value


def search_entities(
    client: httpx.Client | None,
    query: str,
    *,
    language: str = "en",
    limit: int = 5,
    cache: LookupCache | None = None,
    offline: bool = False,
) -> list[EntityHit]:
    """Entities whose label or alias matches ``query`` (``wbsearchentities``), best first."""
    if not query.strip():
        raise BadOption(
            'Give a search text for Wikidata, e.g. --query "Russian invasion of Ukraine"'
        )
    fetched = fetch(
        client,
        source=KEY,
        name=NAME,
        url=API_URL,
        params={
            "action": "wbsearchentities",
            "format": "json",
            "language": language,
            "uselang": language,
            "type": "item",
            "limit": str(limit),
            "search": query.strip(),
        },
        cache=cache,
        offline=offline,
    )
    data = fetched.parsed()
    rows = data.get("search") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        raise SourceUnavailable(_malformed(fetched, 'no "search" list'))
    hits: list[EntityHit] = []
    for row in rows:
        if isinstance(row, dict) and isinstance(row.get("id"), str):
            qid = row["id"]
            hits.append(
                EntityHit(
                    id=qid,
                    label=row.get("label"),
                    description=row.get("description"),
                    url=PAGE_URL.format(qid=qid),
                )
            )
    return hits


def find_entity(
    client: httpx.Client | None,
    query: str,
    *,
    language: str = "en",
    cache: LookupCache | None = None,
    offline: bool = False,
) -> EntityHit:
    """The best match for ``query``; ``SourceUnavailable`` when there is none."""
    hits = search_entities(client, query, language=language, cache=cache, offline=offline)
    if not hits:
        raise SourceUnavailable(
            f'Wikidata found no item for "{query}"; try other words or give --entity QID'
        )
    return hits[0]


def event_dates(
    client: httpx.Client | None,
    qid: str,
    *,
    language: str = "en",
    cache: LookupCache | None = None,
    offline: bool = False,
) -> EventDates:
    """Start, end, point in time and inception of entity ``qid``, with precision.

    A property the entity lacks is ``None``. ``BadOption`` for a malformed id,
    ``SourceUnavailable`` when Wikidata fails or has no such entity.
    """
    wanted = check_qid(qid)
    fetched = fetch(
        client,
        source=KEY,
        name=NAME,
        url=ENTITY_URL.format(qid=wanted),
        cache=cache,
        offline=offline,
    )
    return parse_entity(fetched, wanted, language=language)


def parse_entity(fetched: Fetched, qid: str, *, language: str = "en") -> EventDates:
    """``EventDates`` from a ``Special:EntityData`` or ``wbgetentities`` body."""
    data = fetched.parsed()
    entities = data.get("entities") if isinstance(data, dict) else None
    if not isinstance(entities, dict) or not entities:
        raise SourceUnavailable(_malformed(fetched, 'no "entities"'))
    # A merged item redirects: EntityData then answers under the target's id.
    entity = entities.get(qid) or next(iter(entities.values()))
    if not isinstance(entity, dict) or "missing" in entity:
        raise SourceUnavailable(f'Wikidata has no item "{qid}"; check the id on wikidata.org')
    claims = entity.get("claims") or {}
    found: dict[str, WikidataDate | None] = {}
    for prop, field in PROPERTIES.items():
        found[field] = _best_date(prop, claims.get(prop))
    real_id = str(entity.get("id") or qid)
    return EventDates(
        qid=real_id,
        label=_text(entity.get("labels"), language),
        description=_text(entity.get("descriptions"), language),
        url=fetched.url,
        page=PAGE_URL.format(qid=real_id),
        retrieved=fetched.retrieved,
        content_hash=fetched.content_hash,
        **found,
    )


def _text(values: Any, language: str) -> str | None:
    if isinstance(values, dict):
        entry = values.get(language)
        if isinstance(entry, dict) and isinstance(entry.get("value"), str):
            return str(entry["value"])
    return None


def _best_date(prop: str, statements: Any) -> WikidataDate | None:
    if not isinstance(statements, list):
        return None
    by_rank: dict[str, list[WikidataDate]] = {"preferred": [], "normal": []}
    for statement in statements:
        if not isinstance(statement, dict):
            continue
        rank = statement.get("rank", "normal")
        if rank not in by_rank:
            continue
        value = _time_value(prop, statement.get("mainsnak"))
        if value is not None:
            by_rank[rank].append(value)
    chosen = by_rank["preferred"] or by_rank["normal"]
    return chosen[0] if chosen else None


def _time_value(prop: str, snak: Any) -> WikidataDate | None:
    if not isinstance(snak, dict) or snak.get("snaktype", "value") != "value":
        return None
    datavalue = snak.get("datavalue")
    if not isinstance(datavalue, dict) or datavalue.get("type") != "time":
        return None
    value = datavalue.get("value")
    if not isinstance(value, dict):
        return None
    time = value.get("time")
    precision = _PRECISION.get(int(value.get("precision", 11)))
    if not isinstance(time, str) or precision is None:
        return None
    if value.get("calendarmodel", GREGORIAN) != GREGORIAN:
        return None
    m = _TIME.match(time)
    if not m or m.group(1) == "-":
        return None
    year, month, day = int(m.group(2)), int(m.group(3)), int(m.group(4))
    try:
        # Wikidata writes unknown months and days as 00: use the first of the period.
        when = date(year, month or 1, day or 1)
    except ValueError:
        return None
    return WikidataDate(property=prop, date=when, precision=precision, time=time)


def _malformed(fetched: Fetched, what: str) -> str:
    return (
        f'Wikidata answered "{fetched.url}" with {what}; the API may have changed, try again later'
    )
