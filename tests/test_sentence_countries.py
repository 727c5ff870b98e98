"""A namesake in the country its own sentence names, over a far one (issue 16).

"The Seychelles coast guard sent a vessel from Victoria" in a story about Somali pirates
gave Victoria, the Australian state (twelve million people), not the Seychelles' capital.
"""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_sentence_countries_gazetteer.v1",
    [
        place("1", "Victoria", "admin1", "AU", 12_000_000, "ADM1", 144.0, -37.0),
        place("2", "Victoria", "city", "SC", 23_000, "PPLC", 55.45, -4.62),
        place("3", "Seychelles", "country", "SC", 97_000, "PCLI", 55.5, -4.6),
        place("4", "Mogadishu", "city", "SO", 2_600_000, "PPLC", 45.34, 2.04),
        place("5", "Mombasa", "city", "KE", 1_200_000, "PPLA", 39.66, -4.05),
        place("6", "Melbourne", "city", "AU", 4_900_000, "PPLA", 144.96, -37.81),
        place("7", "Victoria", "city", "CA", 290_000, "PPLA", -123.37, 48.43),
    ],
)
NAMES = ["Victoria", "Seychelles", "Mogadishu", "Mombasa", "Melbourne"]


def _placed(text: str) -> dict[str, str | None]:
    return {m.text: m.place.place_id if m.place else None for m in GAZ.resolve_named(text, NAMES)}


def test_the_namesake_in_the_country_its_sentence_names() -> None:
    text = (
        "Pirates sailed from Mogadishu toward Mombasa. "
        "The Seychelles coast guard sent a vessel from Victoria."
    )
    assert _placed(text)["Victoria"] == "2"


def test_without_the_country_in_its_sentence_or_with_the_pick_in_the_story_it_stays() -> None:
    apart = (
        "Pirates sailed from Mogadishu toward Mombasa and the Seychelles. "
        "The coast guard sent a vessel from Victoria."
    )
    assert _placed(apart)["Victoria"] == "1"
    home = (
        "Pirates sailed from Mogadishu toward Melbourne. "
        "The Seychelles coast guard sent a vessel from Victoria."
    )
    assert _placed(home)["Victoria"] == "1"  # the story is in Australia too
