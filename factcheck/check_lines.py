"""How an automatic check result reads beside its claim, in one line, wherever it is shown.

``show``, ``review`` and every report print a claim's checks the same way: the verdict of
the check, its arithmetic and its evidence (rate, date, source)::

    conversion consistent: ECB 2025-02-17: 1 GBP = 1.2598 USD, so £3 billion = $3.779 billion;
    the text says $3.7 billion (-2.1%) · evidence: ECB euro reference rates: ECB 2025-02-17 ...

The strings are plain text made from article text: each sink escapes them its own way.
Kept apart from ``factcheck.checks`` so that showing a claim never loads the checker.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from factcheck.models import CheckResult, ClaimRecord, Evidence
from factcheck.priority import check_reason, is_check_reason

__all__ = [
    "MARK",
    "NO_EVIDENCE",
    "STYLE",
    "check_line",
    "evidence_text",
    "flagged",
    "raised_reasons",
]

#: A check's status as two characters, for lines without colour.
MARK = {"consistent": "ok", "inconsistent": "!!", "inconclusive": "??"}
#: A check's status as a rich style, for the terminal.
STYLE = {"consistent": "green", "inconsistent": "bold red", "inconclusive": "yellow"}

NO_EVIDENCE = "the article's own figures"


def evidence_parts(
    e: Any, *, when: Callable[[datetime], str] = str, hash_chars: int | None = None
) -> list[str]:
    """A piece of evidence in plain text: what, where, when retrieved and (for evidence
    attached to a verdict) its SHA-256, cut to ``hash_chars`` when given."""
    parts = [f"{e.source}: {e.description}" if e.description else e.source]
    if e.url:
        parts.append(e.url)
    if e.retrieved:
        parts.append(f"retrieved {when(e.retrieved)}")
    digest = getattr(e, "content_hash", None)
    if digest:
        parts.append(f"sha256 {digest[:hash_chars] if hash_chars else digest}")
    return parts


def _evidence(e: Evidence) -> str:
    return ", ".join(evidence_parts(e, when=lambda t: t.strftime("%Y-%m-%d %H:%M UTC")))


def evidence_text(result: CheckResult) -> str:
    """What the check relied on, in one line: reference, value, address; or the article."""
    if not result.evidence:
        return NO_EVIDENCE
    return "; ".join(_evidence(e) for e in result.evidence)


def check_line(result: CheckResult) -> str:
    """``check status: arithmetic · evidence: ...`` on one line (white space folded)."""
    line = (
        f"{result.check} {result.status}: {result.explanation} · evidence: {evidence_text(result)}"
    )
    return " ".join(line.split())


def raised_reasons(record: ClaimRecord) -> list[str]:
    """The priority reasons an inconsistent check gave the claim ("inconsistent ... +10")."""
    return [r for r in record.priority_reasons if is_check_reason(r)]


def flagged(record: ClaimRecord) -> str | None:
    """A short flag beside the claim in an article when a check found it inconsistent:
    "inconsistent conversion check"; None otherwise."""
    _, reasons = check_reason(record.checks)
    return reasons[0].rsplit(" ", 1)[0] if reasons else None
