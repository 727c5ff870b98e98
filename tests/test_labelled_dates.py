"""Dates as news pages write them: a label with no colon, the time first, ET, bad offsets (rev46).

CNN writes "Updated 10:32 AM EDT, Tue March 5, 2024", NBC "Published 5:01 p.m. ET
March 5, 2024": both were left empty. "GMT-12:75" was read as an offset of -13:15.
"""

from __future__ import annotations

import pytest

from geomap.dates import parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Updated 10:32 AM EDT, Tue March 5, 2024", "2024-03-05T10:32:00-04:00"),
        ("Last updated 10:32 AM EDT, Tue March 5, 2024", "2024-03-05T10:32:00-04:00"),
        ("Published 5:01 p.m. ET March 5, 2024", "2024-03-05T17:01:00-05:00"),
        # ET is EDT in July: the zone's rule on that day, not a fixed offset
        ("Published 5:01 p.m. ET July 5, 2024", "2024-07-05T17:01:00-04:00"),
        ("Tue March 5, 2024 10:32 AM PT", "2024-03-05T10:32:00-08:00"),
        ("Posted on March 5, 2024", "2024-03-05"),
        ("March 5, 2024 ET", "2024-03-05"),
        ("Tue March 5, 2024", "2024-03-05"),
    ],
)
def test_a_labelled_date_is_read(value: str, expected: str) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "2024-03-05 10:32 GMT-12:75",
        "GMT-12:75",
        "2024-03-05 10:32 UTC+15",
        "2024-03-05T10:32:00+05:75",
        "Tue, 05 Mar 2024 10:32:00 +9900",
    ],
)
def test_an_offset_no_zone_has_is_no_date(value: str) -> None:
    assert parse_date(value) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05 10:32 UTC+14", "2024-03-05T10:32:00+14:00"),
        ("2024-03-05 10:32 UTC-12", "2024-03-05T10:32:00-12:00"),
        ("2024-03-05T10:32:00+05:45", "2024-03-05T10:32:00+05:45"),
        ("Tue, 05 Mar 2024 10:32:00 +0300", "2024-03-05T10:32:00+03:00"),
    ],
)
def test_the_extreme_real_offsets_are_kept(value: str, expected: str) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["Note nothing here", "next Tuesday", "Updated recently"])
def test_words_alone_are_still_no_date(value: str) -> None:
    assert parse_date(value) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [("05-03-2024", "2024-03-05"), ("12-03-1999", "1999-03-12"), ("5-3-2024", "2024-03-05")],
)
def test_a_dashed_day_first_date_is_no_offset(value: str, expected: str) -> None:
    """The year after a dash is no zone offset "-20:24" when no time is written (review)."""
    assert parse_date(value) == expected


def test_the_label_words_parser_info_is_built_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """dateutil's parserinfo is built once per process, not for every labelled date."""
    from dateutil import parser

    from geomap import dates

    built: list[object] = []
    real = parser.parserinfo

    def counting(*args: object, **kwargs: object) -> object:
        built.append(1)
        return real(*args, **kwargs)

    dates._parser_info.cache_clear()
    monkeypatch.setattr(parser, "parserinfo", counting)
    first = dates.parse_date("Updated 10:32 AM EDT, Tue March 5, 2024")
    again = dates.parse_date("Posted on 5:01 p.m. ET March 6, 2024")
    dates._parser_info.cache_clear()
    assert first is not None and first.startswith("2024-03-05")
    assert again is not None and again.startswith("2024-03-06")
    assert len(built) == 1
