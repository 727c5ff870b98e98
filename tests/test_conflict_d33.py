"""Rules found on the hand-written conflict paragraphs of batch ``d33-`` (issue 16).

A town listed beside a toponym the model took for a facility or an organisation ("the
resorts of Montego Bay and Negril": FAC; "past Copenhagen and Helsingør": ORG) is read
as the towns listed beside the model's places are, when it lies near that partner
(:func:`geomap.nlp.nearby_towns.listed_beside`); a partner the model took for a person
still vouches for nothing. A town at a route's end that the model tagged NORP ("ferries
from Kyrenia to Tasucu") is read as the PERSON and ORG ones are, unless it is a demonym
(:func:`geomap.nlp.route_ends.norp_names`).

spacy.blank("en") with an entity ruler that labels names as the small model did, a
tiny gazetteer, and geomap's recogniser and resolver.
"""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, placed
from tests.blank_geoparse import place as entry

_GAZ = TinyGazetteer(
    "geomap.test_conflict_d33_gazetteer.v1",
    [
        entry("3489460", "Montego Bay", "city", "JM", 82_867, "PPLA", -77.92, 18.47),
        entry("3489331", "Negril", "city", "JM", 3_000, "PPL", -78.35, 18.27),
        entry("2618425", "Copenhagen", "city", "DK", 1_153_615, "PPLC", 12.57, 55.68),
        entry("2620473", "Helsingør", "city", "DK", 35_048, "PPLA2", 12.59, 56.04),
        entry("9000001", "Halden", "city", "NO", 20_000, "PPL", 11.39, 59.12),
        entry("146268", "Nicosia", "city", "CY", 200_452, "PPLC", 33.36, 35.17),
        entry("146617", "Kyrenia", "city", "CY", 26_701, "PPLA", 33.32, 35.34),
        entry("299643", "Tasucu", "city", "TR", 15_184, "PPL", 33.88, 36.32),
        entry("9000002", "Zeta", "city", "GR", 5_000, "PPL", 23.0, 38.0),
        entry("9000003", "Greek", "city", "GR", 5_000, "PPL", 23.1, 38.1),
        entry("390903", "Greece", "country", "GR", 10_727_668, "PCLI", 22.0, 39.0),
    ],
    demonyms={"Greek": "390903"},
)


def test_a_town_listed_beside_a_facility_tagged_town_is_read() -> None:
    nlp = _GAZ.nlp([("Montego Bay", "FAC"), ("Negril", "PERSON")])
    text = "The resorts of Montego Bay and Negril were not affected, the police said."
    assert placed(nlp, text) == [("Montego Bay", "3489460"), ("Negril", "3489331")]


def test_a_town_listed_beside_an_organisation_tagged_town_is_read() -> None:
    nlp = _GAZ.nlp([("Copenhagen", "ORG"), ("Helsingør", "PERSON")])
    text = "The tanker sailed on past Copenhagen and Helsingør without stopping."
    assert placed(nlp, text) == [("Copenhagen", "2618425"), ("Helsingør", "2620473")]


def test_a_name_listed_beside_a_far_partner_or_a_person_is_no_town() -> None:
    nlp = _GAZ.nlp([("Copenhagen", "ORG"), ("Halden", "PERSON")])
    text = "The tanker sailed on past Copenhagen and Halden without stopping."
    assert placed(nlp, text) == [("Copenhagen", "2618425")]  # Halden: 390 km away
    nlp = _GAZ.nlp([("Montego Bay", "PERSON"), ("Negril", "PERSON")])
    text = "Montego Bay and Negril were injured, the police said."
    assert placed(nlp, text) == []


def test_a_norp_tagged_town_at_a_routes_end_is_read() -> None:
    nlp = _GAZ.nlp([("Kyrenia", "GPE"), ("Tasucu", "NORP")])
    text = "Ferries from Kyrenia to Tasucu were cancelled on Monday."
    assert placed(nlp, text) == [("Kyrenia", "146617"), ("Tasucu", "299643")]


def test_a_demonym_at_a_routes_end_is_no_town() -> None:
    # a village called Greek lies 14 km from Zeta: the demonym still names no town
    nlp = _GAZ.nlp([("Zeta", "GPE"), ("Greek", "NORP")])
    text = "The signs were changed from Zeta to Greek last year."
    assert placed(nlp, text) == [("Zeta", "9000002")]
