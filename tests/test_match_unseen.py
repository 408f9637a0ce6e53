"""Earlier verdicts: 26 more pairs, written after the fixes of c4307f0 and scored once.

tests/test_match_pairs.py (tuning), test_match_heldout.py and test_match_fresh.py were all
seen while the matcher was fixed, so their scores are no longer estimates. These pairs
were written afterwards with new subjects and wordings, WITHOUT running the matcher on them
first, and FIRST_SCORE is the one score taken before any change made for them: the honest
estimate of how the matcher does on wording it has not met. Figures in [brackets].

First score, 19:40 UTC on 2026-12-02, matcher of c4307f0: TP 12, FP 0, FN 1, TN 13:
precision 1.00, recall 0.92.
"""

# ruff: noqa: E501  (a table of sentences, one pair per line)

from __future__ import annotations

from typing import Any

from test_match_pairs import _claim

from factcheck.db.matching import match

GBP = {"currency": "GBP"}

# (kind, value A, sentence A, value B, sentence B, same claim?)
UNSEEN: list[tuple[str, Any, str, Any, str, bool]] = [
    # ---- repeats in new wording
    ("money", {"amount": 113e6, **GBP}, "Manchester United lost [£113 million] last season.", None, "Last season's losses at Manchester United came to [£113m].", True),
    ("money", {"amount": 14e9, **GBP}, "Heathrow's third runway would cost [£14 billion], the airport says.", None, "The airport estimates a third runway at Heathrow would cost [£14bn].", True),
    ("money", {"amount": 15.5, **GBP, "per": "hour"}, "Junior doctors in Scotland are paid [£15.50] an hour.", None, "Scottish junior doctors earn [£15.50] per hour.", True),
    ("percent", {"percent": 3.3}, "Japanese inflation hit [3.3%] in May.", None, "Inflation in Japan reached [3.3 per cent] in May.", True),
    ("percent", {"percent": 24}, "The Conservatives' vote share fell to [24%] at the election.", None, "At the election the Conservative share of the vote dropped to [24 per cent].", True),
    ("percent", {"percent": 41}, "Only [41%] of rail services in the north ran on time last month, Network Rail said.", None, "Network Rail figures show [41%] of northern rail services were on time last month.", True),
    ("percent", {"percent": 50}, "Dutch farmers protested against plans to cut nitrogen emissions by [50%].", None, "Farmers in the Netherlands protested against a [50 per cent] cut in nitrogen emissions.", True),
    ("quantity", {"number": 11000, "unit": "person"}, "The Sellafield site employs [11,000 people].", {"number": 11000, "unit": "staff"}, "About [11,000 staff] work at Sellafield.", True),
    ("quantity", {"number": 100000, "unit": "resident"}, "More than [100,000 residents] in Devon were left without clean water.", {"number": 100000, "unit": "person"}, "Some [100,000 people] in Devon lost clean water supplies.", True),
    ("date", {"date": "2022-09-08", "granularity": "day"}, "Queen Elizabeth II died at Balmoral on [8 September 2022].", None, "The Queen died at Balmoral on [8 September 2022].", True),
    ("duration", {"iso": "P6M"}, "Canadian wildfires burned for [six months] last year.", None, "Wildfires in Canada raged for [six months] last year.", True),
    ("quote", "Rishi Sunak", 'Rishi Sunak said: ["Stopping the boats is one of my five priorities."]', "Sunak", 'Sunak repeated that ["stopping the boats is one of my five priorities"].', True),
    ("quote", "Greta Thunberg", 'Greta Thunberg said: ["Our house is still on fire."]', "Thunberg", 'Thunberg told the crowd: ["Our house is still on fire"].', True),
    # ---- near misses
    ("money", {"amount": 113e6, **GBP}, "Manchester United lost [£113 million] last season.", None, "Manchester City earned [£113 million] from sponsorship last season.", False),
    ("money", {"amount": 14e9, **GBP}, "Heathrow's third runway would cost [£14 billion].", None, "Gatwick's second runway would cost [£14 billion].", False),
    ("money", {"amount": 15.5, **GBP, "per": "hour"}, "Junior doctors in Scotland are paid [£15.50] an hour.", None, "Junior doctors in Wales are paid [£15.50] an hour.", False),
    ("percent", {"percent": 3.3}, "Japanese inflation hit [3.3%] in May 2023.", None, "Japanese inflation hit [3.3%] in May 2024.", False),
    ("percent", {"percent": 3.3}, "Japanese inflation hit [3.3%] in May.", None, "Japanese wages rose by [3.3%] in May.", False),
    ("percent", {"percent": 24}, "The Conservatives' vote share fell to [24%] at the election.", None, "Labour's vote share fell to [24%] at the election.", False),
    ("percent", {"percent": 41}, "Only [41%] of rail services in the north ran on time last month.", None, "[41%] of rail passengers in the north said they were satisfied last month.", False),
    ("quantity", {"number": 11000, "unit": "person"}, "The Sellafield site employs [11,000 people].", None, "The Sellafield site does not employ [11,000 people], the union says.", False),
    ("quantity", {"number": 100000, "unit": "resident"}, "More than [100,000 residents] in Devon were left without clean water.", None, "More than [100,000 residents] in Cornwall were left without clean water.", False),
    ("date", {"date": "2022-09-08", "granularity": "day"}, "The Queen died at Balmoral on [8 September 2022].", None, "The Bank of England raised interest rates on [8 September 2022].", False),
    ("duration", {"iso": "P6M"}, "Canadian wildfires burned for [six months] last year.", None, "Australian bushfires burned for [six months] last year.", False),
    ("quote", "Rishi Sunak", 'Rishi Sunak said: ["Stopping the boats is one of my five priorities."]', "Suella Braverman", 'Suella Braverman said: ["Stopping the boats is one of my five priorities."]', False),
    ("quote", "Greta Thunberg", 'Greta Thunberg said: ["Our house is still on fire."]', "Greta Thunberg", 'Greta Thunberg said: ["Our house is no longer on fire."]', False),
]  # fmt: skip


def score() -> dict[str, int]:
    row = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for kind, va, sa, vb, sb, same in UNSEEN:
        a = _claim("a", kind, va, sa)
        b = _claim("b", kind, va if vb is None else vb, sb)
        found = match(a, b) is not None
        row[("t" if found == same else "f") + ("p" if found else "n")] += 1
    return row


def test_the_unseen_set_is_balanced() -> None:
    assert len(UNSEEN) == 26
    assert sum(1 for p in UNSEEN if p[-1]) == 13


FIRST_SCORE = {"tp": 12, "fp": 0, "fn": 1, "tn": 13}
# The miss was "left without clean water" against "lost clean water supplies": a word of loss
# anywhere in the sentence counted as a loss of the figure. Now only a loss word before the
# figure or right after it counts: TP 13, FP 0, FN 0, TN 13 (so this set is now SEEN too).


def test_unseen_precision_and_recall_do_not_fall() -> None:
    row = score()
    precision = row["tp"] / max(row["tp"] + row["fp"], 1)
    recall = row["tp"] / max(row["tp"] + row["fn"], 1)
    assert precision >= 1.0 and recall >= 1.0, row
