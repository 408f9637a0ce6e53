"""Control characters: article text is hostile, terminals obey what they are sent.

Two defences, one at each end:

``neutralise(text)`` runs at intake (every article read by ``factcheck.documents``): each
terminal escape sequence (``ESC [ 2 J``, an OSC window title or ``ESC ] 8 ; ; URL`` hyperlink,
DCS/APC strings, their 8-bit C1 forms) and every other C0/C1 control character except
newline and tab becomes spaces, one per character. Offsets stay valid against the text as
read, and no extractor ever sees the inside of a sequence: ``ESC ] 8 ; ; http://x ESC \\``
used to give a quantity claim "8;;".

``sanitise(text)`` runs at output: ``factcheck.cli._common.SafeConsole`` passes every piece of
text it prints (tables, panels, progress, error lines) through it, whatever its source
(names, notes, titles, file names, old rows written before intake neutralised). Control
characters other than newline and tab are dropped; the printable rest of a sequence
("[2J") stays visible.
Rich's own styling is written after this step, so colours still work.
"""

from __future__ import annotations

import re

#: C0 controls but tab and newline, DEL, and the C1 block.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")

#: A whole escape sequence, 7-bit or 8-bit: CSI, the string commands (OSC, DCS, SOS, PM,
#: APC) up to their terminator (BEL or ST) or the end of the line, and two-byte escapes.
SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[\x20-\x2f]*[\x30-\x7e]?"
)


def neutralise(text: str) -> str:
    """``text`` with escape sequences and control characters as spaces, same length."""
    if not CONTROL.search(text):
        return text
    text = SEQUENCE.sub(lambda m: " " * len(m.group()), text)
    return CONTROL.sub(" ", text)


def sanitise(text: str) -> str:
    """``text`` without control characters but newline and tab, fit for a terminal."""
    if not CONTROL.search(text):
        return text
    return CONTROL.sub("", text)


_C1 = re.compile("[\x7f-\x9f]")


def json_escaped(text: str) -> str:
    """JSON text with DEL and the C1 controls (U+007F-U+009F, 8-bit CSI among them) written
    as ``\\u`` escapes: the same JSON, but nothing a terminal could act on. Serialisers that
    keep non-ASCII text (``ensure_ascii=False``, pydantic) escape C0 controls themselves and
    leave these raw."""
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
