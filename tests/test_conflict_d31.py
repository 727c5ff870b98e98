"""Rules found on the hand-written conflict paragraphs of batch ``d31-`` (issue 16).

A name listed right beside a toponym found so far ("past Copenhagen and Helsingør",
"the resorts of Montego Bay and Negril": the second name tagged PERSON) is a town when
the gazetteer has a town of that name near the toponym's place
(:func:`geomap.nlp.nearby_towns.listed_beside`).

spacy.blank("en") with an entity ruler that labels names as the small model did, a
tiny gazetteer, and geomap's recogniser.
"""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, found_toponyms
from tests.blank_geoparse import place as entry

_GAZ = TinyGazetteer(
    "geomap.test_conflict_d31_gazetteer.v1",
    [
        entry("2618425", "Copenhagen", "city", "DK", 1_153_615, "PPLC", 12.57, 55.68),
        entry("2620147", "Helsingør", "city", "DK", 46_368, "PPLA2", 12.59, 56.04),
        entry("3489460", "Montego Bay", "city", "JM", 110_115, "PPLA", -77.92, 18.47),
        entry("3489297", "Negril", "city", "JM", 5_900, "PPL", -78.35, 18.27),
        entry("5000003", "Negril", "city", "US", 900, "PPL", -97.0, 35.0),
    ],
)
_POS = {"past": "ADP", "of": "ADP", "sailed": "VERB", "said": "VERB"}


def test_a_name_listed_beside_a_place_is_the_town_near_it() -> None:
    nlp = _GAZ.nlp([("Copenhagen", "GPE"), ("Helsingør", "PERSON")])
    text = "The tanker sailed past Copenhagen and Helsingør ."
    assert found_toponyms(nlp, text, _POS) == ["Copenhagen", "Helsingør"]
    text = "Residents of Copenhagen and Helsingør were told to stay home ."
    assert found_toponyms(nlp, text, _POS) == ["Copenhagen", "Helsingør"]
    nlp = _GAZ.nlp([("Montego Bay", "GPE"), ("Negril", "PERSON")])
    text = "The resorts of Montego Bay and Negril were not affected ."
    assert found_toponyms(nlp, text, _POS) == ["Montego Bay", "Negril"]


def test_a_name_not_listed_beside_a_place_stays_out() -> None:
    nlp = _GAZ.nlp([("Copenhagen", "GPE"), ("Helsingør", "PERSON")])
    text = "Helsingør said the tanker sailed past Copenhagen ."
    assert found_toponyms(nlp, text, _POS) == ["Copenhagen"]
