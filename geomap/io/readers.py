"""Read articles from files: text, Markdown, HTML pages, folders of them, and corpora.

Every path given or found yields :class:`~geomap.records.Article` records or
an :class:`~geomap.records.InputStatus` that names the input and the problem
(``empty``, ``skipped`` or ``error``); a bad input never stops the others.
"""

from __future__ import annotations

import os
import sys
import tarfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, cast

from geomap.errors import InputError
from geomap.io.archives import archive_members, member_label
from geomap.io.bounded import open_regular
from geomap.io.corpora import read_jsonl
from geomap.io.csv_corpus import read_csv
from geomap.io.documents import read_document
from geomap.io.email_message import EMAIL_INFLATION, EMAIL_SUFFIXES
from geomap.io.factiva import FACTIVA_SUFFIXES, factiva_articles
from geomap.io.feeds import read_feed
from geomap.io.files import (
    FEED_SUFFIXES,
    HTML_SUFFIXES,
    STDIN,
    TEXT_SUFFIXES,
    Found,
    archive_kind,
    file_kind,
    file_label,
    find_inputs,
)
from geomap.io.gzip_stream import GzipStream, cut_reason, open_gzip
from geomap.io.json_file import read_json
from geomap.io.json_shape import SNIFF, looks_like_json
from geomap.io.mhtml import MHTML_INFLATION, MHTML_SUFFIXES
from geomap.io.record import DEFAULT_FIELDS, ID_FIELDS, TEXT_FIELDS, RecordFields
from geomap.io.record_ids import MAX_ID_CHARS, short_id
from geomap.io.record_problems import bounded_problems
from geomap.io.repeats import repeated_record, same_text
from geomap.io.warc import WARC_SUFFIXES, read_warc
from geomap.records import Article, InputStatus
from geomap.sanitize import quoted, valid_unicode, visible_id

__all__ = ["ID_FIELDS", "TEXT_FIELDS", "TEXT_SUFFIXES", "read_inputs"]

#: Default largest article read (a text file, or one record's text), in bytes.
DEFAULT_MAX_ARTICLE_BYTES = 10_000_000

ReadResult = Article | InputStatus


def read_inputs(
    inputs: Iterable[Path | str] | Path | str,
    *,
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
    fields: RecordFields = DEFAULT_FIELDS,
) -> Iterator[ReadResult]:
    """Yield articles (or statuses) from files and folders, lazily.

    A folder contributes its article files (text, Markdown, HTML, JSON Lines,
    JSON, CSV/TSV, RSS/Atom feeds, each also gzipped), recursively, in name order; hidden files
    and folders, files of other types and links to folders are listed as
    skipped.  Only regular files are read; ``-`` reads JSON Lines from standard
    input.  Ids are unique in the run: a file found in a folder is named by its
    path in the folder without suffix (``b/story``); an id already used by
    another input is qualified by its file (``outletB:1``), and the article's
    notes say so.  A record that repeats an earlier one whole (the same id, text
    and metadata: a scraper's line exported twice) is skipped, naming the first;
    nothing else is dropped for a repeated id.

    Parameters
    ----------
    inputs
        Paths of files or folders.
    max_article_bytes
        Largest text file or record text read (0: no limit).
    fields
        Which record fields hold the text, id and metadata.
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    state = _Seen()
    files: dict[tuple[int, int], str] = {}  # (device, inode) -> the path it was read as
    reported: set[str] = set()  # absolute paths of inputs not read (an error, a skip)
    stdin_read = False
    for raw in inputs:
        if str(raw) == STDIN:
            if stdin_read:
                yield InputStatus("-", None, "error", "-: standard input given twice; read once")
                continue
            stdin_read = True
        for found in find_inputs(Path(raw)):
            if found.status != "read":
                yield _status_once(found, reported)
                continue
            again = _read_before(found, files)
            if again is not None:
                yield again
                continue
            if archive_kind(found.path):  # its members, each as a folder's file
                archive_label = _label(found)
                for member in archive_members(found.path):
                    if isinstance(member, InputStatus):
                        yield member
                        continue
                    inner = Found(Path(f"{found.path}!{member.name}"), "read")
                    label = visible_id(member_label(archive_label, member.name))
                    opened = (cast(BinaryIO, member.stream), member.size)
                    yield from _articles(inner, label, max_article_bytes, fields, state, opened)
                continue
            yield from _articles(found, _label(found), max_article_bytes, fields, state)


@dataclass
class _Seen:
    """What the articles read so far used: ids, texts, whole records (see :func:`read_inputs`)."""

    ids: dict[str, str] = field(default_factory=dict)
    texts: dict[bytes, str] = field(default_factory=dict)  # a text's digest -> its first article
    records: dict[bytes, str] = field(default_factory=dict)  # id, text, metadata -> source


def _articles(
    found: Found,
    label: str,
    max_article_bytes: int,
    fields: RecordFields,
    state: _Seen,
    opened: tuple[BinaryIO, int] | None = None,
) -> Iterator[ReadResult]:
    """One file's (or archive member's) articles, ids made unique and repeats said."""
    single = file_kind(found.path)[0] in TEXT_SUFFIXES | HTML_SUFFIXES
    long_path = len(label) if len(label) > MAX_ID_CHARS else 0
    label = short_id(label) if long_path else label
    own = fields.for_output() if found.output else fields
    read = _read_file(found, label, max_article_bytes, own, opened)
    seen, texts, records = state.ids, state.texts, state.records
    for item in bounded_problems(read, valid_unicode(str(found.path))):
        if isinstance(item, Article):
            if long_path and item.article_id == label:
                said = f"{item.source}: id (its path, {long_path:,} characters) shortened"
                item = replace(item, warnings=(*item.warnings, f"{said} (it is on every row)"))
            twice = repeated_record(item, records)
            if twice is not None:
                yield twice
                continue
            item = same_text(_unique(item, found, label, single, seen), texts)
        yield item


def _read_before(found: Found, files: dict[tuple[int, int], str]) -> InputStatus | None:
    """A skipped status if ``found`` is a file already read (given twice, or linked).

    ``geomap map seeds seeds`` read every article twice, under qualified ids, and
    doubled every claim and place count.
    """
    if str(found.path) == STDIN:
        return None
    try:
        st = os.stat(found.path)
    except OSError:
        return None  # reading it will say what is wrong
    key = (st.st_dev, st.st_ino)
    source = valid_unicode(str(found.path))
    first = files.get(key)
    if first is None:
        files[key] = source
        return None
    again = "given twice" if first == source else f"the same file as {first}"
    return InputStatus(source, None, "skipped", f"{source}: {again}; read once")


def _status_once(found: Found, reported: set[str]) -> InputStatus:
    """The status of an input that is not read, or ``skipped`` when it was given before.

    A folder given twice (``geomap map in in``) counted each broken link in it as two
    errors.
    """
    source = valid_unicode(str(found.path))
    key = os.path.abspath(found.path)
    if key in reported:
        return InputStatus(source, None, "skipped", f"{source}: given twice; reported once")
    reported.add(key)
    reason = valid_unicode(found.reason or "")
    return InputStatus(source, None, found.status, reason)  # type: ignore[arg-type]


def _label(found: Found) -> str:
    if str(found.path) == STDIN:
        return "stdin"
    return visible_id(file_label(found.path, found.root))


def _unique(item: Article, found: Found, label: str, single: bool, seen: dict[str, str]) -> Article:
    """The article with an id no earlier input used (qualified by its file if needed)."""
    aid = item.article_id
    first = seen.get(aid)
    if first is None:
        seen[aid] = item.source
        return item
    if single:
        if Path(first).parent == found.path.parent:
            # story.txt beside story.md: the suffix tells them apart
            base = visible_id(label + found.path.name[len(Path(label).name) :])
        else:
            # the same name under two folders given: the folder tells them apart
            folder = found.root.name if found.root is not None else found.path.parent.name
            base = visible_id(f"{folder}/{label}") if folder else label
    else:
        base = f"{label}:{aid}"
    new, n = base, 1
    while new in seen:
        n += 1
        new = f"{base}#{n}"
    seen[new] = item.source
    note = f"{item.source}: id {quoted(aid)} is also used by {first}; this article is {quoted(new)}"
    return replace(item, article_id=new, notes=(*item.notes, note))


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


#: What names standard input in messages.
STDIN_SOURCE = "<stdin>"


def _read_file(
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
        with opened as fh:
            if stdin and not looks_like_json(fh.peek(SNIFF)[:SNIFF]):  # type: ignore[attr-defined]
                yield _stdin_text(fh, label, max_bytes)
            elif suffix in (".jsonl", ".ndjson"):
                yield from read_jsonl(fh, source, label, max_bytes, fields)
            elif suffix == ".json":
                yield from read_json(fh, source, label, max_bytes, fields)
            elif suffix in (".csv", ".tsv"):
                yield from read_csv(fh, source, label, max_bytes, fields, tab=suffix == ".tsv")
            elif suffix in FEED_SUFFIXES:
                yield from read_feed(fh, source, label, max_bytes, fields)
            elif suffix in WARC_SUFFIXES:
                yield from read_warc(fh, source, label, max_bytes)
            else:
                document = read_document(fh, path, source, label, max_bytes)
                if gz is not None and gz.cut:  # a cut article is no article: the cut says so
                    pass
                elif isinstance(document, Article) and suffix in FACTIVA_SUFFIXES:
                    yield from factiva_articles(document, source, label, max_bytes, fields)
                else:
                    yield document
            if gz is not None and gz.cut:
                yield InputStatus(source, None if corpus else label, "error", cut_reason(source))
    except InputError as exc:
        yield InputStatus(source, None if corpus else label, "error", valid_unicode(str(exc)))
    except MemoryError:
        reason = f"{source}: too large to read in memory; split it or use JSON Lines"
        yield InputStatus(source, None if corpus else label, "error", reason)
    except (OSError, EOFError, zipfile.BadZipFile, tarfile.TarError, zlib.error) as exc:
        # an archive member's damage (a bad CRC, broken deflate data) shows as it is read
        what = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        yield InputStatus(
            source, None if corpus else label, "error", f"{source}: cannot be read ({what})"
        )
