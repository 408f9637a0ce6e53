"""ClaimReview JSON-LD: the schema.org markup fact-check aggregators read.

One ClaimReview per claim with a final verdict, as a JSON array (each item carries its
own ``@context``, so each can go in its own ``<script type="application/ld+json">``)::

    {"@context": "https://schema.org", "@type": "ClaimReview",
     "url": "https://daily.example/fact-checks/<document>#<claim>",
     "claimReviewed": "Britain has committed £3 billion ($3.7 billion) per year …",
     "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 6,
                      "worstRating": 1, "alternateName": "False"},
     "author": {"@type": "Organization", "name": "The Daily Example", "url": "…"},
     "datePublished": "2025-02-18",
     "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Keir Starmer"},
                      "datePublished": "2025-02-17",
                      "appearance": {"@type": "CreativeWork", "url": "…"}}}

Google requires ``claimReviewed`` (we keep it under 75 characters and drop rating words
from it), ``reviewRating`` and ``url``; it recommends ``author``, ``datePublished`` and
``itemReviewed``. The organisation's name and URL come from ``factcheck.toml``.

A claim is refused when it has no verdict, when its verdict awaits a second reviewer's
sign-off, or when its rating is not a rating of truth (``checkable = false`` in the
scale, such as "unverifiable": a ClaimReview with it would read as the worst rating).
In a bulk export refused claims are skipped and summarised in the result's notes; with
``ExportOptions(strict=True)`` (claims asked for by id) the first refusal raises
``ExportError``.

The output is meant to be pasted into ``<script type="application/ld+json">``: ``<``, ``>``
and ``&`` (and U+2028/U+2029) are written as ``\u003c`` etc. (``jsonld()``), so no text from an
article can close the script element, and only http(s) URLs are emitted as URLs (an
article's ``javascript:`` address is left out).
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import accumulate
from typing import Any, TextIO
from urllib.parse import quote, urlsplit

from pydantic_core import to_json

from factcheck._records import json_fallback
from factcheck.config import Config
from factcheck.documents import is_web_url
from factcheck.errors import ExportError
from factcheck.export._atomic import utf8_writer
from factcheck.export._report import ExportOptions, ExportResult, Report, in_text_order, shown
from factcheck.models import ClaimRecord, Document, QuoteValue

LIMIT = 74
"""``claimReviewed`` must be under 75 characters."""

RATING_WORDS = frozenset(
    [
        "true",
        "untrue",
        "false",
        "falsely",
        "misleading",
        "misleadingly",
        "fake",
        "correct",
        "incorrect",
        "accurate",
        "inaccurate",
        "unverifiable",
        "unproven",
        "debunked",
        "hoax",
    ]
)
"""Words Google asks to keep out of ``claimReviewed``, besides the scale's own labels."""

_WORD = re.compile(r"\S+")
_EDGE_PUNCT = string.punctuation + "“”‘’«»…—–"


class Refused(ExportError):
    """A claim that cannot be published as a ClaimReview, with the reason."""


def export_claimreview(report: Report, out: TextIO, options: ExportOptions) -> ExportResult:
    """A JSON array of ClaimReview objects, one per claim with a final verdict.

    Refused outright (``ExportError``, nothing written) while the organisation is still the
    placeholder: a ClaimReview names its publisher, and "factcheck desk" is nobody's.
    """
    org = options.config.organization
    if org.is_placeholder:
        raise ExportError(
            f'ClaimReview would be published by the placeholder organisation "{org.name}" '
            f"({org.url}); set the organisation with factcheck team set organization.name NAME "
            "and factcheck team set organization.url URL (or [organization] in factcheck.toml "
            "before the database is created)"
        )
    # Streamed: each document's ClaimReviews are written as they are made, as the items of
    # the array that dumping the whole list would write (the same bytes; the array opens
    # with the first). Claims asked for by id (strict) are few: held, so a refusal leaves
    # nothing written.
    held: list[str] | None = [] if options.strict else None
    count = 0
    refused: dict[str, _Ids] = {}
    no_claimant = _Ids()
    off_domain = _Ids()
    reviewer = _Reviewer(options.config)
    editorial = options.editorial
    raw = utf8_writer(out)  # the reviews' UTF-8 bytes written as they are
    for document, records in report:
        reviews = []
        page_url = options.pages.get(document.id)
        for record in in_text_order(records):
            cid = record.claim.id
            try:
                review = reviewer.review(
                    document, record, editorial=editorial.get(cid), page_url=page_url
                )
            except Refused:
                if options.strict:
                    raise
                refused.setdefault(_reason_group(record, options.config), _Ids()).add(cid)
                continue
            reviews.append(review)
            if "author" not in review["itemReviewed"]:
                no_claimant.add(cid)
            if not reviewer.on_domain(review["url"]):
                off_domain.add(cid)
        if not reviews:
            continue
        # The document's reviews dumped together are their items dumped one by one, joined.
        item = (b"[\n" if count == 0 else b",\n") + _jsonld_utf8(reviews)[2:-2]
        if held is not None:
            held.append(item.decode("utf-8"))
        elif raw is not None:
            raw(item)
        else:
            out.write(item.decode("utf-8"))
        count += len(reviews)
    if held:
        out.write("".join(held))
    out.write("\n]\n" if count else "[]\n")
    notes = [_note(group, refused[group]) for group in _GROUPS if group in refused]
    if no_claimant.total:
        noun = "claim has" if no_claimant.total == 1 else "claims have"
        notes.append(
            f"{no_claimant.total} {noun} no known claimant (no speaker, byline or site name), "
            f"so itemReviewed.author is left out: {_ids(no_claimant)}; name one with "
            "factcheck edit ID --claimant NAME"
        )
    if off_domain.total:
        noun = "claim's page is" if off_domain.total == 1 else "claims' pages are"
        notes.append(
            f"{off_domain.total} {noun} not on the organisation's domain "
            f"({urlsplit(org.url).hostname}): {_ids(off_domain)}; search engines read a "
            "ClaimReview only from a page on that domain or a subdomain (check --page-url and "
            "organization.claimreview_url)"
        )
    return ExportResult(count, notes)


def on_domain(url: str, site: str) -> bool:
    """Whether ``url`` is on the domain of ``site`` or one of its subdomains."""
    host = (urlsplit(url).hostname or "").lower()
    home = (urlsplit(site).hostname or "").lower().removeprefix("www.")
    return bool(home) and (host == home or host.endswith("." + home))


_SCRIPT_SAFE = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


def jsonld(data: Any) -> str:
    """``data`` as indented JSON that is safe inside an HTML ``<script>`` element.

    These characters only ever occur inside JSON strings, where ``\\u003c`` means the
    same, so the result parses to the same data.
    """
    return _jsonld_utf8(data).decode("utf-8")


#: ``_SCRIPT_SAFE`` in UTF-8: each character's bytes are found only where it is written.
_SCRIPT_SAFE_UTF8 = tuple((char.encode("utf-8"), esc.encode("ascii")) for char, esc in _SCRIPT_SAFE)


def _jsonld_utf8(data: Any) -> bytes:
    """``jsonld(data)`` in UTF-8, as pydantic-core writes it (no decoding)."""
    out = to_json(data, indent=2, fallback=json_fallback)
    # bytes.replace per character, not translate: a fifth of a 100 k-claim export's time.
    for char, escaped in _SCRIPT_SAFE_UTF8:
        if char in out:
            out = out.replace(char, escaped)
    return out


def _item(review: dict[str, Any]) -> str:
    """One review as an item of the indented array: ``jsonld([review])`` without its
    brackets (no JSON string holds a raw newline, so the lines are the array's)."""
    return jsonld([review])[2:-2]


class _Ids:
    """Claim ids for a note: how many, and the first ten a note names."""

    def __init__(self) -> None:
        self.total = 0
        self.first: list[str] = []

    def add(self, claim_id: str) -> None:
        self.total += 1
        if len(self.first) < 10:
            self.first.append(claim_id)


def _ids(ids: _Ids) -> str:
    more = ids.total - len(ids.first)
    return ", ".join(ids.first) + (f" and {more} more" if more > 0 else "")


def _note(group: str, ids: _Ids) -> str:
    noun = "claim" if ids.total == 1 else "claims"
    return f"Skipped {ids.total} {noun} {group}: {_ids(ids)}"


_GROUPS = (
    "with no verdict yet",
    "awaiting a final verdict",
    "whose rating is not a rating of truth",
)


def _reason_group(record: ClaimRecord, config: Config) -> str:
    verdict = record.verdict
    if verdict is None:
        return _GROUPS[0]
    if record.status != "final" or not verdict.final:
        return _GROUPS[1]
    return _GROUPS[2]


def refusal(record: ClaimRecord, config: Config) -> str | None:
    """Why ``record`` cannot be a ClaimReview, or None when it can."""
    return _refusal(record, shown(record, config).rating if record.verdict else None)


def _refusal(record: ClaimRecord, rating: Any) -> str | None:
    """``refusal`` with the rating of the claim's verdict looked up already."""
    claim_ref = f'Claim "{record.claim.id}"'
    verdict = record.verdict
    if verdict is None:
        return f"{claim_ref} has no verdict yet; review it before exporting ClaimReview"
    if record.status != "final" or not verdict.final:
        return (
            f'{claim_ref} has no final verdict (status "{record.status}"); ClaimReview needs a '
            "final verdict, signed off when the two-person rule is on"
        )
    if rating is None:
        return (
            f'{claim_ref} is rated "{verdict.rating}", which is not in the rating scale; '
            "add it to factcheck.toml"
        )
    if not rating.checkable:
        return (
            f'{claim_ref} is rated "{rating.label}", which is not a rating of truth; '
            "ClaimReview is only for checked claims"
        )
    return None


def claim_review(
    document: Document,
    record: ClaimRecord,
    config: Config,
    *,
    editorial: Mapping[str, str] | None = None,
    page_url: str | None = None,
) -> dict[str, Any]:
    """The ClaimReview of one claim; raises ``Refused`` (an ``ExportError``) with the reason.

    ``editorial`` is an editor's wording (``factcheck edit``): ``claim_reviewed`` replaces
    the derived summary, ``claimant`` (with ``claimant_url``, ``claimant_type``) the derived
    author of the claim. ``page_url`` is the document's fact-check page, which wins over
    the team's ``claimreview_url`` template.
    """
    return _Reviewer(config).review(document, record, editorial=editorial, page_url=page_url)


class _Reviewer:
    """``claim_review`` for the claims of one export: what is the same for every claim (the
    organisation, the rating scale's ratings) made once, and what is the same for a
    document's claims (its address's parts, the article reviewed) once per document."""

    def __init__(self, config: Config) -> None:
        self.config = config
        org = config.organization
        self.org = org
        self.site = org.url
        self.web = is_web_url(org.url)
        self.author = {"@type": "Organization", "name": org.name, "url": org.url}
        self.banned = _banned_words(config)
        self.best, self.worst = config.best_rating, config.worst_rating
        self._ratings: dict[tuple[str, bool], Any] = {}
        self._document: Document | None = None
        self._fields: dict[str, str] = {}
        self._items: dict[tuple[Any, ...], dict[str, Any]] = {}
        self._domains: dict[str, bool] = {}
        self._url_head: str | None = None

    def _rating(self, record: ClaimRecord) -> Any:
        verdict = record.verdict
        assert verdict is not None
        key = (verdict.rating, record.status == "final" and verdict.final)
        rating = self._ratings.get(key)
        if rating is None:
            if len(self._ratings) >= 256:
                self._ratings.clear()
            rating = self._ratings[key] = shown(record, self.config).rating
        return rating

    def review(
        self,
        document: Document,
        record: ClaimRecord,
        *,
        editorial: Mapping[str, str] | None = None,
        page_url: str | None = None,
    ) -> dict[str, Any]:
        edits = editorial or {}
        verdict = record.verdict
        rating = None if verdict is None else self._rating(record)
        reason = _refusal(record, rating)
        if reason:
            raise Refused(reason)
        assert verdict is not None and rating is not None  # _refusal() returned None
        config = self.config
        if not self.web:
            raise ExportError(
                f'The organization url "{self.org.url}" in factcheck.toml is not an http(s) '
                "URL; ClaimReview needs the address of your site"
            )
        if document is not self._document:
            self._document = document
            self._fields = _document_fields(document)
            self._items.clear()
            # The address of the default form: the document's part written once.
            self._url_head = (
                None
                if config.organization.claimreview_url
                else f"{config.organization.url.rstrip('/')}/fact-checks/"
                f"{self._fields['document']}#"
            )
        claim = record.claim
        cid = claim.id
        reviewed_on = (verdict.signed_off_at or verdict.created).date()
        review_rating: dict[str, Any] = {
            "@type": "Rating",
            "ratingValue": rating.value,
            "bestRating": self.best,
            "worstRating": self.worst,
            "alternateName": rating.label,
        }
        if verdict.note and verdict.note.strip():
            review_rating["ratingExplanation"] = " ".join(verdict.note.split())
        return {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": self._url_head + cid
            if self._url_head is not None and not page_url and cid.isascii() and cid.isalnum()
            else _review_url(config, self._fields, cid, page_url),
            "claimReviewed": edits.get("claim_reviewed") or _claim_reviewed(record, self.banned),
            "reviewRating": review_rating,
            "author": self.author,
            "datePublished": reviewed_on.isoformat(),
            "itemReviewed": self._item(document, record, edits),
        }

    def _item(
        self, document: Document, record: ClaimRecord, edits: Mapping[str, str]
    ) -> dict[str, Any]:
        # Without an editor's claimant or a quote's speaker, the claimant is the article's:
        # the same item for every claim of the document with the same article fields.
        if edits or _quote(record.claim) is not None:
            return _item_reviewed(document, record, edits)
        key = (record.document_url, record.document_title, record.document_published)
        item = self._items.get(key)
        if item is None:
            item = self._items[key] = _item_reviewed(document, record, edits)
        return item

    def on_domain(self, url: str) -> bool:
        """``on_domain(url, organisation url)``: a host depends on what precedes "#"."""
        key = url.partition("#")[0]
        hit = self._domains.get(key)
        if hit is None:
            if len(self._domains) >= 4096:
                self._domains.clear()
            hit = self._domains[key] = on_domain(url, self.site)
        return hit


def review_url(
    config: Config, document: Document | str, claim_id: str, *, page_url: str | None = None
) -> str:
    """Where the fact-check lives.

    The document's own page (``factcheck edit ID --page-url URL``), else the team's
    ``claimreview_url`` template with ``{document}``, ``{claim}`` and ``{slug}`` filled in
    (URL-quoted), else ``<organisation url>/fact-checks/<document>#<claim>``. An address
    that names no ``{claim}`` and has no fragment gets ``#<claim>``, so each claim has its own.
    """
    return _review_url(config, _document_fields(document), claim_id, page_url)


def _document_fields(document: Document | str) -> dict[str, str]:
    """A document's parts of its claims' addresses: its id and slug, URL-quoted."""
    doc_id = document if isinstance(document, str) else document.id
    title = None if isinstance(document, str) else document.title
    return {
        "document": quote(doc_id, safe=""),
        "slug": quote(slug(title) or slug(doc_id) or doc_id, safe=""),
    }


def _review_url(
    config: Config, document: Mapping[str, str], claim_id: str, page_url: str | None
) -> str:
    # quote() leaves ASCII letters and digits as they are: a claim id (hex) needs no call.
    quoted = claim_id if claim_id.isascii() and claim_id.isalnum() else quote(claim_id, safe="")
    fields = {**document, "claim": quoted}
    template = config.organization.claimreview_url
    if page_url or template:
        # A page's address is taken literally; only the team's template is filled in.
        url = page_url or template.format(**fields)  # type: ignore[union-attr]
        # One address per claim: a page of several claims gets a fragment for each.
        if (page_url or "{claim}" not in str(template)) and "#" not in url:
            url = f"{url}#{fields['claim']}"
        return url
    base = config.organization.url.rstrip("/")
    return f"{base}/fact-checks/{fields['document']}#{fields['claim']}"


def slug(text: str | None, *, limit: int = 60) -> str:
    """``text`` as a URL slug: ASCII letters and digits in lower case, words joined by "-"."""
    if not text:
        return ""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    out = ""
    for word in words:
        grown = f"{out}-{word}" if out else word
        if len(grown) > limit:
            break
        out = grown
    return out or "-".join(words)[:limit]


_FILE_NAME = re.compile(
    r"(?:^|[\\/])[^\\/]*\S\.(?:txt|text|md|markdown|html?|jsonl?|pdf|xml|rss|atom)$"
    r"|^(?:/|\.{1,2}/|~/|[a-z]:\\)\S*$|^(?:-|<stdin>)$|^[a-z][a-z0-9+.-]*://",
    re.IGNORECASE,
)


def is_file_name(text: str) -> bool:
    """Whether ``text`` reads as a file name, a path or an address, which is never anyone's
    name (ingest puts the file name where the front matter has no ``source``)."""
    return bool(_FILE_NAME.search(text.strip()))


def _name(text: str | None) -> str | None:
    name = " ".join((text or "").split())
    return name if name and not is_file_name(name) else None


def claimant(
    document: Document, record: ClaimRecord, editorial: Mapping[str, str] | None = None
) -> dict[str, Any] | None:
    """Who made the claim, as a schema.org Person or Organization, or None when unknown.

    An editor's ``--claimant`` first; then a quote's speaker; then the article's byline
    (a person); then its site name or front-matter ``source`` (an organisation). A file
    name is never taken for a name.
    """
    edits = editorial or {}
    name = _name(edits.get("claimant"))
    if name:
        derived = _speaker_type(record) if _is_speaker(record, name) else "person"
        kind = edits.get("claimant_type") or derived
        author: dict[str, Any] = {"@type": _TYPES.get(kind, "Person"), "name": name}
        url = edits.get("claimant_url")
        if url and is_web_url(url):
            author["sameAs"] = url
        return author
    value = record.claim.value
    if isinstance(value, QuoteValue):
        speaker = _name(value.speaker)
        if speaker:
            return {"@type": _TYPES.get(_speaker_type(record), "Person"), "name": speaker}
    byline = _name(getattr(document, "byline", None))
    if byline:
        return {"@type": "Person", "name": byline}
    site = _name(getattr(document, "site_name", None) or document.source)
    if site:
        return {"@type": "Organization", "name": site}
    return None


_TYPES = {"person": "Person", "organization": "Organization", "organisation": "Organization"}


def _speaker_type(record: ClaimRecord) -> str:
    value = record.claim.value
    return str(getattr(value, "speaker_kind", None) or "person")


def _is_speaker(record: ClaimRecord, name: str) -> bool:
    value = record.claim.value
    return isinstance(value, QuoteValue) and (value.speaker or "").casefold() == name.casefold()


def _item_reviewed(
    document: Document, record: ClaimRecord, editorial: Mapping[str, str]
) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": "Claim"}
    url = record.document_url or document.url
    if url and not is_web_url(url):
        url = None  # a javascript: or data: address is never emitted as a URL
    author = claimant(document, record, editorial)
    if author is not None:
        item["author"] = author
    published = record.document_published or document.published
    if published:
        item["datePublished"] = published.isoformat()
    if url:
        appearance: dict[str, Any] = {"@type": "CreativeWork", "url": url}
        title = record.document_title or document.title
        if title:
            appearance["headline"] = " ".join(title.split())
        if published:
            appearance["datePublished"] = published.isoformat()
        item["appearance"] = appearance
    return item


def claim_reviewed(record: ClaimRecord, config: Config) -> str:
    """A short statement of the claim: under 75 characters, without rating words.

    A quote reads ``Speaker: “…”``; any other claim is its sentence, cut to a window of
    whole words around the claim's own text, with "…" where words were left out.
    """
    return _claim_reviewed(record, _banned_words(config))


def _quote(claim: Any) -> QuoteValue | None:
    """A quote claim's value; None for any other claim, whose value is then never parsed
    (a claim's value is of the claim's kind: ``Claim`` checks it, the store keeps it)."""
    if claim.kind != "quote":
        return None
    value = claim.value
    return value if isinstance(value, QuoteValue) else None


def _claim_reviewed(record: ClaimRecord, banned: frozenset[str]) -> str:
    claim = record.claim
    value = _quote(claim)
    if value is not None:
        quoted = value.quote or claim.text.strip("\"“”'‘’ ")
        prefix = f"{value.speaker}: " if value.speaker else ""
        limit = LIMIT - len(prefix) - 2
        words = _plain_words(quoted, banned)
        if words is not None:
            body = _cut(words, 0, 0, limit, grow_left=False)
        else:
            body = _window(quoted, _spans(quoted, banned), 0, 0, limit, grow_left=False)
        return f"{prefix}“{body}”"
    if claim.sentence:
        text = claim.sentence
        focus_start = claim.start - claim.sentence_start
        focus_end = claim.end - claim.sentence_start
    else:
        text, focus_start, focus_end = claim.text, 0, len(claim.text)
    words = _plain_words(text, banned)
    if words:  # words one space apart: a word's number is the spaces before it
        n = len(words)
        # The first word ending after the focus starts: the one holding that character,
        # or the next when it is a space.
        if focus_start <= 0:
            first = 0
        elif focus_start >= len(text):
            first = n - 1
        else:
            first = text.count(" ", 0, focus_start) + (text[focus_start] == " ")
        # The last word starting before the focus ends: one past each space before it.
        last = text.count(" ", 0, focus_end - 1) if focus_end > 0 else first
        return _cut(words, first, max(first, last), LIMIT)
    spans = _spans(text, banned)
    if not spans:
        return _window(claim.text, _spans(claim.text, frozenset()), 0, 0, LIMIT)
    first = next((i for i, (_, e) in enumerate(spans) if e > focus_start), len(spans) - 1)
    last = next((i for i in range(len(spans) - 1, -1, -1) if spans[i][0] < focus_end), first)
    return _window(text, spans, first, max(first, last), LIMIT)


def check_wording(text: str, config: Config) -> str:
    """An editor's ``claimReviewed``, tidied, or ``ExportError`` saying what to change:
    under 75 characters (Google's advice, so it does not wrap on a phone) and without a
    rating word ("false", the scale's labels), which belongs in the rating."""
    wording = " ".join(text.split())
    if len(wording) > LIMIT:
        raise ExportError(
            f"The claim reviewed is {len(wording)} characters; ClaimReview keeps it under 75 "
            f'(at most {LIMIT}): "{wording[:40]}…"'
        )
    banned = _banned_words(config)
    found = (m.group().strip(_EDGE_PUNCT).lower() for m in _WORD.finditer(wording))
    rated = [w for w in found if w in banned]
    if rated:
        raise ExportError(
            f'The claim reviewed holds the rating word "{rated[0]}"; say what was claimed and '
            "leave the verdict to the rating"
        )
    return wording


def _banned_words(config: Config) -> frozenset[str]:
    return _banned(tuple((r.name, r.label) for r in config.ratings))


@lru_cache(maxsize=16)
def _banned(scale: tuple[tuple[str, str], ...]) -> frozenset[str]:
    labels = {label.lower() for _, label in scale} | {name for name, _ in scale}
    single = {label for label in labels if " " not in label and "-" not in label}
    return RATING_WORDS | single


def _spans(text: str, banned: frozenset[str]) -> list[tuple[int, int]]:
    """Where the words of ``text`` are, but those that are rating words."""
    if _keeps_every_word(text, banned):
        return [m.span() for m in _WORD.finditer(text)]
    return [(s, e) for s, e, _ in _words(text, banned)]


def _keeps_every_word(text: str, banned: frozenset[str]) -> bool:
    # A word is left out when, stripped of punctuation and lowered, it is a banned word:
    # then that word is in the lowered text too. A text holding none of them keeps every
    # word (lowering is per character but for the capital sigma, read the long way).
    return not banned or ("Σ" not in text and _banned_pattern(banned).search(text.lower()) is None)


@lru_cache(maxsize=16)
def _banned_pattern(banned: frozenset[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(banned, key=len, reverse=True)))


def _plain_words(text: str, banned: frozenset[str]) -> list[str] | None:
    """The words of ``text`` when they are one space apart and all kept (``_spans`` would
    find them at the places their lengths give), else None."""
    if (
        text.isprintable()  # then the only white space is " "
        and "  " not in text
        and text[:1] != " "
        and text[-1:] != " "
        and _keeps_every_word(text, banned)
    ):
        return text.split(" ") if text else []
    return None


def _words(text: str, banned: frozenset[str]) -> list[tuple[int, int, str]]:
    out = []
    for m in _WORD.finditer(text):
        bare = m.group().strip(_EDGE_PUNCT).lower()
        if bare in banned:
            continue
        out.append((m.start(), m.end(), m.group()))
    return out


def _window(
    text: str,
    spans: Sequence[tuple[int, int]],
    first: int,
    last: int,
    limit: int,
    *,
    grow_left: bool = True,
) -> str:
    """Words ``first..last`` (inclusive) of ``text`` (at ``spans``), grown right then left
    while they fit in ``limit``."""
    return _cut([text[s:e] for s, e in spans], first, last, limit, grow_left=grow_left)


def _cut(
    words: Sequence[str],
    first: int,
    last: int,
    limit: int,
    cum: Sequence[int] | None = None,
    *,
    grow_left: bool = True,
) -> str:
    """``words[first..last]`` grown right then left while they fit in ``limit``, with "…"
    where words were left out (``cum``: the words' lengths summed, when known)."""
    if not words:
        return ""
    if cum is None:
        cum = [0, *accumulate(map(len, words))]
    last_word = len(words) - 1

    # Lengths by prefix sums (render() would be quadratic in the sentence's words): words
    # i..j one space apart, with "…" before and after when words are left out there.
    def length(i: int, j: int) -> int:
        return cum[j + 1] - cum[i] + (j - i) + (i > 0) + (j < last_word)

    def render(i: int, j: int) -> str:
        body = " ".join(words[i : j + 1])
        return ("…" if i > 0 else "") + body + ("…" if j < last_word else "")

    i, j = first, last
    if length(i, j) > limit:
        # The claim alone is too long: keep its first words.
        j = i
        while j < last and length(i, j + 1) <= limit:
            j += 1
        out = render(i, j)
        return out if len(out) <= limit else out[: limit - 1].rstrip() + "…"
    while True:
        grown = False
        # length(i, j + 1) and length(i - 1, j), written out: this loop runs per word.
        if (
            j < last_word
            and cum[j + 2] - cum[i] + (j + 1 - i) + (i > 0) + (j + 1 < last_word) <= limit
        ):
            j += 1
            grown = True
        if (
            grow_left
            and i > 0
            and cum[j + 1] - cum[i - 1] + (j - i + 1) + (i > 1) + (j < last_word) <= limit
        ):
            i -= 1
            grown = True
        if not grown:
            return render(i, j)
