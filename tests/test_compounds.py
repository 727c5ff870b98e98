"""Names inside hyphenated compounds (geomap/nlp/compounds.py, issue 16)."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.util import registry

from geomap.extensions import TOPONYMS, register_extensions
from geomap.gazetteer import Gazetteer
from geomap.nlp import recognizer, resolver  # noqa: F401  (register factories)
from geomap.nlp.compounds import hyphen_parts
from tests.blank_geoparse import place

PLACES = [
    place("298795", "Turkey", "country", "TR", 82_000_000, "PCLI"),
    place("163843", "Syria", "country", "SY", 17_000_000, "PCLI"),
    place("2017370", "Russia", "country", "RU", 144_000_000, "PCLI"),
    place("6252001", "United States", "country", "US", 327_000_000, "PCLI"),
    place("3333158", "Kent", "admin1", "GB", 1_500_000, "ADM1"),
    place("4", "Bush", "city", "EG", 136_000, "PPL"),
    place("5", "Winston-Salem", "city", "US", 250_000, "PPL"),
    place("6", "Salem", "city", "IN", 900_000, "PPL"),
    place("3017382", "France", "country", "FR", 67_000_000, "PCLI"),
]
_GAZ: list[Gazetteer] = []


@registry.misc("geomap.test_compounds_gazetteer.v1")
def _gazetteer() -> Gazetteer:
    if not _GAZ:
        _GAZ.append(
            Gazetteer.from_places(
                PLACES,
                aliases={"US": "6252001"},
                demonyms={"Turkish": "298795", "Syrian": "163843", "Russian": "2017370"},
            )
        )
    return _GAZ[0]


def _nlp() -> Language:
    register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ref = {"@misc": "geomap.test_compounds_gazetteer.v1"}
    nlp.add_pipe("geomap_toponyms", config={"gazetteer": ref, "demonyms": True})
    nlp.add_pipe("geomap_resolver", config={"gazetteer": ref})
    return nlp


def _found(text: str) -> list[tuple[str, str | None]]:
    doc = _nlp()(text)
    return [(s.text, s._.place.place_id if s._.place else None) for s in doc.spans[TOPONYMS]]


def test_the_parts_of_a_hyphenated_compound_are_mentions() -> None:
    found = _found("Shells fell along the Syrian-Turkish border.")
    assert ("Syrian", "163843") in found and ("Turkish", "298795") in found
    assert ("Russian", "2017370") in _found("It reflected the anti-Russian policy.")
    assert ("US", "6252001") in _found("The firm is a US-based producer.")
    assert ("Kent", "3333158") in _found("They joined the Kent-based outfit.")


def test_a_compound_that_is_no_place_gives_nothing() -> None:
    nlp = spacy.blank("en")

    def parts(text: str) -> list[str]:
        names, demonyms = hyphen_parts(nlp(text), _gazetteer())
        return [s.text for s in names] + [nlp(text)[i].text for i, _ in demonyms]

    assert parts("They joined the Kent-based outfit.") == ["Kent"]
    assert parts("It was a Kent-style pub.") == []  # a place's name before "-style"
    assert parts("He told Agence France-Presse.") == []  # "Presse" is no place
    assert parts("He told the Paris France-Turkey desk.") == []  # inside a longer name
    assert parts("They flew to Winston-Salem today.") == []  # the compound is a name
    assert parts("It was a pro-Turkish paper.") == ["Turkish"]
    assert parts("Along the mid-Turkey coast.") == []  # a place after a prefix


def test_one_side_of_a_hyphenated_name_is_no_place() -> None:
    # the gazetteer scan takes neither side of a compound of capitalised words alone
    assert _found("Councillor Amara Diallo-Kent spoke.") == []
    assert _found("Jo Kent-Smith spoke.") == []
    assert _found("Storms hit Kent overnight.") == [("Kent", "3333158")]
    # a compound of two places is still read by its parts
    both = _found("The Russia-Turkey talks ended.")
    assert ("Russia", "2017370") in both and ("Turkey", "298795") in both
