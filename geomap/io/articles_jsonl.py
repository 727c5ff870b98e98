"""``articles.jsonl``: one line per article geoparsed: its metadata, counts and text.

The text is the one every offset in the other outputs indexes: for an HTML
page the extracted main text, for a file its decoded text with line endings
normalised (for Markdown, its front matter blanked and its marks removed:
:mod:`geomap.io.markdown_marks`), for a corpus record its text
field.  So ``text[start:end] == mention`` holds for every mention and claim.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from geomap.io.base import Finished, WriteOptions, Writer, dump
from geomap.io.output_folders import ARTICLES_OUTPUT
from geomap.metadata import metadata_fields
from geomap.records import ArticleResult


class ArticlesJSONL(Writer):
    """``articles.jsonl``, written as each article arrives."""

    filename = ARTICLES_OUTPUT

    def __init__(self, path: Path, options: WriteOptions) -> None:
        super().__init__(path, options)
        self._fh: TextIO = path.open("w", encoding="utf-8")

    def add(self, item: ArticleResult) -> None:
        """Write the article's line."""
        status = item.status
        record = {
            "article": item.article_id,
            "source": status.source,
            **metadata_fields(item.metadata),
            "mentions": status.mentions,
            "resolved": status.resolved,
            "claims": len(item.claims),
            "text": item.text,
        }
        self._fh.write(dump(record) + "\n")

    def finish(self, run: Finished) -> None:
        """Close the file."""
        self._fh.close()

    def close(self) -> None:
        """Close the file."""
        self._fh.close()
