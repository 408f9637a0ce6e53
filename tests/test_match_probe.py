"""Earlier verdicts: 16 probe pairs for the rules added in this round, written after 3ab7c40.

Aimed at the new rules' weak spots (place aliases such as "US"/"United States"/"America",
Northern Ireland against Ireland, a loss told twice, a negation that tells a length of
time, a year on each side), written WITHOUT running the matcher first and scored once:
FIRST_SCORE, 19:44 UTC on 2026-12-02, matcher of 3ab7c40: TP 6, FP 0, FN 2, TN 8,
precision 1.00, recall 0.75. The misses: a loss told by other words after the figure
("[2,000 jobs] are to go ... announced cuts") against "will cut [2,000 jobs]", and a
duration told with a negation ("did not report for [ten years]"). After: a loss clashes
only with a sentence with no word of loss at all, and durations skip the negation clash:
TP 8, FP 0, FN 0, TN 8 (so this set is now SEEN too).
"""

# ruff: noqa: E501  (a table of sentences, one pair per line)

from __future__ import annotations

from typing import Any

from test_match_pairs import _claim

from factcheck.db.matching import match

GBP = {"currency": "GBP"}

PROBE: list[tuple[str, Any, str, Any, str, bool]] = [
    ("percent",{"percent":2.1},"US unemployment edged up to [2.1%] in March.",None,"Unemployment in the United States rose to [2.1 per cent] in March.",True),
    ("percent",{"percent":2.1},"American inflation slowed to [2.1%] in March.",None,"Inflation in America fell to [2.1%] in March, the Labor Department said.",True),
    ("money",{"amount":9e9,**GBP},"BP made a profit of [£9 billion] last year.",None,"BP's annual profit was [£9bn].",True),
    ("money",{"amount":500e6,**GBP},"The council has cut [£500 million] from its budget since 2010.",None,"Since 2010 the council's budget has been cut by [£500m].",True),
    ("quantity",{"number":2000,"unit":"job"},"Tata Steel will cut [2,000 jobs] at Port Talbot.",None,"Some [2,000 jobs] are to go at Tata's Port Talbot works after the steelmaker announced cuts.",True),
    ("percent",{"percent":70},"Turnout in Northern Ireland was [70%].",None,"Northern Irish turnout reached [70 per cent].",True),
    ("date",{"date":"2020-01-31","granularity":"day"},"The UK left the EU on [31 January 2020].",None,"Britain formally left the European Union on [31 January 2020].",True),
    ("duration",{"iso":"P10Y"},"The Chilcot inquiry did not report for [ten years].",None,"It took [ten years] before the Chilcot inquiry reported.",True),
    ("percent",{"percent":70},"Turnout in Northern Ireland was [70%].",None,"Turnout in Ireland was [70%].",False),
    ("percent",{"percent":2.1},"US unemployment edged up to [2.1%] in March.",None,"Canadian unemployment edged up to [2.1%] in March.",False),
    ("money",{"amount":9e9,**GBP},"BP made a profit of [£9 billion] last year.",None,"BP will invest [£9 billion] in wind farms.",False),
    ("quantity",{"number":2000,"unit":"job"},"Tata Steel will cut [2,000 jobs] at Port Talbot.",None,"Tata Steel will create [2,000 jobs] at Port Talbot.",False),
    ("date",{"date":"2020-01-31","granularity":"day"},"The UK left the EU on [31 January 2020].",None,"The first UK cases of Covid were confirmed on [31 January 2020].",False),
    ("money",{"amount":500e6,**GBP},"The council has cut [£500 million] from its budget since 2010.",None,"The council has cut [£500 million] from its budget since 2015.",False),
    ("percent",{"percent":12},"Train fares in England will rise by [12%] in March.",None,"Bus fares in England will rise by [12%] in March.",False),
    ("quantity",{"number":300,"unit":"person"},"Police arrested [300 people] at the Glastonbury festival.",None,"Police did not arrest [300 people] at the Glastonbury festival, a spokesman said.",False),
]  # fmt: skip

FIRST_SCORE = {"tp": 6, "fp": 0, "fn": 2, "tn": 8}


def score() -> dict[str, int]:
    row = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for kind, va, sa, vb, sb, same in PROBE:
        found = match(_claim("a", kind, va, sa), _claim("b", kind, vb or va, sb)) is not None
        row[("t" if found == same else "f") + ("p" if found else "n")] += 1
    return row


def test_the_probe_set_is_balanced() -> None:
    assert len(PROBE) == 16 and sum(1 for p in PROBE if p[-1]) == 8


def test_probe_precision_and_recall() -> None:
    row = score()
    assert row["fp"] == 0 and row["fn"] == 0, row
