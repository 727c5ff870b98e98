"""Read one input file, or one archive member, as articles or a status naming the problem.

:func:`read_file` picks the reader by the file's kind (JSON Lines, JSON, CSV/TSV, feeds,
WARC, documents; each also gzipped) and turns every read error into an ``error``
:class:`~geomap.records.InputStatus` naming the file, so a bad file never stops the others.
"""

from __future__ import annotations

import os
import sys
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from geomap.errors import InputError
from geomap.io.bounded import open_regular
from geomap.io.corpora import read_jsonl
from geomap.io.csv_corpus import read_csv
from geomap.io.documents import read_document
from geomap.io.email_message import EMAIL_INFLATION, EMAIL_SUFFIXES
from geomap.io.factiva import FACTIVA_SUFFIXES, factiva_articles
from geomap.io.feeds import read_feed
from geomap.io.files import FEED_SUFFIXES, HTML_SUFFIXES, STDIN, TEXT_SUFFIXES, Found, file_kind
from geomap.io.gzip_stream import GzipStream, cut_reason, open_gzip
from geomap.io.json_file import read_json
from geomap.io.json_shape import SNIFF, looks_like_json
from geomap.io.mhtml import MHTML_INFLATION, MHTML_SUFFIXES
from geomap.io.record import ReadResult, RecordFields
from geomap.io.warc import WARC_SUFFIXES, read_warc
from geomap.records import Article, InputStatus
from geomap.sanitize import valid_unicode

__all__ = ["STDIN_SOURCE", "read_file"]

#: What names standard input in messages.
STDIN_SOURCE = "<stdin>"


def _open(found: Found, max_bytes: int) -> tuple[BinaryIO, GzipStream | None]:
    """The file's bytes (decompressed if gzipped), and the gzip stream that tells of a cut."""
    if str(found.path) == STDIN:
        stdin = sys.stdin.buffer if sys.stdin is not None else None
        if stdin is None or stdin.closed:
            raise InputError("-: standard input is closed; pipe JSON Lines into geomap")
        if sys.stdin.isatty():
            raise InputError("-: standard input is a terminal; pipe JSON Lines into geomap")
        # A duplicate of the descriptor: closing it when done leaves sys.stdin open.
        dup = os.fdopen(os.dup(stdin.fileno()), "rb")
        if dup.peek(2)[:2] == b"\x1f\x8b":  # zcat forgotten: gzip is fine
            return open_gzip(dup)
        return dup, None
    fh = open_regular(found.path, max_bytes)
    if file_kind(found.path)[1]:
        return open_gzip(fh)
    return fh, None


def _member(
    found: Found, member: tuple[BinaryIO, int], max_bytes: int
) -> tuple[BinaryIO, GzipStream | None]:
    """An archive member's bytes (decompressed if gzipped), refused over ``max_bytes``."""
    stream, size = member
    if max_bytes and size > max_bytes:
        stream.close()
        raise InputError(
            f"{found.path}: {size / 1e6:.1f} MB is over the limit of "
            f"{max_bytes / 1e6:g} MB per article; raise it with --max-article-mb"
        )
    return open_gzip(stream) if file_kind(found.path)[1] else (stream, None)


def _stdin_text(fh: BinaryIO, label: str, max_bytes: int) -> ReadResult:
    """Standard input that is not JSON Lines: one plain-text article, as a .txt file's."""
    item = read_document(fh, Path(STDIN_SOURCE), STDIN_SOURCE, label, max_bytes)
    if isinstance(item, Article):
        note = f"{STDIN_SOURCE}: not JSON Lines; read as one plain-text article"
        item = replace(item, notes=(note, *item.notes))
    return item


def _before_cut(
    records: Iterator[ReadResult], gz: GzipStream | None, cut: list[str]
) -> Iterator[ReadResult]:
    """``records``, but a last one in error when the gzip data was cut (its source in ``cut``).

    The record a cut leaves half-written is the cut's doing: a cut JSON Lines file was
    two errors, its last line's "invalid JSON" and the file's "cut short" (user73a).
    """
    if gz is None:
        yield from records
        return
    last: ReadResult | None = None
    for item in records:
        if last is not None:
            yield last
        last = item
    if gz.cut and isinstance(last, InputStatus) and last.status == "error":
        cut.append(last.source)
    elif last is not None:
        yield last


def read_file(
    found: Found,
    label: str,
    max_bytes: int,
    fields: RecordFields,
    member: tuple[BinaryIO, int] | None = None,
) -> Iterator[ReadResult]:
    """A file's articles; ``member``: an archive member's stream and size, read instead."""
    path = found.path
    stdin = str(path) == STDIN
    source = STDIN_SOURCE if stdin else valid_unicode(str(path))
    suffix = ".jsonl" if stdin else file_kind(path)[0]
    corpus = suffix not in TEXT_SUFFIXES | HTML_SUFFIXES
    try:
        # A compressed file's size says nothing of its text: its articles are bounded
        # as they are read.
        limit = 0 if corpus or file_kind(path)[1] else max_bytes
        if suffix in MHTML_SUFFIXES:  # its images too: its page is held to the limit
            limit *= MHTML_INFLATION
        elif suffix in EMAIL_SUFFIXES:  # its attachments too
            limit *= EMAIL_INFLATION
        opened, gz = _open(found, limit) if member is None else _member(found, member, limit)
        cut_record: list[str] = []  # the record a gzip cut left half-written
        with opened as fh:
            records: Iterator[ReadResult] | None = None
            if stdin and not looks_like_json(fh.peek(SNIFF)[:SNIFF]):  # type: ignore[attr-defined]
                yield _stdin_text(fh, label, max_bytes)
            elif suffix in (".jsonl", ".ndjson"):
                records = read_jsonl(fh, source, label, max_bytes, fields)
            elif suffix == ".json":
                records = read_json(fh, source, label, max_bytes, fields)
            elif suffix in (".csv", ".tsv"):
                records = read_csv(fh, source, label, max_bytes, fields, tab=suffix == ".tsv")
            elif suffix in FEED_SUFFIXES:
                records = read_feed(fh, source, label, max_bytes, fields)
            elif suffix in WARC_SUFFIXES:
                records = read_warc(fh, source, label, max_bytes)
            else:
                document = read_document(fh, path, source, label, max_bytes)
                if gz is not None and gz.cut:  # a cut article is no article: the cut says so
                    pass
                elif isinstance(document, Article) and suffix in FACTIVA_SUFFIXES:
                    yield from factiva_articles(document, source, label, max_bytes, fields)
                else:
                    yield document
            if records is not None:
                yield from _before_cut(records, gz, cut_record)
            if gz is not None and gz.cut:
                reason = cut_reason(source)
                if cut_record:
                    reason += f" (the record it cut, {cut_record[0]}, left out)"
                yield InputStatus(source, None if corpus else label, "error", reason)
    except InputError as exc:
        yield InputStatus(source, None if corpus else label, "error", valid_unicode(str(exc)))
    except MemoryError:
        reason = f"{source}: too large to read in memory; split it or use JSON Lines"
        yield InputStatus(source, None if corpus else label, "error", reason)
    except (OSError, EOFError, zipfile.BadZipFile, tarfile.TarError, zlib.error, ValueError) as exc:
        # an archive member's damage (a bad CRC, broken deflate data) shows as it is read;
        # a ValueError a parser raises on what a file holds (lxml refusing a character)
        # stops this input, never the run (hst73)
        what = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        yield InputStatus(
            source, None if corpus else label, "error", f"{source}: cannot be read ({what})"
        )
