"""CSV and TSV corpora: one article per row under a header, streamed.

The delimiter is the header's (``,`` ``;`` tab ``|``), or the one Excel's first line
``sep=;`` names (blank lines before the header are skipped), and the encoding is
detected from the first 64 KB like a text file's.  A row that cannot be read
costs only itself, reported with its row number; one that runs past what the
header names, or a quoted field left open to the end of the file, is read and
warned about.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import Any, BinaryIO

from geomap.errors import InputError
from geomap.io.bounded import MIB
from geomap.io.csv_damage import (
    quote_inside,
    row_warnings,
    stray_row,
    swallow_shown,
    swallowed_rows,
)
from geomap.io.csv_dates import date_order, order_warning
from geomap.io.csv_header import header_cells, preamble, unique_header, unread_note
from geomap.io.csv_lines import Lines, LineTooLongError
from geomap.io.encoding import (
    bom_encoding,
    detect_encoding,
    encoding_note,
    mostly_utf8,
    utf16_without_bom,
)
from geomap.io.json_file import empty_corpus, record_error
from geomap.io.record import DEFAULT_FIELDS, ReadResult, RecordFields, record_article
from geomap.metadata import field_key
from geomap.records import Article, InputStatus
from geomap.sanitize import has_surrogates
from geomap.setting_names import setting_value

_CSV_FIELD_LIMIT = (1 << 31) - 1
#: Bytes read to guess a CSV file's encoding and delimiter.
_SAMPLE = 64 * 1024
_DELIMITERS = (",", ";", "\t", "|")


class _Prefixed(io.RawIOBase):
    """Bytes already read, then the rest of the file."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        super().__init__()
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        """Yes."""
        return True

    def readinto(self, buffer: Any) -> int:
        """Serve the head first, then the file."""
        if self._head.nbytes:
            n = min(len(buffer), self._head.nbytes)
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _sample_encoding(sample: bytes) -> str:
    """The sample's encoding.

    A byte-order mark's, UTF-16 without one, UTF-8 (a cut last character allowed),
    else a detected one.
    """
    bom = bom_encoding(sample)
    if bom is not None:  # UTF-8, -16 or -32 with a byte-order mark (Excel's "Unicode text")
        return bom
    if b"\x00" in sample:  # UTF-16 without a mark reads as UTF-8 full of NULs
        wide = utf16_without_bom(sample, whole=False)
        if wide is not None:
            return wide
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        if mostly_utf8(sample):  # a few rows in another code page: each one is decoded
            return "utf-8"
        try:
            return detect_encoding(sample)
        except InputError:
            return "utf-8"  # rows that are not text are reported one by one


def delimiter_of(header: str, default: str = ",") -> str:
    """The delimiter a CSV header line uses most (``,`` ``;`` tab ``|``)."""
    counts = {d: header.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else default


#: Columns of addresses in an export that holds no texts (GDELT's ``DocumentIdentifier``
#: and ``SOURCEURL``, a list of links).
_ADDRESS_COLUMNS = frozenset({"url", "link", "documentidentifier", "sourceurl", "address"})


def _addresses_only(names: list[str]) -> str:
    """A hint for a table of addresses without texts: geomap reads no web page.

    >>> _addresses_only(["GKGRECORDID", "DATE", "DocumentIdentifier", "V2Locations"])[:40]
    '; its rows give addresses, not texts: ge'
    """
    if not any(field_key(n) in _ADDRESS_COLUMNS for n in names):
        return ""
    return (
        "; its rows give addresses, not texts: geomap reads no web page (it works offline), "
        "so save the articles first (their HTML, or a JSONL or CSV with their text)"
    )


def read_csv(
    fh: BinaryIO,
    source: str,
    label: str,
    max_bytes: int,
    fields: RecordFields = DEFAULT_FIELDS,
    *,
    tab: bool = False,
) -> Iterator[ReadResult]:
    """Yield one article (or status) per CSV/TSV row (a header names the columns).

    The delimiter is the header's (``,`` ``;`` tab or ``|``); a file that is
    not UTF-8 is decoded in the encoding detected from its first 64 KB.
    """
    sample = _read_sample(fh)
    if not sample.strip():  # an empty file is an empty corpus, as an empty JSONL file is
        yield empty_corpus(source, "no records (blank corpus)")
        return
    if b"\n" not in sample and len(sample) >= _SAMPLE:
        raise InputError(f"{source}: no header line in the first {_SAMPLE >> 10} KB; not a CSV")
    encoding = _sample_encoding(sample)
    text = io.TextIOWrapper(
        io.BufferedReader(_Prefixed(sample, fh)),
        encoding=encoding,
        errors="surrogateescape",
        newline="",
    )
    head = codecs.getincrementaldecoder(encoding)("replace").decode(sample, final=False)
    lead, named = preamble(head, _DELIMITERS)
    parts = head.split("\n", lead + 1)
    header = parts[lead] if len(parts) > lead else ""
    delimiter = named or delimiter_of(header, "\t" if tab else ",")
    # ";" is Excel's list separator where dates are written day first: a guess the
    # file's own dates overrule ("25/03/2024" day first, "03/25/2024" month first)
    rows_head = head.split("\n", lead)[-1]
    order = date_order(rows_head, delimiter, delimiter == ";", cut=len(sample) >= _SAMPLE)
    fields = replace(fields, day_first=order.day_first)
    # A line (and so a field) may hold a whole article and its other fields; a longer
    # one is read past in bounded memory: its row is skipped, reported, if the row starts
    # on it, else the file stops there.
    limit = 2 * max_bytes + MIB if max_bytes else 0
    csv.field_size_limit(limit or _CSV_FIELD_LIMIT)
    lines = Lines(text, limit)
    for _ in range(lead):  # blank lines and Excel's "sep=;" before the header
        next(lines, None)
    reader = csv.DictReader(lines, delimiter=delimiter)
    try:
        names = reader.fieldnames
    except csv.Error as exc:
        raise InputError(f"{source}: unreadable CSV header ({exc})") from exc
    if not names or not fields.has_text(list(names), summaries=True):
        raise InputError(
            f"{source}: CSV needs a header with a text column ({fields.describe()}); "
            f"found {', '.join(list(names or [])[:10]) or 'no header'}"
            + (f"; name the text column with {_text_setting(fields)}" if names else "")
            + _addresses_only(list(names or []))
        )
    reader.fieldnames = unique_header(list(names), source, fields)
    if len(names) >= 3 or delimiter in "\t|":  # commas and semicolons are in prose
        lines.shape = (delimiter, len(names) - 1)
    notes = [n for n in (encoding_note(source, encoding.replace("-sig", "")),) if n]
    notes = [f"{n} (the whole file)" for n in notes]
    unread = unread_note(source, list(reader.fieldnames), fields)  # a warning: on the terminal
    if order.two_ways:  # "01/02/2024": 1 February or January 2, a guess: on the terminal
        unread.append(order_warning(source, order, delimiter == ";"))
    rows = _rows(reader, list(names), lines, source, label, max_bytes, fields, lead + 1)
    for item in rows:
        if (notes or unread) and isinstance(item, Article):  # said once, on the first article
            item = replace(item, notes=(*item.notes, *notes), warnings=(*item.warnings, *unread))
            notes, unread = [], []
        yield item


def _read_sample(fh: BinaryIO) -> bytes:
    """Up to :data:`_SAMPLE` bytes; of a truncated gzip file, what it has before the cut."""
    parts: list[bytes] = []
    size = 0
    try:
        while size < _SAMPLE:
            chunk = fh.read(min(8192, _SAMPLE - size))
            if not chunk:
                break
            parts.append(chunk)
            size += len(chunk)
    except EOFError:
        pass  # the rows in hand are read; the cut is reported where it is met
    return b"".join(parts)


def _rows(
    reader: csv.DictReader[str],
    names: list[str],
    lines: Lines,
    source: str,
    label: str,
    max_bytes: int,
    fields: RecordFields,
    header_row: int = 1,
) -> Iterator[ReadResult]:
    rows = header_row - 1  # rows are numbered as the file's lines are: the header is row 1,
    header = header_cells(list(names))  # or the row after the blank and "sep=" lines
    while True:
        first_line = lines.start_row()
        where = f"{source}:{first_line}"  # a row is named by its first line in the file
        try:
            row = next(reader)
        except StopIteration:
            break
        except (csv.Error, UnicodeError) as exc:
            yield record_error(where, f"unreadable CSV ({exc}); rest of the file not read")
            return
        except LineTooLongError as exc:
            if not exc.skipped:
                yield record_error(
                    where,
                    "line over the size limit; rest of the file not read; raise --max-article-mb",
                )
                return
            rows += 1
            yield record_error(where, "row over the size limit, skipped; raise --max-article-mb")
            continue
        except (EOFError, OSError) as exc:
            yield record_error(where, f"file cut short ({exc}); rest of the file not read")
            return
        rows += 1
        if row.get(None) is None and header_cells(list(row.values())) == header:
            reason = f"{where}: the header again (files joined with cat?); not an article"
            yield InputStatus(where, None, "skipped", reason)
            continue
        record: Mapping[str, object] = {k: v for k, v in row.items() if isinstance(k, str)}
        stray = None
        if any(isinstance(v, str) and has_surrogates(v) for v in record.values()):
            record, stray = stray_row(record)
            if stray is None:
                yield record_error(where, "not UTF-8 (invalid bytes in the row)")
                continue
        item = record_article(record, where, f"{label}-{rows + 1}", max_bytes, fields)
        swallowed = lines.row_like
        delimiter = reader.reader.dialect.delimiter
        shown = bool(swallowed) and swallow_shown(row, lines.ended, lines.row_lines, delimiter)
        misquoted = not swallowed and '"' in "".join(lines.row_lines)
        misquoted = misquoted and quote_inside(lines.row_lines, delimiter)
        warnings = row_warnings(
            row, lines.ended, len(swallowed), first_line, lines.served, misquoted
        )
        warnings += [stray] if stray and isinstance(item, Article) else []
        if isinstance(item, InputStatus) and item.status == "empty" and (lines.ended or shown):
            # the quote left open is why the row has no text: an error naming it
            reason = f"{item.reason}, because {warnings.pop()}"
            item = replace(item, status="error", reason=reason)
        if warnings:
            item = replace(item, warnings=(*item.warnings, *(f"{where}: {w}" for w in warnings)))
        yield item
        if shown:  # rows of the file, each accounted for in the report
            rows += len(swallowed)
            yield from swallowed_rows(source, first_line, swallowed)
    if rows == header_row - 1:
        yield empty_corpus(source, "no records (header only)")


def _text_setting(fields: RecordFields) -> str:
    """How the caller names a text column ("--text-field COLUMN", "text_column='COLUMN'")."""
    return setting_value("text_field", "COLUMN", fields.wording)
