"""Earlier verdicts: 20 last pairs (10 repeats, 10 near misses), written after d1e962b and
scored once before any change made for them: the estimate to quote for wording the matcher
has not met.

FIRST_SCORE, 19:48 UTC on 2026-12-02, matcher of d1e962b: TP 9, FP 2, FN 1, TN 8:
precision 0.82, recall 0.90. The false matches: "Qatar built [17 stadiums] for the World
Cup" against "Saudi Arabia plans [17 stadiums] for its 2034 World Cup" (other countries, a
shared name), and "Swedish house prices have fallen [8.7%]" against "Swedish rents have
risen [8.7%] since 2020" (another subject and direction). The miss: "the Fukushima nuclear
disaster began" against "a tsunami struck the Fukushima nuclear plant". (One label was
corrected before scoring: Ardern's "They are us" repeated is a repeat.)
After, by family (so this set is now SEEN): places clash when both sentences name
countries and share none, whatever other names they share (a UK nation counts as the UK);
a figure that rose clashes with one that fell; "since" is a function word. TP 9, FP 0, FN 1,
TN 10: precision 1.00, recall 0.90.
Figures in [brackets].
"""

# ruff: noqa: E501  (a table of sentences, one pair per line)

from __future__ import annotations

from typing import Any

from test_match_pairs import _claim

from factcheck.db.matching import match

GBP = {"currency": "GBP"}
EUR = {"currency": "EUR"}

FINAL: list[tuple[str, Any, str, Any, str, bool]] = [
    # ---- repeats in new wording
    ("money", {"amount": 7.4e9, **GBP}, "Network Rail will spend [£7.4 billion] upgrading the East Coast Main Line.", None, "Upgrades to the East Coast Main Line will cost Network Rail [£7.4bn].", True),
    ("money", {"amount": 2e9, **EUR}, "Italy has set aside [€2 billion] to rebuild flood-hit Emilia-Romagna.", None, "The Italian government earmarked [€2bn] for rebuilding Emilia-Romagna after the floods.", True),
    ("percent", {"percent": 8.7}, "Swedish house prices have fallen [8.7%] since their peak.", None, "House prices in Sweden are down [8.7 per cent] from their peak.", True),
    ("percent", {"percent": 36}, "Teachers in England voted for strikes on a turnout of [36%].", None, "Only [36%] of teachers in England turned out in the strike ballot.", True),
    ("quantity", {"number": 4500, "unit": "employee"}, "The Ford plant in Valencia has [4,500 employees].", {"number": 4500, "unit": "worker"}, "Ford's Valencia factory employs [4,500 workers].", True),
    ("quantity", {"number": 17, "unit": "stadium"}, "Qatar built [17 stadiums] for the World Cup.", None, "For the World Cup, [17 stadiums] were built in Qatar.", True),
    ("date", {"date": "2011-03-11", "granularity": "day"}, "The Fukushima nuclear disaster began on [11 March 2011].", None, "On [11 March 2011] a tsunami struck the Fukushima nuclear plant.", True),
    ("duration", {"iso": "P40Y"}, "Harland and Wolff has not built a ship for [40 years].", None, "It is [40 years] since Harland and Wolff last built a ship.", True),
    ("quote", "Jacinda Ardern", 'Jacinda Ardern said: ["They are us."]', "Ardern", 'Ardern told parliament ["they are us"].', True),
    ("quote", "Mark Carney", 'Mark Carney said: ["The tragedy of the horizon is that the catastrophic impacts will be felt beyond the traditional horizons."]', "Carney", 'Carney warned that ["the catastrophic impacts will be felt beyond the traditional horizons"].', True),
    # ---- near misses
    ("money", {"amount": 7.4e9, **GBP}, "Network Rail will spend [£7.4 billion] upgrading the East Coast Main Line.", None, "Network Rail will spend [£7.4 billion] on new signalling in Scotland.", False),
    ("money", {"amount": 2e9, **EUR}, "Italy has set aside [€2 billion] to rebuild flood-hit Emilia-Romagna.", None, "Greece has set aside [€2 billion] to rebuild after the wildfires.", False),
    ("percent", {"percent": 8.7}, "Swedish house prices have fallen [8.7%] since their peak.", None, "Swedish rents have risen [8.7%] since 2020.", False),
    ("percent", {"percent": 36}, "Teachers in England voted for strikes on a turnout of [36%].", None, "Nurses in England voted for strikes on a turnout of [36%].", False),
    ("quantity", {"number": 4500, "unit": "employee"}, "The Ford plant in Valencia has [4,500 employees].", None, "Ford will cut [4,500 employees] across Europe.", False),
    ("quantity", {"number": 17, "unit": "stadium"}, "Qatar built [17 stadiums] for the World Cup.", None, "Saudi Arabia plans [17 stadiums] for its 2034 World Cup.", False),
    ("date", {"date": "2011-03-11", "granularity": "day"}, "The Fukushima nuclear disaster began on [11 March 2011].", None, "Sony launched its new games console on [11 March 2011].", False),
    ("duration", {"iso": "P40Y"}, "Harland and Wolff has not built a ship for [40 years].", None, "The Belfast shipyard built ships for [40 years] after the war.", False),
    ("quote", "Mark Carney", 'Mark Carney said: ["The tragedy of the horizon is that the catastrophic impacts will be felt beyond the traditional horizons."]', "Andrew Bailey", 'Andrew Bailey said: ["The catastrophic impacts will be felt beyond the traditional horizons."]', False),
    ("percent", {"percent": 8.7}, "Swedish house prices have fallen [8.7%] since their peak.", None, "Swedish house prices have not fallen [8.7%] since their peak, the central bank says.", False),
]  # fmt: skip


def score() -> dict[str, int]:
    row = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for kind, va, sa, vb, sb, same in FINAL:
        found = match(_claim("a", kind, va, sa), _claim("b", kind, vb or va, sb)) is not None
        row[("t" if found == same else "f") + ("p" if found else "n")] += 1
    return row


def test_the_final_set_is_balanced() -> None:
    assert len(FINAL) == 20 and sum(1 for p in FINAL if p[-1]) == 10


FIRST_SCORE = {"tp": 9, "fp": 2, "fn": 1, "tn": 8}


def test_final_precision_and_recall_do_not_fall() -> None:
    row = score()
    precision = row["tp"] / max(row["tp"] + row["fp"], 1)
    recall = row["tp"] / max(row["tp"] + row["fn"], 1)
    assert precision >= 1.0 and recall >= 9 / 10, row
