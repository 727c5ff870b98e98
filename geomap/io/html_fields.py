"""A corpus text field that holds HTML, read as an ``.html`` file is.

A JSONL, JSON or CSV record's text field may hold a page's markup (``<p>``, ``<b>``,
a ``<script>``, entities).  :func:`looks_like_html` finds a tag of an HTML element (or
a comment) anywhere in it; :func:`html_text` then extracts its main text through
:func:`geomap.io.html.extract_html`, as for an ``.html`` file, or decodes the character
references of a text that has only those.  Plain text with a "<" ("<5%", "x<y") is
never touched.
"""

from __future__ import annotations

import re

#: HTML's elements (the WHATWG list, less the obsolete ones news pages never carry).
_ELEMENTS = (  # one alternation; a name's tag ends with a space, "/" or ">"
    "a abbr address area article aside audio b bdi bdo big blockquote body br button canvas "
    "caption center cite code col colgroup data dd del details dfn dialog div dl dt em embed "
    "fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html "
    "i iframe img input ins kbd label legend li link main map mark menu meta meter nav "
    "noscript object ol optgroup option output p picture pre progress q rp rt ruby s samp "
    "script section select small source span strike strong style sub summary sup svg table "
    "tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr"
).replace(" ", "|")
#: An attribute with a value (``href="..."``, ``class=x``).
_VALUED = r"""[^\s"'=<>`/]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+)"""
#: A tag of an HTML element (bare, closing, self-closing, or opening with an attribute
#: that has a value), or a comment: "x<y", "<5%", "<Kyiv>" and "<a few words>" (words
#: that only look like an element's name and bare attributes) are none.
_TAG = re.compile(
    rf"<(?:/?(?:{_ELEMENTS})\s*/?>|(?:{_ELEMENTS})\s(?:[^<>]*?\s)?{_VALUED}[^<>]*>|!--)",
    re.IGNORECASE,
)
#: A block element's tag: a text with one has its paragraphs marked up.
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|h[1-6]|table|tr|blockquote|section|article|pre|ul|ol|hr)\b", re.I
)
#: A character reference HTML defines (``&amp;``, ``&oacute;``, ``&#324;``, ``&#x144;``).
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def looks_like_html(text: str) -> bool:
    """Whether a text field holds HTML: a tag of an HTML element, or a comment, anywhere.

    >>> looks_like_html("<p>Officials in Kyiv said.</p>"), looks_like_html("a<script>x</script>")
    (True, True)
    >>> looks_like_html("Prices rose <5% in Kyiv, x<y and <Lviv>.")
    False
    >>> looks_like_html("He said <a few words> and <b and c>."), looks_like_html('<a href="/x">')
    (False, True)
    """
    return _TAG.search(text) is not None


def decode_entities(text: str) -> str:
    """``text`` with the character references HTML defines decoded (``&amp;`` -> ``&``).

    Only complete references (ending in ``;``) that HTML names: "AT&T;" and "&c." stay.

    >>> decode_entities("Gda&#324;sk &amp; Krak&oacute;w, AT&T; R&D;")
    'Gdańsk & Kraków, AT&T; R&D;'
    """
    if "&" not in text:
        return text
    import html
    from html.entities import html5

    def one(match: re.Match[str]) -> str:
        ref = match.group()
        if ref[1] != "#" and ref[1:] not in html5:
            return ref
        return html.unescape(ref)

    return _ENTITY.sub(one, text)


def html_text(text: str, what: str, notes: list[str]) -> tuple[str, dict[str, str]]:
    """A text field's text as an HTML file's is read, when it holds HTML or its entities.

    Tags (a ``<script>``'s body with them) go as an ``.html`` file's do
    (:func:`geomap.io.html.extract_html`); a text with only entities has them decoded,
    and is read as HTML if that makes it markup (``&lt;p&gt;``: escaped twice, as some
    feeds do).  Plain text, "<" and "&" included, is returned as it is.
    """
    if looks_like_html(text):
        from geomap.io.html import extract_html

        text = without_link_blocks(text)
        if "\n" in text and not _BLOCK_TAG.search(text):
            # Plain paragraphs with inline tags: their breaks are the page's blocks.
            text = "".join(f"<p>{part}</p>" for part in re.split(r"\n\s*\n", text))
            text = text.replace("\n", "<br>")
        extracted, page_meta = extract_html(text)
        notes.append(f"{what} holds HTML; its main text was extracted")
        return extracted, page_meta
    decoded = decode_entities(text)
    if decoded != text:
        notes.append(f"{what} holds HTML character references (&amp;...); they were decoded")
        if looks_like_html(decoded):  # markup escaped twice (a feed's &amp;lt;p&amp;gt;)
            return html_text(decoded, what, notes)
    return decoded, {}


#: A block that holds one link and nothing else but images and breaks: a feed item's
#: "<p><img/><a href=...>Source</a></p>", whose words are a link's, not the story's.
_LINK_BLOCK = re.compile(
    r"<(p|div|li)\b[^>]*>\s*(?:<(?:img|br)\b[^>]*>\s*)*<a\b[^>]*>(?P<words>[^<]{0,60})</a>"
    r"\s*(?:<(?:img|br)\b[^>]*>\s*)*</\1\s*>",
    re.IGNORECASE,
)
#: Most words of a link-only block left out (a longer one may be the story's own line).
MAX_LINK_WORDS = 3


def without_link_blocks(markup: str) -> str:
    """``markup`` (a feed item's or a field's HTML) without blocks that are one short link.

    >>> without_link_blocks('<p>Port hit.</p><p><img src="x.jpg"/><a href="/t">Source</a></p>')
    '<p>Port hit.</p>'
    >>> without_link_blocks('<p><a href="/x">Drones hit the port of Novorossiysk</a></p>')[:8]
    '<p><a hr'
    """

    def one(match: re.Match[str]) -> str:
        words = match.group("words").split()
        return "" if len(words) <= MAX_LINK_WORDS else match.group()

    return _LINK_BLOCK.sub(one, markup)
