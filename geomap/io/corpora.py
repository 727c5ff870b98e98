"""Corpora: JSON Lines and CSV files of many articles, read record by record.

A corpus is streamed: memory does not grow with its size.  A malformed or
undecodable record costs only that record, reported with its line or row
number; the records around it are read.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from geomap.errors import InputError
from geomap.records import Article, InputStatus
from geomap.sanitize import has_surrogates, valid_unicode, visible_id
from geomap.text import normalize_text

ID_FIELDS = ("id", "article_id", "doc_id", "url")
TEXT_FIELDS = ("text", "body", "content", "article")
#: A JSON line may be this many times the article limit (``\\uXXXX`` escapes are 6 bytes).
_JSON_INFLATION = 6
_MiB = 1 << 20
_CSV_FIELD_LIMIT = (1 << 31) - 1

ReadResult = Article | InputStatus


def _pick(record: dict[str, object], fields: tuple[str, ...]) -> object | None:
    for name in fields:
        if name in record and record[name] not in (None, ""):
            return record[name]
    return None


def _clean(value: str, what: str, warnings: list[str]) -> str:
    if has_surrogates(value):
        warnings.append(f"invalid Unicode (a lone surrogate) in the {what} replaced by U+FFFD")
        return valid_unicode(value)
    return value


def record_article(
    record: dict[str, object], where: str, default_id: str, max_bytes: int
) -> ReadResult:
    """Turn one corpus record into an article, or a status saying what is wrong with it."""
    warnings: list[str] = []
    raw_id = str(_pick(record, ID_FIELDS) or default_id)
    art_id = visible_id(raw_id)
    if art_id != raw_id:
        warnings.append("invalid Unicode (a lone surrogate) in the id, spelled out as \\uXXXX")
    text = _pick(record, TEXT_FIELDS)
    if not isinstance(text, str) or not text.strip():
        return InputStatus(
            where,
            art_id,
            "empty",
            f"{where}: no text (expected one of {', '.join(TEXT_FIELDS)})",
        )
    text = _clean(text, "text", warnings)
    size = len(text.encode("utf-8"))
    if max_bytes and size > max_bytes:
        return InputStatus(
            where,
            art_id,
            "error",
            f"{where}: article of {size / 1e6:.1f} MB is over the limit of "
            f"{max_bytes / 1e6:g} MB; raise it with --max-article-mb",
        )
    meta = {
        _clean(str(k), "field names", warnings): _clean(str(v), f"field {k!r}", warnings)
        for k, v in record.items()
        if k not in TEXT_FIELDS and k != ID_FIELDS[0] and isinstance(v, (str, int, float))
    }
    return Article(
        article_id=art_id,
        text=normalize_text(text),
        source=where,
        metadata=meta,
        warnings=tuple(f"{where}: {w}" for w in warnings),
    )


def _lines(fh: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Yield ``(line number, bytes)``; ``None`` for a line longer than ``limit``."""
    lineno = 0
    while True:
        line = fh.readline(limit + 1) if limit else fh.readline()
        if not line:
            return
        lineno += 1
        if limit and len(line) > limit and not line.endswith(b"\n"):
            while True:  # skip the rest of the over-long line
                rest = fh.readline(_MiB)
                if not rest or rest.endswith(b"\n"):
                    break
            yield lineno, None
            continue
        yield lineno, line


def read_jsonl(fh: BinaryIO, source: str, max_bytes: int) -> Iterator[ReadResult]:
    """Yield one article (or status) per JSON line; blank lines are ignored."""
    stem = Path(source).stem
    limit = max_bytes * _JSON_INFLATION + _MiB if max_bytes else 0
    records = 0
    for lineno, raw in _lines(fh, limit):
        where = f"{source}:{lineno}"
        if raw is None:
            yield InputStatus(where, None, "error", f"{where}: line over the size limit; skipped")
            records += 1
            continue
        try:
            line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield InputStatus(
                where, None, "error", f"{where}: not UTF-8 (invalid byte at column {exc.start + 1})"
            )
            records += 1
            continue
        if not line.strip():
            continue
        records += 1
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputStatus(where, None, "error", f"{where}: invalid JSON ({exc.msg})")
            continue
        except (ValueError, RecursionError) as exc:  # 5,000-digit numbers, [[[[... nesting
            reason = f"{where}: unreadable JSON ({type(exc).__name__}: {str(exc)[:100]})"
            yield InputStatus(where, None, "error", reason)
            continue
        if not isinstance(record, dict):
            yield InputStatus(where, None, "error", f"{where}: expected a JSON object per line")
            continue
        yield record_article(record, where, f"{stem}-{lineno}", max_bytes)
    if records == 0:
        yield InputStatus(source, None, "empty", f"{source}: no records (blank corpus)")


def read_csv(fh: BinaryIO, source: str, max_bytes: int) -> Iterator[ReadResult]:
    """Yield one article (or status) per CSV row (a header names the columns)."""
    stem = Path(source).stem
    text = io.TextIOWrapper(fh, encoding="utf-8-sig", errors="surrogateescape", newline="")
    # No field limit here: an over-long record is read, then refused by itself
    # (record_article), and the rows after it are still read.
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    reader = csv.DictReader(text)
    try:
        fields = reader.fieldnames
    except csv.Error as exc:
        raise InputError(f"{source}: unreadable CSV header ({exc})") from exc
    if not fields or not any(f in fields for f in TEXT_FIELDS):
        raise InputError(
            f"{source}: CSV needs a header with a text column ({', '.join(TEXT_FIELDS)})"
        )
    rows = 0
    while True:
        where = f"{source}:{rows + 2}"  # rows count from 2: the header is row 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except (csv.Error, UnicodeError) as exc:
            yield InputStatus(
                where, None, "error", f"{where}: unreadable CSV ({exc}); rest of the file not read"
            )
            return
        rows += 1
        values = [v for v in row.values() if isinstance(v, str)]
        if any(has_surrogates(v) for v in values):
            yield InputStatus(
                where, None, "error", f"{where}: not UTF-8 (invalid bytes in the row)"
            )
            continue
        record = {k: v for k, v in row.items() if isinstance(k, str)}
        yield record_article(record, where, f"{stem}-{rows + 1}", max_bytes)
    if rows == 0:
        yield InputStatus(source, None, "empty", f"{source}: no records (header only)")
