"""A messaging app's "Forwarded from X" line at the top of a pasted message.

A message copied from Telegram keeps the line its client writes above a forwarded
post: "Forwarded from War Insider", "Переслано из ...".  Read as text, it became the
article's headline (user68b 11).  :func:`blank_forward_line` makes the channel named the
article's outlet when it has none (the channel published the post) and blanks the line
(spaces: offsets still index the file), before the headline is looked for.
"""

from __future__ import annotations

import re

from geomap.io.byline_line import blanked
from geomap.metadata import clean_text

#: The words a messaging client writes before a forwarded post's channel, in the
#: languages geomap reads: Telegram's English "Forwarded from", its Russian
#: "Переслано от"/"Переслано из" (the report's paste), Ukrainian "Переслано від"/"з",
#: Polish "Przekazano od"/"Przesłano od", German "Weitergeleitet von", French "Transféré
#: de"; WhatsApp's bare "Forwarded" line has no channel and is left as it is.
FORWARD_WORDS = (
    "forwarded from", "переслано из", "переслано от", "переслано від", "переслано з",
    "przekazano od", "przesłano od", "przekazane od", "weitergeleitet von", "transféré de",
    "transferé de",
)  # fmt: skip
_LINE = re.compile(
    r"[ \t]*(?i:" + "|".join(re.escape(w) for w in FORWARD_WORDS) + r")\s*:?[ \t]+"
    r"(?P<name>\S[^\n]{0,99}?)[ \t]*$"
)


def forward_line(text: str) -> tuple[str, int, int] | None:
    """The channel a "Forwarded from" first line names, the line's start and end.

    >>> forward_line("\\nПереслано из Военный Осведомитель\\n\\nText.")
    ('Военный Осведомитель', 1, 34)
    >>> forward_line("Officials forwarded from Kyiv said.") is None
    True
    """
    start = len(text) - len(text.lstrip("\n\r \t\ufeff"))
    start = text.rfind("\n", 0, start) + 1  # the first line with words
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    found = _LINE.fullmatch(text, start, end)
    if found is None:
        return None
    name = clean_text(found.group("name"))
    return (name, start, end) if name else None


def blank_forward_line(text: str, meta: dict[str, str]) -> str:
    """``text`` with its "Forwarded from X" line as spaces; X ``meta``'s outlet if it has none."""
    return blanked(text, meta, "outlet", forward_line(text))
