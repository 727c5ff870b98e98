"""A Factiva export's articles read one by one (:mod:`geomap.io.factiva_text` splits it)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from geomap.io.factiva_text import factiva_records, is_factiva_text
from geomap.io.record import ReadResult, RecordFields, record_article
from geomap.records import Article

#: Suffixes of the files a Factiva export may be saved as.
FACTIVA_SUFFIXES = frozenset({".txt", ".text"})


def factiva_articles(
    document: Article, source: str, label: str, max_bytes: int, fields: RecordFields
) -> Iterator[ReadResult]:
    """``document``'s articles when its text is a Factiva export, else ``document`` itself.

    Each article is a record of the file (``source:N``, its id the document number),
    read as a JSON Lines record is; a note says how many the file held.
    """
    if not is_factiva_text(document.text):
        yield document
        return
    records = factiva_records(document.text)
    for n, record in enumerate(records, 1):
        item = record_article(record, f"{source}:{n}", f"{label}-{n}", max_bytes, fields)
        if n == 1 and isinstance(item, Article):
            note = f"{source}: a Factiva export of {len(records)} articles, read one by one"
            item = replace(item, notes=(*document.notes, note, *item.notes))
        yield item
