"""A header with a unit or zone in brackets is its field (user67).

"Published (UTC)" was no date column ("no column for the published"); the zone it names
is applied to a date-time without one, and the value kept as given with it.
"""

from __future__ import annotations

from pathlib import Path

from geomap.field_names import field_key, qualifier
from geomap.io.readers import read_inputs
from geomap.records import Article


def _read(path: Path) -> list[Article]:
    found = list(read_inputs([path]))
    assert all(isinstance(a, Article) for a in found)
    return [a for a in found if isinstance(a, Article)]


def test_bracketed_zones_and_units_are_ignored_in_field_names() -> None:
    assert field_key("Published (UTC)") == field_key("Published") == "published"
    assert field_key("Date (GMT)") == "date" and field_key("Time [UTC+1]") == "time"
    assert qualifier("Time [UTC+1]") == "UTC+1" and qualifier("Date") is None
    assert field_key("notes (column 7)") == "notes(column7)"  # geomap's own renaming


def test_a_zone_in_the_header_is_applied_to_times_without_one(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "Headline,Body,Outlet,Published (UTC+2)\n"
        "A,Floods in the north.,Reuters,2026-11-03 14:05\n"
        "B,Strike at the port.,Reuters,2026-11-04\n"
        "C,Talks.,Reuters,2026-11-05T08:00:00Z\n",
        encoding="utf-8",
    )
    first, second, third = _read(path)
    assert not [w for w in first.warnings if "no column" in w]
    assert first.metadata["published"] == "2026-11-03T14:05:00+02:00"
    assert first.metadata["published_given"] == "2026-11-03 14:05 UTC+2"
    assert second.metadata["published"] == "2026-11-04"  # no time: the day as written
    assert third.metadata["published"] == "2026-11-05T08:00:00+00:00"  # its own zone kept


def test_the_plain_header_is_read_before_a_qualified_one(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "text,Date (local),Date\nFloods in the north.,2026-11-03 23:30,2026-11-04\n",
        encoding="utf-8",
    )
    (article,) = _read(path)
    assert article.metadata["published"] == "2026-11-04"
    assert article.metadata["Date (local) (column 2)"] == "2026-11-03 23:30"
