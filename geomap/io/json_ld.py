"""The article a page declares in JSON-LD: its headline, author, publisher and date.

News sites describe the article in ``<script type="application/ld+json">`` as a
schema.org ``NewsArticle`` (or ``Article``, ``ReportageNewsArticle``,
``BlogPosting``...), alone, in a list, or among a ``@graph``'s nodes beside the
``WebSite`` and ``Organization``.  :func:`declared_article` reads those blocks as
data (``json.loads``, never run), skips one that is not valid JSON, and returns the
article's fields as text.  Only the top level is searched (an object, a list, a
``@graph``): the related stories a page lists inside an ``ItemList`` are not the
article, and when the top level declares two articles with different headlines,
which one the page is is unknown and none is taken.  An author that is only an
``Organization`` ("Редакция", "the editors") is returned apart, as
``author_organisation``: a person the page's byline names comes before it
(:mod:`geomap.io.html`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from geomap.metadata import author_name, clean_text

#: A script's opening tag, its attributes bounded (a page of ``<script aaa...`` with no
#: ``>`` costs each try at most this many characters, not the rest of the page).
_OPEN = re.compile(r"<script\b([^<>]{0,4096})>", re.IGNORECASE)
_LD_TYPE = re.compile(r"\btype\s*=\s*[\"']?application/ld\+json\b", re.IGNORECASE)
_CLOSE = re.compile(r"</script", re.IGNORECASE)
#: Characters of a page searched for JSON-LD blocks, and the largest block read.
_PAGE_LIMIT = 2 << 20
_BLOCK_LIMIT = 1 << 20
#: The markup some CMSs wrap a block in.
_WRAPPING = re.compile(r"^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$")


def declared_article(html: str) -> dict[str, str]:
    """The ``title``, ``author``, ``outlet`` and ``published`` of the page's JSON-LD article.

    An author declared only as organisations is ``author_organisation`` instead.

    ``published`` as written (``datePublished``); several authors joined by
    ``"; "``; a field the article lacks is left out; ``{}`` without one.

    >>> declared_article('<script type="application/ld+json">{"@type": "NewsArticle", '
    ...     '"headline": "Floods", "publisher": {"name": "Daily"}}</script>')
    {'title': 'Floods', 'outlet': 'Daily'}
    >>> declared_article('<script type="application/ld+json">{ not json</script>')
    {}
    """
    nodes = list(_top_nodes(html))
    articles = [n for n in nodes if _is_article(n)]
    if not articles or len({str(a.get("headline")) for a in articles}) > 1:
        return {}
    article = articles[0]
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    author = "; ".join(dict.fromkeys(_authors(article.get("author"), by_id))) or None
    by_organisation = _organisations_only(article.get("author"), by_id)
    fields = {
        "title": clean_text(_text(article.get("headline"))),
        "author": None if by_organisation else author,
        "author_organisation": author if by_organisation else None,
        "outlet": next(iter(_names(article.get("publisher"), by_id)), None),
        "published": clean_text(_text(article.get("datePublished"))),
    }
    return {key: value for key, value in fields.items() if value}


#: Deepest level of a JSON-LD block searched for the dates of the stories it lists.
_NESTED_DEPTH = 12
#: Keys under which JSON-LD lists other stories than the page (an ``ItemList``'s
#: elements, related links, cited or mentioned works); a ``mainEntityOfPage`` is the page.
_LISTING_KEYS = frozenset(
    {"itemListElement", "relatedLink", "isRelatedTo", "isSimilarTo", "mentions", "citation"}
)


def listed_dates(html: str) -> frozenset[str]:
    """The ``datePublished`` of the stories a page's JSON-LD lists (:data:`_LISTING_KEYS`).

    An ``ItemList`` of related stories beside the article: their dates are not the
    page's (:func:`geomap.io.page_meta.published_time` leaves them out).
    """
    found: set[str] = set()
    for node in _top_nodes(html):
        _dates_below(node, found, _NESTED_DEPTH, listed=False)
    return frozenset(found)


def _dates_below(value: Any, found: set[str], depth: int, *, listed: bool) -> None:
    """Add the ``datePublished`` of every object in ``value`` a listing holds to ``found``."""
    if depth <= 0:
        return
    if isinstance(value, list):
        for item in value[:1000]:
            _dates_below(item, found, depth - 1, listed=listed)
    elif isinstance(value, dict):
        date = _text(value.get("datePublished")) if listed else None
        if date and date.strip():
            found.add(date.strip())
        for key, item in value.items():
            _dates_below(item, found, depth - 1, listed=listed or key in _LISTING_KEYS)


def _top_nodes(html: str) -> Iterator[dict[str, Any]]:
    """The objects at the top of each JSON-LD block: itself, a list's, a ``@graph``'s."""
    for raw in _blocks(html[:_PAGE_LIMIT]):
        if len(raw) > _BLOCK_LIMIT:
            continue
        try:
            data = json.loads(_WRAPPING.sub("", raw))
        except (ValueError, RecursionError):
            continue  # not JSON: the page's other metadata stands
        for item in data if isinstance(data, list) else [data]:
            if not isinstance(item, dict):
                continue
            graph = item.get("@graph")
            if isinstance(graph, list):
                yield from (n for n in graph if isinstance(n, dict))
            else:
                yield item


def _blocks(page: str) -> Iterator[str]:
    """The text of each JSON-LD script, in one pass over the page.

    A script runs from its opening tag to the first ``</script`` (its text is not
    markup); once no ``</script`` follows an opening tag none can close a later one,
    and the search stops: a page of unclosed openings is read once, not once per
    opening.
    """
    pos = 0
    while opening := _OPEN.search(page, pos):
        closing = _CLOSE.search(page, opening.end())
        if closing is None:
            return
        if _LD_TYPE.search(opening.group(1)):
            yield page[opening.end() : closing.start()]
        pos = closing.end()


def _authors(value: Any, by_id: dict[str, dict[str, Any]]) -> Iterator[str]:
    """The article's authors' names, cleaned as any input's author ("By Jane Doe", an id)."""
    for name in _names(value, by_id):
        cleaned = author_name(name)
        if cleaned:
            yield cleaned


def _organisations_only(value: Any, by_id: dict[str, dict[str, Any]]) -> bool:
    """Whether the article's authors are all declared as organisations (no person, no name)."""
    items = value if isinstance(value, list) else [value]
    kinds = []
    for item in items:
        if isinstance(item, dict) and "@type" not in item and isinstance(item.get("@id"), str):
            item = by_id.get(item["@id"], item)
        kind = item.get("@type") if isinstance(item, dict) else None
        kinds.append(kind if isinstance(kind, str) else None)
    return bool(kinds) and all(kind == "Organization" for kind in kinds)


def _is_article(node: dict[str, Any]) -> bool:
    kinds = node.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(
        isinstance(k, str) and (k.endswith("Article") or k.endswith("BlogPosting")) for k in kinds
    )


def _names(value: Any, by_id: dict[str, dict[str, Any]]) -> Iterator[str]:
    """The names of a person or organisation: a string, ``{"name": ...}``, a list, an ``@id``."""
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str):
            item = by_id.get(item["@id"], item)
        name = clean_text(_text(item.get("name") if isinstance(item, dict) else item))
        if name:
            yield name


def _text(value: Any) -> str | None:
    """A JSON value as text: a string, or the first string of a list."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    return value if isinstance(value, str) else None
