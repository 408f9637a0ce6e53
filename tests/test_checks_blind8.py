"""The eighth blind check set (tests/fixtures/checks_blind8/cases.jsonl, 192 cases), written by
a teammate who had read neither the checker nor the other sets' cases, as ordinary copy of many
desks with distractor figures, and held out while the families of the seventh set were worked
on. Scored once on arrival, at b721f8d: 165/192 covered (85.9%), 70/80 inconsistent caught
(87.5%), 1/99 false alarm (1.0%). Per check: conversion 54/57 covered, 26/26 caught, 0/27 false
alarms; elapsed 36/36, 14/14, 1/19; weekday 21/21, 6/7, 0/12; arithmetic 54/78, 24/33, 0/41.
The engine must keep at least what it reaches here; the false alarm is a ceiling to bring to
zero, not a licence; it is at zero now (175/192, 74/80)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_checks_blind2 import score

FIXTURE = Path(__file__).parent / "fixtures" / "checks_blind8" / "cases.jsonl"
LINES = [json.loads(x) for x in FIXTURE.read_text(encoding="utf-8").splitlines() if x.strip()]

# Floors: what the engine reaches on this set (raise them when it reaches more).
COVERED, CAUGHT, MAX_ALARMS = 190, 78, 0


def test_eighth_blind_set_keeps_what_the_engine_reaches():
    cases, covered, caught, alarms = score(LINES)
    assert cases == 192
    assert covered >= COVERED, f"{covered}/192 covered"
    assert caught >= CAUGHT, f"{caught}/80 inconsistent caught"
    assert alarms <= MAX_ALARMS, f"{alarms} false alarms"
