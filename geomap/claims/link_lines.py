"""A link's line run into the text (issue 17).

News pages put links to other stories between paragraphs ("Read more:", "READ MORE:",
"Also read:", "Related:", "See also:"); a text scraped from the page runs the linked
headline into the next sentence.  The headline is no one's claim in this article: a
mention in it takes no frame whose cue comes before the mention ("Read more: What Lavrov
said: Germany, other countries expel Russian diplomats …" is not Lavrov's), only one
wholly after it (the article's next sentence, run into the line).  Read by
:meth:`geomap.claims.speakers.DocAttribution.frame_for`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

#: The words that open a link's line, then a colon.
_LINK_OPENING = re.compile(r"(?:read more|also read|read also|related|see also)\s*:", re.IGNORECASE)


def in_link_line(span: Span, cue_start: int) -> bool:
    """Whether ``span`` lies in a link's line before a frame whose cue starts at ``cue_start``.

    Parameters
    ----------
    span
        A place mention.
    cue_start
        The character offset of the frame's word of saying.
    """
    sentence = span.sent
    head = sentence.text[: span.start_char - sentence.start_char]
    if not _LINK_OPENING.match(sentence.text.lstrip()):
        return False
    return cue_start < span.start_char and ":" in head
