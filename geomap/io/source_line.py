"""A line naming the outlet at the top of a text file: "Source: Reuters", "Источник: Медуза".

A story pasted into a ``.txt`` file often keeps its outlet on a line of its own under
the headline.  :func:`source_line` finds such a line among the text's first
:data:`~geomap.io.byline_line.OPENING_LINES` lines: a label naming the outlet field
(English "Source", "Outlet", "Publisher", and the words of
:data:`geomap.field_names.LOCAL_FIELD_ALIASES` for the outlet: "Quelle", "Źródło",
"Источник", "Издание", "Джерело", "Видання", "Média"), a colon, and a short name, nothing
else.  :func:`blank_source_line` makes the name the article's outlet when it has none
and blanks the line (offsets still index the file).  "Source: the ministry said ..."
is a sentence, not a name, and stays.
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
