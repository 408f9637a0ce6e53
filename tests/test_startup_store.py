"""Opening the store loads no pydantic model of the settings (issue 13, start-up).

The team's rules are read from the database when a store opens and made into
``factcheck.config``'s models only when something asks for them; ``next`` reads its two
rules (lease length, double review) from the stored settings, which hold only what
validating them keeps.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from factcheck import config as config_module
from factcheck.config import Config, ReviewSettings
from factcheck.db import desk
from factcheck.db.store import open_store
from factcheck.models import Claim, Document


def test_the_store_looks_for_the_config_file_by_its_name() -> None:
    assert desk.CONFIG_FILE == config_module.CONFIG_FILE


def _queued(path: Path, config: Config | None = None) -> str:
    url = str(path / "q.db")
    with open_store(url, config=config) as store:
        doc = Document(id="d1", text="It cost £3 million.")
        claim = Claim(document="d1", kind="money", text="£3 million", start=8, end=18)
        store.add_document(doc, [claim], actor="test")
    return url


def test_the_rules_become_a_config_only_when_asked_for(tmp_path: Path) -> None:
    url = _queued(tmp_path, Config(review=ReviewSettings(lease_minutes=45, double_review=True)))
    with open_store(url) as store:
        assert store._config is None
        with store._db.tx(write=False) as tx:
            assert store._lease_rules(tx) == (45, True)
        assert store._config is None
        assert store.config.review.lease_minutes == 45  # the seeded team settings apply
        assert store.config.review.double_review is True


@pytest.mark.parametrize("stored", [0, 30.0, "30", None])
def test_a_stored_rule_that_is_not_plainly_valid_is_read_through_the_config(
    tmp_path: Path, stored: object
) -> None:
    url = _queued(tmp_path)
    with open_store(url) as store, store._db.tx() as tx:
        tx.run(
            "UPDATE team_settings SET value = :v WHERE key = 'lease_minutes'",
            {"v": json.dumps(stored)},
        )
    with open_store(url) as store, store._db.tx(write=False) as tx:
        try:
            expected = store._rules(tx).review
        except Exception as exc:  # what the rules make of it, raised the same way
            with pytest.raises(type(exc)):
                store._lease_rules(tx)
            return
        assert store._lease_rules(tx) == (expected.lease_minutes, expected.double_review)


def test_next_leases_for_the_stored_lease_length(tmp_path: Path) -> None:
    url = _queued(tmp_path, Config(review=ReviewSettings(lease_minutes=7)))
    with open_store(url) as store:
        record = store.next_claim("ana")
        assert record is not None and record.lease_expires is not None
        assert record.lease_expires - store.now() <= timedelta(minutes=7)
        assert record.lease_expires - store.now() > timedelta(minutes=6)
