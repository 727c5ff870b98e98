"""A Factiva export saved as text: several articles, each closed by its "Document" line.

Factiva (Dow Jones) saves a selection of articles as one plain-text file, each article
a block of header lines, its text, and a line with its document number::

    Drone attack on Izmail: Romania investigates debris
    324 words
    3 March 2026
    Financial Times (FT.Com)
    FTCOM
    English
    Copyright The Financial Times Limited 2026

    Romanian authorities are investigating ...

    Document FTCOM00020260303em3300001

Read as one article, the file mixed its articles' claims under one name with no
outlet or date. :func:`factiva_records` splits such a text (two or more closing
lines, or one and a word-count line) into one record per article: the headline (the
lines before the word count; a byline "By ..." gives the author), the date and the
source after it, the language line, the text after the copyright line, and the
document number as the article's id.
"""

from __future__ import annotations

import re

#: The line that closes an article: "Document " and the document number.
DOCUMENT_LINE = re.compile(r"^Document ([A-Za-z0-9]{10,40})\s*$", re.M)
#: The line with the article's length.
_WORDS_LINE = re.compile(r"^\s*[\d,.\s]+ (?:words|mots|Wörter|słów|слов|слова)\s*$", re.I)
#: A time line after the date ("10:32 GMT", "10:32").
_TIME_LINE = re.compile(r"^\s*\d{1,2}:\d{2}(?:\s*[A-Z]{2,4})?\s*$")
#: A copyright line, the header's last.
_COPYRIGHT = re.compile(r"^\s*(?:copyright|\(c\)|©|all rights reserved)", re.I)
#: A source's code ("FTCOM", "TIMEUK"): capitals and digits, one word.
_CODE = re.compile(r"^\s*[A-Z0-9]{2,12}\s*$")
#: Most header lines read before the text.
_MAX_HEADER = 14


def is_factiva_text(text: str) -> bool:
    """Whether ``text`` is a Factiva export: two closing lines, or one and a word count.

    >>> is_factiva_text("Port hit\\n120 words\\n3 March 2026\\nReuters\\n\\nText.\\n\\n"
    ...                 "Document LBA0000020260303em3300001\\n")
    True
    >>> is_factiva_text("Our Document Q1 report was filed.")
    False
    """
    closing = DOCUMENT_LINE.findall(text)
    if len(closing) >= 2:
        return True
    return len(closing) == 1 and any(_WORDS_LINE.match(line) for line in text.splitlines()[:20])


def factiva_records(text: str) -> list[dict[str, str]]:
    """One record per article of a Factiva export (the rule in the module docstring).

    Each has ``id`` (the document number), ``text`` and, when the header gives them,
    ``title``, ``author``, ``published``, ``outlet`` and ``language``. A block with no
    text after its header is left out.
    """
    records: list[dict[str, str]] = []
    start = 0
    for match in DOCUMENT_LINE.finditer(text):
        record = _record(text[start : match.start()], match.group(1))
        if record is not None:
            records.append(record)
        start = match.end()
    return records


def _record(block: str, doc_id: str) -> dict[str, str] | None:
    """The record of one article's block, or ``None`` when it holds no text."""
    lines = block.strip("\n").splitlines()
    count = next((i for i, line in enumerate(lines[:_MAX_HEADER]) if _WORDS_LINE.match(line)), None)
    record: dict[str, str] = {"id": doc_id}
    if count is None:  # no header: the block is the text
        body = "\n".join(lines).strip()
        return {**record, "text": body} if body else None
    head = [line.strip() for line in lines[:count] if line.strip()]
    bylines = [line for line in head if line.lower().startswith("by ")]
    title = [line for line in head if line not in bylines]
    if title:
        record["title"] = " ".join(title)
    if bylines:
        record["author"] = bylines[0][3:].strip()
    i = count + 1
    fields = ["published", "outlet"]
    while i < len(lines) and i < count + _MAX_HEADER and lines[i].strip():
        line = lines[i].strip()
        i += 1
        if _COPYRIGHT.match(line):
            break
        if _TIME_LINE.match(line) or (_CODE.match(line) and "outlet" in record):
            continue
        if fields:
            record[fields.pop(0)] = line
        elif "language" not in record:
            record["language"] = line
    body = "\n".join(lines[i:]).strip()
    if not body:
        return None
    record["text"] = body
    return record
