"""One bare name's mentions whose nearest places lie in different candidates split.

"In Vesland, protesters in Orvo marched, while the governor of Vesland said Brenton
...": the first "Vesland" is the country holding Orvo, the second the state holding
Brenton (:mod:`geomap.nlp.split_senses`). spacy.blank("en"), an entity ruler, a tiny
gazetteer of made-up places.
"""

from __future__ import annotations

from geomap.extensions import TOPONYMS
from geomap.nlp.split_senses import fits
from geomap.records import Place
from tests.blank_geoparse import TinyGazetteer

_COUNTRY = Place("10", "Vesland", "country", "VS", None, 3_000_000, 44.0, 42.0, "t", "PCLI")
_STATE = Place("20", "Vesland", "admin1", "ZZ", "Vesland", 9_000_000, -83, 33, "t", "ADM1", "07")
_ORVO = Place("11", "Orvo", "city", "VS", "Orvo", 1_000_000, 44.8, 41.7, "t", "PPLC", "01")
_BRENTON = Place("21", "Brenton", "city", "ZZ", "Vesland", 500_000, -84.4, 33.7, "t", "PPLA", "07")
_GAZ = TinyGazetteer("geomap.test_split_senses_gazetteer.v1", [_COUNTRY, _STATE, _ORVO, _BRENTON])
_NLP = _GAZ.nlp([(n, "GPE") for n in ("Vesland", "Orvo", "Brenton")])


def _placed(text: str) -> list[tuple[str, str | None, float]]:
    doc = _NLP(text)
    return [
        (s.text, s._.place.place_id if s._.place else None, s._.confidence)
        for s in doc.spans[TOPONYMS]
    ]


def test_a_name_beside_a_capital_and_beside_a_states_city_is_two_places() -> None:
    text = (
        "In Vesland, protesters in Orvo marched against the law, while the governor"
        " of Vesland, Ann Cole, said Brenton would host the summit."
    )
    senses = [pid for name, pid, _ in _placed(text) if name == "Vesland"]
    assert senses == ["10", "20"]


def test_split_evidence_lowers_the_confidence() -> None:
    one = "The governor of Vesland said Brenton would host the summit. Vesland is ready."
    split = "In Vesland, protesters in Orvo marched. The governor of Vesland said Brenton waits."
    sure = {pid: conf for name, pid, conf in _placed(one) if name == "Vesland"}
    unsure = {pid: conf for name, pid, conf in _placed(split) if name == "Vesland"}
    assert sure.keys() == {"20"} and unsure.keys() == {"10", "20"}
    assert unsure["20"] < sure["20"]


def test_a_mention_without_evidence_follows_the_nearest_evidenced_one() -> None:
    # a headline naming nothing near the name takes the lede's sense; a later bare
    # mention continues the one before it
    text = (
        "Storm hits Vesland\n\nIn Vesland, protesters in Orvo marched. The governor of"
        " Vesland said Brenton waits. Later Vesland was calm."
    )
    senses = [pid for name, pid, _ in _placed(text) if name == "Vesland"]
    assert senses == ["10", "10", "20", "20"]


def test_a_candidate_fits_the_places_it_holds() -> None:
    assert fits(_COUNTRY, _ORVO) and not fits(_COUNTRY, _BRENTON)
    assert fits(_STATE, _BRENTON) and not fits(_STATE, _ORVO) and not fits(_STATE, _STATE)


_KALAND = Place("30", "Kaland", "country", "KL", None, 900_000_000, 105.0, 35.0, "t", "PCLI")
_KAL_TOWN = Place("31", "Kaland", "city", "ZZ", "Texon", 1_200, -96, 31, "t", "PPL", "48")
_TEXON = Place("32", "Texon", "admin1", "ZZ", "Texon", 29_000_000, -99, 31, "t", "ADM1", "48")
_PORTA = Place("33", "Porta", "city", "KL", "Porta", 20_000_000, 116.4, 39.9, "t", "PPLC", "22")
_GAZ2 = TinyGazetteer("geomap.test_split_senses_gazetteer.v2", [_KALAND, _KAL_TOWN, _TEXON, _PORTA])
_NLP2 = _GAZ2.nlp([(n, "GPE") for n in ("Kaland", "Texon", "Porta")])


def test_a_country_is_never_split_to_a_town_of_its_name() -> None:
    doc = _NLP2(
        "Factories are leaving Kaland and Porta. "
        "Production in Kaland is no cheaper than production in Texon."
    )
    senses = [s._.place.place_id for s in doc.spans[TOPONYMS] if s.text == "Kaland"]
    assert senses == ["30", "30"]
