"""Mechanisms of the third issue-18 step (``bench/languages`` dev halves).

Each test runs one mechanism on a tiny gazetteer: a country is never a stray
pick, a river's own name over the villages named after it, German "vor" takes a
town by its own name only, and a word for an admin unit before a name ("Provinz
Idlib", "province d'Idlib") names the unit.
"""

from __future__ import annotations

import pytest
import spacy

from geomap.gazetteer import Gazetteer
from geomap.nlp.coherence import stray_picks
from geomap.nlp.local import LocalToponymRecognizer
from geomap.nlp.local_filters import over_namesakes
from geomap.nlp.local_reading import reading
from geomap.nlp.registry import resolver_weights
from geomap.nlp.resolver import ToponymResolver
from geomap.records import Candidate, Place


def _place(
    pid: str, name: str, ftype: str, cc: str | None, pop: int = 0, code: str = "", lon: float = 10.0
) -> Place:
    return Place(pid, name, ftype, cc, None, pop, lon, 50.0, "curated", feature_code=code)


def test_a_country_reached_by_a_guessed_ending_is_no_stray() -> None:
    poland = _place("pl", "Poland", "country", "PL", 38_000_000, "PCLI", 19.0)
    qatar = _place("qa", "Qatar", "country", "QA", 2_800_000, "PCLI", 51.2)
    us = _place("us", "United States", "country", "US", 330_000_000, "PCLI", -98.0)
    picks = {"polska": (poland, 0.9), "katar": (qatar, 0.9), "stany": (us, 0.8)}
    cands = {
        "polska": [Candidate(poland, "name")],
        "katar": [Candidate(qatar, "name")],
        "stany": [Candidate(us, "alternate")],  # "Stanów Zjednoczonych": a guessed nominative
    }
    assert stray_picks(picks, cands) == set()
    # a town known only by another place's alternate name, as far away, still is one
    town = _place("t", "Stany", "city", "US", 50_000, "PPL", -98.0)
    picks_t = {**picks, "stany": (town, 0.8)}
    assert stray_picks(picks_t, {**cands, "stany": [Candidate(town, "alternate")]}) == {"stany"}


@pytest.fixture(scope="module")
def rivers() -> Gazetteer:
    places = [
        _place("volga", "Volga", "water", None, 0, "river"),
        _place("volgat", "Volga", "city", "RU", 3_500, "PPL"),
        _place("danube", "Danube", "water", None, 0, "river"),
        _place("dunay", "Dunay", "city", "RU", 8_400, "PPL"),
        _place("ural", "Ural", "water", None, 0, "river"),
        _place("uralsk", "Ural", "city", "KZ", 250_000, "PPLA"),
    ]
    local = [
        ("ru", "Волга", "volga"),
        ("ru", "Волга", "volgat"),
        ("uk", "Дунай", "danube"),
        ("uk", "Дунай", "dunay"),
        ("ru", "Урал", "ural"),
        ("ru", "Урал", "uralsk"),
    ]
    return Gazetteer.from_places(places, local_names=local)


def _kept(gz: Gazetteer, lang: str, text: str, start: int) -> set[str]:
    span = spacy.blank(lang)(text)[start : start + 1]
    return {c.place.place_id for c in over_namesakes(list(gz.candidates(span.text, lang)), [span])}


def test_a_river_outranks_the_villages_named_after_it(rivers: Gazetteer) -> None:
    assert _kept(rivers, "ru", "Открыт мост через Волгу .", 3) == {"volga"}
    assert _kept(rivers, "uk", "склади в порту Ізмаїла на Дунаї", 5) == {"danube"}
    # read as a town ("в Волге" after a town's preposition), the village stays
    assert _kept(rivers, "ru", "Он живёт в Волге .", 3) == {"volga", "volgat"}
    # a city of 20,000 or more is a real rival
    assert _kept(rivers, "ru", "Мост через Урал .", 2) == {"ural", "uralsk"}
    resolve = ToponymResolver(rivers, resolver_weights(), rounds=2)
    nlp = spacy.blank("uk")
    nlp.add_pipe("sentencizer")
    doc = resolve(LocalToponymRecognizer(rivers)(nlp("Пошкоджено склади в порту на Дунаї.")))
    assert {s.text: s._.place.place_id for s in doc.spans["toponyms"]} == {"Дунаї": "danube"}


def test_german_vor_takes_a_town_by_its_own_name_only() -> None:
    gz = Gazetteer.from_places(
        [
            _place("lindau", "Lindau", "city", "DE", 24_500, "PPLA3"),
            _place("augen", "Augen District", "admin2", "DE", 2_400, "ADM2"),  # alternate "Augen"
        ]
    )

    def found(text: str) -> list[str]:
        nlp = spacy.blank("de")
        nlp.add_pipe("sentencizer")
        doc = LocalToponymRecognizer(gz)(nlp(text))
        return [s.text for s in doc.spans["toponyms"]]

    assert found("Das Schiff lief vor Lindau auf Grund.") == ["Lindau"]
    assert found("Er hatte das Ziel immer vor Augen.") == []  # an idiom, an alternate name
    assert found("Sie wohnt in Augen.") == ["Augen"]  # "in" takes it as before


def test_a_german_nouns_inflected_form_takes_a_town_by_its_own_name_only() -> None:
    gz = Gazetteer.from_places(
        [
            _place("buus", "Buus", "city", "CH", 1_000, "PPL"),
            _place("siegen", "Siegen", "city", "DE", 100_000, "PPLA3"),
        ],
        other_names=[("Busse", "buus", "alternate")],
    )
    assert [(c.place.place_id, c.match) for c in gz.candidates("Busse", "de")] == [
        ("buus", "alternate")
    ]

    def found(text: str) -> list[str]:
        nlp = spacy.blank("de")
        nlp.add_pipe("sentencizer")
        doc = LocalToponymRecognizer(gz)(nlp(text))
        return [s.text for s in doc.spans["toponyms"]]

    assert found("Pendler weichen auf Busse aus.") == []  # buses ("Bus"), not Buus
    assert found("Sie wohnt in Buus.") == ["Buus"]
    # a town whose name is also a noun's form ("Sieg") keeps its own name
    assert found("Der Zug fährt nach Siegen.") == ["Siegen"]


def test_a_word_for_an_admin_unit_before_a_name_names_the_unit() -> None:
    places = [
        Place("idlib", "Idlib", "city", "SY", "01", 130_000, 36.6, 35.9, "curated",
              feature_code="PPLA", admin1_code="01"),
        Place("idlibg", "Idlib", "admin1", "SY", None, 430_000, 36.5, 35.8, "curated",
              feature_code="ADM1", admin1_code="01"),
    ]  # fmt: skip
    gz = Gazetteer.from_places(places)
    resolve = ToponymResolver(gz, resolver_weights(), rounds=2)
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    doc = resolve(LocalToponymRecognizer(gz)(nlp("Die Provinz Idlib wurde bombardiert.")))
    assert {s.text: s._.place.place_id for s in doc.spans["toponyms"]} == {
        "Provinz Idlib": "idlibg"
    }
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    doc = nlp("Des frappes ont visé la province d'Idlib hier.")
    doc = resolve(LocalToponymRecognizer(gz)(doc))
    # the unit's word with "d'" and the name, whole, as "Provinz Idlib" and "région de Soumy"
    assert {s.text: s._.place.place_id for s in doc.spans["toponyms"]} == {
        "province d'Idlib": "idlibg"
    }
    doc = resolve(LocalToponymRecognizer(gz)(nlp("Des frappes ont visé la ville d'Idlib hier.")))
    assert {s.text: s._.place.place_id for s in doc.spans["toponyms"]} == {"Idlib": "idlib"}


def test_a_name_closing_an_organisations_name_is_no_place() -> None:
    places = [
        _place("sahel", "Sahel", "region", None, 0, "RGN"),
        _place("ua", "Ukraine", "country", "UA", 41_000_000, "PCLI"),
        _place("am", "Armenia", "country", "AM", 3_000_000, "PCLI"),
    ]
    local = [("pl", "Sahel", "sahel"), ("uk", "Україна", "ua"), ("pl", "Armenia", "am")]
    gz = Gazetteer.from_places(places, local_names=local)

    def found(lang: str, text: str) -> list[str]:
        nlp = spacy.blank(lang)
        nlp.add_pipe("sentencizer")
        doc = LocalToponymRecognizer(gz)(nlp(text))
        return [s.text for s in doc.spans["toponyms"]]

    assert found("pl", "Mali i Niger tworzą Sojusz Państw Sahelu od roku.") == []
    assert found("uk", "Компанія Нафтогаз України повідомила про видобуток.") == []
    # a title that opens the sentence after a dateline, or a preposition, keeps the place
    assert found("pl", "ERYWAŃ – Premier Armenii spotkał się z ministrem.") == ["Armenii"]
    assert found("pl", "Żołnierze wrócili z Sahelu w piątek.") == ["Sahelu"]


def test_a_lemma_that_is_another_places_name_is_left_to_it() -> None:
    from geomap.gazetteer.builder.local import local_rows
    from geomap.gazetteer.builder.model import Entry

    maine = Entry("maine", "Maine", "admin1", "US", -69.0, 45.0, "test")
    river = Entry("main", "Main", "water", None, 9.0, 50.0, "test")
    maine.add_local_name("Maine", "de")  # the lemmatiser reads it as "Main"
    river.add_local_name("Main", "de")
    assert ("de", "main") in maine.local
    rows = {(lang, key, pid) for lang, key, pid, _ in local_rows([maine, river])}
    assert ("de", "main", "main") in rows and ("de", "maine", "maine") in rows
    assert ("de", "main", "maine") not in rows  # "der Main" is the river
    # with no other place of that name, the lemma stays ("Maines" -> "Main" -> Maine)
    alone = {(lang, key, pid) for lang, key, pid, _ in local_rows([maine])}
    assert ("de", "main", "maine") in alone


def test_along_is_a_preposition_of_place() -> None:
    gz = Gazetteer.from_places(
        [_place("prut", "Prut", "water", None, 0, "river")], local_names=[("uk", "Прут", "prut")]
    )
    nlp = spacy.blank("uk")
    nlp.add_pipe("sentencizer")
    doc = LocalToponymRecognizer(gz)(nlp("Влада просить жителів сіл уздовж Прута готуватися."))
    assert [s.text for s in doc.spans["toponyms"]] == ["Прута"]
    doc = LocalToponymRecognizer(gz)(nlp("Влада просить жителів сіл Прута готуватися."))
    assert [s.text for s in doc.spans["toponyms"]] == []


def test_polish_from_under_and_from_over_are_prepositions_of_place() -> None:
    places = [
        _place("bakhmut", "Bakhmut", "city", "UA", 70_000, "PPLA2"),
        _place("vistula", "Vistula", "water", None, 0, "river"),
    ]
    local = [("pl", "Bachmut", "bakhmut"), ("pl", "Wisła", "vistula")]
    gz = Gazetteer.from_places(places, local_names=local)
    nlp = spacy.blank("pl")
    nlp.add_pipe("sentencizer")
    doc = LocalToponymRecognizer(gz)(nlp("Wojska wycofały się spod Bachmutu w nocy."))
    assert [s.text for s in doc.spans["toponyms"]] == ["Bachmutu"]
    assert reading(doc[4:5])[0] == "GPE"  # a town's preposition
    doc = nlp("Chmury nadciągnęły znad Wisły wieczorem.")
    assert reading(doc[3:4])[0] == "LOC"  # a bank's


def test_a_river_and_a_village_both_reached_by_a_guessed_ending() -> None:
    places = [
        _place("tobol", "Tobol", "water", None, 0, "river"),
        _place("tobolt", "Tobol", "city", "KZ", 7_000, "PPL"),
        _place("oder", "Oder", "water", None, 0, "river"),
        _place("odry", "Odry", "city", "PL", 7_000, "PPL"),
    ]
    local = [("ru", "Тобол", "tobol"), ("ru", "Тобол", "tobolt"), ("pl", "Odra", "oder")]
    gz = Gazetteer.from_places(places, local_names=local)
    # "Тоболе" -> "Тобол" for both: the river's name is matched as well as the village's
    assert _kept(gz, "ru", "Вода подошла к сёлам на Тоболе .", 5) == {"tobol"}
    # a village at home by its own name is not dropped for a river reached only by a guess
    # (a town abroad is: tests/test_namesakes_abroad.py)
    assert _kept(gz, "pl", "Fala przesuwa się w dół Odry .", 5) == {"odry"}
