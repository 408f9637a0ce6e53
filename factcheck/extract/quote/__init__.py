"""Quote claims: quoted words and who said them.

    Britain is "ready and willing" to help, Sir Keir Starmer said.   → speaker "Keir Starmer"
    “We will not back down,” she added.                              → the last named speaker
    According to the ministry, the plan is ‘on track’.               → speaker "ministry"
    ‘We remain at the table,’ a UEC spokesman said.                  → speaker "UEC"

Finding spans: straight and curly double marks are paired within a paragraph; a
paragraph left open runs from its opening mark to the paragraph's end and is one claim
(the next paragraph re-opens it). Single marks (‘…’ and '…') count outside double
quotes, told apart from apostrophes (don't, Kyiv's, '90s, the players' union) by what
stands either side; in texts that quote with single marks (British style) they may hold
double ones. Quoted titles ("Super Mario Run"), nicknames (Jack "the Hammer" Smith),
words mentioned as words, labels ("the so-called 'gig economy'", a "green levy" plan)
and short terms in sentences where nobody says or judges anything are left out.

Resolving the speaker: an attribution verb next to the quote ("…,” he said",
"Hegseth said:", "according to …", "said UCSU general secretary Marion Hale"), else one
elsewhere in the sentence, else the speaker of the quote before it in the paragraph or
of the rest of a multi-paragraph quote, else the last named speaker. Pronouns and
definite descriptions ("the prime minister") take the last named speaker; indefinite
ones ("an official") give no speaker. Organisations speak for themselves ("the
Scottish government"), through spokespeople ("a spokeswoman" → the organisation last
heard from) or as "the company" (the business last named). A headline quote takes the
speaker of the same words in the story. A surname is given as the fullest name the
article uses for it ("Starmer" → "Keir Starmer"), without titles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extract.quote._marks import _find_quotes, _quote_value
from factcheck.extract.quote._names import _before_name
from factcheck.extract.quote._sieves import SIEVES
from factcheck.extract.quote._speakers import _Speakers
from factcheck.extract.quote._tables import _BEFORE_NAME, _HAS_MARK, KIND
from factcheck.extract.quote._value import _a_mention, _value, _verb_trimmed

if TYPE_CHECKING:
    from collections.abc import Iterator

    from factcheck.extract._spans import Text
    from factcheck.models import Claim

# what callers and tests use: the extractor, its kind, the sieve order, the name reader
__all__ = ["KIND", "SIEVES", "_BEFORE_NAME", "_before_name", "extract"]


def extract(text: Text) -> Iterator[Claim]:
    """Every quote claim in the text, in order."""
    s = text.text
    if _HAS_MARK.search(s) is None:
        return
    quotes = _find_quotes(s, text.sentence_starts)
    if not quotes:
        return
    resolver = _Speakers(text, quotes)
    for q, speaker in resolver.resolve():
        if speaker is not None and not _a_mention(text, speaker):
            speaker = None  # a speaker is an entity of the article or nobody, never a guess
        if speaker is not None and speaker.kind == "organisation":
            speaker = _verb_trimmed(s, speaker)
        yield text.claim(KIND, q.start, q.end, _value(_quote_value(s, q), speaker))
