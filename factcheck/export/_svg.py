"""Charts as inline SVG for the HTML report: stacked bars and a progress line, no script.

The charts are plain markup the project writes itself, so the report's Content-Security-
Policy stays ``script-src 'none'`` and the file stays one self-contained page. Colours are
SVG presentation attributes (``fill="#b3261e"``), not ``style`` attributes, which that
policy would block. Every number a bar stands for is also written as text: inside its
segment when the segment is wide enough, at the end of the bar as the total, and in a
``<title>`` per segment (a tooltip, and what a screen reader announces). Each shape carries
``data-label`` and ``data-n`` so a test can read the numbers back.

The ``viewBox`` is narrow (``WIDTH`` units) so that text stays legible when the chart is
scaled down to a phone's width; CSS caps how wide it grows on a desk (``.chart``).

    stacked_bars([Bar("Port buys cranes", [Segment("False", 2, "#b3261e"), ...])],
                 title="Verdicts per article")
    progress_line([Series("rated", "#1f5fa8", [(date(2025, 2, 17), 3), ...])], total=26,
                  title="Progress")
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from html import escape

from factcheck._terminal import sanitise

WIDTH = 360
"""The charts' width in user units (the viewBox), about a phone's width in CSS pixels."""

FONT = 13
_LABEL_H = 18  # the line of text above a bar
_BAR_H = 22
_GAP = 10
_TOTAL_W = 34  # room at the right for the bar's total
_MIN_INSIDE = 18  # narrowest segment that gets its number written inside


@dataclass(frozen=True)
class Segment:
    """One part of a bar: what it counts, how many, and its colour."""

    label: str
    n: int
    fill: str
    ink: str = "#111"
    """The colour of the number written inside the segment."""


@dataclass(frozen=True)
class Bar:
    """One bar of a stacked bar chart, with its segments in order."""

    label: str
    segments: Sequence[Segment]
    key: str = ""
    """What the bar stands for, for ``data-bar`` (an article's id, a kind)."""

    @property
    def total(self) -> int:
        return sum(s.n for s in self.segments)


@dataclass(frozen=True)
class Series:
    """One line of a progress chart: cumulative counts by day."""

    label: str
    stroke: str
    points: Sequence[tuple[date, int]] = field(default_factory=list)


def text(value: str) -> str:
    """Text from the data, escaped for SVG inside HTML (controls dropped)."""
    return escape(sanitise(value), quote=True)


def _short(label: str, limit: int) -> str:
    label = " ".join(label.split())
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _open(height: float, title: str, desc: str, kind: str) -> tuple[str, str]:
    uid = f"chart-{kind}"  # one chart of each kind per page
    head = (
        f'<svg class="chart" data-chart="{text(kind)}" viewBox="0 0 {WIDTH} {height:g}" '
        f'width="{WIDTH}" height="{height:g}" role="img" '
        f'aria-labelledby="{uid}-t {uid}-d" xmlns="http://www.w3.org/2000/svg" '
        f'font-family="system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif" '
        f'font-size="{FONT}">'
        f'<title id="{uid}-t">{text(title)}</title><desc id="{uid}-d">{text(desc)}</desc>'
    )
    return head, "</svg>"


def stacked_bars(bars: Sequence[Bar], *, title: str, kind: str, scale: int | None = None) -> str:
    """Horizontal stacked bars, one row per bar: its label above, the total at the right.

    All bars share one scale (the largest total, or ``scale``), so their lengths compare.
    A segment too narrow for its number gets it just under the bar, with a tick to the
    segment, so every count is on the page. An empty bar (total 0) is drawn as an outline.
    """
    longest = max([b.total for b in bars] + [scale or 0, 1])
    span = WIDTH - _TOTAL_W
    desc = "; ".join(
        f"{b.label}: {b.total} (" + ", ".join(f"{s.label} {s.n}" for s in b.segments if s.n) + ")"
        for b in bars
    )
    parts: list[str] = []
    top = 0.0
    for bar in bars:
        y = top + _LABEL_H
        parts.append(
            f'<g class="bar" data-bar="{text(bar.key or bar.label)}" data-total="{bar.total}">'
            f'<text x="0" y="{top + FONT:g}" class="bar-label">{text(_short(bar.label, 46))}'
            f"<title>{text(bar.label)}</title></text>"
        )
        x = 0.0
        below_x = -1e9  # where the last number under the bar ends
        below = False
        mid = y + _BAR_H / 2 + FONT * 0.36
        for seg in bar.segments:
            if seg.n <= 0:
                continue
            w = span * seg.n / longest
            parts.append(
                f'<rect x="{x:.2f}" y="{y}" width="{w:.2f}" height="{_BAR_H}" fill="{seg.fill}" '
                f'stroke="#fff" stroke-width="1" data-label="{text(seg.label)}" data-n="{seg.n}">'
                f"<title>{text(seg.label)}: {seg.n}</title></rect>"
            )
            digits = len(str(seg.n)) * FONT * 0.62 + 6
            if w >= max(_MIN_INSIDE, digits):
                parts.append(
                    f'<text x="{x + w / 2:.2f}" y="{mid:.2f}" text-anchor="middle" '
                    f'font-weight="700" fill="{seg.ink}" class="seg-n" '
                    f'data-label="{text(seg.label)}">{seg.n}</text>'
                )
            else:
                centre = max(x + w / 2, below_x + digits / 2)
                parts.append(
                    f'<path d="M{x + w / 2:.2f},{y + _BAR_H}L{centre:.2f},{y + _BAR_H + 4}" '
                    f'stroke="{seg.fill}" stroke-width="1.5" fill="none"/>'
                    f'<text x="{centre:.2f}" y="{y + _BAR_H + 4 + FONT:.2f}" '
                    f'text-anchor="middle" font-weight="700" class="seg-n" '
                    f'data-label="{text(seg.label)}">{seg.n}</text>'
                )
                below_x = centre + digits / 2
                below = True
            x += w
        if bar.total == 0:
            parts.append(
                f'<rect x="0" y="{y}" width="{span:.2f}" height="{_BAR_H}" fill="none" '
                f'stroke="#999" stroke-dasharray="3 3"/>'
            )
        parts.append(
            f'<text x="{x + 4:.2f}" y="{mid:.2f}" class="bar-total" '
            f'font-weight="700">{bar.total}</text></g>'
        )
        top = y + _BAR_H + (FONT + 6 if below else 0) + _GAP
    head, tail = _open(max(top, _LABEL_H + _BAR_H + _GAP), title, desc, kind)
    return head + "".join(parts) + tail


def swatch(fill: str) -> str:
    """A small square of colour for a legend written in HTML."""
    return (
        '<svg class="sw" viewBox="0 0 10 10" width="10" height="10" aria-hidden="true">'
        f'<rect width="10" height="10" fill="{fill}" stroke="#333" stroke-width="1"/></svg>'
    )


def progress_line(series: Sequence[Series], *, total: int, title: str, kind: str) -> str:
    """Cumulative counts by day as step lines under a dashed line at ``total``.

    The first and last days are written under the x axis, 0 and ``total`` beside the y
    axis, and each line's last value at its end. One day alone is drawn as points.
    """
    days = sorted({d for s in series for d, _ in s.points})
    left, right, top, bottom = 30.0, WIDTH - 80.0, 14.0, 118.0
    height = bottom + 34
    peak = max([total, 1] + [n for s in series for _, n in s.points])
    first, last = (days[0], days[-1]) if days else (None, None)
    width_days = max((last - first).days, 1) if first and last else 1

    def px(d: date) -> float:
        assert first is not None
        if first == last:
            return (left + right) / 2
        return left + (right - left) * (d - first).days / width_days

    def py(n: int) -> float:
        return bottom - (bottom - top) * n / peak

    desc = f"{total} claims; " + "; ".join(
        f"{s.label} {s.points[-1][1] if s.points else 0}" for s in series
    )
    head, tail = _open(height, title, desc, kind)
    parts = [
        head,
        f'<line x1="{left}" y1="{bottom}" x2="{right}" y2="{bottom}" stroke="#555"/>',
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{bottom}" stroke="#555"/>',
        f'<text x="{left - 4}" y="{bottom + 4}" text-anchor="end">0</text>',
        f'<line x1="{left}" y1="{py(total):.2f}" x2="{right}" y2="{py(total):.2f}" stroke="#555" '
        f'stroke-dasharray="4 3" data-label="claims" data-n="{total}"/>',
        f'<text x="{left - 4}" y="{py(total) + 4:.2f}" text-anchor="end">{total}</text>',
        f'<text x="{right + 4}" y="{py(total) + 4:.2f}" class="line-end" data-label="claims" '
        f'data-n="{total}">claims {total}</text>',
    ]
    if first and last:
        parts.append(f'<text x="{left}" y="{bottom + 16}" class="day">{first.isoformat()}</text>')
        if last != first:
            parts.append(
                f'<text x="{right}" y="{bottom + 16}" text-anchor="end" class="day">'
                f"{last.isoformat()}</text>"
            )
    ends: list[float] = []
    for s in series:
        if not s.points:
            continue
        points = sorted(s.points)
        path = [f"M{px(points[0][0]):.2f},{py(0):.2f}", f"V{py(points[0][1]):.2f}"]
        for d, n in points[1:]:
            path.append(f"H{px(d):.2f}V{py(n):.2f}")
        end_n = points[-1][1]
        if first != last:
            parts.append(
                f'<path d="{"".join(path)}" fill="none" stroke="{s.stroke}" stroke-width="2.5" '
                f'data-label="{text(s.label)}"/>'
            )
        for d, n in points:
            parts.append(
                f'<circle cx="{px(d):.2f}" cy="{py(n):.2f}" r="3.5" fill="{s.stroke}" '
                f'data-label="{text(s.label)}" data-day="{d.isoformat()}" data-n="{n}">'
                f"<title>{text(s.label)} by {d.isoformat()}: {n}</title></circle>"
            )
        y = py(end_n) + 4
        while any(abs(y - e) < FONT for e in ends):  # keep end labels apart
            y += FONT
        ends.append(y)
        parts.append(
            f'<text x="{right + 4}" y="{y:.2f}" fill="{s.stroke}" font-weight="700" '
            f'class="line-end" data-label="{text(s.label)}" data-n="{end_n}">'
            f"{text(s.label)} {end_n}</text>"
        )
    if not days:
        parts.append(
            f'<text x="{(left + right) / 2}" y="{(top + bottom) / 2}" text-anchor="middle">'
            "No verdicts yet</text>"
        )
    parts.append(tail)
    return "".join(parts)
