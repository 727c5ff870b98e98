"""A record's headline read as its text's first line, as a text file's is.

A text file's short first line before a blank line is its headline and stays in its
text, so the places it names are read (:mod:`geomap.io.title_line`). A corpus record,
a feed item or a DataFrame row carries its headline in a field of its own: "Sudan: RSF
seize town in Darfur" named no place when only the body was read. :func:`with_headline`
puts it before the body, the way a text file holds it, unless the body already opens
with it.
"""

from __future__ import annotations

import re

#: Characters of the body searched for the headline it may already open with.
HEAD_CHARS = 300
_SPACE = re.compile(r"\s+")
#: Words of a headline that make it the body's opening though cut inside a word.
CUT_WORDS = 5
#: A headline has a word: a title of one letter or an id ("t1", "42") is none.
_WORD = re.compile(r"[^\W\d_]{2}")


def _plain(text: str) -> str:
    """``text`` in one case with its whitespace runs as single spaces."""
    return _SPACE.sub(" ", text).strip().casefold()


def with_headline(title: str | None, text: str) -> str:
    """``text`` with ``title`` as its first line, unless its opening holds the title.

    >>> with_headline("Sudan: RSF seize town in Darfur", "Fighters took the town.")
    'Sudan: RSF seize town in Darfur\\n\\nFighters took the town.'
    >>> with_headline("t1", "Fighters took the town.")
    'Fighters took the town.'
    >>> with_headline("Floods in Lviv", "FLOODS IN LVIV\\n\\nRain fell.")
    'FLOODS IN LVIV\\n\\nRain fell.'
    >>> with_headline("Strajk", "Kolejarze strajkują.")
    'Strajk\\n\\nKolejarze strajkują.'
    """
    if not title or not _WORD.search(title):
        return text
    if _opens_with(text[: len(title) + HEAD_CHARS], _plain(title)):
        return text
    return f"{title.strip()}\n\n{text}"


def _opens_with(opening: str, head: str) -> bool:
    """Whether a line of ``opening`` starts with the words of ``head``.

    A page's text may open with a byline before its headline; a word of the
    headline inside a sentence ("Strajk" in "Kolejarze strajkują") is no headline.
    A headline an export cut at a fixed length, in the middle of a word, and maybe
    marked with an ellipsis ("In Bayern warnte der Minister an der Dona…"), is the
    body's opening all the same when it holds :data:`CUT_WORDS` words or more.
    """
    cut = head.rstrip(".…").rstrip()
    for line in opening.splitlines():
        plain = _plain(line)
        if plain.startswith(head) and not plain[len(head) : len(head) + 1].isalnum():
            return True
        if len(cut.split()) >= CUT_WORDS and plain.startswith(cut):
            return True
    return False
