"""Rules found on the hand-written conflict paragraphs of batch ``d31-`` (issue 16).

A name listed right beside a toponym found so far ("past Copenhagen and Helsingør",
"the resorts of Montego Bay and Negril": the second name tagged PERSON) is a town when
the gazetteer has a town of that name near the toponym's place
(:func:`geomap.nlp.nearby_towns.listed_beside`). A name the gazetteer lacks, listed
beside a town, goes to that town rather than to an article's focus far from it
("fighting around Lere and Nara" in a story from Nouakchott:
:func:`geomap.nlp.listed_neighbours.far_from`).

spacy.blank("en") with an entity ruler that labels names as the small model did, a
tiny gazetteer, and geomap's recogniser.
"""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, found_toponyms, placed
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


_LISTS = TinyGazetteer(
    "geomap.test_conflict_d31_lists.v1",
    [
        entry("2377450", "Nouakchott", "city", "MR", 1_184_530, "PPLC", -15.98, 18.09),
        entry("2453079", "Nara", "city", "ML", 23_599, "PPL", -7.29, 15.17),
        entry("2377539", "Nema", "city", "MR", 60_000, "PPLA", -7.26, 16.5),
    ],
)


def test_a_name_listed_beside_a_town_goes_there_not_to_a_far_focus() -> None:
    labels = [(n, "GPE") for n in ("Nouakchott", "Nara", "Nema", "Kolongo")]
    nlp = _LISTS.nlp(labels)
    opening = "Officials in Nouakchott said so . Police in Nouakchott agreed . "
    text = opening + "Thousands fled fighting around Kolongo and Nara ."
    assert ("Kolongo", "2453079") in placed(nlp, text)
    # a focus near the town listed beside the name keeps it (Nema here 150 km from Nara)
    opening = "Officials in Nema said so . Police in Nema agreed . "
    text = opening + "Thousands fled fighting around Kolongo and Nara ."
    assert ("Kolongo", "2377539") in placed(nlp, text)
