"""The headline a plain-text article gives on its first line.

A ``.txt`` article saved from a page or a wire often starts with its headline, on
a line of its own, then a blank line, then the story::

    Floods hit Kharkiv

    Heavy rain flooded streets in Kharkiv on Monday, officials said. ...

:func:`title_line` takes that first line as the article's title (the ``title``
every output carries, as front matter or a record's ``title`` field gives it)
when it looks like a headline and not like a short first paragraph:

* it is followed by a blank line and more text;
* it is at most :data:`MAX_TITLE_CHARS` characters and :data:`MAX_TITLE_WORDS`
  words, and at least two words;
* it does not end as a sentence or clause does (``.``, ``,``, ``;``, ``:``; a
  question or exclamation mark may end a headline), nor is it a date alone, with
  or without a year ("March 1, 2024", "Monday March 1");
* it is no byline ("By " and a capitalised name: "By Marc Santora") and no
  dateline ending in a dash ("KYIV, Ukraine (AP) —").

The line stays in the article's text (places in a headline are mentions; every
offset still indexes the file); only the metadata gains the title.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from geomap.dates import parse_date

#: Longest first line taken as a headline (news headlines run to about 70-110).
MAX_TITLE_CHARS = 150
#: Most words in a first line taken as a headline.
MAX_TITLE_WORDS = 25
#: How a sentence or clause ends (closing quotes or brackets after it count too).
_SENTENCE_END = re.compile(r"[.,;:\u2026][\"'\u201d\u2019\u00bb)\]]*\Z")


def title_line(text: str) -> str | None:
    """The headline on ``text``'s first line, else ``None`` (the rule in the module doc).

    >>> title_line("Floods hit Kharkiv\\n\\nHeavy rain flooded streets on Monday.")
    'Floods hit Kharkiv'
    >>> title_line("Heavy rain flooded streets.\\n\\nThe river rose.") is None
    True
    """
    line = _first_line(text)
    if line is None:
        return None
    words = line.split()
    if not 2 <= len(words) <= MAX_TITLE_WORDS:
        return None
    if _SENTENCE_END.search(line) or not any(ch.isalpha() for ch in line):
        return None
    if _is_date(line) or _is_byline(words) or line.endswith(_DASHES):
        return None
    return line


#: The dashes a dateline ends with before its story ("KYIV, Ukraine (AP) —").
_DASHES = ("\u2014", "\u2013", "-")
#: A leap year, added to a date written without one ("Monday March 1", "February 29").
_SOME_YEAR = "2024"


def _is_date(line: str) -> bool:
    """Whether ``line`` is a date alone, with a year or without one (then to the day).

    Without a year, every word must be a number or a month's or weekday's name, so a
    headline ending in a date ("Talks end March 1") stays a headline.
    """
    if parse_date(line) is not None:
        return True
    if not all(_date_word(word.strip(".,")) for word in line.split()):
        return False
    dated = parse_date(f"{line} {_SOME_YEAR}")
    return dated is not None and len(dated) >= len("2024-03-01")


@functools.cache
def _date_names() -> Any:
    """The month and weekday names dateutil knows, built once."""
    from dateutil import parser

    return parser.parserinfo()


def _date_word(word: str) -> bool:
    """Whether ``word`` is a number (a day, "1st") or names a month or weekday ("Mon")."""
    from dateutil import parser

    info = parser.parserinfo()
    return word[:1].isdigit() or info.month(word) is not None or info.weekday(word) is not None


def _is_byline(words: list[str]) -> bool:
    """Whether the line's words are a byline: "By" (any case), then a capitalised name."""
    return len(words) >= 2 and words[0].lower() == "by" and words[1][:1].isupper()


def _first_line(text: str) -> str | None:
    """``text``'s first line (leading blank lines skipped) if a blank line and more text follow.

    ``None`` when it is longer than :data:`MAX_TITLE_CHARS`; string methods only, so the
    time is linear in the text however long its runs of spaces.
    """
    line, newline, rest = text.lstrip().partition("\n")
    line = line.rstrip(" \t\r")
    if not newline or len(line) > MAX_TITLE_CHARS:
        return None
    blank, newline, after = rest.partition("\n")
    if not newline or blank.strip(" \t\r") or not after or after.isspace():
        return None
    return line
