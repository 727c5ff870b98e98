"""JSON files of many articles: an array, one object, or an object holding them.

A UTF-8 array is streamed, an item at a time (:mod:`geomap.io.json_array`); another
JSON file (an object holding the articles) is read whole, up to
:data:`JSON_FILE_LIMIT`.  A malformed record costs only that record.  JSON Lines are
read by :mod:`geomap.io.corpora`, which shares the statuses made here.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, BinaryIO

from geomap.errors import InputError
from geomap.io.bounded import MIB
from geomap.io.encoding import bom_encoding, encoding_note, utf16_without_bom
from geomap.io.json_array import (
    NOT_AN_ARRAY,
    ArrayEnd,
    ArrayProblem,
    TextStream,
    Utf8Text,
    array_items,
)
from geomap.io.json_shape import DECODER, SNIFF, Prefixed
from geomap.io.json_tables import table_records
from geomap.io.record import DEFAULT_FIELDS, ReadResult, RecordFields, record_article
from geomap.io.telegram import is_telegram_export, telegram_records
from geomap.records import Article, InputStatus

#: A JSON line may be this many times the article limit (``\\uXXXX`` escapes are 6 bytes).
JSON_INFLATION = 6
#: Largest ``.json`` file read whole (JSON Lines streams, with no limit but per line, and
#: so does a UTF-8 array, an item at a time); an object holding the articles is parsed whole.
JSON_FILE_LIMIT = 100 * MIB


def record_error(where: str, reason: str) -> ReadResult:
    """An error status for the record at ``where`` (a file's line or row)."""
    return InputStatus(where, None, "error", f"{where}: {reason}")


def unreadable(exc: Exception) -> str:
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
            from geomap.io.corpora import jsonl_records  # JSON Lines read there

            lines = io.BytesIO(text.encode("utf-8", "surrogatepass"))
            for item in jsonl_records(lines, source, label, max_bytes, fields):
                if note and isinstance(item, Article):
                    item, note = replace(item, notes=(*item.notes, note)), None
                yield item
            return
        raise InputError(f"{source}: invalid JSON ({exc.msg}, line {exc.lineno})") from exc
    except (ValueError, RecursionError) as exc:
        raise InputError(f"{source}: unreadable JSON ({unreadable(exc)})") from exc
    service = 0
    records: list[Any] | None
    message_ids: list[str | None] = []
    if is_telegram_export(value):  # the channel is its messages' outlet
        records, service, message_ids = telegram_records(value, label)
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
        if message_ids and message_ids[n - 1] is not None:  # a message by its id
            where = f"{source}:{message_ids[n - 1]}"
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
    items = array_items(stream, max_bytes * JSON_INFLATION + MIB if max_bytes else 0)
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
