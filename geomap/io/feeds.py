"""News feeds: RSS 2.0, RSS 1.0 (RDF) and Atom files, one article per item.

Each item becomes a record (title, link, guid/id, date, author, the channel's
title as the outlet unless the item's ``<source>`` names the feed it came from, and its
content) read like a corpus record
(:func:`geomap.io.record.record_article`); an item whose content is only a link's
words ("Read more") or nothing has its headline read as its text
(:mod:`geomap.io.feed_teasers`); HTML content has its text
extracted (Atom's ``type="xhtml"`` content too).  The XML parser never resolves
entities, loads a DTD or touches the network, so a hostile feed cannot expand or
fetch anything; HTML's named entities (``&nbsp;``), which many feeds use though
XML does not define them, are read as their characters, and an ``&`` that starts no
entity (``AT&T``) as itself, with a note.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any, BinaryIO
from urllib.parse import urljoin, urlsplit

from geomap.errors import InputError
from geomap.io.feed_outlets import channel_outlet
from geomap.io.feed_repair import (
    entities_note,
    feed_bytes,
    html_entities,
    items_before_cut,
    root_before_extra,
    stray_ampersands,
)
from geomap.io.feed_teasers import headline_for_teaser
from geomap.io.record import DEFAULT_FIELDS, ReadResult, RecordFields, record_article
from geomap.io.wire_xml import local_name as _local
from geomap.io.wire_xml import wire_records
from geomap.records import Article, InputStatus

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


def _markup(element: Any) -> str:
    """An element's content as markup when it holds elements (Atom's ``type="xhtml"``).

    Its text alone would keep a ``<script>``'s code and run paragraphs together; as
    markup, its main text is extracted like any HTML content.
    """
    from lxml import etree

    inner = "".join(etree.tostring(c, encoding="unicode", method="html") for c in element)
    return ((element.text or "") + inner).strip()


def _text(element: Any) -> str:
    if _local(element.tag) in _CHILDREN["html"] and len(element):
        return _markup(element)
    if _local(element.tag) == "link" and element.get("href"):
        return str(element.get("href"))
    if _local(element.tag) == "author":
        names = [c for c in element if _local(c.tag) == "name"]
        if names:
            return "".join(names[0].itertext()).strip()
    return "".join(element.itertext()).strip()


def _site(channel: Any) -> str | None:
    """The address of the site a feed is of (RSS ``<link>``, Atom ``<link rel="alternate">``)."""
    links = (c for c in channel if isinstance(c.tag, str) and _local(c.tag) == "link")
    for link in links:
        if link.get("rel") in (None, "alternate") and _absolute(_text(link)):
            return _text(link)
    return None


def _absolute(url: str | None) -> bool:
    return bool(url) and urlsplit(str(url)).scheme in ("http", "https")


def _record(item: Any, outlet: str | None, site: str | None = None) -> dict[str, object]:
    children: dict[str, Any] = {}
    for child in item:
        if isinstance(child.tag, str) and not child.tag.startswith(_MEDIA):
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
    link = record.get("url")
    if isinstance(link, str) and not _absolute(link):
        # a relative link ("/2024/story"), against Atom's xml:base or the feed's site
        base = children["link"].base if "link" in children else None
        base = base if _absolute(base) else site
        if base and urlsplit(link).scheme == "":
            record["url"] = urljoin(base, link)
    original = _source_title(next((c for c in item if c.tag in _SOURCE_TAGS), None))
    if original:  # an aggregator's item names the outlet it came from (Google News)
        outlet = original
        title = record.get("title")
        if isinstance(title, str) and title.endswith(f" - {original}"):
            record["title"] = title[: -len(original) - 3].rstrip()
    if outlet:
        record["outlet"] = outlet
    content = record.get("html")
    if isinstance(content, str) and "<" not in content:  # plain text, not markup
        record["text"] = record.pop("html")
    return record


#: Media RSS (``<media:content>``, ``<media:description>``, ``<media:title>``): an image's
#: or a video's elements, never the item's text (the Guardian's feed: "Photograph: AP").
_MEDIA = "{http://search.yahoo.com/mrss/}"
#: An item's ``<source>`` in RSS 2.0 (no namespace) and Atom (Dublin Core's is no outlet).
_SOURCE_TAGS = frozenset({"source", "{http://www.w3.org/2005/Atom}source"})


def _source_title(element: Any) -> str | None:
    """The title of the feed an item was taken from, ``None`` if it names none.

    RSS ``<source url="...">Reuters</source>``, Atom ``<source><title>Reuters</title></source>``.
    """
    if element is None:
        return None
    titles = [c for c in element if isinstance(c.tag, str) and _local(c.tag) == "title"]
    text = (
        "".join((titles[0] if titles else element).itertext()) if titles or not len(element) else ""
    )
    return " ".join(text.split()) or None


def _parse(data: bytes, source: str) -> tuple[Any, str | None, str | None]:
    """The feed's root element, a note if HTML entities had to be read, a warning if it is cut.

    Raises
    ------
    InputError
        For XML that cannot be read (an entity bomb named as such).
    """
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False
    )
    try:
        return etree.fromstring(data, parser=parser), None, None
    except etree.XMLSyntaxError as exc:
        if "amplification" in str(exc.msg):  # libxml2 stops "billion laughs" expansion
            raise InputError(
                f"{source}: not read: its XML entities expand too far (an entity bomb)"
            ) from exc
        error = exc
    fixed, names = html_entities(data)
    fixed, stray = stray_ampersands(fixed)
    note = None
    if names or stray:
        try:
            root = etree.fromstring(fixed, parser=parser)
        except etree.XMLSyntaxError as exc:
            # the mended feed's error (a cut?) is at its own offsets, and recovery on the
            # unmended bytes would drop what was mended ("AT&T": "AT")
            error, data, note = exc, fixed, entities_note(source, names, stray)
        else:
            return root, entities_note(source, names, stray), None
    root = items_before_cut(data, error)
    if root is not None:
        return (
            root,
            note,
            (
                f"{source}: the feed is cut short (invalid XML at its end: {error.msg}); "
                "the items before the cut are read"
            ),
        )
    root = root_before_extra(data, error)
    if root is not None:
        line = error.position[0]
        return root, note, f"{source}: content after the feed's end (line {line}) not read"
    raise InputError(f"{source}: not a readable feed (invalid XML: {error.msg})") from error


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
    data = fh.read(FEED_FILE_LIMIT + 1)
    if len(data) > FEED_FILE_LIMIT:
        raise InputError(f"{source}: feed over {FEED_FILE_LIMIT >> 20} MB, not read")
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf"):  # as an empty corpus is, not an XML error
        yield InputStatus(source, None, "empty", f"{source}: empty file (no feed items)")
        return
    data, mended = feed_bytes(data, source)
    root, note, cut = _parse(data, source)
    note = "; ".join(n for n in (mended, note) if n) or None
    channel = next((e for e in root.iter() if _local(e.tag) in ("channel", "feed")), root)
    title = next((c for c in channel if _local(c.tag) == "title"), None)
    site = _site(channel)
    items = [e for e in root.iter() if isinstance(e.tag, str) and _local(e.tag) in _ITEMS]
    links = (_site(item) for item in items[:50])  # a channel without a link: its items'
    outlet = channel_outlet(_text(title) if title is not None else None, site, links)
    records: Iterator[dict[str, object]] = (_record(item, outlet, site) for item in items)
    wire_file = one = False  # one agency story in the file: named by the file
    if not items:
        wire = wire_records(root)  # an agency's NITF or NewsML-G2 story
        if not wire:
            yield _no_items(root, channel, source)
            return
        records, one, wire_file = iter(wire), len(wire) == 1, True
    for n, record in enumerate(records, 1):
        where = source if one else f"{source}:item {n}"
        headline = None if wire_file else headline_for_teaser(record, where)  # "Read more"
        article = record_article(record, where, label if one else f"{label}-{n}", max_bytes)
        if headline and isinstance(article, Article):
            article = replace(article, notes=(*article.notes, headline))
        if isinstance(article, InputStatus) and article.status == "empty":
            # not the field names of a JSON export: the elements a feed item holds text in
            reason = f"{where}: no text " + (
                "(an agency item without text: a picture's, a video's or a package's)"
                if wire_file
                else "(the item's <description>, <content> and <summary> are empty or missing)"
            )
            article = replace(article, reason=reason)
        if note and isinstance(article, Article):  # said once, on the feed's first article
            article, note = replace(article, notes=(*article.notes, note)), None
        if cut and isinstance(article, Article):  # warned once, on the feed's first article
            article, cut = replace(article, warnings=(*article.warnings, cut)), None
        yield article


#: Root elements of feeds (RSS, RDF, Atom).
_FEED_ROOTS = frozenset({"rss", "RDF", "feed", "channel"})


def _no_items(root: Any, channel: Any, source: str) -> InputStatus:
    """The status of an XML file without items: an empty feed, or no feed at all.

    A feed with no items is empty, as a blank corpus is; another XML file (a sitemap,
    a configuration file in a folder of articles) is skipped, not an error that fails
    the run.
    """
    reason = f"{source}: no feed items (expected RSS <item> or Atom <entry>)"
    name = _local(root.tag)
    if name in _FEED_ROOTS or channel is not root:
        return InputStatus(source, None, "empty", f"{reason}; an empty feed")
    return InputStatus(source, None, "skipped", f"{reason}; its root <{name}> is no feed's")
