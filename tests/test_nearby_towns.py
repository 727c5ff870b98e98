"""Small towns read because they lie near the places the article names."""

from __future__ import annotations

from geomap.extensions import TOPONYMS
from geomap.gazetteer import Gazetteer
from tests.blank_geoparse import TinyGazetteer, found_toponyms, place

PLACES = [
    place("31", "Damascus", "city", "SY", 2_000_000, "PPLC", lon=36.29, lat=33.51),
    place("32", "Jaramana", "city", "SY", 0, "PPLA3", lon=36.35, lat=33.49),  # no population
    place("33", "Jaramana", "city", "US", 0, "PPL", lon=-90.0, lat=35.0),
    place("34", "Beledweyne", "city", "SO", 55_410, "PPLA", lon=45.20, lat=4.74),
    place("35", "Tigwav", "city", "HT", 117_504, "PPL", lon=-72.87, lat=18.43),
    place("36", "Port-au-Prince", "city", "HT", 1_234_742, "PPLC", lon=-72.34, lat=18.54),
    place("37", "Mocimboa da Praia", "city", "MZ", 45_313, "PPL", lon=40.35, lat=-11.35),
    place("38", "Mueda", "city", "MZ", 27_274, "PPL", lon=39.55, lat=-11.66),
    place("39", "Kurram District", "admin2", "PK", 3_334, "ADM2", lon=70.2, lat=33.7),
    place("40", "Parachinar", "city", "PK", 55_685, "PPLA3", lon=70.09, lat=33.9),
    place("41", "Basra", "city", "IQ", 2_600_000, "PPLA", lon=47.78, lat=30.51),
    place("42", "Umm Qasr", "city", "IQ", 107_620, "PPL", lon=47.92, lat=30.04),
]


class _Gazetteer(TinyGazetteer):
    """Tigwav also spelled Petit-Goave, as GeoNames gives it (an alternate name)."""

    def __call__(self) -> Gazetteer:
        if not self._built:
            names = [("Petit-Goave", "35", "alternate"), ("Kurram", "39", "alternate")]
            self._built.append(Gazetteer.from_places(self.places, other_names=names))
        return self._built[0]


_GAZ = _Gazetteer("geomap.test_nearby_towns_gazetteer.v2", PLACES)


def test_a_town_of_no_population_near_the_article_places() -> None:
    nlp = _GAZ.nlp([("Damascus", "GPE"), ("Jaramana", "PERSON")])
    text = "Shells fell on Damascus . Traders in Jaramana closed their shops ."
    assert found_toponyms(nlp, text) == ["Damascus", "Jaramana"]


def test_not_without_a_nearby_place_nor_without_a_preposition() -> None:
    nlp = _GAZ.nlp([("Port-au-Prince", "GPE"), ("Jaramana", "PERSON")])
    far = "Gangs hold Port-au-Prince . Traders in Jaramana closed their shops ."
    assert found_toponyms(nlp, far) == ["Port-au-Prince"]
    nlp = _GAZ.nlp([("Damascus", "GPE"), ("Jaramana", "PERSON")])
    subject = "Shells fell on Damascus . Jaramana closed the shops ."
    assert found_toponyms(nlp, subject) == ["Damascus"]


def test_another_spelling_near_the_article_places() -> None:
    nlp = _GAZ.nlp([("Port-au-Prince", "GPE"), ("Petit-Goave", "ORG")])
    text = "Gangs hold Port-au-Prince . Police retook a bridge near Petit-Goave ."
    assert found_toponyms(nlp, text) == ["Port-au-Prince", "Petit-Goave"]


def test_out_of_heads_a_town() -> None:
    nlp = _GAZ.nlp([("Beledweyne", "PERSON")])
    text = "Floods forced thousands out of Beledweyne on Monday ."
    assert found_toponyms(nlp, text) == ["Beledweyne"]


def test_a_verb_of_attack_or_the_before_a_unit_noun_heads_a_town() -> None:
    nlp = _GAZ.nlp([("Mocimboa da Praia", "WORK_OF_ART"), ("Mueda", "GPE")])
    doc = nlp.make_doc("Insurgents attacked Mocimboa da Praia and villages near Mueda .")
    for tok in doc:
        tok.pos_ = "PROPN" if tok.is_title else "X"
    doc[1].pos_, doc[1].lemma_ = "VERB", "attack"  # a blank pipeline has no lemmas
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [s.text for s in doc.spans[TOPONYMS]] == ["Mocimboa da Praia", "Mueda"]
    nlp = _GAZ.nlp([("Damascus", "GPE"), ("Jaramana", "PERSON")])
    text = "Shells fell on Damascus and in the Jaramana district ."
    assert found_toponyms(nlp, text) == ["Damascus", "Jaramana"]


def test_a_district_by_its_short_name_near_the_article_places() -> None:
    nlp = _GAZ.nlp([("Kurram", "PERSON"), ("Parachinar", "GPE")])
    text = "In Kurram , the road from Parachinar stayed shut ."
    assert found_toponyms(nlp, text) == ["Kurram", "Parachinar"]


def test_a_name_the_model_took_for_a_date() -> None:
    nlp = _GAZ.nlp([("Damascus", "GPE"), ("Jaramana", "DATE"), ("Monday", "DATE")])
    text = "Shells fell on Damascus and in Jaramana on Monday ."
    assert found_toponyms(nlp, text) == ["Damascus", "Jaramana"]


def test_an_untagged_word_before_a_name_is_its_head_when_both_name_a_town() -> None:
    """'the Umm Qasr port': "Qasr" tagged PERSON, "Umm" nothing; together a town."""
    nlp = _GAZ.nlp([("Basra", "GPE"), ("Qasr", "PERSON")])
    text = "Protests hit Basra . Crowds blocked the road to the Umm Qasr port ."
    assert found_toponyms(nlp, text) == ["Basra", "Umm Qasr"]
    # no town of that name: the word before stays apart, and "Qasr" alone is no town
    text = "Protests hit Basra . Crowds blocked the road to the Emm Qasr port ."
    assert found_toponyms(nlp, text) == ["Basra"]
