"""UTF-8 text an export decoded as Windows-1252 once too often, read back as written.

A CSV or JSON export made by a tool that took UTF-8 bytes for Windows-1252 (or
Latin-1) holds "KrakÃ³w", "GdaÅ„sk" and "Ð¥Ð°Ñ€ÑŒÐºÐ¾Ð²Ðµ": every letter beyond
ASCII as two or three characters, which no gazetteer name matches.  Such a text's
characters, turned back into the bytes that code page gives them, are valid UTF-8
again; a text truly written with "Ã" or "Ð" almost never is (the next character
would have to be one of the code page's upper half, as in "Ã³").
:func:`repair` re-reads a text, or each of its lines, when that holds.
"""

from __future__ import annotations

import re

#: A lead byte of a UTF-8 sequence seen as Windows-1252, then a continuation byte so seen.
_MARK = re.compile(
    "[\u00c2-\u00df\u00e0-\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
    "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122]"
)


def marked(text: str) -> bool:
    """Whether ``text`` holds a character pair that looks like UTF-8 read as Windows-1252."""
    return _MARK.search(text) is not None


def _bytes_of(text: str) -> bytes | None:
    """The bytes Windows-1252 (Latin-1 for its five unused bytes) gives ``text``, else None."""
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code < 0x80 or 0xA0 <= code <= 0xFF or code in (0x81, 0x8D, 0x8F, 0x90, 0x9D):
            out.append(code)
            continue
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            return None
    return bytes(out)


def _reread(text: str) -> str | None:
    """``text`` read back as UTF-8, or ``None`` when it is not mojibake of UTF-8."""
    if not marked(text):
        return None
    data = _bytes_of(text)
    if data is None:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def repair(text: str) -> tuple[str, bool]:
    """``text`` with its UTF-8-read-as-Windows-1252 lines read as written; whether any was.

    >>> repair("Strikes hit KrakÃ³w and GdaÅ„sk.")
    ('Strikes hit Kraków and Gdańsk.', True)
    >>> repair("SÃO PAULO — prices rose 5 %")
    ('SÃO PAULO — prices rose 5 %', False)
    """
    if not marked(text):  # every record's text: one search, stopping at the first mark
        return text, False
    whole = _reread(text)
    if whole is not None:
        return whole, True
    lines = text.split("\n")
    fixed = [_reread(line) for line in lines]
    if not any(f is not None for f in fixed):
        return text, False
    return "\n".join(
        f if f is not None else line for f, line in zip(fixed, lines, strict=True)
    ), True
