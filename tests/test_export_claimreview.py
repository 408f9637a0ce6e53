"""ClaimReview JSON-LD: Google's required and recommended properties, refusals, short claims."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import pytest

from factcheck.config import Config, load_config
from factcheck.errors import ExportError
from factcheck.export import ExportOptions, export_report
from factcheck.export.claimreview import LIMIT, claim_review, claim_reviewed
from factcheck.models import Claim, ClaimRecord, Document, MoneyValue, QuoteValue, Verdict

SCHEMA = json.loads(
    (Path(__file__).parent / "schemas" / "claimreview.schema.json").read_text(encoding="utf-8")
)
WHEN = datetime(2025, 6, 2, 16, 40, tzinfo=UTC)

TEXT = (
    "The regional rail authority, which runs services across four counties and employs "
    "about 2,300 people, said it would spend £48 million on new signalling by 2027, a figure "
    "that critics called false because the contract signed last year was for far less.\n\n"
    'Its chair, Priya Natarajan, told reporters: "Our trains have never been more punctual '
    'than they were in the spring, and every passenger can see the difference on the platform."'
)


def find(doc: Document, text: str) -> tuple[int, int]:
    start = doc.text.index(text)
    return start, start + len(text)


def sentence_of(doc: Document, start: int) -> tuple[str, int]:
    s = doc.text.rfind("\n\n", 0, start)
    s = 0 if s < 0 else s + 2
    e = doc.text.find("\n\n", start)
    e = len(doc.text) if e < 0 else e
    return doc.text[s:e], s


def record(
    doc: Document,
    kind: str,
    text: str,
    value: object,
    rating: str | None,
    status: str = "final",
    final: bool = True,
) -> ClaimRecord:
    start, end = find(doc, text)
    sentence, sentence_start = sentence_of(doc, start)
    claim = Claim(
        document=doc.id,
        kind=kind,  # type: ignore[arg-type]
        text=text,
        start=start,
        end=end,
        value=value,  # type: ignore[arg-type]
        sentence=sentence,
        sentence_start=sentence_start,
    )
    verdict = (
        Verdict(claim_id=claim.id, rating=rating, reviewer="sam", created=WHEN, final=final)
        if rating
        else None
    )
    return ClaimRecord(
        claim=claim,
        document_title=doc.title,
        document_url=doc.url,
        document_published=doc.published,
        status=status,  # type: ignore[arg-type]
        verdict=verdict,
    )


@pytest.fixture
def doc() -> Document:
    return Document(
        text=TEXT,
        title="Rail authority promises new signals",
        published=date(2025, 5, 30),
        url="https://regional-news.example/rail-signals",
        source="Regional News",
    )


@pytest.fixture
def report(doc: Document) -> list[tuple[Document, list[ClaimRecord]]]:
    quote = (
        '"Our trains have never been more punctual than they were in the spring, '
        'and every passenger can see the difference on the platform."'
    )
    return [
        (
            doc,
            [
                record(
                    doc,
                    "money",
                    "£48 million",
                    MoneyValue(amount=48e6, currency="GBP"),
                    "mostly-false",
                ),
                record(
                    doc,
                    "quote",
                    quote,
                    QuoteValue(quote=quote[1:-1], speaker="Priya Natarajan"),
                    "true",
                ),
                record(doc, "quantity", "2,300 people", None, None, status="open"),
                record(doc, "date", "2027", None, "half-true", status="decided", final=False),
                record(doc, "quantity", "four counties", None, "unverifiable"),
            ],
        )
    ]


def export(
    report: object, *, strict: bool = False, config: Config | None = None
) -> tuple[list[dict[str, object]], list[str]]:
    out = io.StringIO()
    options = ExportOptions(config=config or Config(), generated=WHEN, strict=strict)
    result = export_report(report, out, format="claimreview", options=options)  # type: ignore[arg-type]
    data = json.loads(out.getvalue())
    assert result.count == len(data)
    return data, result.notes


def test_schema_is_itself_valid() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_one_valid_claimreview_per_final_verdict(
    report: list[tuple[Document, list[ClaimRecord]]],
) -> None:
    reviews, _ = export(report)
    assert len(reviews) == 2  # the money figure and the quote; the rest are not final or not checks
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for review in reviews:
        errors = sorted(validator.iter_errors(review), key=str)
        assert not errors, [e.message for e in errors]
        rating = review["reviewRating"]
        assert isinstance(rating, dict)
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        assert rating["worstRating"] >= 1


def test_rating_and_publisher_come_from_the_config(
    report: list[tuple[Document, list[ClaimRecord]]], tmp_path: Path
) -> None:
    (tmp_path / "factcheck.toml").write_text(
        '[organization]\nname = "Coastline Checks"\nurl = "https://checks.coast.example/"\n',
        encoding="utf-8",
    )
    config = load_config(tmp_path)
    reviews, _ = export(report, config=config)
    money = reviews[0]
    assert money["author"] == {
        "@type": "Organization",
        "name": "Coastline Checks",
        "url": "https://checks.coast.example/",
    }
    url = str(money["url"])
    assert urlsplit(url).hostname == "checks.coast.example"
    assert url.startswith("https://checks.coast.example/fact-checks/")
    assert money["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 2,
        "bestRating": 6,
        "worstRating": 1,
        "alternateName": "Mostly false",
    }
    assert money["datePublished"] == "2025-06-02"
    assert money["itemReviewed"] == {
        "@type": "Claim",
        "author": {"@type": "Organization", "name": "Regional News"},
        "datePublished": "2025-05-30",
        "appearance": {
            "@type": "CreativeWork",
            "url": "https://regional-news.example/rail-signals",
            "headline": "Rail authority promises new signals",
            "datePublished": "2025-05-30",
        },
    }
    # Two claims of one article: one page, a fragment per claim.
    assert reviews[0]["url"] != reviews[1]["url"]


def test_claim_reviewed_is_short_keeps_the_figure_and_drops_rating_words(
    report: list[tuple[Document, list[ClaimRecord]]],
) -> None:
    money = report[0][1][0]
    assert "false" in money.claim.sentence  # the sentence itself holds a rating word
    short = claim_reviewed(money, Config())
    assert len(short) <= LIMIT < 75
    assert "£48 million" in short
    assert "false" not in short.lower().split()
    assert short.startswith("…") or short.endswith("…")
    # whole words only: every word of the window is a word of the sentence
    words = set(money.claim.sentence.split())
    assert all(w in words for w in short.strip("…").split())


def test_quote_reads_as_speaker_and_words(report: list[tuple[Document, list[ClaimRecord]]]) -> None:
    quote = report[0][1][1]
    short = claim_reviewed(quote, Config())
    assert short.startswith("Priya Natarajan: “Our trains have never been more punctual")
    assert short.endswith("…”")
    assert len(short) <= LIMIT
    reviews, _ = export([(report[0][0], [quote])])
    assert reviews[0]["itemReviewed"]["author"] == {"@type": "Person", "name": "Priya Natarajan"}  # type: ignore[index]


def test_short_sentence_is_kept_whole(doc: Document) -> None:
    small = Document(text="Fares rose 4% in May.", published=date(2025, 6, 1))
    rec = record(small, "percent", "4%", None, "true")
    assert claim_reviewed(rec, Config()) == "Fares rose 4% in May."


def test_bulk_export_skips_claims_without_final_verdict_with_notes(
    report: list[tuple[Document, list[ClaimRecord]]],
) -> None:
    _, notes = export(report)
    records = report[0][1]
    assert notes == [
        f"Skipped 1 claim with no verdict yet: {records[2].claim.id}",
        f"Skipped 1 claim awaiting a final verdict: {records[3].claim.id}",
        f"Skipped 1 claim whose rating is not a rating of truth: {records[4].claim.id}",
    ]


@pytest.mark.parametrize(
    ("index", "message"),
    [
        (2, 'Claim "{id}" has no verdict yet; review it before exporting ClaimReview'),
        (
            3,
            'Claim "{id}" has no final verdict (status "decided"); ClaimReview needs a final '
            "verdict, signed off when the two-person rule is on",
        ),
        (
            4,
            'Claim "{id}" is rated "Unverifiable", which is not a rating of truth; '
            "ClaimReview is only for checked claims",
        ),
    ],
)
def test_explicit_claim_without_final_verdict_is_refused_with_the_reason(
    report: list[tuple[Document, list[ClaimRecord]]], index: int, message: str
) -> None:
    doc, records = report[0]
    rec = records[index]
    with pytest.raises(ExportError) as exc:
        export([(doc, [rec])], strict=True)
    assert str(exc.value) == message.format(id=rec.claim.id)
    with pytest.raises(ExportError):
        claim_review(doc, rec, Config())


def test_rating_outside_the_scale_is_refused(doc: Document) -> None:
    rec = record(doc, "money", "£48 million", None, "satire")
    with pytest.raises(ExportError, match='is rated "satire", which is not in the rating scale'):
        claim_review(doc, rec, Config())


def test_article_without_source_takes_the_host_as_author() -> None:
    doc = Document(
        text="Tolls rise to £7 in July.",
        url="https://www.gazette.example/tolls",
        published=date(2025, 6, 1),
    )
    reviews, _ = export([(doc, [record(doc, "money", "£7", None, "false")])])
    assert reviews[0]["itemReviewed"]["author"] == {
        "@type": "Organization",
        "name": "www.gazette.example",
    }  # type: ignore[index]
    jsonschema.validate(reviews[0], SCHEMA)
