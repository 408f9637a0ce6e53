"""Earlier verdicts: 24 pairs (12 repeats, 12 near misses) written after 8ec7706 and scored
once before any change made for them: the estimate for wording the matcher has not met,
after all the earlier rounds of fixes.

FIRST_SCORE, 19:50 UTC on 2026-12-02, matcher of 8ec7706: TP 7, FP 2, FN 5, TN 10:
precision 0.78, recall 0.58. This is far below the sets the matcher was fixed on, and is
the number to quote. Misses: a local name for a place's bank ("Norges Bank" / "Norway's
central bank"), a plural demonym ("Britons" / "British adults"), paraphrase ("ran 12 years
late" / "12 years behind schedule", "won a landslide" / "landslide victory came", "fall by"
/ "drop", "ministers claim" / "ministers say"). False matches: the same poll frame about
another subject ("support a ban on disposable vapes" / "support a four-day week"), and a
figure "this summer" against "in 2019" (a relative time against a year).
Figures in [brackets].
"""

# ruff: noqa: E501  (a table of sentences, one pair per line)

from __future__ import annotations

from typing import Any

from test_match_pairs import _claim

from factcheck.db.matching import match

GBP = {"currency": "GBP"}
USD = {"currency": "USD"}

LAST: list[tuple[str, Any, str, Any, str, bool]] = [
    # ---- repeats in new wording
    ("money", {"amount": 1.3e9, **GBP}, "Birmingham City Council faces an equal pay bill of [£1.3 billion].", None, "An equal pay liability of [£1.3bn] hangs over Birmingham City Council.", True),
    ("money", {"amount": 44e9, **USD}, "Elon Musk bought Twitter for [$44 billion] in 2022.", None, "In 2022 Musk completed his [$44bn] takeover of Twitter.", True),
    ("money", {"amount": 600, **GBP, "per": "year"}, "Average energy bills will fall by [£600] a year, ministers claim.", None, "Ministers say the typical household energy bill will drop [£600] a year.", True),
    ("percent", {"percent": 2.9}, "Norway's central bank raised its main rate to [2.9%].", None, "Norges Bank lifted interest rates to [2.9 per cent].", True),
    ("percent", {"percent": 5.5}, "Dutch unemployment climbed to [5.5%] in July.", None, "Unemployment in the Netherlands rose to [5.5 per cent] in July.", True),
    ("percent", {"percent": 63}, "[63%] of Britons support a ban on disposable vapes, a poll found.", None, "A poll found [63 per cent] of British adults back banning disposable vapes.", True),
    ("quantity", {"number": 3500, "unit": "staff"}, "The Royal Mail sorting office in Glasgow has [3,500 staff].", {"number": 3500, "unit": "person"}, "About [3,500 people] work at Royal Mail's Glasgow sorting office.", True),
    ("quantity", {"number": 250000, "unit": "visitor"}, "The Edinburgh Fringe drew [250,000 visitors] this summer.", None, "This summer [250,000 visitors] came to the Edinburgh Fringe.", True),
    ("date", {"date": "1997-05-01", "granularity": "day"}, "Tony Blair won a landslide on [1 May 1997].", None, "Labour's landslide victory under Blair came on [1 May 1997].", True),
    ("duration", {"iso": "P12Y"}, "The Scottish ferry contract ran [12 years] late.", None, "Scotland's ferries were delivered [12 years] behind schedule.", True),
    ("quote", "Christine Lagarde", 'Christine Lagarde said: ["We are not going to be complacent about inflation."]', "Lagarde", 'Lagarde insisted the ECB was ["not going to be complacent about inflation"].', True),
    ("quote", "Sadiq Khan", 'Sadiq Khan said: ["London is open."]', "Khan", 'Khan repeated his message: ["London is open"].', True),
    # ---- near misses
    ("money", {"amount": 1.3e9, **GBP}, "Birmingham City Council faces an equal pay bill of [£1.3 billion].", None, "Nottingham City Council faces a budget gap of [£1.3 billion].", False),
    ("money", {"amount": 44e9, **USD}, "Elon Musk bought Twitter for [$44 billion] in 2022.", None, "Tesla's revenue reached [$44 billion] in 2022.", False),
    ("money", {"amount": 600, **GBP, "per": "year"}, "Average energy bills will fall by [£600] a year, ministers claim.", None, "Average rents will rise by [£600] a year, landlords warn.", False),
    ("percent", {"percent": 2.9}, "Norway's central bank raised its main rate to [2.9%].", None, "Denmark's central bank raised its main rate to [2.9%].", False),
    ("percent", {"percent": 63}, "[63%] of Britons support a ban on disposable vapes, a poll found.", None, "[63%] of Britons do not support a ban on disposable vapes, a poll found.", False),
    ("percent", {"percent": 63}, "[63%] of Britons support a ban on disposable vapes, a poll found.", None, "[63%] of Britons support a four-day week, a poll found.", False),
    ("quantity", {"number": 3500, "unit": "staff"}, "The Royal Mail sorting office in Glasgow has [3,500 staff].", None, "Royal Mail will axe [3,500 staff] at its Glasgow sorting office.", False),
    ("quantity", {"number": 250000, "unit": "visitor"}, "The Edinburgh Fringe drew [250,000 visitors] this summer.", None, "The Edinburgh Fringe drew [250,000 visitors] in 2019.", False),
    ("date", {"date": "1997-05-01", "granularity": "day"}, "Tony Blair won a landslide on [1 May 1997].", None, "The Hong Kong handover talks resumed on [1 May 1997].", False),
    ("duration", {"iso": "P12Y"}, "The Scottish ferry contract ran [12 years] late.", None, "The Welsh rail contract ran [12 years] late.", False),
    ("quote", "Christine Lagarde", 'Christine Lagarde said: ["We are not going to be complacent about inflation."]', "Christine Lagarde", 'Christine Lagarde said: ["We are going to be complacent about inflation."]', False),
    ("quote", "Sadiq Khan", 'Sadiq Khan said: ["London is open."]', "Boris Johnson", 'Boris Johnson said: ["London is open."]', False),
]  # fmt: skip


def score() -> dict[str, int]:
    row = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for kind, va, sa, vb, sb, same in LAST:
        found = match(_claim("a", kind, va, sa), _claim("b", kind, vb or va, sb)) is not None
        row[("t" if found == same else "f") + ("p" if found else "n")] += 1
    return row


def test_the_last_set_is_balanced() -> None:
    assert len(LAST) == 24 and sum(1 for p in LAST if p[-1]) == 12


FIRST_SCORE = {"tp": 7, "fp": 2, "fn": 5, "tn": 10}
# After (so this set is now SEEN): the people of a place by rule ("Germans", "Pakistanis")
# and a table ("Britons", "Scots"); "claim"/"say"/"warn" end a reporting clause; "came"
# weighs light. TP 8, FP 2, FN 4, TN 10: precision 0.80, recall 0.67. Left: the two false
# matches and four paraphrases above (a tried rule, "each side has two words of its own",
# cost recall on four other sets and did not fix the poll pair, so it was not taken).


def test_last_precision_and_recall_do_not_fall() -> None:
    row = score()
    precision = row["tp"] / max(row["tp"] + row["fp"], 1)
    recall = row["tp"] / max(row["tp"] + row["fn"], 1)
    assert precision >= 8 / 10 and recall >= 8 / 12, row
