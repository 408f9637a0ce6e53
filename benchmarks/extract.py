"""Extraction speed: factcheck beside quantulum3 and dateparser on the same articles.

The corpus is the sample articles in claims/ plus a few hundred synthetic articles
(2-5 k characters each, about 1 MB in all) built deterministically from our own
sentence templates, full of money, dates, durations, percentages, counts and quotes.
No evaluation text is used. factcheck runs all kinds together and each kind alone;
quantulum3's ``parser.parse`` and dateparser's ``search.search_dates`` run on the same
texts in the same process (on a subset when they are slow, which the table says).

Targets: at least 1 M characters/s for all kinds together, and 10x quantulum3.
"""

from __future__ import annotations

import random
import time
import warnings
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

from factcheck.documents import read_path
from factcheck.extract import EXTRACTORS, Text, extract_document
from factcheck.models import Document

ARTICLES = 300
SEED = 2025
TARGET_CHARS_PER_S = 1_000_000
PEER_BUDGET_S = 15.0  # a slow peer is timed on as many articles as fit in this
ROOT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- the corpus

FIRST = ["Ana", "Tomas", "Lena", "Priya", "Mark", "Dana", "Robert", "Ella", "Kwame", "Sofia"]
LAST = ["Ruiz", "Varga", "Okafor", "Nair", "Ellison", "Whitfield", "Hale", "Price", "Mensah"]
ROLES = ["finance minister", "chief executive", "mayor", "union leader", "economist"]
TITLES = ["Finance Minister", "Chief Executive", "Mayor", "Senator", "Dr."]
ORGS = ["Northwind Rail", "the Harbour Authority", "Blue Valley Energy", "the city council"]
PLACES = ["Lagos", "Porto", "Leeds", "Osaka", "Denver", "Kraków", "Mumbai"]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
UNITS = ["homes", "workers", "buses", "tonnes of grain", "schools", "beds", "flights"]
CURRENCIES = ["£{n} million", "${n} billion", "€{n}m", "{n} million euros", "US${n} bn", "¥{n}bn"]
HEDGES = ["nearly ", "more than ", "about ", "at least ", "", "", ""]
NUMBER_WORDS = ["two", "three", "five", "six", "ten", "a dozen"]
DURATION_UNITS = ["years", "months", "weeks", "days"]

TEMPLATES = [
    "{full}, the {role} of {org}, said on {weekday} that the project would cost {money} "
    "and take {hedge}{small} {dunit} to finish.",
    '"We have waited {small} {dunit} for this," {last} said. "It is {adj}, and it will '
    'pay for itself by {year}."',
    "{org_cap} reported growth of {pct}% in {month} {year}, up from {pct2} per cent a year "
    "earlier, while costs rose {hedge}{money}.",
    "About {count} {unit} were moved to {place} between {month} {day} and {month2} {day2}, "
    "{year}, officials said.",
    "According to {title} {full}, prices rose {pct}% in the {small2} months to {month}.",
    "Shares in {org} fell {pct} pct to {money} on {month} {day}, their lowest since {year}.",
    "In {year}, {org} employed {count} people; it now has {hedge}{count2} staff across "
    "{small2} countries and a {num}-year plan.",
    "{last} told reporters the deal was \u201c{adj}\u201d and that talks would resume on "
    "{weekday}, {year2} years after the first round.",
    "The {small2}-week review found {count} {unit} were missing and that {pct}% of "
    "contracts had been signed late last year.",
    "\u201cThere is no quick fix,\u201d {last} added. \u201cBut we will spend {money} a year "
    "until at least {year3}.\u201d",
    "The decision follows months of debate in the council chamber, where members argued "
    "over the timetable and the wording of the motion.",
    "Critics called the so-called \u2018fast lane\u2019 scheme a distraction, and {org} "
    "declined to comment on {weekday}.",
    "Residents in {place} said they had heard little about the plan until recently.",
]
ADJECTIVES = ["long overdue", "a fair settlement", "a historic mistake", "cruel", "ready"]
HEADLINES = [
    "{org_cap} 'Ready' to Spend {money} on {place} Link, Says {last}",
    "{place} Budget Rises {pct}% as {full} Warns of Delays",
    "{count} {unit} Moved in {month} Under New {place} Plan",
]


def _fill(rng: random.Random, template: str, who: tuple[str, str]) -> str:
    first, last = who
    org = rng.choice(ORGS)
    values = {
        "full": f"{first} {last}",
        "last": last,
        "role": rng.choice(ROLES),
        "title": rng.choice(TITLES),
        "org": org,
        "org_cap": org[:1].upper() + org[1:],
        "weekday": rng.choice(WEEKDAYS),
        "money": rng.choice(CURRENCIES).format(n=rng.choice([1.2, 3, 4.5, 12, 250, 7.25])),
        "hedge": rng.choice(HEDGES),
        "small": rng.choice(NUMBER_WORDS),
        "small2": rng.randint(2, 60),
        "dunit": rng.choice(DURATION_UNITS),
        "adj": rng.choice(ADJECTIVES),
        "year": rng.randint(1990, 2030),
        "year2": rng.randint(2, 40),
        "year3": rng.randint(2026, 2040),
        "pct": round(rng.uniform(0.1, 40), 1),
        "pct2": rng.randint(1, 30),
        "month": rng.choice(MONTHS),
        "month2": rng.choice(MONTHS),
        "day": rng.randint(1, 28),
        "day2": rng.randint(1, 28),
        "count": f"{rng.randint(2, 90) * 1000:,}",
        "count2": f"{rng.randint(100, 9000):,}",
        "unit": rng.choice(UNITS),
        "place": rng.choice(PLACES),
        "num": rng.randint(2, 20),
    }
    return template.format(**values)


def synthetic_articles(count: int = ARTICLES, *, seed: int = SEED) -> list[Document]:
    """``count`` articles of 2-5 k characters, the same on every run."""
    rng = random.Random(seed)
    docs = []
    for i in range(count):
        who = (rng.choice(FIRST), rng.choice(LAST))
        target = rng.randint(2000, 5000)
        paragraphs = [_fill(rng, rng.choice(HEADLINES), who)]
        size = len(paragraphs[0])
        while size < target:
            n = rng.choice([1, 1, 2, 3])
            paragraph = " ".join(_fill(rng, rng.choice(TEMPLATES), who) for _ in range(n))
            paragraphs.append(paragraph)
            size += len(paragraph) + 2
        published = date(2024, 1, 1) + timedelta(days=(i * 37) % 500)
        docs.append(
            Document(id=f"synthetic-{i:03d}", text="\n\n".join(paragraphs), published=published)
        )
    return docs


def corpus() -> list[Document]:
    """The sample articles in claims/ and the synthetic ones."""
    docs: list[Document] = []
    claims = ROOT / "claims"
    if claims.is_dir():
        for path in sorted(claims.iterdir()):
            if path.is_file() and path.suffix in {".md", ".txt"}:
                docs.extend(read_path(path))
    docs.extend(synthetic_articles())
    return docs


# ---------------------------------------------------------------- timing


def _time(fn: Callable[[Document], object], docs: Sequence[Document], repeat: int = 1) -> float:
    """Best wall time over ``repeat`` passes of ``fn`` over every document."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for doc in docs:
            fn(doc)
        best = min(best, time.perf_counter() - t0)
    return best


def _time_budget(fn: Callable[[str], object], docs: Sequence[Document]) -> tuple[float, int, int]:
    """Run a peer over as many documents as fit in the budget: (seconds, docs, chars)."""
    spent, done, chars = 0.0, 0, 0
    for doc in docs:
        t0 = time.perf_counter()
        fn(doc.text)
        spent += time.perf_counter() - t0
        done += 1
        chars += len(doc.text)
        if spent > PEER_BUDGET_S:
            break
    return spent, done, chars


def _all_kinds(doc: Document) -> object:
    return extract_document(doc)


def _one_kind(kind: str) -> Callable[[Document], object]:
    extractor = EXTRACTORS[kind]

    def run(doc: Document) -> object:
        return list(extractor(Text(doc)))

    return run


def _peers() -> dict[str, Callable[[str], object]]:
    peers: dict[str, Callable[[str], object]] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            from quantulum3 import parser as q_parser

            peers["quantulum3 parse"] = q_parser.parse
        except ImportError:
            pass
        try:
            from dateparser.search import search_dates

            def dates(text: str) -> object:
                return search_dates(text, languages=["en"])

            peers["dateparser search_dates"] = dates
        except ImportError:
            pass
    return peers


def main() -> None:
    docs = corpus()
    chars = sum(len(d.text) for d in docs)
    n = len(docs)
    print(f"corpus: {n} articles, {chars / 1e6:.2f} M characters ({chars // n:,} per article)")
    extract_document(docs[0])  # warm up: compile patterns

    rows: list[tuple[str, float, float, str]] = []
    t_all = _time(_all_kinds, docs, repeat=3)
    ours = chars / t_all
    rows.append(("factcheck (all kinds)", ours, n / t_all, ""))
    per_kind: dict[str, float] = {}
    for kind in EXTRACTORS:
        t = _time(_one_kind(kind), docs, repeat=3)
        per_kind[kind] = chars / t
        rows.append((f"factcheck {kind}", chars / t, n / t, ""))

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, fn in _peers().items():
            fn(docs[0].text)  # warm up: models and caches
            spent, done, done_chars = _time_budget(fn, docs)
            note = "" if done == n else f"on the first {done} of {n} articles"
            rows.append((name, done_chars / spent, done / spent, note))

    print(f"\n{'tool':<28} {'chars/s':>12} {'articles/s':>11} {'factcheck ÷ peer':>17}")
    for name, cps, aps, note in rows:
        ratio = f"{ours / cps:,.0f}x" if not name.startswith("factcheck") else ""
        print(f"{name:<28} {cps:>12,.0f} {aps:>11,.1f} {ratio:>17}  {note}".rstrip())

    verdict = "meets" if ours >= TARGET_CHARS_PER_S else "is BELOW"
    print(f"\nall kinds together: {ours / 1e6:.2f} M chars/s, {verdict} the 1 M chars/s target")
    slowest = min(per_kind, key=lambda k: per_kind[k])
    share = {
        k: (chars / v) / sum(chars / x for x in per_kind.values()) for k, v in per_kind.items()
    }
    print(
        f"slowest kind: {slowest} at {per_kind[slowest] / 1e6:.2f} M chars/s "
        f"({share[slowest]:.0%} of the per-kind time); "
        + ", ".join(f"{k} {share[k]:.0%}" for k in sorted(share, key=lambda k: -share[k]))
    )
