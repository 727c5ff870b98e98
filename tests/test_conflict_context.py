"""Places of conflict news that the model mislabels or misses, read by their context (issue 16).

spacy.blank("en") with an entity ruler that labels the names as the small model did on
the conflict dev set (``bench/conflict/``), a tiny gazetteer, and the two geomap
components.
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.util import registry

from geomap.extensions import TOPONYMS, register_extensions
from geomap.gazetteer import Gazetteer
from geomap.nlp import recognizer, resolver  # noqa: F401  (register factories)
from geomap.nlp.boundaries import name_end
from geomap.records import Place
from tests.blank_geoparse import TinyGazetteer, found_toponyms, place


def _p(pid: str, name: str, ftype: str, cc: str, pop: int, code: str = "") -> Place:
    return place(pid, name, ftype, cc, pop, code, lon=37.0, lat=48.0)


PLACES = [
    _p("1", "Kostiantynivka", "city", "UA", 67_350, "PPL"),
    _p("2", "Druzhkivka", "city", "UA", 53_977, "PPL"),
    _p("3", "Kandi", "city", "BJ", 56_043, "PPL"),
    _p("4", "Burkina Faso", "country", "BF", 19_751_535, "PCLI"),
    _p("5", "Danube", "water", "", 0, "STM"),
    _p("6", "Macomia", "city", "MZ", 23_228, "PPL"),
    _p("7", "Semnan", "city", "IR", 124_999, "PPLA"),
    _p("8", "Semnan", "admin1", "IR", 394_900, "ADM1"),
    _p("9", "Nablus", "city", "PS", 130_326, "PPL"),
    _p("10", "Tulkarm", "city", "PS", 44_169, "PPL"),
]
_GAZ = TinyGazetteer("geomap.test_conflict_gazetteer.v1", PLACES)
_gazetteer = _GAZ


def _nlp(patterns: list[tuple[str, str]]) -> Language:
    """A blank pipeline whose 'NER' labels the given names as the small model might."""
    return _GAZ.nlp(patterns)


def _place_ids(nlp: Language, text: str) -> list[str | None]:
    doc = nlp(text)
    return [s._.place.place_id if s._.place else None for s in doc.spans[TOPONYMS]]


def test_lower_case_admin_word_is_not_part_of_the_name() -> None:
    nlp = _nlp([("Semnan province", "GPE")])
    doc = nlp("A missile was fired from a site in Semnan province on Monday.")
    spans = list(doc.spans[TOPONYMS])
    assert [s.text for s in spans] == ["Semnan"]
    assert spans[0]._.place is not None and spans[0]._.place.feature_type == "admin1"
    # a capitalised one is part of the name, and stays; one word alone is never cut
    doc = spacy.blank("en")("northern Shan State and Shan state , the state")
    assert name_end(doc, 1, 3) == 3 and name_end(doc, 4, 6) == 5 and name_end(doc, 8, 9) == 9


def test_a_conjunction_taken_into_the_entity_is_not_part_of_the_name() -> None:
    nlp = _nlp([("Nablus and", "GPE")])
    raids = nlp("Raids were reported in Nablus and Tulkarm on Monday.")
    spans = list(raids.spans[TOPONYMS])
    assert [s.text for s in spans][:1] == ["Nablus"]
    assert spans[0]._.place is not None and spans[0]._.place.place_id == "9"
    # a capitalised function word stays ("Bosnia And"), one word alone is never cut
    doc = spacy.blank("en")("Nablus and Nablus And and")
    assert name_end(doc, 0, 2) == 1 and name_end(doc, 2, 4) == 4 and name_end(doc, 4, 5) == 5


def test_towns_listed_after_a_preposition_whatever_their_label() -> None:
    nlp = _nlp([("Kostiantynivka", "ORG"), ("Druzhkivka", "ORG")])
    out = found_toponyms(
        nlp, "Shelling was also reported in Kostiantynivka and Druzhkivka overnight."
    )
    assert out == ["Kostiantynivka", "Druzhkivka"]
    # the same names as a list with no place word before it are not places
    assert found_toponyms(nlp, "Kostiantynivka and Druzhkivka signed the deal.") == []
    # nor one such town alone after a preposition, labelled an organisation
    assert found_toponyms(nlp, "The deal was signed with Druzhkivka on Monday.") == []


def test_a_town_listed_with_a_found_place() -> None:
    nlp = _nlp([("Tulkarm", "ORG"), ("Nablus", "GPE")])
    assert found_toponyms(nlp, "Clashes broke out in Tulkarm and Nablus.") == ["Tulkarm", "Nablus"]


def test_the_town_of() -> None:
    nlp = _nlp([("Kandi", "ORG")])
    assert found_toponyms(nlp, "The northern town of Kandi hosts a garrison.") == ["Kandi"]
    assert found_toponyms(nlp, "Kandi hosts a garrison.") == []
    assert found_toponyms(nlp, "Rebels took control of Kandi.") == ["Kandi"]
    assert found_toponyms(nlp, "The camp lies 20 km north of Kandi.") == ["Kandi"]
    assert found_toponyms(nlp, "The fans of Kandi cheered.") == []
    assert found_toponyms(nlp, "Troops entered the rebel stronghold of Kandi.") == ["Kandi"]
    assert found_toponyms(nlp, "Shops shut in the commercial hub of Kandi.") == ["Kandi"]


def test_untagged_town_after_the_capital_of() -> None:
    nlp = _nlp([])
    text = "Insurgents raided the district capital of Macomia on Monday."
    assert found_toponyms(nlp, text) == ["Macomia"]
    assert found_toponyms(nlp, "Insurgents praised Macomia on Monday.") == []


def test_a_multi_word_country_under_any_label() -> None:
    nlp = _nlp([("Burkina Faso", "PERSON")])
    text = "The patrol was near the border with Burkina Faso, the army said."
    assert found_toponyms(nlp, text) == ["Burkina Faso"]


def test_a_one_word_river_after_the() -> None:
    nlp = _nlp([("Danube", "PERSON")])
    assert found_toponyms(nlp, "Strikes hit the port on the Danube overnight.") == ["Danube"]
    assert found_toponyms(nlp, "Strikes hit Danube overnight.") == []  # a bare one-word river


def test_a_country_taken_for_a_person_in_a_sentence_naming_another_place() -> None:
    places = [*PLACES, _p("248816", "Jordan", "country", "JO", 9_956_011, "PCLI")]
    gz = Gazetteer.from_places(places)
    registry.misc.register("geomap.test_conflict_jordan.v1", func=lambda: gz)
    register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("entity_ruler").add_patterns(  # type: ignore[attr-defined]
        [{"label": "PERSON", "pattern": "Jordan"}, {"label": "GPE", "pattern": "Nablus"}]
    )
    cfg = {"gazetteer": {"@misc": "geomap.test_conflict_jordan.v1"}}
    nlp.add_pipe("geomap_toponyms", config=cfg)
    nlp.add_pipe("geomap_resolver", config=cfg)
    doc = nlp("Trucks waited near Nablus, while Jordan airdropped food.")
    assert [s.text for s in doc.spans[TOPONYMS]] == ["Nablus", "Jordan"]
    # alone in its sentence, a name the model took for a person stays a person
    doc = nlp("Trucks waited near Nablus. Jordan airdropped food.")
    assert [s.text for s in doc.spans[TOPONYMS]] == ["Nablus"]


def test_a_town_name_that_begins_a_person_name_is_not_listed() -> None:
    nlp = _nlp([("Nablus", "GPE"), ("Jones", "PERSON")])
    # "Kandi" is a town, but here it begins a longer name
    text = "She moved to Nablus and Kandi Jones soon followed."
    assert found_toponyms(nlp, text) == ["Nablus"]


def test_an_unknown_the_entity_is_a_place_when_it_names_a_natural_feature() -> None:
    nlp = _nlp([("the Matsu Islands", "LOC"), ("the Vigil", "LOC")])
    assert found_toponyms(nlp, "Ships were sighted near the Matsu Islands.") == ["Matsu Islands"]
    # a "the ..." entity whose words say no kind of feature stays out
    assert found_toponyms(nlp, "Prices fell near the Vigil.") == []


def test_a_place_entity_running_over_a_preposition_is_split() -> None:
    nlp = _nlp([("Burkina Faso near Kandi", "GPE")])
    out = found_toponyms(nlp, "Troops crossed into Burkina Faso near Kandi on Monday.")
    assert out == ["Burkina Faso", "Kandi"]
    # not when the later part is no place's own name
    nlp = _nlp([("Burkina Faso at Smith", "GPE")])
    assert found_toponyms(nlp, "Troops crossed into Burkina Faso at Smith on Monday.") == [
        "Burkina Faso"
    ]


def test_a_far_pick_by_another_places_alternate_name_is_left_unresolved() -> None:
    from geomap.nlp.coherence import stray_picks
    from geomap.records import Candidate

    def at(pid: str, cc: str, lon: float, lat: float) -> Place:
        return Place(pid, pid, "city", cc, None, 50_000, lon, lat, "test")

    fasher, nyala = at("f", "SD", 25.35, 13.63), at("n", "SD", 24.88, 12.05)
    tawilah = at("t", "YE", 43.6, 15.0)  # "Tawila" matches only its alternate name
    picks = {"fasher": (fasher, 0.9), "nyala": (nyala, 0.9), "tawila": (tawilah, 1.0)}
    cands = {
        "fasher": [Candidate(fasher, "name")],
        "nyala": [Candidate(nyala, "name")],
        "tawila": [Candidate(tawilah, "alternate")],
    }
    assert stray_picks(picks, cands) == {"tawila"}
    # a village's own name too; a bigger town's own name, or a pick in a country the
    # article names, stays
    village = Place("v", "Muse", "city", "US", None, 2_504, -80.0, 40.0, "test")
    picks_v = {**picks, "tawila": (village, 1.0)}
    assert stray_picks(picks_v, {**cands, "tawila": [Candidate(village, "name")]}) == {"tawila"}
    assert stray_picks(picks, {**cands, "tawila": [Candidate(tawilah, "name")]}) == set()
    near = at("t2", "SD", 25.1, 13.7)
    picks2 = {**picks, "tawila": (near, 1.0)}
    assert stray_picks(picks2, {**cands, "tawila": [Candidate(near, "alternate")]}) == set()


def test_a_town_spelled_otherwise_near_another_name_of_its_sentence() -> None:
    from geomap.nlp.town_names import spelled_otherwise_nearby
    from geomap.records import Candidate

    def at(pid: str, name: str, lon: float, lat: float) -> Place:
        return Place(pid, name, "city", "UA", None, 13_000, lon, lat, "test")

    hulyaypole, orikhiv = at("h", "Hulyaypole", 36.26, 47.67), at("o", "Orikhiv", 35.78, 47.58)
    far = at("f", "Faraway", 24.0, 49.8)

    class Stub:
        def __init__(self, other: Place) -> None:
            self.table = {
                "Huliaipole": [Candidate(hulyaypole, "alternate")],
                "Orikhiv": [Candidate(other, "name")],
            }

        def candidates(self, text: str) -> list[Candidate]:
            return self.table.get(text, [])

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Attacks near Huliaipole and Orikhiv went on.")
    town, other = doc[2:3], doc[4:5]
    assert spelled_otherwise_nearby(Stub(orikhiv), town, [other])
    assert not spelled_otherwise_nearby(Stub(far), town, [other])  # no name near it
    doc = nlp("Attacks near Huliaipole went on. Orikhiv was quiet.")
    assert not spelled_otherwise_nearby(Stub(orikhiv), doc[2:3], [doc[6:7]])  # another sentence
