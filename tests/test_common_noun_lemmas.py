"""A name the lemmatiser reads as a common noun also offers its guessed nominative's towns."""

from __future__ import annotations

import pytest

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.lemmas import common_lemma
from geomap.records import Place


def _town(pid: str, name: str, pop: int) -> Place:
    return Place(pid, name, "city", "RU", None, pop, 57.8, 28.3, "curated")


#: "у Печор": the genitive of Pechory (the plural), read by the lemmatiser as "печора"
PECHORA = _town("pechora", "Pechora", 46_000)
PECHORY = _town("pechory", "Pechory", 13_000)
#: "в Пскове": a name the lemmatiser knows; "Псково" is a (made-up) village's name
PSKOV = _town("pskov", "Pskov", 190_000)
PSKOVO = _town("pskovo", "Pskovo", 2_000)


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    places = [PECHORA, PECHORY, PSKOV, PSKOVO]
    names = ["Печора", "Печоры", "Псков", "Псково"]
    return Gazetteer.from_places(
        places, local_names=[("ru", n, p.place_id) for n, p in zip(names, places, strict=True)]
    )


def _ids(gz: Gazetteer, name: str) -> list[str]:
    return [c.place.place_id for c in gz.candidates(name, "ru")]


def test_the_lemmatiser_reads_a_common_noun() -> None:
    assert common_lemma("Печор", "ru")  # "печора"
    assert not common_lemma("Пскове", "ru")  # "Псков", a proper noun
    assert not common_lemma("Нижнем Новгороде", "ru")  # one word only


def test_a_common_noun_lemma_offers_the_guessed_town(gz: Gazetteer) -> None:
    ids = _ids(gz, "Печор")
    assert ids[0] == "pechora"  # the lemma's town first
    assert "pechory" in ids  # the plural's nominative, for the article to choose


def test_a_proper_lemma_offers_no_guess(gz: Gazetteer) -> None:
    assert _ids(gz, "Пскове") == ["pskov"]
