"""A front direction named by a town's adjective names the town (issue 18, lang60).

"на Покровском направлении", "на Покровському напрямку", "na kierunku pokrowskim":
the adjective before (Polish: after) a word for a direction is the town, found and
placed by the nominatives its stem may have, over a village named like the adjective.
"""

from __future__ import annotations

import pytest
import spacy

from geomap.gazetteer import Gazetteer
from geomap.nlp.direction_towns import names_direction, town_forms
from geomap.nlp.local import LocalToponymRecognizer
from geomap.nlp.registry import resolver_weights
from geomap.nlp.resolver import ToponymResolver
from geomap.records import Place


def _town(pid: str, name: str, pop: int, lon: float, lat: float) -> Place:
    return Place(pid, name, "city", "UA", None, pop, lon, lat, "curated", feature_code="PPL")


@pytest.fixture(scope="module")
def front() -> Gazetteer:
    places = [
        _town("pokrovsk", "Pokrovsk", 60_000, 37.18, 48.28),
        _town("pokrovske", "Pokrovske", 9_800, 36.23, 47.98),  # "Покровське": the adjective's form
        _town("kupiansk", "Kupiansk", 27_000, 37.62, 49.71),
        _town("lyman", "Lyman", 20_000, 37.80, 48.99),
        _town("kurakhove", "Kurakhove", 18_000, 37.28, 47.98),
        _town("huliaipole", "Huliaipole", 13_000, 36.26, 47.66),
    ]
    local = [
        ("uk", "Покровськ", "pokrovsk"),
        ("ru", "Покровск", "pokrovsk"),
        ("pl", "Pokrowsk", "pokrovsk"),
        ("uk", "Покровське", "pokrovske"),
        ("ru", "Покровское", "pokrovske"),
        ("ru", "Купянск", "kupiansk"),
        ("uk", "Лиман", "lyman"),
        ("uk", "Курахове", "kurakhove"),
        ("pl", "Kurachowe", "kurakhove"),
        ("de", "Kurachowe", "kurakhove"),
        ("uk", "Гуляйполе", "huliaipole"),
    ]
    return Gazetteer.from_places(places, local_names=local)


def _placed(gz: Gazetteer, lang: str, text: str) -> dict[str, str | None]:
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    resolve = ToponymResolver(gz, resolver_weights(), rounds=2)
    doc = resolve(LocalToponymRecognizer(gz)(nlp(text)))
    return {s.text: s._.place.place_id if s._.place else None for s in doc.spans["toponyms"]}


def test_a_towns_adjective_before_a_direction_is_the_town(front: Gazetteer) -> None:
    assert _placed(front, "uk", "На Покровському напрямку ворог атакував.") == {
        "Покровському": "pokrovsk"  # not the village Pokrovske its ending reaches
    }
    assert _placed(front, "ru", "На Купянском направлении отражены три атаки.") == {
        "Купянском": "kupiansk"
    }
    # the stem without its suffix, a vowel alternation; a list of adjectives, one noun
    assert _placed(front, "uk", "На Лиманському, Гуляйпільському та Кураховському напрямках.") == {
        "Лиманському": "lyman",
        "Гуляйпільському": "huliaipole",
        "Кураховському": "kurakhove",
    }
    # Polish: lower case, after the noun
    assert _placed(front, "pl", "Walki trwają na kierunku kurachowskim i pokrowskim.") == {
        "kurachowskim": "kurakhove",
        "pokrowskim": "pokrovsk",
    }


def test_without_a_word_for_direction_the_adjective_is_no_town(front: Gazetteer) -> None:
    assert _placed(front, "uk", "Покровському голові вручили нагороду.") == {}
    assert _placed(front, "pl", "Spotkali się w klubie pokrowskim.") == {}
    assert _placed(front, "ru", "Купянском районном суде слушали дело.") == {}
    nlp = spacy.blank("ru")
    doc = nlp("на покровском направлении")
    assert not names_direction(doc[1], "ru")  # Russian capitalises a town's adjective


def test_town_forms_of_a_stem() -> None:
    assert town_forms("Покровськ", "uk")[0] == "Покровськ"
    assert "Лиман" in town_forms("Лиманськ", "uk")
    assert "Гуляйполе" in town_forms("Гуляйпільськ", "uk")
    assert "Костянтинівка" in town_forms("Костянтинівськ", "uk")
    assert "Курахово" in town_forms("Кураховск", "ru")
    assert "Charków" in town_forms("charkowsk", "pl")


def test_a_town_after_a_preposition_and_a_word_for_a_direction(front: Gazetteer) -> None:
    # "у бік", "в сторону", "w kierunku", "in Richtung": like "в районі", a preposition
    # and a word for an area
    assert _placed(front, "uk", "Ворог атакував у бік Лимана.") == {"Лимана": "lyman"}
    assert _placed(front, "ru", "Противник наступает в сторону Купянска.") == {
        "Купянска": "kupiansk"
    }
    assert _placed(front, "pl", "Rosjanie nacierają w kierunku Pokrowska.") == {
        "Pokrowska": "pokrovsk"
    }
    # German "Richtung" is a preposition of its own
    assert _placed(front, "de", "Angriffe Richtung Kurachowe wurden abgewehrt.") == {
        "Kurachowe": "kurakhove"
    }
    # without the preposition the word for a side is no cue for a small town
    assert _placed(front, "uk", "Ворог наступав у бік Гуляйполя.") == {"Гуляйполя": "huliaipole"}
    assert _placed(front, "uk", "Обидва боки Гуляйполя постраждали.") == {}
