"""Records read twice and texts repeated, as :func:`geomap.io.readers.read_inputs` says."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import replace

from geomap.records import Article, InputStatus
from geomap.sanitize import quoted

_SPACES = re.compile(r"\s+")


def repeated_record(item: Article, records: dict[bytes, str]) -> InputStatus | None:
    """A skipped status when an earlier record had the same id, text and metadata.

    A scraper's export holding a line twice counted its article, mentions and claims
    twice, under a qualified id; a syndicated copy (other metadata) is still read.
    """
    meta = json.dumps(item.metadata, sort_keys=True, default=str)
    whole = "\x00".join((item.article_id, item.text, meta)).encode("utf-8", "surrogatepass")
    key = hashlib.blake2b(whole, digest_size=16).digest()
    first = records.setdefault(key, item.source)
    if first == item.source:
        return None
    reason = f"{item.source}: the same record as {first} (id, text and metadata); read once"
    return InputStatus(item.source, item.article_id, "skipped", reason)


def text_key(text: str) -> bytes:
    """What two texts the same but for their spaces share (a 16-byte hash).

    One notion of "the same text" for the readers' note (:func:`same_text`) and for
    ``copy_of`` (:class:`geomap.copies.CopyFinder`).
    """
    words = _SPACES.sub(" ", text).strip().encode("utf-8", "surrogatepass")
    return hashlib.blake2b(words, digest_size=16).digest()


def same_text(item: Article, texts: dict[bytes, str]) -> Article:
    """The article, with a note when an earlier one had the same text (spaces aside).

    A syndicated story in two outlets, or a record exported twice: both are read (their
    metadata differ), and the report says so; its claims are counted for both.
    """
    first = texts.setdefault(text_key(item.text), item.article_id)
    if first == item.article_id:
        return item
    note = f"{item.source}: the same text as article {quoted(first)}; read again"
    return replace(item, notes=(*item.notes, note))
