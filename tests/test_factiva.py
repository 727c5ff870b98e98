"""A Factiva export saved as text is read as its articles, each with its own metadata."""

from __future__ import annotations

from pathlib import Path

from geomap.io.factiva_text import factiva_records, is_factiva_text
from geomap.io.readers import read_inputs
from geomap.records import Article

EXPORT = """Drone attack on Qwertport: officials investigate debris
By Jane Roe
324 words
3 March 2026
10:32 GMT
Financial Gazette
FINGAZ
English
Copyright The Financial Gazette Limited 2026

Officials are investigating drone debris found near Qwertport.

Document FINGAZ0020260303em3300001


Ports keep working despite strikes
180 words
5 March 2026
Shipping Daily
SHIPD
English

Traffic through the channel resumed on Thursday.

Document SHIPD00020260305em350000a
"""


def test_a_factiva_export_splits_into_records_with_their_metadata() -> None:
    assert is_factiva_text(EXPORT)
    first, second = factiva_records(EXPORT)
    assert first == {
        "id": "FINGAZ0020260303em3300001",
        "title": "Drone attack on Qwertport: officials investigate debris",
        "author": "Jane Roe",
        "published": "3 March 2026",
        "outlet": "Financial Gazette",
        "language": "English",
        "text": "Officials are investigating drone debris found near Qwertport.",
    }
    assert (second["outlet"], second["published"]) == ("Shipping Daily", "5 March 2026")
    assert second["text"] == "Traffic through the channel resumed on Thursday."


def test_a_text_that_merely_says_document_is_no_export() -> None:
    assert not is_factiva_text("Our Document Q1 report was filed.\n\nDocument 12\n")
    assert not is_factiva_text("Port hit\n\nDocument ABCDEFGHIJKLMNOP1234 was leaked.\n")


def test_a_factiva_txt_is_read_as_its_articles(tmp_path: Path) -> None:
    (tmp_path / "export.txt").write_text(EXPORT, encoding="utf-8")
    arts = [a for a in read_inputs([tmp_path]) if isinstance(a, Article)]
    assert [a.article_id for a in arts] == [
        "FINGAZ0020260303em3300001",
        "SHIPD00020260305em350000a",
    ]
    assert arts[0].metadata["outlet"] == "Financial Gazette"
    assert arts[0].metadata["published"] == "2026-03-03"
    assert arts[1].metadata["published"] == "2026-03-05"
    assert "Document" not in arts[0].text and "Copyright" not in arts[0].text
    assert any("Factiva export of 2 articles" in n for n in arts[0].notes)
