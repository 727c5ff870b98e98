"""Quotation regions of a text, for quotes that run over several sentences.

The one quote finder of geomap, below both :mod:`geomap.nlp` (a well-known place's
name inside a quotation: :mod:`geomap.nlp.quoted_places`) and :mod:`geomap.claims`
(who says a quote, a question asked outside quotation marks).

Marks of every common style are paired: curly double ``“…”``, low-high ``„…“``,
guillemets ``«…»`` and ``»…«``, curly single ``‘…’`` and straight double
``"…"``.  A straight quote opens when it follows a space, the start of the text or
an opening bracket and is followed by a non-space; otherwise it closes.  A curly
``’`` closes a single quote only when no letter follows (``Russia’s`` is an
apostrophe), and ``‘`` opens only after a space or the start of a text.

A curly opening mark may be closed by a straight one (``“We hold."``) and a straight
one by a curly one (``"We hold.”``) or by two apostrophes (``"We hold,'' he said``).
Newspapers open a quotation again at each paragraph of a long quote without
closing the previous one (``“We sent a crew. “We treated a man.”``): an opening
mark while a quotation is open continues it.  An opening mark without a closing
one runs to the end of its paragraph (a blank line not followed by an opening mark)
or of the text, unless that paragraph holds no closing mark at all: then the marks
were lost and it runs to the end of its sentence.
"""

from __future__ import annotations

import re

#: Opening mark -> the closing marks that end it.
PAIRS: dict[str, str] = {"“": '”"', "„": '“”"', "«": "»", "»": "«", "‘": "’"}
STRAIGHT = '"'
#: A sentence end inside a text: a full stop, "?" or "!" then a space and a capital.
_SENTENCE_END = re.compile(r"(?<![A-Z])[.?!](?=\s+[A-Z“\"])")
#: Closing marks -> the characters an open quotation is read up to (its closers,
#: a line break, and an apostrophe where two of them close a straight quote).
_CLOSING = {
    closers: re.compile(
        f"[{re.escape(closers + chr(10) + (chr(39) if STRAIGHT in closers else ''))}]"
    )
    for closers in {*PAIRS.values(), STRAIGHT + "”"}
}
_OPEN_BEFORE = frozenset(" \t\n\u2028\u2029([{—–-:")


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before in _OPEN_BEFORE and not after.isspace()


def _reopens(text: str, i: int) -> bool:
    """Whether the paragraph after the blank line at ``i`` opens a quote (... unless it does)."""
    rest = text[i:].lstrip()
    return bool(rest) and (rest[0] == STRAIGHT or rest[0] in PAIRS)


def _closes_single(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isalpha()


def _doubled_apostrophe(text: str, start: int, i: int) -> bool:
    """Whether two apostrophes at ``i`` close the quotation opened at ``start``.

    Typewritten copy closes a double quote with two apostrophes (``"We stayed,'' she
    said``); they close only where no letter follows, and not when the quotation
    opened a quote of its own with them after a space (``"We said ''Kyiv'' twice"``).
    """
    if not text.startswith("''", i):
        return False
    after = text[i + 2] if i + 2 < len(text) else " "
    return not after.isalpha() and not re.search(r"\s''", text[start:i])


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` character offsets of each quotation, quote marks included.

    A closing mark without an opening one is ignored; an opening mark without a
    closing one extends to the next blank line (a paragraph) or the end of the text.

    Examples
    --------
    >>> quote_regions('He said: “We hold. We stay.” Then "no".')
    [(9, 28), (34, 38)]
    >>> quote_regions('She said: “We sent a crew. “We treated him.” Done.')
    [(10, 44)]
    """
    regions: list[tuple[int, int]] = []
    offset = 0
    while True:  # a loop, not a call per quote left open: a page of them ran out of stack
        found, rest = _scan(text[offset:])
        regions += [(a + offset, b + offset) for a, b in found]
        if rest is None:
            return regions
        offset += rest


def _scan(text: str) -> tuple[list[tuple[int, int]], int | None]:
    """The quotations of ``text`` up to one left open that ends before the text does.

    Returns them and where the text after that one starts (read again from there, as
    a text of its own), or ``None`` when the whole text is read.
    """
    regions: list[tuple[int, int]] = []
    start: int | None = None
    closers = ""
    i = 0
    while i < len(text):
        if start is not None:  # only a closing mark, "''" or a line break matters: skip on
            found = _CLOSING[closers].search(text, i)
            if found is None:
                break
            i = found.start()
        ch = text[i]
        i += 1
        if start is None:
            if ch == STRAIGHT and _opens(text, i - 1):
                start, closers = i - 1, STRAIGHT + "”"
            elif ch in PAIRS and (ch != "‘" or _opens(text, i - 1)):
                start, closers = i - 1, PAIRS[ch]
            continue
        if STRAIGHT in closers and _doubled_apostrophe(text, start, i - 1):
            regions.append((start, i + 1))  # typewriter ``''`` closing a double quote
            start, i = None, i + 1
        elif ch in closers and not (ch == STRAIGHT and _opens(text, i - 1)):
            if ch != "’" or _closes_single(text, i - 1):
                regions.append((start, i))
                start = None
        elif ch == "\n" and text.startswith("\n", i) and not _reopens(text, i - 1):
            regions.append(_unclosed(text, start, i - 1))  # ends with its paragraph ...
            start, i = None, regions[-1][1]  # ... or its sentence: read on from there
    if start is not None:
        regions.append(_unclosed(text, start, len(text)))
        if regions[-1][1] < len(text):
            return regions, regions[-1][1]
    return regions, None


def _unclosed(text: str, start: int, end: int) -> tuple[int, int]:
    """The region of a quotation opened at ``start`` and never closed before ``end``.

    No closing mark at all in its paragraph: the marks were lost (``has “ worked
    closely … produce. The officials …``), and the quotation is read to the end of
    its sentence rather than over the narrative after it.
    """
    if any(ch in '”»"' for ch in text[start + 1 : end]):
        return start, end  # marks of its own inside: a long quote, trusted to its end
    found = _SENTENCE_END.search(text, start + 1, end)
    return (start, found.start() + 1) if found else (start, end)


def region_at(regions: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The quotation containing the characters ``start:end``, if any."""
    for r_start, r_end in regions:
        if r_start <= start and end <= r_end:
            return r_start, r_end
    return None


def asked(text: str, regions: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is a question asked outside quotation marks.

    An interviewer's question ("Is it fair to say children are treated more like adults
    in France?") or the writer's own asks and asserts nothing, so it has no speaker;
    a quoted question (``“Is Kyiv safe?” Petrov asked.``) ends in its closing mark or
    lies in a quotation.

    Examples
    --------
    >>> text = 'Is Kyiv safe? “Is Lviv safe?”'
    >>> asked(text, quote_regions(text), 0, 13), asked(text, quote_regions(text), 15, 28)
    (True, False)
    """
    body = text[start:end].rstrip()
    if not body.endswith("?"):
        return False
    mark = start + len(body) - 1
    return region_at(regions, mark, mark + 1) is None
