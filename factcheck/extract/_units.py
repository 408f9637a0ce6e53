"""The units the grammars read: currencies (ISO 4217), calendar and time units.

**Currencies** come from the Unicode CLDR locale data that ``babel`` ships, not from a list
typed here: every ISO 4217 code with its English name and plural ("Polish zloty", "Polish
zlotys"), the symbols the English locale and each territory's own locale write ("€",
"CA$", "₦", "zł", "Rp"), its minor-unit digits, and whether a territory still uses it.
Reading 250 locales takes seconds, so the rows are generated once, at build time, into
``_currency_table.py``::

    .venv/bin/python -m factcheck.extract._units > factcheck/extract/_currency_table.py

and ``tests/test_units.py`` checks that the file is what babel's data gives today.

What English news means where the data is ambiguous is policy, kept in the small tables
below (``PREFERRED``: "$" is USD, "pound" is GBP, "C$" is CAD; ``NOT_A_SYMBOL``: letter
symbols that are also English words). Minor-unit names ("cents", "groszy", "paise") are not
in CLDR; ``MINOR_UNITS`` lists them with the currency they belong to.

From the rows, ``currency_words()`` and ``currency_symbols()`` build the lookup tables the
money grammar uses: full names ("south african rand"), head words alone ("rand"), the
adjective that names the country before a head word ("Canadian dollars"), symbols and codes.
"""

from __future__ import annotations

import sys
import unicodedata
from datetime import date
from functools import cache
from typing import NamedTuple


class Currency(NamedTuple):
    """One ISO 4217 row: English name and plural, symbols, minor digits, still in use."""

    code: str
    one: str
    other: str
    symbols: tuple[str, ...]
    digits: int
    current: bool


# --- policy: what English news means where CLDR leaves it open --------------------------

#: Words and symbols shared by several currencies, and the one an English news text means
#: when nothing else says which (None: the text must say, the amount has no currency).
PREFERRED: dict[str, str | None] = {
    "$": "USD", "£": "GBP", "¥": "JPY", "￥": "JPY", "c$": "CAD", "rs": "INR", "rs.": "INR",
    "kr": None, "kr.": None, "dollar": "USD", "pound": "GBP", "sterling": "GBP", "euro": "EUR",
    "yen": "JPY", "yuan": "CNY", "rupee": "INR", "won": "KRW", "ruble": "RUB", "rouble": "RUB",
    "krona": "SEK", "kronor": "SEK", "lira": "TRY", "riyal": "SAR", "shekel": "ILS",
    "dirham": "AED", "rand": "ZAR", "real": "BRL", "reais": "BRL", "peso": None, "franc": None,
    "krone": None, "kroner": None, "dinar": None, "rial": None, "shilling": None,
    "mark": "DEM", "guilder": "NLG", "escudo": "PTE", "kwacha": None, "manat": None,
    "som": None, "leu": "RON", "lei": "RON", "lev": "BGN", "leva": "BGN", "cedi": "GHS",
    "naira": "NGN", "dong": "VND", "kyat": "MMK", "sol": "PEN", "soles": "PEN",
}  # fmt: skip
#: Further English names for currencies (CLDR has one name per code).
ALIASES: dict[str, str] = {
    "renminbi": "CNY", "rmb": "CNY", "kuai": "CNY", "stg": "GBP", "quid": "GBP",
    "bucks": "USD", "dlr": "USD", "dlrs": "USD", "deutschmark": "DEM", "deutsche mark": "DEM",
    "d-mark": "DEM", "new shekel": "ILS", "tugrik": "MNT", "tugriks": "MNT",
    "roubles": "RUB", "zlotys": "PLN", "zloty": "PLN", "złoty": "PLN", "złotys": "PLN",
    "reais": "BRL", "lakh rupees": "INR", "saudiriyal": "SAR", "deutschmarks": "DEM",
    "lire": "ITL", "pesetas": "ESP", "peseta": "ESP", "quids": "GBP", "greenbacks": "USD",
    "d-marks": "DEM", "deutsche marks": "DEM", "kronur": "ISK", "krónur": "ISK",
    # "crown" is the English name news agencies give the Nordic and Czech currencies
    "danish crown": "DKK", "danish crowns": "DKK", "norwegian crown": "NOK",
    "norwegian crowns": "NOK", "swedish crown": "SEK", "swedish crowns": "SEK",
    "czech crown": "CZK", "czech crowns": "CZK", "icelandic crown": "ISK",
    "icelandic crowns": "ISK", "faroese crowns": "DKK",
    # Spanish and Irish plurals English news keeps: "20 quetzales", "1,000 colones"
    "quetzales": "GTQ", "colones": "CRC", "guaraníes": "PYG", "guaranies": "PYG",
    "punt": "IEP", "punts": "IEP",
}  # fmt: skip
#: "Crown", the English name of the Nordic and Czech currencies: a head of its own, which
#: names no currency without its adjective ("Danish crowns", in ALIASES).
CROWN_HEADS = ("crown", "crowns")
#: Head words that are also English words ("they won 3", "5 real problems", "12 marks"):
#: money only with a scale, an adjective or a symbol ("3 billion won", "South African rand").
NEEDS_CONTEXT = frozenset(
    "won real reals rand mark marks sol soles kina tala som soms dong kip kips pula dram drams "
    "lari lats inti sucre florin leone lek ban lev lei leu birr riel dobra franc "
    "francs crown crowns punt punts".split()
)
#: Words of price before such a head make it money after all: "a coffee cost 6 francs",
#: "a loaf costs 45 birr", "charged 60 soles"; but not before the heads that count things
#: in English ("a ticket cost 12 marks", "it cost them 2 crowns").
COUNTING_HEADS = frozenset("mark marks crown crowns won real reals ban".split())
PRICE_CUES = (
    "cost costs costing paid pay pays paying priced price prices worth fine fined charge "
    "charged charges fee fees fare fares sell sells selling sold buy buys bought spent spend "
    "spends spending rent rents rented salary salaries wage wages"
).split()
#: Heads that name no currency in English prose.
NOT_A_HEAD = frozenset({"gold", "cupon", "soberano", "soberanos"})
#: Codes that are English words in capitals ("ALL 5 solutions", "TOP 10", "AMD shares").
NOT_A_CODE = frozenset("ALL CUP TOP MOP BOB GEL SOS AMD BAM ERN NIO FKP SHP XXX XTS".split())
#: Spellings of symbols that English news uses besides CLDR's.
SYMBOL_ALIASES: dict[str, str] = {
    "us$": "USD", "u.s.$": "USD", "u.s$": "USD", "ca$": "CAD", "c$": "CAD", "a$": "AUD",
    "au$": "AUD", "s$": "SGD", "mex$": "MXN", "nz$": "NZD", "hk$": "HKD", "nt$": "TWD",
    "r$": "BRL", "rs": "INR", "rs.": "INR", "rm": "MYR", "元": "CNY", "ரூ": "LKR",
    # As English news writes them, in their case: "KSh 100", "NIS 1,000", "20 TL", "SFr 5m".
    "KSh": "KES", "NIS": "ILS", "KD": "KWD", "TL": "TRY", "SFr": "CHF", "Fr.": "CHF",
    "DM": "DEM", "FF": "FRF", "RMB": "CNY", "Dh": "AED", "Dhs": "AED", "ir£": "IEP",
    "$us": "USD", "$a": "AUD", "$au": "AUD", "$nz": "NZD", "$c": "CAD", "$ca": "CAD",
    "$hk": "HKD", "$s": "SGD", "Tk": "BDT", "Tk.": "BDT", "S/.": "PEN",
    # Caribbean dollars as their own papers write them: "J$1,000", "TT$100", "Bds$5".
    "j$": "JMD", "tt$": "TTD", "bds$": "BBD", "bz$": "BZD", "ja$": "JMD",
}  # fmt: skip
#: One capital letter glued to a number that English news reads as a currency ("R150",
#: "R2 billion" in South Africa, "N250,000" in Nigeria); other single letters (Q3, P5, K9)
#: are not money.
LETTER_SIGNS: dict[str, str] = {"R": "ZAR", "N": "NGN"}
#: Of those, the ones that also open common names ("N95", "the N1"): money only with
#: thousands grouped, decimals or a scale ("N250,000", "N2.5bn").
WEAK_LETTER_SIGNS = frozenset({"N"})
#: Nouns after a letter and a number that make them a name, not money ("the R7 bus",
#: "an R12 route", "the N2 motorway").
DESIGNATED_NOUNS = frozenset(
    "bus buses route routes road roads line lines train trains tram trams motorway highway "
    "freeway expressway service services flight flights platform gate model models engine "
    "engines class series rifle rifles jet jets tank tanks chip chips mask masks virus "
    "bypass interchange junction exit lane".split()
)
#: Adjectives that name a currency's country besides those in its CLDR name.
ADJECTIVE_ALIASES: dict[str, str] = {
    "u.s.": "USD", "u.s": "USD", "american": "USD", "cdn": "CAD", "aust": "AUD",
    "taiwan": "TWD", "taiwanese": "TWD", "singaporean": "SGD", "emirati": "AED", "uae": "AED",
    "cfa": "XOF", "deutsche": "DEM", "euro": "EUR", "korean": "KRW", "argentinian": "ARS",
    "zimbabwean": "ZWL", "hk": "HKD", "nz": "NZD", "nepali": "NPR", "sri lankan": "LKR",
}  # fmt: skip
#: Letter symbols that are English words or units after a number ("5 ft", "the den").
NOT_A_SYMBOL = frozenset(
    "Br Bs den Le Ar CF FC FG RF SR VT MK Kz Db Fdj Nfk Gs. Afl. Cg. Rf".split()
)
#: Minor units: name → (currency, or None for that of the amount before it).
MINOR_UNITS: dict[str, str | None] = {
    "cent": None, "cents": None, "ct": None, "cts": None, "penny": "GBP", "pence": "GBP",
    "p": "GBP", "c": None, "grosz": "PLN", "groszy": "PLN", "grosze": "PLN",
    "kopek": "RUB", "kopeks": "RUB", "kopeck": "RUB", "kopecks": "RUB", "kopeyka": "RUB",
    "kopiyka": "UAH", "kopiyky": "UAH", "paisa": "INR", "paise": "INR", "centavo": None,
    "centavos": None, "centime": None, "centimes": None, "sen": "MYR", "sens": "MYR",
    "fen": "CNY", "jiao": "CNY", "halala": "SAR", "halalas": "SAR", "fils": None,
    "øre": None, "ore": None, "öre": "SEK", "rappen": "CHF", "pfennig": "DEM",
    "pfennigs": "DEM", "satang": "THB", "kurus": "TRY", "kuruş": "TRY", "agorot": "ILS",
    "agora": "ILS", "stotinki": "BGN", "stotinka": "BGN", "bani": "RON", "ban": "RON",
    "haler": "CZK", "haléřů": "CZK", "filler": "HUF", "fillér": "HUF", "lipa": "HRK",
    "tiyin": "UZS", "piastres": "EGP", "piastre": "EGP", "qirsh": "EGP", "eurocent": "EUR",
    "eurocents": "EUR", "centesimi": "ITL", "kobo": "NGN", "pesewas": "GHS", "pesewa": "GHS",
    "thebe": "BWP", "ngwee": "ZMW", "santims": "LVL", "centas": "LTL", "cents'": None,
    "¢": None, "mao": "CNY",
}  # fmt: skip
#: Names shared by several currencies, and the places that say which one a document means:
#: "kr 250 million" in a story from Oslo is NOK, "Rs 1.5 trillion" from Islamabad is PKR.
#: Used only where the document names the places of exactly one of the currencies.
SHARED_BY_PLACE: dict[str, dict[str, tuple[str, ...]]] = {
    "kr": {
        "NOK": ("norway", "norwegian", "oslo", "bergen"),
        "SEK": ("sweden", "swedish", "stockholm", "gothenburg"),
        "DKK": ("denmark", "danish", "copenhagen"),
        "ISK": ("iceland", "icelandic", "reykjavik"),
    },
    "rs": {
        "PKR": ("pakistan", "islamabad", "karachi", "lahore"),
        "LKR": ("sri lanka", "colombo"),
        "NPR": ("nepal", "kathmandu"),
        "INR": ("india", "indian", "delhi", "mumbai", "bengaluru", "kolkata", "chennai"),
    },
    "peso": {
        "MXN": ("mexico", "mexican", "guadalajara", "monterrey", "tijuana"),
        "ARS": ("argentina", "argentine", "argentinian", "buenos aires", "cordoba", "rosario"),
        "COP": ("colombia", "colombian", "bogota", "bogotá", "medellin", "medellín", "cali"),
        "CLP": ("chile", "chilean", "santiago", "valparaiso", "valparaíso"),
        "PHP": ("philippines", "philippine", "filipino", "manila", "cebu", "davao"),
        "UYU": ("uruguay", "uruguayan", "montevideo"),
        "DOP": ("dominican republic", "santo domingo"),
        "CUP": ("cuba", "cuban", "havana"),
    },
    "shilling": {
        "KES": ("kenya", "kenyan", "nairobi", "mombasa", "kisumu"),
        "UGX": ("uganda", "ugandan", "kampala"),
        "TZS": ("tanzania", "tanzanian", "dar es salaam", "dodoma", "zanzibar"),
        "SOS": ("somalia", "somali", "mogadishu"),
    },
    "kwacha": {
        "ZMW": ("zambia", "zambian", "lusaka", "ndola"),
        "MWK": ("malawi", "malawian", "lilongwe", "blantyre"),
    },
    "som": {
        "KGS": ("kyrgyzstan", "kyrgyz", "bishkek"),
        "UZS": ("uzbekistan", "uzbek", "tashkent", "samarkand"),
    },
    "franc": {
        "FRF": ("france", "french", "paris", "lyon", "marseille"),
        "CHF": ("switzerland", "swiss", "zurich", "geneva", "bern", "basel", "lausanne"),
        "BEF": ("belgium", "belgian", "brussels", "antwerp"),
        "LUF": ("luxembourg",),
    },
    "dirham": {
        "MAD": ("morocco", "moroccan", "marrakech", "rabat", "casablanca", "fez"),
        "AED": ("emirates", "emirati", "dubai", "abu dhabi", "uae"),
    },
}  # fmt: skip
#: The written forms of each shared name.
SHARED_FORMS: dict[str, str] = {
    "kr": "kr", "kr.": "kr",  # the symbol; "kroner" spelt out stays as it is (checks' cases)
    "rs": "rs", "rs.": "rs", "rupee": "rs", "rupees": "rs",
    "dirham": "dirham", "dirhams": "dirham", "dh": "dirham", "dhs": "dirham",
    "franc": "franc", "francs": "franc", "peso": "peso", "pesos": "peso",
    "shilling": "shilling", "shillings": "shilling", "kwacha": "kwacha", "kwachas": "kwacha",
    "som": "som", "soms": "som",
}  # fmt: skip
#: Minor units that are not the hundredth the currency's digits give: "5 mao" is 0.5 yuan.
MINOR_FACTORS: dict[str, float] = {"mao": 0.1, "jiao": 0.1}


# --- the table, generated from babel -----------------------------------------------------


def generate() -> list[Currency]:
    """The currency rows from babel's CLDR data (slow: it reads a locale per territory)."""
    from babel import Locale, localedata
    from babel.core import get_global
    from babel.numbers import get_currency_precision, get_territory_currencies

    en = Locale("en")
    names = en._data["currency_names"]
    plurals = en._data["currency_names_plural"]
    symbols: dict[str, list[str]] = {}
    for code, sym in en.currency_symbols.items():
        symbols.setdefault(code, []).append(sym)
    current: set[str] = set()
    languages = get_global("territory_languages")
    known = set(localedata.locale_identifiers())
    today = date(2026, 1, 1)
    for territory in sorted(languages):
        codes = get_territory_currencies(territory, today)
        current.update(codes)
        if not codes:
            continue
        ranked = sorted(languages[territory].items(), key=lambda kv: -kv[1]["population_percent"])
        for lang, _ in ranked[:2]:
            ident = f"{lang}_{territory}"
            if ident in known:
                sym = Locale.parse(ident).currency_symbols.get(codes[0])
                if sym:
                    symbols.setdefault(codes[0], []).append(sym)
    rows = []
    for code in sorted(names):
        name = names[code]
        if "(" in name or not code.isalpha() or len(code) != 3:
            continue  # dated and special variants: "Afghan Afghani (1927–2002)"
        plural = plurals.get(code) or {}
        one = str(plural.get("one", name))
        other = str(plural.get("other", one))
        syms = tuple(dict.fromkeys(_clean_symbol(s) for s in symbols.get(code, ())))
        syms = tuple(s for s in syms if s and s != code)
        rows.append(Currency(code, one, other, syms, get_currency_precision(code), code in current))
    return rows


def _clean_symbol(sym: str) -> str:
    sym = sym.replace("\u202f", " ").replace("\u00a0", " ")
    return "".join(ch for ch in sym if unicodedata.category(ch) != "Cf").strip()


def _write(rows: list[Currency]) -> str:
    lines = [
        '"""ISO 4217 currencies from babel\'s CLDR data. GENERATED: do not edit; regenerate with',
        "``python -m factcheck.extract._units > factcheck/extract/_currency_table.py``.",
        '"""',
        "",
        "# ruff: noqa: E501",
        "# (code, English name, plural, symbols, minor-unit digits, in use)",
        "ROWS: tuple[tuple[str, str, str, tuple[str, ...], int, bool], ...] = (",
    ]
    lines += [f"    {tuple(row)!r}," for row in rows]
    lines += [")  # fmt: skip", ""]
    return "\n".join(lines)


@cache
def currencies() -> dict[str, Currency]:
    """The generated rows by code."""
    from factcheck.extract._currency_table import ROWS

    return {row[0]: Currency(*row) for row in ROWS}


def _fold(word: str) -> str:
    """``word`` without accents: "króna" → "krona"."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)
    )


class Words(NamedTuple):
    """The currency words of the money grammar, all lower case."""

    heads: dict[str, str | None]  # head word, singular or plural → currency ("zlotys" → PLN)
    names: dict[str, str]  # full name → currency ("south african rand" → ZAR)
    adjectives: dict[tuple[str, str], str]  # (adjective, head singular) → currency
    adjective_alone: dict[str, str]  # adjective naming one currency ("canadian" → CAD)
    singular: dict[str, str]  # head word → its singular ("zlotys" → "zloty")


@cache
def currency_words() -> Words:
    """Names, head words and adjectives of every currency, from the generated rows."""
    by_head: dict[str, set[str]] = {}
    current_by_head: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    adjectives: dict[tuple[str, str], str] = {}
    singular: dict[str, str] = {}
    for cur in currencies().values():
        if cur.code.startswith("X") and cur.code not in ("XAF", "XOF", "XPF", "XCD"):
            continue  # metals, funds, units of account
        one, other = cur.one.lower(), cur.other.lower()
        if " of " in one or "unit" in one:
            continue
        head1, head2 = one.split()[-1], other.split()[-1]
        adj = one[: -len(head1)].strip()
        for form in {one, other, _fold(one), _fold(other)}:
            names.setdefault(form, cur.code)
        for h in {head1, head2, _fold(head1), _fold(head2)} - NOT_A_HEAD:
            singular.setdefault(h, _fold(head1))
            by_head.setdefault(h, set()).add(cur.code)
            if cur.current:
                current_by_head.setdefault(h, set()).add(cur.code)
        if adj:
            adjectives.setdefault((adj, _fold(head1)), cur.code)
    heads: dict[str, str | None] = {}
    for h, codes in by_head.items():
        live = current_by_head.get(h, set())
        sing = singular[h]
        if sing in PREFERRED or h in PREFERRED:
            heads[h] = PREFERRED.get(h, PREFERRED.get(sing))
        elif len(live) == 1:
            heads[h] = next(iter(live))
        elif not live and len(codes) == 1:
            heads[h] = next(iter(codes))  # a currency of the past: "pesetas", "drachmas"
        else:
            heads[h] = None
    for alias, code in ALIASES.items():
        if " " in alias:
            names.setdefault(alias, code)
        else:
            heads[alias] = code
            singular.setdefault(alias, alias)
    for h in CROWN_HEADS:  # "2.5 billion Danish crowns": news English for krone, krona, koruna
        heads.setdefault(h, None)
        singular.setdefault(h, "crown")
    # An adjective names one currency when the currencies in use it opens agree.
    opened: dict[str, set[str]] = {}
    for (adj, _head), code in adjectives.items():
        if currencies()[code].current:
            opened.setdefault(adj, set()).add(code)
    alone = {adj: next(iter(c)) for adj, c in opened.items() if len(c) == 1}
    alone.update(ADJECTIVE_ALIASES)
    return Words(heads, names, adjectives, alone, singular)


@cache
def currency_symbols() -> dict[str, str | None]:
    """Every symbol the rows give → its currency (None where several share it and no
    preference says which), ``NOT_A_SYMBOL`` left out."""
    by_symbol: dict[str, set[str]] = {}
    for cur in currencies().values():
        for sym in cur.symbols:
            if sym in NOT_A_SYMBOL or (len(sym) == 1 and sym.isalpha()):
                continue
            by_symbol.setdefault(sym, set()).add(cur.code)
    out: dict[str, str | None] = {}
    for sym, code in SYMBOL_ALIASES.items():
        out[sym] = code
    for sym, codes in by_symbol.items():
        key = sym.lower()
        if key in PREFERRED:
            out[sym] = PREFERRED[key]
        elif len(codes) == 1:
            out[sym] = next(iter(codes))
        else:
            live = [c for c in codes if currencies()[c].current]
            out[sym] = live[0] if len(live) == 1 else None
    out.pop("¤", None)
    return out


@cache
def currency_codes() -> frozenset[str]:
    """The codes that may stand next to a number ("EUR 20", "5.50EUR"), past ones included
    ("DEM 5 million"): all but funds, metals and ``NOT_A_CODE``."""
    special = {"XAF", "XOF", "XPF", "XCD"}
    return frozenset(c for c in currencies() if not c.startswith("X") or c in special) - NOT_A_CODE


def minor_digits(code: str) -> int | None:
    """The currency's minor-unit digits (2 for the euro, 0 for the yen), None if unknown."""
    cur = currencies().get(code)
    return None if cur is None else cur.digits


def minor_factor(code: str | None) -> float:
    """What one minor unit is worth in the major unit: 0.01, or 0.001 for the dinar of
    Kuwait."""
    if code is None or code not in currencies():
        return 0.01
    digits = currencies()[code].digits
    return 10.0**-digits if digits else 0.01


if __name__ == "__main__":
    sys.stdout.write(_write(generate()))
