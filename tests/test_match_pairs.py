"""Earlier verdicts: a test set of claim pairs across articles, written before the matcher.

Each pair is two claims of different articles with the same kind. ``True``: the same claim
repeated in new wording (another outlet, another order, a synonym, a quote repeated in
part). ``False``: a near miss, the same figure about something else (another place,
another subject, another speaker, a negation), and a few with the same context but
another value. The matcher must find the repeats (recall at least 90 %) and hardly ever
offer a near miss (precision at least 95 %). Figures are marked with [brackets].
"""

# ruff: noqa: E501  (a table of sentences, one pair per line)

from __future__ import annotations

from typing import Any

import pytest

from factcheck.db.matching import match
from factcheck.models import Claim

GBP = {"currency": "GBP"}

# (kind, value A, sentence A, value B, sentence B, same claim?)
# For quotes the value is the speaker (or None) and the bracketed text is the quote.
PAIRS: list[tuple[str, Any, str, Any, str, bool]] = [
    # ---- money: repeats
    ("money", {"amount": 3e9, **GBP, "per": "year"}, "The council says the new bridge will cost [£3 billion] a year to maintain.", None, "Maintaining the Tay bridge will cost the council [£3bn] a year, officials said.", True),
    ("money", {"amount": 20e9, **GBP, "per": "year"}, "The NHS will receive an extra [£20 billion] a year by 2028, the Prime Minister said.", None, "An extra [£20bn] a year is going to the NHS by 2028.", True),
    ("money", {"amount": 2.2e9, **GBP}, "Tesco reported profits of [£2.2 billion] for the year.", None, "Annual profits at Tesco reached [£2.2bn].", True),
    ("money", {"amount": 4.5e9, **GBP}, "The Thames Tideway tunnel cost [£4.5 billion].", None, "London's super sewer, the Thames Tideway tunnel, came in at [£4.5bn].", True),
    ("money", {"amount": 66e9, **GBP}, "HS2 is now expected to cost [£66 billion].", None, "The expected cost of HS2 has risen to [£66bn].", True),
    ("money", {"amount": 523000, **GBP}, "The average house price in London is [£523,000].", None, "London's average house price stands at [£523,000], according to Rightmove.", True),
    ("money", {"amount": 15e9, **GBP}, "Thames Water has debts of [£15 billion].", None, "Thames Water's [£15bn] debt pile is the largest in the industry.", True),
    ("money", {"amount": 1.6e9, **GBP}, "Universities face a [£1.6 billion] shortfall, the Office for Students warned.", None, "The Office for Students has warned of a [£1.6bn] funding shortfall at universities.", True),
    # ---- money: near misses
    ("money", {"amount": 3e9, **GBP, "per": "year"}, "The new bridge will cost [£3 billion] a year to maintain.", None, "Social care in the NHS needs [£3 billion] a year more, the King's Fund says.", False),
    ("money", {"amount": 20e9, **GBP, "per": "year"}, "The NHS will receive an extra [£20 billion] a year by 2028.", None, "Defence will receive an extra [£20 billion] a year by 2030.", False),
    ("money", {"amount": 2.2e9, **GBP}, "Tesco reported profits of [£2.2 billion] for the year.", None, "Sainsbury's reported profits of [£2.2 billion] for the year.", False),
    ("money", {"amount": 66e9, **GBP}, "HS2 is now expected to cost [£66 billion].", None, "The defence budget is [£66 billion] this year.", False),
    ("money", {"amount": 523000, **GBP}, "The average house price in London is [£523,000].", None, "The footballer's Cheshire mansion sold for [£523,000].", False),
    ("money", {"amount": 15e9, **GBP}, "Thames Water has debts of [£15 billion].", None, "Anglian Water plans to invest [£15 billion] in new reservoirs.", False),
    ("money", {"amount": 1.6e9, **GBP}, "Universities face a [£1.6 billion] shortfall, the Office for Students warned.", None, "Councils in England face a [£1.6 billion] shortfall in social care funding.", False),
    ("money", {"amount": 4.5e9, **GBP}, "The Thames Tideway tunnel cost [£4.5 billion].", None, "The Elizabeth line went [£4.5 billion] over budget.", False),
    ("money", {"amount": 3e9, **GBP}, "The bridge cost [£3 billion] to build.", {"amount": 3e9, **GBP, "per": "year"}, "The bridge will cost [£3 billion] a year to maintain.", False),
    # ---- percent: repeats
    ("percent", {"percent": 3.2}, "Inflation fell to [3.2%] in March, the ONS said.", None, "The ONS reported that inflation dropped to [3.2 per cent] in March.", True),
    ("percent", {"percent": 4.1}, "Unemployment in Scotland stands at [4.1%].", None, "Scotland's unemployment rate is [4.1%], figures show.", True),
    ("percent", {"percent": 44}, "Labour is on [44%] in the latest YouGov poll.", None, "The latest YouGov poll puts Labour at [44%].", True),
    ("percent", {"percent": 3}, "Child poverty in Wales rose by [3%] last year.", None, "Last year child poverty in Wales went up [3 per cent].", True),
    ("percent", {"percent": 5.25}, "The Bank of England held interest rates at [5.25%].", None, "Interest rates were kept at [5.25%] by the Bank of England.", True),
    ("percent", {"percent": 0.6}, "GDP grew by [0.6%] in the first quarter, the ONS said.", None, "The economy grew [0.6%] in the first quarter of the year, ONS figures show.", True),
    ("percent", {"percent": 52}, "Turnout was [52%] in the Glasgow by-election.", None, "Only [52%] of voters turned out in the Glasgow by-election.", True),
    # ---- percent: near misses
    ("percent", {"percent": 3.2}, "Inflation fell to [3.2%] in March.", None, "Wages rose by [3.2%] in March.", False),
    ("percent", {"percent": 4.1}, "Unemployment in Scotland stands at [4.1%].", None, "Unemployment in Wales stands at [4.1%].", False),
    ("percent", {"percent": 44}, "Labour is on [44%] in the latest YouGov poll.", None, "The Conservatives are on [44%] in the latest Ipsos poll.", False),
    ("percent", {"percent": 3}, "Child poverty in Wales rose by [3%] last year.", None, "House prices in Wales rose by [3%] last year.", False),
    ("percent", {"percent": 5.25}, "The Bank of England held interest rates at [5.25%].", None, "Mortgage rates at Nationwide hit [5.25%] this week.", False),
    ("percent", {"percent": 52}, "Turnout was [52%] in the Glasgow by-election.", None, "In 2016, [52%] voted to leave the European Union.", False),
    ("percent", {"percent": 3.2}, "Inflation fell to [3.2%] in March, the ONS said.", {"percent": 3.4}, "Inflation fell to [3.4%] in March, the ONS said.", False),
    # ---- quantities: repeats
    ("quantity", {"number": 1.2e6, "unit": "passenger"}, "The Orkney ferry carried [1.2 million passengers] in 2023.", None, "Some [1.2 million passengers] used the Orkney ferry last year.", True),
    ("quantity", {"number": 79e6, "unit": "passenger"}, "Heathrow handled [79 million passengers] last year.", None, "Last year [79 million passengers] passed through Heathrow airport.", True),
    ("quantity", {"number": 300000, "unit": "home"}, "The government has built [300,000 homes] a year.", None, "Ministers say [300,000 homes] are being built by the government each year.", True),
    ("quantity", {"number": 7.6e6}, "There are [7.6 million] people waiting for NHS treatment in England.", None, "NHS waiting lists in England have reached [7.6 million] people.", True),
    ("quantity", {"number": 40000, "unit": "nurse"}, "The strike by the Royal College of Nursing involved [40,000 nurses].", None, "[40,000 nurses] walked out in the Royal College of Nursing strike.", True),
    ("quantity", {"number": 2.5, "unit": "kilometre"}, "The Forth Bridge is [2.5 kilometres] long.", None, "At [2.5 kilometres] long, the Forth Bridge took eight years to build.", True),
    ("quantity", {"number": 464000, "unit": "time"}, "Water companies discharged sewage [464,000 times] in 2023.", None, "In 2023 sewage was discharged [464,000 times] by water companies.", True),
    # ---- quantities: near misses
    ("quantity", {"number": 1.2e6, "unit": "passenger"}, "The Orkney ferry carried [1.2 million passengers] in 2023.", None, "Inverness airport handled [1.2 million passengers] in 2023.", False),
    ("quantity", {"number": 79e6, "unit": "passenger"}, "Heathrow handled [79 million passengers] last year.", None, "Gatwick expects [79 million passengers] once its second runway opens.", False),
    ("quantity", {"number": 300000, "unit": "home"}, "The government has built [300,000 homes] a year.", None, "Some [300,000 homes] in England stand empty.", False),
    ("quantity", {"number": 7.6e6}, "There are [7.6 million] people waiting for NHS treatment in England.", None, "Around [7.6 million] people watched the final on BBC One.", False),
    ("quantity", {"number": 40000, "unit": "nurse"}, "The strike by the Royal College of Nursing involved [40,000 nurses].", None, "The NHS plans to recruit [40,000 nurses] by 2030.", False),
    ("quantity", {"number": 2.5, "unit": "kilometre"}, "The Forth Bridge is [2.5 kilometres] long.", None, "The new runway at Gatwick will be [2.5 kilometres] long.", False),
    ("quantity", {"number": 464000, "unit": "time"}, "Water companies discharged sewage [464,000 times] in 2023.", None, "The video was viewed [464,000 times] on TikTok.", False),
    # ---- dates and durations
    ("date", {"date": "1999", "granularity": "year"}, "The Post Office brought in the Horizon system in [1999].", None, "Horizon, introduced by the Post Office in [1999], was faulty from the start.", True),
    ("date", {"date": "2016-06-23", "granularity": "day"}, "The Brexit referendum was held on [23 June 2016].", None, "Britain voted in the Brexit referendum of [23 June 2016].", True),
    ("duration", {"iso": "P18W"}, "Patients in Kent wait [18 weeks] for hip surgery.", None, "Hip surgery waits in Kent are now [18 weeks].", True),
    ("date", {"date": "1999", "granularity": "year"}, "The Post Office brought in the Horizon system in [1999].", None, "The Scottish Parliament first met in [1999].", False),
    ("date", {"date": "2016-06-23", "granularity": "day"}, "The Brexit referendum was held on [23 June 2016].", None, "Glastonbury festival opened on [23 June 2016].", False),
    ("duration", {"iso": "P18W"}, "Patients in Kent wait [18 weeks] for hip surgery.", None, "The apprenticeship course lasts [18 weeks].", False),
    # ---- quotes: repeats (speaker, then the quote in brackets)
    ("quote", "Keir Starmer", 'Keir Starmer said: ["We will get Britain building again."]', "Starmer", 'Starmer told the conference: ["We will get Britain building again, and we will do it fast."]', True),
    ("quote", "Rachel Reeves", 'Rachel Reeves said: ["There will be no return to austerity."]', "Reeves", '["there will be no return to austerity"], the Chancellor, Reeves, insisted.', True),
    ("quote", "Rishi Sunak", 'Rishi Sunak said: ["The plan is working."]', None, 'The Prime Minister repeated: ["The plan is working"].', True),
    ("quote", "Wes Streeting", 'Wes Streeting said: ["The NHS is broken."]', "Wes Streeting", 'Wes Streeting told MPs: ["The NHS is broken, but it is not beaten."]', True),
    ("quote", "Nigel Farage", 'Nigel Farage said: ["We are the real opposition now."]', "Farage", 'Farage said ["we are the real opposition now"] after the vote.', True),
    ("quote", "Wes Streeting", 'Wes Streeting said: ["We will cut waiting lists by a fifth within two years."]', "Streeting", 'Streeting said: ["We will cut waiting lists by a fifth in two years."]', True),
    ("quote", "Ed Miliband", 'Ed Miliband said: ["Clean power by 2030 is achievable and it will cut bills."]', "Ed Miliband", 'Ed Miliband said ["clean power by 2030 is achievable"] in his speech.', True),
    # ---- quotes: near misses
    ("quote", "Keir Starmer", 'Keir Starmer said: ["We will get Britain building again."]', "Kemi Badenoch", 'Kemi Badenoch said: ["We will get Britain building again."]', False),
    ("quote", "Rishi Sunak", 'Rishi Sunak said: ["The plan is working."]', "Keir Starmer", 'Keir Starmer said: ["The plan is not working."]', False),
    ("quote", "Wes Streeting", 'Wes Streeting said: ["The NHS is broken."]', "Wes Streeting", 'Wes Streeting said: ["The NHS is not broken."]', False),
    ("quote", "Rachel Reeves", 'Rachel Reeves said: ["There will be no return to austerity."]', "Rachel Reeves", 'Rachel Reeves said: ["There will be tax rises in the autumn."]', False),
    ("quote", "Nigel Farage", 'Nigel Farage said: ["We are the real opposition now."]', "Ed Davey", 'Ed Davey said: ["We are the real opposition in the south."]', False),
    ("quote", "Ed Miliband", 'Ed Miliband said: ["Clean power by 2030 is achievable and it will cut bills."]', "Ed Miliband", 'Ed Miliband said: ["Energy bills will fall by 2030."]', False),
]  # fmt: skip


def _claim(doc: str, kind: str, value: Any, sentence: str) -> Claim:
    start = sentence.index("[")
    end = sentence.index("]") - 1
    plain = sentence.replace("[", "").replace("]", "")
    text = plain[start:end]
    if kind == "quote":
        data: dict[str, Any] = {"kind": "quote", "quote": text.strip('"'), "speaker": value}
    else:
        data = {"kind": kind, **value}
    return Claim(
        document=doc,
        kind=kind,  # type: ignore[arg-type]
        text=text,
        start=start,
        end=end,
        value=data,  # type: ignore[arg-type]
        sentence=plain,
        sentence_start=0,
    )


def _pairs() -> list[tuple[Claim, Claim, bool]]:
    out = []
    for kind, va, sa, vb, sb, same in PAIRS:
        out.append(
            (_claim("a", kind, va, sa), _claim("b", kind, va if vb is None else vb, sb), same)
        )
    return out


def scores() -> dict[str, dict[str, int]]:
    """Per kind group (and overall): true and false positives and negatives."""
    table: dict[str, dict[str, int]] = {}
    for a, b, same in _pairs():
        found = match(a, b) is not None
        for group in (a.kind, "all"):
            row = table.setdefault(group, {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
            row[("t" if found == same else "f") + ("p" if found else "n")] += 1
    return table


def test_the_set_is_big_and_balanced() -> None:
    assert len(PAIRS) >= 60
    positives = sum(1 for p in PAIRS if p[-1])
    assert 25 <= positives <= len(PAIRS) - 25
    for a, b, _ in _pairs():
        assert a.text and b.text and a.sentence != b.sentence


def test_precision_and_recall() -> None:
    row = scores()["all"]
    precision = row["tp"] / max(row["tp"] + row["fp"], 1)
    recall = row["tp"] / max(row["tp"] + row["fn"], 1)
    assert precision >= 0.95 and recall >= 0.90, scores()


def test_the_matcher_is_symmetric_and_explains_itself() -> None:
    for a, b, _same in _pairs():
        ab, ba = match(a, b), match(b, a)
        assert (ab is None) == (ba is None)
        if ab is not None:
            assert ab.reasons and 0 < ab.score <= 1


@pytest.mark.parametrize("kind", ["money", "percent", "quantity", "quote"])
def test_a_different_kind_or_value_never_matches(kind: str) -> None:
    for a, b, _ in _pairs():
        if a.kind == kind:
            other = b.model_copy(update={"kind": "date" if kind != "date" else "money"})
            assert match(a, other) is None


if __name__ == "__main__":  # the table for the notes
    for group, r in sorted(scores().items()):
        p = r["tp"] / max(r["tp"] + r["fp"], 1)
        rc = r["tp"] / max(r["tp"] + r["fn"], 1)
        print(
            f"{group:9} pairs {sum(r.values()):3}  tp {r['tp']:2} fp {r['fp']:2} fn {r['fn']:2} tn {r['tn']:2}  precision {p:.2f} recall {rc:.2f}"
        )
