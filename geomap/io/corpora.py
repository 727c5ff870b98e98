"""Corpora: JSON Lines files of many articles, read record by record.

JSON Lines is streamed: memory does not grow with the file.  A JSON file (an array,
or an object holding the articles) is read by :mod:`geomap.io.json_file`.  A
malformed or undecodable record costs only that record, reported with its line
number; the records around it are read.
Each record becomes an article through :func:`geomap.io.record.record_article`.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import BinaryIO

from geomap.field_names import field_key
from geomap.io.bounded import MIB
from geomap.io.csv_header import unread_note
from geomap.io.encoding import decode_stray, encoding_note
from geomap.io.json_file import JSON_INFLATION, empty_corpus, read_json, record_error, unreadable
from geomap.io.json_shape import DECODER, SNIFF, Prefixed, opens_array
from geomap.io.jsonl_lines import Utf8Lines, lines_within, wide_encoding
from geomap.io.nested_fields import METADATA_OBJECTS
from geomap.io.record import DEFAULT_FIELDS, ReadResult, RecordFields, record_article
from geomap.records import Article


def read_jsonl(
    fh: BinaryIO, source: str, label: str, max_bytes: int, fields: RecordFields = DEFAULT_FIELDS
) -> Iterator[ReadResult]:
    """Yield one article (or status) per JSON line; blank lines are ignored.

    JSON Lines are UTF-8; a file that opens with a UTF-16 or UTF-32 byte-order mark
    (PowerShell's ``Out-File``, Notepad's "Unicode") is read in that encoding, noted
    on its first article, instead of failing on every line.
    """
    encoding = wide_encoding(fh)
    if encoding is None:
        head = b""
        while len(head) < SNIFF:  # the first line that is not blank (a damaged file's too)
            line = fh.readline(SNIFF)
            head += line
            if not line or line.strip(b"\xef\xbb\xbf \t\r\n"):
                break
        stream = Prefixed(head, fh)
        if opens_array(head):  # a JSON array over many lines, not JSON Lines
            note: str | None = f"{source}: a JSON array, not JSON Lines; read as a .json file"
            for item in read_json(stream, source, label, max_bytes, fields):  # type: ignore[arg-type]
                if note and isinstance(item, Article):
                    item, note = replace(item, notes=(*item.notes, note)), None
                yield item
            return
        yield from jsonl_records(stream, source, label, max_bytes, fields)  # type: ignore[arg-type]
        return
    text = io.TextIOWrapper(fh, encoding=encoding, errors="replace")
    note = encoding_note(source, encoding)
    try:
        lines = Utf8Lines(text)
        for item in jsonl_records(lines, source, label, max_bytes, fields):  # type: ignore[arg-type]
            if note and isinstance(item, Article):  # said once, on the file's first article
                item, note = replace(item, notes=(*item.notes, f"{note} (the whole file)")), None
            yield item
    finally:
        text.detach()  # the caller closes the file (never standard input)


def jsonl_records(
    fh: BinaryIO, source: str, label: str, max_bytes: int, fields: RecordFields
) -> Iterator[ReadResult]:
    """Yield one article (or status) per line of a UTF-8 stream of JSON Lines."""
    limit = max_bytes * JSON_INFLATION + MIB if max_bytes else 0
    records = 0
    unread: list[str] | None = None  # the first record's fields not read: warned once
    for lineno, raw in lines_within(fh, limit):
        where = f"{source}:{lineno}"
        if raw is None:
            records += 1
            yield record_error(
                where,
                f"line over the size limit ({limit / 1e6:.0f} MB of JSON for articles of "
                f"{max_bytes / 1e6:g} MB); skipped; raise --max-article-mb",
            )
            continue
        stray = None
        try:
            # every line may start with a mark: files exported with one, then concatenated
            # (cat a.jsonl b.jsonl > all.jsonl)
            line = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            found = decode_stray(raw)  # a line from an export in another code page
            if found is None:
                records += 1
                yield record_error(where, f"not UTF-8 (invalid byte at column {exc.start + 1})")
                continue
            line, stray = found[0], f"{where}: not UTF-8; this line decoded as {found[1]}"
        if not line.strip():
            continue
        records += 1
        try:
            record = DECODER.decode(line)
        except json.JSONDecodeError as exc:
            # a line that opens an object is JSON cut or mistyped, not plain text
            prose = not line.lstrip().startswith(("{", "["))
            hint = _STDIN_HINT if source == "<stdin>" and prose else ""
            problem = exc.msg.removesuffix(" at")  # "Invalid control character at"
            unclosed = exc.pos >= len(line.rstrip()) or problem == "Unterminated string starting"
            if unclosed and not prose:  # '{"title": "Truncat' + newline
                ends = "the file ends" if not raw.endswith(b"\n") else "the line ends"
                cut = f"invalid JSON: {ends} before its object does (cut off?)"
                yield record_error(where, cut)
                continue
            yield record_error(where, f"invalid JSON ({problem} at column {exc.colno}{hint})")
            continue
        except (ValueError, RecursionError) as exc:  # 5,000-digit numbers, [[[[... nesting
            yield record_error(where, f"unreadable JSON ({unreadable(exc)})")
            continue
        if isinstance(record, list) and record and all(isinstance(r, dict) for r in record):
            for n, item in enumerate(record, 1):  # a JSON array on one line: its objects
                yield record_article(
                    item, f"{where}:{n}", f"{label}-{lineno}-{n}", max_bytes, fields
                )
            continue
        if not isinstance(record, dict):
            hint = f" ({_STDIN_HINT[2:]})" if source == "<stdin>" else ""
            yield record_error(where, f"expected a JSON object per line{hint}")
            continue
        item = record_article(record, where, f"{label}-{lineno}", max_bytes, fields)
        if stray and isinstance(item, Article):
            item = replace(item, warnings=(*item.warnings, stray))
        if unread is None and isinstance(item, Article):
            unread = unread_note(source, _own_fields(record), fields, "field", item.metadata)
            item = replace(item, warnings=(*item.warnings, *unread))
        yield item
    if records == 0:
        yield empty_corpus(source, "no records (blank corpus)")


def _own_fields(record: Mapping[str, object]) -> list[str]:
    """A record's field names but its metadata objects (``meta``), whose fields are read."""
    return [
        str(k)
        for k, v in record.items()
        if not (isinstance(v, Mapping) and field_key(str(k)) in METADATA_OBJECTS)
    ]


#: What standard input is read as, for a line that is not a JSON object.
_STDIN_HINT = (
    '; standard input is read as JSON Lines, one {"text": ...} object per line; '
    "save plain text as a .txt file and give its path"
)
