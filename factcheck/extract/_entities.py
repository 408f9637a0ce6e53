"""Who is in the article: mentions of people and organisations, chained into entities.

    Prime Minister Sir Keir Starmer said …   → a person mention "Keir Starmer" (title noted)
    … Starmer added.                          → the same entity, by its surname
    the Universities and Colleges Employers Association (UCEA) … UCEA said
                                              → one organisation, by the acronym
    However, …  /  in Kyiv  /  the Omicron variant
                                              → no mention: an adverb, a place, a product

A *mention* is a run of capitalised words (with particles, initials, hyphens and a
possessive) that is a name, with titles, honorifics and leading function words cut off,
or a capitalised run before an organisation's head noun ("Scottish government"). Its
kind comes from cues in and around it: a title or honorific, an age (", 44,") or a role
in apposition make a person; an organisation word ("Ministry", "Inc", "union"), an
acronym or "its" make an organisation; a preposition of place ("in", "across") alone,
or a place word ("Street", "County"), make a place; a product noun after it ("app",
"variant") makes a thing. Places and things are kept (so they are never taken for
people) but can never speak.

Descriptions are mentions too ("the ministry", "its department of health", "the
company"): they join the organisation last named with their head word, "the company" the
organisation last named, or stand for an organisation the article describes but does not
name (``Entity.named`` is then false). Bylines ("By Gwen Llewellyn") name nobody.

Chaining is one pass over the mentions in order: a full name is an entity; a single
word joins the nearest entity whose name ends in it (a surname), else one that starts
with it (a first name, or a family name written first); an acronym joins the
organisation it stands for, by "(ACR)" after the name or by initials. Gender comes from
honorifics and from "he said" / "she said" when the paragraph names one person. An
entity's ``name`` is the fullest name the article gives it. ``same_speaker`` tells
whether two speaker strings from different articles name one entity.

Everything here is linear in the text: one scan for runs, one for pronouns, and
dictionary look-ups.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import chain
from typing import TypeVar

from factcheck.extract._scan import lazy

_T = TypeVar("_T")

PERSON = "person"
ORGANISATION = "organisation"
PLACE = "place"
THING = "thing"
UNKNOWN = "unknown"
SPEAKING_KINDS = frozenset((PERSON, ORGANISATION, UNKNOWN))


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_HONORIFIC = (
    r"(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Corp|Co|Ltd|Pty|Bros|Plc|Gov|Sen|Rep|Gen|Lt|Col|Prof|Rev|Sgt|"
    r"Capt|Mt)\."
)
_CAP_TOKEN = (
    rf"(?:(?:[A-Z]\.){{1,3}}|{_HONORIFIC}|[A-ZÀ-ÖØ-ÞĀ-ž][\w’'&-]*(?:\.[\w’'&-]+)*|Mc[A-Z][\w’'-]*)"
)
# An Arabic article or kin word joined to a surname by a hyphen ("Saif al-Masri", "Mr
# el-Sayed", "Omar bin-Laden"): part of the name after a capitalised word, never its start.
_HYPHEN_PARTICLE = (
    r"(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|abd|ul|ud|ben|bint)-[A-ZÀ-ÖØ-ÞĀ-ž][\w’'-]*"
)
_HYPHEN_PARTICLE_WORD = lazy(_HYPHEN_PARTICLE)
_LINK = r"(?:de|van|von|der|den|da|del|della|di|bin|al|ibn|dos|du|le|la|ter|of|for|on|the|&)"
_SP = r"[ \t\u00a0]+"
_NICK = r"(?:[ \t][“\"‘][^“”\"‘’\n]{1,30}[”\"’])?"  # Eddie “Fast Eddie” Clarke
# (?=[A-Z]) first: the engine then skips to capitals instead of trying every offset.
# The pronoun I is no regnal numeral: "promised Ines I would" ends the name at "Ines" (a
# verb after it; "James I of Aragon", "World War I veterans" keep theirs).
_NOT_PRONOUN_I = (
    r"(?!I[ \t\u00a0]+(?:would|will|was|am|had|have|could|should|can|cannot|did|do|don[’']t|"
    r"didn[’']t|might|must|may|think|thought|know|knew|want|wanted|hope|believe|feel|felt|"
    r"said|say|told|tell|promised|love|loved|never|just|really|[a-z]+ed)\b)"
)
_RUN = lazy(
    rf"(?=[A-ZÀ-ÖØ-ÞĀ-ž])(?<![\w’'.-]){_CAP_TOKEN}"
    rf"(?:{_NICK}{_SP}(?:{_LINK}{_SP})*{_NOT_PRONOUN_I}(?:{_CAP_TOKEN}|{_HYPHEN_PARTICLE}))*"
)
_NAME_PARTICLES = _words("de van von der den da del della di bin al ibn dos du le la ter")
_ORG_LINKS = _words("of for on the &")

TITLES = _words(
    """sir dame lord lady mr mr. mrs mrs. ms ms. dr dr. prof prof. professor president
    vice prime minister secretary chancellor senator sen. sen rep. rep gov. gov governor
    general gen. chief executive ceo cfo coo director judge justice mayor king queen prince
    princess pope rev. rev reverend deputy spokesperson spokesman spokeswoman premier
    ambassador commissioner chairman chairwoman chair founder officer leader speaker
    councillor councilor cllr cllr. attorney treasurer superintendent sheriff captain capt.
    lieutenant lt. sergeant sgt. colonel col. commander admiral coach manager analyst
    economist editor author correspondent anchor host representative congressman
    congresswoman lawmaker mp mep nurse doctor detective inspector constable chef pastor
    rabbi imam bishop archbishop cardinal dean principal headteacher trustee auditor
    president-elect ceo. chairperson general-secretary administrator"""
)
# A person's occupation, role or condition, opening a sentence before a full name as its
# title ("Singer Maya Okoro", "Pensioner Ivo Brandt", "Tenant Rosa Lind"); elsewhere they
# may be surnames, so they are no ``TITLES``. The one table of such words the mention
# reader uses (with the word forms of ``is_occupation``).
OCCUPATIONS = _words(
    """singer drummer guitarist bassist pianist violinist cellist composer songwriter
    novelist poet playwright actor actress comedian presenter broadcaster artist painter
    sculptor photographer designer architect farmer fisherman campaigner activist
    footballer cricketer cyclist sprinter boxer golfer jockey climber runner swimmer
    builder plumber electrician driver shopkeeper baker butcher cleaner carer midwife
    paramedic firefighter teacher lecturer pharmacist dentist vet
    backbencher frontbencher neighbour neighbor resident villager tenant landlord landlady homeowner
    householder commuter passenger motorist pedestrian shopper customer patient
    organiser organizer volunteer survivor witness widow widower grandmother grandfather
    mother-of-two father-of-two parent pensioner retiree student pupil schoolboy
    schoolgirl graduate apprentice teenager youngster veteran fan supporter voter
    barrister solicitor lawyer accountant banker trader broker investor entrepreneur
    businessman businesswoman hairdresser barber waiter waitress barista publican
    bartender caretaker gardener cook porter postman postwoman courier miner docker
    steelworker labourer mechanic joiner carpenter bricklayer roofer decorator tiler
    surveyor engineer scientist researcher historian academic surgeon physician
    consultant therapist counsellor optician beekeeper shepherd gamekeeper angler
    rambler walker hiker skier surfer sailor rower climber diver striker midfielder
    defender goalkeeper winger batsman bowler referee umpire trainer breeder owner
    grandmother-of-two grandfather-of-two mum dad mum-of-two dad-of-two carer
    nanny childminder cabbie influencer vlogger blogger streamer podcaster dj
    sportsman sportswoman athlete skater dancer ballerina musician rapper forecaster
    pilot lifeguard warden ranger curator librarian"""
)
_OCCUPATIONS = OCCUPATIONS  # the name it had
# Words that describe a name they open a sentence before, capitalised only by their place
# ("Embattled Tom Hessle said", "Retired Teacher Ivy Marston", "Neighbouring Wexlin"):
# no part of the name (mid-sentence they are left alone: "the Local Government
# Association").
_LEADING_MODIFIERS = _words(
    """retired former local embattled beleaguered disgraced grieving bereaved heartbroken
    tearful furious delighted jailed convicted acquitted injured elderly teenage young
    neighbouring neighboring rival outgoing incoming departing veteran celebrated
    acclaimed award-winning"""
)
# Words that open the name of a storm or an operation ("Storm Orlagh", "Hurricane Ysolde",
# "Operation Kestlow"): a thing, which never speaks.
_NAMED_EVENTS = frozenset("Storm Hurricane Typhoon Cyclone Operation".split())
# A maker of an industry's goods before a name is a company's class ("Steelmaker Vorna
# Ostrel said", "the carmaker Brenvik"): the name is a body's, the word no part of it.
_INDUSTRY_MAKER = lazy(
    r"(?:car|auto|steel|chip|drug|toy|plane|aircraft|truck|lorry|phone|handset|game|jet|"
    r"tyre|tire|bike|engine|glass|paper|cement|battery|lens|watch|software)maker"
)
# The word forms of an occupation or condition the table need not list: a trade's
# compound ("shopkeeper", "dressmaker", "steelworker", "businesswoman", "craftsman"),
# "-ist" and "-ician" ("florist", "electrician"), and a parent counted ("mother-of-five",
# "grandad-of-three", "mum-of-four").
_OCCUPATION_FORM = lazy(
    r"(?!(?:car|auto|steel|chip|drug|toy|plane|aircraft|truck|lorry|phone|handset|game|jet|"
    r"tyre|tire|bike|engine|glass|paper|cement|battery|lens|watch|software)maker$)"
    r"[a-z]+(?:keeper|maker|worker|woman|sman|ician|grapher)|"
    r"(?!(?:baptist|methodist|adventist|communist|socialist|nationalist|zionist)$)"
    r"[a-z]{4,}ist|"
    r"(?:(?:great-)?grand)?(?:mother|father|mum|mom|dad|grandad|granddad|gran|nan|mam|"
    r"parent)-of-(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)"
)


def is_occupation(word: str) -> bool:
    """Whether ``word`` (any case) names an occupation, role or condition that may title
    a name opening a sentence ("Hairdresser Ola Brenk", "Mother-of-three Jo Farr")."""
    low = word.lower()
    return low in OCCUPATIONS or _OCCUPATION_FORM.fullmatch(low) is not None


# Titles that, ending a name of several words no title opens, name a body ("the Health
# and Safety Executive", "the Scottish Executive"), not a person's office.
_BODY_TITLES = _words("executive")
# The plural nouns that end a sports team's name after its town ("Ashby Falcons", "Kelso
# Rovers", "Tynedale Raiders"): creatures, fighters and wanderers, leaving out those that
# are also common surnames (Hawks, Robins, Knights, Saints). Read only as a name's last
# word of several, so "Wolves" alone and a lower-case "the eagles" are left alone.
_TEAM_PLURALS = _words(
    """falcons eagles kestrels owls ravens magpies seagulls lions tigers wolves badgers
    panthers jaguars leopards cougars rhinos stallions broncos mustangs sharks dolphins
    hornets wasps dragons titans warriors raiders rangers rovers wanderers harriers
    pirates vikings spartans trojans gladiators devils demons spitfires rockets comets
    steelers blazers chargers"""
)
_MALE = _words("mr mr. sir lord king prince he his him himself")
_FEMALE = _words("mrs mrs. ms ms. dame lady queen princess she her hers herself")
# The one-word names a political party goes by in the plural ("the Tories", "the
# Greens"): organisations. (A plural name of several words, "the Liberal Democrats", is
# left to its other cues: quote.py reads "the <Name>s" as a description of a body.)
_PARTY_NAMES = _words(
    "conservatives tories democrats republicans liberals greens nationalists unionists socialists"
)
# Head nouns that end the names of bodies whose trade or ground they name, by kind of
# body ("X Playhouse", "X Otter Sanctuary", "X Buses", "X Electricity"): the name is an
# organisation's, though no legal suffix or office word marks it.
BODY_HEADS = {
    "venue": _words("playhouse hippodrome lido"),
    "ground kept": _words("sanctuary reserve wildfowl rescue kennels"),
    "carrier": _words("buses trains trams ferries"),
    "utility": _words("electricity utilities broadband telecom telecoms"),
    "business": _words("analytics software consulting"),
}
ORG_WORDS = _words(
    """inc inc. corp corp. co co. ltd ltd. llc plc group company bank government ministry
    department council committee commission agency police union party office university
    institute association foundation court army authority regulator firm board trust
    service charity organisation organization federation league club alliance coalition
    watchdog administration cabinet embassy parliament assembly hospital hospice clinic
    college airline lifeboat survey observatory
    retailer maker manufacturer insurer lender operator developer startup publisher
    broadcaster network team campaign society fund unit centre center bureau agency
    school academy labs laboratory press times post journal news herald telegraph guardian
    tribune gazette review observer senate congress house navy forces council's
    corporation holdings partners industries airways railways energy water systems
    technologies media studios museum library network nhs ofsted ofcom foods securities
    coaches lotteries devices motors airlines pharmaceuticals capital logistics insurance
    services solutions brands stores supermarkets bancorp chamber guild consortium
    cooperative co-operative collective forum fc afc athletic rovers wanderers albion
    rangers theatre theater gallery orchestra festival restaurant hotel dairies breweries
    bakeries mills terminals constabulary commissioners trustees books publishing records
    pictures films productions entertainment therapeutics biosciences biotech genomics
    diagnostics robotics aerospace engineering electronics semiconductors chemicals mining
    freight estates zoo aquarium cycling racing events space athletics rugby cricket hockey
    swimming rowing gymnastics triathlon netball homes ambulance inn tavern pharma
    partnerships examiner dispatch courier chronicle advertiser echo coastguard
    archaeology"""
) | frozenset().union(*BODY_HEADS.values())
# Words of bodies that, lower case after a capitalised word, are the common noun of a
# phrase, not a body's head ("Good news", "Judicial review", "Fake news", "the Labour
# leader"): a newspaper's words name a paper only capitalised ("the Harbour Gazette").
_NOT_BODY_HEADS_AFTER = _words(
    "leader chief press times post journal news herald telegraph guardian tribune gazette "
    "review observer examiner dispatch courier chronicle advertiser echo"
)
# The house of a trade that ends a body's name of several words ("Greyling Dairy", "Oast
# Brewery"); alone, capitalised, it is only a word ("Dairy groups agree …").
_TRADE_HOUSES = _words("dairy brewery bakery distillery creamery winery")
# Plural nouns whose possessive opens a name rather than owning one ("the Women's Tennis
# Association", "the Children's Society").
_PLURAL_POSSESSORS = frozenset(("women", "men", "children", "people"))
# Places whose name stands for the government seated there, which speaks under it
# ("Downing Street said", "a Kremlin spokesman"): organisations, not places.
SEATS_OF_POWER = frozenset(
    ("downing street", "number 10", "no 10", "no. 10", "kremlin", "elysée", "élysée",
     "elysee", "pentagon", "holyrood", "white house", "blue house", "quai d'orsay")
)  # fmt: skip
# Nouns that, standing before a name, say it is an organisation's ("the cycling charity
# Pedal Safe", "the retailer Halsey's").
_ORG_BEFORE = _words(
    """charity company firm group operator retailer union agency campaign association
    regulator watchdog insurer lender broker bank carrier airline supermarket chain
    developer publisher broadcaster newspaper supplier provider manufacturer distributor
    club party trust foundation consultancy"""
)
# The nouns of a trade that, capitalised opening a sentence, class the body named after
# them ("Operator Northlink Ferries said", "Retailer Halsey's"), never the first word of
# a name (not "Union", "Group", "Bank": "Union Pacific", "Group Lotus").
_LEADING_TRADES = _words(
    """operator retailer lender insurer broker developer supplier provider manufacturer
    distributor regulator watchdog broadcaster publisher supermarket consultancy"""
)
# The head nouns of a description in apposition after a name that make it a body's
# ("Orrin, the company, said", "X, the regional heritage body, said"); before a name only
# ``_ORG_BEFORE`` does ("the port operator, Calder Terminals,").
_BODY_ROLES = _ORG_BEFORE | _words(
    """body label business organisation organization institution newspaper paper outlet
    brand authority council department ministry agency service broadcaster network
    maker manufacturer"""
)
# Lower-case nouns that class the name after them ("network operator Fibrelink"): the
# word capitalised before such a noun at a sentence's start is no name of its own.
_CLASSING_NOUNS = (ORG_WORDS | _ORG_BEFORE) - _words("leader chief")
# The people who speak for a body, one or many ("a spokesman for X", "analysts at X").
# Roles held at a body, before "at X" ("the finance director at Orlin"): X is the body.
_ROLES_AT_BODY = _words(
    """director directors manager managers chief executive executives president founder
    chairman chairwoman chair officer editor coach trustee trustees engineer engineers
    lecturer partner partners"""
)
VOICES = _words(
    """spokesman spokeswoman spokesperson spokespeople representative representatives
    analyst analysts official officials economist economists strategist strategists
    researcher researchers scientist scientists expert experts"""
)
# Heads that stand alone as an organisation ("the union said"), as in ``quote``.
_PLACE_WORDS = _words(
    """street road avenue lane square park river county city island islands isles valley bay
    mountains mountain sea ocean lake province state region district airport station
    bridge coast borough town village"""
)
# Words that open a place's name of two words ("River Tarn", "Lake Orta", "Mount Kenya").
_PLACE_FIRST = _words("river lake loch mount isle cape")
_PLACE_NAMES = _words(
    """US U.S. UK U.K. USA Britain England Scotland Wales Ireland Europe America Africa
    Asia China India Russia Ukraine France Germany Spain Italy Japan Canada Australia
    London Paris Washington Beijing Moscow Kyiv Berlin Brussels Tokyo Gaza Israel Iran
    Mexico Brazil Texas California Florida York Manchester Birmingham Edinburgh Glasgow
    Cardiff Belfast Dublin Westminster Whitehall"""
)
_PLACE_BEFORE = _words("in at from across near outside throughout around into via")
# The prepositions that put a name of several words in a place: nobody is "in" a person
# ("the candidate in Hexley North"); "at" and "from" also open firms ("at Calder Terminals").
_PLACE_ONLY_BEFORE = _words("in across throughout near outside around")
# What a name in apposition to these is: a work or a product, never a person.
_WORKS = _words(
    """novel book film movie album song single play musical series show opera memoir
    collection painting exhibition documentary podcast poem sculpture symphony concerto
    ballet"""
)
_THING_AFTER = _words(
    """app apps variant variants model models phone phones device devices game games drug
    drugs vaccine vaccines software platform tool tools chatbot brand scheme programme
    program bill act law project mission vessel ship system car cars engine strain"""
)
# Words that open sentences capitalised but are no name ("However, …", "Previously …").
_COMMON = _words(
    """the a an this that these those there here it its his her their our we they he she
    i you me him them us my your and but or so yet nor if when while after before as
    however previously meanwhile still instead moreover furthermore additionally also
    finally separately overall earlier later now today yesterday tomorrow tonight then
    indeed thus hence nevertheless nonetheless otherwise already again once since
    although though because despite asked speaking writing according in on at for of
    with by from to into over under about among between during without within across
    outside inside beyond behind towards toward
    last next first second third one two three some many most several all both each
    every any no not none few other another such what which who whom whose where why how
    officials police critics analysts residents experts researchers scientists
    protesters witnesses investigators prosecutors lawmakers economists doctors teachers
    parents students workers authorities sources observers activists campaigners
    officers regulators people others everyone someone nobody yes well oh please thank
    thanks sorry dear more less fewer much very too just only even
    can could will would shall should may might must do does did is are was were be
    dad mum mom father mother
    been has have had said says say added adds told tells wrote writes let like"""
)
_ADVERB_ENDINGS = (
    "ally", "ully", "stly", "ntly", "ctly", "ously", "ately", "ively", "ibly", "ably",
    "arly", "ssly", "tely", "efly", "htly", "nkly", "edly", "ingly", "ily",
)  # fmt: skip
_ADJECTIVE_SUFFIXES = _words("based born led backed owned run funded style era made bound wide")
_DATELINE = lazy(r"(?:,[ \t]+[A-Z][\w.]*)*[ \t]*(?:\(|—|–|-)")
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
_DATELINE_WORD = r"[A-Z][\w.'’-]*"
# A dateline opening a line: its place (and region), then a day or date, an agency's
# credit in brackets, and a dash or colon: "LONDON —", "BRASSMOOR, England —",
# "Harrowlin, Tuesday:", "ABERLADY, March 3 —", "Kellford (Reuters) -".
_DATELINE_LINE = lazy(
    rf"(?P<place>{_DATELINE_WORD}(?:[ \t]+{_DATELINE_WORD}){{0,3}})"
    rf"(?:,[ \t]+(?!{_WEEKDAYS}\b|{_MONTHS}\b){_DATELINE_WORD}(?:[ \t]+{_DATELINE_WORD})?)*"
    rf"(?P<when>,?[ \t]+(?:{_WEEKDAYS}|{_MONTHS}\.?[ \t]+\d{{1,2}}(?:,[ \t]+\d{{4}})?|"
    rf"\d{{1,2}}[ \t]+{_MONTHS}(?:[ \t]+\d{{4}})?)\b)?"
    r"(?:[ \t]*\((?P<agency>[A-Z][\w&.’' -]{1,30})\))?"
    r"[ \t]*(?P<mark>—|–|--?|:)(?=[ \t])"
)


def _in_dateline(text: str, start: int) -> str:
    """What the name at ``start`` is in a dateline opening its line: "place" (the place
    and its region: "LONDON —", "Harrowlin, Tuesday:"), "agency" (the credit in
    brackets), or "" when no dateline holds it. A place in capitals needs no more; one in
    ordinary case needs a day, a date or an agency's credit after it, and a colon ends a
    dateline only after a day or a date ("ALLEN: …" opens a transcript's turn)."""
    ls = text.rfind("\n", max(0, start - 80), start) + 1
    if ls == 0 and start >= 80:
        return ""
    m = _DATELINE_LINE.match(text, ls)
    if m is None or start >= m.start("mark"):
        return ""
    when, agency = m.group("when"), m.group("agency")
    if m.group("mark") == ":" and not when:
        return ""
    if not (when or agency or m.group("place").isupper()):
        return ""
    if agency and start >= m.start("agency"):
        return "agency"
    return "place"


_OWN_NAME_AFTER = lazy(
    r"[,;:.)]|[ \t]+(?:is|was|has|had|will|would|said|says|to|and|which|who|plans)\b"
)
_CALENDAR = _words(
    """monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december jan jan. feb feb.
    mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov.
    dec dec. christmas easter"""
)
# Months that are also given names ("April", "May", "June", "August"): before a surname
# they open a person's name, unless a word of time stands before them ("in June", "by
# May", "last April"). (A day number or year after a month is no capitalised word, so it
# never makes a run of two.)
_GIVEN_NAME_MONTHS = _words("april may june august")
# Function words that are also given names ("Will Hartwin"): before a surname-like word
# they open a name, but at a sentence's opening only with a name's evidence ("Will the
# council act?", "Will Labour win?" are questions).
_GIVEN_NAME_WORDS = _words("will")
_MONTH_LEADS = _words(
    """in on by since until till from of last next early late mid through during before
    after this that every each throughout"""
)
_POST_NOMINALS = _words("KC QC MP MEP MSP Jr Jr. Sr Sr. II III OBE MBE CBE PhD")
_ACRONYM = lazy(r"[A-Z][A-Z&]{1,6}s?|(?:[A-Z]\.){2,4}")
# "he said", "she added": a pronoun that speaks tells the gender of the last person named.
_PRONOUN = lazy(
    r"[HhSs](?<![\w][HhSs])(?:(?<=[Hh])e|(?<=[Ss])he)[ \t]+(?:said|says|added|adds|told|tells|"
    r"asked|asks|replied|wrote|writes|explained|insisted|recalled|warned|continued|argued)\b"
)
_AGE_AFTER = lazy(r",[ \t]+\d{1,3}[,)]")
_ROLE_AFTER = lazy(r",[ \t]+(?:a|an|the|who|whose)\b")
_ORG_HEAD_AFTER = lazy(r"[ \t]+([a-z][a-z-]*)")
# A lower-case word after a name is its verb, not the head noun of a body or a product,
# when a preposition, determiner or adverb follows it: "Ada Mertz trains in the park",
# "Rolf Dane models for a label", unlike "the Scottish government said".
_VERB_AFTER_HEAD = lazy(
    r"(?<=s)[ \t]+(?:in|at|on|for|with|to|from|into|near|under|over|alongside|a|an|the|"
    r"his|her|their|its|every|each|most|twice|daily|weekly|hard|up|out|off|around)\b"
)
# A portfolio between a name and the body of state that holds it: "the Slovenian foreign
# ministry", "the Scottish health department", "the French interior ministry".
_PORTFOLIOS = _words(
    """foreign interior defence defense health finance justice education oil environment
    transport economy trade energy home agriculture culture labour treasury housing
    security intelligence immigration statistics"""
)
_PORTFOLIO_HEAD = lazy(r"[ \t]+(ministry|department|office|agency|service)\b")
_NAME_AFTER = lazy(r"[ \t]+[A-Z]")
# The letters that open the name of a ship or a boat ("MV", "HMS", "RV Discovery").
_VESSEL_PREFIXES = frozenset("MV MS HMS RMS USS HMAS HMCS HMNZS FV RV".split())
# A place's name takes a singular verb; a team named after its town a plural one.
_PLURAL_VERB_AFTER = lazy(r"[ \t]+(?:have|are|were)[ \t]")
# "By Gwen Llewellyn, Political Correspondent": a short line naming the writer.
_BYLINE = lazy(r"(?m)^[ \t]*By[ \t]+[A-Z][^\n.!?]{0,100}$")
_ORG_LIST_TAIL = lazy(
    r"(?:,[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?)*"
    r",?[ \t]+and[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?"
)
_PAREN_ACRONYM = lazy(r"[ \t]*\(([A-Z][A-Z&]{1,7}s?)\)")


@dataclass(slots=True)
class Mention:
    """One mention of an entity: ``text[start:end]`` holds ``name`` (titles, leading
    function words and a possessive cut off)."""

    start: int
    end: int
    name: str
    kind: str
    entity: int = -1
    title: str = ""  # the titles or honorifics that stood before it, lower case
    described: bool = False  # a description ("the ministry"), not a name
    role: str = ""  # a role in apposition ("the prosecutor, Ann Lee", "Lee, the mayor of X")
    # the kind is only the default reading of a name of several words (a person), which
    # no cue told: any mention of the entity with a cue for another kind outweighs it
    guessed: bool = False


@dataclass(slots=True)
class Entity:
    """A person, organisation, place or thing of the article and its mentions."""

    id: int
    kind: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    gender: str | None = None  # "m" or "f", from honorifics and pronouns
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    guessed: bool = False  # every mention's kind so far a default reading (``Mention``)

    @property
    def named(self) -> bool:
        """Whether the article names the entity (not only describes it: "the agency")."""
        return not all(m.described for m in self.mentions)

    @property
    def speaks(self) -> bool:
        """Whether the entity can be a quote's speaker: people and organisations (and
        names whose kind nothing tells, which a speech verb then settles)."""
        return self.kind in SPEAKING_KINDS


class _Model:
    """The whole model of a text: its mentions (ascending by start) and the entities they
    chain into, read in one pass over the text (``_read_all``)."""

    def __init__(
        self, text: str, mentions: list[Mention], entities: list[Entity], sentence_starts: list[int]
    ) -> None:
        self.mentions = mentions
        self.entities = entities
        self._text = text
        self._sentence_starts = sentence_starts
        self._starts = [m.start for m in mentions]
        self._by_name: dict[str, list[Mention]] = {}
        self._name_starts: dict[str, list[int]] = {}
        for m in mentions:
            self._by_name.setdefault(m.name, []).append(m)
            self._name_starts.setdefault(m.name, []).append(m.start)
        self._by_alias: dict[str, Entity] = {}
        for e in entities:
            for alias in (e.name, *e.aliases):
                self._by_alias.setdefault(alias, e)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.entities)

    def __len__(self) -> int:
        return len(self.entities)

    def entity(self, mention: Mention) -> Entity:
        return self.entities[mention.entity]

    def at(self, start: int, end: int) -> Mention | None:
        """The first mention lying within [start, end)."""
        i = bisect_left(self._starts, start)
        if i < len(self.mentions) and self.mentions[i].end <= end:
            return self.mentions[i]
        return None

    def covering(self, pos: int) -> Mention | None:
        """The mention whose span holds ``pos``."""
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and self.mentions[i].end > pos:
            return self.mentions[i]
        return None

    def between(self, start: int, end: int) -> list[Mention]:
        """The mentions lying within [start, end), in order."""
        lo = bisect_left(self._starts, start)
        hi = bisect_left(self._starts, end, lo)
        return [m for m in self.mentions[lo:hi] if m.end <= end]

    def find(self, name: str, pos: int, reach: int = 400) -> Mention | None:
        """The mention written ``name`` nearest to ``pos`` within ``reach`` characters, or
        one whose name ends or starts with it ("Starmer" in "Keir Starmer's office")."""
        best: Mention | None = None
        if name.endswith(("’s", "'s")):
            name = name[:-2]
        hits = self._by_name.get(name)
        if hits:
            i = bisect_left(self._name_starts[name], pos)
            for m in hits[max(0, i - 2) : i + 2]:
                d = min(abs(m.start - pos), abs(m.end - pos))
                if d <= reach and (
                    best is None or d < min(abs(best.start - pos), abs(best.end - pos))
                ):
                    best = m
            if best is not None:
                return best
        for m in self.between(max(0, pos - reach), pos + reach):
            if (
                m.name.endswith(name)
                or m.name.startswith(name)
                or name.endswith(m.name)
                or self.entities[m.entity].name == name
            ):
                d = min(abs(m.start - pos), abs(m.end - pos))
                if best is None or d < min(abs(best.start - pos), abs(best.end - pos)):
                    best = m
        return best

    def named(self, name: str) -> Entity | None:
        """The entity the article calls ``name`` (its fullest name, an alias or a surname)."""
        e = self._by_alias.get(name)
        if e is not None:
            return e
        hits = self._by_name.get(name)
        return self.entities[hits[0].entity] if hits else None

    def last(self, pos: int, kinds: frozenset[str], *, reach: int = 40) -> Mention | None:
        """The last mention before ``pos`` of an entity of one of ``kinds``, looking back
        over at most ``reach`` mentions."""
        i = bisect_left(self._starts, pos) - 1
        stop = max(-1, i - reach)
        while i > stop:
            m = self.mentions[i]
            if m.end <= pos and self.entities[m.entity].kind in kinds:
                return m
            i -= 1
        return None

    def last_org(self, pos: int, head: str | None = None, reach: int = 2500) -> Mention | None:
        """The last mention before ``pos`` (within ``reach`` characters) of an
        organisation, one whose name holds the word ``head`` when given ("the ministry"
        → "Ministry of Health"); the mention carries the entity's fullest name."""
        word = head.lower() if head else None
        return self._last_org_where(pos, reach, lambda e: word is None or is_a(e, word))

    def _last_org_where(
        self, pos: int, reach: int, fits: Callable[[Entity], bool]
    ) -> Mention | None:
        """The last mention before ``pos`` of a named organisation that ``fits``; of
        several in its sentence, the one that opens it."""
        i = bisect_left(self._starts, pos) - 1
        while i >= 0 and self.mentions[i].start >= pos - reach:
            m = self.mentions[i]
            e = self.entities[m.entity]
            if (
                e.kind == ORGANISATION
                and m.end <= pos
                and (e.named or e.name.split()[0] in INSTITUTION_HEADS)
                and fits(e)
            ):
                m = self._subject_in_sentence(i, fits) or m
                e = self.entities[m.entity]
                return Mention(m.start, m.end, e.name, e.kind, m.entity)
            i -= 1
        return None

    def _subject_in_sentence(self, i: int, fits: Callable[[Entity], bool]) -> Mention | None:
        """The organisation that ``fits`` and opens the sentence of the mention at index
        ``i``, when that mention is not it: "Redcastle City have turned down an offer
        from Orwell Athletic. … The club said" is Redcastle City's, the subject before
        the object."""
        m = self.mentions[i]
        opening = self._sentence_starts[bisect_right(self._sentence_starts, m.start) - 1]
        j = bisect_left(self._starts, opening)
        if j >= i or self._text[opening : self.mentions[j].start].strip() not in ("", "The"):
            return None
        first = self.mentions[j]
        e = self.entities[first.entity]
        return first if e.kind == ORGANISATION and e.id != m.entity and fits(e) else None

    def with_role(self, desc: str, pos: int) -> Mention | None:
        """The person the article gives the role ``desc`` ends in ("the prime minister",
        "the coroner"): the one named so nearest before ``pos``, else the first after."""
        words = desc.lower().split()
        roles = {" ".join(words[-k:]) for k in range(1, min(3, len(words)) + 1)}
        best: Mention | None = None
        holders = [e for e in self.entities if e.kind == PERSON and e.roles & roles]
        fit = max((_role_fit(e.roles, roles) for e in holders), default=0)
        for e in holders:
            if _role_fit(e.roles, roles) < fit:
                continue  # "the artistic director": not one given "director" alone
            before = [m for m in e.mentions if m.start < pos]
            m = before[-1] if before else e.mentions[0]
            if best is None or (m.start < pos and (best.start > pos or m.start > best.start)):
                best = Mention(m.start, m.end, e.name, e.kind, e.id)
        return best

    def most_named(self, kinds: tuple[str, ...], *, before: int) -> Entity | None:
        """The entity of one of ``kinds`` with the most mentions (the first named on a
        tie), counting only entities named before ``before``: an interview's subject."""
        best: Entity | None = None
        for e in self.entities:
            if (
                e.kind in kinds
                and e.named
                and e.mentions[0].start < before
                and (best is None or len(e.mentions) > len(best.mentions))
            ):
                best = e
        return best


_Named = list[tuple[int, str]]  # full names by the offset of a mention
_GAPS = (" and ", " & ")
_WALK = 40  # lines walked back lazily before the whole model is read
_UNREAD = object()  # a lazy fact not yet read
_SEARCHES = 24  # searches of the text for an entity's words before the whole model is read
_SPACES = " \t\u00a0"  # what parts the words of a run (``_SP``)
_OPENING = '“"‘'
_CLOSING = '”"’'
_OPENING_IN = lazy('[“"‘]')
_CAPITAL = lazy("[A-ZÀ-ÖØ-ÞĀ-ž]")
_LINK_WORDS = _words(_LINK[3:-1].replace("|", " "))
# Where a description may begin: its determiner (as ``_DESCRIPTION`` opens).
_DETERMINER = lazy(r"(?:the|its|their|The|Its|Their)[ \t]")
_NEWLINE = lazy(r"\n")
_SAID_IN = (" said in", " says in", " added in")
# A run's raw mentions: what ``_mention`` makes of each of its parts.
_Run = tuple[int, int, str, tuple["_Part", ...]]


class _LazyEntity:
    """An entity as far as the mentions read so far tell it: its kind, fullest name and
    mentions are exact; what needs the whole text (gender, roles, aliases, and the
    mentions of an organisation, which descriptions and acronyms join) is read from the
    whole model on first use."""

    __slots__ = ("_gender", "_members", "_orgish", "_owner", "id", "kind", "name")

    def __init__(
        self, owner: Entities, id: int, kind: str, name: str, members: list[Mention], orgish: bool
    ) -> None:
        self._owner = owner
        self.id = id
        self.kind = kind
        self.name = name
        self._members = members
        self._orgish = orgish
        self._gender: object = _UNREAD

    def _whole(self) -> Entity:
        model = self._owner._full()
        return model.entities[self._members[0].entity]

    @property
    def mentions(self) -> list[Mention]:
        return self._whole().mentions if self._orgish else self._members

    @property
    def named(self) -> bool:
        return True  # made from names: descriptions go to the whole model

    @property
    def speaks(self) -> bool:
        return self.kind in SPEAKING_KINDS

    @property
    def gender(self) -> str | None:
        if self._orgish or self._owner._model is not None:
            return self._whole().gender
        if self._gender is _UNREAD:
            self._gender = self._owner._gender(self)
        return self._gender  # type: ignore[return-value]

    @property
    def roles(self) -> set[str]:
        if self._orgish or self._owner._model is not None:
            return self._whole().roles
        roles: set[str] = set()
        for m in self._members:
            for said in (m.title, m.role):
                if said:
                    roles.update(_title_facts(said)[1])
        return roles

    @property
    def aliases(self) -> set[str]:
        return self._whole().aliases


class Entities:
    """The mentions of a text and the entities they chain into, read as they are asked for.

    What a quote's attribution asks most (the mention at an offset, the mention of a name
    near an offset, the entity of a mention) is answered from the runs it needs: the runs
    of one line, found by the line's own scan, and for an entity the runs holding its
    words, found by searching the text for them. The answers are the whole model's: a
    mention is made by the same reading of its run and context, joined to its neighbours
    as the whole pass joins them ("Universities and Colleges Employers Association"), and
    an entity gathers the same mentions as the chaining would (a surname joins the
    nearest full name that ends in it, else one that starts with it). Anything else
    (descriptions' entities, acronyms, genders, roles, scans over all mentions) reads the
    whole model once (``_read_all``) and answers from it from then on.
    """

    def __init__(self, text: str, sentence_starts: list[int]) -> None:
        self.text = text
        self._sentence_starts = sentence_starts
        self._sentence_set: set[int] | None = None
        self._model: _Model | None = None
        self._breaks: list[int] | None = None
        self._runs: dict[int, tuple[list[_Run], list[int]]] = {}  # line start -> runs, starts
        self._raw: dict[int, tuple[Mention, ...]] = {}  # run start -> its raw mentions
        self._left_of: dict[int, Mention] = {}  # raw start -> merged with what is left of it
        self._finals: dict[int, list[Mention]] = {}  # run start -> the mentions begun there
        self._known: dict[int, _Run] = {}  # runs met, by start
        self._known_starts: list[int] = []
        self._bylines: dict[int, int] = {}  # line start -> where its byline ends (or -1)
        self._spaced = not any(c in text for c in "\t\u00a0")  # words apart by spaces only
        self._descs: dict[int, tuple[list[Mention], list[int]]] = {}
        self._occurrences: dict[str, list[Mention]] = {}
        self._candidate_cache: dict[str, tuple[_Named, _Named, _Named]] = {}
        self._keys: dict[int, tuple[str, str] | None] = {}
        self._hits: dict[str, tuple[list[Mention], list[int]]] = {}
        self._lazy: dict[tuple[str, str], _LazyEntity | None] = {}
        self._issued: list[Mention] = []
        # Searching the text for an entity's words costs a pass each: past a few passes
        # (an article of many names) the whole model is the cheaper read, and linear.
        self._searched = 0
        self._lines_read: dict[int, list[Mention]] = {}
        self._lowered: str | None = None
        self._pronoun_list: list[tuple[str, int, int]] | None = None

    # -- the whole model, read once when a question needs it
    def _full(self) -> _Model:
        if self._model is None:
            model = self._model = _read_all(self.text, self._sentence_starts)
            by_span = {(m.start, m.end): m for m in model.mentions}
            for m in self._issued:
                whole = by_span.get((m.start, m.end))
                m.entity = whole.entity if whole is not None else -1
        return self._model

    @property
    def mentions(self) -> list[Mention]:
        return self._full().mentions

    @property
    def entities(self) -> list[Entity]:
        return self._full().entities

    @property
    def _starts(self) -> list[int]:
        return self._full()._starts

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._full().entities)

    def __len__(self) -> int:
        return len(self._full().entities)

    def between(self, start: int, end: int) -> list[Mention]:
        return self._full().between(start, end)

    def named(self, name: str) -> Entity | None:
        """The entity the article calls ``name`` (its fullest name, an alias or a surname)."""
        if (
            self._model is None
            and self._searched <= _SEARCHES
            and name[:1].isupper()
            and not _maybe_acronym(name)  # an alias: the whole model's acronyms tell
        ):
            hits, _ = self._named_hits(name)
            if not hits:
                return None
            if " " not in name:
                # a word no full name takes is an entity of its own name
                own = next((m for m in hits if self._key(m) == ("w", name)), None)
                if own is not None:
                    return self.entity(own)
            return self.entity(hits[0])
        return self._full().named(name)

    def before(self, pos: int) -> Iterator[Mention]:
        """The mentions that begin before ``pos``, nearest first."""
        if self._model is not None or self._searched > _SEARCHES:
            model = self._full()
            i = bisect_left(model._starts, pos) - 1
            while i >= 0:
                yield model.mentions[i]
                i -= 1
            return
        ls, le = self._line(pos)
        for _ in range(_WALK):
            for m in reversed(self._line_mentions(ls, le)):
                if m.start < pos:
                    yield m
            if ls == 0:
                return
            ls, le = self._line(ls - 1)
        # a long walk back: the whole model's index is the cheaper read
        model = self._full()
        i = bisect_left(model._starts, min(pos, le + 1)) - 1  # the lines not walked
        while i >= 0:
            yield model.mentions[i]
            i -= 1

    def _line_mentions(self, ls: int, le: int) -> list[Mention]:
        """Every mention of a line, in the whole model's order."""
        out = self._lines_read.get(ls)
        if out is None:
            runs, _ = self._line_runs(ls, le)
            out = [m for j in range(len(runs)) for m in self._run_finals(ls, runs, j)]
            descs, _ = self._line_descs(ls, le)
            if descs:
                out = sorted([*out, *descs], key=_start)
            self._lines_read[ls] = out
        return out

    def last(self, pos: int, kinds: frozenset[str], *, reach: int = 40) -> Mention | None:
        return self._full().last(pos, kinds, reach=reach)

    def last_org(self, pos: int, head: str | None = None, reach: int = 2500) -> Mention | None:
        return self._full().last_org(pos, head, reach)

    def org_by_head(self, pos: int, head: str, reach: int = 4000) -> Mention | None:
        """The organisation of the article last named before ``pos`` that a definite
        description with the head noun ``head`` stands for (``named_by_head``)."""
        word = head.lower()
        return self._full()._last_org_where(
            pos, reach, lambda e: e.named and named_by_head(e, word)
        )

    def with_role(self, desc: str, pos: int) -> Mention | None:
        """The person the article gives the role ``desc`` ends in ("the prime minister",
        "the coroner"): the one named so nearest before ``pos``, else the first after.
        A role is read off a title, so only the runs where its last word is written
        can hold it."""
        words = desc.lower().split()
        low = self._lower()
        if self._model is not None or self._searched > _SEARCHES or not words or low is None:
            return self._full().with_role(desc, pos)
        roles = {" ".join(words[-k:]) for k in range(1, min(3, len(words)) + 1)}
        found: dict[tuple[str, str], _LazyEntity] = {}
        i = low.find(words[-1])
        while i >= 0:
            run = self._run_at(i)
            if run is not None:
                for m in self._finals_of(run):
                    if not (m.title and roles.intersection(_title_facts(m.title)[1])):
                        continue
                    key = self._key(m)
                    e = self._lazy_entity(key) if key is not None else None
                    if key is None or e is None or e._orgish:
                        return self._full().with_role(desc, pos)
                    found[key] = e
            i = low.find(words[-1], run[1] if run is not None else i + 1)
        if not found:
            # a role in apposition ("the coroner, Ann Lee,") stands outside the name's
            # run, where this search does not look: the whole model knows it
            return self._full().with_role(desc, pos)
        best: Mention | None = None
        holders = [e for e in sorted(found.values(), key=_created) if e.kind == PERSON]
        holders = [e for e in holders if e.roles & roles]
        fit = max((_role_fit(e.roles, roles) for e in holders), default=0)
        for e in holders:
            if _role_fit(e.roles, roles) < fit:
                continue
            before = [m for m in e._members if m.start < pos]
            m = before[-1] if before else e._members[0]
            if best is None or (m.start < pos and (best.start > pos or m.start > best.start)):
                best = Mention(m.start, m.end, e.name, e.kind, m.entity)
        return best

    def _lower(self) -> str | None:
        """The text in lower case, when lower-casing keeps every offset."""
        if self._lowered is None:
            low = self.text.lower()
            self._lowered = low if len(low) == len(self.text) else ""
        return self._lowered or None

    def after(self, pos: int) -> Iterator[Mention]:
        """The mentions that begin after ``pos``, in order."""
        if self._model is not None or self._searched > _SEARCHES:
            model = self._full()
            yield from model.mentions[bisect_right(model._starts, pos) :]
            return
        ls, le = self._line(max(pos, 0))
        while True:
            for m in self._line_mentions(ls, le):
                if m.start > pos:
                    yield m
            if le >= len(self.text):
                return
            ls, le = self._line(le + 1)

    def most_named(self, kinds: tuple[str, ...], *, before: int) -> Entity | None:
        return self._full().most_named(kinds, before=before)

    # -- lines and runs
    def _line(self, pos: int) -> tuple[int, int]:
        if self._breaks is None:
            self._breaks = [m.start() for m in _NEWLINE.finditer(self.text)]
        b = self._breaks
        i = bisect_left(b, pos)
        return (b[i - 1] + 1 if i else 0), (b[i] if i < len(b) else len(self.text))

    def _line_runs(self, ls: int, le: int) -> tuple[list[_Run], list[int]]:
        got = self._runs.get(ls)
        if got is None:
            text = self.text
            skip = self._byline_end(ls)
            runs: list[_Run] = []
            plans = _RUN_PLANS
            for m in _RUN.finditer(text, ls, le + 1 if le < len(text) else le):
                if m.start() < skip:
                    continue  # the writer's name is nobody in the story
                run = m.group(0)
                plan = plans.get(run)
                if plan is None:
                    plan = _run_plan(run)
                if plan:
                    runs.append((m.start(), m.end(), run, plan))
            got = self._runs[ls] = (runs, [r[0] for r in runs])
        return got

    def _raw_of(self, run: _Run) -> tuple[Mention, ...]:
        got = self._raw.get(run[0])
        if got is None:
            if self._sentence_set is None:
                self._sentence_set = set(self._sentence_starts)
            starts = self._sentence_set
            at = run[0]
            made = []
            for tokens, rel, prepared in run[3]:
                found = _mention(self.text, tokens, at, rel, starts, prepared)
                if found is not None:
                    made.append(found)
            got = self._raw[at] = tuple(made)
        return got

    def _left(self, runs: list[_Run], j: int, k: int) -> Mention:
        """Raw mention ``k`` of run ``j`` with the organisation names joined to it from
        the left by "and" (``_joined_names``)."""
        x = self._raw_of(runs[j])[k]
        got = self._left_of.get(x.start)
        if got is not None:
            return got
        got = x
        text = self.text
        if (
            k == 0
            and j > 0
            and x.kind == ORGANISATION
            and (text.endswith(" and ", 0, x.start) or text.endswith(" & ", 0, x.start))
        ):
            before = self._raw_of(runs[j - 1])
            if before and text[before[-1].end : x.start] in _GAPS:
                p = self._left(runs, j - 1, len(before) - 1)
                if p.kind != PERSON and not p.title:
                    got = Mention(p.start, x.end, text[p.start : x.end], ORGANISATION)
        self._left_of[x.start] = got
        return got

    def _absorbed(self, runs: list[_Run], j: int, k: int) -> bool:
        """Whether the next run's organisation joins raw mention ``k`` of run ``j``."""
        raw = self._raw_of(runs[j])
        if k != len(raw) - 1 or j + 1 >= len(runs):
            return False
        x = raw[k]
        text = self.text
        if not (text.startswith(" and ", x.end) or text.startswith(" & ", x.end)):
            return False
        after = self._raw_of(runs[j + 1])
        if not after or after[0].kind != ORGANISATION or text[x.end : after[0].start] not in _GAPS:
            return False
        merged = self._left(runs, j, k)
        return merged.kind != PERSON and not merged.title

    def _run_finals(self, ls: int, runs: list[_Run], j: int) -> list[Mention]:
        """The mentions that begin in run ``j`` of the line at ``ls``, as the whole model
        has them (joined names whole)."""
        got = self._finals.get(runs[j][0])
        if got is None:
            got = self._plain_finals(runs[j])
            if got is None:
                got = []
                for k, x in enumerate(self._raw_of(runs[j])):
                    if self._left(runs, j, k) is not x:
                        continue  # joined to a name on its left
                    jj, kk = j, k
                    while self._absorbed(runs, jj, kk):
                        jj, kk = jj + 1, 0
                    final = self._left(runs, jj, kk)
                    got.append(final)
                    self._issued.append(final)
                self._finals[runs[j][0]] = got
        return got

    def _plain_finals(self, run: _Run) -> list[Mention] | None:
        """A run's mentions when no name is joined to them by "and" (the run's own raw
        mentions), else None: the line's neighbours tell."""
        raw = self._raw_of(run)
        text = self.text
        if raw and (text.endswith(_GAPS, 0, raw[0].start) or text.startswith(_GAPS, raw[-1].end)):
            return None
        got = list(raw)
        self._issued.extend(got)
        self._finals[run[0]] = got
        return got

    def _finals_of(self, run: _Run) -> list[Mention]:
        got = self._finals.get(run[0])
        if got is None:
            got = self._plain_finals(run)
            if got is None:
                ls, le = self._line(run[0])
                runs, starts = self._line_runs(ls, le)
                got = self._run_finals(ls, runs, bisect_left(starts, run[0]))
        return got

    def _byline_end(self, ls: int) -> int:
        got = self._bylines.get(ls)
        if got is None:
            byline = _BYLINE.match(self.text, ls)
            got = self._bylines[ls] = byline.end() if byline else -1
        return got

    def _safe_start(self, pos: int, ls: int) -> int:
        """An offset at or before ``pos`` that no run straddles, so that the runs found
        from it are the whole scan's: just after a word no run can hold (no capital, no
        linking word), walking back over nicknames in quote marks whole."""
        text = self.text
        i = pos
        while i > ls and text[i - 1] not in _SPACES:
            i -= 1  # the start of the word holding pos
        in_nick = False
        while i > ls:
            j = i
            while j > ls and text[j - 1] in _SPACES:
                j -= 1
            if j == ls:
                return ls
            if self._spaced:
                k = text.rfind(" ", ls, j) + 1 or ls
            else:
                k = j
                while k > ls and text[k - 1] not in _SPACES:
                    k -= 1
            word = text[k:j]
            if in_nick:
                in_nick = word[0] not in _OPENING
            elif word[-1] in _CLOSING:
                in_nick = not (len(word) > 1 and word[0] in _OPENING)
            elif not (word in _LINK_WORDS or _CAPITAL.search(word) or _OPENING_IN.search(word)):
                return i
            i = k
        return ls

    def _run_at(self, pos: int) -> _Run | None:
        """The run holding ``pos``, if a run with a name holds it."""
        known = self._known_starts
        i = bisect_right(known, pos) - 1
        if i >= 0:
            run = self._known[known[i]]
            if run[1] > pos:
                return run  # a run met before
        ls, le = self._line(pos)
        text = self.text
        start = self._safe_start(pos, ls)
        for m in _RUN.finditer(text, start, le + 1 if le < len(text) else le):
            if m.start() > pos:
                return None
            if m.end() > pos:
                at = m.start()
                if at < self._byline_end(ls):
                    return None
                words = m.group(0)
                plan = _RUN_PLANS.get(words)
                if plan is None:
                    plan = _run_plan(words)
                if not plan:
                    return None
                found = (at, m.end(), words, plan)
                self._known[at] = found
                insort(known, at)
                return found
        return None

    def _line_descs(self, ls: int, le: int) -> tuple[list[Mention], list[int]]:
        got = self._descs.get(ls)
        if got is None:
            descs = _descriptions(self.text, ls, le + 1 if le < len(self.text) else le)
            self._issued.extend(descs)
            got = self._descs[ls] = (descs, [d.start for d in descs])
        return got

    # -- questions about offsets
    def covering(self, pos: int) -> Mention | None:
        """The mention whose span holds ``pos``."""
        if self._model is not None or self._searched > _SEARCHES:
            return self._full().covering(pos)
        ls, le = self._line(pos)
        best: Mention | None = None
        run = self._run_at(pos)
        if run is not None:
            # the latest mention begun by pos, if one begins in the run holding it
            for m in reversed(self._finals_of(run)):
                if m.start <= pos:
                    best = m
                    break
        runs, starts = ([], []) if best is not None else self._line_runs(ls, le)
        j = bisect_right(starts, pos) - 1
        while j >= 0 and best is None:
            for m in reversed(self._run_finals(ls, runs, j)):
                if m.start <= pos:
                    best = m
                    break
            j -= 1
        # a description ("the ministry") begins with its determiner
        lo = ls if best is None else best.start
        if _DETERMINER.search(self.text, lo, pos + 7) is not None:
            descs, dstarts = self._line_descs(ls, le)
            d = bisect_right(dstarts, pos) - 1
            if d >= 0 and (best is None or descs[d].start >= best.start):
                best = descs[d]
        return best if best is not None and best.end > pos else None

    def at(self, start: int, end: int) -> Mention | None:
        """The first mention lying within [start, end)."""
        if self._model is not None or self._searched > _SEARCHES:
            return self._full().at(start, end)
        pos = start
        first: Mention | None = None
        while first is None and pos < end and pos <= len(self.text):
            ls, le = self._line(pos)
            runs, starts = self._line_runs(ls, le)
            j = max(0, bisect_right(starts, start) - 1)
            while first is None and j < len(runs) and runs[j][0] < end:
                for m in self._run_finals(ls, runs, j):
                    if m.start >= start:
                        first = m
                        break
                j += 1
            descs, dstarts = self._line_descs(ls, le)
            d = bisect_left(dstarts, start)
            if d < len(descs) and (first is None or descs[d].start < first.start):
                first = descs[d]
            pos = le + 1
        if first is None or first.start >= end or first.end > end:
            return None
        return first

    def _holding(self, word: str) -> list[Mention]:
        """The mentions that begin in the runs where ``word`` is written, by offset."""
        got = self._occurrences.get(word)
        if got is None:
            self._searched += 1
            found: dict[int, Mention] = {}
            text = self.text
            i = text.find(word)
            while i >= 0:
                run = self._run_at(i)
                nxt = i + 1
                if run is not None:
                    for m in self._finals_of(run):
                        found[m.start] = m
                    nxt = run[1]
                i = text.find(word, nxt)
            got = self._occurrences[word] = [found[k] for k in sorted(found)]
        return got

    def _named_hits(self, name: str) -> tuple[list[Mention], list[int]]:
        """The mentions written ``name``, found where its first word is written."""
        got = self._hits.get(name)
        if got is None:
            words = name.split()
            hits = [m for m in self._holding(words[0]) if m.name == name] if words else []
            got = self._hits[name] = (hits, [m.start for m in hits])
        return got

    def find(self, name: str, pos: int, reach: int = 400) -> Mention | None:
        """The mention written ``name`` nearest to ``pos`` within ``reach`` characters, or
        one whose name ends or starts with it ("Starmer" in "Keir Starmer's office")."""
        if self._model is None and self._searched <= _SEARCHES and name[:1].isupper():
            base = name[:-2] if name.endswith(("’s", "'s")) else name
            hits, starts = self._named_hits(base)
            if hits:
                best: Mention | None = None
                i = bisect_left(starts, pos)
                for m in hits[max(0, i - 2) : i + 2]:
                    d = min(abs(m.start - pos), abs(m.end - pos))
                    if d <= reach and (
                        best is None or d < min(abs(best.start - pos), abs(best.end - pos))
                    ):
                        best = m
                if best is not None:
                    return best
        return self._full().find(name, pos, reach)

    # -- entities
    def entity(self, mention: Mention) -> Entity:
        if self._model is None and self._searched <= _SEARCHES:
            key = self._key(mention)
            e = self._lazy_entity(key) if key is not None else None
            if e is not None:
                return e  # type: ignore[return-value]
        model = self._full()
        if mention.entity < 0:
            # a mention read lazily (its entity unset, or a lazy one) before the whole model
            # was read, as by a walk back that began lazily: its twin in the model
            twin = model.at(mention.start, mention.end) or model.covering(mention.start)
            if twin is not None and twin.entity >= 0:
                return model.entities[twin.entity]
        return model.entities[mention.entity]

    def _key(self, m: Mention) -> tuple[str, str] | None:
        """Which entity a mention chains into, as ``_chain`` decides: a full name its own
        ("n", name); a single word the full name nearest that ends, else starts, with
        it, or ("w", word); None when only the whole model can tell (a description, a
        word that may be an acronym)."""
        if m.start in self._keys:
            return self._keys[m.start]
        key: tuple[str, str] | None
        if m.described:
            key = None
        elif len(_split(m.name)) >= 2:
            key = ("n", m.name)
        elif _maybe_acronym(m.name):
            key = None
        else:
            by_last, by_first, org_first = self._candidates(m.name)
            other = _OTHER_GENDER.get(_said_gender(m) or "") if m.title or m.role else None
            if by_last and other:  # "Mrs Fairweather": not the son named Michael Fairweather
                by_last = [(p, n) for p, n in by_last if self._name_gender(n) != other]
            if m.kind == ORGANISATION and m.name.lower() not in ORG_WORDS:  # ``_chain``
                near = _nearest(org_first, m.start) or _nearest(by_first, m.start)
            else:
                near = _nearest(by_last, m.start) or _nearest(by_first, m.start)
            key = ("n", near) if near is not None else ("w", m.name)
        self._keys[m.start] = key
        return key

    def _name_gender(self, name: str) -> str | None:
        """The gender the titles and roles of a full name's mentions tell, as the whole
        model's first pass has it (``_join``: the last that tells one)."""
        gender = None
        for m in self._holding(_split(name)[0]):
            if m.name == name and not m.described:
                gender = _said_gender(m) or gender
        return gender

    def _candidates(self, word: str) -> tuple[_Named, _Named, _Named]:
        """The full names a single word may join, as ``_chain`` indexes them: people's
        (or unknowns') names ending in it, names starting with it, and organisations' names starting
        with it (which a word read as an organisation joins first). Read once per word
        (the mentions holding a word are the whole text's, ``_holding``): a name said a
        thousand times is looked through once, not once per mention."""
        got = self._candidate_cache.get(word)
        if got is None:
            got = self._candidate_cache[word] = self._read_candidates(word)
        return got

    def _read_candidates(self, word: str) -> tuple[_Named, _Named, _Named]:
        by_last: list[tuple[int, str]] = []
        by_first: list[tuple[int, str]] = []
        org_first: list[tuple[int, str]] = []
        holding = self._holding(word)
        lowered = word[:1].lower() + word[1:]
        if lowered != word and _HYPHEN_PARTICLE_WORD.fullmatch(lowered):
            # "Al-Masri said" opening a sentence joins "Saif al-Masri" (``_chain``)
            seen = {m.start: m for m in holding}
            seen.update((m.start, m) for m in self._holding(lowered))
            holding = [seen[k] for k in sorted(seen)]
        for m in holding:
            words = _split(m.name)
            if len(words) < 2 or m.described:
                continue
            if m.kind in (PERSON, UNKNOWN):
                last = _strip(words[-1])
                if last == word or (last == lowered and last != word):
                    by_last.append((m.start, m.name))
                if words[0] == word:
                    by_first.append((m.start, m.name))
            elif m.kind == ORGANISATION and words[0] == word:
                by_first.append((m.start, m.name))
                org_first.append((m.start, m.name))
        return by_last, by_first, org_first

    def _lazy_entity(self, key: tuple[str, str]) -> _LazyEntity | None:
        if key in self._lazy:
            return self._lazy[key]
        e = self._gather(key)
        self._lazy[key] = e
        return e

    def _gather(self, key: tuple[str, str]) -> _LazyEntity | None:
        how, name = key
        words = _split(name)
        if how == "n":
            members = [m for m in self._holding(words[0]) if m.name == name and not m.described]
            joining = {_strip(words[-1]), words[0]}
            if words[-1][:1].islower():  # "Saif al-Masri" … "Al-Masri said"
                joining.add(_strip(words[-1])[:1].upper() + _strip(words[-1])[1:])
        else:
            members = []
            joining = {name}
        singles: dict[int, Mention] = {}
        for w in joining:
            if _maybe_acronym(w):
                return None
            for m in self._holding(w):
                if m.name == w and not m.described and self._key(m) == key:
                    singles[m.start] = m
        members.extend(singles[k] for k in sorted(singles))
        if not members:
            return None
        kind, guessed = members[0].kind, members[0].guessed
        for m in members[1:]:
            kind, guessed = _folded(kind, guessed, m)
        if kind in (UNKNOWN, PLACE) or guessed:
            kind = self._bodies(kind, name, members)
        # descriptions join an organisation, acronyms a name read as one somewhere
        orgish = kind == ORGANISATION or any(m.kind == ORGANISATION for m in members)
        e = _LazyEntity(self, -2 - len(self._lazy), kind, name, members, orgish)
        for m in members:
            m.entity = e.id
        return e

    def _gender(self, e: _LazyEntity) -> str | None:
        """``_genders`` for one person: the last gendered title it bore, else the vote of
        the "he said" / "she said" whose paragraph names it alone."""
        gender = None
        for m in e._members:
            for said in (m.title, m.role):
                g = _title_facts(said)[0] if said else None
                if g:
                    gender = g
        if gender is not None:
            return gender
        starts = [m.start for m in e._members]
        votes = [0, 0]
        for word, at, para in self._pronouns():
            i = bisect_left(starts, para)
            if i == len(starts) or starts[i] >= at:
                continue  # the entity is not named in the paragraph before it
            people: set[tuple[str, str] | None] = set()
            for m in self.before(at):
                if m.start < para:
                    break
                if m.described:
                    continue  # an organisation
                key = self._key(m)
                other = self._lazy_entity(key) if key is not None else None
                if other is None:
                    return e._whole().gender
                if other.kind in (PERSON, UNKNOWN):
                    people.add(key)
                    if len(people) > 1:
                        break
            if len(people) == 1 and self._lazy_entity(people.pop()) is e:  # type: ignore[arg-type]
                votes[0 if word in _MALE else 1] += 1
        if self._model is not None:
            return e._whole().gender
        male, female = votes
        return _voted_gender(e.name, male, female)

    def _pronouns(self) -> list[tuple[str, int, int]]:
        """Each "he said" / "she said": its pronoun, where the words it closes begin
        (the quote before it, or itself) and that paragraph's start."""
        if self._pronoun_list is None:
            text = self.text
            out = []
            for p in _PRONOUN.finditer(text):
                word = p.group(0).split()[0].lower()
                at = p.start()
                j = at - 1
                while j > 0 and text[j] in " \t":
                    j -= 1
                if text[j] in '”"':
                    k = text.rfind("“" if text[j] == "”" else '"', max(0, j - 2000), j)
                    at = k if k >= 0 else at
                out.append((word, at, text.rfind("\n", 0, at) + 1))
            self._pronoun_list = out
        return self._pronoun_list

    def _bodies(self, kind: str, name: str, members: list[Mention]) -> str:
        """``_speaking_bodies`` for one entity: a name that issues statements or is
        called "it" is an organisation."""
        text = self.text
        if kind == PERSON:  # a person's name read by default (``_GUESSED_BODY_CUE``)
            guessed = any(_body_cue_after(text, m.end) for m in members)
            return ORGANISATION if guessed else kind
        for m in members:
            cue = _BODY_CUE.match(text, m.end)
            if cue is None:
                continue
            if cue.group(0).startswith(_SAID_IN):
                return ORGANISATION
            if (kind == UNKNOWN or len(name.split()) > 1) and not self._begun(m, cue.end()):
                return ORGANISATION
        return kind

    def _begun(self, m: Mention, end: int) -> bool:
        """Whether another mention begins after ``m`` and before ``end`` (same line)."""
        ls, le = self._line(m.start)
        runs, starts = self._line_runs(ls, le)
        j = max(0, bisect_right(starts, m.start) - 1)
        while j < len(runs) and runs[j][0] < end:
            for f in self._run_finals(ls, runs, j):
                if m.start < f.start < end:
                    return True
            j += 1
        descs, dstarts = self._line_descs(ls, le)
        d = bisect_left(dstarts, m.start)
        return d < len(descs) and descs[d].start < end


def _start(m: Mention) -> int:
    return m.start


def _created(e: _LazyEntity) -> tuple[int, int]:
    """Where ``_chain`` makes an entity, in its order: full names in their first pass,
    single words in the second."""
    return (0 if " " in e.name else 1), e._members[0].start


def _maybe_acronym(word: str) -> bool:
    """Whether a single word may be an organisation's initials or bracketed short name,
    which ``_chain`` joins before anything else."""
    return len(word) >= 2 and (word.isupper() or (word[-1] == "s" and word[:-1].isupper()))


def _folded(kind: str, guessed: bool, m: Mention) -> tuple[str, bool]:
    """An entity's kind, and whether it is still only guessed, once ``m`` joins it: a
    cue for an organisation outweighs a person's name read by default ("Staff at
    Millfield Aid …" then "Millfield Aid said" is one body), and a place a cue told
    stays one when a name read by default joins it ("in Nether Alsby", then
    "towards Nether Alsby"); otherwise the surer cue wins
    (``_joined_kind``) and a mention read so by a cue makes the kind sure."""
    if guessed and m.kind == ORGANISATION and not m.guessed:
        return ORGANISATION, False
    if not guessed and kind == PLACE and m.kind == PERSON and m.guessed:
        # "in Nether Alsby", then "towards Nether Alsby" read as a name by default:
        # the place a cue told stays a place
        return kind, False
    new = _joined_kind(kind, m)
    if new != kind:
        return new, m.guessed
    return kind, guessed and (m.guessed or m.kind != kind)


def _joined_kind(kind: str, m: Mention) -> str:
    """An entity's kind once ``m`` joins it (``_join``): the surer cue wins."""
    if m.kind != kind:
        if kind in (UNKNOWN, PLACE, THING) and m.kind in (PERSON, ORGANISATION):
            return m.kind
        if kind == PLACE and m.kind == UNKNOWN and len(_split(m.name)) > 1:
            return UNKNOWN
    return kind


def read_entities(text: str, sentence_starts: list[int]) -> Entities:
    """The mentions and entities of ``text`` (see the module docstring), read as the
    attribution asks for them."""
    return Entities(text, sentence_starts)


def _read_all(text: str, sentence_starts: list[int]) -> _Model:
    """Every mention and entity of ``text`` in one pass (see the module docstring)."""
    starts = set(sentence_starts)
    mentions: list[Mention] = []
    bylines = [(b.start(), b.end()) for b in _BYLINE.finditer(text)] if "By" in text else []
    plans = _RUN_PLANS
    for m in _RUN.finditer(text):
        run = m.group(0)
        plan = plans.get(run)
        if plan is None:
            plan = _run_plan(run)
        if not plan:
            continue  # "The", "However", "Monday": one word that names nobody
        if bylines and any(a <= m.start() < b for a, b in bylines):
            continue  # the writer's name is nobody in the story
        at = m.start()
        for tokens, rel, got in plan:
            found = _mention(text, tokens, at, rel, starts, got)
            if found is not None:
                mentions.append(found)
    mentions = _joined_names(text, mentions)
    described = _descriptions(text)
    if described:
        mentions = sorted([*mentions, *described], key=lambda m: m.start)
    entities = _chain(text, mentions)
    _speaking_bodies(text, mentions, entities)
    _chain_descriptions(text, mentions, entities)
    _genders(text, mentions, entities)
    return _Model(text, mentions, entities, sentence_starts)


# What a run's words alone tell, memoised per run text: the same words give the same
# parts, stripped of titles, wherever they stand; only the context checks of ``_mention``
# are left for each occurrence. A bounded dict (cleared when full) keeps it small.
_Prepared = tuple[int, int, str, tuple[str, ...], "int | None", str]
_Part = tuple[tuple[str, ...], tuple[int, ...], "_Prepared | None"]
_RUN_PLANS: dict[str, tuple[_Part, ...]] = {}
_RUN_PLANS_MAX = 50_000
_WEEKDAY_WORDS = _words("monday tuesday wednesday thursday friday saturday sunday")


def _run_plan(run: str) -> tuple[_Part, ...]:
    """The parts of ``run`` with what ``_stripped`` reads off each, or () for one word
    that names nobody ("The", "However", "Monday")."""
    if " " not in run and "\t" not in run and "\u00a0" not in run:
        low = run.lower()
        if (low in _COMMON and not _is_acronym(run)) or (
            low in _CALENDAR and low not in _WEEKDAY_WORDS
        ):
            return _remember(run, ())  # a weekday may be a surname: ``_surname_alone``
    plan = tuple((tokens, rel, _prepared(tokens)) for tokens, rel in _run_parts(run))
    return _remember(run, plan)


def _prepared(tokens: tuple[str, ...]) -> _Prepared | None:
    """What ``_stripped`` reads off a part's tokens, with the name's tokens, their facts
    and the name as they stand when no context changes them."""
    got = _stripped(tokens)
    if got is None:
        return None
    a, b, title, last = got
    name_tokens = (*tokens[a : b - 1], last)
    return a, b, title, name_tokens, _facts(name_tokens), " ".join(name_tokens)


def _remember(run: str, plan: tuple[_Part, ...]) -> tuple[_Part, ...]:
    if len(_RUN_PLANS) >= _RUN_PLANS_MAX:
        _RUN_PLANS.clear()
    _RUN_PLANS[run] = plan
    return plan


@lru_cache(maxsize=16384)
def _run_parts(run: str) -> tuple[tuple[tuple[str, ...], tuple[int, ...]], ...]:
    """A run's tokens and their offsets in it, nicknames in quote marks left out, split
    into the names it holds (the same run gives the same parts wherever it stands)."""
    tokens = run.split()
    offsets: list[int] = []
    pos = 0
    for t in tokens:
        pos = run.index(t, pos)
        offsets.append(pos)
        pos += len(t)
    if "“" in run or '"' in run or "‘" in run:
        keep = []
        inside = False
        for k, t in enumerate(tokens):
            if t[:1] in '“"‘':
                inside = True
            if not inside:
                keep.append(k)
            if inside and t[-1:] in '”"’':
                inside = False
        tokens = [tokens[k] for k in keep]
        offsets = [offsets[k] for k in keep]
    # Split "Helene Girard of the University of Montreal" where a linking word follows
    # a part with no organisation word: the person, then the organisation.
    parts: list[tuple[int, int]] = []
    a = 0
    for i, t in enumerate(tokens):
        if i > a and tokens[i - 1] in _DOTTED_SUFFIXES and t not in _LEGAL_SUFFIXES:
            # "Corvel Ltd. Its chairman": the suffix's full stop ends the sentence
            parts.append((a, i))
            a = i
        if (
            i > a
            and i + 1 < len(tokens)
            and t.endswith(("’s", "'s"))
            and t[:1].isupper()
            and t[:-2].lower() in ORG_WORDS
        ):
            # "The European Space Agency's Kestrel probe": an organisation's name as a
            # possessor is a name of its own, and what it owns another ("St Mary's
            # Hospital", "the Women's Tennis Association" are one name each; one word,
            # "Britain's Hannah Marsh", is no name the entities need: see _stripped)
            parts.append((a, i + 1))
            a = i + 1
            continue
        if t in _ORG_LINKS and i > a and tokens[i - 1] not in _ORG_LINKS:
            head = tokens[a:i]
            rest = [w for w in tokens[i + 1 :] if w not in _ORG_LINKS]
            if (
                not any(w.lower() in ORG_WORDS for w in head)
                and (len(head) >= 2 or any(w.lower() in ORG_WORDS for w in rest))
                and not (len(rest) == 1 and rest[0].lower() in TITLES)  # "… for Justice"
            ):
                parts.append((a, i))
                a = i + 1
                while a < len(tokens) and tokens[a] in _ORG_LINKS:
                    a += 1
    parts.append((a, len(tokens)))
    return tuple((tuple(tokens[a:b]), tuple(offsets[a:b])) for a, b in parts if b > a)


_CONTRACTION = lazy(r"([A-Za-z]+)[’'](?:d|m|ll|re|ve|s)")
_LINKS_OR_PARTICLES = _ORG_LINKS | _NAME_PARTICLES


# A speech verb right after a name of two words opening a sentence ("Rose Elsworth said"):
# its subject, a name, though its first word is also a common one ("the prices rose").
_SPEECH_NEXT = lazy(
    r"[ \t]+(?:said|says|told|tells|added|adds|asked|replied|wrote|writes|explained|insisted)\b"
)


def _written_as_a_name(
    text: str, tokens: tuple[str, ...], start: int, end: int, *, verb: bool = True
) -> bool:
    """Whether the evidence says that ``tokens`` (at ``start:end``), whose first word is
    also a common word or a month ("Rose", "Grace", "Bill", "Will", "June"), are a name
    whole: an age or "who" after it ("Rose Elsworth, 58,"), a speech verb after a name of
    two words ("Hope Adjei said"), or the same words written elsewhere where no
    sentence opens and no word of time stands before them ("… told Rose Elsworth"). A
    speech verb after a name of two words counts too ("Grace Obuya said"; other verbs do
    not: "Storm Orlagh brought …"), unless ``verb`` is false (after "in May" the verb is
    the clause's: "In May Carlisle said …")."""
    if _AGE_AFTER.match(text, end) or text.startswith((", who ", " who "), end):
        return True
    if verb and len(tokens) == 2 and tokens[1][:1].isupper() and _SPEECH_NEXT.match(text, end):
        # a surname, which is rarely also a common word ("Rose Garden is open")
        low = tokens[1].lower()
        return not (low in _COMMON or low in ORG_WORDS or _lower_nearby(text, low, start))
    name = " ".join(tokens)
    i = text.find(name)
    while i >= 0:
        after = i + len(name)
        if (
            i != start
            and (after == len(text) or not text[after].isalnum())
            and (i == 0 or not text[i - 1].isalnum())
            and not _opens(text, i)
            and not _month_after_time_word(text, i)
        ):
            return True
        i = text.find(name, i + 1)
    return False


def _surname_alone(text: str, tokens: tuple[str, ...], end: int) -> bool:
    """Whether one word that is also a common or a calendar word ("Hope", "Friday") is a
    name the article writes in full elsewhere ("Hope Adjei", "Mick Friday"), here with a
    name's evidence after it: a speech verb, an age or "who" ("On Sunday, Friday said",
    "Hope, who grew up in …, said")."""
    if len(tokens) != 1 or not (
        _SPEECH_NEXT.match(text, end)
        or _AGE_AFTER.match(text, end)
        or text.startswith((", who ", " who "), end)
    ):
        return False
    word = re.escape(tokens[0])
    return bool(
        re.search(
            rf"(?<![\w’'.-]){word}[ \t]+[A-Z][a-z][\w’'-]*|[A-Z][a-z][\w’'-]*[ \t]+{word}\b", text
        )
    )


def _written_without_first(text: str, tokens: tuple[str, ...], start: int) -> bool:
    """Whether the name after the first of ``tokens`` (at ``start``, opening a sentence)
    is written elsewhere in the text without that word before it: "Curator Ines Vellacott
    said …" and "… said Ines Vellacott" name Ines Vellacott, the first word her role. A particle
    ("Van Dyke") or an initial second is part of a longer name, never so read."""
    second = tokens[1]
    if second.lower() in _NAME_PARTICLES or len(second.rstrip(".")) < 2 or tokens[0].isupper():
        return False
    rest = " ".join(tokens[1:])
    own = start + len(tokens[0]) + 1
    i = text.find(rest)
    while i >= 0:
        if i != own and (i + len(rest) == len(text) or not text[i + len(rest)].isalnum()):
            j = i - 1
            while j >= 0 and text[j] in _SPACES:
                j -= 1
            if j < 0 or not text[j].isalnum() or not text.endswith(tokens[0], 0, j + 1):
                return True
        i = text.find(rest, i + 1)
    return False


def _month_as_given_name(tokens: tuple[str, ...]) -> bool:
    """Whether ``tokens`` open with a month that is a given name before a surname-like
    word ("June Okafor"), read from the tokens alone."""
    if len(tokens) < 2 or (
        tokens[0].lower() not in _GIVEN_NAME_MONTHS and tokens[0].lower() not in _GIVEN_NAME_WORDS
    ):
        return False
    low = tokens[1].lower()
    return not (
        tokens[1].isupper()
        or low in _COMMON
        or low in _CALENDAR
        or low in ORG_WORDS
        or low in TITLES
        or tokens[1] in _LINKS_OR_PARTICLES
    )


def _month_after_time_word(text: str, start: int) -> bool:
    """Whether a word of time stands right before ``start`` ("in June", "by May")."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].lower() in _MONTH_LEADS


@lru_cache(maxsize=16384)
def _stripped(tokens: tuple[str, ...]) -> tuple[int, int, str, str] | None:
    """Where the name lies in a run's tokens, read from the tokens alone: (first, end,
    the titles before it in lower case, its last token without a closing mark), or None
    when no name is left."""
    i = 0
    n = len(tokens)
    # leading function words and sentence adverbs ("However", "The", "In"), then titles
    while i < n and (
        (
            tokens[i].lower().rstrip(",") in _COMMON
            and not _is_acronym(tokens[i])
            and not _month_as_given_name(tokens[i:])  # "May Tiverton": no modal verb
        )
        or tokens[i] in _ORG_LINKS
    ):
        i += 1
    if (
        i > 0
        and i + 2 < n
        and tokens[i].lower() in _CALENDAR
        and not _month_as_given_name(tokens[i:])
    ):
        # "On Friday Alan Kestrel said", "In March Ruth Amsel told": the time the
        # sentence opens with is no part of the name after it
        i += 1
    if (
        i + 1 < n
        and tokens[i].endswith(("’s", "'s"))
        and tokens[i][:1].isupper()
        and tokens[i][:-2].lower() not in _PLURAL_POSSESSORS
    ):
        # "Britain's Hannah Marsh", "Spain's Lucía Delgado": the possessor is no part
        # of the name that follows it
        i += 1
    cut = i
    for k in range(i, n):
        low = tokens[k].lower()
        if k == n - 1 and k > i and tokens[k - 1] in _ORG_LINKS:
            break  # "Bereaved Families for Justice": the end of a name, no title
        if k == n - 1 and k > i and cut == i and low in _BODY_TITLES:
            break  # "Safety Executive": a body's name ends so, no title opens a name here
        if low in TITLES or (low.endswith("s") and low[:-1] in TITLES and k + 1 < n):
            cut = k + 1  # "Justices Maria Delacroix and …": a plural title too
    title = " ".join(t.lower() for t in tokens[i:cut])
    a, b = cut, n
    while a < b and tokens[a] in _LINKS_OR_PARTICLES:
        a += 1
    while a < b and tokens[b - 1] in _LINKS_OR_PARTICLES:
        b -= 1
    while b - a > 1 and tokens[b - 1] in _POST_NOMINALS:
        b -= 1
    if b - a > 2 and tokens[b - 2] in _ORG_LINKS and tokens[b - 1].lower() in _CALENDAR:
        b -= 2  # "Meridian Devices on Tuesday"
    if a >= b:
        return None
    last = tokens[b - 1]
    if last[-1] in "'’" and not last.endswith(("s'", "s’")):
        last = last[:-1]  # a closing single mark: 'Fairly'
    c = _CONTRACTION.fullmatch(tokens[a])
    if c and c.group(1).lower() in _COMMON:
        return None  # "I'd", "He'll", "It's"
    if "-" in last and last.rsplit("-", 1)[1].lower() in _ADJECTIVE_SUFFIXES:
        return None  # "Seoul-based", "Labour-run"
    return a, b, title, last


def _mention(
    text: str,
    run_tokens: tuple[str, ...],
    at: int,
    rel: tuple[int, ...],
    sentence_starts: set[int],
    got: _Prepared | None,
) -> Mention | None:
    """The mention the run's tokens ``run_tokens`` (at ``at`` plus ``rel`` in ``text``)
    make, ``got`` being what ``_prepared`` read off them; what it read stands unless the
    context drops a first word or finds a possessive."""
    if got is None:
        return _spoken_for(text, run_tokens, [at + r for r in rel])
    a, b, title, tokens, facts, name = got
    start = at + rel[a]
    if len(tokens) > 1 and tokens[0] in _NAMED_EVENTS:
        end = at + rel[b - 1] + len(tokens[-1])
        return Mention(start, end, " ".join(tokens), THING)  # "Storm Orlagh": no one
    end = at + rel[b - 1] + len(tokens[-1])
    if (
        tokens[0].lower() in _GIVEN_NAME_MONTHS
        and _month_after_time_word(text, start)
        and not _written_as_a_name(text, tokens, start, end, verb=False)
    ):
        return None  # "in June Labour won": a date, as a month opening a name is read
    changed = False
    if len(tokens) > 1 and (start in sentence_starts or _opens(text, start)):
        lead = tokens[0].lower()
        if (
            (lead in _LEADING_MODIFIERS or _INDUSTRY_MAKER.fullmatch(lead))
            and not (facts or 0) & (_ORGANISATION_WORD | _LINKED)
        ) or (
            lead in _LEADING_TRADES
            and tokens[1][:1].isupper()
            and not (_facts(tokens[1:]) or 0) & (_LINKED if len(tokens) > 2 else _ORGANISATION_WORD)
        ):
            # "Embattled Tom Hessle", "Neighbouring Wexlin": a word describing the name,
            # capitalised by its place, is no part of it
            tokens, start, changed, a = tokens[1:], at + rel[a + 1], True, a + 1
        w = tokens[0]
        if (
            len(tokens) > 2
            and not (facts or 0) & _ORGANISATION_WORD
            and (
                is_occupation(w)
                or _written_without_first(text, tokens, start)
                or _role_before_given_name(text, tokens, start)
            )
        ):
            # "Singer Maya Okoro said": the occupation before a full name is her title;
            # so is any first word the article leaves off the name elsewhere
            # ("Curator Ines Vellacott said …" then "… said Ines Vellacott")
            tokens, start, changed = tokens[1:], at + rel[a + 1], True
            title = f"{title} {w.lower()}".strip()
        elif (
            w.lower() in _BODY_MEMBERS
            or w.lower() in _GIVEN_NAME_WORDS
            or _lower_nearby(text, w, start)
            or (w.endswith("s") and _lower_nearby(text, w[:-1], start))
        ) and not (w.lower() not in _BODY_MEMBERS and _written_as_a_name(text, tokens, start, end)):
            k = 1  # "Shares of Acme", "Employees of Acme": the name is Acme
            while k < len(tokens) and tokens[k] in _ORG_LINKS:
                k += 1
            if k == len(tokens):
                return None
            tokens, start, changed = tokens[k:], at + rel[a + k], True
    elif (
        len(tokens) > 2
        and tokens[0].lower() in OCCUPATIONS
        and not (facts or 0) & (_ORGANISATION_WORD | _LINKED)
        and all(t[:1].isupper() for t in tokens[1:])
    ):
        # mid-sentence, an occupation capitalised before a full name is a title too
        # ("…,” Neighbour Tom Haleby said", "quoted Accountant Rhys Tallbrook"); the table's
        # words only, and never as a name's last word ("Paul Farmer")
        w = tokens[0]
        tokens, start, changed = tokens[1:], at + rel[a + 1], True
        title = f"{title} {w.lower()}".strip()
    first = tokens[0]
    if (
        first.isupper()
        and len(first) > 2
        and _DATELINE.match(text, start + len(first))
        and (start == 0 or text[start - 1] == "\n")
    ):
        return Mention(start, start + len(first), first, PLACE)  # OTTAWA (Reuters) -
    dateline = _in_dateline(text, start)
    if dateline == "agency":
        return None  # "(Reuters)": the agency's credit, nobody in the story
    if dateline:
        return Mention(start, end, " ".join(tokens), PLACE)  # "Harrowlin, Tuesday:"
    last = tokens[-1]
    possessive = (
        last.endswith(("’s", "'s", "s’", "s'"))
        and len(last) > 3
        and not _OWN_NAME_AFTER.match(text, end)  # "Halsey's, the chain", "Sainsbury's said"
    )
    if possessive:
        hm = _ORG_HEAD_AFTER.match(text, end)
        pm = _PORTFOLIO_HEAD.match(text, hm.end()) if hm and hm.group(1) in _PORTFOLIOS else None
        if pm:  # "Iraq’s oil ministry said": the body of state, named with its country
            return Mention(start, pm.end(), text[start : pm.end()], ORGANISATION)
        tokens = (*tokens[:-1], last[:-2] if last[-1] == "s" else last[:-1])
        changed = True
    if changed:
        facts = _facts(tokens)
        name = " ".join(tokens)
    if facts is None and not (tokens[0].lower() in _CALENDAR and _surname_alone(text, tokens, end)):
        return None  # "Monday", "Last Tuesday": calendar and function words only
    facts = facts or 0
    if facts & _LINKED and _surname_of_body(text, tokens, start):
        # "Pellerin of Aerovane told analysts", after "Odile Pellerin": the person
        # the article named, then the body they speak for
        return Mention(start, start + len(tokens[0]), tokens[0], PERSON, title=title)
    kind = _kind(text, tokens, facts, title, start, end, sentence_starts, possessive)
    if kind is None:
        return None
    guessed = kind == _GUESSED
    if guessed:
        kind = PERSON
    if kind == ORGANISATION and (" for " in name or " of " in name) and not possessive:
        tail = _ORG_LIST_TAIL.match(text, end)  # "Ministry for Housing, Roads and Local Services"
        if tail:
            end = tail.end()
            name = f"{name}{' '.join(tail.group(0).split(' '))}"
    if kind == ORGANISATION and len(tokens) <= 3 and not possessive:
        hm = _ORG_HEAD_AFTER.match(text, end)
        pm = _PORTFOLIO_HEAD.match(text, hm.end()) if hm and hm.group(1) in _PORTFOLIOS else None
        if pm and hm:  # "the Slovenian foreign ministry"
            end = pm.end()
            name = f"{name} {hm.group(1)} {pm.group(1)}"
        # "the Scottish government", "the RMT union"
        elif (
            hm
            and hm.group(1) in ORG_WORDS
            and not (tokens[-1].isupper() and hm.group(1) in ("union", "party"))
        ):
            end = hm.end()
            name = f"{name} {hm.group(1)}"
    role = ""
    if kind in (PERSON, UNKNOWN) and not possessive:
        # the role stands before the run's first word: its title ("the harbour master,
        # Captain Winifred Trelawny-Osei,") or a word cut off the name ("her memoir,
        # Second Act,"); a name of one word is read only for a work before a comma
        before = at + rel[0]
        if _after_possessive_determiner(text, before):
            return Mention(start, end, name, THING, title=title)
        if kind == PERSON or text.startswith(", ", before - 2) or text.startswith(", ", end):
            role = _appositive_role(text, before, end)
    if role and role.split()[-1] in _WORKS:
        kind, role = THING, ""  # "her third novel, Salt Country,": a work, not a person
    elif kind in (PERSON, UNKNOWN) and not title and (called := _called(text, at + rel[0])):
        kind, role = called, ""  # "the lander, called Kestrel,": the craft, no one
    elif role and (
        (role.split()[-1] in _ORG_BEFORE and role.split()[-1] not in OCCUPATIONS)
        or (role.split()[-1] in _BODY_ROLES and _APPOSED_AFTER.match(text, end))
    ):
        # "the port operator, Calder Terminals,", "Orrin, the company, said", "X, the
        # regional heritage body, said": a body ("Counsel for the council, Ann Lee," is not)
        kind = ORGANISATION
    elif kind == UNKNOWN:
        role = ""  # a name of one word: only a work in apposition is read off it
    elif kind == ORGANISATION:
        role = _class_before(text, start)
    if kind == ORGANISATION:
        name = _as_the_article_uses_it(text, name, start, end)
    # a role a body may hold as well as a person ("the landlord, X,") tells no kind
    guessed = guessed and kind == PERSON and (not role or role.split()[-1] in _EITHER_ROLES)
    return Mention(start, end, name, kind, title=title, role=role, guessed=guessed)


# Legal suffixes that a company's formal name carries and its everyday one drops.
_LEGAL_SUFFIXES = frozenset(
    """plc PLC Plc Plc. Ltd Ltd. Limited Inc Inc. LLC L.L.C. LLP LP L.P. AG A.G. SA S.A. GmbH
    NV N.V. BV B.V. SpA S.p.A. Pty Pty. KK K.K. Corp. Co. Bros.""".split()
)
# The legal suffixes written with a full stop, which may end a sentence too ("… sold to
# Harbeck Tools Inc. The deal …"): a name goes on past one only with another suffix
# ("Tarnwood Kogyo Co. Ltd.", "Hulden Pty. Ltd.").
_DOTTED_SUFFIXES = frozenset(w for w in _LEGAL_SUFFIXES if w.endswith("."))


def _as_the_article_uses_it(text: str, name: str, start: int, end: int) -> str:
    """An organisation's name without its legal suffix when the article also writes it
    so ("Orvane Foods plc" … "Orvane Foods said"): the name it speaks under."""
    short, _, suffix = name.rpartition(" ")
    if not short or suffix not in _LEGAL_SUFFIXES:
        return name
    bare = re.compile(rf"(?<![\w-]){re.escape(short)}(?![\w-]|[ \t]+{re.escape(suffix)})")
    return short if bare.search(text, end) or bare.search(text, 0, start) else name


# "your Lady Macbeth", "his Hamlet": a name after a possessive determiner is a part
# played or a work owned, not a person of the article.
_POSSESSIVE_DETERMINERS = ("your ", "his ", "her ", "their ", "my ", "our ")


def _after_possessive_determiner(text: str, pos: int) -> bool:
    """Whether a possessive determiner, a word of its own, and a space stand right
    before ``pos`` ("this " ends so too, but is none)."""
    if not text.endswith(_POSSESSIVE_DETERMINERS, max(0, pos - 6), pos):
        return False
    word = pos - 1
    while word > 0 and text[word - 1].isalpha():
        word -= 1
    return f"{text[word : pos - 1]} " in _POSSESSIVE_DETERMINERS and (
        word == 0 or text[word - 1] not in "’'"
    )


_CLASS_BEFORE = lazy(r"(?:^|[\s(])([a-z]+)[ \t]+$")


def _class_before(text: str, start: int) -> str:
    """The noun that classes the organisation named at ``start`` right before it
    ("network operator Fibrelink", "the club Redcastle City"), or ""; it becomes a role
    of the entity, which a description with that head stands for."""
    m = _CLASS_BEFORE.search(text, max(0, start - 24), start)
    return m.group(1) if m and m.group(1) in _CLASSING_NOUNS else ""


# A description in apposition to a person's name, before it ("the prosecutor, Ann Lee",
# "the union's district secretary, Ann Lee", "the former doubles specialist Ann Lee") or
# after it ("Ann Lee, the mayor of Regua,"): a determiner or a possessor, then lower-case
# words, the last of which is the role, and perhaps "of/for/in/at" and a name.
_ROLE_WORDS = r"((?:[a-z][a-z-]*[ \t]+){0,3}[a-z][a-z-]*|[A-Z][a-z]+)"  # "the Speaker", one word
_ROLE_OF = (
    r"(?:[ \t]+(?:of|for|in|at)[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3})?"
)
_ROLE_DET = r"(?:[Tt]he|[Aa]n?|[Oo]ur|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Ww]hose|[\w-]+(?:’s|'s))"
_APPOSED_BEFORE = lazy(rf"(?:^|[\s(])({_ROLE_DET})[ \t]+{_ROLE_WORDS}{_ROLE_OF}(,?)[ \t]+$")
# A role written with no determiner after a body's capitalised name, before a
# person's ("Harbury Town coach Pavel Strom", "Orvane chief engineer Ann Lee"); only a
# word of the title or occupation tables ends it.
_BODY_ROLE_BEFORE = lazy(
    r"(?:^|[\s(])[A-Z][\w’'&-]*(?:[ \t]+[A-Z][\w’'&-]*){0,3}[ \t]+"
    r"((?:[a-z][a-z-]*[ \t]+){0,2}[a-z][a-z-]*)[ \t]+$"
)
_LABEL_ROLES = TITLES | OCCUPATIONS
# A role of capitalised words in apposition before a name ("The Presiding Officer, X,",
# "the Deputy Chief Constable, X,"); only a word of the title or occupation tables ends it.
_CAPITAL_ROLE_BEFORE = lazy(
    r"(?:^|[\s(])[Tt]he[ \t]+((?:[A-Z][a-z]+[ \t]+){1,2}[A-Z][a-z]+),[ \t]+$"
)
_APPOSED_AFTER = lazy(rf",[ \t]+{_ROLE_DET}[ \t]+{_ROLE_WORDS}{_ROLE_OF}[ \t]*[,.;:]")
# Lower-case words that open a clause, not a role ("the one who ... said")
_NOT_ROLES = _words(
    """who which that whose where when said says told is was has had and or but with
    without from by to as than then also still now only just very most more at in on of
    for into onto over under after before during since until about against between"""
)


def _role_fit(held: set[str], wanted: set[str]) -> int:
    """How many words of the role wanted the best of the roles held matches."""
    return max((len(r.split()) for r in held & wanted), default=0)


# "her successor as artistic director, Ann Lee": the role after "as" is the person's
_SUCCESSION_AS = _words("successor replacement")


# "The lander, called Kestrel,", "a company called Orvane": the noun before "called"
# tells what the name is; a person's noun ("a man called …") leaves it to the other cues.
_CALLED_BEFORE = lazy(
    r"(?:^|[\s(])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)[ \t]+"
    r"(?:[a-z-]+[ \t]+){0,2}([a-z-]+),?[ \t]+(?:called|named|dubbed|nicknamed)[ \t]+$"
)
_PERSON_NOUNS = _words(
    """man woman men women boy girl child children baby person people teenager pupil
    student lad guy friend neighbour colleague character figure someone"""
)


def _called(text: str, start: int) -> str:
    """The kind the noun before "called"/"named" gives the name at ``start``: a body's
    for a body's noun, a thing's for any other that is no person's, else ""."""
    m = _CALLED_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return ""
    noun = m.group(1)
    if noun in _ORG_BEFORE or noun in ORG_WORDS:
        return ORGANISATION
    if (
        noun in _PERSON_NOUNS
        or noun in OCCUPATIONS
        or noun in TITLES
        or noun in VOICES
        or noun in _MALE_ROLES
        or noun in _FEMALE_ROLES
        or is_occupation(noun)
        or (noun.endswith("s") and (noun[:-1] in OCCUPATIONS or noun[:-1] in _PERSON_NOUNS))
    ):
        return ""
    return THING


def _appositive_role(text: str, start: int, end: int) -> str:
    """The role a description in apposition gives the person named at ``[start, end)``,
    lower case, or ""."""
    lead = _NAME_ARTICLE.search(text, max(0, start - 4), start) or _TITLED_ARTICLE.search(
        text, max(0, start - 6), start
    )
    if lead:  # "the new book, The Harbour Ledger,": the article opens the title; "the
        start = lead.start()  # vicar of X, the Rev Y,": the article opens the titled name
    m = _APPOSED_BEFORE.search(text, max(0, start - 70), start)
    words = m.group(2) if m else None
    if words is None:
        m = _APPOSED_AFTER.match(text, end)
        # "X, whose son uses the pen,": the noun after "whose" is someone else's role
        words = m.group(1) if m and not text.startswith(("whose", "Whose"), end + 2) else None
    if words is None:
        # "Harbury Town coach Pavel Strom": a body's name, then the role it gives;
        # "The Lord Lieutenant, Ann Lee,": a role written in capitals
        m = _BODY_ROLE_BEFORE.search(
            text, max(0, start - 40), start
        ) or _CAPITAL_ROLE_BEFORE.search(text, max(0, start - 50), start)
        words = m.group(1) if m and m.group(1).split()[-1].lower() in _LABEL_ROLES else None
    if not words:
        return ""
    tokens = words.split()
    if len(tokens) > 2 and tokens[0] in _SUCCESSION_AS and tokens[1] == "as":
        tokens = tokens[2:]
    if any(w in _NOT_ROLES for w in tokens) or tokens[-1].endswith(("ly", "ed")):
        return ""
    return " ".join(tokens).lower()


# The kind ``_kind`` gives a name of several words that no cue tells: a person's, by
# default (``Mention.guessed``).
_GUESSED = "guessed person"
# The people of a body before "at"/"of"/"for"/"from" and its name ("staff at X",
# "employees of X", "shareholders in X"): the name is the body's, not a person's.
_BODY_MEMBERS = _words(
    """staff workers employees workforce bosses executives shareholders investors
    customers clients members trustees volunteers engineers drivers pilots nurses
    cabin crew farmers suppliers depositors policyholders franchisees"""
)
# What a body has and a person hardly does, after its possessive ("X's chief executive",
# "X's shares fell", "X's headquarters").
_BODY_OWNS_AFTER = lazy(
    r"[ \t]+(?:(?:chief|group)[ \t]+executive|chief[ \t]+(?:operating|financial)|board[ \t]+of|"
    r"board\b|chairman|chairwoman|(?:managing|finance|operations)[ \t]+director|founders?\b|"
    r"shareholders|share[ \t]+price|shares[ \t]+(?:fell|rose|jumped|dropped|slid|climbed|"
    r"gained|closed|tumbled|plunged|soared|sank|were|have)|headquarters|head[ \t]+office|"
    r"workforce|employees|annual[ \t]+(?:report|results|meeting|accounts)|half-year|"
    r"quarterly|profits?[ \t]+(?:fell|rose|jumped|dropped|slid|climbed)|pre-tax|turnover|"
    r"subsidiar(?:y|ies)|stores|branches|depots?|factory|factories|warehouses?|trustees|"
    r"members[ \t]+voted|press[ \t]+office)\b"
)
# "joined X in 2019", "joined X as its finance director", "left X for a rival": a
# career at a body (with a person, "joined X on stage", the words after differ).
_CAREER_BEFORE = _words("joined rejoined")
_CAREER_AFTER = lazy(
    r"[ \t]+(?:in[ \t]+\d{4}|as[ \t]+(?:a|an|its|their|head|chief|managing|finance|"
    r"director|chair|chairman|chairwoman|trustee|apprentice|trainee|partner)\b|"
    r"from[ \t]+(?:a|the|rival)\b|straight[ \t]+from|after[ \t]+(?:leaving|university|school))"
)


def _body_by_evidence(text: str, start: int, end: int, before: list[str], possessive: bool) -> bool:
    """Whether the words around a name that no suffix or title classes make it an
    organisation's: the people of a body before it ("staff at X", "workers of X"), a
    career joined ("joined X in 2019", "joined X as …"), what a body owns after its
    possessive ("X's chief executive", "X's shares fell"), or a statement issued ("X
    said in a statement")."""
    if (
        not possessive  # "staff at Tom Haleby's bakery": the bakery's staff
        and len(before) > 1
        and before[-1] in ("at", "of", "for", "from", "in")
        and before[-2].lower() in _BODY_MEMBERS
        and not (before[-1] == "for" and before[-2].lower() in ("volunteers", "drivers"))
    ):
        return True
    if before and before[-1] in _CAREER_BEFORE and _CAREER_AFTER.match(text, end):
        return True
    if possessive and _BODY_OWNS_AFTER.match(text, end):
        return True
    return text.startswith(_SAID_IN_STATEMENT, end) and not _PERSONAL_AFTER.match(text, end)


# Roles that a body holds as often as a person, in apposition to a name: they make it no
# person's ("the landlord, Brightmere Living," then "Brightmere Living's chief
# executive" is a body).
_EITHER_ROLES = _words(
    """landlord landlords owner owners employer employers buyer seller bidder sponsor
    sponsors partner partners contractor subcontractor builder builders supplier
    provider client clients tenant tenants bidder winner winners donor donors funder
    backer backers investor investors creditor creditors plaintiff claimant defendant
    applicant appellant organiser organisers host hosts"""
)
# The people of a place before "of"/"in" and its name ("residents of Caddow Rise"): a
# place, not a person.
_PLACE_PEOPLE = _words("residents villagers inhabitants townspeople islanders citizens")
# What a person's statement says of its maker ("… said in a statement that he would
# appeal", "… said in a statement: “I …"): a person's pronoun in the clause that follows.
_PERSONAL_AFTER = lazy(
    r"[^.!?\n]{0,60}?(?:\b(?:he|she|his|her|him|himself|herself)\b|[“\"‘]I\b|\bI[ \t])"
)
_SAID_IN_STATEMENT = (" said in a statement", " says in a statement", " added in a statement")
_NAME_ARTICLE = lazy(r"(?<=, )(?:The|A|An)[ \t]$")
_TITLED_ARTICLE = lazy(r"(?<=, )the[ \t]+$")  # "…, the Rev Anna Pye,": before a title
_ORGANISATION_WORD, _LINKED, _PLACE_NAME, _PLACE_LAST, _ACRONYM_ONLY, _ADVERB = (1, 2, 4, 8, 16, 32)


_SPOKES_AFTER = lazy(r"[ \t]+spokes(?:man|woman|person|people)\b")


def _spoken_for(text: str, tokens: tuple[str, ...], offsets: list[int]) -> Mention | None:
    """ "A U.S. Trade Representative spokesperson": a body with a spokesperson, though its
    words are all titles."""
    i = 0
    while i < len(tokens) and tokens[i].lower() in _COMMON and not _is_acronym(tokens[i]):
        i += 1
    if i >= len(tokens):
        return None
    end = offsets[-1] + len(tokens[-1])
    if not _SPOKES_AFTER.match(text, end):
        return None
    return Mention(offsets[i], end, " ".join(tokens[i:]), ORGANISATION)


@lru_cache(maxsize=16384)
def _facts(tokens: tuple[str, ...]) -> int | None:
    """What a name's words alone tell, as bits; None for calendar and function words."""
    lowered = [t.lower() for t in tokens]
    if (lowered[0] in _CALENDAR and not _month_as_given_name(tokens)) or all(
        (t in _CALENDAR or t in _COMMON) and not _is_acronym(w)
        for t, w in zip(lowered, tokens, strict=True)
    ):
        return None
    bits = 0
    if (
        any(t in ORG_WORDS for t in lowered)
        or " ".join(lowered) in SEATS_OF_POWER
        or (len(lowered) > 1 and lowered[-1] in _BODY_TITLES)
        or (len(tokens) > 1 and tokens[-1] in _LEGAL_SUFFIXES)  # "Sandvik AG", "Banco X SA"
        or (len(lowered) == 1 and lowered[0] in _PARTY_NAMES)
        or (len(lowered) > 1 and lowered[-1] in _TEAM_PLURALS)  # "Ashby Falcons"
        or (len(lowered) > 1 and lowered[-1] in _TRADE_HOUSES)  # "Greyling Dairy"
    ):
        bits |= _ORGANISATION_WORD
    if len(tokens) > 1 and any(t in _ORG_LINKS for t in tokens):
        bits |= _LINKED
    if len(tokens) == 1 and tokens[0] in _PLACE_NAMES:
        bits |= _PLACE_NAME
    if len(tokens) > 1 and (
        lowered[-1] in _PLACE_WORDS or (len(tokens) == 2 and lowered[0] in _PLACE_FIRST)
    ):
        bits |= _PLACE_LAST  # "Mill Lane", "Harrow Valley"; "River Tarn", "Loch Ossian"
    if len(tokens) == 1 and _ACRONYM.fullmatch(tokens[0]):
        bits |= _ACRONYM_ONLY
    if len(tokens) == 1 and lowered[0].endswith(_ADVERB_ENDINGS):
        bits |= _ADVERB
    return bits


def _kind(
    text: str,
    tokens: tuple[str, ...],
    facts: int,
    title: str,
    start: int,
    end: int,
    sentence_starts: set[int],
    possessive: bool = False,
) -> str | None:
    if len(tokens) > 1 and tokens[0] in _VESSEL_PREFIXES:
        return THING  # "the MV Island Queen": a ship, which never speaks
    if len(tokens) == 1 and start in sentence_starts and _classes_a_name_after(text, end):
        # "Environmental group Reka Živa said", "Network operator Fibrelink said": a word
        # capitalised only as the sentence's first, before the noun that classes the name
        # after it, is no name, though it is an organisation's word ("Network")
        return None
    if possessive and len(tokens) > 1 and tokens[0] in ("St", "St.", "Saint"):
        return ORGANISATION  # "at St Ebba's", "St Ebba's said": a saint's hospital or school
    if facts & _ORGANISATION_WORD and _person_by_evidence(text, tokens, title, end):
        return PERSON  # "Jane Court, 52,", "Ms Ellis Bank": a surname, no body's word
    if facts & _ORGANISATION_WORD:
        return ORGANISATION
    if facts & _LINKED:
        return ORGANISATION  # "Friends of the Lower Severn", "Bank of England"
    after = None if possessive else _ORG_HEAD_AFTER.match(text, end)
    after_word = after.group(1) if after and not _VERB_AFTER_HEAD.match(text, after.end()) else ""
    if after_word in _THING_AFTER:
        return THING
    if after and after_word in _PORTFOLIOS and _PORTFOLIO_HEAD.match(text, after.end()):
        return ORGANISATION  # "the Slovenian foreign ministry", "the Iraqi oil ministry"
    if after_word in ORG_WORDS and after_word not in _NOT_BODY_HEADS_AFTER:
        return ORGANISATION  # "the Scottish government", "a London hospital"
    if facts & _PLACE_NAME:
        return PLACE
    if len(tokens) > 1 and not title and _premodifier(text, start, after_word, end):
        return THING  # "the Corra Home smart lock", "the Zentro Pro 7": a product's name
    if text.startswith(", which", end):
        return ORGANISATION  # "Historic England, which advises on heritage"
    if title:
        return PERSON
    # two words back, whole ("a spokesperson for X": 17 characters before X)
    before = text[max(0, start - 40) : start].split()[-3:]
    if before and (
        (before[-1].lower() in _ORG_BEFORE and before[-1].lower() not in OCCUPATIONS)
        or _INDUSTRY_MAKER.fullmatch(before[-1].lower())
    ):
        # "the cycling charity Pedal Safe"; a noun that is a person's occupation too
        # tells no kind ("the broadcaster Ann Lee")
        return ORGANISATION
    if (
        len(before) > 1
        and before[-1] in ("at", "for", "from")
        and (before[-2].lower() in VOICES or before[-2].lower() in _ROLES_AT_BODY)
    ):
        # "economists at Harcourt Lane", "a spokesman for Tolland", "the sports director
        # at Velmont": a role held at a body
        return ORGANISATION
    if facts & _PLACE_LAST:
        if not tokens[-1].endswith("s") and _PLURAL_VERB_AFTER.match(text, end):
            return ORGANISATION  # "Redcastle City have turned down …": a team, not a town
        return PLACE
    if facts & _ACRONYM_ONLY:
        return ORGANISATION
    if _AGE_AFTER.match(text, end):
        return PERSON
    if _body_by_evidence(text, start, end, before, possessive):
        return ORGANISATION  # "staff at X", "X's chief executive", "joined X in 2019"
    if len(before) > 1 and before[-1] in ("of", "in") and before[-2].lower() in _PLACE_PEOPLE:
        return PLACE  # "residents of Caddow Rise"
    if len(tokens) == 1:
        word = tokens[0]
        if (
            (start in sentence_starts or _opens(text, start))
            and (
                facts & _ADVERB
                or word.lower() in _BODY_MEMBERS  # "Staff at X said", "Workers were told"
                or word.lower() in _PLACE_PEOPLE
                or (_lower_nearby(text, word, start) and not _surname_alone(text, tokens, end))
                or (word.endswith("s") and _lower_nearby(text, word[:-1], start))
            )
        ):
            return None  # a common word capitalised by its place: "Honestly", "Critics"
        prev = before[-1].lower() if before else ""
        if prev in _PLACE_BEFORE and prev != "from":
            return PLACE
        return UNKNOWN
    if before and (
        before[-1] in ("a", "an")
        or (
            len(before) > 1
            and before[-2] in ("a", "an")
            and before[-1].isalpha()
            and before[-1].islower()
            and not _speaker_of_relative_clause(text, before[-1], end)
        )
    ):
        return THING  # "a cheaper Tesso Mini": nobody is "a" someone by name
    if (
        not possessive
        and before
        and before[-1] in _PLACE_ONLY_BEFORE
        and (
            not (len(before) > 1 and before[-2][:1].isupper())  # "Compassion in World Farming"
            or _place_elsewhere(text, start, end)  # "Turnout in Hexley North" opens a sentence
        )
    ):
        return PLACE
    return _GUESSED


# Words of bodies that are also surnames ("Jane Court", "Emily Post", "Dr Ade Guild").
_SURNAME_BODY_WORDS = _words("court bank post guild house mills press")
# The honorifics that only a person bears ("Ms Bank"; not "Prince", "King": the Prince
# Charles Hospital is a body).
_PERSONAL_HONORIFICS = _words("mr mr. mrs mrs. ms ms. miss dr dr. sir dame")


def _person_by_evidence(text: str, tokens: tuple[str, ...], title: str, end: int) -> bool:
    """Whether a name that ends in a body's word that is also a surname (``court``,
    ``bank``, ``post`` …), and holds no other, is a person's by the evidence: an
    honorific before it ("Ms Ellis Bank", "Dr Guild"), an age after it ("Jane Court,
    52,"), "who" after it ("Tom House, who …") or a person's pronoun as the subject of
    what it says ("Amira Post said she …")."""
    if len(tokens) > 3 or tokens[-1].lower() not in _SURNAME_BODY_WORDS:
        return False
    if any(t.lower() in ORG_WORDS or t in _ORG_LINKS or t.isupper() for t in tokens[:-1]):
        return False  # "Crown Court", "Bank of …", "BBC House"
    if len(tokens) == 1 or not tokens[0][:1].isupper():
        return bool(title) and title.split()[-1] in _PERSONAL_HONORIFICS
    if title and title.split()[-1] in _PERSONAL_HONORIFICS:
        return True
    return bool(
        _AGE_AFTER.match(text, end)
        or text.startswith((", who ", ", whose "), end)
        or _SAID_PERSONALLY.match(text, end)
    )


# "… said she had", "… told reporters he": a person's pronoun opening what a name said.
_SAID_PERSONALLY = lazy(
    r"[ \t]+(?:said|says|told[ \t]+[a-z]+|added|explained|insisted)[ \t]+(?:that[ \t]+)?"
    r"(?:she|he|his|her)\b"
)


# Nouns for what someone says, estimates or promises: a name right after "a claim", "a
# forecast" opens a relative clause with its verb ("a claim Ines Varga dismissed").
_SAYINGS = _words(
    """claim claims forecast forecasts figure figures estimate estimates prediction
    promise pledge warning remark statement accusation allegation argument comment
    suggestion assessment view description charge criticism proposal plan"""
)
_VERB_NEXT = lazy(
    r"[ \t]+(?:[a-z]+ed|said|says|told|called|calls|made|makes|gave|gives|wrote|put|puts|"
    r"has|had|is|was|will|would|could|can|did|does|rejects|denies|insists|thinks|thought)\b"
)


def _speaker_of_relative_clause(text: str, noun: str, end: int) -> bool:
    """Whether the name ending at ``end``, after "a <noun>", is the subject of a relative
    clause: the noun is a saying ("a claim", "a forecast") and a verb follows the name."""
    return noun in _SAYINGS and _VERB_NEXT.match(text, end) is not None


def _classes_a_name_after(text: str, end: int) -> bool:
    """Whether a classing noun and a name follow ``end`` ("… operator Fibrelink")."""
    after = _ORG_HEAD_AFTER.match(text, end)
    return (
        after is not None
        and after.group(1) in _CLASSING_NOUNS
        and _NAME_AFTER.match(text, after.end()) is not None
    )


def _surname_of_body(text: str, tokens: tuple[str, ...], start: int) -> bool:
    """Whether a name "X of Y" at ``start`` is a person's surname and their body: X is one
    word, no word of bodies or titles, and the text before it (up to 5,000 characters)
    gives X as the last word of a full name ("Odile Pellerin") not followed by "of"."""
    if (
        len(tokens) < 3
        or tokens[1] != "of"
        or tokens[0].lower() in ORG_WORDS
        or tokens[0].lower() in TITLES
    ):
        return False
    word = tokens[0]
    if not word[:1].isupper() or word.isupper() or word.lower() in _COMMON:
        return False
    full = re.compile(rf"\b([A-Z][\w’'-]+)[ \t]+{re.escape(word)}\b(?![ \t]+of\b)")
    # the full name may come before or, in the next sentences, after ("Pellerin of
    # Aerovane said …. Anouk Pellerin, the carrier's director, added")
    after = start + len(word)
    hits = chain(
        full.finditer(text, max(0, start - 5000), start), full.finditer(text, after, after + 1500)
    )
    for m in hits:
        first = m.group(1)
        if first.lower() not in _COMMON and first.lower() not in ORG_WORDS and not first.isupper():
            return True
    return False


def _place_elsewhere(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` stands in the next 3,000 characters after a
    lower-case word and "in", "across" … ("the candidate in Hexley North"): a place, though
    here a capitalised word stands before the preposition ("Turnout in Hexley North")."""
    name = re.escape(text[start:end])
    place = re.compile(
        rf"\b[a-z][\w-]*[ \t]+(?:in|across|throughout|near|outside|around)[ \t]+{name}\b"
    )
    return place.search(text, end, end + 3000) is not None


_NUMBER_AFTER = lazy(r"[ \t]+\d")


def _premodifier(text: str, start: int, after_word: str, end: int) -> bool:
    """Whether a name of several words after "the" modifies the noun or number after it
    ("the Corra Home smart lock", "the Zentro Pro 7"): the name of a product or a model,
    which a person's name after "the" hardly ever is. A verb after it ("the Acme Group
    said", "the Rolling Stones played") keeps it a name."""
    if not text.endswith(("the ", "The "), max(0, start - 4), start):
        return False
    if _NUMBER_AFTER.match(text, end):
        return True
    return bool(after_word) and after_word not in _COMMON and not after_word.endswith(("ed", "s"))


def _is_acronym(token: str) -> bool:
    """ "WHO", "NASA": capitals that are no common word, though "who" is one."""
    return len(token) > 1 and token.isupper() and token.isalpha() and token not in ("IT", "US")


# A live blog's time stamp opening an entry ("17:45 Power is back …", "9.30am The …").
_TIME_STAMP_BEFORE = lazy(
    r"(?:^|\n)[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]?[ap]\.?m\.?)?(?:[ \t]*[—–-])?[ \t]*$"
)  # "17:45 ", "9.30am ", "16:20 — "


def _opens(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence, a line, a quotation or a time-stamped entry."""
    i = start - 1
    while i >= 0 and text[i] in " \t\"“‘'(—–-":
        i -= 1
    if i < 0 or text[i] in ".!?:\n":
        return True
    stamp = text[i] in "0123456789m." and _TIME_STAMP_BEFORE.search(text, max(0, i - 12), start)
    return bool(stamp)


def _lower_nearby(text: str, word: str, pos: int) -> bool:
    """Whether ``word`` is also written in lower case within 3,000 characters."""
    low = word.lower()
    lo = max(0, pos - 3000)
    hi = pos + 3000
    i = text.find(low, lo, hi)
    while i >= 0:
        before = text[i - 1] if i else " "
        after = text[i + len(low)] if i + len(low) < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        i = text.find(low, i + 1, hi)
    return False


def _chain(text: str, mentions: list[Mention]) -> list[Entity]:
    entities: list[Entity] = []
    by_full: dict[str, Entity] = {}
    # full names by their last and first words, in order of first mention
    by_last: dict[str, list[tuple[int, Entity]]] = {}
    by_first: dict[str, list[tuple[int, Entity]]] = {}
    org_first: dict[str, list[tuple[int, Entity]]] = {}  # organisations' names by first word
    by_acronym: dict[str, Entity] = {}

    def new(m: Mention) -> Entity:
        e = Entity(len(entities), m.kind, m.name, guessed=m.guessed)
        entities.append(e)
        by_full[m.name] = e
        return e

    # first pass: the names of more than one word, and acronyms given in brackets
    for m in mentions:
        words = _split(m.name)
        if len(words) < 2 or m.described:
            continue  # one word: an acronym, a surname or a first name, chained below
        e = by_full.get(m.name) or new(m)
        _join(e, m)
        if len(words) >= 2 and m.kind in (PERSON, UNKNOWN):
            last_word = _strip(words[-1])
            by_last.setdefault(last_word, []).append((m.start, e))
            if last_word[:1].islower():  # "Saif al-Masri" … "Al-Masri said", opening a sentence
                by_last.setdefault(last_word[:1].upper() + last_word[1:], []).append((m.start, e))
            by_first.setdefault(words[0], []).append((m.start, e))
        if m.kind == ORGANISATION:
            pm = _PAREN_ACRONYM.match(text, m.end)
            if pm:
                by_acronym.setdefault(pm.group(1), e)
            if len(words) >= 2:
                initials = _initials(m.name)
                if len(initials) >= 2:
                    by_acronym.setdefault(initials, e)
                by_first.setdefault(words[0], []).append((m.start, e))
                org_first.setdefault(words[0], []).append((m.start, e))
    # second pass: single words join a full name or an acronym's organisation
    for m in mentions:
        if m.entity >= 0 or m.described:
            continue
        word = m.name
        acr = by_acronym.get(word)
        if acr is not None and acr.name != word:
            acr.aliases.add(word)
            _join(acr, m)
            continue
        last = by_last.get(word)
        other = _OTHER_GENDER.get(_said_gender(m) or "") if m.title or m.role else None
        if last and other:  # "Mrs Fairweather": not the son named Michael Fairweather
            last = [(p, e) for p, e in last if e.gender != other]
        if m.kind == ORGANISATION and word.lower() not in ORG_WORDS:
            # a word read as an organisation joins a body whose name opens with it
            # ("Beckley Mills" … "Beckley, the company, said"), never a person of that
            # surname ("The maker Pemberton … Pemberton said in a statement" is no "Alan
            # Pemberton" named beside it); a body's own word may be a surname ("Jane
            # Court, 52, … Court said")
            near = _nearest(org_first.get(word), m.start) or _nearest(by_first.get(word), m.start)
        else:
            near = _nearest(last, m.start) or _nearest(by_first.get(word), m.start)
        _join(near or by_full.get(word) or new(m), m)
    return entities


_OTHER_GENDER = {"m": "f", "f": "m"}


def _said_gender(m: Mention) -> str | None:
    """The gender a mention's own title or role tells ("Mrs", "her son"), else None."""
    gender = None
    for said in (m.title, m.role):
        g = _title_facts(said)[0] if said else None
        gender = g or gender
    return gender


def _chain_descriptions(text: str, mentions: list[Mention], entities: list[Entity]) -> None:
    """A description ("the ministry") joins the organisation last named with its head
    word ("Ministry of Health") or of the kind it names ("the club": "Redcastle City",
    ``is_a``); "the company" the organisation last named, outside quoted words; else it
    is an entity of its own, which the article describes but does not name."""
    last_org: dict[str, Entity] = {}  # by the words of its name and its kind (``is_a``)
    own: dict[str, Entity] = {}
    for k, m in enumerate(mentions):
        if not m.described:
            e = entities[m.entity]
            if e.kind == ORGANISATION and not _in_quoted_words(text, m.start):
                for w in _split(e.name.lower()):
                    last_org[w] = e
                for head in (*_KIND_ENDINGS, *_ANY_BODY):
                    if is_a(e, head):
                        last_org[head] = e  # "the club" after "Redcastle City"
                last_org[""] = e
            continue
        head = _split(m.name)[0]
        body = last_org.get(head)
        if body is None and head in _ANY_BODY:
            body = last_org.get("")
        if body is None and m.name == head:
            body = _named_soon_after(mentions, entities, k, head)
        if body is None:
            body = own.get(m.name)
            if body is None:
                body = own[m.name] = Entity(len(entities), ORGANISATION, m.name)
                entities.append(body)
        m.entity = body.id
        body.mentions.append(m)


def _in_quoted_words(text: str, pos: int) -> bool:
    """Whether ``pos`` stands inside quoted words of its paragraph (more opening marks
    than closing ones before it): “Reliability on the route …” names no body."""
    ls = text.rfind("\n", 0, pos) + 1
    seg = text[ls:pos]
    return seg.count("“") > seg.count("”") or seg.count('"') % 2 == 1


_SOON = 600  # how far after a description the body it stands for may be named


def _named_soon_after(
    mentions: list[Mention], entities: list[Entity], k: int, head: str
) -> Entity | None:
    """The organisation whose name holds ``head`` named within ``_SOON`` characters after
    the description at index ``k`` that no body before it fits: "a spokeswoman for the
    ministry said …. The Ministry of Housing also published …" is that ministry's."""
    limit = mentions[k].start + _SOON
    for m in mentions[k + 1 :]:
        if m.start > limit:
            break
        e = entities[m.entity] if not m.described and m.entity >= 0 else None
        if e is not None and e.kind == ORGANISATION and head in _split(e.name.lower()):
            return e
    return None


# What a description of an organisation's kind calls a body whose name ends so: "the
# club" is Redcastle City or Orwell Athletic, "the charity" St John Ambulance or the
# Hearth Trust. A head's own word in the name counts as well ("the ministry").
_KIND_ENDINGS = {
    "club": _words(
        """club fc afc athletic rovers wanderers albion rangers united city town county
        hotspur academicals"""
    )
    | _TEAM_PLURALS,
    "charity": _words("charity trust foundation society ambulance aid relief appeal"),
    "party": _PARTY_NAMES | {"party"},
    "union": _words("union unite unison federation"),
}


def is_a(e: Entity, head: str) -> bool:
    """Whether the organisation ``e`` is one a description with the head noun ``head``
    ("the club", "the ministry") can stand for: its name holds the head ("Ministry of
    Health"), its name ends in a word of that kind of body ("Redcastle City" for "the
    club"), or the article classed it with that noun ("the club Redcastle City", "the
    charity, Open Door North,"). Only the heads of ``_KIND_ENDINGS`` read a kind: "the
    company" and "the firm" may be any business, though no body of the state ("X
    Borough Council")."""
    words = e.name.lower().split()
    if head in words:
        return True
    if head in _ANY_BODY:
        return not _PUBLIC_BODIES.intersection(words)  # a business, no council or ministry
    endings = _KIND_ENDINGS.get(head)
    return endings is not None and (head in e.roles or words[-1] in endings)


# The kinds of body whose everyday noun is not a word of their names: "the force" for
# "X Police", "the agency" for "X Authority". The one table of such synonyms.
_HEAD_SYNONYMS = {
    "force": _words("police constabulary"),
    "agency": _words("authority agency service executive office"),
    "authority": _words("authority agency"),
    "university": _words("university college institute"),
    "universities": _words("university college institute"),
    "organisers": _words("festival fair show games marathon"),
}


def named_by_head(e: Entity | _LazyEntity, head: str) -> bool:
    """Whether a definite description with the head noun ``head`` ("the hospice", "the
    consultancy", "the force") can stand for the organisation ``e`` of the article, by
    the article's own words for it: a word of its name ("Wrenmoor Hospice"), the
    noun the article classed it with ("the retail consultancy Kestle Partners"), or a
    word its name ends in that the noun stands for (``_HEAD_SYNONYMS``)."""
    words = e.name.lower().split()  # not a possessive: "the coroner" is no "X Coroner's Court"
    if head in words:
        return True
    if any(r.split()[-1] == head for r in e.roles if r):
        return True
    syn = _HEAD_SYNONYMS.get(head)
    return syn is not None and bool(syn.intersection(words))


# Words that name a body of the state, which "the company" or "the firm" never stands for.
_PUBLIC_BODIES = _words(
    """council government ministry department police parliament assembly court authority
    commission cabinet administration senate congress embassy constabulary army navy"""
)


def _strip(word: str) -> str:
    return word[:-2] if word.endswith(("’s", "'s")) else word


def _nearest(cands: list[tuple[int, _T]] | None, pos: int) -> _T | None:
    """The entity mentioned last before ``pos``, else the first one after it."""
    if not cands:
        return None
    best = None
    for p, e in cands:
        if p <= pos:
            best = e
        elif best is None:
            return e
        else:
            break
    return best


def _join(e: Entity, m: Mention) -> None:
    m.entity = e.id
    e.mentions.append(m)
    e.kind, e.guessed = _folded(e.kind, e.guessed, m)
    if len(_split(m.name)) > len(_split(e.name)):
        e.name = m.name
    for said in (m.title, m.role):
        if said:
            gender, roles = _title_facts(said)
            if gender:
                e.gender = gender
            e.roles.update(roles)


@lru_cache(maxsize=8192)
def _initials(name: str) -> str:
    """The capitals that open a name's words ("Blue Valley Energy" → "BVE"), once per name."""
    return "".join(w[0] for w in _split(name) if w[:1].isupper())


@lru_cache(maxsize=32768)
def _split(name: str) -> tuple[str, ...]:
    """A name's words, split once per distinct name."""
    return tuple(name.split())


_HONORIFICS = _words("sir dame lord lady mr mrs ms dr mr. mrs. ms. dr.")
# In a title or a role, a pronoun is another's ("her son", "his widow"); kin and other
# gendered nouns tell the holder's gender.
_PRONOUNS_OF_OTHERS = _words("he his him himself she her hers herself")
_MALE_ROLES = _words(
    """son father husband brother widower grandson grandfather nephew uncle boyfriend
    stepson stepfather"""
)
_FEMALE_ROLES = _words(
    """daughter mother wife sister widow granddaughter grandmother niece aunt girlfriend
    stepdaughter stepmother"""
)


@lru_cache(maxsize=4096)
def _title_facts(title: str) -> tuple[str | None, tuple[str, ...]]:
    """What the titles before a name tell, read once per distinct title: the gender
    of its last gendered word, and the roles (its last one to three words that are no
    honorific: "prime minister", "minister")."""
    words = title.split()
    gender = None
    for w in words:
        if w in _PRONOUNS_OF_OTHERS:
            continue  # "her son, Michael Fairweather": the possessor's, not the holder's
        if w in _MALE or w in _MALE_ROLES:
            gender = "m"
        elif w in _FEMALE or w in _FEMALE_ROLES:
            gender = "f"
    honorless = [w for w in words if w not in _HONORIFICS]
    roles = tuple(" ".join(honorless[-k:]) for k in range(1, min(3, len(honorless)) + 1))
    return gender, roles


# Given names that tell a gender, a last resort when no title, kin word or "he said" /
# "she said" does (``given_name_gender``; names given to either left out: Alex, Sam …).
# Kept as text; the sets are made on first use (``_given_names``), not at import.
_FEMALE_NAMES_TEXT = """
    mary anne ann anna hannah sarah sara emma emily olivia sophie sophia grace alice
    lucia lucie carmen dolores isabel pilar rosa sofia ana beatriz francesca giulia chiara
    lucy charlotte amelia isabella ella chloe jessica laura rachel rebecca helen
    catherine katherine kate claire clare fiona karen susan elizabeth margaret jane joan
    julia julie maria marie louise victoria nicola lisa linda patricia barbara jennifer
    deborah diane dorothy eleanor eliza esther ruth naomi miriam priya deepa anita sunita
    fatima aisha leila yasmin amira zara ines elena irina olga natalia svetlana agnieszka
    marta ingrid astrid greta freya mia lily poppy ruby daisy molly evie isla ava imogen
    harriet abigail bethany caroline gillian heather janet joanna lorna morag moira
    paula pauline rosemary sandra sheila shirley sylvia teresa tracey wendy yvonne
    marguerite winifred beatrice edith ethel gwen gwendolyn mabel martha nora vera
    ifeoma ngozi chiamaka amara adaeze folake funmilayo yetunde abena akosua ama
    cecily cecilia agatha alison amanda angela annabel antonia audrey bridget camilla
    carol carolyn cassandra celia christine christina clara constance cynthia daphne
    delia denise dinah doreen edna eileen elaine eloise esme eunice evelyn felicity
    florence frances georgina gemma geraldine gloria hazel henrietta hilary hilda
    irene isobel jacqueline jemima jennie joyce judith june kathleen kirsty
    leonora lesley lilian lydia madeleine maggie marian marion maureen meredith
    muriel nadia natasha nell nina olive pamela penelope philippa phoebe priscilla
    prudence rhoda rosalind rosamund rowena sally samantha sian siobhan sonia
    stephanie susanna tabitha tamsin thea ursula valerie veronica violet
    vivienne wilhelmina zoe lowri ffion delyth bethan carys cerys eira eluned gwyneth
    mair megan nia rhian rhiannon seren sioned angharad aoife niamh roisin saoirse
    sinead orla grainne eilidh mhairi kirsteen ailsa catriona annika birgit brigitte
    dagmar elke greet heike ilse ingeborg katrin liesel monika petra sabine ute
    amelie aurelie brigitte camille colette elodie genevieve helene josephine margot
    sylvie agata alessandra elisa federica giovanna lucrezia paola rosaria valentina
    alejandra catalina lucia marisol mercedes paloma rocio ximena ayesha farida
    nasreen shazia parveen anjali divya kavita lakshmi meena neha pooja rekha shanti"""
_MALE_NAMES_TEXT = """
    john james david michael robert william richard thomas charles joseph daniel
    matthew mark paul peter andrew steven stephen kevin brian george edward henry jack
    harry oliver alfred arthur frank frederick albert ernest walter harold ronald
    kenneth donald gary keith barry colin graham martin simon neil ian alan alistair
    gareth dylan rhys owen evan huw ieuan declan liam sean ciaran patrick eamon niall
    tom tim ben sam jim bob bill mick mike nick tony dave pete rob steve chris
    mohammed muhammad ahmed ali omar hassan hussein karim tariq saif yusuf ibrahim
    khalid rashid raj ravi sunil anil arjun vikram rahul sanjay amit tomasz piotr pawel
    jan lars erik eirik sven anders nils hans klaus jurgen dieter pierre jacques jean
    luc antoine giovanni marco luca pedro carlos juan miguel diego jose kwame kofi
    kwabena chidi emeka obinna tunde segun ade gordon hamish angus callum euan fraser
    lewis nigel trevor derek clive malcolm roger geoffrey dennis norman leonard stanley
    conrad gideon anselm adrian alexander ambrose anthony archibald barnaby basil
    benedict bernard bertram cedric christopher clement cyril desmond dominic douglas
    duncan edmund edgar edwin felix francis gerald gilbert giles godfrey gregory
    guy herbert horace howard hugh hugo humphrey jasper jeremy jonathan julian
    laurence lawrence leslie lionel marcus maurice miles montague nathaniel nicholas
    percy philip quentin ralph raymond reginald rupert sebastian sidney stuart
    terence theodore toby victor vincent wilfred gwilym dafydd emrys gethin glyn
    ifor iwan llew llywelyn meirion rhodri tomos aled bryn cai deiniol elis gruffydd
    aidan brendan cormac donal eoin fergal padraig ronan seamus tadhg alasdair
    callum dougal ewan gregor lachlan murdo ruaridh torquil tomas stefan matthias
    jurgen wolfgang bernhard dietrich friedrich gunther heinrich helmut jorg karl
    ulrich werner henri jules laurent marcel olivier philippe remy thierry yves
    alessandro francesco lorenzo matteo riccardo stefano vincenzo alejandro andres
    fernando javier pablo rafael sergio ahmad bilal farhan imran nasir tariq zain
    aditya deepak manoj pranav rohan suresh vijay hiroshi kenji takeshi"""


@cache
def _given_names() -> tuple[frozenset[str], frozenset[str]]:
    """The given names that tell a gender: (female, male), built on first use."""
    return _words(_FEMALE_NAMES_TEXT), _words(_MALE_NAMES_TEXT)


def _unaccented(word: str) -> str:
    """``word`` without its accents ("lucía" → "lucia")."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _role_before_given_name(text: str, tokens: tuple[str, ...] | list[str], start: int) -> bool:
    """ "Fiddler Ana Roe", "Backbencher Tom Lyle": a first word that is no given name
    before a given name, opening a sentence before a full name, is the person's role,
    however rare the word: the second word is a given name the gazetteer knows, or one
    the article writes alone elsewhere ("Later, Ana added")."""
    female, male = _given_names()
    first, given = _unaccented(tokens[0].lower()), _unaccented(tokens[1].lower())
    if not tokens[0][1:].islower() or first in female or first in male:
        return False
    if given in female or given in male:
        return True
    if not tokens[1][1:].islower() or len(tokens[1]) < 3:
        return False
    own = start + len(tokens[0]) + 1
    word, n = tokens[1], len(tokens[1])
    i = text.find(word)
    while i >= 0:
        before = text[i - 1] if i else " "
        after = text[i + n : i + n + 2] + "  "
        if (
            i != own
            and not (before.isalnum() or before in "’'-")
            and not (after[0].isalnum() or after[0] in "’'-")
            and not (after[0] in " \t" and after[1].isupper())
        ):
            return True  # the given name alone, not before another name's word
        i = text.find(word, i + n)
    return False


def given_name_gender(name: str) -> str | None:
    """The gender a full name's given name tells ("Miriam Osei" → "f"; ``_given_names``),
    or None. ``Entity.gender`` stays what the article's titles, kin words and pronouns
    tell; this is the attribution's last resort where they tell nothing ("“…, Mr Lind?”
    she asked" after "questioned by Miriam Osei")."""
    words = _split(name)
    if len(words) < 2:
        return None
    first = _unaccented(words[0].lower())
    female, male = _given_names()
    if first in female:
        return "f"
    if first in male:
        return "m"
    return None


def _genders(text: str, mentions: list[Mention], entities: list[Entity]) -> None:
    """A "he said" or "she said" tells the gender of the person it points back to: the
    one person named in the paragraph before it (or before the quote it closes). Where
    the paragraph names two people the pronoun tells nothing."""
    if not mentions:
        return
    starts = [m.start for m in mentions]
    votes: dict[int, list[int]] = {}
    for p in _PRONOUN.finditer(text):
        word = p.group(0).split()[0].lower()
        at = p.start()
        j = at - 1
        while j > 0 and text[j] in " \t":
            j -= 1
        if text[j] in '”"':  # '“…,” she said': the person named before the quote
            k = text.rfind("“" if text[j] == "”" else '"', max(0, j - 2000), j)
            at = k if k >= 0 else at
        para = text.rfind("\n", 0, at) + 1
        i = bisect_left(starts, at) - 1
        people = set()
        while i >= 0 and mentions[i].start >= para:
            if entities[mentions[i].entity].kind in (PERSON, UNKNOWN):
                people.add(mentions[i].entity)
            i -= 1
        if len(people) != 1:
            continue
        e = entities[people.pop()]
        v = votes.setdefault(e.id, [0, 0])
        v[0 if word in _MALE else 1] += 1
    for eid, (male, female) in votes.items():
        e = entities[eid]
        if e.gender is None:
            e.gender = _voted_gender(e.name, male, female)


def _voted_gender(name: str, male: int, female: int) -> str | None:
    """The gender the "he said" / "she said" votes give a person, or None on a tie or
    when the given name tells the other ("Conrad Pell …. She said": the pronoun is
    someone else's, a person the paragraph does not name)."""
    if male == female:
        return None
    voted = "m" if male > female else "f"
    return voted if given_name_gender(name) in (None, voted) else None


# "Deeside Wildlife Park said in a statement", "WellPoint has admitted … after it first
# described": a name that issues statements or is called "it" is an organisation.
_BODY_CUE = lazy(
    r"[ \t]+(?:(?:said|says|added)[ \t]+in[ \t]+a[ \t]+statement|[^.;\n“”\"]{0,80}?\b(?:its|it)\b)"
)


# A name of several words read as a person only by default issues statements or owns
# by "its" right after its verb ("Millfield Aid said in a statement", "… has shut its
# depot"): an organisation. (A bare "it" after a person's name is too common to tell.)
def _body_cue_after(text: str, end: int) -> bool:
    """Whether a body's cue follows a name read as a person only by default
    (``_GUESSED_BODY_CUE``), and no person's pronoun in what it says (``_PERSONAL_AFTER``)."""
    return bool(_GUESSED_BODY_CUE.match(text, end)) and not _PERSONAL_AFTER.match(text, end)


_GUESSED_BODY_CUE = lazy(
    r"[ \t]+(?:(?:said|says|added)[ \t]+in[ \t]+a[ \t]+statement|"
    r"(?:said|says|has|have|had|will|would|is|was|and)[ \t]+(?:[a-z]+[ \t]+)?its\b)"
)


# "the government", "its ministry of social affairs", "the union": an organisation told
# by its head noun. Its mention is the noun (and what follows "of" or "for").
INSTITUTION_HEADS = _words(
    """government ministry police council parliament army cabinet administration
    department union party court committee commission trust board authority regulator
    watchdog agency company firm charity federation association"""
)
# Plain literals first ("the|The|…", not "[Tt]he"): the engine then scans for them fast.
_DESCRIPTION = lazy(
    r"(?:the|its|their|The|Its|Their)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?"
    rf"(?P<head>{'|'.join(sorted(INSTITUTION_HEADS))})\b"
    r"(?P<of>[ \t]+(?:of|for)[ \t]+(?:[a-z]+[ \t]+(?:and[ \t]+)?){0,2}[a-z]+(?=[ \t,.;:]))?"
    r"(?![\w-]|[ \t]+(?:[A-Z]|of\b|for\b|spokes|leader|chief|members?|officials?|staff))"
)
_VERB_AFTER = _words("said says has had is was will would told tells")
_ANY_BODY = _words("company firm")  # heads that stand for the organisation last named


def _descriptions(text: str, pos: int = 0, endpos: int | None = None) -> list[Mention]:
    """The mentions of organisations by a description ("the union said"), in
    ``text[pos:endpos]`` (a description never crosses a line)."""
    out = []
    for d in _DESCRIPTION.finditer(text, pos, len(text) if endpos is None else endpos):
        if d.start() and (text[d.start() - 1].isalnum() or text[d.start() - 1] in "-_"):
            continue  # "bathe", "soothe": no determiner
        start = d.start("head")
        of = d.group("of") and d.group("head") in ("ministry", "department", "office")
        end = d.end("of") if of else d.end("head")
        name = text[start:end]
        words = name.split()
        while of and len(words) > 3 and (words[-1] in _VERB_AFTER or words[-1].endswith("ed")):
            end = text.rindex(words.pop(), start, end)  # "… of social affairs said"
            end = start + len(text[start:end].rstrip())
            name = text[start:end]
        out.append(Mention(start, end, " ".join(name.split()), ORGANISATION, described=True))
    return out


def _joined_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Universities and Colleges Employers Association": a name joined by "and" to an
    organisation's name is part of it, unless it is a person's ("Ana Ruiz and Acme Ltd")."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.kind == ORGANISATION
            and prev.kind != PERSON
            and not prev.title
            and text[prev.end : m.start] in (" and ", " & ")
        ):
            out[-1] = Mention(prev.start, m.end, text[prev.start : m.end], ORGANISATION)
            continue
        out.append(m)
    return out


def _speaking_bodies(text: str, mentions: list[Mention], entities: list[Entity]) -> None:
    for k, m in enumerate(mentions):
        if m.described:
            continue
        e = entities[m.entity]
        if e.kind == PERSON and e.guessed:
            if _body_cue_after(text, m.end):
                e.kind, e.guessed = ORGANISATION, False
            continue
        if e.kind not in (UNKNOWN, PLACE):
            continue
        cue = _BODY_CUE.match(text, m.end)
        if cue is None:
            continue
        nxt = mentions[k + 1].start if k + 1 < len(mentions) else len(text)
        if cue.group(0).startswith((" said in", " says in", " added in")) or (
            cue.end() <= nxt and (e.kind == UNKNOWN or len(e.name.split()) > 1)
        ):
            e.kind = ORGANISATION


# ---------------------------------------------------------------- across documents

_NAME_TITLES = TITLES | _words("the a an")
_INITIALS_SKIP = _words("of for on the and &")


def _name_words(name: str) -> list[str]:
    words = [w.strip(",.;:") for w in name.replace("’", "'").split()]
    words = [w[:-2] if w.lower().endswith("'s") else w for w in words]
    return [w for w in words if w and w.lower() not in _NAME_TITLES]


def speaker_key(name: str | None) -> str | None:
    """What every name of one speaker shares, for a first look-up: the surname of a
    person, the last word of an organisation, lower case ("Wes Streeting" → "streeting")."""
    words = _name_words(name or "")
    return words[-1].lower() if words else None


def same_speaker(a: str | None, b: str | None) -> bool:
    """Whether two speaker strings, perhaps from different articles, name one entity:
    "Streeting" and "Wes Streeting" (surname, given names that do not clash: "W.
    Streeting" too, "Amy Streeting" not), "UCEA" and "Universities and Colleges
    Employers Association" (an acronym and its initials), either of joint speakers
    ("Mei-Lin Chen and David Okafor" and "Okafor")."""
    if not a or not b:
        return False
    if _same_name(a, b):
        return True
    parts_a = [p for p in re.split(r"\s+(?:and|&)\s+", a) if p]
    parts_b = [p for p in re.split(r"\s+(?:and|&)\s+", b) if p]
    if len(parts_a) == len(parts_b) == 1:
        return False
    return any(_same_name(x, y) for x in parts_a for y in parts_b)


def _same_name(a: str, b: str) -> bool:
    wa, wb = _name_words(a), _name_words(b)
    if not wa or not wb:
        return False
    for short, long_ in ((wa, wb), (wb, wa)):
        if len(short) == 1 and _is_acronym(short[0]) and len(long_) > 1:
            initials = "".join(w[0] for w in long_ if w.lower() not in _INITIALS_SKIP)
            if initials.upper() == short[0].upper():
                return True
    if wa[-1].lower() != wb[-1].lower():
        return False
    ga, gb = wa[:-1], wb[:-1]
    if not ga or not gb:
        return True  # "Streeting" and "Wes Streeting"
    x, y = ga[0].lower().rstrip("."), gb[0].lower().rstrip(".")
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]  # "W. Streeting"
    return x == y
