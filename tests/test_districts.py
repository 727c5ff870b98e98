"""Abbreviated unit words, districts named after their seat, street names (issue 18)."""

from __future__ import annotations

import pytest
import spacy
from local_recognise import recognise

import geomap.nlp.sentences  # noqa: F401  (registers geomap_line_sentences)
from geomap.gazetteer import Gazetteer
from geomap.gazetteer.districts import (
    district_seat,
    district_stem,
    expand_abbreviations,
    names_district,
)
from geomap.nlp.local import LocalToponymRecognizer
from geomap.records import Place


def _place(pid: str, name: str, ftype: str, cc: str | None, pop: int = 0) -> Place:
    return Place(pid, name, ftype, cc, None, pop, 30.0, 50.0, "curated")


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    places = [
        _place("kirov", "Kirov Oblast", "admin1", "RU", 1_100_000),
        _place("silesia", "Silesia", "admin1", "PL", 4_300_000),
        _place("haisyn", "Haisyn", "city", "UA", 25_000),
        _place("ukrainka", "Ukrainka", "city", "UA", 14_000),
        _place("ua", "Ukraine", "country", "UA", 41_000_000),
        _place("kalisz", "Kalisz", "city", "PL", 100_000),
        _place("kalisz-pomorski", "Kalisz Pomorski", "city", "PL", 4_000),
        _place("loerrach", "Lörrach", "city", "DE", 47_000),
        _place("bz", "Berëznik", "city", "RU", 6_000),
        _place("bzk", "Berezniki", "city", "RU", 167_000),
        _place("kolomna", "Kolomna", "city", "RU", 140_000),
        _place("mira", "Mira", "city", "RU", 2_000),
        _place("kyiv", "Kyiv", "city", "UA", 2_900_000),
        _place("svobody", "Svobody", "city", "UA", 1_500),
        _place("bar", "Bar", "city", "UA", 15_000),
        _place("bary", "Bary", "city", "RU", 50_000),
        _place("barnaul", "Barnaul", "city", "RU", 630_000),
        _place("bh", "Barain", "country", "BH", 1_500_000),
        _place("shepetivka", "Shepetivka", "city", "UA", 40_000),
        _place("brelov", "Brelov", "city", "RO", 65_000),
        _place("brelov-county", "Brelov County", "admin1", "RO", 260_000),
        _place("yaremche", "Yaremche", "city", "UA", 8_000),
        _place("shostka", "Shostka", "city", "UA", 73_000),
        _place("vovchansk", "Vovchansk", "city", "UA", 17_000),
        _place("vovcha", "Vovcha", "city", "UA", 900),
    ]
    local = [
        ("ru", "Кировская область", "kirov"),
        ("pl", "województwo śląskie", "silesia"),
        ("ru", "Березник", "bz"),
        ("ru", "Березники", "bzk"),
        ("ru", "Коломна", "kolomna"),
        ("ru", "Мира", "mira"),
        ("uk", "Київ", "kyiv"),
        ("uk", "Свободи", "svobody"),
    ]
    return Gazetteer.from_places(
        places, local_names=local, other_names=[("Brelov", "brelov-county", "alternate")]
    )


def _names(gz: Gazetteer, name: str, lang: str) -> list[str]:
    return [c.place.name for c in gz.candidates(name, lang)]


def test_abbreviated_unit_words_are_written_in_full() -> None:
    assert expand_abbreviations("Кировской обл.", "ru") == "Кировской область"
    assert expand_abbreviations("pow. kaliskiego", "pl") == "powiat kaliskiego"
    assert expand_abbreviations("Сумського р-ну", "uk") == "Сумського район"
    # a word alone, or no abbreviation: the name as written
    assert expand_abbreviations("обл.", "ru") == "обл."
    assert expand_abbreviations("Kalisz", "pl") == "Kalisz"


def test_an_abbreviated_unit_finds_the_unit(gz: Gazetteer) -> None:
    assert _names(gz, "Кировской обл.", "ru") == ["Kirov Oblast"]
    assert _names(gz, "woj. śląskiego", "pl") == ["Silesia"]


def test_a_district_is_named_by_its_seats_adjective() -> None:
    assert district_stem("Гайсинського району", "uk") == "haisyn"
    assert district_stem("powiatu kaliskiego", "pl") == "kali"
    assert names_district("pow. kaliskiego", "pl")
    # "в районі Сновська" is "near Snovsk": Ukrainian writes the adjective first
    assert district_stem("районі Сновська", "uk") is None
    assert district_seat("Landkreis Lörrach", "de") == "Lörrach"
    assert district_seat("Lörrach", "de") is None


def test_a_district_the_gazetteer_lacks_is_placed_at_its_seat(gz: Gazetteer) -> None:
    assert _names(gz, "Гайсинського району", "uk") == ["Haisyn"]
    assert _names(gz, "pow. kaliskiego", "pl") == ["Kalisz"]  # the biggest "kali..." town
    assert _names(gz, "Landkreis Lörrach", "de") == ["Lörrach"]
    # a unit the name names itself: the word before it says the unit, not its seat town
    assert _names(gz, "Kreis Brelov", "de") == ["Brelov County"]
    # a country's adjective is no seat's: "Українська громада" is the Ukrainian community
    assert _names(gz, "Українська громада", "uk") == []


def test_a_district_in_the_locative_and_a_seat_by_its_whole_stem(gz: Gazetteer) -> None:
    # the locative's ending goes before the adjective's ("-ському", "-ском")
    assert district_stem("Шепетівському районі", "uk") == "shepetiv"
    assert district_stem("Ольхонском районе", "ru") == "olkhon"
    assert _names(gz, "Шепетівському районі", "uk") == ["Shepetivka"]
    # "bar": the town that is the stem with a short ending at most, of the language's own
    # country first: Bar, not Barnaul (longer), Bary (Russian) or Barain (a longer country)
    assert _names(gz, "Барська громада", "uk") == ["Bar"]
    assert _names(gz, "Барській громаді", "uk") == ["Bar"]
    assert _names(gz, "Українська громада", "uk") == []


def test_a_seat_whose_adjective_adds_a_suffix_to_its_stem(gz: Gazetteer) -> None:
    # "Яремчанська" of Яремче, "Шосткинський" of Шостка: "-ан-", "-ин-" before the ending
    assert _names(gz, "Яремчанської громади", "uk") == ["Yaremche"]
    assert _names(gz, "Шосткинського району", "uk") == ["Shostka"]
    # only when the whole stem names no town: "vovchan" is Vovchansk, not Vovcha
    assert _names(gz, "Вовчанській громаді", "uk") == ["Vovchansk"]


def test_a_guessed_nominative_offers_a_town_ten_times_bigger(gz: Gazetteer) -> None:
    # "в Березниках": the lemma "Березник" is a village's name, "Березники" the city's
    assert "Berezniki" in _names(gz, "Березниках", "ru")


def test_a_unit_abbreviations_dot_ends_no_sentence() -> None:
    nlp = spacy.blank("pl")
    nlp.add_pipe("geomap_line_sentences")
    nlp.add_pipe("sentencizer")
    doc = nlp("Alarm obowiązuje w większości woj. śląskiego od środy. Potem pada.")
    assert len(list(doc.sents)) == 2


def test_a_polish_abbreviated_unit_is_recognised(gz: Gazetteer) -> None:
    nlp = spacy.blank("pl")
    nlp.add_pipe("geomap_line_sentences")
    nlp.add_pipe("sentencizer")
    doc = LocalToponymRecognizer(gz)(nlp("Strażacy z pow. kaliskiego pojechali do Kalisza"))
    assert [s.text for s in doc.spans["toponyms"]] == ["pow. kaliskiego", "Kalisza"]


def test_street_names_are_no_places(gz: Gazetteer) -> None:
    text = "Вода затопила подвалы на улице Мира в Коломне."
    # "Мира" as the model's location entity (token 5), and "Коломне" (token 7)
    assert recognise(gz, "ru", text, ents=((5, 6, "LOC"), (7, 8, "LOC"))) == ["Коломне"]
    # "вулиці" is also the plural: "the streets of Kyiv" are Kyiv's
    assert recognise(gz, "uk", "Тисячі людей вийшли на вулиці Києва.") == ["Києва"]
    assert recognise(gz, "uk", "Уламки впали на вулиці Свободи біля школи.") == []


@pytest.fixture(scope="module")
def towns() -> Gazetteer:
    places = [
        _place("sev", "Severnyy", "city", "RU", 200_000),
        _place("nyn", "Nynäshamn", "city", "SE", 14_000),
        _place("gda", "Gdańsk", "city", "PL", 460_000),
        _place("nord", "Norddeich", "city", "DE", 1_800),
        _place("zhov", "Zhovkva", "city", "UA", 13_000),
        _place("khm", "Khmelnytskyi", "city", "UA", 270_000),
    ]
    local = [
        ("ru", "Северный", "sev"),
        ("de", "Danzig", "gda"),
        ("uk", "Жовква", "zhov"),
        ("uk", "Хмельницький", "khm"),
    ]
    return Gazetteer.from_places(places, local_names=local)


def test_a_russian_adjective_of_an_unknown_name_is_no_town_of_its_own(towns: Gazetteer) -> None:
    # "в Северную Осетию": the model's entity is the whole name; its adjective alone
    # is the name of Severnyy, a town of 200,000 people
    text = "Осадки придут в Северную Осетию."
    assert recognise(towns, "ru", text, ents=((3, 5, "LOC"),)) == []
    # user64: "по Северному морскому пути", the Northern Sea Route, is no town either
    text = "Грузы пойдут по Северному морскому пути в Китай."
    assert recognise(towns, "ru", text, ents=((3, 6, "LOC"),)) == []


def test_a_german_article_before_a_countrys_adjective_supports_a_town(towns: Gazetteer) -> None:
    text = "Die Fähre zwischen Danzig und dem schwedischen Nynäshamn fährt wieder."
    assert recognise(towns, "de", text) == ["Danzig", "Nynäshamn"]


def test_more_prepositions_of_place(towns: Gazetteer) -> None:
    assert recognise(towns, "de", "Die Fähren ab Norddeich fielen aus.") == ["Norddeich"]
    assert recognise(towns, "uk", "Аварії сталися на дорозі навколо Жовкви.") == ["Жовкви"]


def test_an_adjective_an_agreeing_adjective_follows_is_no_town(towns: Gazetteer) -> None:
    # "у Хмельницькому обласному суді": two adjectives of one noun, an institution
    assert recognise(towns, "uk", "Справу розглянуть у Хмельницькому обласному суді.") == []
    assert recognise(towns, "uk", "А в Хмельницькому комунальники відкачують воду.") == [
        "Хмельницькому"
    ]
