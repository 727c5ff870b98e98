"""A line naming the outlet at the top of a text file: "Source: Reuters", "Источник: Медуза".

A story pasted into a ``.txt`` file often keeps its outlet on a line of its own under
the headline.  :func:`source_line` finds such a line among the text's first
:data:`~geomap.io.byline_line.OPENING_LINES` lines: a label naming the outlet field
(English "Source", "Outlet", "Publisher", and the words of
:data:`geomap.field_names.LOCAL_FIELD_ALIASES` for the outlet: "Quelle", "Źródło",
"Источник", "Издание", "Джерело", "Видання", "Média"), a colon, and a short name, nothing
else.  :func:`blank_source_line` makes the name the article's outlet when it has none
and blanks the line (offsets still index the file).  "Source: the ministry said ..."
is a sentence, not a name, and stays.  A date line may end with its source ("4. März
2026, 11:02 Uhr, Quelle: dpa"): :func:`trailing_source` splits it off, and
:func:`date_line_source` finds it among the opening lines, for the outlet.
"""

from __future__ import annotations

import re

from geomap.field_names import LOCAL_FIELD_ALIASES
from geomap.io.byline_line import blanked, opening_lines
from geomap.metadata import clean_text
from geomap.outlet_names import OUTLET_ADDRESS, outlet_from_url

#: Labels of an outlet's line: English, then the local words for the outlet field.
LABELS = ("source", "outlet", "publisher", *LOCAL_FIELD_ALIASES["outlet"])
#: Most words in an outlet's name on such a line.
MAX_WORDS = 6
_LINE = re.compile(
    r"(?i:" + "|".join(re.escape(w) for w in LABELS) + r")\s?:\s*(?P<name>\S.{0,79})"
)
#: A name's end that makes it a sentence ("Source: officials said.").
_SENTENCE_END = re.compile(r"[.!?…]$")
#: A source set off at a line's end: a comma, bar, semicolon or dash, a label, a colon, a name.
_TRAILING = re.compile(
    r"\s*[,|;·–—-]\s*(?i:"
    + "|".join(re.escape(w) for w in LABELS)
    + r")\s?:\s*(?P<name>[^,|;:·]{1,60})$"
)
#: A year: the part before a trailing source is a date line's.
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def trailing_source(line: str) -> tuple[str, str] | None:
    """A dated line's part before the source it ends with, and the source's name.

    >>> trailing_source("4. März 2026, 11:02 Uhr, Quelle: dpa")
    ('4. März 2026, 11:02 Uhr', 'dpa')
    >>> trailing_source("03.03.2026 | Źródło: PAP")
    ('03.03.2026', 'PAP')
    >>> trailing_source("Kyiv, Source: officials in the region said on Monday.") is None
    True
    """
    found = _TRAILING.search(line)
    if found is None or not _YEAR.search(line[: found.start()]):
        return None
    name = found.group("name").strip()
    if not name or len(name.split()) > MAX_WORDS or _SENTENCE_END.search(name):
        return None
    cleaned = clean_text(name)
    return (line[: found.start()].rstrip(), cleaned) if cleaned else None


def date_line_source(text: str, headline: str | None = None) -> str | None:
    """The source an opening date line of ``text`` ends with ("..., Quelle: dpa"), if any.

    >>> date_line_source("Gas dispute\\n\\n4. März 2026, 11:02 Uhr, Quelle: dpa\\n\\nText.")
    'dpa'
    """
    for words, _start, _end in opening_lines(text, headline):
        found = trailing_source(words)
        if found is not None:
            return found[1]
    return None


def source_line(text: str, headline: str | None = None) -> tuple[str, int, int] | None:
    """The outlet a line near the top of ``text`` names, the line's start and end.

    The ``headline``'s line is not one ("Source: the leak that shook Kyiv").

    >>> source_line("Floods hit Kharkiv\\n\\nSource: Reuters\\n\\nText.")
    ('Reuters', 20, 35)
    >>> source_line("Floods\\n\\nИсточник: Медуза\\n")[0]
    'Медуза'
    >>> source_line("Floods\\nSource: officials in the region said on Monday.\\n") is None
    True
    """
    for words, start, end in opening_lines(text, headline):
        found = _LINE.fullmatch(words)
        if found:
            name = found.group("name").strip()
            if OUTLET_ADDRESS.match(name):
                name = outlet_from_url(name) or name
            elif len(name.split()) > MAX_WORDS or _SENTENCE_END.search(name):
                return None
            cleaned = clean_text(name)
            return (cleaned, start, end) if cleaned else None
    return None


def blank_source_line(text: str, meta: dict[str, str]) -> str:
    """``text`` with its outlet's line as spaces; the outlet ``meta``'s when it has none."""
    return blanked(text, meta, "outlet", source_line(text, meta.get("title")))
