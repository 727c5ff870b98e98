"""Lines of a run's summary: its inputs not read and reading notes by kind, a hint on names.

The readers write each note as a sentence for ``report.json`` (``a.txt: not UTF-8;
decoded as cp1252``).  The terminal gets one line counting them; it names the
kinds that occurred, not every kind a note can be of.  A note no pattern here
knows counts as ``other``.  The run's first line says what the inputs not read are
(:func:`inputs_line`: "25/55 inputs" left the 30 unexplained, most of them a saved
page's resource files), by the kinds of :data:`SKIP_KINDS`.  A name with spaces typed
without quotes reaches geomap as several missing names; :func:`spaced_name` finds the
path they make together.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geomap.records import InputStatus

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


#: (pattern found in a skipped input's reason, what one is, what several are), first match
#: wins; the patterns are the reasons' own words (:mod:`geomap.io.files`,
#: :mod:`geomap.io.archives`, the readers).
SKIP_KINDS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(pattern), one, many)
    for pattern, one, many in (
        (r"the images, scripts and frames of the saved page",
         "saved page's resource folder", "saved pages' resource folders"),
        (r": hidden (?:file|folder), not read|: hidden file, not read", "hidden", "hidden"),
        (r"an archive inside the archive", "archive inside an archive", "archives inside archives"),
        (r"not an article file type", "not an article file", "not article files"),
        (r"a link or special file in the archive|: link to a ",
         "link not followed", "links not followed"),
        (r"a geomap output", "geomap output", "geomap outputs"),
        (r"given twice|the same file as", "given twice", "given twice"),
        (r"the same record as|the header again", "record repeated", "records repeated"),
        (r"geomap has no pipeline for it", "language not read", "languages not read"),
        (r"a revisit of|not a web address",
         "archived page not stored here", "archived pages not stored here"),
        (r"the text is only ", "text only of links", "texts only of links"),
    )
)  # fmt: skip
#: What inputs of each other status, and skipped ones of no kind above, are.
_OTHERS = {"error": ("error", "errors"), "empty": ("empty", "empty"), "": ("other", "other")}


def skip_kind(reason: str | None) -> str:
    """What a skipped input is, as one (``""`` when no pattern of :data:`SKIP_KINDS` matches)."""
    return next((one for pattern, one, _ in SKIP_KINDS if pattern.search(reason or "")), "")


def inputs_line(statuses: Sequence[InputStatus]) -> str:
    """The run's inputs: how many were read and what the others are.

    >>> from geomap.records import InputStatus as S
    >>> page = "_files: the images, scripts and frames of the saved page, not read"
    >>> inputs_line([S("a.html", "a", "ok"), S("a_files", None, "skipped", "a" + page),
    ...              S("b_files", None, "skipped", "b" + page),
    ...              S("n.pdf", None, "skipped", "n.pdf: not an article file type; a PDF"),
    ...              S("x.txt", None, "error", "x.txt: binary")])
    "1/5 inputs (4 not read: 2 saved pages' resource folders, 1 not an article file, 1 error)"
    """
    ok = sum(s.status == "ok" for s in statuses)
    counts = Counter(
        skip_kind(s.reason) if s.status == "skipped" else s.status
        for s in statuses
        if s.status != "ok"
    )
    rest = len(statuses) - ok
    if not rest:
        return f"{ok}/{len(statuses)} inputs"
    many = {one: more for _, one, more in SKIP_KINDS} | {k: v[1] for k, v in _OTHERS.items()}
    ones = {k: v[0] for k, v in _OTHERS.items()}
    kinds = ", ".join(
        f"{n} {ones.get(kind, kind) if n == 1 else many.get(kind, kind)}"
        for kind, n in counts.most_common()
    )
    return f"{ok}/{len(statuses)} inputs ({rest} not read: {kinds})"


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
