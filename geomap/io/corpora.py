"""Corpora: JSON Lines and JSON files of many articles, read record by record.

JSON Lines is streamed: memory does not grow with the file, and neither does it for a
JSON array of articles (:mod:`geomap.io.json_array`).  Another JSON file (an object
holding the articles) is read whole, up to :data:`JSON_FILE_LIMIT`.  A malformed or
undecodable record costs only that record, reported with its line or row number; the
records around it are read.
Each record becomes an article through :func:`geomap.io.record.record_article`.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, BinaryIO

from geomap.errors import InputError
from geomap.io.bounded import MIB
from geomap.io.csv_header import unread_note
from geomap.io.encoding import bom_encoding, decode_stray, encoding_note, utf16_without_bom
from geomap.io.json_array import (
    NOT_AN_ARRAY,
    ArrayEnd,
    ArrayProblem,
    TextStream,
    Utf8Text,
    array_items,
)
from geomap.io.json_shape import DECODER, SNIFF, Prefixed, opens_array
from geomap.io.json_tables import table_records
from geomap.io.jsonl_lines import Utf8Lines, lines_within, wide_encoding
from geomap.io.record import DEFAULT_FIELDS, ReadResult, RecordFields, record_article
from geomap.io.telegram import is_telegram_export, telegram_records
from geomap.records import Article, InputStatus

#: A JSON line may be this many times the article limit (``\\uXXXX`` escapes are 6 bytes).
_JSON_INFLATION = 6
#: Largest ``.json`` file read whole (JSON Lines streams, with no limit but per line, and
#: so does a UTF-8 array, an item at a time); an object holding the articles is parsed whole.
JSON_FILE_LIMIT = 100 * MIB


def record_error(where: str, reason: str) -> ReadResult:
    """An error status for the record at ``where`` (a file's line or row)."""
    return InputStatus(where, None, "error", f"{where}: {reason}")


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
        yield from _jsonl_records(stream, source, label, max_bytes, fields)  # type: ignore[arg-type]
        return
    text = io.TextIOWrapper(fh, encoding=encoding, errors="replace")
    note = encoding_note(source, encoding)
    try:
        lines = Utf8Lines(text)
        for item in _jsonl_records(lines, source, label, max_bytes, fields):  # type: ignore[arg-type]
            if note and isinstance(item, Article):  # said once, on the file's first article
                item, note = replace(item, notes=(*item.notes, f"{note} (the whole file)")), None
            yield item
    finally:
        text.detach()  # the caller closes the file (never standard input)


def _jsonl_records(
    fh: BinaryIO, source: str, label: str, max_bytes: int, fields: RecordFields
) -> Iterator[ReadResult]:
    limit = max_bytes * _JSON_INFLATION + MIB if max_bytes else 0
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
            if exc.pos >= len(line.rstrip()) and not prose:  # '{"title": "Truncat' + newline
                cut = "invalid JSON: the line ends before its object does (cut off?)"
                yield record_error(where, cut)
                continue
            yield record_error(where, f"invalid JSON ({problem} at column {exc.colno}{hint})")
            continue
        except (ValueError, RecursionError) as exc:  # 5,000-digit numbers, [[[[... nesting
            yield record_error(where, f"unreadable JSON ({_unreadable(exc)})")
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
            unread = unread_note(source, [str(k) for k in record], fields, "field")
            item = replace(item, warnings=(*item.warnings, *unread))
        yield item
    if records == 0:
        yield empty_corpus(source, "no records (blank corpus)")


#: What standard input is read as, for a line that is not a JSON object.
_STDIN_HINT = (
    '; standard input is read as JSON Lines, one {"text": ...} object per line; '
    "save plain text as a .txt file and give its path"
)


def _unreadable(exc: Exception) -> str:
    """What a JSON error says, in words ("nested too deeply", not "RecursionError: ...")."""
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc)[:100]


def empty_corpus(source: str, reason: str) -> ReadResult:
    """An empty status for a corpus file that holds no records."""
    return InputStatus(source, None, "empty", f"{source}: {reason}")


def read_json(
    fh: BinaryIO, source: str, label: str, max_bytes: int, fields: RecordFields = DEFAULT_FIELDS
) -> Iterator[ReadResult]:
    """Yield the articles of a JSON file: an array of objects, one object, or one holding them.

    A UTF-8 array is streamed, an item at a time (:func:`geomap.io.json_array.array_items`),
    whatever its size; any other file is read whole, up to :data:`JSON_FILE_LIMIT`.
    """
    head = fh.read(SNIFF)
    wide = bom_encoding(head[:4])
    if wide is None and b"\x00" in head:  # UTF-16 without a mark
        wide = utf16_without_bom(head)
    wide = wide if wide and wide.startswith(("utf-16", "utf-32")) else None
    if wide is None and head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
        stream = Utf8Text(Prefixed(head, fh))  # type: ignore[arg-type]
        yield from _array_records(stream, source, label, max_bytes, fields)
        return
    data = head + fh.read(max(0, JSON_FILE_LIMIT + 1 - len(head)))
    if len(data) > JSON_FILE_LIMIT:
        raise InputError(
            f"{source}: JSON file over {JSON_FILE_LIMIT >> 20} MB that is not an array of "
            "articles (geomap streams an array of any size); convert it to JSON Lines "
            "(e.g. `jq -c '.articles[]' file.json > file.jsonl`), which geomap streams"
        )
    encoding = wide or "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        named = "UTF-8" if encoding == "utf-8-sig" else encoding.upper()
        raise InputError(f"{source}: not {named} (invalid byte at offset {exc.start})") from exc
    del data
    note = encoding_note(source, encoding.removesuffix("-sig"))
    for item in _json_records(text, source, label, max_bytes, fields):
        if note and isinstance(item, Article):  # said once, on the file's first article
            item, note = replace(item, notes=(*item.notes, f"{note} (the whole file)")), None
        yield item


def _json_records(
    text: str, source: str, label: str, max_bytes: int, fields: RecordFields
) -> Iterator[ReadResult]:
    if text.lstrip().startswith("["):
        yield from _array_records(io.StringIO(text), source, label, max_bytes, fields)
        return
    try:
        value = DECODER.decode(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):  # JSON Lines in a .json
            note: str | None = f"{source}: JSON Lines, not one JSON value; read as a .jsonl file"
            lines = io.BytesIO(text.encode("utf-8", "surrogatepass"))
            for item in _jsonl_records(lines, source, label, max_bytes, fields):
                if note and isinstance(item, Article):
                    item, note = replace(item, notes=(*item.notes, note)), None
                yield item
            return
        raise InputError(f"{source}: invalid JSON ({exc.msg}, line {exc.lineno})") from exc
    except (ValueError, RecursionError) as exc:
        raise InputError(f"{source}: unreadable JSON ({_unreadable(exc)})") from exc
    service = 0
    records: list[Any] | None
    if is_telegram_export(value):  # the channel is its messages' outlet
        records, service = telegram_records(value)
    else:
        records = _records_in(value, fields)
    if records is None:
        raise InputError(
            f"{source}: no articles found (expected an array of objects with a text field, "
            f"an object with one ({fields.describe()}), or an object holding such an array)"
        )
    if not records:
        yield empty_corpus(source, "no records (empty array)")
    single = records == [value]  # one article per file (news-please): named by the file
    said = f"{source}: {service} service message(s) (channel created, pinned ...) left out"
    for n, record in enumerate(records, 1):
        where = source if single else f"{source}:{n}"
        if not isinstance(record, dict):
            yield record_error(where, "expected a JSON object")
            continue
        item = record_article(record, where, label if single else f"{label}-{n}", max_bytes, fields)
        if service and isinstance(item, Article):
            item, service = replace(item, notes=(*item.notes, said)), 0
        yield item


def _array_records(
    stream: TextStream, source: str, label: str, max_bytes: int, fields: RecordFields
) -> Iterator[ReadResult]:
    """The articles of a JSON array, read one item at a time (memory: an item and a chunk)."""
    items = array_items(stream, max_bytes * _JSON_INFLATION + MIB if max_bytes else 0)
    n = 0
    while True:
        try:
            item = next(items)
        except StopIteration:
            return
        except UnicodeDecodeError as exc:
            reason = f"not UTF-8 (invalid byte 0x{exc.object[exc.start]:02x})"
            yield record_error(f"{source}:{n + 1}", f"{reason}; rest of the file not read")
            return
        if isinstance(item, ArrayProblem):
            if n == 0 and item.reason == NOT_AN_ARRAY:
                raise InputError(f"{source}: invalid JSON (not an array)")
            yield record_error(f"{source}:{item.at}", f"{item.reason}; rest of the file not read")
            return
        if isinstance(item, ArrayEnd):
            if item.items == 0:
                yield empty_corpus(source, "no records (empty array)")
            if item.data_after:  # "[...] [...]": what follows is not silently lost
                yield record_error(f"{source}:{n + 1}", "data after the array's end; not read")
            return
        n += 1
        where = f"{source}:{n}"
        if not isinstance(item, dict):
            if n == 1 and not isinstance(item, list):
                raise InputError(f"{source}: no articles found (an array of {type(item).__name__})")
            yield record_error(where, "expected a JSON object")
            continue
        yield record_article(item, where, f"{label}-{n}", max_bytes, fields)


def _records_in(value: Any, fields: RecordFields, depth: int = 0) -> list[Any] | None:
    """The article records of a parsed JSON file, or ``None`` if there are none."""
    if isinstance(value, list):
        return value if not value or any(isinstance(v, dict) for v in value) else None
    if not isinstance(value, dict):
        return None
    table = table_records(value, fields)  # pandas' to_json shapes, records keyed by id
    if table is not None:
        return table
    if fields.has_text([str(k) for k in value]):
        return [value]  # one article (a news-please file)
    if depth < 2:
        for item in value.values():  # {"articles": [...]}, {"response": {"docs": [...]}}
            found = _records_in(item, fields, depth + 1)
            if found:
                return found
    return None
