"""Dates written with a French, German, Polish, Russian or Ukrainian month name are read."""

from __future__ import annotations

import pytest

from geomap.dates import parse_date
from geomap.io.record import record_article
from geomap.records import Article


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("vendredi 1er mars 2024", "2024-03-01"),
        ("5 févr. 2024 à 10h30", "2024-02-05T10:30:00"),
        ("01. Dezember 2023 um 14:05 Uhr", "2023-12-01T14:05:00"),
        ("3 Okt. 2024", "2024-10-03"),
        ("15 listopada 2023", "2023-11-15"),
        ("1 maja 2024", "2024-05-01"),
        ("1 марта 2024 года, 10:15", "2024-03-01T10:15:00"),
        ("2 мая 2024", "2024-05-02"),
        ("12 березня 2024 р.", "2024-03-12"),
        ("7 серпня 2024", "2024-08-07"),
    ],
)
def test_a_month_name_in_another_language_gives_the_date(text: str, iso: str) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "text", ["31 февраля 2024", "30 lutego 2024", "Troops in 2024", "1 Xyz 2024"]
)
def test_no_date_is_invented(text: str) -> None:
    assert parse_date(text) is None


def test_a_record_dated_in_russian_carries_its_date_without_a_warning() -> None:
    art = record_article({"text": "Kyiv.", "date": "1 марта 2024"}, "r.jsonl:1", "r-1", 0)
    assert isinstance(art, Article) and art.metadata["published"] == "2024-03-01"
    assert not art.warnings


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("im März 2024", "2024-03"),
        ("Dezember 2023", "2023-12"),
        ("en mars 2024", "2024-03"),
        ("w marcu 2024", "2024-03"),
        ("listopad 2024 r.", "2024-11"),
        ("в марте 2024 года", "2024-03"),
        ("у березні 2024 року", "2024-03"),
    ],
)
def test_a_month_and_year_alone_give_the_month(text: str, iso: str) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize("text", ["Paris 2024", "Wahlen im März 2024", "в Москве 2024"])
def test_a_month_is_read_only_from_a_month_and_year(text: str) -> None:
    assert parse_date(text) is None


def test_a_word_that_only_begins_like_a_month_gives_no_month() -> None:
    # a lone "Word 2024" is a month only when the word is a month's name in full
    from geomap.dates import parse_date

    for value in ("Marseille 2024", "Augsburg 2024", "Decathlon 2024", "Junior 2024"):
        assert parse_date(value) is None, value
    assert parse_date("в мае 2024") == "2024-05"


@pytest.mark.parametrize("locale", ["fr", "de", "pl", "ru", "uk"])
def test_every_cldr_month_name_is_read(locale: str) -> None:
    """The month table's provenance: CLDR's names (Babel's data), every form and length."""
    dates = pytest.importorskip("babel.dates")
    from geomap.local_dates import local_date, local_month

    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            names = dates.get_month_names(width, context=context, locale=locale)
            for month, name in names.items():
                assert local_date(f"12 {name} 2026") == f"2026-{month:02d}-12", name
                if width == "wide":
                    assert local_month(f"{name} 2026") == f"2026-{month:02d}", name
