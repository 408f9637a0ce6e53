"""The later blind quote sets (quote_blind2: 31 articles, 345 quotes; quote_blind3: 25
articles, 286 quotes; quote_blind4: 20 articles, 219 quotes; quote_blind5: 16 articles, 212
quotes; quote_blind6: 19 articles, 251 quotes; quote_blind7: 20 articles, 226 quotes;
quote_blind8: 20 articles, 245 quotes; quote_blind9: 28 articles, 359 quotes;
quote_blind10: 26 articles, 296 quotes; quote_blind11: 24 articles, 317 quotes;
quote_blind12: 25 articles, 322 quotes; quote_blind13: 27 articles, 335 quotes, held out all
of the session that tuned on sets 11 and 12),
each written by a teammate who had not read the extractor and scored once before any work
on it (first tables in the sets' READMEs and in docs/extract.md). Scored as test_quote_blind
scores set 1 (score.py's rules); the speaker accuracy reached is kept as a floor, so that a
regression fails."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

from factcheck.models import QuoteValue
from factcheck.pipeline import extract
from tests.test_quote_blind import _match, _value_ok

HERE = Path(__file__).parent / "fixtures"

#: speaker value accuracy over matched quotes (score.py's "value"), first score → floor
FLOORS = {
    "quote_blind2": 0.982,  # first score 79.9 (44cb621)
    "quote_blind3": 0.985,  # first score 82.7 (371e05b, the code of 1a5ecb2)
    "quote_blind4": 1.000,  # first score 86.3 (the code of d578158)
    "quote_blind5": 0.981,  # first score 91.5 (the code of 8013c25)
    "quote_blind6": 1.000,  # first score 87.3 (the code of 9f418d4)
    "quote_blind7": 0.991,  # first score 90.7 (the code of 25e48bc)
    "quote_blind8": 0.995,  # first score 90.9 (b721f8d, held out while set 7 was worked on)
    "quote_blind9": 0.957,  # first score 83.4 (5fcad88; 8763c23 the same, held out)
    "quote_blind10": 0.952,  # first score 91.5 (5fcad88), 91.2 at its session's end; 95.2
    "quote_blind11": 0.953,  # first score 82.9 (93cd06b, held out); 94.9 parties from the model
    "quote_blind12": 0.994,  # first score 86.6 (6209e89), 87.5 after set 11's work (b98be8f)
    "quote_blind13": 0.873,  # first score 87.3 (6209e89); 87.3 after sets 11 and 12 (8f2031a)
}


#: share of a set's quotes matched (span recall), where below the 0.99 of the others
MATCHED = {"quote_blind9": 0.988}  # 355 of 359 at its first score


@functools.cache
def _matched(name: str) -> tuple[int, list[tuple[dict[str, Any], QuoteValue]]]:
    """A set's quote claims, and each gold quote matched (score.py's rules) with the value
    extracted for it; read and extracted once for every test of the set."""
    path = HERE / name / "articles.jsonl"
    articles = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    pairs: list[tuple[dict[str, Any], QuoteValue]] = []
    for a in articles:
        gold = [c for c in a["claims"] if c["kind"] == "quote"]
        pred = list(extract(a["text"], published=a["published"], kinds=["quote"]))
        pairs += [(gold[gi], pred[pi].value) for gi, pi in _match(gold, pred)]
    return sum(len(a["claims"]) for a in articles), pairs


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_blind_quote_set_keeps_its_speaker_accuracy(name: str) -> None:
    claims, pairs = _matched(name)
    matched, right = len(pairs), sum(_value_ok(g, v) for g, v in pairs)
    assert matched >= MATCHED.get(name, 0.99) * claims, f"{name}: {matched} of {claims} matched"
    assert right / matched >= FLOORS[name] - 0.0005, f"{name}: {right}/{matched}"


#: quotes whose gold speaker is null (the article names nobody: "one mother", "a sign
#: read", a document) given a speaker anyway. The official scorer accepts any speaker
#: there, so this strict figure is kept here as a ceiling (before -> now; null-gold quotes)
NULL_GIVEN_CEILINGS = {
    "quote_blind": 5,  # 21 -> 5 of 35
    "quote_blind2": 7,  # 23 -> 7 of 33
    "quote_blind3": 7,  # 12 -> 7 of 16
    "quote_blind4": 1,  # 7 -> 1 of 11
    "quote_blind5": 5,  # 14 -> 5 of 18
    "quote_blind6": 1,  # 19 -> 1 of 31
    "quote_blind7": 1,  # 1 of 22 at its first score
    "quote_blind8": 5,  # 5 of 23 at its first score
    "quote_blind9": 5,  # 6 of 22 at its first score
    "quote_blind10": 4,  # 11 -> 4 of 22
    "quote_blind11": 12,  # 16 -> 12 of 38
    "quote_blind12": 11,  # 15 -> 11 of 35
    "quote_blind13": 4,  # 4 of 40, at its first score and at the end of its session
}


@pytest.mark.parametrize("name", sorted(NULL_GIVEN_CEILINGS))
def test_blind_quote_set_gives_few_speakers_where_the_article_names_nobody(name: str) -> None:
    null_gold = given = 0
    for g, value in _matched(name)[1]:
        if g["value"]["speaker"] or any(x.get("speaker") for x in g.get("alt_values", [])):
            continue
        null_gold += 1
        given += value.speaker is not None
    assert null_gold >= 10, f"{name}: only {null_gold} null-gold quotes matched"
    assert given <= NULL_GIVEN_CEILINGS[name], f"{name}: {given} of {null_gold} given a speaker"
