"""Binding helpers the arithmetic relations share: which operand is the earlier figure,
which the later, which figures run together as a list."""

from __future__ import annotations

import functools
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from factcheck.checks._reading import Cue, Operand, Reading, cues, ends_with
from factcheck.extract._units import MINOR_UNITS

if TYPE_CHECKING:
    from factcheck.checks.relations import Finding, References

Find = Callable[[Reading, "References"], Iterator["Finding"]]


def honest(find: Find) -> Find:
    """A relation's ``find`` that never tests a figure read only in part: a claim that holds
    the first words of a longer number ("four" of "four hundred and ten") is no operand of
    the number the text states, so a finding over it is inconclusive, whatever it found."""

    @functools.wraps(find)
    def checked(r: Reading, refs: References) -> Iterator[Finding]:
        for f in find(r, refs):
            part = next((o for o in (f.target, *f.operands)
                         if isinstance(o, Operand) and read_in_part(r, o)), None)  # fmt: skip
            if part is not None and f.status != "inconclusive":
                whole = read_in_part(r, part)
                f.status = "inconclusive"
                f.explanation = (f"{part.text}: the text's number is {whole}, read only in "
                                 f"part; {f.explanation}")  # fmt: skip
            yield f

    return checked


def read_in_part(r: Reading, op: Operand) -> str | None:
    """The text of the longer number in words that a claim's operand holds only the first
    words of ("four" in "four hundred and ten"), or None."""
    if op.claim is None or op.figure is not None:
        return None
    for f in r.figs.numbers_in(op.start, op.end):
        if f.words and f.end > op.end and f.value != op.value:
            return f.text
    return None


#: Words that introduce the earlier figure of a change, and the later one. A possessive
#: that names whose or when the level is stands between the cue and its figure and is
#: read past (``_possessed``): "than Thursday's", "on last year's", "from the council's".
FROM = cues("from", "on", "compared with", "compared to", "than", "against", "versus", "vs",
            "vs .", "over", "up from", "down from", "from a", "from the", "on the", "than the",
            "compared with the", "against the", "from a record", "from an estimated",
            "from a revised", "than in", "from just", "from only", "compared with a",
            "than a", "on a")  # fmt: skip
TO = cues("to", "to a", "to a record", "to the", "reaching", "hitting", "to an estimated",
          "to just", "to only", "to some", "to a new", "at", "now", "to reach")  # fmt: skip
#: Words after a figure that date it as the earlier one: "NOK 3.2 billion a year ago".
EARLIER = cues("a year ago", "a year earlier", "last year", "the year before",
               "the previous year", "a decade ago", "in the previous", "a month earlier",
               "a month ago", "previously", "before", "at the start")  # fmt: skip
#: Verbs (and nouns) of rising and of falling, one family a line. A bare base inflects by
#: rule ("climb": climbs, climbed, climbing; "increase": increases, increased, increasing;
#: "slash": slashes, slashed, slashing). "base: forms" gives a family its irregular forms
#: ("rise: rose risen rising rises"); a line opening with ":" lists the only forms taken, for
#: a base that is also an adjective or a noun of another sense ("narrow", "contract").
_RISE_FAMILIES = """
rise: rose risen rising rises
grow: grew grown growing grows growth
increase
jump
climb
gain
surge
soar
expand
widen
boost: boosted boosting
lift: lifted lifting
raise: raised raising
rally: rallied rallying
recover: recovered recovering recovers
rebound: rebounded rebounding rebounds
swell: swelled swollen swelling
leap: leapt leaped leaping
spike: spiked spiking
: advanced advancing
: rocketed rocketing
: ballooned ballooning
: added
: up higher more
"""
_FALL_FAMILIES = """
fall: fell fallen falling falls
drop: dropped dropping drops
decline
decrease
plummet: plummeted plummeting plummets
shrink: shrank shrunk shrinking shrinks
dwindle
cut: cuts cutting
slide: slid sliding
slump: slumped slumping
plunge: plunged plunging
tumble: tumbled tumbling
sink: sank sunk sinking
slip: slipped slipping
dip: dipped dipping
slash: slashed slashing
trim: trimmed trimming
shed: shedding
ebb: ebbed ebbing
retreat: retreated retreating
: contracted contracting contraction
: narrowed narrowing
: thinned thinning
: slowed slowing
: eased easing
: lost
: reduction reduced down lower less fewer
"""
#: Plural nouns are left out of the families ("12 lifts", "four sinks", "20 sheds" count
#: things), as are the bases that are mostly adjectives ("narrow", "thin", "slow").


def _inflect(base: str) -> set[str]:
    """A regular verb's base and its -s, -ed and -ing forms ("ease": eases, eased, easing)."""
    if base.endswith("e"):
        return {base, base + "s", base + "d", base[:-1] + "ing"}
    if base.endswith(("sh", "ch", "x", "s", "z")):
        return {base, base + "es", base + "ed", base + "ing"}
    return {base, base + "s", base + "ed", base + "ing"}


def _family_words(table: str) -> frozenset[str]:
    """Every word of a table of families (``_RISE_FAMILIES``)."""
    words: set[str] = set()
    for line in table.strip().splitlines():
        base, sep, forms = (w.strip() for w in line.partition(":"))
        words |= set(forms.split()) if sep else _inflect(base)
        if base and sep:
            words.add(base)
    return frozenset(words)


RISE = _family_words(_RISE_FAMILIES)
FALL = _family_words(_FALL_FAMILIES)
CHANGE = RISE | FALL
_SOFT = frozenset("by of a an the further another some nearly almost about around just over "
                  "more than roughly".split())  # fmt: skip


def lead(r: Reading, op: Operand, n: int = 5) -> list[str]:
    """The tokens right before an operand (without its hedge), back to the previous operand."""
    s0, _ = r.sentence(op.start)
    prev = r.before_in_sentence(op)
    floor = max(s0, prev[-1].end) if prev else s0
    return r.figs.before(op.begin, n, floor=floor)


def role(r: Reading, op: Operand) -> str | None:
    """ "old" after "from", "new" after "to", else None (read once per operand: a change
    asks it of every figure of its sentence)."""
    memo = r.memo.setdefault("role", {})
    found = memo.get(id(op))
    if found is None or found[0] is not op:  # type: ignore[index]
        # the operand is kept with its answer, so its id cannot be reused meanwhile
        found = memo[id(op)] = (op, _role(r, op))
    return found[1]  # type: ignore[index,no-any-return]


#: Nouns that name a level between the cue of its role and its figure: "from an average of
#: £900", "to a peak of 41,000", "from a revised total of 3.2 million".
LEVEL_NOUNS = frozenset("average mean median peak high low total level record figure tally "
                        "base sum count rate price value".split())  # fmt: skip
_LEVEL_DET = frozenset(("a", "an", "the", "its", "their"))


def _level_named(words: list[str]) -> list[str]:
    """``words`` without a noun phrase naming the level at their end ("from an average of"
    → "from"): a determiner, at most two modifiers and a noun of ``LEVEL_NOUNS``, then "of"."""
    if len(words) < 3 or words[-1] != "of" or words[-2] not in LEVEL_NOUNS:
        return words
    for i in range(len(words) - 3, max(len(words) - 6, -1), -1):
        if words[i] in _LEVEL_DET:
            return words[:i]
        if not words[i].replace("-", "").isalpha():
            break
    return words


def _possessed(words: list[str]) -> list[str]:
    """``words`` without a possessive phrase at their end, back to the cue before it ("than
    last year's" → "than", "on the year before's" → "on", "from Thursday's" → "from"): the
    possessive (one token, "year's", or three, "year ' s") and at most three words before
    it; ``words`` unchanged when no cue of a role stands before them."""
    if words[-2:] in (["'", "s"], ["’", "s"]) and len(words) > 3:
        head = words[:-3]
    elif words and len(words[-1]) > 2 and words[-1].endswith(("'s", "’s")):
        head = words[:-1]
    else:
        return words
    for cut in range(len(head), max(len(head) - 4, -1), -1):
        if cut < len(head) and not head[cut].isalpha():
            break
        if ends_with(head[:cut], FROM) or ends_with(head[:cut], TO):
            return head[:cut]
    return words


def _role(r: Reading, op: Operand) -> str | None:
    words = lead(r, op)
    if words and len(words[-1]) == 1 and unicodedata.category(words[-1]) == "Sc":
        # the later end of a range of money read without its symbol: "from £1.80 to £2.25"
        words = words[:-1]
    if words[-1:] == ["of"]:
        words = _level_named(lead(r, op, 9))
    words = _possessed(words)
    cue_from = ends_with(words, FROM)
    cue_to = ends_with(words, TO)
    if cue_from and (not cue_to or len(cue_from) >= len(cue_to)):
        return "old"
    if cue_to:
        return "new"
    return None


def change_verb(r: Reading, op: Operand) -> str | None:
    """The verb of change that governs ``op``: just before it ("rose 20%", "an increase of
    20%", "cut output at mines by 9%") or just after it ("a 20% rise", "20% more than")."""
    memo = r.memo.setdefault("change_verb", {})
    key = id(op)
    if key not in memo:
        memo[key] = _change_verb(r, op)
    return memo[key]  # type: ignore[return-value]


#: What sets a figure off as a restatement of the one before: "rose 35 cents, or 20%",
#: "up 8 points - or 25%".
RESTATED = cues(", or", "-", "—", "–", ", or about", ", or some", ", or nearly", ", or almost",
                ", or roughly", ", or around", "- or", "—or", "( or", "(")  # fmt: skip


def restates(r: Reading, op: Operand) -> Operand | None:
    """The figure right before ``op`` that ``op`` restates in other units, set off by
    ", or" or a dash ("35 cents, or 20%"), or None."""
    prev = r.before_in_sentence(op)
    if (
        prev
        and prev[-1].kind in ("percent", "points", "money", "count")
        and tuple(r.between(prev[-1].end, op.begin)) in RESTATED
    ):
        return prev[-1]
    return None


#: Forms of "make", after which "up" is no rise: "The 40 tenants make up 20% of …".
_MAKE = frozenset(("make", "makes", "made", "making"))


def _change_verb(r: Reading, op: Operand) -> str | None:
    before = lead(r, op, 9)
    prev = restates(r, op)
    if prev is not None and r.after(op.end, 1) != ["of"]:  # "3,400 jobs, or 5% of" is a share
        # a restated change takes the verb of the change it restates ("climbed 35 cents,
        # or 20%"; "a fall of 3 percentage points, or 9%")
        verb = change_verb(r, prev)
        if verb is not None and verb not in ("more", "less", "fewer", "higher", "lower"):
            return verb
    i = len(before)
    while i > 0 and before[i - 1] in _SOFT:
        i -= 1
    if (i < len(before) or i == len(before)) and i > 0 and before[i - 1] in CHANGE:
        if before[i - 1] == "up" and before[i - 2 : i - 1] and before[i - 2] in _MAKE:
            return None  # "make up 20% of": a share, not a rise
        return before[i - 1]
    if before[-1:] == ["by"]:
        for w in reversed(_past_terms(r, op, before)[:-1]):
            if w in CHANGE and w not in ("up", "down", "more", "less", "fewer", "higher", "lower"):
                return w
    after = r.after(op.end, 8)
    if after[:1] == ["-"] and r.text.text[op.end : op.end + 1].isspace():
        return None  # a spaced dash sets off the next clause: "to 40% - up 8 points"
    j = 0
    while j < len(after) and after[j] in (
        "-",
        "year",
        "on",
        "annual",
        "yearly",
        "monthly",
        "quarterly",
        "year-on-year",
        "over",
        "per",
        "cent",
    ):
        j += 1
    if j < len(after) and after[j] in CHANGE:
        w = after[j]
        if (
            w in ("more", "less", "fewer", "higher", "lower")
            and "than" not in after[j:]
            and ("on" not in after[j:])
        ):
            return None
        return w
    return None


def _past_terms(r: Reading, op: Operand, before: list[str]) -> list[str]:
    """``before`` reaching back past an adjectival term of time that ``lead`` stops at ("cut
    its two-year fixed rate by …"): the words of the figure's clause up to the operand before
    the term, or ``before`` itself when no such term stands right before it."""
    prev = r.before_in_sentence(op)
    if not prev or prev[-1].kind != "duration" or "-" not in prev[-1].text:
        return before
    s0, _ = r.sentence(op.start)
    floor = max(s0, prev[-2].end) if len(prev) > 1 else s0
    words = r.figs.before(op.begin, 12, floor=floor)
    cut = max((i for i, w in enumerate(words) if w in (",", ";")), default=-1)
    return words[cut + 1 :]


def set_off_after(words: Sequence[str]) -> bool:
    """Whether the words between a level and a change set the change off after it: a comma,
    then only words of change ("up", "down by"), and before the comma at most a short
    phrase of words ("46 this season, down 21 from 71", "£9m in 2024, up £1m on").
    A clause of its own between them ("46, while the other side's fell 21") sets off no
    change of this level."""
    if "," not in words:
        return False
    cut = len(words) - 1 - list(words)[::-1].index(",")
    head, tail = words[:cut], words[cut + 1 :]
    if not tail or not all(w in CHANGE or w in _SOFT for w in tail):
        return False
    return len(head) <= 4 and all(w.isalpha() and w not in CLAUSE_CONJ for w in head)


def nearest(cands: Sequence[Operand], pos: int) -> Operand | None:
    return min(cands, key=lambda o: abs(o.start - pos)) if cands else None


def own(
    r: Reading, op: Operand, anchors: Sequence[Operand], cands: Sequence[Operand]
) -> list[Operand]:
    """The candidates nearer ``op`` than any other anchor: each belongs to its nearest change.
    The nearest other anchor of a candidate is one of the two beside it in start order."""
    others = sorted(a.start for a in anchors if a is not op)
    if not others:
        return list(cands)
    out = []
    for c in cands:
        i = bisect_left(others, c.start)
        near = min(abs(c.start - others[j]) for j in (i - 1, i) if 0 <= j < len(others))
        if abs(c.start - op.start) <= near:
            out.append(c)
    return out


#: Conjunctions that, after a comma, open a clause of another relation.
CLAUSE_CONJ = frozenset(("while", "whereas", "but", "although", "helped"))


def clause_break(words: Sequence[str]) -> bool:
    """A break between two clauses that belong to different relations."""
    return ";" in words or ("," in words and any(w in CLAUSE_CONJ for w in words))


def run(
    r: Reading,
    ops: Sequence[Operand],
    *,
    forward: bool = True,
    limit: int = 14,
    polysyndeton: bool = False,
) -> list[Operand]:
    """The longest run of figures linked by ",", "and", "plus" (with a few words between):
    "£6m, £3m and £1m" read forwards from its first figure or backwards from its last.
    With ``polysyndeton``, read backwards, a run joined only by "and" goes on ("fined £660
    and told to pay a £85 surcharge and £120 costs")."""
    if not ops:
        return []
    seq = list(ops) if forward else list(ops)[::-1]
    out = [seq[0]]
    only_and = True
    for o in seq[1:]:
        a, b = (out[-1], o) if forward else (o, out[-1])
        words = r.between(a.end, b.begin)
        if len(words) > limit or not ({",", "and", "plus", ";", "&"} & set(words)):
            break
        if "." in words or "but" in words or "while" in words:
            break
        joined = bool({"and", "plus", "&"} & set(words))
        if joined and not forward and len(out) > 1 and not (polysyndeton and only_and):
            break  # backwards, "and" joins only the last two of the list
        only_and = only_and and joined and "," not in words
        out.append(o)
        if joined and forward:
            break
    return out if forward else out[::-1]


def has(words: Sequence[str], cue_set: frozenset[Cue]) -> bool:
    return ends_with(words, cue_set) is not None


#: Finite past forms of irregular verbs that differ from the base form ("held", "rose");
#: those spelt like their present ("put", "set", "cut", "read") say nothing and are left out.
IRREGULAR_PAST = frozenset("was were had did went came saw took gave held made told got found "
                           "kept began became brought bought thought felt fell rose grew knew "
                           "met ran sat stood wrote won lost paid sold sent spent built led "
                           "left drove broke spoke chose froze stole flew drew threw ate forgot "
                           "swore sank shook struck sang swam fought caught taught sought "
                           "meant heard laid lay slept wore tore hung bore shone dealt fled "
                           "sprang rang slid bent lent stuck swung wound dug overtook undertook "
                           "withdrew underwent overcame oversaw".split())  # fmt: skip
#: Words after which an "-ed" or irregular form is no finite verb of the clause: auxiliaries
#: ("has closed", "was held", "will be rebuilt"), "to", determiners ("the proposed plan").
_NOT_FINITE_AFTER = frozenset("is are am be been being was were has have having had will "
                              "would shall should can could may might must to the a an this "
                              "that these those its their his her our my your not never "
                              "get gets got".split())  # fmt: skip
#: Adverbs that may stand between an auxiliary and its verb ("has not closed", "is still shut").
_ADVERBS = frozenset("not n't never also already just still now long since yet".split())
#: Reporting verbs: "…, the mayor said" tells when it was said, not when the event is.
_REPORTING = frozenset("said told added explained noted stated reported announced confirmed "
                       "wrote claimed insisted argued warned estimated revealed disclosed "
                       "admitted replied recalled acknowledged suggested "
                       "declared".split())  # fmt: skip
#: Words ending in "-ed" that are no verb forms.
_NOT_VERBS = frozenset("hundred shred sacred naked wicked kindred hatred rugged ragged united "
                       "limited based related detailed advanced concerned interested "
                       "qualified skilled experienced dedicated sophisticated complicated "
                       "mohammed muhammed ahmed alfred winifred manfred".split())  # fmt: skip


def told_as_past(words: Sequence[str]) -> bool:
    """Whether a clause's words hold a finite verb in the past tense: "was", "held", "rose",
    a regular "-ed" form ("moved", "opened") not after an auxiliary, "to" or a determiner
    ("has opened", "is expected", "the proposed bridge"); reporting verbs ("said") tell
    when something was said, not when it happened, and do not count."""
    for i, w in enumerate(words):
        if w in ("was", "were", "had", "did"):
            return True
        past = w in IRREGULAR_PAST or (
            len(w) > 4 and w.endswith("ed") and not w.endswith("eed") and w not in _NOT_VERBS
        )
        if not past or w in _REPORTING:
            continue
        j = i - 1
        while j >= 0 and words[j] in _ADVERBS:
            j -= 1  # "has not closed"
        if j >= 0 and words[j] in _NOT_FINITE_AFTER:
            continue
        return True
    return False


_DASHES = frozenset(("-", "–", "—"))


def opening(r: Reading, end: int) -> list[str]:
    """The words from the start of the sentence holding ``end`` up to it, without a section
    tag or dateline before a dash ("PROPERTY - Of the 480 homes", "LEEDS (Wire) - Of its
    …"): the tag is a word in capitals and at most three more tokens before the dash."""
    s0, _ = r.sentence(max(end - 1, 0))
    words = r.figs.words(s0, end)
    for i, w in enumerate(words[:5]):
        if w in _DASHES:
            if i > 0 and _capitals(r, s0):
                return words[i + 1 :]
            break
    return words


def _capitals(r: Reading, s0: int) -> bool:
    """Whether the sentence opens with a word in capitals ("HEALTH", "BUDAPEST")."""
    head = r.text.text[s0 : s0 + 40].split(maxsplit=1)
    word = head[0] if head else ""
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def minor_unit(op: Operand) -> bool:
    """Whether a money figure is written in a minor unit ("15 cents", "35p", "40 groszy"),
    by the money extractor's table of them."""
    if op.kind != "money" or not op.text:
        return False
    word = op.text.split()[-1].lstrip("0123456789.,").lower()
    return word in MINOR_UNITS


def of_one_currency(minor: Operand, major: Operand) -> bool:
    """Whether a figure in a minor unit may be of the currency of one in major units: the
    unit names its currency ("pence") and it is the other's, or it names none ("cents") and
    takes the other's, whatever currency the money extractor guessed for it."""
    if not minor_unit(minor) or minor_unit(major) or major.kind != "money":
        return False
    word = minor.text.split()[-1].lstrip("0123456789.,").lower()
    own = MINOR_UNITS[word]
    return own is None or own == major.currency


def dated_before(r: Reading, a: Operand, b: Operand) -> bool:
    """Whether the sentence of ``a`` is dated before that of ``b``: its one date ends
    before the one date of ``b``'s sentence starts ("In 2019 it lent …" against "… last
    year"), or, when ``b``'s sentence has no date, before the publication year ("… halved
    to 410. In 2021 there were 980")."""
    mine = r.dates_in(*r.sentence(a.start))
    theirs = r.dates_in(*r.sentence(b.start))
    if len(mine) != 1 or len(theirs) > 1:
        return False
    if theirs:
        return mine[0].hi < theirs[0].lo
    published = r.published
    return published is not None and mine[0].hi.year < published.year


#: Classes of nouns that count the same things, one class a line: a figure per one of a
#: class's nouns may be shared over a count of any other ("£90,000 per vehicle" over "40
#: buses", "2 doctors per 1,000 inhabitants" over "1.5 million people"). A class names
#: the kind, never a part of it: pupils are no class of schools.
_NOUN_CLASSES = """
person people inhabitant resident citizen individual population adult
vehicle bus car van lorry truck tram coach taxi cab minibus ambulance
home house household dwelling property flat apartment
pupil student schoolchild
worker employee staff
"""
_CLASS_OF = {w: i for i, line in enumerate(_NOUN_CLASSES.split("\n")) for w in line.split()}


def noun_forms(word: str) -> set[str]:
    """A noun and the singulars it may be the plural of ("buses": bus; "cities": city;
    "women": woman; "people": person)."""
    w = word.lower()
    forms = {w}
    if w.endswith("ies") and len(w) > 4:
        forms.add(w[:-3] + "y")
    if w.endswith("es"):
        forms.add(w[:-2])
    if w.endswith("s") and not w.endswith("ss"):
        forms.add(w[:-1])
    if w.endswith("men"):
        forms.add(w[:-3] + "man")
    if w == "people":
        forms.add("person")
    return forms


def classed(word: str) -> bool:
    """Whether a noun is of a class of ``_NOUN_CLASSES`` (people, households, pupils, …)."""
    return any(f in _CLASS_OF for f in noun_forms(word))


def same_noun(a: str | None, b: str | None) -> bool:
    """Whether two nouns count the same things: one word in two numbers, or two nouns of one
    class of ``_NOUN_CLASSES`` ("vehicle" and "buses", "inhabitants" and "people")."""
    if a is None or b is None:
        return False
    fa, fb = noun_forms(a), noun_forms(b)
    if fa & fb:
        return True
    ca = {_CLASS_OF[f] for f in fa if f in _CLASS_OF}
    return bool(ca & {_CLASS_OF[f] for f in fb if f in _CLASS_OF})


#: Measures a price per one of them can be scaled between: (dimension, size in its base).
MEASURES = {
    "kilo": ("mass", 1.0), "kilogram": ("mass", 1.0), "kg": ("mass", 1.0),
    "gram": ("mass", 0.001), "g": ("mass", 0.001), "tonne": ("mass", 1000.0),
    "litre": ("volume", 1.0), "liter": ("volume", 1.0), "l": ("volume", 1.0),
    "ml": ("volume", 0.001), "millilitre": ("volume", 0.001),
    "metre": ("length", 1.0), "meter": ("length", 1.0), "m": ("length", 1.0),
    "kilometre": ("length", 1000.0), "kilometer": ("length", 1000.0), "km": ("length", 1000.0),
    "centimetre": ("length", 0.01), "cm": ("length", 0.01),
    "kwh": ("energy", 1.0), "mwh": ("energy", 1000.0), "megawatt-hour": ("energy", 1000.0),
    "kilowatt-hour": ("energy", 1.0),
}  # fmt: skip


def year_after(r: Reading, o: Operand) -> int | None:
    """The year a figure is told of right after it ("150 in 2022"), or None."""
    dates = r.dates_in(o.end, o.end + 12)
    if not dates or dates[0].granularity != "year" or r.between(o.end, dates[0].start) != ["in"]:
        return None
    return dates[0].lo.year


def dated_pair(r: Reading, a: Operand, b: Operand) -> tuple[Operand, Operand] | None:
    """Two figures of one kind each told of its own year and joined by "and" or a comma
    ("sold 150 in 2022 and 600 in 2024"): the earlier and the later, by their years."""
    ya, yb = year_after(r, a), year_after(r, b)
    if ya is None or yb is None or ya == yb or not a.comparable(b) or a.kind != b.kind:
        return None
    if r.between(a.end, b.begin)[2:] not in (["and"], [","], [",", "and"]):
        return None
    return (a, b) if ya < yb else (b, a)


def stated_against(
    stated: Operand, computed: float, working: str, operands: Sequence[Operand], after: str = ""
) -> Finding:
    """The finding on a figure the text states against the value its operands give: the
    one line is the working, "= computed" (and ``after`` it, "a week"), then what the
    text says and the rule that judged it ("£4 a day × 30 days = 120; the text says £120
    (within 1%)")."""
    from factcheck.checks import _judge
    from factcheck.checks.relations import Finding

    status, rule = _judge.total(stated.value, stated.place, computed, stated.hedge)
    line = f"{working} = {_judge.fmt(computed)}{after}; the text says {stated.text} ({rule})"
    return Finding("arithmetic", stated.start, stated.end, status, line, tuple(operands), stated)
