"""Read articles from files: text, Markdown, HTML pages, folders of them, and corpora.

Every path given or found yields :class:`~geomap.records.Article` records or
an :class:`~geomap.records.InputStatus` that names the input and the problem
(``empty``, ``skipped`` or ``error``); a bad input never stops the others.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, cast

from geomap.io.archives import archive_members
from geomap.io.file_reader import read_file
from geomap.io.files import (
    HTML_SUFFIXES,
    STDIN,
    TEXT_SUFFIXES,
    Found,
    archive_kind,
    file_kind,
    file_label,
    find_inputs,
    typed_address,
)
from geomap.io.member_names import member_label
from geomap.io.record import DEFAULT_FIELDS, ID_FIELDS, TEXT_FIELDS, ReadResult, RecordFields
from geomap.io.record_ids import MAX_ID_CHARS, short_id
from geomap.io.record_problems import bounded_problems
from geomap.io.repeats import repeated_record, same_text
from geomap.records import Article, InputStatus
from geomap.sanitize import quoted, valid_unicode, visible_id

__all__ = ["ID_FIELDS", "TEXT_FIELDS", "TEXT_SUFFIXES", "read_inputs"]

#: Default largest article read (a text file, or one record's text), in bytes.
DEFAULT_MAX_ARTICLE_BYTES = 10_000_000


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
    read = read_file(found, label, max_article_bytes, own, opened)
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
    if found.status == "error" and not os.path.lexists(found.path):
        source = typed_address(source) or source  # report.json names it as typed too
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
