"""Drop a saved page's consent, cookie, paywall and newsletter widgets before extraction.

A page saved from a browser keeps the consent banner it showed ("We and our 842
partners store ... cookies in Paris, London and Berlin data centres"), a paywall's
"Subscribe to continue reading" and a newsletter box; when they sit outside the
elements trafilatura recognises as boilerplate, their text joined the article's and
their places were mapped as the article's.  They are found by what every such
widget is named or marked as, never by their words: a ``role="dialog"`` or
``aria-modal`` element, or a ``class``/``id`` naming one of :data:`WIDGET_WORDS` as
a whole word (``cookie-banner``, ``privacy_notice``, ``paywall``; not
``subscriber-content``, the body of a subscriber's article), or one of :data:`BOX_WORDS`,
the same widgets and the readers' comments and "related"/"recommended" boxes as pages in
the supported languages name them (Polish ``rodo-popup``, ``polecane``, German
``kommentare``, ``datenschutz``, French ``commentaires``, ``a-lire-aussi``; markup
vocabulary, no place names).  A ``<noscript>`` goes too:
a page rendered by script keeps only its "Please enable JavaScript", which was read as
the article.  A page whose article is only in its ``<noscript>`` (some paywalled or
lazily loaded pages) is read again with :func:`unwrap_noscript`: a ``<noscript>``
holding :data:`NOSCRIPT_ARTICLE_CHARS` of text or more becomes the text it holds; one
with a tracking pixel or a line asking for JavaScript is still dropped.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
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
#: The same widgets, and comments and "related"/"recommended" boxes, as pages in the
#: supported languages (ru, uk, pl, fr, de; Cyrillic and transliterated) name them in a
#: class or id.  Plural or box-only forms: German "kommentar" is an opinion piece's body.
BOX_WORDS = frozenset(
    # consent and privacy notices: GDPR's names (RODO, RGPD, DSGVO), "consent", "privacy"
    {"rodo", "rgpd", "dsgvo", "datenschutz", "zgoda", "zgody", "prywatnosc", "cnil"}
    | {"einwilligung", "consentement", "confidentialite", "ciasteczka", "ciasteczek"}
    | {"куки", "согласие", "конфиденциальность"}
    # readers' comments
    | {"kommentare", "leserkommentare", "commentaires", "komentarze", "komentarzy"}
    | {"kommentarii", "komentari", "комментарии", "коментарі"}
    # "related", "recommended", "read also", "more on the topic"
    | {"polecane", "polecamy", "powiazane", "zobacztez", "czytajtez", "czytajtakze"}
    | {"empfehlungen", "verwandte", "mehrzumthema", "lesenauch"}
    | {"similaires", "recommandes", "alireaussi", "lireaussi", "voiraussi", "surlememesujet"}
    | {"chitaytetakzhe", "chitaitetakzhe", "pohozhie", "rekomenduem", "chytaitetakozh"}
    | {"похожие", "рекомендуем", "читайтетакже", "читайтетакож", "рекомендуємо"}
)
_WIDGET_OR_BOX = WIDGET_WORDS | BOX_WORDS
_WORDS = re.compile(r"[^\W_]+")
#: Most words of a class or id read as one of :data:`BOX_WORDS` ("a-lire-aussi": "alireaussi").
_RUN_WORDS = 4
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
    return box_named(element, _WIDGET_OR_BOX)


def box_named(element: HtmlElement, words: frozenset[str]) -> bool:
    """Whether ``element``'s class or id names one of ``words``.

    A word of it whole ("rodo" in ``rodo-popup``, not ``rodopi``), or a run of up to
    :data:`_RUN_WORDS` of its words written as one ("a-lire-aussi": ``alireaussi``),
    accents as plain letters.
    """
    marks = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    found = [_plain(word) for word in _WORDS.findall(marks)]
    if not found:
        return False
    plain = _plain_words(words)
    runs = (
        "".join(found[i:j]) for i in range(len(found)) for j in range(i + 1, i + _RUN_WORDS + 1)
    )
    return any(run in plain for run in runs)


@lru_cache(maxsize=8)
def _plain_words(words: frozenset[str]) -> frozenset[str]:
    return frozenset(_plain(word) for word in words)


def _plain(word: str) -> str:
    """``word`` with its accents as plain letters ("à" -> "a"; "й" -> "и" alike in both)."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)
    )


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
