"""A small namesake beside the towns of a name's sentence wins over a far one (lang60).

"На Лиманському напрямку ворог атакував у бік Ямполя": Yampil by Lyman, not the bigger
Yampil 700 km west; alone in its sentence, the bigger one stays.
"""

from __future__ import annotations

import pytest
import spacy

from geomap.gazetteer import Gazetteer
from geomap.nlp.local import LocalToponymRecognizer
from geomap.nlp.near_namesakes import near_namesakes
from geomap.nlp.registry import resolver_weights
from geomap.nlp.resolver import ToponymResolver
from geomap.records import Candidate, Place


def _town(pid: str, name: str, pop: int, lon: float, lat: float) -> Place:
    return Place(pid, name, "city", "UA", None, pop, lon, lat, "curated", feature_code="PPL")


@pytest.fixture(scope="module")
def yampil() -> Gazetteer:
    places = [
        _town("lyman", "Lyman", 20_000, 37.80, 48.99),
        _town("yampil_w", "Yampil", 11_000, 28.28, 48.24),  # Vinnytsia Oblast
        _town("yampil_e", "Yampil", 0, 37.96, 48.94),  # by Lyman, no population
    ]
    local = [
        ("uk", "Лиман", "lyman"),
        ("uk", "Ямпіль", "yampil_w"),
        ("uk", "Ямпіль", "yampil_e"),
    ]
    return Gazetteer.from_places(places, local_names=local)


def _placed(gz: Gazetteer, text: str) -> dict[str, str | None]:
    nlp = spacy.blank("uk")
    nlp.add_pipe("sentencizer")
    resolve = ToponymResolver(gz, resolver_weights(), rounds=2)
    doc = resolve(LocalToponymRecognizer(gz)(nlp(text)))
    return {s.text: s._.place.place_id if s._.place else None for s in doc.spans["toponyms"]}


def test_a_small_namesake_beside_the_sentences_town_wins(yampil: Gazetteer) -> None:
    text = "Бої тривають біля Лимана, ворог атакував у бік Ямполя."
    assert _placed(yampil, text) == {"Лимана": "lyman", "Ямполя": "yampil_e"}


def test_alone_in_its_sentence_the_bigger_namesake_stays(yampil: Gazetteer) -> None:
    text = "Бої тривають біля Лимана. Уночі ворог атакував у бік Ямполя."
    assert _placed(yampil, text)["Ямполя"] == "yampil_w"


def test_a_town_known_so_only_by_an_alternate_name_is_no_namesake() -> None:
    lyman = _town("lyman", "Lyman", 20_000, 37.80, 48.99)
    far = _town("yampil_w", "Yampil", 11_000, 28.28, 48.24)
    near = _town("yampil_e", "Yampil", 0, 37.96, 48.94)
    old = _town("old", "Oldtown", 5_000, 37.81, 48.99)  # once called Yampil, nearer still
    nlp = spacy.blank("uk")
    nlp.add_pipe("sentencizer")
    doc = nlp("Бої біля Лимана, атака у бік Ямполя.")
    groups = {"lyman": [doc[2:3]], "yampil": [doc[7:8]]}
    picks = {"lyman": (lyman, 0.9), "yampil": (far, 0.6)}

    def kept(match: str) -> set[str]:
        cands = {
            "lyman": [Candidate(lyman, "name")],
            "yampil": [Candidate(far, "name"), Candidate(near, "name"), Candidate(old, match)],
        }
        ruled_out = near_namesakes(picks, groups, cands)["yampil"].ruled_out
        return {c.place.place_id for c in cands["yampil"]} - ruled_out

    assert kept("alternate") == {"yampil_e"}
    assert kept("name") == {"old"}  # by its own name, the nearest namesake
