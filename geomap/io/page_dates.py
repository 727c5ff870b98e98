"""Dates of other stories a page shows: never its own.

A page without a date of its own took the first ``<time datetime>`` trafilatura
found, which sat in a "related" box beside the story (``<aside class="related">
<article>...<time datetime="2025-06-01">``): the article was dated a year before it
was written.  No date is better than a wrong one.  Before extraction,
:func:`drop_foreign_dates` removes the date marks of every element that holds other
stories than the page's:

* a container the markup marks as beside the story: ``<aside>``, ``<nav>``,
  ``<footer>``, or a ``class``/``id`` naming a related, recommended or readers'
  comments box (:data:`ASIDE_WORDS`, and :data:`geomap.io.page_widgets.BOX_WORDS`'s
  words in the supported languages: ``polecane``, ``a-lire-aussi``);
* an ``<article>`` other than the main one: one inside another ``<article>``, or,
  of several side by side, each but the one with the most text and one holding the
  page's ``<h1>`` (a story's header set apart from its body).

Its date marks are its ``<time>`` elements, ``<meta>`` tags (microdata's
``datePublished``) and elements whose ``class``, ``id`` or ``itemprop`` names a date
or time (what trafilatura's date search reads).  Only dates go: no text the
article's extraction keeps is in such a box.

:func:`own_time` reads the page's own ``<time>`` when trafilatura found no date:
its date search (htmldate) knows month names in English, French, German, Indonesian
and Turkish only (and any language's through dateparser, which geomap does not
install), so ``<time>12 listopada 2026</time>`` or ``<time>12 ноября 2026</time>``
left a Polish or Russian page undated.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geomap.dates import parse_date
from geomap.io.page_widgets import BOX_WORDS, box_named

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: Elements that hold what is beside the story, never its date.
ASIDE_TAGS = ("aside", "nav", "footer")
#: Words of a ``class`` or ``id`` naming a box of other stories or comments (English;
#: :data:`geomap.io.page_widgets.BOX_WORDS` has the other languages').
ASIDE_WORDS = frozenset(
    {"related", "recommended", "recommendations", "teaser", "teasers", "comments"}
    | {"morestories", "readmore", "readalso", "seealso", "trending", "popular", "sidebar"}
)
_BOX_WORDS = ASIDE_WORDS | BOX_WORDS
#: A ``class``, ``id`` or ``itemprop`` naming a date (trafilatura's date search reads these).
#: Characters of an ISO 8601 day (``2026-11-12``): a year or month alone dates no page.
_DAY = 10
_DATE_MARK = re.compile(r"date|time|publi|datum|data|дата|время|час", re.IGNORECASE)


def drop_foreign_dates(tree: HtmlElement) -> frozenset[str]:
    """Remove the date marks of the boxes and other articles of ``tree``.

    Returns the dates they gave (``datetime``, ``content``, their text), so a date the
    page's markup declares only there is not taken either (a related story's
    microdata ``<meta itemprop="datePublished">``, :func:`geomap.io.page_meta.published_time`).
    """
    given: set[str] = set()
    for box in _foreign(tree):
        marks = [e for e in box.iter("time", "meta") if e is not box]
        marks += [e for e in box.iter() if e.tag not in ("time", "meta") and _dated(e, box)]
        for mark in marks:
            if not _inside(mark, box):
                continue  # removed with a mark before it
            for value in (mark.get("datetime"), mark.get("content"), mark.text_content()):
                if value and value.strip():
                    given.add(value.strip())
            if mark.tag == "meta":
                mark.getparent().remove(mark)  # no text; a <meta>'s tail is none
            else:
                mark.drop_tree()
    return frozenset(given)


def own_time(tree: HtmlElement | None, foreign: frozenset[str] = frozenset()) -> str | None:
    """The day of the page's first ``<time>`` that gives one, once other stories' are gone.

    Its ``datetime`` attribute, else its text (:func:`geomap.dates.parse_date`: a
    month's name in any language geomap reads, "12 listopada 2026").  Read from
    ``tree`` after :func:`drop_foreign_dates`; a date one of ``foreign`` gave (other
    stories' dates the markup repeats) is not the page's.

    >>> from lxml.html import fromstring
    >>> own_time(fromstring("<div><time>bald</time><time>12 ноября 2026</time></div>"))
    '2026-11-12'
    """
    if tree is None:
        return None
    theirs = {(parse_date(value) or "")[:_DAY] for value in foreign}
    for mark in tree.iter("time"):
        for value in (mark.get("datetime"), mark.text_content()):
            day = parse_date(" ".join((value or "").split()))
            if day and len(day) >= _DAY and day[:_DAY] not in theirs:  # not "2026" alone
                return day
    return None


def _foreign(tree: HtmlElement) -> list[HtmlElement]:
    """The boxes beside the story and the articles that are not the page's."""
    from lxml import etree

    boxes = [e for e in tree.iter(etree.Element) if e.tag in ASIDE_TAGS or box_named(e, _BOX_WORDS)]
    articles = list(tree.iter("article"))
    nested = [a for a in articles if any(p.tag == "article" for p in a.iterancestors())]
    outer = [a for a in articles if a not in nested]
    if len(outer) > 1:
        main = max(outer, key=lambda a: len(" ".join(a.text_content().split())))
        # a story's header in an <article> of its own holds its <h1>: not another story
        nested += [a for a in outer if a is not main and next(a.iter("h1"), None) is None]
    return boxes + nested


def _dated(element: HtmlElement, box: HtmlElement) -> bool:
    """Whether ``element`` (not ``box``)'s class, id or itemprop names a date or time."""
    if element is box or not isinstance(element.tag, str):
        return False
    marks = " ".join(element.get(key) or "" for key in ("class", "id", "itemprop"))
    return bool(marks) and _DATE_MARK.search(marks) is not None


def _inside(element: HtmlElement, box: HtmlElement) -> bool:
    """Whether ``element`` is still in ``box`` (not removed with an element before it)."""
    if box.getparent() is None and box.tag not in ("html", "body"):
        return False  # the box itself went with another's marks
    return any(parent is box for parent in element.iterancestors())
