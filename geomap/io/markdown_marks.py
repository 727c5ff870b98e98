"""Markdown's marks taken out of an article, its words kept.

A Markdown article's places sit inside its marks: ``**Odesa**``,
``[Istanbul](https://...)``, ``> "We are ready," a spokesman in Ankara said``, ``#
Heading``.  Read as they are, the model saw ``**Odesa**`` and the link's address, and
found neither place (rev44).  :func:`without_marks` removes the marks (emphasis,
heading and quote markers with the spaces after them, list bullets, a code span's
and a fence's ticks (a lone backtick stays), a link's brackets and address,
reference definitions, rules); the words and the spaces
between them stay.  Blanked one for one instead, "The **storm** hit" read "The
storm   hit" in every sentence a claim shows.  Like an HTML page's, a Markdown
article's offsets index its text as read (``articles.jsonl`` keeps it), not the file.
"""

from __future__ import annotations

import re

#: A link or image: ``[label](address "title")``, ``![alt](address)``; a reference
#: link's ``[label][ref]``.
_LINK = re.compile(
    r"!?\[(?P<label>[^\[\]\n]{0,500})\]"
    r"(?:\((?P<url>[^()\s]{0,2000}(?:\s+\"[^\"\n]{0,500}\")?)\)|\[(?P<ref>[^\[\]\n]{0,200})\])"
)
#: A reference definition's line: ``[1]: https://example.com "title"``.
_DEFINITION = re.compile(r"(?m)^ {0,3}\[[^\]\n]{1,200}\]:[ \t]+\S[^\n]*$")
#: Line starts: quote markers, then a heading's hashes or a bullet (``-``, ``*``, ``+``).
_LINE_MARKS = re.compile(r"(?m)^[ \t]{0,3}(?:>[ \t]?)*[ \t]*(?:(?:#{1,6}|[-*+])[ \t]+)?")
#: A heading's closing hashes (``## Kyiv ##``) and the spaces before them.
_CLOSING_HASHES = re.compile(r"(?m)[ \t]+#+[ \t]*$")
#: A rule, or a setext heading's underline (``---``, ``***``, ``===``).
_RULE = re.compile(r"(?m)^[ \t]{0,3}(?:(?:[-*_][ \t]*){3,}|=+[ \t]*)$")
#: Emphasis around words: ``***x***``, ``**x**``, ``__x__``, ``*x*``, ``_x_``, ``~~x~~``; an
#: underscore inside a word (``snake_case``) is none.
#: Stars and tildes mark emphasis inside a word too (``a**b**c``), as CommonMark reads them.
_EMPHASIS = re.compile(
    r"(?:(?P<s>\*\*\*|\*\*|~~|\*)|(?<!\w)(?P<u>__|_))(?=\S)(?P<inner>[^\n]{1,1000}?)(?<=\S)"
    r"(?(s)(?P=s)|(?P=u)(?!\w))"
)
#: A code fence's ticks at a line's start (the info string after them stays).
_FENCE = re.compile(r"(?m)^([ \t]{0,3})`{3,}")
#: A code span: ticks, its text, as many ticks (`` `x` ``, ``` ``a`b`` ```); a lone
#: backtick (``word`s``, a typed apostrophe) is no mark and stays.
_SPAN = re.compile(r"(?<!`)(?P<t>`{1,8})(?!`)(?P<code>[^\n]{1,1000}?)(?<!`)(?P=t)(?!`)")


def _link(match: re.Match[str]) -> str:
    return match.group("label")


def _emphasis(match: re.Match[str]) -> str:
    return match.group("inner")


def without_marks(text: str) -> str:
    """``text`` without Markdown's marks, line breaks kept.

    >>> without_marks('Officials in **Odesa** said ships left for [Istanbul](https://x.y).')
    'Officials in Odesa said ships left for Istanbul.'
    >>> without_marks("> ## Kyiv ##\\nsnake_case stays, 3 * 4 * 5 too")
    'Kyiv\\nsnake_case stays, 3 * 4 * 5 too'
    """
    text = _DEFINITION.sub("", text)
    text = _RULE.sub("", text)
    text = _LINK.sub(_link, text)
    text = _LINE_MARKS.sub("", text)
    text = _CLOSING_HASHES.sub("", text)
    for _ in range(3):  # nested emphasis: ***x***, **_x_**
        marked = _EMPHASIS.sub(_emphasis, text)
        if marked == text:
            break
        text = marked
    text = _FENCE.sub(r"\1", text)
    return _SPAN.sub(lambda m: m.group("code"), text)


#: A messaging app's emphasis pasted as plain text (Telegram's ``**bold**``, ``__italic__``,
#: ``~~struck~~``): a doubled mark around words on one line, not inside a word, the words
#: touching it.  A single star is left alone: a footnote's ``*``, ``5 * 3``, ``*Note``.
_PLAIN_EMPHASIS = tuple(
    re.compile(
        rf"(?<![\w{c}]){c}{c}(?=[^\s{c}])(?P<inner>[^\n]{{1,500}}?)(?<=[^\s{c}]){c}{c}(?![\w{c}])"
    )
    for c in (r"\*", "_", "~")
)


def without_emphasis(text: str) -> str:
    """Plain ``text`` without a messaging app's doubled emphasis marks, the words kept.

    A message pasted into a ``.txt`` file or a record's text (``**Sumy** region``) hid
    its names from the model, and its sentences showed the stars; the other marks of
    Markdown (a ``#``, a ``>``, a bullet, a single ``*``) are a plain text's own and stay.

    >>> without_emphasis("strike from **Sumy** region, __per__ ~~TASS~~ and **__Kursk__**")
    'strike from Sumy region, per TASS and Kursk'
    >>> without_emphasis("5 * 3 = 15; 2 ** 10; losses* (*estimates); a__b__c; ** x **")
    '5 * 3 = 15; 2 ** 10; losses* (*estimates); a__b__c; ** x **'
    """
    if "**" not in text and "__" not in text and "~~" not in text:
        return text
    for _ in range(3):  # nested: **__x__**
        marked = text
        for mark in _PLAIN_EMPHASIS:
            marked = mark.sub(_emphasis, marked)
        if marked == text:
            break
        text = marked
    return text
