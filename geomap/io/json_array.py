"""A JSON array read item by item from a stream, with no streaming-JSON dependency.

The standard library parses a whole document at once; a ``.json`` export of an
archive is one array of articles, hundreds of megabytes.  :func:`array_items` reads
the text a chunk (:data:`CHUNK_CHARS`) at a time and decodes each item with
:meth:`json.JSONDecoder.raw_decode` as soon as the buffer holds all of it, so memory
holds one item and one chunk, not the file.  An item longer than its limit (an
article over ``--max-article-mb``, as a JSON Lines line is held) or one that is no
JSON stops the reading there, with the reason.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO, Protocol

from geomap.io.json_shape import DECODER

#: Characters read from the stream at a time.
CHUNK_CHARS = 1 << 20
_SPACE = " \t\r\n"
#: Most characters a number cut by a chunk's end may show past what decodes ("e+" of "1e+5").
_NUMBER_REST = 3
#: The :class:`ArrayProblem` of a text that does not open with ``[``.
NOT_AN_ARRAY = "not a JSON array"


class TextStream(Protocol):
    """What the splitter reads: ``read(n)`` giving at most ``n`` characters, ``""`` at the end."""

    def read(self, size: int = -1, /) -> str: ...  # noqa: D102


@dataclass(frozen=True)
class ArrayProblem:
    """Why the array's reading stopped before its end (``at``: the item's number)."""

    at: int
    reason: str


@dataclass(frozen=True)
class ArrayEnd:
    """The array's end: its number of items, and whether anything but white space follows."""

    items: int
    data_after: bool


def array_items(stream: TextStream, item_limit: int = 0) -> Iterator[Any | ArrayProblem | ArrayEnd]:
    """Each item of the JSON array ``stream`` holds, then an :class:`ArrayEnd`.

    Parameters
    ----------
    stream
        The text, positioned anywhere before the array's ``[`` (white space only before it).
    item_limit
        Most characters of one item (0: no limit); a longer one stops the reading
        with an :class:`ArrayProblem`.

    Yields
    ------
    The items as :func:`json.loads` gives them; an :class:`ArrayProblem` ends the
    iteration when an item is no JSON (or too long, or nested too deeply) or the
    text ends inside the array; else the last value is the :class:`ArrayEnd`.
    """
    decoder = DECODER
    buf, pos, eof = "", 0, False

    def more() -> bool:
        nonlocal buf, pos, eof
        if eof:
            return False
        chunk = stream.read(CHUNK_CHARS)
        if not chunk:
            eof = True
            return False
        buf = buf[pos:] + chunk  # what was read already is dropped
        pos = 0
        return True

    def skip_space() -> None:
        """Past white space to the next character, reading on (``pos == len(buf)`` at EOF)."""
        nonlocal pos
        while True:
            while pos < len(buf) and buf[pos] in _SPACE:
                pos += 1
            if pos < len(buf) or not more():
                return

    skip_space()  # to the opening bracket
    if pos >= len(buf) or buf[pos] != "[":
        yield ArrayProblem(1, NOT_AN_ARRAY)
        return
    pos += 1
    n = 0
    while True:
        skip_space()  # to the next item, or the end; after an item, one comma first
        if n and pos < len(buf) and buf[pos] == ",":
            pos += 1
            skip_space()
            if pos < len(buf) and buf[pos] in ",]":
                yield ArrayProblem(n + 1, f"invalid JSON (no item after item {n}'s comma)")
                return
        elif n and pos < len(buf) and buf[pos] != "]":
            yield ArrayProblem(n + 1, f"invalid JSON (no comma after item {n})")
            return
        if pos >= len(buf):
            yield ArrayProblem(n + 1, "the file ends inside the array (cut short?)")
            return
        if buf[pos] == "]":
            break
        if buf[pos] == ",":
            yield ArrayProblem(1, "invalid JSON (a comma before the first item)")
            return
        n += 1
        while True:
            try:
                item, end = decoder.raw_decode(buf, pos)
            except RecursionError:
                yield ArrayProblem(n, "invalid JSON (nested too deeply)")
                return
            except ValueError as exc:  # maybe cut by the chunk's end: read on
                if item_limit and len(buf) - pos > item_limit:
                    yield ArrayProblem(n, f"item over {item_limit:,} characters")
                    return
                if more():
                    continue
                yield ArrayProblem(n, f"invalid JSON ({str(exc)[:100]})")
                return
            if _maybe_cut(item, buf, end) and more():
                continue  # a number the chunk may have cut ("12" of "123", "1" of "1.5")
            break
        if item_limit and end - pos > item_limit:
            yield ArrayProblem(n, f"item over {item_limit:,} characters")
            return
        pos = end
        yield item
    pos += 1  # the "]"
    skip_space()
    yield ArrayEnd(n, pos < len(buf))  # white space however long, then anything


def _maybe_cut(item: Any, buf: str, end: int) -> bool:
    """Whether the scalar ``item`` decoded up to ``end`` may go on past the buffer's end.

    A number or literal is whole only when a separator follows it; "1" of "1.", "1.5"
    of "1.5e" (the rest of a number is at most its ``.``, ``e`` and sign) may not be.
    """
    if isinstance(item, (dict, list, str)):
        return False  # closed by its own bracket or quote
    return len(buf) - end <= _NUMBER_REST and not any(c in _SPACE + ",]" for c in buf[end:])


class Utf8Text:
    """A binary stream read as UTF-8 text (a byte-order mark dropped), for :func:`array_items`.

    The text before an invalid byte is given first; the next read raises
    :class:`UnicodeDecodeError`, so the items before it are read.
    """

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._pending = b""  # a character the last read cut, its first bytes
        self._first = True
        self._error: UnicodeDecodeError | None = None

    def read(self, size: int = -1, /) -> str:
        """At most about ``size`` characters (``""`` at the end)."""
        if self._error is not None:
            raise self._error
        data = self._raw.read(size)
        buf = self._pending + data
        if self._first and (len(buf) >= len(codecs.BOM_UTF8) or not data):
            buf, self._first = buf.removeprefix(codecs.BOM_UTF8), False
        try:
            text, self._pending = buf.decode("utf-8"), b""
            return text or (self.read(size) if data else "")  # "" only at the end
        except UnicodeDecodeError as exc:
            cut = exc.end == len(buf) and exc.reason == "unexpected end of data"
            if not (cut and data):  # an invalid byte, or the file ends inside a character
                self._error = exc
            self._pending = buf[exc.start :]
            return buf[: exc.start].decode("utf-8") or self.read(size)
