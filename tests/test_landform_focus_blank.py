"""A landform's name the gazetteer lacks is not placed at a city's point (issue 16).

"between Kerch and the Taman Peninsula": the article's focus (or the town listed
beside it) is Kerch, but the sentence names the peninsula beside the city, two places;
the name stays unplaced
(:func:`geomap.nlp.landform_names.landform_at_city`), and ``geomap claims --place``
says why (:func:`geomap.claims.render.unplaced_note`).
"""

from __future__ import annotations

from geomap.claims.render import nothing_shown, unplaced_names
from geomap.records import Mention
from tests.blank_geoparse import TinyGazetteer, placed
from tests.blank_geoparse import place as entry

_GAZ = TinyGazetteer(
    "geomap.test_landform_focus_gazetteer.v1",
    [entry("1", "Kerch", "city", "UA", 150_000, "PPL", 36.47, 45.36)],
)


def test_a_peninsula_the_gazetteer_lacks_is_not_placed_at_the_focus_city() -> None:
    nlp = _GAZ.nlp([("Kerch", "GPE")])
    text = "Ferries between Kerch and the Taman Peninsula stopped . Kerch was quiet ."
    assert placed(nlp, text) == [("Kerch", "1"), ("Taman Peninsula", None), ("Kerch", "1")]


def test_a_peninsula_not_paired_with_the_city_keeps_the_focus() -> None:
    nlp = _GAZ.nlp([("Kerch", "GPE")])
    text = "Troops on the Taman Peninsula shelled Kerch ."
    assert placed(nlp, text) == [("Taman Peninsula", "1"), ("Kerch", "1")]


def test_a_street_is_still_placed_at_the_focus_city() -> None:
    nlp = _GAZ.nlp([("Kerch", "GPE"), ("Lenin Street", "FAC")])
    text = "A drone hit Lenin Street in Kerch . Kerch was quiet ."
    assert ("Lenin Street", "1") in placed(nlp, text)


def _unplaced(text: str) -> Mention:
    return Mention("a", 0, len(text), text, text, 0, None, 0.0)


def test_claims_place_says_why_a_landform_has_no_claims() -> None:
    mentions = [_unplaced("Taman Peninsula"), _unplaced("Ruskyi Khutir")]
    assert unplaced_names("taman", mentions) == ["Taman Peninsula"]
    assert unplaced_names("Peninsula", mentions) == ["Taman Peninsula"]
    assert unplaced_names("Tama", mentions) == []
    said = nothing_shown("Taman", [], "unknown", unplaced=["Taman Peninsula"])
    assert "'Taman Peninsula'" in said and "landform" in said and "city" in said
    said = nothing_shown("Ruskyi", [], "unknown", unplaced=["Ruskyi Khutir"])
    assert "unplaced" in said and "landform" not in said
    assert "nor in the articles read" in nothing_shown("Taman", [], "unknown")
