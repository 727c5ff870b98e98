"""A monitoring tool's CSV: its outlet and journalist columns read, unread columns told.

A header with no column for the outlet (or title, date, author) and columns geomap does
not read gets one note on the file's first article naming both, and how to name one.
"""

from __future__ import annotations

from pathlib import Path

from geomap.io.csv_header import absent_fields, unread_columns, unread_note
from geomap.io.readers import read_inputs
from geomap.io.record import DEFAULT_FIELDS, RecordFields
from geomap.records import Article


def _articles(tmp_path: Path, header: str, rows: list[str], fields: RecordFields = DEFAULT_FIELDS):
    path = tmp_path / "monitor.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return [a for a in read_inputs([path], fields=fields) if isinstance(a, Article)]


def test_media_outlet_and_journalist_columns_are_read(tmp_path: Path) -> None:
    header = "Item ID,Headline,Media Outlet,Date Published,Journalist,Article Text"
    (art,) = _articles(
        tmp_path, header, ["a1,Port hit,AFP,2026-11-20,Anne Roux,Drones hit Izmail."]
    )
    assert art.metadata["outlet"] == "AFP"
    assert art.metadata["author"] == "Anne Roux"
    assert art.metadata["published"] == "2026-11-20"
    assert not [n for n in art.warnings if "columns not read" in n]


def test_a_header_without_an_outlet_column_names_the_columns_not_read(tmp_path: Path) -> None:
    header = "id,title,date,Channel,Sentiment,text"
    rows = [
        "1,Port hit,2026-11-20,AFP,neutral,Drones hit Izmail.",
        "2,B,2026-11-21,DW,x,Troops in Kyiv.",
    ]
    first, second = _articles(tmp_path, header, rows)
    (note,) = [n for n in first.warnings if "columns not read" in n]
    assert "no column for the outlet, author" in note
    assert "'Channel', 'Sentiment'" in note and "--field outlet=COLUMN" in note
    assert note.startswith(str(tmp_path / "monitor.csv"))
    assert not [n for n in second.warnings if "columns not read" in n]  # said once
    assert first.metadata.get("outlet") is None


def test_a_field_named_on_the_command_line_counts_as_a_column(tmp_path: Path) -> None:
    fields = RecordFields(metadata={"outlet": "Channel", "author": "Desk"})
    header = "id,title,date,Channel,Desk,text"
    (art,) = _articles(
        tmp_path, header, ["1,Port hit,2026-11-20,AFP,World,Drones hit Izmail."], fields
    )
    assert art.metadata["outlet"] == "AFP"
    assert not [n for n in art.warnings if "columns not read" in n]


def test_no_note_when_every_column_is_read_or_none_is_left() -> None:
    assert unread_note("a.csv", ["id", "text"], DEFAULT_FIELDS) == []  # nothing left unread
    assert absent_fields(["id", "text", "Sentiment"], DEFAULT_FIELDS) == [
        "title",
        "outlet",
        "published",
        "author",
    ]
    assert unread_columns(["id", "text", "description", "Sentiment"], DEFAULT_FIELDS) == [
        "Sentiment"
    ]
    full = ["id", "title", "outlet", "date", "author", "text", "Sentiment"]
    assert unread_note("a.csv", full, DEFAULT_FIELDS) == []


def test_a_json_lines_files_first_record_names_its_fields_not_read(tmp_path: Path) -> None:
    # a scraper's export: its own names for the outlet, date and address (user64)
    lines = [
        '{"uid": "u1", "headline": "Strike", "portal": "Wire", "pub": "2026-11-03", '
        '"body": "Kyiv was shelled."}',
        '{"uid": "u2", "headline": "Strike", "portal": "Wire", "body": "Lviv was shelled."}',
    ]
    path = tmp_path / "scrape.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, second = [a for a in read_inputs([path]) if isinstance(a, Article)]
    (warning,) = first.warnings
    assert warning.startswith(f"{path}: no field for the outlet, published, author")
    assert "fields not read: 'portal', 'pub'" in warning and "--field outlet=FIELD" in warning
    assert second.warnings == () and first.article_id == "u1"  # "uid" is an id
