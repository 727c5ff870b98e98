"""Which of JSON or JSON Lines a corpus file holds, whatever its name says.

Exporters mix them up: a pretty-printed JSON array saved as ``.jsonl``, JSON Lines
saved as ``.json``.  :func:`opens_array` tells a JSON array from the first line of
a ``.jsonl`` file; :class:`Prefixed` gives the lines read to tell back to the reader.
"""

from __future__ import annotations

import io
import json
import re
from typing import BinaryIO

#: Bytes read at most to tell a JSON array from JSON Lines.
SNIFF = 4096
#: Longest integer read as a number: Python refuses to convert longer ones (CVE-2020-10735).
MAX_INT_DIGITS = 4300


def whole_number(digits: str) -> int | str:
    """A JSON integer as a number, or as written when it is too long for one.

    A valid JSON number of 5,000 digits (an id from a hostile export) made Python's
    decoder fail, and the record was lost (in a JSON array, every item after it).

    >>> whole_number("-12"), whole_number("9" * 5000)[:3]
    (-12, '999')
    """
    return int(digits) if len(digits.lstrip("-")) <= MAX_INT_DIGITS else digits


#: The decoder every corpus record is read with (:func:`whole_number`).
DECODER = json.JSONDecoder(parse_int=whole_number)


def opens_array(head: bytes) -> bool:
    """Whether a file's first non-blank line opens a JSON array over many lines.

    ``[`` or ``[{...`` that is no whole JSON value; "[[[[...]]]]" is a line (malformed),
    and so is a whole array on one line (its objects are read as the line's).
    """
    line = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not re.match(rb"\[\s*(\{|$)", line):
        return False
    try:
        json.loads(line)
    except (ValueError, RecursionError):
        return True
    return False


class Prefixed:
    """A binary stream whose first bytes were read already (``read`` and ``readline``)."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = io.BytesIO(head)
        self._rest = rest
        self._left = len(head)

    def readline(self, size: int = -1) -> bytes:
        """One line, at most ``size`` bytes, across the read head and the rest."""
        line = self._head.readline(size) if self._left else b""
        self._left -= len(line)
        if not self._left and not line.endswith(b"\n") and (size < 0 or len(line) < size):
            line += self._rest.readline(size - len(line) if size >= 0 else -1)
        return line

    def read(self, size: int = -1) -> bytes:
        """At most ``size`` bytes (all with ``-1``)."""
        data = self._head.read(size) if self._left else b""
        self._left -= len(data)
        if size < 0 or len(data) < size:
            data += self._rest.read(size - len(data) if size >= 0 else -1)
        return data


#: What opens a JSON value a JSON Lines stream starts with: an object, or an array of
#: objects, strings, numbers (``[UPDATE] Strikes on Kharkiv`` opens a text, not JSON).
_JSON_OPENING = re.compile(rb'\{|\[\s*(?:[\[{"\d\-\]]|true|false|null)')


def looks_like_json(head: bytes) -> bool:
    """Whether a stream's first bytes open JSON (Lines), not plain text.

    Standard input is read as JSON Lines; a message pasted there (``cat article.txt |
    geomap map -``) is read as one plain-text article instead.  Byte-order marks, NUL
    bytes (UTF-16) and blanks before the first character are passed over.

    >>> looks_like_json(b'\\xef\\xbb\\xbf {"text": "x"}'), looks_like_json(b"[UPDATE] Kyiv")
    (True, False)
    >>> looks_like_json('{"a": 1}'.encode("utf-16")), looks_like_json(b"Floods in Lviv")
    (True, False)
    """
    start = head.replace(b"\x00", b"").lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n")
    return bool(_JSON_OPENING.match(start)) or not start
