"""Building a quote's value: the speaker as the article's entity, or nobody."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extract.quote._names import _is_person
from factcheck.extract.quote._parts import _Speaker
from factcheck.extract.quote._tables import _FUNCTION_WORDS, _OBJECT_AFTER, KIND
from factcheck.models import QuoteValue

if TYPE_CHECKING:
    from factcheck.extract._spans import Text


def _a_mention(text: Text, speaker: _Speaker) -> bool:
    """Whether the speaker's offsets hold a mention of the article's model, from its first
    word to its last ("a Leeds property developer" read whole is none: only "Leeds" is)."""
    model = text.entities
    first = model.covering(speaker.start) or model.at(speaker.start, speaker.end)
    return first is not None and model.covering(speaker.end - 1) is not None


def _verb_trimmed(s: str, speaker: _Speaker) -> _Speaker:
    """The person of a speaker read as an organisation whose last word is a verb: a
    lower-case -s word after a full name, followed by its object, is no part of the
    name ("Ewan Rattray ferries tourists to the island" → "Ewan Rattray")."""
    words = speaker.name.split()
    last = words[-1]
    if not (last.islower() and last.endswith("s") and len(words) >= 3):
        return speaker
    if not s.endswith(last, speaker.start, speaker.end):
        return speaker
    nxt = _OBJECT_AFTER.match(s, speaker.end)
    if nxt is None or nxt.group(0).strip() in _FUNCTION_WORDS:
        return speaker
    name = " ".join(words[:-1])
    if not _is_person(name) or not all(w[:1].isupper() for w in words[:-1]):
        return speaker
    end = speaker.end - len(last) - 1
    return _Speaker(name, "person", speaker.sieve, speaker.start, end)


_FIELDS = frozenset(QuoteValue.model_fields)


def _value(quote: str, speaker: _Speaker | None) -> QuoteValue:
    """A QuoteValue from checked parts, set directly: model_construct costs more than
    the rest of a claim."""
    value = object.__new__(QuoteValue)
    fields: dict[str, str | int | None]
    if speaker is None:
        fields = {"kind": KIND, "quote": quote, "speaker": None, "speaker_kind": None,
                  "sieve": None, "speaker_start": None, "speaker_end": None}  # fmt: skip
    else:
        fields = {"kind": KIND, "quote": quote, "speaker": speaker.name,
                  "speaker_kind": speaker.kind, "sieve": speaker.sieve,
                  "speaker_start": speaker.start, "speaker_end": speaker.end}  # fmt: skip
    object.__setattr__(value, "__dict__", fields)
    object.__setattr__(value, "__pydantic_fields_set__", set(_FIELDS))
    object.__setattr__(value, "__pydantic_extra__", None)
    object.__setattr__(value, "__pydantic_private__", None)
    return value
