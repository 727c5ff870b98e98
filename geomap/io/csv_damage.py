"""What a CSV row read without error may have got wrong (split from csv_corpus)."""

from __future__ import annotations

import csv
from collections.abc import Mapping
from typing import Any

from geomap.records import InputStatus


def looks_like_row(line: str, delimiter: str, count: int) -> bool:
    """Whether a line inside a quoted field looks like a row of its own.

    It holds ``count`` delimiters (the header's less one), or as many fields as
    the header when its own quotes are read (``r3,"Three","Rain in Lviv, the mayor
    said."``), and starts with a field that looks like an id: short and without
    spaces ("2", a URL, a UUID), where a line of prose starts with words ("The mayor
    of Lviv, Andriy Sadovyi, said").
    """
    first = line.split(delimiter, 1)[0]
    if not (0 < len(first) <= 64 and not any(c.isspace() for c in first)):
        return False
    if line.count(delimiter) == count:
        return True
    if '"' not in line:
        return False
    try:
        cells = next(csv.reader([line.rstrip("\r\n")], delimiter=delimiter, strict=True))
    except (csv.Error, StopIteration):
        return False
    return len(cells) == count + 1


def swallow_shown(
    row: Mapping[str | None, Any], ended: bool, raw: list[str], delimiter: str
) -> bool:
    """Whether a row's quoted field surely swallowed the lines shaped like rows in it.

    A valid file may quote a field whose lines look like rows (a table in an
    article's text: ``Kyiv,52,54``); a quote left open is shown only by what a
    valid file cannot hold: the quote open to the end of the file (``ended``), more
    fields than the header, or a quote that closes inside a field rather than before
    a delimiter or the line's end (``"quoted" here``: the row's lines ``raw`` read
    strictly fail).
    """
    return ended or bool(row.get(None)) or quote_inside(raw, delimiter)


def quote_inside(raw: list[str], delimiter: str) -> bool:
    """Whether a row's lines ``raw`` hold a quote that closes inside a field.

    ``b1,"Kyiv hit,"Drones struck Kyiv.,en``: the quote closes before ``Drones``
    rather than before a delimiter or the line's end, which a valid file cannot
    hold (Python's reader, read strictly, fails); read leniently, the fields after it
    are shifted.
    """
    try:
        for _ in csv.reader(raw, delimiter=delimiter, strict=True):
            pass
    except csv.Error:
        return True
    return False


def swallowed_rows(source: str, first: int, lines: list[int]) -> list[InputStatus]:
    """A status for each line shaped like a row that a quote left open read into row ``first``.

    Each is a row of the file that is no article of its own: it is accounted for
    in the report, named by its line.
    """
    return [
        InputStatus(
            f"{source}:{n}",
            None,
            "error",
            f"{source}:{n}: read into the row on line {first}, whose quoted field was "
            f"left open (close the quote on line {first}); not an article of its own",
        )
        for n in lines
    ]


def row_warnings(
    row: Mapping[str | None, Any],
    ended: bool,
    row_like: int,
    first: int,
    last: int,
    misquoted: bool = False,
) -> list[str]:
    """The warnings of a row read from lines ``first`` to ``last``.

    Fields past the header; a quote left open to the end of the file (``ended``:
    it swallows every line after it); a quoted field that ran over lines
    shaped like rows of their own (``row_like`` of them: :func:`looks_like_row`),
    which a quote opened by mistake swallows until a later quote closes it (a TSV
    row whose text starts with a quotation: ``"We will rebuild``); and, in a row
    that swallowed none, a quote closing inside a field (``misquoted``:
    :func:`quote_inside`), after which the fields may be shifted.
    """
    warnings = []
    if misquoted and not ended and not row_like:
        names = [k for k in row if k is not None]
        has = sum(1 for k in names if row[k] is not None)
        fewer = (
            f"; the row has {has} of the header's {len(names)} fields" if has < len(names) else ""
        )
        warnings.append(
            f"a quoted field on line {first} closes inside the field (text after its "
            f"closing quote), so the fields after it may be shifted{fewer}: check the "
            "row's quotes"
        )
    absent = [k for k in row if k is not None and row[k] is None]
    if absent and not (misquoted or ended or row_like):  # those say why already
        # a short row passed as "ok" while one too long was warned of (user73a)
        named = ", ".join(repr(k) for k in absent[:4]) + (", ..." if len(absent) > 4 else "")
        warnings.append(
            f"the row has {len(row) - (None in row) - len(absent)} of the header's "
            f"{len(row) - (None in row)} fields; {named} left empty (a row cut short, or a "
            "delimiter missing?)"
        )
    extra = row.get(None)
    if extra:
        warnings.append(
            f"{len(extra)} more field(s) than the header names, left out (an unquoted "
            "delimiter in a field?)"
        )
    if ended:
        warnings.append(
            f"a quoted field opened on line {first} is never closed: lines {first}-{last}, "
            "to the end of the file, were read as this one row"
        )
    elif row_like:
        warnings.append(
            f"a quoted field opened on line {first} runs to line {last}, over {row_like} "
            "line(s) shaped like rows of their own; they were read as part of this row "
            "(a quote left open?)"
        )
    return warnings


def stray_row(record: Mapping[str, object]) -> tuple[dict[str, object], str | None]:
    """A row of a UTF-8 file that is not UTF-8, decoded in the code page detected for it.

    Files joined with ``cat`` (a UTF-8 export and a Windows-1252 one), or a row pasted
    in from another program: the file is read as UTF-8, and the bytes of such a row
    (kept escaped, ``\\udcfc``) are decoded as the encoding detected from all of its
    fields.  Returns the row and a warning naming the encoding, or the row unchanged
    and ``None`` if no encoding reads it.
    """
    from geomap.io.encoding import decode_stray
    from geomap.sanitize import has_surrogates

    raw = {
        k: v.encode("utf-8", "surrogateescape")
        for k, v in record.items()
        if isinstance(v, str) and has_surrogates(v)
    }
    found = decode_stray(b"\n".join(raw.values()))
    if found is None:
        return dict(record), None
    encoding = found[1]
    try:
        fixed = {k: v.decode(encoding) for k, v in raw.items()}
    except UnicodeDecodeError:
        return dict(record), None
    warning = f"not UTF-8 like the rest of the file; this row decoded as {encoding}"
    return {**record, **fixed}, warning
