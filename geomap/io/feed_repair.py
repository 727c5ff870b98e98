"""Mend a feed's bytes before and after strict XML refuses them.

Split from :mod:`geomap.io.feeds`.  A feed saved from the web often lies about its
encoding (a CMS declares ISO-8859-1 and writes UTF-8, or declares nothing, which
XML reads as UTF-8, and writes Windows-1250); strict XML then refuses the whole feed
or, worse, reads every accented letter as two ("OstrzaÅ").  A download cut off
mid-item, or a page appended after the feed's end, leaves the items before it
whole.  HTML's named entities (``&nbsp;``), which XML does not define, are read as
their characters and an ``&`` that starts no entity (``AT&T``) as itself.  Each
repair is said in the report.
"""

from __future__ import annotations

import codecs
import re
from html.entities import name2codepoint
from typing import Any

from geomap.io.encoding import bom_encoding, decode_bytes

#: The XML declaration's encoding, ``<?xml version="1.0" encoding="ISO-8859-1"?>``.
_PROLOG_ENCODING = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']")
#: The same in decoded text, to be rewritten as UTF-8.
_PROLOG_TEXT = re.compile(r"^(\s*<\?xml[^>]*?encoding\s*=\s*[\"'])([A-Za-z0-9._:-]+)([\"'])")


def _codec(name: str) -> str | None:
    """Python's name for an encoding, or ``None`` when it knows none by that name."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def feed_bytes(data: bytes, source: str) -> tuple[bytes, str | None]:
    """``data`` as bytes XML reads in the encoding they are really in, and a note if mended.

    The declared encoding (UTF-8 when none is declared) is kept when it reads the
    bytes, except that bytes which are valid UTF-8 holding non-ASCII characters
    are UTF-8 whatever single-byte code page is declared (as a browser reads a page).
    Bytes the declared encoding cannot read, or an encoding Python does not know,
    are decoded as a text file's are (:func:`geomap.io.encoding.decode_bytes`) and
    handed on as UTF-8, the declaration rewritten to say so.

    Raises
    ------
    geomap.errors.InputError
        If no encoding reads the bytes as text.
    """
    if bom_encoding(data[:4]) is not None or data[:2] in (b"<\x00", b"\x00<"):
        return data, None  # a byte-order mark, or UTF-16 without one: XML reads them itself
    match = _PROLOG_ENCODING.match(data[:512])
    declared = match.group(1).decode("ascii") if match else None
    codec = _codec(declared) if declared else "utf-8"
    if codec == "utf-8" and _decodes(data, "utf-8"):
        return data, None
    if codec is not None and codec != "utf-8" and _decodes(data, codec):
        wide = codec.startswith(("utf-16", "utf-32"))
        if wide or data.isascii() or not _decodes(data, "utf-8"):
            return data, None
        text, found = data.decode("utf-8"), "utf-8"
    else:
        text, found = decode_bytes(data, source)
    text = _PROLOG_TEXT.sub(r"\g<1>UTF-8\g<3>", text, count=1)
    said = f"declares {declared}" if declared else "declares no encoding (XML's default: UTF-8)"
    return text.encode("utf-8"), f"{source}: {said} but is {found}; read as {found}"


_ITEM_END = re.compile(rb"</(?:[\w.-]+:)?(?:item|entry)\s*>")


def _recovered(data: bytes) -> Any | None:
    """``data`` parsed by lxml's recovering parser (elements left open are closed)."""
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=True
    )
    try:
        return etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError:
        return None


def items_before_cut(data: bytes, error: Any) -> Any | None:
    """The feed's root holding only its whole items, if ``error`` is at the end of the data.

    A download cut off mid-item fails to parse at its last byte; the items closed
    before the cut are whole, so the data up to the last ``</item>`` (or
    ``</entry>``) is parsed, the elements still open then closed by lxml's recovery.
    An error anywhere else is no cut: ``None``.
    """
    line, column = error.position
    lines = data.rstrip().split(b"\n")
    if line < len(lines) or (line == len(lines) and column < len(lines[-1])):
        return None
    ends = list(_ITEM_END.finditer(data))
    if not ends:
        return None
    return _recovered(data[: ends[-1].end()])


def root_before_extra(data: bytes, error: Any) -> Any | None:
    """The feed's root when the only error is content after it (a second feed, a page).

    Files joined with ``cat``, or a server's error page appended to a download, follow
    a whole feed; XML refuses everything after its root element closes.
    """
    if "Extra content at the end of the document" not in str(error.msg):
        return None
    return _recovered(data)


#: An entity reference, ``&nbsp;``.
_ENTITY = re.compile(rb"&([A-Za-z][A-Za-z0-9]{1,31});")
#: The entities XML defines itself.
_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})


def html_entities(data: bytes) -> tuple[bytes, list[str]]:
    """``data`` with HTML's named entities (``&nbsp;``, ``&eacute;``) as character references.

    Many feeds use them although XML does not define them; a browser reads them as
    their characters.  Returns the new bytes and the names replaced.
    """
    names: list[str] = []

    def numeric(match: re.Match[bytes]) -> bytes:
        name = match.group(1).decode("ascii")
        if name in _XML_ENTITIES or name not in name2codepoint:
            return match.group(0)
        if name not in names:
            names.append(name)
        return b"&#%d;" % name2codepoint[name]

    return _ENTITY.sub(numeric, data), names


#: An ``&`` that starts no reference XML reads: ``AT&T``, ``?a=1&b=2``, ``&bogus;``
#: (an entity neither XML nor HTML defines; HTML's are numeric by now).
_STRAY_AMPERSAND = re.compile(rb"&(?!#[0-9]{1,7};|#x[0-9A-Fa-f]{1,6};|(?:amp|lt|gt|quot|apos);)")
#: CDATA sections, where an ``&`` is text already.
_CDATA = re.compile(rb"(<!\[CDATA\[.*?\]\]>)", re.DOTALL)


def stray_ampersands(data: bytes) -> tuple[bytes, int]:
    """``data`` with each ``&`` that starts no XML reference written ``&amp;``, and their count.

    Feeds written by hand or by careless templates hold ``AT&T`` or a link's
    ``?a=1&b=2`` unescaped; a browser or feed reader shows them as written, while
    strict XML refuses the whole feed.  CDATA sections are left as they are.
    """
    count = 0

    def escape(part: bytes) -> bytes:
        nonlocal count
        fixed, n = _STRAY_AMPERSAND.subn(b"&amp;", part)
        count += n
        return fixed

    parts = _CDATA.split(data)
    return b"".join(p if i % 2 else escape(p) for i, p in enumerate(parts)), count


def entities_note(source: str, names: list[str], stray: int) -> str:
    """The report's note on a feed read after its entities and ampersands were mended."""
    said = []
    if names:
        shown = ", ".join(f"&{n};" for n in names[:5]) + (", ..." if len(names) > 5 else "")
        said.append(f"HTML entities XML does not define ({shown}) read as characters")
    if stray:
        said.append(f"{stray} '&' starting no entity (as in 'AT&T') read as text")
    return f"{source}: {'; '.join(said)}"
