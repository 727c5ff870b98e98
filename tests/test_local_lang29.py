"""Mechanisms found on the fresh dev articles of branch lang29 (issue 18).

The case endings of neuter town names, a river and a village both reached by a
guessed nominative, a town in a list the NER called a person, and the
breakaway areas' names in other languages.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from geomap.gazetteer.lemmas import ending_keys


def test_neuter_town_names_in_their_cases() -> None:
    # Russian towns in -о decline: "в Шебекине", "под Шебекином", "к Шебекину"
    assert "shebekino" in ending_keys("Шебекине", "ru")
    assert "shebekino" in ending_keys("Шебекином", "ru")
    assert "shebekino" in ending_keys("Шебекину", "ru")
    # Polish neuter towns take -em in the instrumental: "między Władysławowem a Helem"
    assert "wladyslawowo" in ending_keys("Władysławowem", "pl")


def test_breakaway_areas_get_their_names_in_other_languages(tmp_path: Path) -> None:
    from geomap.gazetteer.builder.disputed import SOURCE
    from geomap.gazetteer.builder.local import add_breakaway_names
    from geomap.gazetteer.builder.model import Entry

    source = tmp_path / SOURCE
    source.parent.mkdir(parents=True)
    features = [
        {"properties": {"BRK_NAME": "Abkhazia", "NAME_EN": "Abkhazia", "NAME_DE": "Abchasien",
                        "NAME_RU": "Абхазия"}},
        {"properties": {"BRK_NAME": "Nowhere", "NAME_EN": "Nowhere", "NAME_DE": "Nirgendwo"}},
    ]  # fmt: skip
    with gzip.open(source, "wt", encoding="utf-8") as fh:
        json.dump({"type": "FeatureCollection", "features": features}, fh)
    region = Entry("ab", "Abkhazia", "admin1", "GE", 41.0, 43.0, "test")
    town = Entry("abt", "Abkhazia", "city", "US", -90.0, 40.0, "test")  # never a town
    for e in (region, town):
        e.names["abkhazia"] = "name"
    assert add_breakaway_names({"ab": region, "abt": town}, tmp_path) == 2
    assert ("de", "abchasien") in region.local and ("ru", "abkhaziya") in region.local
    assert not town.local


def test_a_town_in_a_list_that_the_model_called_a_person() -> None:
    import spacy
    from spacy.tokens import Span

    from geomap.gazetteer import Gazetteer
    from geomap.nlp.local import LocalToponymRecognizer
    from geomap.records import Place

    places = [
        Place("sumy", "Sumy", "city", "UA", None, 260_000, 34.8, 50.9, "curated"),
        Place("konotop", "Konotop", "city", "UA", None, 85_000, 33.2, 51.2, "curated"),
    ]
    local = [("ru", "Сумы", "sumy"), ("ru", "Конотоп", "konotop")]
    gz = Gazetteer.from_places(places, local_names=local)
    nlp = spacy.blank("ru")
    nlp.add_pipe("sentencizer")

    def found(text: str, person: int) -> list[str]:
        doc = nlp(text)
        doc.ents = [Span(doc, person, person + 1, label="PER")]
        return [s.text for s in LocalToponymRecognizer(gz)(doc).spans["toponyms"]]

    assert found("Сообщили об ударах по Сумам и Конотопу .", 5) == ["Сумам", "Конотопу"]
    # a person's name beside no place stays a person
    assert found("Об этом сообщил Конотопу .", 3) == []


def test_a_region_named_after_its_city_with_cheena_after_a_d() -> None:
    from geomap.gazetteer.lemmas import admin_stem

    assert admin_stem("Белгородчины", "ru") == "belgorod"
    assert admin_stem("Новгородчине", "ru") == "novgorod"
    assert admin_stem("Харківщини", "uk") == "kharkiv"  # as before
    assert admin_stem("Мачине", "ru") is None  # no "d" before it: no such region


def test_a_guessed_nominative_reaches_a_mid_sized_town_abroad() -> None:
    from geomap.gazetteer import Gazetteer
    from geomap.records import Place

    places = [
        Place("larnaca", "Larnaca", "city", "CY", None, 72_000, 33.6, 34.9, "curated"),
        Place("deryneia", "Deryneia", "city", "CY", None, 6_000, 33.9, 35.1, "curated"),
    ]
    local = [("uk", "Ларнака", "larnaca"), ("uk", "Деринія", "deryneia")]
    gz = Gazetteer.from_places(places, local_names=local)
    # "матч у Ларнаці": the locative of a town of 72,000 abroad
    assert [c.place.place_id for c in gz.candidates("Ларнаці", "uk")] == ["larnaca"]
    # a small town abroad is still reached only by the name as written
    assert not gz.candidates("Деринії", "uk")
    assert [c.place.place_id for c in gz.candidates("Деринія", "uk")] == ["deryneia"]


def test_a_big_citys_name_is_the_city_not_the_unit_named_after_it() -> None:
    import spacy

    from geomap.gazetteer import Gazetteer
    from geomap.nlp.local_kinds import city_over_its_unit
    from geomap.records import Place

    places = [
        Place("nys", "New York", "admin1", "US", None, 19_000_000, -75.5, 42.9, "curated",
              feature_code="ADM1", admin1_code="NY"),
        Place("nyc", "New York City", "city", "US", None, 8_800_000, -74.0, 40.7, "curated",
              feature_code="PPL", admin1_code="NY"),
        Place("kh", "Kharkiv Oblast", "admin1", "UA", None, 2_600_000, 36.5, 49.5, "curated",
              feature_code="ADM1", admin1_code="07"),
        Place("khc", "Kharkiv", "city", "UA", None, 1_400_000, 36.2, 50.0, "curated",
              feature_code="PPLA", admin1_code="07"),
    ]  # fmt: skip
    local = [("pl", "Nowy Jork", "nys"), ("pl", "Nowy Jork", "nyc"), ("de", "Charkiw", "khc")]
    gz = Gazetteer.from_places(places, local_names=local)

    def kept(lang: str, text: str, start: int, end: int) -> set[str]:
        span = spacy.blank(lang)(text)[start:end]
        cands = list(gz.candidates(span.text, lang))
        return {c.place.place_id for c in city_over_its_unit(cands, [span])}

    assert kept("pl", "Rada zbierze się w Nowym Jorku .", 4, 6) == {"nyc"}
    # a word for a unit before the name keeps the unit
    assert kept("de", "Kämpfe im Gebiet Charkiw .", 2, 4) == {"kh"}


def test_the_genitive_of_a_plural_town_name() -> None:
    # "от Новозыбкова до Валуек", "из Химок", "у Люберец"
    assert "valuyki" in ending_keys("Валуек", "ru")
    assert "khimki" in ending_keys("Химок", "ru")
    assert "lyubertsy" in ending_keys("Люберец", "ru")
