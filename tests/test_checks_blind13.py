"""The thirteenth blind check set (tests/fixtures/checks_blind13/cases.jsonl, 223 cases), written
by a teammate who had read neither the checker nor the other sets' cases, and held out while
sets 11 and 12 were worked on. Scored blind: 159/223 covered (71.3%), 53/78 caught, 2/121 false
alarms at the session's start (6209e89); 175/223, 58/78, 3 at its end (8f2031a); README."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_checks_blind2 import score

FIXTURE = Path(__file__).parent / "fixtures" / "checks_blind13" / "cases.jsonl"
LINES = [json.loads(x) for x in FIXTURE.read_text(encoding="utf-8").splitlines() if x.strip()]

# Floors: what the engine reaches on this set (raise them when it reaches more); the false
# alarms are a ceiling to bring down.
COVERED, CAUGHT, MAX_ALARMS = 174, 58, 2


def test_thirteenth_blind_set_keeps_what_the_engine_reaches():
    cases, covered, caught, alarms = score(LINES)
    assert cases == 223
    assert covered >= COVERED, f"{covered}/223 covered"
    assert caught >= CAUGHT, f"{caught}/78 inconsistent caught"
    assert alarms <= MAX_ALARMS, f"{alarms} false alarms"
