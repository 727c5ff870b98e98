"""The text the model reads, and the map from its offsets back to the article's.

The article text is stored and written as read (:func:`geomap.text.normalize_text`);
the pipeline reads :func:`model_text` of it: each run of whitespace one space (a
hard-wrapped line, a double space, a tab, a no-break space), a paragraph break (a
run holding two or more line breaks) two spaces, the invisible format characters
(soft hyphen, zero-width space and joiners, word joiner, the implicit bidi marks)
dropped, leading and trailing whitespace dropped; control characters and terminal
escape sequences as :func:`geomap.text.flatten` has them.  "New\\nYork", "New  York",
"New\\u00a0York" and "Ne\\u00adw York" all read "New York".

A word hyphenated at a line's end (print layouts, text taken from PDFs) reads as
one: a soft break ("Zapo-\\nrizhzhia", "Kha\\u00ad\\nrkiv") is read joined,
"Zaporizhzhia", a compound's hyphen ("Polish-\\nBelarusian") stays, the line
break gone: "Polish-Belarusian" (:mod:`geomap.line_hyphens` tells them apart).

:class:`ModelText` keeps where each line break was (``breaks``: the offsets of the
spaces that stand for one, for :mod:`geomap.nlp.sentences`) and the offset map:
:meth:`ModelText.start` and :meth:`ModelText.end` turn a span of the model's text
into the article's, so every offset geomap writes indexes the stored text.  The
map is kept as the points where the shift changes (:meth:`ModelText.pairs`), a
doc's ``_.offset_map``, so it travels with a serialised doc.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from geomap.line_hyphens import Lexicon, joined_at_hyphens
from geomap.sanitize import BIDI_MARKS
from geomap.text import flatten

#: Invisible format characters that never separate words: the soft hyphen, the
#: zero-width space, non-joiner and joiner, the word joiner, the zero-width no-break
#: space (a BOM inside the text) and the implicit bidi marks (LRM, RLM, ALM), which
#: :func:`flatten` would make spaces ("Kyi\u200fv": "Kyi v").  Unicode's
#: Default_Ignorable_Code_Point format characters that web text carries.
FORMAT_CHARACTERS = "\u00ad\u200b\u200c\u200d\u2060\ufeff" + BIDI_MARKS
#: Line separators besides "\n": a vertical tab, a form feed, U+2028; U+2029 is a
#: paragraph break.
_LINE_SEPARATORS = "\n\x0b\x0c\u2028"
_PARAGRAPH_SEPARATOR = "\u2029"
_KEPT = re.compile(f"[{_LINE_SEPARATORS}{FORMAT_CHARACTERS}]")
#: What changes: a run at either end, of two or more, a whitespace character other
#: than a space, a format character (a single space between words stays as it is).
_RUN = re.compile(
    f"^[\\s{FORMAT_CHARACTERS}]+|[\\s{FORMAT_CHARACTERS}]+$|[\\s{FORMAT_CHARACTERS}]{{2,}}"
    f"|[^\\S ]|[{FORMAT_CHARACTERS}]"
)


class OffsetMap:
    """Model offsets -> article offsets: the shift from each point where it changes on.

    Parameters
    ----------
    pairs
        ``[[start, shift], ...]``: from model offset ``start`` on, the article offset
        is the model offset plus ``shift`` (a doc's ``_.offset_map``); ``None`` or
        empty: the identity.
    """

    __slots__ = ("shifts", "starts")

    def __init__(self, pairs: Sequence[Sequence[int]] | None = None) -> None:
        pairs = pairs or [[0, 0]]
        self.starts = [int(p[0]) for p in pairs]
        self.shifts = [int(p[1]) for p in pairs]

    def pairs(self) -> list[list[int]]:
        """The map as ``[[start, shift], ...]`` (a doc extension's value)."""
        return [[a, b] for a, b in zip(self.starts, self.shifts, strict=True)]

    def start(self, offset: int) -> int:
        """The article offset of the model's character at ``offset`` (a span's start)."""
        k = bisect_right(self.starts, offset) - 1
        return offset + self.shifts[max(k, 0)]

    def end(self, offset: int) -> int:
        """The article offset of a span's end at model offset ``offset``.

        The character before the end is mapped, so a span ends where its last
        character does, not after the whitespace or format characters that follow.
        """
        return self.start(0) if offset <= 0 else self.start(offset - 1) + 1

    def model_spans(self, spans: Sequence[tuple[int, int]], size: int) -> list[tuple[int, int]]:
        """The model spans of article spans (``size``: the model text's length).

        Each covers the characters of the model's text that come from inside its
        article span (gold offsets read back onto the doc).
        """
        table = [self.start(i) for i in range(size)] if spans else []
        return [(bisect_left(table, start), bisect_left(table, end)) for start, end in spans]


@dataclass(frozen=True, slots=True)
class ModelText:
    """The model's text of an article (or a piece of one) and its offset map.

    Attributes
    ----------
    text
        What the pipeline reads.
    breaks
        Offsets in ``text`` of the spaces that stand for a line break (two for a
        paragraph break), in order.
    offsets
        Its offsets -> the article's.
    """

    text: str
    breaks: tuple[int, ...]
    offsets: OffsetMap


def model_text(text: str, known: Lexicon | None = None) -> ModelText:
    """The text the model reads of ``text``, with its line breaks and offset map.

    ``known`` tells whether a word is one the reader knows (a place name, a word of
    the language), for the words hyphenated at a line's end
    (:func:`geomap.line_hyphens.soft_break`); without it, a lower-case continuation
    is a soft break unless the article itself spells the word with its hyphen.

    >>> m = model_text("in\\n  New\\nYork, Ky\\u00adiv")
    >>> m.text, m.breaks
    ('in New York, Kyiv', (2, 6))
    >>> s, e = m.text.index("Kyiv"), len(m.text)
    >>> "in\\n  New\\nYork, Ky\\u00adiv"[m.offsets.start(s) : m.offsets.end(e)]
    'Ky\\xadiv'
    """
    flat = _with_line_breaks(text, flatten(text))
    if "\n" in flat:
        flat = joined_at_hyphens(flat, known)
    out: list[str] = []
    breaks: list[int] = []
    offsets = OffsetMap()
    starts, shifts = offsets.starts, offsets.shifts
    pos = 0  # next character of ``flat`` to copy
    size = 0  # characters written
    for m in _RUN.finditer(flat):
        a, b = m.span()
        out.append(flat[pos:a])
        size += a - pos
        run = m.group()
        lines = sum(run.count(c) for c in _LINE_SEPARATORS) + 2 * run.count(_PARAGRAPH_SEPARATOR)
        spaces = any(c.isspace() for c in run)
        width = 0 if a == 0 or b == len(flat) or not spaces else (2 if lines >= 2 else 1)
        if width:
            if lines:
                breaks.extend(range(size, size + width))
            out.append(" " * width)
            _shift(starts, shifts, size, a - size)  # the spaces stand at the run's start
            size += width
        _shift(starts, shifts, size, b - size)
        pos = b
    out.append(flat[pos:])
    return ModelText("".join(out), tuple(breaks), offsets)


def _with_line_breaks(text: str, flat: str) -> str:
    """``flat`` with the line separators and format characters of ``text`` put back.

    :func:`flatten` makes them spaces; here a line separator is a line break and a
    format character is dropped.
    """
    found = list(_KEPT.finditer(text))
    if not found:
        return flat
    chars = list(flat)
    for m in found:
        c = m.group()
        chars[m.start()] = "\n" if c in _LINE_SEPARATORS else c
    return "".join(chars)


def _shift(starts: list[int], shifts: list[int], at: int, shift: int) -> None:
    """Record that from model offset ``at`` on the article offset is ``shift`` more."""
    if shifts[-1] == shift:
        return
    if starts[-1] == at:
        starts.pop()
        shifts.pop()
        if shifts and shifts[-1] == shift:
            return
    starts.append(at)
    shifts.append(shift)


_OTHER_SPACES = re.compile(r"[^\S ]")


def shown(text: str) -> str:
    """``text`` on one line, as a sentence is shown: one character for one.

    Line breaks, tabs and other whitespace become spaces, control characters and
    escape sequences as :func:`flatten` has them; format characters stay (they
    are invisible; the sinks show bidi marks inertly), so offsets inside it are
    ``text``'s.

    >>> shown("officials in\\nKyiv\\tsaid")
    'officials in Kyiv said'
    """
    return _OTHER_SPACES.sub(" ", _with_line_breaks(text, flatten(text)))
