"""The entity model read as it is asked (``Entities``) answers as the whole model read in
one pass (``_read_all``): the mention at every offset a mention begins or ends, the
mention of a name near an offset, the first mention in a span, and an entity's kind,
name, mentions, gender, roles, and the people given a role. Over the quote article
fixtures, the first blind quote set and the sample articles in claims/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.documents import read_path
from factcheck.extract import Text
from factcheck.extract._entities import Entities, Mention, _read_all
from factcheck.models import Document

ROOT = Path(__file__).parent.parent


def _texts() -> list[tuple[str, str]]:
    out = []
    paths = sorted((ROOT / "tests" / "fixtures" / "quote_articles").glob("*.jsonl"))
    paths.append(ROOT / "tests" / "fixtures" / "quote_blind" / "articles.jsonl")
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                out.append((f"{path.name}:{n}", json.loads(line)["text"]))
    for path in sorted((ROOT / "claims").glob("*.md")):
        out.extend((path.name, doc.text) for doc in read_path(path))
    return out


TEXTS = _texts()


def _sig(m: Mention | None) -> tuple[object, ...] | None:
    return None if m is None else (m.start, m.end, m.name, m.kind, m.title, m.described)


def test_there_are_texts() -> None:
    assert len(TEXTS) > 60


@pytest.mark.parametrize("where,text", TEXTS, ids=[w for w, _ in TEXTS])
def test_asked_as_needed_answers_as_the_whole_model(where: str, text: str) -> None:
    doc = Text(Document(id="d", text=text))
    whole = _read_all(text, doc.sentence_starts)
    for m in whole.mentions:
        e = whole.entities[m.entity]
        for pos in (m.start, m.end - 1, m.end):
            assert _sig(Entities(text, doc.sentence_starts).covering(pos)) == _sig(
                whole.covering(pos)
            ), (where, pos)
        assert _sig(Entities(text, doc.sentence_starts).at(m.start, m.end + 3)) == _sig(
            whole.at(m.start, m.end + 3)
        )
        if m.name[:1].isupper():
            assert _sig(Entities(text, doc.sentence_starts).find(m.name, m.start + 200)) == _sig(
                whole.find(m.name, m.start + 200)
            )
        lazy = Entities(text, doc.sentence_starts)
        got = lazy.entity(lazy.covering(m.start) or m)
        assert (got.kind, got.name, got.named) == (e.kind, e.name, e.named), (where, m.name)
        assert [_sig(x) for x in got.mentions] == [_sig(x) for x in e.mentions]
        assert (got.gender, got.roles) == (e.gender, e.roles)
        if m.title:
            role = m.title.split()[-1]
            lazy = Entities(text, doc.sentence_starts)
            assert _sig(lazy.with_role(role, m.start + 1)) == _sig(
                whole.with_role(role, m.start + 1)
            )
