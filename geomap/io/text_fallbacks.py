"""What a record gives when its full text is missing or cut by the service it came from.

News APIs give a summary beside the text, and sometimes the summary only: NewsAPI's
``content`` is ``null`` for many outlets while its ``description`` holds a sentence or
two.  Such a record was "no text"; :data:`SUMMARY_FIELDS` are read when no text or
HTML field is there, with a note.  NewsAPI also cuts ``content`` to 200 characters and
ends it with ``… [+2345 chars]``: :func:`without_cut_marker` takes that marker off (it
was read as the article's words) and says how much the service left out.
"""

from __future__ import annotations

import re

#: A summary, read when a record has no text or HTML field (NewsAPI, GDELT's DOC API,
#: Media Cloud and RSS exports give one; ``snippet``: a search result's, as Google's
#: Custom Search JSON API names it, and a media-monitoring export's column "Snippet").
SUMMARY_FIELDS = ("description", "summary", "abstract", "excerpt", "snippet")
#: A service's mark that it cut the text: NewsAPI's ``… [+2345 chars]``.
#: It is looked for in the last :data:`_TAIL` characters of the text, its end stripped:
#: searched over the whole text, a long run of blanks cost cubic time.
_CUT_MARKER = re.compile(r"(?:…|\.\.\.)?[ \t]*\[\+(\d{1,9}) chars?\]\Z")
_TAIL = 64


def without_cut_marker(text: str) -> tuple[str, str | None]:
    """``text`` without a service's cut marker at its end, and a warning when it had one.

    >>> text, warning = without_cut_marker("Shelling hit Kharkiv, the governor … [+2345 chars]")
    >>> text, warning[-43:]
    ('Shelling hit Kharkiv, the governor', '2,345 characters of it are not in the input')
    >>> without_cut_marker("Prices rose [+5%] in Riga.")
    ('Prices rose [+5%] in Riga.', None)
    """
    body = text.rstrip()
    start = max(0, len(body) - _TAIL)
    match = _CUT_MARKER.search(body, start)
    if match is None:
        return text, None
    left_out = int(match.group(1))
    warning = (
        f"the text ends with a service's cut mark ([+{left_out} chars]): {left_out:,} "
        "characters of it are not in the input"
    )
    return body[: match.start()].rstrip(), warning
