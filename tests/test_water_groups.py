"""A name a water word or "along" goes with is the water, apart from its bare mentions.

"Floods along the Niger river displaced thousands in Mali and Niger": the river, then the
country (one river reading no longer spread to every "Niger" of the article); "fled along
the White Nile" is the river, not the Sudanese state named after it
(geomap.nlp.name_kinds.water_context, geomap.nlp.name_groups.water_mention).
"""

from __future__ import annotations

from geomap.extensions import TOPONYMS
from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_water_groups_gazetteer.v1",
    [
        place("ne", "Niger", "country", "NE", 25_000_000, "PCLI", 8.0, 17.0),
        place("nr", "Niger", "water", "", 0, "STM", 5.0, 12.0),
        place("ml", "Mali", "country", "ML", 21_000_000, "PCLI", -2.0, 17.0),
        place("wn", "White Nile", "admin1", "SD", 1_700_000, "ADM1", 32.5, 13.5),
        place("wr", "White Nile", "water", "", 0, "STM", 32.4, 14.0),
        place("ve", "Venice", "city", "IT", 250_000, "PPLA", 12.3, 45.4),
    ],
)
PATTERNS = [("Niger", "GPE"), ("Mali", "GPE"), ("White Nile", "LOC"), ("Venice", "GPE")]


def _placed(text: str) -> list[tuple[str, str | None]]:
    doc = GAZ.nlp(PATTERNS)(text)
    return [(s.text, s._.place.place_id if s._.place else None) for s in doc.spans[TOPONYMS]]


def test_a_river_mention_is_grouped_apart_from_the_country() -> None:
    text = "Floods along the Niger river displaced thousands in Mali and Niger ."
    assert _placed(text) == [("Niger", "nr"), ("Mali", "ml"), ("Niger", "ne")]


def test_along_says_river() -> None:
    assert _placed("Thousands fled along the White Nile .") == [("White Nile", "wr")]
    # without it, the ranker's choice stands (the state, by population)
    assert _placed("Thousands fled to White Nile .") == [("White Nile", "wn")]
    # nor when the name modifies a noun after it (a road, a border)
    assert _placed("Trucks drove along the White Nile Road .") == [("White Nile", "wn")]
    # "along" alone keeps the towns of a name no water has, and a possessive is a modifier
    assert _placed("Boats floated along Venice .") == [("Venice", "ve")]
    assert _placed("Boats floated along Venice 's canals .") == [("Venice", "ve")]


def test_a_delta_after_the_name_says_river() -> None:
    """'islands of the Niger delta': the river (its line then placed near the story)."""
    text = "Troops raided islands in the Niger delta ."
    assert _placed(text) == [("Niger", "nr")]
    assert _placed("Troops raided islands in Niger .") == [("Niger", "ne")]
