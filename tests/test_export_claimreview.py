"""ClaimReview JSON-LD: Google's required and recommended properties, refusals, short claims."""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
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
ORG = Config.model_validate(
    {"organization": {"name": "The Daily Example", "url": "https://daily.example"}}
)
"""A newsroom that has named itself: the placeholder organisation is refused."""

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
    report: object,
    *,
    strict: bool = False,
    config: Config | None = None,
    editorial: dict[str, dict[str, str]] | None = None,
    pages: dict[str, str] | None = None,
) -> tuple[list[dict[str, Any]], list[str]]:
    out = io.StringIO()
    options = ExportOptions(
        config=config or ORG,
        generated=WHEN,
        strict=strict,
        editorial=editorial or {},
        pages=pages or {},
    )
    result = export_report(report, out, format="claimreview", options=options)  # type: ignore[arg-type]
    data = json.loads(out.getvalue())
    assert result.count == len(data)
    return data, result.notes


def strings(data: object) -> list[str]:
    """Every string value in a JSON document."""
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for v in data.values() for s in strings(v)]
    if isinstance(data, list):
        return [s for v in data for s in strings(v)]
    return []


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


def test_article_without_speaker_byline_or_site_leaves_the_claimant_out_and_says_so() -> None:
    doc = Document(
        text="Tolls rise to £7 in July.",
        url="https://www.gazette.example/tolls",
        published=date(2025, 6, 1),
    )
    rec = record(doc, "money", "£7", None, "false")
    reviews, notes = export([(doc, [rec])])
    assert "author" not in reviews[0]["itemReviewed"]  # not the host, not the file
    jsonschema.validate(reviews[0], SCHEMA)
    assert notes == [
        "1 claim has no known claimant (no speaker, byline or site name), so "
        f"itemReviewed.author is left out: {rec.claim.id}; name one with "
        "factcheck edit ID --claimant NAME"
    ]


@pytest.mark.parametrize(
    "source",
    [
        "uk-troops-ukraine.md",
        "claims/uk-troops-ukraine.md",
        "/home/desk/in/report",
        "Budget 2024.TXT",
        "page.html",
        "-",
        "https://news.example/2025/02/article",
    ],
)
def test_a_file_name_is_never_a_claimant(source: str) -> None:
    doc = Document(text="Tolls rise to £7 in July.", source=source, published=date(2025, 6, 1))
    reviews, notes = export([(doc, [record(doc, "money", "£7", None, "false")])])
    assert "author" not in reviews[0]["itemReviewed"]
    assert source not in strings(reviews)
    assert notes and "no known claimant" in notes[0]


def test_claimant_is_the_speaker_then_the_byline_then_the_site_name() -> None:
    text = 'Tolls rise to £7 in July. "We had no choice," said Mara Quill.'
    base = {"text": text, "published": "2025-06-01", "source": "Gazette"}
    quote = '"We had no choice,"'
    speaker = QuoteValue(quote="We had no choice,", speaker="Mara Quill")
    by_site = Document.model_validate({**base, "site_name": "The Gazette"})
    by_line = Document.model_validate({**base, "byline": "Ted Ink", "site_name": "The Gazette"})

    def author(doc: Document, kind: str, span: str, value: object) -> object:
        reviews, _ = export([(doc, [record(doc, kind, span, value, "false")])])
        return reviews[0]["itemReviewed"].get("author")

    assert author(by_line, "quote", quote, speaker) == {"@type": "Person", "name": "Mara Quill"}
    assert author(by_line, "money", "£7", None) == {"@type": "Person", "name": "Ted Ink"}
    assert author(by_site, "money", "£7", None) == {"@type": "Organization", "name": "The Gazette"}
    plain = Document.model_validate(base)
    assert author(plain, "money", "£7", None) == {"@type": "Organization", "name": "Gazette"}


def test_placeholder_organisation_is_refused_with_the_fix(
    report: list[tuple[Document, list[ClaimRecord]]],
) -> None:
    for data in (report, []):
        out = io.StringIO()
        with pytest.raises(ExportError) as exc:
            export_report(data, out, format="claimreview", options=ExportOptions(config=Config()))
        assert out.getvalue() == ""
        assert str(exc.value).startswith(
            'ClaimReview would be published by the placeholder organisation "factcheck desk" '
            "(https://factcheck.example); set the organisation with factcheck team set "
            "organization.name NAME and factcheck team set organization.url URL"
        )
    half = Config.model_validate({"organization": {"name": "The Daily Example"}})
    with pytest.raises(ExportError, match="placeholder organisation"):
        export(report, config=half)  # a real name on the placeholder's address is no better


def test_url_template_names_document_claim_and_slug(
    report: list[tuple[Document, list[ClaimRecord]]],
) -> None:
    doc, records = report[0]
    config = Config.model_validate(
        {
            "organization": {
                "name": "The Daily Example",
                "url": "https://daily.example",
                "claimreview_url": "https://daily.example/checks/{slug}/{document}#c-{claim}",
            }
        }
    )
    reviews, _ = export(report, config=config)
    ids = [records[0].claim.id, records[1].claim.id]
    assert [r["url"] for r in reviews] == [
        f"https://daily.example/checks/rail-authority-promises-new-signals/{doc.id}#c-{i}"
        for i in ids
    ]
    # The document's own page wins over the template, with a fragment per claim.
    reviews, notes = export(report, config=config, pages={doc.id: "https://www.daily.example/p"})
    assert [r["url"] for r in reviews] == [f"https://www.daily.example/p#{i}" for i in ids]
    assert not [n for n in notes if "domain" in n]  # a subdomain is the organisation's
    # A page elsewhere is published, and the export says search engines will not read it.
    reviews, notes = export(report, config=config, pages={doc.id: "https://blog.example/rail"})
    assert notes[-1] == (
        f"2 claims' pages are not on the organisation's domain (daily.example): {ids[0]}, "
        f"{ids[1]}; search engines read a ClaimReview only from a page on that domain or a "
        "subdomain (check --page-url and organization.claimreview_url)"
    )
    for review in reviews:
        jsonschema.validate(review, SCHEMA)


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("https://daily.example/{title}", "claimreview_url names {title}"),
        ("ftp://daily.example/{claim}", "takes an http(s) URL template"),
        ("https://daily.example/{claim", "is not a valid template"),
        ("https://daily.example/{claim.__class__}", "claimreview_url names {claim.__class__}"),
    ],
)
def test_a_bad_url_template_is_refused(template: str, message: str) -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match=re.escape(message)):
        Config.model_validate({"organization": {"claimreview_url": template}})


def test_editorial_wording_claimant_and_rating_explanation(
    report: list[tuple[Document, list[ClaimRecord]]],
) -> None:
    doc, records = report[0]
    money = records[0].model_copy(
        update={
            "verdict": records[0].verdict.model_copy(  # type: ignore[union-attr]
                update={"note": "The contract signed in 2024 was for £31 million.\n"}
            )
        }
    )
    edits = {
        money.claim.id: {
            "claim_reviewed": "The rail authority will spend £48 million on signals",
            "claimant": "Regional Rail Authority",
            "claimant_type": "organization",
            "claimant_url": "https://rail.example/about",
        }
    }
    reviews, notes = export([(doc, [money])], editorial=edits)
    review = reviews[0]
    assert review["claimReviewed"] == "The rail authority will spend £48 million on signals"
    assert review["itemReviewed"]["author"] == {
        "@type": "Organization",
        "name": "Regional Rail Authority",
        "sameAs": "https://rail.example/about",
    }
    assert review["reviewRating"]["ratingExplanation"] == (
        "The contract signed in 2024 was for £31 million."
    )
    assert notes == []
    jsonschema.validate(review, SCHEMA)


@pytest.mark.parametrize(
    ("wording", "message"),
    [
        ("x" * 75, "The claim reviewed is 75 characters; ClaimReview keeps it under 75"),
        ("The signals claim is False.", 'holds the rating word "false"'),
        ("Trains are mostly punctual, which is Misleading", 'holds the rating word "misleading"'),
    ],
)
def test_editorial_wording_is_checked(wording: str, message: str) -> None:
    from factcheck.export.claimreview import check_wording

    with pytest.raises(ExportError, match=message):
        check_wording(wording, ORG)
    assert check_wording("  Trains  ran on time in May ", ORG) == "Trains ran on time in May"


# ---------------------------------------------------------------- JSON-LD round trip (pyld)

VOCAB = "https://schema.org/"
SCHEMA_ORG_CONTEXT = {"@vocab": VOCAB, "url": {"@type": "@id"}, "sameAs": {"@type": "@id"}}
"""A stand-in for schema.org's context, served offline (tests never touch the network):
its vocabulary, with ``url`` and ``sameAs`` as links, as in schema.org's own context."""


def _loader(url: str, options: object = None) -> dict[str, object]:
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {
            "contentType": "application/ld+json",
            "contextUrl": None,
            "documentUrl": url,
            "document": {"@context": SCHEMA_ORG_CONTEXT},
        }
    raise AssertionError(f"the JSON-LD processor asked for {url}")


def _found(node: dict[str, Any], original: dict[str, Any], path: str) -> list[str]:
    """The paths of ``original``'s fields that the expanded ``node`` does not hold."""
    missing: list[str] = []
    for key, value in original.items():
        where = f"{path}.{key}"
        if key == "@context":
            continue
        if key == "@type":
            if VOCAB + value not in node.get("@type", []):
                missing.append(where)
            continue
        got = node.get(VOCAB + key)
        if not got:
            missing.append(where)
        elif isinstance(value, dict):
            missing += _found(got[0], value, where)
        elif got[0].get("@value", got[0].get("@id")) != value:
            missing.append(f"{where} ({got[0]!r} != {value!r})")
    return missing


def round_trip(reviews: list[dict[str, Any]]) -> None:
    from pyld import jsonld

    options = {"documentLoader": _loader}
    for review in reviews:
        expanded = jsonld.expand(review, options)
        assert len(expanded) == 1
        assert _found(expanded[0], review, "ClaimReview") == []
        back = jsonld.compact(expanded, "https://schema.org", options)
        assert back == review


def test_json_ld_round_trip_finds_every_field(
    report: list[tuple[Document, list[ClaimRecord]]],
) -> None:
    records = report[0][1]
    edits = {
        records[1].claim.id: {"claimant": "Priya Natarajan", "claimant_url": "https://r.example/p"}
    }
    reviews, _ = export(report, editorial=edits)
    assert reviews[1]["itemReviewed"]["author"]["sameAs"] == "https://r.example/p"
    round_trip(reviews)


def test_round_trip_notices_a_lost_field() -> None:
    """The check can fail: a field outside the vocabulary's reach is reported missing."""
    from pyld import jsonld

    review = {"@context": "https://schema.org", "@type": "ClaimReview", "url": "https://a.example/"}
    expanded = jsonld.expand(review, {"documentLoader": _loader})
    assert _found(expanded[0], {**review, "claimReviewed": "x"}, "ClaimReview") == [
        "ClaimReview.claimReviewed"
    ]


# ---------------------------------------------------------------- the seed article, published

GOOGLE_REQUIRED = ("claimReviewed", "reviewRating", "url")
GOOGLE_RECOMMENDED = ("author", "datePublished", "itemReviewed")
GOOGLE_RATING = ("alternateName", "bestRating", "ratingValue", "worstRating")
GOOGLE_CLAIM = ("author", "datePublished", "appearance")
"""From Google Search Central's ClaimReview page: the required properties, the recommended
ones, those of reviewRating (alternateName required) and of the itemReviewed Claim."""


def test_seed_article_published_after_every_claim_is_decided_and_signed_off(
    runner: Any, tmp_path: Path
) -> None:
    from factcheck.cli import app
    from factcheck.db.store import open_store

    seed = Path(__file__).resolve().parent.parent / "claims" / "uk-troops-ukraine.md"
    db = str(tmp_path / "desk.db")

    def run(*args: str) -> Any:
        result = runner.invoke(app, ["--db", db, *args])
        assert result.exit_code == 0, result.output
        return result

    # The sample's front matter points at the placeholder's own domain; a real article has
    # its own address, given as ingest's documented override.
    run("--create", "ingest", str(seed), "--url", "https://news.example/2025/02/17/uk-troops")
    refused = runner.invoke(app, ["--db", db, "export", "-f", "claimreview"])
    assert (
        refused.exit_code == 1 and "set the organisation with factcheck team set" in refused.stderr
    )
    run("team", "set", "organization.name", "The Daily Example", "-r", "ana")
    run("team", "set", "organization.url", "https://daily.example", "-r", "ana")
    run(
        "team",
        "set",
        "organization.claimreview_url",
        "https://daily.example/checks/{slug}#{claim}",
        "-r",
        "ana",
    )
    run("team", "set", "two_person_rule", "true", "-r", "ana")
    scale = ["true", "mostly-true", "half-true", "misleading", "mostly-false", "false"]
    with open_store(db) as store:
        ids = [r.claim.id for r in store.report()[0][1]]
        assert len(ids) >= 10
        for n, cid in enumerate(ids):
            store.record_verdict(
                cid,
                rating=scale[n % len(scale)],
                reviewer="sam",
                note=f"Checked against source {n + 1}.",
            )
            store.sign_off(cid, reviewer="ana")
        assert {r.status for r in store.report()[0][1]} == {"final"}
    first = ids[0]
    run(
        "edit",
        first[:8],
        "--claim-reviewed",
        "Britain pledged £3 billion a year to Ukraine",
        "--claimant",
        "Keir Starmer",
    )
    result = run("export", "-f", "claimreview")
    reviews = json.loads(result.stdout)
    assert len(reviews) == len(ids)
    assert result.stderr == ""  # every claim has a claimant: the speaker or the site name
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for review in reviews:
        assert [e.message for e in validator.iter_errors(review)] == []
        assert all(k in review for k in GOOGLE_REQUIRED + GOOGLE_RECOMMENDED)
        assert all(k in review["reviewRating"] for k in GOOGLE_RATING)
        assert all(k in review["itemReviewed"] for k in GOOGLE_CLAIM)
        assert review["reviewRating"]["ratingExplanation"].startswith("Checked against source")
        assert review["url"].startswith(
            "https://daily.example/checks/britain-says-it-is-ready-to-put-troops-in-ukraine"
        )
        for text in strings(review):
            assert "factcheck desk" not in text.lower() and "factcheck.example" not in text
            assert "uk-troops-ukraine" not in text and not text.lower().endswith((".md", ".txt"))
    by_id = {r["url"].rsplit("#", 1)[1]: r for r in reviews}
    assert by_id[first]["claimReviewed"] == "Britain pledged £3 billion a year to Ukraine"
    assert by_id[first]["itemReviewed"]["author"] == {"@type": "Person", "name": "Keir Starmer"}
    round_trip(reviews)


def test_hostile_editorial_text_cannot_close_the_script_element(
    report: list[tuple[Document, list[ClaimRecord]]],
) -> None:
    doc, records = report[0]
    payload = "</script><script>alert(1)</script><!--"
    edits = {
        records[0].claim.id: {
            "claim_reviewed": f"{payload[:40]}",
            "claimant": f"Rail {payload}",
            "claimant_url": "https://r.example/?q=</script>",
        }
    }
    out = io.StringIO()
    options = ExportOptions(config=ORG, generated=WHEN, editorial=edits)
    export_report([(doc, [records[0]])], out, format="claimreview", options=options)
    raw = out.getvalue()
    assert "<" not in raw and ">" not in raw  # written as \u003c and \u003e
    [review] = json.loads(raw)
    assert review["itemReviewed"]["author"]["name"] == f"Rail {payload}"
    assert review["claimReviewed"] == payload[:40]
    round_trip([review])


def test_claim_reviewed_reads_plain_sentences_as_the_word_by_word_walk_does() -> None:
    """Sentences whose words are one space apart take a short road (their places follow from
    their lengths); every claim in them reads as the walk over each word's span gives it."""
    from factcheck.export import claimreview as cr

    config = Config()
    banned = cr._banned_words(config)
    texts = [
        "The council said it would spend £42 million on road repairs in ward 7 this year.",
        "A",
        "Officials said the 3,000-seat arena, the largest in the region by far and away, "
        "would cost £1.2 billion over the next decade, twice the first estimate of 2019.",
        "Σ the ΣΟΦΙΑ said 40% of the cost was true",  # capital sigma: the long road
        "Spending  rose\tby 12% in a year",  # irregular white space: the long road
        " It rose by 12% ",
        "The claim was false: 45 minutes, not 30.",  # a rating word: the long road
    ]

    def kept(text: str) -> list[re.Match[str]]:
        return [
            m
            for m in re.finditer(r"\S+", text)
            if m.group().strip(cr._EDGE_PUNCT).lower() not in banned
        ]

    def grown(words: list[str], first: int, last: int, limit: int) -> str:
        # The rule itself, each candidate rendered and measured.
        n = len(words)

        def render(i: int, j: int) -> str:
            return ("…" if i else "") + " ".join(words[i : j + 1]) + ("…" if j < n - 1 else "")

        i, j = first, last
        if len(render(i, j)) > limit:
            j = i
            while j < last and len(render(i, j + 1)) <= limit:
                j += 1
            out = render(i, j)
            return out if len(out) <= limit else out[: limit - 1].rstrip() + "…"
        while True:
            more = False
            if j + 1 < n and len(render(i, j + 1)) <= limit:
                j, more = j + 1, True
            if i > 0 and len(render(i - 1, j)) <= limit:
                i, more = i - 1, True
            if not more:
                return render(i, j)

    checked = 0
    for text in texts:
        for m in re.finditer(r"\S+", text):
            for focus in (
                (m.start(), m.end()),
                (m.start(), len(text)),
                (0, m.end()),
                (m.end(), m.end() + 1),  # at the space after a word
                (m.start() - 1, m.start()),  # from the space before it
                (-5, m.end()),  # a sentence offset after the claim's (rows of old versions)
                (m.start(), len(text) + 7),
                (len(text) + 2, len(text) + 9),
            ):
                words = kept(text)
                if not words:
                    continue
                first = next((i for i, w in enumerate(words) if w.end() > focus[0]), len(words) - 1)
                last = next(
                    (i for i in range(len(words) - 1, -1, -1) if words[i].start() < focus[1]),
                    first,
                )
                walked = grown([w.group() for w in words], first, max(first, last), cr.LIMIT)
                claim = Claim.model_construct(
                    document="d", kind="quantity", text=text[max(focus[0], 0) : focus[1]] or "x",
                    start=focus[0], end=focus[1], sentence=text, sentence_start=0, value=None,
                )  # fmt: skip
                record = ClaimRecord(claim=claim)
                assert cr.claim_reviewed(record, config) == walked, (text, focus)
                checked += 1
    assert checked > 100
    assert cr._plain_words(texts[0], banned) is not None
    assert all(cr._plain_words(t, banned) is None for t in texts[3:])
