"""Property: over every text the project holds (each fixture text under tests/fixtures and
the sample articles in claims/), every speaker the quote extractor names is a name or an
organisation written in the document. The speaker is the fullest name of an entity of
the article, so each of its words stands in the text as a word, and its mention offsets
point at a stretch of the text that holds the speaker's last word. A word that is no
mention ("However", a product, a place) cannot come out as a speaker.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from factcheck.documents import read_path
from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document, QuoteValue

ROOT = Path(__file__).parent.parent


def _texts() -> list[tuple[str, str]]:
    out = []
    for path in sorted((ROOT / "tests" / "fixtures").rglob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if isinstance(row, dict) and isinstance(row.get("text"), str):
                out.append((f"{path.relative_to(ROOT)}:{n}", row["text"]))
    for path in sorted((ROOT / "claims").glob("*.md")):
        out.extend((str(path.relative_to(ROOT)), doc.text) for doc in read_path(path))
    return out


TEXTS = _texts()
# Words that open sentences capitalised and name nobody; none may start a speaker.
_NO_NAMES = frozenset(
    """however previously meanwhile moreover still instead earlier later asked the a an
    this that it he she they we i critics officials residents""".split()
)


def _words(name: str) -> list[str]:
    """The words of a speaker, without the 'and' of joint speakers and a possessive."""
    return [w for w in re.split(r"[ \t]+", name) if w not in ("and", "&")]


def test_the_corpus_is_there() -> None:
    assert len(TEXTS) > 300
    # every blind set's articles are swept (36 + 31 at the time of writing, and any later set)
    blind = sorted((ROOT / "tests" / "fixtures").glob("quote_blind*/articles.jsonl"))
    expected = sum(
        1 for p in blind for x in p.read_text(encoding="utf-8").splitlines() if x.strip()
    )
    assert len(blind) >= 2 and expected >= 36 + 31
    assert (
        sum("quote_blind" in where and "articles.jsonl" in where for where, _ in TEXTS) == expected
    )


@pytest.mark.parametrize("where,text", TEXTS, ids=[w for w, _ in TEXTS])
def test_every_speaker_is_written_in_the_document(where: str, text: str) -> None:
    doc = Text(Document(id="d", text=text))
    for claim in extract(doc):
        value = claim.value
        assert isinstance(value, QuoteValue)
        if value.speaker is None:
            assert value.speaker_start is None and value.speaker_kind is None
            continue
        assert value.speaker.strip() == value.speaker and value.speaker
        assert value.speaker_kind in ("person", "organisation")
        assert value.sieve
        for word in _words(value.speaker):
            hit = re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", text)
            assert hit, f"{where}: speaker {value.speaker!r} has {word!r}, not in the text"
        start, end = value.speaker_start, value.speaker_end
        assert start is not None and end is not None and 0 <= start < end <= len(text)
        mention = text[start:end]
        # the speaker is a mention of the article's model, of a person or organisation:
        # the entity's fullest name, or the mention itself (an acronym, "UCEA said")
        first = doc.entities.covering(start) or doc.entities.at(start, end)
        last = doc.entities.covering(end - 1)
        assert first is not None and last is not None, f"{where}: {mention!r} is no mention"
        entity = doc.entities.entity(last)
        assert entity.speaks, f"{where}: {mention!r} cannot speak"
        names = {doc.entities.entity(first).name, entity.name, last.name}
        assert any(n in value.speaker or value.speaker in n for n in names), (
            f"{where}: {value.speaker!r} is not the entity {names} read at {mention!r}"
        )
        if not last.described and last.name not in entity.aliases:
            assert any(w.lower() in mention.lower() for w in _words(value.speaker)), (
                f"{where}: {value.speaker!r} read at {mention!r}"
            )
        if value.speaker[:1].islower():
            # an organisation the article names only by a description ("the council")
            assert value.speaker_kind == "organisation", f"{where}: {value.speaker!r}"
            assert " ".join(mention.split()).lower() == value.speaker, (where, mention)
        assert value.speaker.split()[0].lower() not in _NO_NAMES, f"{where}: {value.speaker!r}"
