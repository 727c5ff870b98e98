"""What a CSV row read without error may have got wrong (split from csv_corpus)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def looks_like_row(line: str, delimiter: str, count: int) -> bool:
    """Whether a line inside a quoted field looks like a row of its own.

    It holds ``count`` delimiters (the header's less one) and starts with a field
    that looks like an id: short and without spaces ("2", a URL, a UUID), where a
    line of prose starts with words ("The mayor of Lviv, Andriy Sadovyi, said").
    """
    first = line.split(delimiter, 1)[0]
    return (
        line.count(delimiter) == count
        and 0 < len(first) <= 64
        and not any(c.isspace() for c in first)
    )


def row_warnings(
    row: Mapping[str | None, Any], ended: bool, row_like: int, first: int, last: int
) -> list[str]:
    """The warnings of a row read from lines ``first`` to ``last``.

    Fields past the header; a quote left open to the end of the file (``ended``:
    it swallows every line after it); and a quoted field that ran over lines
    shaped like rows of their own (``row_like`` of them: :func:`looks_like_row`),
    which a quote opened by mistake swallows until a later quote closes it (a TSV
    row whose text starts with a quotation: ``"We will rebuild``).
    """
    warnings = []
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
