"""factcheck.toml: the rating scale as the commands match it, and the one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.config import load_config
from factcheck.errors import BadOption

SCALE = """
[[ratings]]
name = "Correct"
value = 2
label = "Correct"
key = "k"

[[ratings]]
name = "Wrong"
value = 1
label = "Wrong"
key = "w"
"""


def test_a_rating_named_in_capitals_can_be_given(tmp_path: Path) -> None:
    # `rating()` lower-cased what the reviewer typed but compared it with the name as written,
    # so a scale with capitals could never be used: 'Unknown rating "Correct"; choose from Correct'.
    (tmp_path / "factcheck.toml").write_text(SCALE, encoding="utf-8")
    config = load_config(tmp_path)
    assert config.rating("Correct").name == "Correct"
    assert config.rating("correct").name == "Correct"
    with pytest.raises(BadOption, match='Unknown rating "right"; choose from Correct, Wrong'):
        config.rating("right")


def test_rating_keys_differing_only_in_case_are_refused(tmp_path: Path) -> None:
    # The review loop reads keys in lower case: "T" and "t" would pick the same rating.
    text = SCALE.replace('key = "w"', 'key = "K"')
    (tmp_path / "factcheck.toml").write_text(text, encoding="utf-8")
    with pytest.raises(BadOption, match="rating keys must be unique; repeated: k"):
        load_config(tmp_path)


def test_a_config_that_is_not_utf8(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_bytes(b'[organization]\nname = "Caf\xe9 Post"\n')
    with pytest.raises(BadOption) as info:
        load_config(tmp_path)
    assert str(info.value) == (
        f"{tmp_path / 'factcheck.toml'} is not valid UTF-8 (byte 0xe9 at offset 26); "
        "re-save it as UTF-8"
    )


def test_a_config_that_is_not_toml(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text("[review\n", encoding="utf-8")
    with pytest.raises(BadOption, match=r"factcheck\.toml is not valid TOML: Expected"):
        load_config(tmp_path)
