"""Article text normalisation and line-break handling.

Every offset geomap writes indexes the *normalised* article text: decoded
UTF-8, BOM removed, ``\\r\\n`` and ``\\r`` turned into ``\\n``.  The spaCy doc
is built from :func:`flatten`, the same text with each newline replaced by a
space, so its character offsets are the article's offsets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_BOM = "\ufeff"
_SENTENCE_END = frozenset(".!?\"'”’»:;)…")


def normalize_text(raw: str) -> str:
    """Return article text with any BOM removed and line endings turned into ``"\\n"``."""
    if raw.startswith(_BOM):
        raw = raw[len(_BOM) :]
    return raw.replace("\r\n", "\n").replace("\r", "\n")


def decode_article(data: bytes, source: str) -> str:
    """Decode article bytes as UTF-8 (BOM allowed) and normalise line endings.

    Raises
    ------
    geomap.errors.InputError
        If the bytes are not UTF-8 or hold NUL bytes (binary data); the message names
        ``source`` and the byte offset.
    """
    from geomap.errors import InputError

    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"{source}: binary data, not text (NUL byte at offset {nul})")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{source}: not UTF-8 text (invalid byte at offset {exc.start}); "
            "convert it with e.g. `iconv -f LATIN1 -t UTF-8`"
        ) from exc
    return normalize_text(text)


def flatten(text: str) -> str:
    """Replace each newline by a space; the result has the same length as ``text``."""
    return text.replace("\n", " ")


def line_breaks(text: str) -> tuple[int, ...]:
    """Return the offsets of every ``"\\n"`` in ``text``."""
    return tuple(m.start() for m in re.finditer("\n", text))


def ends_sentence(line: str) -> bool:
    """Whether a line (stripped of trailing blanks) ends with sentence-final punctuation."""
    stripped = line.rstrip()
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def is_paragraph_break(text: str, offset: int) -> bool:
    """Whether the newline at ``offset`` is followed by a blank line (a paragraph break)."""
    rest = text[offset + 1 :]
    nxt = rest.split("\n", 1)[0]
    return not nxt.strip() or (offset > 0 and text[offset - 1] == "\n")


def line_spans(text: str, breaks: Sequence[int]) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of each line given the newline offsets."""
    spans: list[tuple[int, int]] = []
    start = 0
    for b in breaks:
        spans.append((start, b))
        start = b + 1
    spans.append((start, len(text)))
    return spans
