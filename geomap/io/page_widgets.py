"""Drop a saved page's consent, cookie, paywall and newsletter widgets before extraction.

A page saved from a browser keeps the consent banner it showed ("We and our 842
partners store ... cookies in Paris, London and Berlin data centres"), a paywall's
"Subscribe to continue reading" and a newsletter box; when they sit outside the
elements trafilatura recognises as boilerplate, their text joined the article's and
their places were mapped as the article's.  They are found by what every such
widget is named or marked as, never by their words: a ``role="dialog"`` or
``aria-modal`` element, or a ``class``/``id`` naming one of :data:`WIDGET_WORDS` as
a whole word (``cookie-banner``, ``privacy_notice``, ``paywall``; not
``subscriber-content``, the body of a subscriber's article).  A ``<noscript>`` goes too:
a page rendered by script keeps only its "Please enable JavaScript", which was read as
the article.  A page whose article is only in its ``<noscript>`` (some paywalled or
lazily loaded pages) is read again with :func:`unwrap_noscript`: a ``<noscript>``
holding :data:`NOSCRIPT_ARTICLE_CHARS` of text or more becomes the text it holds; one
with a tracking pixel or a line asking for JavaScript is still dropped.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: Words that name a consent, cookie, paywall or newsletter widget in a class or id
#: (the names consent-management platforms and news CMSs give them: ``cookie-banner``,
#: ``gdpr-consent``, ``cmp-container``, ``paywall``, ``newsletter-signup``).
WIDGET_WORDS = frozenset(
    {"cookie", "cookies", "consent", "gdpr", "cmp", "paywall", "newsletter", "subscribe"}
    | {"privacy"}
)
_WORDS = re.compile(r"[a-z0-9]+")
#: Text a ``<noscript>`` must hold to be an article's (not "Please enable JavaScript to
#: read this site", a line of under a hundred characters), white space runs counting one.
NOSCRIPT_ARTICLE_CHARS = 200
#: Elements a widget never wraps: the article itself.
_CONTENT = ("article", "main")


def _names_widget(element: HtmlElement) -> bool:
    if element.tag == "noscript":  # "Please enable JavaScript to read this site."
        return True
    if element.get("role") in ("dialog", "alertdialog") or element.get("aria-modal") == "true":
        return True
    marks = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return any(word in WIDGET_WORDS for word in _WORDS.findall(marks))


def drop_widgets(tree: HtmlElement) -> int:
    """Remove the widgets from ``tree`` (an element holding the article is kept); how many."""
    from lxml import etree

    dropped = 0
    for element in list(tree.iter(etree.Element)):
        if element.tag in ("html", "body") or element.getparent() is None:
            continue
        if not _names_widget(element):
            continue
        if element.tag in _CONTENT or any(True for _ in element.iter(*_CONTENT)):
            continue
        element.drop_tree()
        dropped += 1
    return dropped


def noscript_text(tree: HtmlElement) -> bool:
    """Whether a ``<noscript>`` of ``tree`` holds an article's worth of text."""
    return any(_holds_article(n) for n in tree.iter("noscript"))


def _holds_article(noscript: HtmlElement) -> bool:
    return len(" ".join(noscript.text_content().split())) >= NOSCRIPT_ARTICLE_CHARS


def unwrap_noscript(tree: HtmlElement) -> int:
    """Put each ``<noscript>`` holding an article's worth of text in its place; how many.

    Its elements and text stay where the ``<noscript>`` was, so :func:`drop_widgets`
    no longer drops them.
    """
    unwrapped = 0
    for noscript in list(tree.iter("noscript")):
        if _holds_article(noscript):
            noscript.drop_tag()
            unwrapped += 1
    return unwrapped
