"""Checking against extraction: what the automatic checks add to extracting a corpus.

Extraction alone (``extract_document``) and extraction plus every check
(``check_document`` on the same ``Text``, so the checks reuse what extraction read), best
of three, on the dense and the news-like corpus of ``benchmarks.extract``. The budget is
that checking adds at most 25% to extraction time. Where the checking time goes is printed
under it: reading the claims into operands (``read``, the figure scanner included) and each
relation's ``find``, on claims extracted beforehand (best of three, CPU time).

``snapshot(path)`` writes every check result (document, check, status, span, explanation,
claim) of both bench corpora and of the check sets in ``SETS`` as JSON Lines, so that a
change meant to make checking faster can be shown to change no result: snapshot before
and after, then ``compare(before, after)``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from benchmarks.extract import ROOT, corpus, news_like_corpus
from factcheck.checks import check_document
from factcheck.checks._reading import read
from factcheck.checks.relations import RELATIONS, References
from factcheck.extract import EXTRACTORS
from factcheck.extract._spans import Text
from factcheck.lookup.ecb import ecb_rate
from factcheck.models import Claim, Document

BUDGET = 0.25
#: The check sets a snapshot covers besides the bench corpora (gold files in the
#: ``score_checks`` format; those missing on this machine are left out).
SETS = (
    *(f"tests/fixtures/checks_blind{n}/cases.jsonl" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9, 10)),
    "tests/fixtures/checks/own-cases.jsonl",
    "../shared/eval/checks-dev.jsonl",
)


def _extract(doc: Document) -> None:
    text = Text(doc)
    for extractor in EXTRACTORS.values():
        list(extractor(text))


def _extract_and_check(doc: Document) -> None:
    check_document(doc, None, text=Text(doc))


def _best(fn, docs: list[Document], repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for d in docs:
            fn(d)
        best = min(best, time.process_time() - t0)
    return best


def _claims(doc: Document) -> list[Claim]:
    text = Text(doc)
    claims = [c for extractor in EXTRACTORS.values() for c in extractor(text)]
    claims.sort(key=lambda c: (c.start, -c.end))
    return claims


def _stages(docs: list[Document], repeat: int = 3) -> dict[str, float]:
    """CPU seconds of each stage of checking, best of ``repeat`` passes: ``read`` (on a
    fresh ``Text``, so the figure scanner is counted) and each relation's ``find``."""
    prepared = [(d, _claims(d)) for d in docs]
    best: dict[str, float] = {}
    for _ in range(repeat):
        spent = dict.fromkeys(["read", *(m.NAME for m in RELATIONS)], 0.0)
        for doc, claims in prepared:
            text = Text(doc)
            t0 = time.process_time()
            reading = read(doc, claims, text=text)
            spent["read"] += time.process_time() - t0
            refs = References(rates=ecb_rate)
            for module in RELATIONS:
                t0 = time.process_time()
                list(module.find(reading, refs))
                spent[module.NAME] += time.process_time() - t0
        best = {k: min(v, best.get(k, v)) for k, v in spent.items()}
    return best


def main() -> None:
    print(f"{'corpus':<10} {'articles':>9} {'extract s':>10} {'+checks s':>10} {'added':>7}")
    stages: list[tuple[str, dict[str, float]]] = []
    for name, docs in (("dense", corpus()), ("news-like", news_like_corpus())):
        _extract_and_check(docs[0])  # warm the imports and the rate history
        base = _best(_extract, docs)
        both = _best(_extract_and_check, docs)
        added = both / base - 1 if base else 0.0
        mark = "ok" if added <= BUDGET else f"over the {BUDGET:.0%} budget"
        print(f"{name:<10} {len(docs):>9} {base:>10.3f} {both:>10.3f} {added:>6.1%} {mark}")
        stages.append((name, _stages(docs)))
    for name, spent in stages:
        top = sorted(spent.items(), key=lambda kv: -kv[1])
        print(f"{name} checking by stage (s): " + ", ".join(f"{k} {v:.3f}" for k, v in top))


# ---------------------------------------------------------------- result snapshots


def _set_documents(path: Path) -> list[Document]:
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            published = d.get("published")
            docs.append(Document(id=d["id"], text=d["text"],
                                 published=date.fromisoformat(published[:10]) if published
                                 else None))  # fmt: skip
    return docs


def _corpora() -> Iterator[tuple[str, list[Document]]]:
    yield "dense", corpus()
    yield "news-like", news_like_corpus()
    for rel in SETS:
        path = (ROOT / rel).resolve()
        if path.exists():
            yield rel, _set_documents(path)


def snapshot(path: str | Path) -> int:
    """Write every check result of the bench corpora and the check sets to ``path`` (JSON
    Lines, one result a line, in a fixed order); returns how many."""
    n = 0
    with Path(path).open("w", encoding="utf-8") as out:
        for name, docs in _corpora():
            for d in docs:
                for r in check_document(d, None, text=Text(d)):
                    row = [name, d.id, r.check, r.status, r.start, r.end, r.explanation,
                           r.claim_id]  # fmt: skip
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
                    n += 1
    return n


def compare(before: str | Path, after: str | Path) -> list[str]:
    """The results that differ between two snapshots, as "-"/"+" lines (empty: identical)."""
    a = Path(before).read_text(encoding="utf-8").splitlines()
    b = Path(after).read_text(encoding="utf-8").splitlines()
    gone, new = set(a) - set(b), set(b) - set(a)
    return [f"- {x}" for x in a if x in gone] + [f"+ {x}" for x in b if x in new]
