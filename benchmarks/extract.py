"""Extraction speed: factcheck beside quantulum3, dateparser and datefinder on the same articles.

Two corpora, both built deterministically from our own sentence templates (no
evaluation text is used), each about 1 MB of 2-5 k character articles:

* **dense**: the sample articles in claims/ plus 300 synthetic articles full of money,
  dates, durations, percentages, counts and quotes, about 27 claims per 1,000 characters
  (some 3.5x denser than news): the worst case, where per-claim work dominates.
* **news-like**: the same templates thinned out with figure-free prose to about 7-8 claims
  per 1,000 characters, the density of real news copy, where scanning dominates.

factcheck runs all kinds together and each kind alone; quantulum3's ``parser.parse``,
dateparser's ``search.search_dates`` and datefinder's ``find_dates`` (dates only) run on
the same texts in the same process (on the first articles only when they are slow, which
the table says). Times are CPU time
of this process (``time.process_time``, best of three passes): the machine is shared
and wall time would charge us for other people's work.

Targets: at least 1 M characters/s for all kinds together (we aim for 3 M), and 10x quantulum3.
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
AIM_CHARS_PER_S = 3_000_000
PEER_BUDGET_S = 5.0  # per corpus, a slow peer is timed on as many articles as fit in this
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


# Figure-free sentences for the news-like corpus: what surrounds the figures in real copy.
PROSE = [
    "The proposal has divided opinion in {place}, where residents packed a public meeting "
    "to ask how the work would affect traffic near the station.",
    "{full} said the board had listened carefully to the concerns raised by local groups "
    "and would publish its response in full.",
    "Opposition members accused the administration of rushing the plan through without "
    "proper scrutiny, a charge ministers rejected.",
    "Engineers have warned that the older sections of the line need repair before any new "
    "services can run on them safely.",
    "Business groups welcomed the announcement but said they wanted more detail on how the "
    "scheme would be paid for and who would manage it.",
    "{last} declined to say whether the timetable could slip further, telling reporters "
    "that the review was still under way.",
    "Campaigners in {place} have held regular protests outside the council offices, calling "
    "for an independent inquiry into the contracts.",
    "The report also criticised the way the project had been managed, saying that "
    "responsibility was spread across too many departments.",
    "Some economists argue that the spending will pay off over time; others say the money "
    "would be better spent on schools and hospitals.",
    "A spokesperson for {org} said the company was cooperating fully with regulators and "
    "had nothing further to add at this stage.",
    "Officials stressed that the figures were provisional and could be revised once the "
    "final accounts had been checked by the auditors.",
    "Neighbouring towns are watching closely, and several have already asked to be "
    "included if the pilot proves a success.",
]
NEWS_LIKE_FIGURES = 0.3  # the share of news-like sentences drawn from the figure templates


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


def synthetic_articles(
    count: int = ARTICLES, *, seed: int = SEED, figures: float = 1.0
) -> list[Document]:
    """``count`` articles of 2-5 k characters, the same on every run.

    ``figures`` is the share of sentences drawn from the figure templates; the rest are
    figure-free prose. 1.0 gives the dense corpus, ``NEWS_LIKE_FIGURES`` the news-like one.
    """
    rng = random.Random(seed)
    docs = []
    name = "synthetic" if figures >= 1.0 else "newslike"
    for i in range(count):
        who = (rng.choice(FIRST), rng.choice(LAST))
        target = rng.randint(2000, 5000)
        paragraphs = [_fill(rng, rng.choice(HEADLINES), who)]
        size = len(paragraphs[0])
        while size < target:
            n = rng.choice([1, 1, 2, 3])
            sentences = []
            for _ in range(n):
                if figures >= 1.0 or rng.random() < figures:
                    sentences.append(_fill(rng, rng.choice(TEMPLATES), who))
                else:
                    sentences.append(_fill(rng, rng.choice(PROSE), who))
            paragraph = " ".join(sentences)
            paragraphs.append(paragraph)
            size += len(paragraph) + 2
        published = date(2024, 1, 1) + timedelta(days=(i * 37) % 500)
        docs.append(
            Document(id=f"{name}-{i:03d}", text="\n\n".join(paragraphs), published=published)
        )
    return docs


def corpus() -> list[Document]:
    """The dense corpus: the sample articles in claims/ and the synthetic ones."""
    docs: list[Document] = []
    claims = ROOT / "claims"
    if claims.is_dir():
        for path in sorted(claims.iterdir()):
            if path.is_file() and path.suffix in {".md", ".txt"}:
                docs.extend(read_path(path))
    docs.extend(synthetic_articles())
    return docs


def news_like_corpus() -> list[Document]:
    """The news-like corpus: synthetic articles at the claim density of news copy."""
    return synthetic_articles(seed=SEED + 1, figures=NEWS_LIKE_FIGURES)


# ---------------------------------------------------------------- timing


def _time(fn: Callable[[Document], object], docs: Sequence[Document], repeat: int = 3) -> float:
    """Best CPU time over ``repeat`` passes of ``fn`` over every document."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for doc in docs:
            fn(doc)
        best = min(best, time.process_time() - t0)
    return best


def _time_budget(fn: Callable[[str], object], docs: Sequence[Document]) -> tuple[float, int, int]:
    """Run a peer over as many documents as fit in the budget: (seconds, docs, chars)."""
    spent, done, chars = 0.0, 0, 0
    for doc in docs:
        t0 = time.process_time()
        fn(doc.text)
        spent += time.process_time() - t0
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
        try:
            import datefinder

            def found_dates(text: str) -> object:
                return list(datefinder.find_dates(text))

            peers["datefinder find_dates"] = found_dates
        except ImportError:
            pass
    return peers


class _Corpus:
    """One corpus and its figures: characters/s per tool, and the claim density."""

    def __init__(self, name: str, docs: list[Document]) -> None:
        self.name = name
        self.docs = docs
        self.chars = sum(len(d.text) for d in docs)
        self.claims = sum(len(extract_document(d)) for d in docs)  # also warms the caches
        self.speed: dict[str, float] = {}
        self.notes: dict[str, str] = {}

    @property
    def density(self) -> float:
        return 1000 * self.claims / self.chars


def main() -> None:
    corpora = [_Corpus("dense", corpus()), _Corpus("news-like", news_like_corpus())]
    print(f"{'corpus':<10} {'articles':>9} {'M chars':>8} {'claims':>7} {'claims/1k chars':>16}")
    for c in corpora:
        print(
            f"{c.name:<10} {len(c.docs):>9} {c.chars / 1e6:>8.2f} {c.claims:>7,} {c.density:>16.1f}"
        )

    tools = ["factcheck (all kinds)", *(f"factcheck {kind}" for kind in EXTRACTORS)]
    for c in corpora:
        c.speed[tools[0]] = c.chars / _time(_all_kinds, c.docs)
        for kind in EXTRACTORS:
            c.speed[f"factcheck {kind}"] = c.chars / _time(_one_kind(kind), c.docs)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, fn in _peers().items():
            tools.append(name)
            for c in corpora:
                fn(c.docs[0].text)  # warm up: models and caches
                spent, done, done_chars = _time_budget(fn, c.docs)
                c.speed[name] = done_chars / spent
                if done < len(c.docs):
                    c.notes[name] = f"{c.name}: first {done} of {len(c.docs)} articles"

    ours = tools[0]
    header = f"{'tool':<26}"
    for c in corpora:
        header += f" {c.name + ' chars/s':>19} {'factcheck ÷':>11}"
    print(f"\n{header}")
    for tool in tools:
        line = f"{tool:<26}"
        for c in corpora:
            times = c.speed[ours] / c.speed[tool]
            ratio = "" if tool.startswith("factcheck") else f"{times:,.{0 if times >= 10 else 2}f}x"
            line += f" {c.speed[tool]:>19,.0f} {ratio:>11}"
        notes = "; ".join(c.notes[tool] for c in corpora if tool in c.notes)
        print(f"{line}  {notes}".rstrip())

    print()
    for c in corpora:
        speed = c.speed[ours]
        verdict = "meets" if speed >= TARGET_CHARS_PER_S else "is BELOW"
        per_kind = {k: c.speed[f"factcheck {k}"] for k in EXTRACTORS}
        total = sum(1 / v for v in per_kind.values())
        shares = ", ".join(
            f"{k} {1 / v / total:.0%}" for k, v in sorted(per_kind.items(), key=lambda kv: kv[1])
        )
        print(
            f"{c.name}: all kinds together {speed / 1e6:.2f} M chars/s, {verdict} the "
            f"{TARGET_CHARS_PER_S / 1e6:.0f} M chars/s target (aim {AIM_CHARS_PER_S / 1e6:.0f} M); "
            f"share of the per-kind time: {shares}"
        )
