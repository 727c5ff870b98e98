"""A name given as a region or exclave by the text is a stretch of land (user72b A4, 72a A7)."""

from __future__ import annotations

import spacy

from geomap.nlp.place_nouns import kinds_named
from tests.blank_geoparse import TinyGazetteer, place, placed

GAZ = TinyGazetteer(
    "geomap.test_land_tails_gazetteer.v1",
    [
        place("r", "Vostra", "water", "", 0, "river", lon=10.0, lat=50.0),
        place("o", "Ostra", "water", "", 0, "OCN", lon=-150.0, lat=0.0),
        place("k", "Ostra", "admin2", "AA", 3_000, "ADM2", lon=14.0, lat=51.0),
        place("g", "Vostra Lands", "region", "AA", 0, lon=11.0, lat=52.0),
        place("c", "Belvar", "city", "AA", 400_000, "PPLA", lon=20.0, lat=54.0),
        place("u", "Belvar Oblast", "admin1", "AA", 900_000, "ADM1", lon=21.0, lat=54.5),
        place("a", "Aland", "country", "AA", 5_000_000, "PCLI", lon=15.0, lat=51.0),
    ],
    other_names=(("Belvar", "u", "alternate"), ("Vostra", "g", "alternate")),
)
PATTERNS = [("Vostra", "LOC"), ("Ostra", "LOC"), ("Belvar", "GPE"), ("Aland", "GPE")]


def test_a_name_before_region_is_the_region_not_the_river() -> None:
    nlp = GAZ.nlp(PATTERNS)
    assert placed(nlp, "Aland moved troops near the disputed Vostra region.")[1] == ("Vostra", "g")


def test_only_a_river_is_dropped_before_region() -> None:
    doc = spacy.blank("en")("Storms hit the tropical Ostra region and the Vostra region.")
    ostra, vostra = doc[4:5], doc[8:9]
    gaz = GAZ()
    oceans = list(gaz.candidates("Ostra"))
    assert kinds_named(gaz, oceans, [ostra]) == oceans  # a sea's region: the sea stays
    rivers = list(gaz.candidates("Vostra"))
    assert {c.place.place_id for c in kinds_named(gaz, rivers, [vostra])} == {"g"}


def test_a_name_alone_keeps_the_river() -> None:
    nlp = GAZ.nlp(PATTERNS)
    assert placed(nlp, "Aland sent boats up the Vostra on Monday.")[1] == ("Vostra", "r")


def test_an_exclave_is_the_unit_not_its_seat_town() -> None:
    nlp = GAZ.nlp(PATTERNS)
    text = "Aland moved missiles into the Belvar exclave on Monday."
    assert placed(nlp, text)[1] == ("Belvar", "u")
    assert placed(nlp, "Aland moved missiles into Belvar on Monday.")[1] == ("Belvar", "c")
