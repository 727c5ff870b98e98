"""News feeds: RSS 2.0, RSS 1.0 (RDF) and Atom files, one article per item.

Each item becomes a record (title, link, guid/id, date, author, the channel's
title as the outlet, and its content) read like a corpus record
(:func:`geomap.io.record.record_article`); HTML content has its text
extracted.  The XML parser never resolves entities, loads a DTD or touches
the network, so a hostile feed cannot expand or fetch anything.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

from geomap.errors import InputError
from geomap.io.record import DEFAULT_FIELDS, ReadResult, RecordFields, record_article

#: Largest feed file read (feeds are read whole).
FEED_FILE_LIMIT = 64 << 20
_ITEMS = ("item", "entry")
#: Child element (local name) -> record field; the first present wins.
_CHILDREN = {
    "title": ("title",),
    "url": ("link",),
    "id": ("guid", "id"),
    "published": ("pubDate", "published", "date", "updated", "issued"),
    "author": ("creator", "author"),
    "html": ("encoded", "content", "description", "summary"),
}


def _local(tag: object) -> str:
    name = str(tag)
    return name.rsplit("}", 1)[-1] if "}" in name else name


def _text(element: Any) -> str:
    if _local(element.tag) == "link" and element.get("href"):
        return str(element.get("href"))
    if _local(element.tag) == "author":
        names = [c for c in element if _local(c.tag) == "name"]
        if names:
            return "".join(names[0].itertext()).strip()
    return "".join(element.itertext()).strip()


def _record(item: Any, outlet: str | None) -> dict[str, object]:
    children: dict[str, Any] = {}
    for child in item:
        if isinstance(child.tag, str):
            name = _local(child.tag)
            if name == "link" and child.get("rel") not in (None, "alternate"):
                continue
            children.setdefault(name, child)
    record: dict[str, object] = {}
    for field, names in _CHILDREN.items():
        for name in names:
            if name in children and _text(children[name]):
                record[field] = _text(children[name])
                break
    if outlet:
        record["outlet"] = outlet
    content = record.get("html")
    if isinstance(content, str) and "<" not in content:  # plain text, not markup
        record["text"] = record.pop("html")
    return record


def read_feed(
    fh: BinaryIO, source: str, label: str, max_bytes: int, fields: RecordFields = DEFAULT_FIELDS
) -> Iterator[ReadResult]:
    """Yield one article (or status) per feed item.

    ``fields`` (``--text-field``, ``--id-field``, ``--field``) name the fields of
    a user's export; a feed item's record is built here under geomap's own field
    names, so it is always read with :data:`DEFAULT_FIELDS` (``--text-field body``
    for a JSONL export beside a feed left every feed item without text).
    """
    del fields  # the record below uses geomap's own field names
    from lxml import etree

    data = fh.read(FEED_FILE_LIMIT + 1)
    if len(data) > FEED_FILE_LIMIT:
        raise InputError(f"{source}: feed over {FEED_FILE_LIMIT >> 20} MB, not read")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False
    )
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        if "amplification" in str(exc.msg):  # libxml2 stops "billion laughs" expansion
            raise InputError(
                f"{source}: not read: its XML entities expand too far (an entity bomb)"
            ) from exc
        raise InputError(f"{source}: not a readable feed (invalid XML: {exc.msg})") from exc
    channel = next((e for e in root.iter() if _local(e.tag) in ("channel", "feed")), root)
    title = next((c for c in channel if _local(c.tag) == "title"), None)
    outlet = _text(title) if title is not None else None
    items = [e for e in root.iter() if isinstance(e.tag, str) and _local(e.tag) in _ITEMS]
    if not items:
        raise InputError(f"{source}: no feed items (expected RSS <item> or Atom <entry>)")
    for n, item in enumerate(items, 1):
        where = f"{source}:item {n}"
        yield record_article(_record(item, outlet), where, f"{label}-{n}", max_bytes)
