"""HTML pages: the article's main text and metadata, by trafilatura.

Navigation, tickers, footers, scripts and styles are dropped (the CSS
``font-family: Georgia`` is not the country); entities are decoded.  The
extracted text is what geomap reads: every offset indexes it, and
``articles.jsonl`` keeps it.  Paragraphs are separated by a blank line.
Metadata: the headline, author and outlet (publisher) of the article the page
declares in JSON-LD first (:func:`geomap.io.json_ld.declared_article`), then
trafilatura's (``<title>``, OpenGraph and ``article:`` meta tags, JSON-LD), then the
markup's own for a field trafilatura gives none (a page over :data:`MAX_ELEMENTS`
elements): ``og:site_name``; ``og:title``, the first ``<h1>``, ``<title>``
(:func:`geomap.io.page_meta.page_title`).  The date: ``article:published_time`` or
``og:published_time``, the JSON-LD article's ``datePublished``, trafilatura's, else the
page's own ``<time>`` (:func:`geomap.io.page_dates.own_time`: "12 listopada 2026")
(:func:`geomap.io.page_meta.published_time`).  ``<html lang>`` gives the language.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from geomap.dates import parse_date
from geomap.io.byline_line import without_byline_line
from geomap.io.captions import drop_captions
from geomap.io.feed_outlets import outlet_part
from geomap.io.json_ld import declared_article, listed_dates
from geomap.io.page_dates import drop_foreign_dates, own_time
from geomap.io.page_meta import (
    outlet_as_written,
    page_language,
    page_outlet,
    page_title,
    published_time,
    saved_from,
    title_outlet,
)
from geomap.io.page_widgets import drop_widgets, noscript_text, unwrap_noscript
from geomap.io.promo_lines import without_promo_lines
from geomap.metadata import author_name, clean_text
from geomap.outlet_names import address_problem, outlet_from_url, without_outlet
from geomap.text import without_escapes

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_DOCUMENT = re.compile(r"<(?:html|body|head)\b", re.IGNORECASE)
#: Largest page (in elements) given to trafilatura's main-text extraction.
MAX_ELEMENTS = 20000
#: Elements whose edges end a line of text (as trafilatura's baseline spaces them).
_BLOCKS = (
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
)  # fmt: skip
#: What trafilatura's fallback drops before it reads a page's text.
_HIDDEN = ("aside", "footer", "script", "style", "svg", "template", "noscript", "head")
_HIDDEN_CLASS = re.compile(r"footer|cookie|consent")
_EDGE = "\ue000"  # a private-use character marks where a block starts or ends
#: A character reference to a control character lxml refuses as an element's text
#: ("All strings must be XML compatible"): ``&#x1b;`` in one page made both the block
#: edges below and trafilatura's own baseline raise, and the run stopped (hst73).
_CONTROL_REFERENCE = re.compile(
    r"&#(?:0*(?:[0-8]|1[124-9]|2\d|3[01]|127)(?!\d)"
    r"|[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF])(?![0-9a-fA-F]));?"
)

#: trafilatura's metadata fields -> geomap's.
_FIELDS = {"title": "title", "sitename": "outlet", "url": "url", "author": "author"}


@lru_cache(maxsize=1)
def _config() -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    # No SIGALRM timeout: extraction may run in a worker thread (Dask), where signals fail.
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    # trafilatura's extraction is quadratic in the number of elements: a page with more
    # (a hostile one, 8 MB of <p>) is read by the linear baseline instead.
    config.set("DEFAULT", "MAX_TREE_SIZE", str(MAX_ELEMENTS))
    # Its extensive date search guesses from any text: a footer's "Copyright 2024" became
    # 2024-01-01, a "2019-04" in the body 2019-04-01; the page's markup is read only.
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


def extract_html(html: str, problems: list[str] | None = None) -> tuple[str, dict[str, str]]:
    """Return a page's main text and its metadata (title, outlet, published, url, author...).

    The text is empty when the page has none (a page of links).  A fragment
    (``<p>...</p>``, as feeds carry) is read as a page's body.  A canonical address
    that is no web address is left out, said in ``problems`` when one is given.
    """
    import trafilatura

    html = without_escapes(html)  # parsing drops ESC alone and would leave "[31m" in the text
    html = _CONTROL_REFERENCE.sub(" ", html)
    if not _DOCUMENT.search(html[:4096]):
        html = f"<html><body>{html}</body></html>"  # a fragment (a feed item's content)
    tree = _parse(html)  # once: trafilatura reads a copy, the block edges the tree
    in_noscript = tree is not None and noscript_text(tree)  # before its widgets go
    doc, foreign = _bare_extraction(tree)
    if in_noscript and _no_text(doc):
        # the article only in <noscript> (a paywalled or lazy page): read that instead
        tree = _parse(html)
        assert tree is not None
        unwrap_noscript(tree)
        doc, foreign = _bare_extraction(tree)
    meta: dict[str, str] = {}
    text = ""
    if doc is not None:
        found = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        text = str(found.get("text") or "")
        for theirs, ours in _FIELDS.items():
            value = clean_text(found.get(theirs))  # as any other metadata value
            if value:
                meta[ours] = outlet_as_written(value, html) if ours == "outlet" else value
    declared = declared_article(html)  # the JSON-LD article's: before trafilatura's
    for field in ("title", "author", "outlet"):
        if declared.get(field):
            meta[field] = declared[field]
    if "author" not in meta and declared.get("author_organisation"):
        meta["author"] = declared["author_organisation"]  # "Редакция": no person's byline
    author = author_name(meta.pop("author", None))  # as any input's ("By Jane Doe", an id)
    if author:
        meta["author"] = author
    # trafilatura gives no metadata for a page over MAX_ELEMENTS, sometimes no title
    extracted = parse_date(found.get("date")) if doc is not None else None
    # its date search reads no Polish, Russian or Ukrainian month: the page's <time> then
    extracted = extracted or own_time(tree, foreign)
    foreign |= listed_dates(html)  # a JSON-LD ItemList's related stories' dates
    published = published_time(html, extracted, declared.get("published"), foreign)
    if published:
        meta["published"] = published
    dropped = address_problem(meta["url"], "canonical url") if meta.get("url") else None
    if dropped:  # a canonical "javascript:...", "/story", "http://x/\"><script>"
        del meta["url"]
        if problems is not None:
            problems.append(dropped)
    if "url" not in meta:  # no address of its own: the one a browser saved it from
        meta.update({"url": url} if (url := saved_from(html)) else {})
    # "Africa | Sahel Wire": the part naming the site at the page's address (feeds' rule)
    outlet = outlet_part(meta.get("outlet") or page_outlet(html), [meta.get("url")])
    headline = meta.get("title") or page_title(html, tree)
    if outlet and headline and outlet.casefold() == headline.casefold():
        outlet = None  # trafilatura's site name read from a <title> that is the headline
    outlet = outlet or title_outlet(tree, headline) or outlet_from_url(meta.get("url"))
    if outlet:
        meta["outlet"] = outlet
    else:
        meta.pop("outlet", None)
    title = headline  # read once, above; the outlet's name cut off below
    if title and outlet:  # a JSON-LD headline "Floods hit Kharkiv | Sahel Wire"
        title = without_outlet(title, outlet)
    if title:
        meta["title"] = title
    if not text.strip() and tree is not None:
        _, text, _ = trafilatura.baseline(tree)  # a short page: its visible text (a copy)
    text = _restore_blocks(text, tree)
    language = page_language(html)
    if language:
        meta["language"] = language
    text = without_byline_line(_paragraphs(text), meta)  # "By Marc Davies": the author
    # "Read more: ...", "Subscribe to our channel ...": the site's lines, not the story's
    return without_promo_lines(text), meta


def _bare_extraction(tree: HtmlElement | None) -> tuple[Any, frozenset[str]]:
    """Trafilatura's main text and metadata of ``tree`` once its widgets are dropped.

    With the dates of other stories the page shows, dropped first
    (:func:`geomap.io.page_dates.drop_foreign_dates`).
    """
    import trafilatura

    if tree is None:
        return None, frozenset()
    drop_widgets(tree)  # a consent banner's or paywall's text is not the article's
    drop_captions(tree)  # nor a photo's caption, dropped from every page as trafilatura does
    foreign = drop_foreign_dates(tree)  # a "related" box's <time> is another story's date
    return trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        deduplicate=False,
        config=_config(),
    ), foreign


def _no_text(doc: Any) -> bool:
    """Whether trafilatura's answer has no main text."""
    if doc is None:
        return True
    found = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return not str(found.get("text") or "").strip()


def _parse(html: str) -> HtmlElement | None:
    """The page's element tree as trafilatura parses it (``None``: no HTML to read).

    trafilatura's extraction and baseline copy a tree they are given, so one parse
    serves them and :func:`_page_text`, which changes the tree.
    """
    from trafilatura.utils import load_html

    return load_html(html)


def _restore_blocks(text: str, tree: HtmlElement | None) -> str:
    """``text`` broken into lines where the page's blocks end, when it is a run of them.

    When the main extraction finds under 250 characters (a short item, or one whose
    byline it dropped), trafilatura falls back to the page's text: an ``<article>``'s
    as one line ("Floods hit Kharkiv By Jane Doe Heavy rain ...", one sentence), the
    body's with a line per text node ("Officials in" / "Kyiv" / "said ...": "in Kyiv"
    torn apart), or an inline element on its own line ("about" / "Kyiv" / ".").  When
    ``text``, whitespace aside, is a run of the page's text, it is that run, broken
    exactly at the edges of blocks (headings, paragraphs, list items, ``<br>``);
    otherwise it is kept as it is.  No word changes.
    """
    flat = "".join(text.split())
    page = _page_text(tree) if flat and tree is not None else None
    if page is None:
        return text
    start, end = _run_of(page[0], flat)
    if start < 0:
        return text  # not a run of the page's text
    chars = list(page[0][start:end])
    for edge in page[1]:
        if start < edge < end:
            chars[edge - start] = "\n"  # the space between two blocks
    return "".join(chars)


def _run_of(page: str, flat: str) -> tuple[int, int]:
    """Where in ``page`` the run of text that is ``flat`` without its spaces lies.

    ``(-1, -1)`` when there is none.  ``page`` has single spaces between words.
    """
    at = page.replace(" ", "").find(flat)
    if at < 0:
        return -1, -1
    start = end = -1
    seen = 0  # characters of page other than spaces before this word
    for word in re.finditer(r"[^ ]+", page):
        size = word.end() - word.start()
        if start < 0 and seen + size > at:
            start = word.start() + at - seen
        if seen + size >= at + len(flat):
            end = word.start() + at + len(flat) - seen
            break
        seen += size
    return start, end


def _page_text(root: HtmlElement) -> tuple[str, list[int]]:
    """The page's visible text, one space between words, and the offsets of block edges.

    Hidden elements are dropped from ``root`` and block edges marked in its text.
    """
    from lxml import etree

    body = root.find(".//body")
    body = root if body is None else body
    for hidden in list(body.iter(*_HIDDEN, etree.Comment)):
        if hidden is not body:
            hidden.drop_tree()
    for element in list(body.iter(etree.Element)):
        marks = f"{element.get('class', '')} {element.get('id', '')}".lower()
        if element is not body and _HIDDEN_CLASS.search(marks):
            element.drop_tree()
    for pre in body.iter("pre"):  # its lines are lines; the source's line breaks are not
        for element in pre.iter():
            element.text = element.text and element.text.replace("\n", _EDGE)
            element.tail = element.tail and element.tail.replace("\n", _EDGE)
    for block in body.iter(*_BLOCKS):
        block.text = _EDGE + (block.text or "")
        block.tail = _EDGE + (block.tail or "")
    lines = [" ".join(part.split()) for part in body.text_content().split(_EDGE)]
    lines = [line for line in lines if line]
    edges, end = [], -1
    for line in lines[:-1]:
        end += len(line) + 1
        edges.append(end)
    return " ".join(lines), edges


def _paragraphs(text: str) -> str:
    """One blank line between paragraphs (trafilatura puts each on its own line)."""
    lines = [" ".join(line.split()) for line in text.replace("\r", "\n").split("\n")]
    return "\n\n".join(line for line in lines if line)
