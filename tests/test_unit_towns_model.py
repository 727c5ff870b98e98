"""A country after a town's comma that speaks qualifies nothing (unit_towns, real parser)."""

from __future__ import annotations

import pytest

from geomap.api import geoparse

pytestmark = pytest.mark.model


def _country_of(text: str, name: str) -> str | None:
    mentions = geoparse([{"id": "a", "text": text}]).mentions
    rows = mentions[mentions["text"] == name]
    assert len(rows) == 1
    return str(rows.iloc[0]["country_code"])


def test_a_country_that_says_something_after_the_comma_is_no_qualifier() -> None:
    """'near Novoshakhtinsk, Ukraine said': the town stays where the gazetteer has it."""
    text = "Drones struck an oil depot near Novoshakhtinsk, Ukraine said on Friday."
    assert _country_of(text, "Novoshakhtinsk") == "RU"


def test_a_unit_after_the_comma_still_qualifies_a_town() -> None:
    """'at Croft, Yorkshire in June': the village the gazetteer lacks is in the county."""
    text = "The next race is at Croft, Yorkshire in June."
    assert _country_of(text, "Croft") == "GB"
