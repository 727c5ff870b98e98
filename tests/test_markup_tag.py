"""One pattern takes markup tags out of metadata, speakers' names and judged text (rev46).

It was written three times, three ways: a comment stayed in a title, and a speaker's
name lost everything between a "<" and a ">" that were no tag ("fewer <5 than> 10").
"""

from __future__ import annotations

import pytest

from geomap.claims.name_text import clean_text
from geomap.metadata import clean_value
from geomap.text import MARKUP_TAG


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("<b>Ministry</b> of Defence", "Ministry of Defence"),
        ("Ministry<!-- x --> of Defence", "Ministry of Defence"),
        ('<a href="https://x.example">Ministry</a> of Defence', "Ministry of Defence"),
        ("Group <5 and 7> Ten", "Group <5 and 7> Ten"),
    ],
)
def test_metadata_and_speaker_names_lose_the_same_tags(value: str, expected: str) -> None:
    assert clean_value(value) == expected
    assert clean_text(value) == expected


def test_a_lone_angle_bracket_is_no_tag() -> None:
    assert MARKUP_TAG.sub("", "5<6 and 3 > 2, x < y") == "5<6 and 3 > 2, x < y"
    assert MARKUP_TAG.sub("", "<!DOCTYPE html><p>Riga</p>") == "Riga"
