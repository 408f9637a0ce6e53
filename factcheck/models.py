"""factcheck's input and output: documents, claims, verdicts, checks and queue records.

A ``Document`` is an article with its publication date; a ``Claim`` is one checkable
span in it. Each claim kind has its own value model, and ``Claim.value`` is a union
discriminated by ``kind`` (the value's ``kind`` always equals the claim's):

    {"kind": "money", "text": "£3 billion", "start": 19, "end": 29,
     "value": {"kind": "money", "amount": 3000000000, "currency": "GBP", "per": "year"}}

Unknown input keys are ignored, so newer files load in older versions.

The models are plain records with pydantic's interface (``factcheck._records``): importing
this module imports no pydantic, and a command that neither validates nor serializes
through pydantic (``factcheck extract`` of one line) never loads it. Each model's pydantic
twin is built from the declarations below when something first validates or dumps it
(``model_validate``, ``model_dump``, a value that is not plainly valid given to the
constructor). Type checkers read the declarations as the pydantic models they were.

The annotations are evaluated as the classes are made (no ``from __future__ import
annotations``): the records and their twins read each field's type as it is.
"""

from _blake2 import blake2b as _blake2b  # hashlib.blake2b itself, without loading OpenSSL
from datetime import date, datetime
from functools import cache
from importlib import import_module
from typing import TYPE_CHECKING, Annotated, Any, Literal

if TYPE_CHECKING:
    from pydantic import BaseModel as _Model
    from pydantic import Field

    def Discriminator(field: str) -> Any: ...
else:
    from factcheck._records import Discriminator, Field
    from factcheck._records import Record as _Model

KINDS: tuple[str, ...] = ("money", "date", "duration", "percent", "quantity", "quote")

Kind = Literal["money", "date", "duration", "percent", "quantity", "quote"]


class Document(_Model):
    """An article: its text and what we know about it."""

    id: str = ""
    text: str
    published: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    byline: str | None = Field(None, description="the article's author(s), as the page gives them")
    site_name: str | None = Field(None, description="the publication, as the page names itself")
    fetched_url: str | None = Field(
        None, description="the address the page was fetched from, after redirects"
    )
    fetched_at: datetime | None = Field(None, description="when the page was fetched (UTC)")
    fetched_sha256: str | None = Field(None, description="SHA-256 of the bytes fetched, hex")
    pages: list[int] | None = Field(
        None, description="where each PDF page starts in the text (page n at pages[n - 1])"
    )

    def _after(self) -> None:
        if not self.id:
            self.id = content_hash(self.text)[:16]


def content_hash(text: str) -> str:
    """SHA-256 of the text, hex: the identity of a document's content.

    A short text is hashed by Python's built-in SHA-256 (0.3 ms to load); a long one by
    OpenSSL's (``hashlib``: 2.5 ms to load, five times faster per byte). The digest is the
    same: ``factcheck extract`` of one line does not load OpenSSL.
    """
    data = text.encode("utf-8", "surrogatepass")
    if len(data) < _SHORT:
        digest: str = _small_sha256()(data).hexdigest()
        return digest
    import hashlib

    return hashlib.sha256(data).hexdigest()


_SHORT = 1 << 16


@cache
def _small_sha256() -> Any:
    """Python's built-in SHA-256 (``_sha256``, ``_sha2`` from 3.12), else hashlib's."""
    for name in ("_sha256", "_sha2"):
        try:
            return import_module(name).sha256
        except (ImportError, AttributeError):
            continue
    return import_module("hashlib").sha256


class MoneyValue(_Model):
    kind: Literal["money"] = "money"
    amount: float
    currency: str | None = None
    amount_max: float | None = None
    per: str | None = None
    qualifier: str | None = None


class DateValue(_Model):
    kind: Literal["date"] = "date"
    date: str
    granularity: Literal["day", "month", "year"]
    date_end: str | None = None
    year_from_context: bool | None = None


class DurationValue(_Model):
    kind: Literal["duration"] = "duration"
    iso: str
    qualifier: str | None = None


class PercentValue(_Model):
    kind: Literal["percent"] = "percent"
    percent: float
    percent_max: float | None = None
    percentage_points: bool | None = None
    qualifier: str | None = None


class QuantityValue(_Model):
    kind: Literal["quantity"] = "quantity"
    number: float
    unit: str | None = None
    number_max: float | None = None
    per: str | None = None
    qualifier: str | None = None


class QuoteValue(_Model):
    kind: Literal["quote"] = "quote"
    quote: str
    speaker: str | None = None
    speaker_kind: Literal["person", "organisation"] | None = None
    sieve: str | None = Field(None, description="the attribution rule that chose the speaker")
    speaker_start: int | None = Field(None, description="where the speaker's mention starts")
    speaker_end: int | None = None


Value = Annotated[
    MoneyValue | DateValue | DurationValue | PercentValue | QuantityValue | QuoteValue,
    Discriminator("kind"),
]


def plain_fields(model: _Model, *, drop_none: bool = False) -> dict[str, Any]:
    """A model's fields as plain data, nested models and lists of them included: what
    ``model.model_dump(exclude_none=drop_none)`` returns for our models, whose fields hold
    plain values, models and lists of those.

    pydantic builds a model's serializer on its first dump (``ClaimRecord``'s takes about
    12 ms, for one claim of ``factcheck next``); reading the fields needs none.
    """
    out: dict[str, Any] = {}
    for name in type(model).model_fields:
        value = _plain(getattr(model, name), drop_none)
        if value is not None or not drop_none:
            out[name] = value
    return out


def _plain(value: Any, drop_none: bool) -> Any:
    if isinstance(value, _Model):
        return plain_fields(value, drop_none=drop_none)
    if isinstance(value, list):
        return [_plain(v, drop_none) for v in value]
    return value


def claim_id(document: str, kind: str, start: int, end: int) -> str:
    """A stable id for a claim: the same document, kind and span give the same id."""
    raw = f"{document}\x1f{kind}\x1f{start}\x1f{end}".encode("utf-8", "surrogatepass")
    return _blake2b(raw, digest_size=8).hexdigest()


class Claim(_Model):
    """One checkable span of a document, with its normalised value."""

    id: str = ""
    document: str
    kind: Kind
    text: str
    start: int
    end: int
    value: Value | None = None
    qualifier: str | None = None
    sentence: str = ""
    sentence_start: int = 0
    pair: str | None = Field(
        default=None, description="id of a linked claim, e.g. the converted twin of a money figure"
    )

    @classmethod
    def _before(cls, data: Any) -> Any:
        # Values written by other tools (the eval gold) have no "kind": take the claim's.
        if isinstance(data, dict):
            value = data.get("value")
            if isinstance(value, dict) and "kind" not in value and "kind" in data:
                data = {**data, "value": {**value, "kind": data["kind"]}}
        return data

    def _after(self) -> None:
        if not self.id:
            self.id = claim_id(self.document, self.kind, self.start, self.end)
        if self.value is not None and self.value.kind != self.kind:
            raise ValueError(f"value of kind {self.value.kind!r} on a {self.kind!r} claim")

    def to_record(self) -> dict[str, Any]:
        """The claim as the JSON object of FORMAT.md (value without None entries).

        ``self.model_dump(exclude_none=True)``, read off the fields: a claim holds plain
        values and one value model, so writing one needs no serializer built for it.
        """
        return plain_fields(self, drop_none=True)


# ---------------------------------------------------------------- review and checks
#
# Shared by the queue (factcheck.db), the checks (factcheck.checks), the lookups
# (factcheck.lookup) and the exporters (factcheck.export).

Status = Literal["open", "leased", "decided", "final"]
"""open: waiting; leased: a reviewer holds it; decided: has a verdict that awaits a second
reviewer's sign-off (two-person rule); final: has a final verdict."""

CheckName = Literal["conversion", "elapsed", "weekday", "arithmetic"]
CheckStatus = Literal["consistent", "inconsistent", "inconclusive"]


class Source(_Model):
    """A piece of evidence a reviewer cites."""

    url: str
    title: str | None = None
    accessed: datetime | None = None
    snippet: str | None = None


class Evidence(_Model):
    """What an automatic check or a lookup relied on: a reference value and where it came from."""

    source: str
    description: str
    url: str | None = None
    retrieved: datetime | None = None
    content_hash: str | None = None
    value: str | None = None


class Verdict(_Model):
    """A reviewer's rating of a claim. A change is a new verdict; the latest is current."""

    claim_id: str
    rating: str
    note: str | None = None
    sources: list[Source] = Field(default_factory=list)
    reviewer: str
    created: datetime
    final: bool = True
    signed_off_by: str | None = None
    signed_off_at: datetime | None = None
    evidence: list[Evidence] = Field(
        default_factory=list, description="lookup and check results the reviewer attached"
    )
    adopted_from: str | None = Field(
        None, description="the claim whose earlier verdict this one adopted"
    )


class CheckResult(_Model):
    """An automatic consistency check of one figure: a suggestion, never a verdict."""

    claim_id: str | None = None
    document: str
    check: CheckName
    status: CheckStatus
    start: int
    end: int
    text: str = ""
    explanation: str
    related: list[str] = Field(default_factory=list, description="ids of the other claims compared")
    evidence: list[Evidence] = Field(default_factory=list)
    created: datetime | None = None


class Event(_Model):
    """One line of the append-only event log."""

    id: int | None = None
    action: str
    actor: str
    at: datetime
    claim_id: str | None = None
    document_id: str | None = None
    detail: dict[str, Any] = Field(default_factory=dict)


class ClaimRecord(_Model):
    """A queued claim with its review state: what `queue`, `show` and the exporters read."""

    claim: Claim
    document_title: str | None = None
    document_url: str | None = None
    document_published: date | None = None
    page: int | None = Field(
        None, description="the PDF page (from 1) holding the claim; the exports fill it in"
    )
    status: Status = "open"
    priority: float = 0.0
    priority_reasons: list[str] = Field(default_factory=list)
    lease_holder: str | None = None
    lease_expires: datetime | None = None
    verdict: Verdict | None = None
    checks: list[CheckResult] = Field(default_factory=list)
    assignee: str | None = Field(None, description="who the claim is assigned to, if anyone")
    review_note: str | None = Field(
        None, description="why it came back: an editor's send-back note, a disagreement"
    )
