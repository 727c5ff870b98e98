"""Mechanisms found on the generalisation set of issue 18 (``bench/languages``, ids 09-21).

Each test runs one mechanism on a tiny gazetteer: a guessed nominative beside
another place's alternate name, Ukrainian vowel alternation, a two-letter city
after a preposition, a list's reading carried to its next name, and a German
bank preposition that takes only rivers.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.builder.geonames import GeoRow, city_entry
from geomap.nlp.local import LocalToponymRecognizer
from geomap.nlp.local_context import local_candidates
from geomap.nlp.local_filters import natural_only, no_town
from geomap.nlp.local_reading import reading
from geomap.nlp.registry import resolver_weights
from geomap.nlp.resolver import ToponymResolver
from geomap.records import Place
from tests.local_recognise import recognise as _recognise


def _place(pid: str, name: str, ftype: str, cc: str | None, pop: int = 0, code: str = "") -> Place:
    return Place(pid, name, ftype, cc, None, pop, 10.0, 50.0, "curated", feature_code=code)


@pytest.fixture(scope="module")
def tiny() -> Gazetteer:
    places = [
        _place("lodz", "Łódź", "city", "PL", 768_000, "PPLA"),
        _place("lodi", "Lodzi County", "admin2", "US", 64_000, "ADM2"),  # alternate "Lodzi"
        _place("sieradz", "Sieradz", "city", "PL", 44_000, "PPLA2"),
        _place("sieradza", "Sieradza", "city", "PL", 1_100, "PPL"),
        _place("rih", "Kryvyi Rih", "city", "UA", 600_000, "PPLA2"),
        _place("osh", "Osh", "city", "KG", 322_000, "PPLA"),
        _place("mosul", "Mosul", "city", "IQ", 1_700_000, "PPLA"),
        _place("mosel", "Mosel", "water", None, 0, "river"),
        _place("niger", "Niger", "country", "NE", 24_000_000, "PCLI"),
        _place("nigerr", "Niger", "water", None, 0, "river"),
    ]
    local = [("de", "Mosel", "mosul")]
    return Gazetteer.from_places(places, local_names=local)


def _names(gz: Gazetteer, name: str, lang: str) -> list[str]:
    return [c.place.name for c in gz.candidates(name, lang)]


def test_a_nominative_is_guessed_beside_an_alternate_or_a_village(tiny: Gazetteer) -> None:
    # "Łodzi" is written as another place's alternate name; it is also Łódź's locative
    assert _names(tiny, "Łodzi", "pl")[0] == "Łódź"
    assert "Lodzi County" in _names(tiny, "Łodzi", "pl")
    # "Sieradza" is a village's own name and the genitive of the town Sieradz
    assert set(_names(tiny, "Sieradza", "pl")) == {"Sieradz", "Sieradza"}
    # a town's own name leaves no room for a guess
    assert _names(tiny, "Sieradz", "pl") == ["Sieradz"]


def test_ukrainian_closed_syllables_take_their_nominative_vowel(tiny: Gazetteer) -> None:
    assert _names(tiny, "Кривого Рогу", "uk") == ["Kryvyi Rih"]  # Рогу -> Ріг
    assert _names(tiny, "Кривого Рогу", "ru") == []  # Russian has no such alternation


def test_a_two_letter_city_needs_a_preposition(tiny: Gazetteer) -> None:
    assert _recognise(tiny, "ru", "Дорога пройдёт через Ош до границы.") == ["Ош"]
    assert _recognise(tiny, "ru", "Дорога Ош была закрыта.") == []
    assert _recognise(tiny, "ru", "Поезд идёт через ОШ до границы.") == []  # not a name's case


def test_a_list_reads_as_its_first_name() -> None:
    def read(lang: str, text: str, start: int, end: int) -> str:
        return reading(spacy.blank(lang)(text)[start:end])[0]

    assert read("pl", "Gminy nad Wartą i Notecią są zalane.", 4, 5) == "LOC"
    assert read("uk", "Обстріли в Харкові та Одесі тривають.", 4, 5) == "GPE"
    assert read("de", "Die Kreise an Mosel , Saar und Lahn warnen.", 7, 8) == "LOC"
    assert read("pl", "Wojsko i Notecią.", 2, 3) == "GAZ"  # a common noun before: no reading


def test_a_german_bank_preposition_takes_a_river(tiny: Gazetteer) -> None:
    resolve = ToponymResolver(tiny, resolver_weights(), rounds=2)
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    doc = nlp("Die Kreise an Mosel und Rhein warnen.")
    mosel = doc[3:4]
    assert [c.place.name for c in natural_only(tiny.candidates("Mosel", "de"), [mosel])] == [
        "Mosel"
    ]
    doc = resolve(LocalToponymRecognizer(tiny)(nlp("Die Kreise an der Mosel und in Bayern.")))
    assert {s.text: s._.place.name for s in doc.spans["toponyms"]} == {"Mosel": "Mosel"}
    # "an Niger" is also "to Niger": a country keeps its place
    niger = nlp("Waffen gehen an Niger.")[3:4]
    kept = natural_only(tiny.candidates("Niger", "de"), [niger])
    assert {c.place.name for c in kept} == {"Niger"} and len(kept) == 2


@pytest.fixture(scope="module")
def areas() -> Gazetteer:
    places = [
        _place("helsinki", "Helsinki", "city", "FI", 660_000, "PPLC"),
        _place("loire", "Loire", "water", None, 0, "river"),
        _place("europe", "Europe", "continent", None, 0, "CONT"),
        _place("ceu", "Central Europe", "region", None, 0, "RGN"),
        _place("amur", "Amur", "water", None, 0, "river"),
        _place("prut", "Prut", "water", None, 0, "river"),
        _place("thiant", "Tyan", "city", "FR", 3_000, "PPL"),
        _place("stade", "Stade", "city", "DE", 47_000, "PPLA3"),
    ]
    local = [("fr", "Europe centrale", "ceu"), ("ru", "Тянь", "thiant")]
    return Gazetteer.from_places(places, local_names=local)


def _with_entities(
    gz: Gazetteer, lang: str, text: str, ents: list[tuple[int, int, str]]
) -> list[str]:
    """Recognise ``text`` with the model's entities given as token ranges."""
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    return [s.text for s in LocalToponymRecognizer(gz)(doc).spans["toponyms"]]


def test_an_entity_loses_its_article_and_gains_the_word_the_model_left(areas: Gazetteer) -> None:
    # "La Loire": the river, not a part the prominent-only rule rejects
    assert _with_entities(areas, "fr", "La Loire a baissé.", [(0, 2, "LOC")]) == ["Loire"]
    # "l'Europe centrale": the model stopped before the adjective
    found = _with_entities(areas, "fr", "Il pleut sur l'Europe centrale.", [(3, 5, "LOC")])
    assert found == ["Europe centrale"]
    # "Амуре напротив": a function word the model ran into the name
    found = _with_entities(areas, "ru", "Город стоит на Амуре напротив Китая.", [(3, 5, "LOC")])
    assert found == ["Амуре"]
    # an adjective of the name stays: "Stade brestois" is a club, no town Stade
    assert _with_entities(areas, "fr", "Le Stade brestois gagne.", [(1, 3, "LOC")]) == []


def test_a_dateline_the_model_calls_an_organisation_is_read(areas: Gazetteer) -> None:
    found = _with_entities(areas, "fr", "HELSINKI – La Finlande ferme.", [(0, 1, "ORG")])
    assert found == ["HELSINKI"]
    # an organisation elsewhere stays blocked
    assert _with_entities(areas, "fr", "Le groupe Helsinki a dit non.", [(2, 3, "ORG")]) == []


def test_no_name_is_cut_out_of_a_hyphenated_word(areas: Gazetteer) -> None:
    # the whole word, which "горах" names as a range (nlp/kind_named.py), never "Тянь"
    assert _recognise(areas, "ru", "Река берёт начало в горах Тянь-Шаня.") == ["Тянь-Шаня"]
    assert _recognise(areas, "ru", "Он приехал в Тянь вчера.") == ["Тянь"]


def test_a_river_is_named_inside_a_sentence_without_a_preposition(areas: Gazetteer) -> None:
    assert _recognise(areas, "uk", "Через зливи вийшов з берегів Прут уночі.") == ["Прут"]
    assert _recognise(areas, "uk", "Прут вийшов з берегів.") == []  # a sentence's first word


@pytest.fixture(scope="module")
def waters() -> Gazetteer:
    places = [
        _place("aral", "Aral Sea", "water", None, 0, "lake"),
        _place("araltown", "Aral", "city", "KZ", 33_000, "PPLA2"),
        _place("onega", "Lake Onega", "water", None, 0, "lake"),
        _place("ladoga", "Lake Ladoga", "water", None, 0, "lake"),
        _place("kola", "Kola Peninsula", "landform", None, 0, "pen/cape"),
        _place("kolatown", "Kola", "city", "RU", 10_000, "PPLA2"),
    ]
    local = [
        ("ru", "Аральское море", "aral"),
        ("ru", "Арал", "araltown"),
        ("ru", "Онежское озеро", "onega"),
        ("ru", "Ладога", "ladoga"),
        ("fr", "péninsule de Kola", "kola"),
        ("fr", "Kola", "kolatown"),
    ]
    return Gazetteer.from_places(places, local_names=local)


def test_russian_genitives_of_neuter_names_are_guessed(waters: Gazetteer) -> None:
    assert _names(waters, "Онежского озера", "ru") == ["Lake Onega"]  # -ого -> -ое, -а -> -о
    assert _names(waters, "Ладоге", "ru") == ["Lake Ladoga"]


def test_a_name_with_its_kind_word_is_that_kind(waters: Gazetteer) -> None:
    nlp = spacy.blank("ru")
    sea = nlp("Река впадает в Аральское море.")[3:5]
    kept = natural_only(waters.candidates("Аральское море", "ru"), [sea])
    assert [c.place.name for c in kept] == ["Aral Sea"]
    # a lake by its genitive and the word "озеро", lowercase
    found = _recognise(waters, "ru", "Посёлки на берегу Онежского озера без света.")
    assert found == ["Онежского озера"]


def test_an_entity_gains_the_word_of_its_kind_before_it(waters: Gazetteer) -> None:
    text = "Pour Stockholm, la péninsule de Kola reste la menace."
    assert _with_entities(waters, "fr", text, [(4, 7, "LOC")]) == ["péninsule de Kola"]
    assert _with_entities(waters, "fr", text, [(6, 7, "LOC")]) == ["péninsule de Kola"]
    # a river's guessed name is taken as the model's entity after a preposition
    found = _with_entities(waters, "ru", "На Ладоге запретили рыбалку.", [(1, 2, "LOC")])
    assert found == ["Ладоге"]


def test_the_shipped_gazetteer_names_eastern_waters_and_regions() -> None:
    """The curated names of issue 18's generalisation step reach their entries by lemma."""
    gz = Gazetteer.open()

    def first(name: str, lang: str) -> str | None:
        found = gz.candidates(name, lang)
        return found[0].place.name if found else None

    assert first("Каховське водосховище", "uk") == "Kakhovka Reservoir"
    assert first("Górskim Karabachu", "pl") == "Nagorno-Karabakh"
    assert first("Буковині", "uk") == "Bukovina"
    assert first("Енисее", "ru") == "Yenisey"
    assert first("Lappland", "de") == "Lapland"
    assert "Alps" in {c.place.name for c in gz.candidates("Alpen", "de")}


def _row(name: str, cc: str, population: int) -> GeoRow:
    return GeoRow("1", name, name, (), 52.7, 15.2, "P", "PPLA", cc, "", "", population, "")


def test_a_qualified_town_is_indexed_by_its_first_word_in_its_language() -> None:
    gorzow = city_entry(_row("Gorzów Wielkopolski", "PL", 120_000))
    assert ("pl", "gorzow") in gorzow.local and gorzow.local[("pl", "gorzow")] == "alternate"
    assert "gorzow" not in gorzow.names  # English lookups are unchanged
    frankfurt = city_entry(_row("Frankfurt (Oder)", "DE", 57_000))
    assert ("de", "frankfurt") in frankfurt.local
    assert not [k for k in city_entry(_row("Nowy Sącz", "PL", 83_000)).local if k[0] == "pl"]
    assert not city_entry(_row("Kostrzyn nad Odrą", "PL", 900)).local  # a village keeps its name


def test_an_article_or_french_en_rules_out_a_town() -> None:
    gz = Gazetteer.from_places(
        [
            _place("corsica", "Corsica", "landform", None, 0, "island"),
            _place("corse", "Corse", "city", "GB", 1_200, "PPL"),
            _place("lehavre", "Le Havre", "city", "FR", 170_000, "PPLA3"),
            _place("havre", "Havre", "region", None, 0, "RGN"),
        ],
        local_names=[("fr", "Corse", "corsica")],
    )
    nlp = spacy.blank("fr")

    def kept(text: str, start: int, name: str) -> set[str]:
        span = nlp(text)[start : start + 1]
        return {c.place.name for c in no_town(gz.candidates(name, "fr"), [span])}

    assert kept("Il pleut en Corse.", 3, "Corse") == {"Corsica"}
    assert kept("Il vit à Corse.", 3, "Corse") == {"Corsica", "Corse"}  # "à" takes towns
    # "au Havre" is Le Havre: French fused the town's article into the preposition
    assert "Le Havre" in {c.place.name for c in local_candidates(gz, nlp("Il vit au Havre.")[3:4])}
    span = nlp("Il vit au Havre.")[3:4]
    assert no_town(local_candidates(gz, span), [span])[0].place.name == "Le Havre"


def test_a_bank_or_a_delta_names_a_river() -> None:
    assert reading(spacy.blank("uk")("обстріляли з лівого берега Дніпра")[4:5])[0] == "LOC"
    assert reading(spacy.blank("uk")("бої в дельті Дніпра")[3:4])[0] == "LOC"
