"""Small towns tagged PERSON or ORG after a preposition of place (issue 16).

spacy.blank("en") with an entity ruler that labels the names as the small model did,
parts of speech set by hand (blank has none), a tiny gazetteer, and the two geomap
components.
"""

from __future__ import annotations

from spacy.language import Language

from geomap.extensions import TOPONYMS
from geomap.gazetteer import Gazetteer
from geomap.records import Place
from tests.blank_geoparse import TinyGazetteer, place


def _p(pid: str, name: str, pop: int, lon: float, lat: float) -> Place:
    return place(pid, name, "city", "SO", pop, "PPLA", lon=lon, lat=lat)


PLACES = [
    _p("1", "Bentiu", 7_653, 29.8, 9.2),
    _p("2", "Ndele", 27_071, 20.6, 8.4),
    _p("3", "Jawhar", 47_086, 45.5, 2.8),
    _p("4", "Beledweyne", 55_410, 45.2, 4.7),
]


class _SpellingGazetteer(TinyGazetteer):
    """ "Jowhar" as another spelling of the seat Jawhar (alternate)."""

    def __call__(self) -> Gazetteer:
        if not self._built:
            names = [("Jowhar", "3", "alternate")]
            self._built.append(Gazetteer.from_places(self.places, other_names=names))
        return self._built[0]


_GAZ = _SpellingGazetteer("geomap.test_town_locatives_gazetteer.v1", PLACES)


def _found(nlp: Language, text: str) -> list[str]:
    doc = nlp.make_doc(text)
    for tok in doc:
        tok.pos_ = "PROPN" if tok.is_title else "X"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [s.text for s in doc.spans[TOPONYMS]]


def test_small_towns_tagged_org_after_a_preposition_of_place() -> None:
    nlp = _GAZ.nlp([("Bentiu", "ORG"), ("Ndele", "ORG")])
    text = "Officials in Bentiu said roads were cut. Troops withdrew toward Ndele overnight."
    assert _found(nlp, text) == ["Bentiu", "Ndele"]


def test_a_list_of_towns_tagged_person_after_the_preposition() -> None:
    nlp = _GAZ.nlp([("Jowhar", "PERSON"), ("Beledweyne", "PERSON")])
    text = "Soldiers withdrew toward Jowhar and Beledweyne on Monday."
    assert _found(nlp, text) == ["Jowhar", "Beledweyne"]


def test_a_name_the_article_uses_for_a_person_is_no_town() -> None:
    nlp = _GAZ.nlp([("Bentiu", "ORG"), ("Ndele Ali", "PERSON"), ("Ndele", "PERSON")])
    titled = "Troops withdrew toward Bentiu overnight. Mr Bentiu denied it."
    longer = "Troops withdrew toward Ndele overnight. Ndele Ali denied it."
    assert _found(nlp, titled) == []
    assert _found(nlp, longer) == []


_HAMLETS = TinyGazetteer(
    "geomap.test_town_locatives_hamlets.v1",
    [
        place("5", "Congress", "city", "US", 1_975, "PPL", lon=-112.8, lat=34.2),
    ],
)


def test_an_organisation_named_like_a_hamlet_is_no_town() -> None:
    nlp = _HAMLETS.nlp([("Congress", "ORG")])
    assert _found(nlp, "The plan has strong support in Congress this year.") == []
