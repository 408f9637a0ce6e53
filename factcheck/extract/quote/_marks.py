"""Reading quote spans: marks paired within paragraphs, single marks told from
apostrophes, titles and labels left out."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from factcheck.extract.quote._tables import (
    _ATTITUDE,
    _DETERMINERS,
    _DOUBLE,
    _FUNCTION_WORDS,
    _HEADLINE_VERB,
    _LABEL_AFTER,
    _LABEL_BEFORE,
    _LABEL_CUES,
    _NAME_VERB_AFTER,
    _NEXT_WORD,
    _NICKNAME,
    _OPENER_BEFORE,
    _PARAGRAPH,
    _SINGLE,
    _SMALL_WORDS,
    _VERB,
    _VERB_BEFORE,
    _WHAT_CALLED,
    _WORD_AFTER,
)


@dataclass
class _Quote:
    start: int  # the opening mark
    end: int  # after the closing mark, or the paragraph's end when left open
    inner_start: int
    inner_end: int
    open_para: bool  # left open at the paragraph's end
    continues: bool  # re-opens a quote left open in the previous paragraph


def _quote_value(s: str, q: _Quote) -> str:
    inner = s[q.inner_start : q.inner_end].strip()
    if inner.endswith(","):
        inner = inner[:-1].rstrip()
    return inner


# ---------------------------------------------------------------- spans


def _paragraphs(s: str) -> tuple[list[int], list[int]]:
    """Paragraph starts and ends: a blank line, or a new line that opens with a quote mark."""
    starts, ends = [0], []
    for m in _PARAGRAPH.finditer(s):
        ends.append(m.start())
        starts.append(m.end())
    ends.append(len(s))
    return starts, ends


def _find_quotes(s: str, sentences: list[int]) -> list[_Quote]:
    starts, ends = _paragraphs(s)
    spans = _pair_double(s, starts, ends)
    singles = _find_single(s, spans)  # drops doubles nested in single marks
    spans.extend(singles)
    spans.sort(key=lambda q: q.start)
    return [q for q in spans if _is_quote(s, q, spans, sentences)]


def _pair_double(s: str, starts: list[int], ends: list[int]) -> list[_Quote]:
    out: list[_Quote] = []
    open_at = -1
    open_para = -1
    open_cont = False
    left_open = -2  # the paragraph that ended inside a quote
    n = len(s)
    for m in _DOUBLE.finditer(s):
        i = m.start()
        p = bisect_right(ends, i)
        if open_at >= 0 and p != open_para:
            out.append(_open_paragraph(s, open_at, ends[open_para], open_cont))
            left_open = open_para
            open_at = -1
        ch = s[i]
        before = s[i - 1] if i else " "
        after = s[i + 1] if i + 1 < n else " "
        if open_at < 0:
            if ch == "”" and not _WORD_AFTER.match(after):
                continue  # a stray closing mark
            if ch == '"' and before.isdigit():
                continue  # inches: 12" or 5'11"
            if ch == '"' and before not in _OPENER_BEFORE and not _WORD_AFTER.match(after):
                continue  # looks like a closer with nothing open
            open_at, open_para = i, p
            open_cont = left_open == p - 1 and not s[starts[p] : i].strip()
            continue
        if ch == "“" and _WORD_AFTER.match(after):
            # a second opening mark while one is open: the first was stray
            open_at = i
            open_cont = False
            continue
        out.append(_Quote(open_at, i + 1, open_at + 1, i, False, open_cont))
        open_at = -1
    if open_at >= 0:
        out.append(_open_paragraph(s, open_at, ends[open_para], open_cont))
    return out


def _open_paragraph(s: str, start: int, end: int, cont: bool) -> _Quote:
    while end > start + 1 and s[end - 1].isspace():
        end -= 1
    return _Quote(start, end, start + 1, end, True, cont)


def _find_single(s: str, doubles: list[_Quote]) -> list[_Quote]:
    if "'" not in s and "‘" not in s:
        return []
    plain: list[_Quote] = []
    holding: list[tuple[_Quote, range]] = []  # single quotes around double ones
    starts = [q.start for q in doubles]
    for m in _SINGLE.finditer(s):
        a, b = m.start(), m.end()
        k = bisect_right(starts, a) - 1
        if k >= 0 and doubles[k].end > a:
            continue  # nested inside a double quote
        inner = m.group(1)
        if len(inner) < 2 or not any(c.isalpha() for c in inner):
            continue
        j = k + 1
        while j < len(doubles) and doubles[j].end <= b and not doubles[j].open_para:
            j += 1
        if j < len(doubles) and doubles[j].start < b:
            continue  # crosses a double quote
        q = _Quote(a, b, a + 1, b - 1, False, False)
        if j > k + 1:
            holding.append((q, range(k + 1, j)))
        else:
            plain.append(q)
    # Single marks hold double ones only where single marks are the house style
    # (British); elsewhere such a stretch runs from an apostrophe ('burbs).
    if holding and len(plain) >= len(doubles) - sum(len(r) for _, r in holding):
        drop = {i for _, r in holding for i in r}
        doubles[:] = [q for i, q in enumerate(doubles) if i not in drop]
        plain.extend(q for q, _ in holding)
    return plain


# ---------------------------------------------------------------- quote or not


def _is_quote(s: str, q: _Quote, spans: list[_Quote], sentences: list[int]) -> bool:
    inner = s[q.inner_start : q.inner_end].strip()
    core = inner.rstrip(",.;:!?…").strip()
    if not core or not any(c.isalpha() for c in core):
        return False
    if q.open_para or q.continues:
        return True
    sent_start = max(
        s.rfind("\n", max(0, q.start - 400), q.start) + 1,
        sentences[bisect_right(sentences, q.start) - 1],
    )
    before = s[sent_start : q.start]
    after = s[q.end : q.end + 80]
    if (
        not _LABEL_CUES.isdisjoint(before[-40:].lower().split()[-4:])
        and _LABEL_BEFORE.search(before, max(0, len(before) - 40))
        and not _WHAT_CALLED.search(before, max(0, len(before) - 60))
    ) or _LABEL_AFTER.match(after):
        return False
    words = core.split()
    if _is_headline(s, q.start):
        return _headline_quote(s, q, spans, core)
    last = inner[-1:]
    if (
        len(words) <= 4
        and last not in ".!?,"
        and _NICKNAME.search(before[-40:])
        and after[:2].strip()[:1].isupper()
    ):
        return False  # Jack "the Hammer" Smith
    if (
        len(words) <= 6
        and (last not in ".!?" or (last == "." and len(words) > 1))
        and _title_case(words)
    ):
        return _adjacent_attribution(before, after)
    if (
        1 < len(words) <= 4
        and last not in ".!?,;:"
        and core[0].islower()
        and words[0] not in _DETERMINERS
        and not _WHAT_CALLED.search(before, max(0, len(before) - 60))
    ):
        m = _NEXT_WORD.match(after)
        if m and m.group(1) not in _FUNCTION_WORDS and not m.group(1).endswith("ly"):
            return False  # a quoted term before its noun: its "green levy" plan
        if before.endswith(("the ", "The ")) and _HEADLINE_VERB.search(before) is None:
            return False  # a term nobody is said to have said: drivers in the "gig economy"
    if (
        len(words) <= 3
        and last not in ".!?"
        and core[0].islower()
        and s.find("\n", 0, q.start) >= 0
    ):
        k = bisect_right(sentences, q.end)
        sent_end = sentences[k] if k < len(sentences) else len(s)
        if _ATTITUDE.search(before) is None and _ATTITUDE.search(s, q.end, sent_end) is None:
            # nobody in the sentence says, calls, vows or fears anything: a term or a
            # scare quote ("workers on 'atypical contracts'"), unless the paragraph quotes
            # someone at length
            para = s.rfind("\n", 0, q.start) + 1
            para_end = s.find("\n", q.end)
            para_end = len(s) if para_end < 0 else para_end
            lo = bisect_left(spans, para, key=_start)
            hi = bisect_left(spans, para_end, key=_start)
            if not any(
                o is not q and s.count(" ", o.inner_start, o.inner_end) >= 3 for o in spans[lo:hi]
            ):
                return False
    return True


def _start(q: _Quote) -> int:
    return q.start


def _title_case(words: list[str]) -> bool:
    if not words[0][:1].isupper() and not words[0][:1].isdigit():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS for w in words)


def _adjacent_attribution(before: str, after: str) -> bool:
    m = _VERB.match(after.lstrip(" ,—–-"))
    if m:
        return True
    if _NAME_VERB_AFTER.match(after):
        return True
    return _VERB_BEFORE.search(before, max(0, len(before) - 60)) is not None


def _is_headline(s: str, i: int) -> bool:
    line_start = s.rfind("\n", 0, i) + 1
    line_end = s.find("\n", i)
    if line_end < 0:
        line_end = len(s)
    line = s[line_start:line_end].rstrip()
    if not line or len(line) > 160 or line[-1] in '.!?"”’:':
        return False
    prev_blank = line_start == 0 or s[max(0, line_start - 2) : line_start] == "\n\n"
    next_blank = line_end == len(s) or s[line_end : line_end + 2] == "\n\n"
    if not (prev_blank and next_blank):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", line) if w.lower() not in _SMALL_WORDS]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _headline_quote(s: str, q: _Quote, spans: list[_Quote], core: str) -> bool:
    line_start = s.rfind("\n", 0, q.start) + 1
    line_end = s.find("\n", q.end)
    line = s[line_start : line_end if line_end >= 0 else len(s)]
    if _HEADLINE_VERB.search(line.replace(s[q.start : q.end], " ")):
        return True
    low = core.lower()
    for other in spans:
        if other is q:
            continue
        inner = s[other.inner_start : other.inner_end].lower()
        if low in inner and not _title_case(s[other.inner_start : other.inner_end].split()):
            return True
    # the words appear lower-case in the body: a quoted phrase, not a title
    return (
        re.search(rf"(?<![\w]){re.escape(low)}(?![\w])", s[line_end if line_end > 0 else 0 :])
        is not None
    )


def _is_question(s: str, q: _Quote) -> bool:
    inner = s[q.inner_start : q.inner_end].rstrip(" ,”\"’'")
    return inner.endswith("?")
