"""Two lines of a run's summary: its reading notes by kind, and a hint on unquoted names.

The readers write each note as a sentence for ``report.json`` (``a.txt: not UTF-8;
decoded as cp1252``).  The terminal gets one line counting them; it names the
kinds that occurred, not every kind a note can be of.  A note no pattern here
knows counts as ``other``.  A name with spaces typed without quotes reaches geomap
as several missing names; :func:`spaced_name` finds the path they make together.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence

#: (pattern found in a note, what the note is about), first match wins.
KINDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), kind)
    for pattern, kind in (
        (r"not UTF-8; decoded as|: UTF-8, ", "encoding detected"),
        (r"UTF-8 read as Windows-1252", "mis-decoded text read as written"),
        (r"read in [\d,]+ pieces", "long article read in pieces"),
        (r"date read from its line", "date read from a line of the text"),
        (r"dates such as .* read as", "day/month order decided for the file"),
        (r"main text extracted from HTML|holds HTML; its main text", "HTML page text extracted"),
        (r"HTML character references", "HTML character references decoded"),
        (r"HTML entities XML does not define|'&' starting no entity", "feed markup mended"),
        (r"is also used by|is used by an earlier article", "repeated id qualified"),
        (r"the same text as article", "text read before"),
        (r"\(a summary\) was read", "summary read for a missing text"),
        (r"declared .*, but the text has none of its letters", "declared language not used"),
        (r"language not determined \(", "language not determined, read as English"),
        (r"JSON Lines, not one JSON value|a JSON array, not JSON Lines", "JSON form detected"),
        (r"a Factiva export of", "Factiva export split"),
        (r"editor's note\(s\) left out of the story", "editor's note left out"),
        (r"given \(--outlet\)", "outlet given (--outlet)"),
        (r"from the wire dateline", "outlet from a wire dateline"),
    )
)


def note_kind(note: str) -> str:
    """The kind of one note (``other`` when no pattern of :data:`KINDS` matches)."""
    return next((kind for pattern, kind in KINDS if pattern.search(note)), "other")


def kinds_line(notes: Iterable[str]) -> str:
    """The kinds of ``notes`` with their counts, most frequent first.

    >>> kinds_line(["a.txt: not UTF-8; decoded as cp1252", "b.txt: not UTF-8; decoded as utf-16"])
    'encoding detected: 2'
    """
    counts = Counter(note_kind(n) for n in notes)
    return ", ".join(f"{kind}: {n}" for kind, n in counts.most_common())


#: Most missing names :func:`spaced_name` tries to join (a run of them is one name).
MAX_JOINED = 40


def spaced_name(missing: Sequence[str]) -> str | None:
    """The existing path that missing command-line names make when joined by spaces.

    A name with spaces given without quotes reaches geomap as several names, each
    missing (``first``, ``story.txt``); joined again in order, a run of them may
    name a file or folder that exists.  ``None`` when none does, or when more than
    :data:`MAX_JOINED` names are missing (no one types so many words of one name).
    """
    if len(missing) > MAX_JOINED:
        return None
    for start in range(len(missing)):
        for end in range(len(missing), start + 1, -1):
            joined = " ".join(missing[start:end])
            if os.path.exists(joined):
                return joined
    return None
