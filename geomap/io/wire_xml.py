"""News agency XML: IPTC's NITF and NewsML-G2 stories, as agencies deliver their wires.

An ``.xml`` file is read as a feed (:mod:`geomap.io.feeds`); one whose root is a NITF
document (``<nitf>``) or a NewsML-G2 item or message (``<newsItem>``, ``<newsMessage>``)
holds no ``<item>`` but one story per item, which this module turns into the record a
feed item becomes: the headline (``<hl1>``, ``<headline>``), the text (NITF's
``<body.content>``, NewsML-G2's ``<inlineXML>`` holding NITF or XHTML, or its
``<inlineData>``), the date (``norm`` of ``<date.issue>``, ``<contentCreated>``,
``<firstCreated>``, ``<versionCreated>``), the byline, the agency as outlet
(``<pubdata name>``, ``<doc.copyright holder>``, ``<creditline>``, the provider) and
the id (``<doc-id id-string>``, the item's ``guid``).  Elements are matched by their
local names, so any version of either standard's namespace is read.
"""

from __future__ import annotations

import copy
from typing import Any

#: Root elements of agency stories (NITF, NewsML-G2).
WIRE_ROOTS = frozenset({"nitf", "newsItem", "newsMessage"})


def local_name(tag: object) -> str:
    """An element's tag without its namespace (``{http://...}p``: ``p``)."""
    name = str(tag)
    return name.rsplit("}", 1)[-1] if "}" in name else name


def _first(element: Any, *names: str) -> Any:
    """The first descendant of ``element`` with one of these local names (in that order)."""
    for name in names:
        for found in element.iter():
            if isinstance(found.tag, str) and local_name(found.tag) == name:
                return found
    return None


def _words(element: Any) -> str | None:
    if element is None:
        return None
    return " ".join("".join(element.itertext()).split()) or None


def _markup(element: Any) -> str | None:
    """An element's content as HTML (its paragraphs kept apart for extraction)."""
    if element is None:
        return None
    from lxml import etree

    parts = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        # a copy, not a parse of its serialisation: an entity the file's own DTD
        # declares (left unresolved) would be undefined in a new document
        piece = copy.deepcopy(child)
        for node in piece.iter():
            if isinstance(node.tag, str):
                node.tag = local_name(node.tag)  # <p> of XHTML's namespace as HTML's <p>
        etree.cleanup_namespaces(piece)
        parts.append(etree.tostring(piece, encoding="unicode", method="html", with_tail=False))
        parts.append(child.tail or "")
    return "".join(parts).strip() or None


def _nitf(story: Any) -> dict[str, object]:
    date = _first(story, "date.issue", "story.date", "date.release")
    doc_id = _first(story, "doc-id")
    record: dict[str, object] = {
        "id": doc_id.get("id-string") if doc_id is not None else None,
        "title": _words(_first(story, "hl1", "title")),
        "html": _markup(_first(story, "body.content")),
        "published": (date.get("norm") or _words(date)) if date is not None else None,
        "author": _words(_first(story, "byline")),
    }
    pubdata = _first(story, "pubdata")
    holder = _first(story, "doc.copyright")
    record["outlet"] = (pubdata is not None and pubdata.get("name")) or (
        holder is not None and holder.get("holder")
    )
    return {k: v for k, v in record.items() if v}


def _news_item(item: Any) -> dict[str, object]:
    inline = _first(item, "inlineXML")
    story = _first(inline, "nitf") if inline is not None else None
    record = _nitf(story) if story is not None else {}
    if story is None and inline is not None:
        body = _first(inline, "body")
        record["html"] = _markup(body if body is not None else inline)
    elif inline is None:
        record["text"] = _words(_first(item, "inlineData"))
    meta = _first(item, "contentMeta")
    if meta is not None:
        record["title"] = _words(_first(meta, "headline")) or record.get("title")
        record["author"] = _words(_first(meta, "by")) or record.get("author")
        record["outlet"] = _words(_first(meta, "creditline")) or record.get("outlet")
    provider = _first(item, "provider")
    if not record.get("outlet") and provider is not None:
        record["outlet"] = _words(_first(provider, "name")) or provider.get("literal")
    language = _first(item, "language")
    if language is not None and language.get("tag"):
        record["language"] = language.get("tag")
    created = _first(item, "contentCreated", "firstCreated", "versionCreated")
    record["published"] = record.get("published") or _words(created)
    record["id"] = item.get("guid") or record.get("id")
    return {k: v for k, v in record.items() if v}


def wire_records(root: Any) -> list[dict[str, object]] | None:
    """The stories of a NITF or NewsML-G2 document as feed-item records, ``None`` if none.

    A NewsML-G2 package (a ``newsItem`` without text: a picture's, a link list's) gives
    a record without text, reported as such.
    """
    name = local_name(root.tag)
    if name not in WIRE_ROOTS:
        return None
    if name == "nitf":
        return [_nitf(root)]
    items = [root] if name == "newsItem" else []
    items += [e for e in root.iter() if isinstance(e.tag, str) and local_name(e.tag) == "newsItem"]
    return [_news_item(item) for item in dict.fromkeys(items)] or None
