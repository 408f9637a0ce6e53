"""Earlier verdicts: is a new claim the same claim as one decided in another article?

By value *and* context, never by the figure alone ("£3 billion a year" for a bridge is not
the NHS's). For figures: the same kind and value (amount, currency and period; percent;
number and unit, a count of people by any of its head nouns: people, workers, staff,
employees, residents, jobs; date; duration), then the sentence around it:

- words are compared by a light suffix-stripping stem (``stem``: "ban"/"banned",
  "Conservatives"/"Conservative") and then by rapidfuzz ("maintain"/"maintaining");
  reporting, movement and money verbs ("said", "rose", "spend") and the words of a trailing
  reporting clause (", the Prime Minister said.") weigh little; who governs is one word
  ("ministers", "Whitehall", "in power" for "government");
- places are one token each: CLDR's English territory names (babel) and a short policy
  table of aliases ("UK", "Britain"), demonyms ("Irish" for Ireland; CLDR has none) and the
  UK's nations, so the same place agrees in either form and two places clash;
- clashes: names on both sides and none in common (Scotland, Wales; Tesco, Sainsbury's),
  another year written in each sentence, one sentence negated ("has not reached"), a figure
  cut or lost against one had ("will cut 1,300 staff" / "employs 1,300 staff"), and another
  subject: no content word in common beyond light ones and at most one shared name, while
  each sentence has words of its own ("spend £2.5bn on new prisons" / "on flood defences");
- then enough of the same words (``CONTEXT_THRESHOLD`` of the weighted words).

For quotes: the same speaker when both are known, and one quote contained in the other or
near-identical wording (rapidfuzz), with the same negations.

``match(a, b)`` returns a ``Match`` (a score in (0, 1] and the reasons, for ``show``) or
None. It is symmetric. ``tests/test_match_pairs.py`` (tuning), ``test_match_heldout.py``,
``test_match_fresh.py`` and ``test_match_unseen.py`` hold the pairs it is measured on, with
each set's first score; ``test_match_families.py`` tests each family on its own.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from factcheck.models import Claim

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_STOP = frozenset(
    """a an the and or but of in on at to for by with from as is are was were be been being
    has have had it its this that these those there their they them he she his her we our
    you your i not no than then so if into over under out up down about after before per cent
    percent will would could should can may might must do does did also just only some any
    all more most less least one two three four five six seven eight nine ten now new only
    through while which who whose what when where how extra since until among""".split()
)
# Reporting, movement and money verbs: they say little about what a figure is about.
_LIGHT = frozenset(
    """said says say told according show shows figures figure reported report reports
    year years yearly annual annually last week month rose rise rises risen fell fall falls
    fallen went grew grow reached reach stands stand stood hit hits put puts kept held cost
    costs total around almost nearly expected latest each every time times
    spend spends spent spending pay pays paid get gets got receive receives
    make makes made making come comes came""".split()
)
_NEGATIONS = frozenset({"not", "no", "never", "nothing", "none", "nor", "cannot", "without"})
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
# Words a figure's sentence would carry if it denied the figure ("has not reached 48%").
_FIGURE_NEGATIONS = frozenset({"not", "never", "cannot", "nor"})
# A trailing reporting clause (", the Prime Minister said.", ", according to Rightmove."): its
# words say who claims the figure, not what it is about, and weigh as little as "said".
_ATTRIBUTION = re.compile(
    r",\s*(?:according\s+to\s+[^,]+|[^,]{2,60}?\s+(?:said|says|warned|warns|added|adds"
    r"|insisted|insists|claimed|claims|claim|say|warn|told\s+\w+))\s*[.!?]?\s*$"
)
# Which way a figure moved: a rise against a fall is another claim ("house prices have fallen
# 8.7%" / "rents have risen 8.7%"). "Slowed" is left out: growth slows while it still rises.
_RISE = frozenset(
    """rise rises rose risen rising grew grow grows growing grown climb climbs climbed
    increase increases increased jump jumps jumped soar soars soared up""".split()
)
_FALL = frozenset(
    """fall falls fell fallen falling drop drops dropped decline declines declined
    plunge plunged slump slumped down""".split()
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")

# Units that count people: one head noun for another ("6,000 people" employed, "6,000 workers",
# "1,300 staff", "1,300 employees"), and jobs, which count the same heads. A policy table.
_PEOPLE_UNITS = frozenset(
    """person people worker staff employee resident citizen adult individual personnel job
    member""".split()
)

# Places. Country and territory names come from CLDR (babel's English territory names, the
# two-letter codes); the aliases and demonyms below are a short policy table of the common ones
# (CLDR has no demonyms), with the UK's nations, which CLDR does not list as territories.
_PLACE_ALIASES: dict[str, str] = {
    "UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB", "US": "US", "U.S.": "US",
    "USA": "US", "America": "US", "England": "gb-eng", "Scotland": "gb-sct", "Wales": "gb-wls",
    "Northern Ireland": "gb-nir", "EU": "EU", "Holland": "NL",
}  # fmt: skip
_DEMONYMS: dict[str, str] = {
    "British": "GB", "English": "gb-eng", "Scottish": "gb-sct", "Welsh": "gb-wls",
    "Northern Irish": "gb-nir", "Irish": "IE", "French": "FR", "German": "DE", "Spanish": "ES",
    "Italian": "IT", "Portuguese": "PT", "Dutch": "NL", "Belgian": "BE", "Swiss": "CH",
    "Austrian": "AT", "Swedish": "SE", "Norwegian": "NO", "Danish": "DK", "Finnish": "FI",
    "Icelandic": "IS", "Polish": "PL", "Czech": "CZ", "Hungarian": "HU", "Greek": "GR",
    "Turkish": "TR", "Russian": "RU", "Ukrainian": "UA", "Chinese": "CN", "Japanese": "JP",
    "South Korean": "KR", "North Korean": "KP", "Indian": "IN", "Pakistani": "PK",
    "Australian": "AU", "New Zealand": "NZ", "Canadian": "CA", "American": "US",
    "Mexican": "MX", "Brazilian": "BR", "Argentine": "AR", "Argentinian": "AR",
    "Israeli": "IL", "Iranian": "IR", "Egyptian": "EG", "Nigerian": "NG",
    "South African": "ZA", "Kenyan": "KE", "Saudi": "SA", "European": "EU",
}  # fmt: skip
# Irregular names for the people of a place (the regular "-ans", "-is" are made by rule).
_PEOPLE_OF: dict[str, str] = {
    "Britons": "GB", "Brits": "GB", "Scots": "gb-sct", "Danes": "DK", "Swedes": "SE",
    "Finns": "FI", "Poles": "PL", "Greeks": "GR", "Turks": "TR", "Swiss": "CH",
    "Dutch": "NL", "Irish": "IE", "French": "FR", "Spaniards": "ES", "Portuguese": "PT",
}  # fmt: skip
_PLACE_PREFIX = "place-"


def _place_table() -> dict[str, str]:
    from babel import Locale

    table = {
        name: code
        for code, name in Locale("en").territories.items()
        if len(code) == 2 and code.isalpha()
    }
    table.update(_PLACE_ALIASES)
    table.update(_DEMONYMS)
    # People of a place, by rule where it is regular: "Germans", "Americans", "Pakistanis".
    for demonym, code in _DEMONYMS.items():
        if demonym.endswith(("an", "i")):
            table.setdefault(demonym + "s", code)
    table.update(_PEOPLE_OF)
    return table


@functools.cache
def _fuzz() -> Any:
    """rapidfuzz's ``fuzz``, imported on the first comparison of two claims."""
    from rapidfuzz import fuzz

    return fuzz


@functools.cache
def _place_data() -> tuple[dict[str, str], re.Pattern[str]]:
    """The place table and its pattern, built on first use: reading CLDR's territory names
    costs more than the rest of the module, and a command that matches nothing never needs
    them (``factcheck next`` on a queue with no decided claim of the same value)."""
    places = _place_table()
    pattern = re.compile(
        r"(?<![\w-])("
        + "|".join(re.escape(n) for n in sorted(places, key=len, reverse=True))
        + r")(?![\w-])"
    )
    return places, pattern


def _places(sentence: str) -> str:
    """The sentence with each place name or demonym as one token ("Irish" and "Ireland" both
    become ``Place-ie``), so that the same place is one name and different places clash."""
    places, pattern = _place_data()
    return pattern.sub(lambda m: "Place-" + places[m.group(1)].lower(), sentence)


def stem(word: str) -> str:
    """A light suffix-stripping stem of a lower-case word, enough for "ban" and "banned",
    "prisons" and "prison", "raise" and "raised", "Conservatives" and "Conservative"."""
    w = word
    if len(w) > 4 and w.endswith(("ies", "ied")):
        w = w[:-3] + "y"
    elif len(w) > 3 and w.endswith(("sses", "shes", "ches", "xes", "zes")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ing", "ed"):
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            w = w[: -len(suffix)]
            if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "aeiousl":
                w = w[:-1]  # "banned" -> "ban", "cutting" -> "cut"
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


# Words of loss: a figure that is cut, shed or lost is not the figure that is had
# ("employs 1,300 staff" against "will cut 1,300 staff"). A policy table, compared by stem.
_LOSS = frozenset(stem(w) for w in "cut axe shed lose lost loss slash scrap redundancy".split())
# Who governs, in other words: "ministers want" for "the government has promised", "in power"
# or "in office" for "government". A policy table, compared by stem.
_GOVERNMENT = frozenset(stem(w) for w in "government ministers minister whitehall".split())
_IN_POWER = re.compile(r"\bin (?:power|office)\b")

WORD_MATCH = 80  # rapidfuzz ratio at which two words count as one ("profit", "profits")
CONTEXT_THRESHOLD = 0.4  # weighted share of the sentences' words in common
QUOTE_RATIO = 88  # near-identical wording of two quotes


@dataclass(frozen=True)
class Match:
    """Why two claims are the same: a score and the reasons, in words."""

    score: float
    reasons: list[str] = field(default_factory=list)


def _value_key(claim: Claim) -> tuple[Any, ...] | None:
    v = claim.value
    if v is None:
        return None
    data = v.model_dump(exclude_none=True)
    if claim.kind == "money":
        return ("money", round(float(data["amount"]), 2), data.get("currency"), data.get("per"))
    if claim.kind == "percent":
        return ("percent", round(float(data["percent"]), 3), bool(data.get("percentage_points")))
    if claim.kind == "quantity":
        unit = data.get("unit")
        unit = "people" if unit in _PEOPLE_UNITS else unit
        return ("quantity", round(float(data["number"]), 3), unit, data.get("per"))
    if claim.kind == "date":
        return ("date", data.get("date"), data.get("date_end"))
    if claim.kind == "duration":
        return ("duration", data.get("iso"))
    return None


def value_key(claim: Claim) -> str | None:
    """A string grouping claims that may match (same kind and value); quotes by kind."""
    if claim.kind == "quote":
        return "quote"
    key = _value_key(claim)
    return None if key is None else repr(key)


@dataclass(frozen=True)
class _Context:
    words: list[str]  # content words (stems), without the figure
    entities: set[str]  # names (lower case) and places (``place-xx``)
    opening: set[str]  # the capitalised word that opens the sentence, when not a name
    years: set[str]  # years written in the sentence outside the figure
    negated: bool  # the sentence denies something ("has not reached")
    attributed: frozenset[str] = frozenset()  # stems of the trailing reporting clause
    loss: bool = False  # the figure is cut, shed or lost
    direction: str = ""  # "rise" or "fall" when the sentence moves one way only
    any_loss: bool = False  # a word of loss anywhere in the sentence


def _context(claim: Claim) -> _Context:
    """The sentence's content words (without the figure), its named entities and places, the
    capitalised word that opens it (a name, or just the first word: "Defence", "Turnout"),
    its years and whether it is negated."""
    sentence = claim.sentence or claim.text
    rel = claim.start - claim.sentence_start
    if not (0 <= rel <= len(sentence) and sentence[rel : rel + len(claim.text)] == claim.text):
        rel = max(sentence.find(claim.text), 0)
    before, after = sentence[:rel], sentence[rel + len(claim.text) :]
    sentence = before + " " + after
    years = set(_YEAR.findall(sentence))
    # A loss of the figure itself: a word of loss before it, or just after it ("[£3bn] cut",
    # "[450 staff] are losing"), not one about something else later ("lost water supplies").
    near = _WORD.findall(before) + _WORD.findall(after)[:2]
    loss = any(_norm(w.lower()) in _LOSS for w in near)
    words: list[str] = []
    entities: set[str] = set()
    opening: set[str] = set()
    negated = False
    first = True
    for m in _WORD.finditer(_IN_POWER.sub("in government", _places(sentence))):
        raw = m.group().strip("'’-")
        word = raw.lower().removesuffix("'s").removesuffix("’s")
        if not word:
            continue
        negated = negated or word in _FIGURE_NEGATIONS or word.endswith("n't")
        if word.startswith(_PLACE_PREFIX):
            entities.add(word)
            words.append(word)
            first = False
            continue
        capital = raw[:1].isupper() and word not in _STOP and word not in _MONTHS
        if capital and (not first or (raw.isupper() and len(raw) > 1)):
            entities.add(word)
        elif capital and word not in _LIGHT:
            opening.add(word)
        first = False
        if word in _STOP or len(word) < 3:
            continue
        words.append(_norm(word))
    said = _ATTRIBUTION.search(sentence)
    attributed = (
        frozenset(_norm(w.lower()) for w in _WORD.findall(said.group())) if said else frozenset()
    )
    any_loss = loss or bool(_LOSS & set(words))
    lower = {w.lower() for w in _WORD.findall(sentence)}
    rise, fall = bool(lower & _RISE), bool(lower & _FALL)
    direction = "rise" if rise and not fall else "fall" if fall and not rise else ""
    return _Context(
        words,
        entities,
        opening,
        years,
        negated,
        attributed=attributed,
        loss=loss,
        any_loss=any_loss,
        direction=direction,
    )


def _norm(word: str) -> str:
    """A lower-case content word as compared: its stem; one word for loss, one for who
    governs."""
    if word in _LIGHT:
        return word
    word = stem(word)
    if word in _LOSS:
        return "loss"  # "shed", "cut", "redundancies": one word of loss
    return "government" if word in _GOVERNMENT else word


def _weight(
    word: str,
    names: set[str] = frozenset(),  # type: ignore[assignment]
    light: frozenset[str] = _LIGHT,
) -> float:
    if word in names:
        return 2.0
    return 0.25 if word in light else 1.0


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if a.startswith(_PLACE_PREFIX) or b.startswith(_PLACE_PREFIX):
        return False  # places are the same only by their code
    if min(len(a), len(b)) >= 3 and stem(a) == stem(b):
        return True
    return min(len(a), len(b)) >= 4 and _fuzz().ratio(a, b) >= WORD_MATCH


def _shared(
    a: list[str],
    b: list[str],
    names: set[str] = frozenset(),  # type: ignore[assignment]
    light: frozenset[str] = _LIGHT,
) -> tuple[float, float, list[str]]:
    """Weighted words in common, the weighted union, and the common words; a name both
    sentences share weighs double, light words a quarter."""
    left, right = sorted(set(a)), sorted(set(b))
    used: set[str] = set()
    common: list[str] = []
    weight = 0.0
    for w in left:
        for v in right:
            if v not in used and _same_word(w, v):
                used.add(v)
                common.append(w)
                weight += _weight(w, names, light)
                break
    shared = set(common)
    total = sum(_weight(w, names if w in shared else set(), light) for w in left) + sum(
        _weight(v, light=light) for v in right if v not in used
    )
    return weight, total, common


def _overlap(a: set[str], b: set[str]) -> list[str]:
    return sorted(x for x in a if any(_same_word(x, y) for y in b))


def _entity_clash(
    a: set[str], oa: set[str], wa: list[str], b: set[str], ob: set[str], wb: list[str]
) -> tuple[bool, list[str]]:
    """Whether the sentences are about different things, by their names and their opening
    words: names on both sides and none in common (Scotland, Wales); a name against a
    different opening word ("The NHS will ..." against "Defence will ..."); two opening
    subjects that the other sentence never mentions ("Child poverty ..." against
    "House prices ...", "Tesco reported ..." against "Sainsbury's reported ...")."""
    shared = _overlap(a, b)
    if a and b and not _overlap(a, b | ob) and not _overlap(b, a | oa):
        return True, shared
    every_a, every_b = a | oa, b | ob
    if every_a and every_b and not _overlap(every_a, every_b):
        return True, shared
    if oa and ob and not _overlap(oa, ob | set(wb)) and not _overlap(ob, oa | set(wa)):
        return True, shared
    return False, shared


def _quote_tokens(text: str) -> list[str]:
    return [w.lower().strip("'’") for w in _WORD.findall(text)]


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def _surname(name: str | None) -> str | None:
    if not name:
        return None
    parts = name.split()
    return parts[-1].casefold() if parts else None


def _match_quote(a: Claim, b: Claim) -> Match | None:
    qa = str(getattr(a.value, "quote", None) or a.text)
    qb = str(getattr(b.value, "quote", None) or b.text)
    sa, sb = (
        _surname(getattr(a.value, "speaker", None)),
        _surname(getattr(b.value, "speaker", None)),
    )
    reasons: list[str] = []
    if sa and sb:
        if sa != sb:
            return None
        reasons.append("the same speaker")
    ta, tb = _quote_tokens(qa), _quote_tokens(qb)
    if not ta or not tb:
        return None
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) >= 4 and _contains(long_, short):
        reasons.append(f"one quote contains the other ({len(short)} of {len(long_)} words)")
        return Match(min(1.0, 0.8 + 0.2 * len(short) / len(long_)), reasons)
    if {w for w in ta if w in _NEGATIONS} != {w for w in tb if w in _NEGATIONS}:
        return None
    ratio = _fuzz().ratio(" ".join(ta), " ".join(tb))
    if ratio >= QUOTE_RATIO:
        reasons.append(f"near-identical wording ({ratio:.0f}% alike)")
        return Match(ratio / 100, reasons)
    return None


def _places_of(ctx: _Context) -> set[str]:
    return {e.removeprefix(_PLACE_PREFIX) for e in ctx.entities if e.startswith(_PLACE_PREFIX)}


def _same_places(a: set[str], b: set[str]) -> bool:
    """Whether two sets of places share one; a UK nation counts as the UK ("gb-sct", "gb")."""

    def wide(places: set[str]) -> set[str]:
        return places | {p.split("-")[0] for p in places}

    return bool(wide(a) & b or a & wide(b))


def _subject_clash(
    ca: _Context, cb: _Context, common: list[str], names: set[str], light: frozenset[str]
) -> bool:
    """Whether the figure is about something else: no content word in common beyond the
    light ones and at most one shared name, while each sentence has words of its own
    ("The Treasury will spend on new prisons" against "... on flood defences", "French
    inflation" against "French house prices")."""
    heavy = [w for w in common if w not in light and w not in names and w not in _MONTHS]
    if heavy or len(names) > 1:
        return False
    shared = set(common)

    def own(words: list[str]) -> bool:
        return any(
            w not in light and w not in names and w not in _MONTHS and w not in shared
            for w in words
        )

    return own(ca.words) and own(cb.words)


def match(a: Claim, b: Claim) -> Match | None:
    """Whether ``b`` is the same claim as ``a`` (in another article), and why."""
    if a.kind != b.kind:
        return None
    if a.kind == "quote":
        return _match_quote(a, b)
    key = _value_key(a)
    if key is None or key != _value_key(b):
        return None
    ca, cb = _context(a), _context(b)
    if ca.years and cb.years and not ca.years & cb.years:
        return None  # the same figure for another year
    if ca.negated != cb.negated and a.kind != "duration":
        # One sentence denies what the other states. Not for a length of time, which a
        # negation often tells ("did not report for ten years" / "took ten years to report").
        return None
    clash, shared_entities = _entity_clash(
        ca.entities, ca.opening, ca.words, cb.entities, cb.opening, cb.words
    )
    if clash:
        return None
    names = {
        stem(n) if not n.startswith(_PLACE_PREFIX) else n
        for n in _overlap(ca.entities | ca.opening, cb.entities | cb.opening)
    }
    if ca.direction and cb.direction and ca.direction != cb.direction:
        return None  # one figure rose, the other fell
    pa, pb = _places_of(ca), _places_of(cb)
    if pa and pb and not _same_places(pa, pb):
        return None  # other countries, whatever else they share ("the World Cup")
    if (ca.loss and not cb.any_loss) or (cb.loss and not ca.any_loss):
        return None  # a figure cut or lost against one had, with no loss in the other
    light = _LIGHT | ca.attributed | cb.attributed
    weight, total, common = _shared(ca.words, cb.words, names, light)
    counted = a.kind == "quantity" and key[2] is not None  # the unit says what is counted
    if not counted and _subject_clash(ca, cb, common, names, light):
        return None
    share = weight / total if total else 0.0
    if share < CONTEXT_THRESHOLD:
        return None
    reasons = [f"the same {a.kind} value"]
    if shared_entities:
        reasons.append("the same names: " + ", ".join(_shown(e) for e in shared_entities))
    heavy = [w for w in common if w not in light and w not in names]
    if heavy:
        reasons.append("the same words: " + ", ".join(heavy))
    reasons.append(f"{share:.0%} of the context in common")
    return Match(round(min(1.0, share), 3), reasons)


def _shown(entity: str) -> str:
    """A name for ``show``: a place by its CLDR name (or the UK nation's name)."""
    if entity.startswith(_PLACE_PREFIX):
        code = entity.removeprefix(_PLACE_PREFIX)
        return _place_names().get(code, code)
    return entity


@functools.cache
def _place_names() -> dict[str, str]:
    from babel import Locale

    return {
        **{code.lower(): name for name, code in _PLACE_ALIASES.items() if code.startswith("gb-")},
        **{code.lower(): str(name) for code, name in Locale("en").territories.items()},
    }


def __getattr__(name: str) -> Any:
    # The tables above by their old names, built on first use.
    if name == "_PLACES":
        return _place_data()[0]
    if name == "_PLACE_RE":
        return _place_data()[1]
    if name == "_PLACE_NAMES":
        return _place_names()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
