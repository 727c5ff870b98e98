"""Mechanisms of the fifth issue-18 generalisation step (branch ``lang39``).

A Ukrainian or Russian fleeting vowel is guessed back ("Козельця" -> Козелець); a
river's own name natasha calls a person is the river by the town after it ("Оби у
Барнаула"); a French entity that opens with a common noun names the town after its
"de" ("la ligne de Sarreguemines").  A preposition governs the list it opens,
whether or not its first name is known ("w Korczowej i Medyce"); a German compound
noun's last part names a kind of place ("den Donauhafen Ismajil", "der Grenzfluss
Oder"); a run of words never ends in a lowercase function word ("accusé Moscou de
vouloir", "Plus de 150") and an elided French article before a common noun is no
name ("L’étang"); a river's namesake village abroad is no town read from a
preposition ("вода з Дунаю" in Ukrainian); French "au Québec" is the province and
"à Québec" the city, two names in one story; a German valley is named after its
town as well as its river ("im Zillertal", "Aostatal"); in Polish, Russian and
Ukrainian a home village's own name after a preposition is the village, however small
("w Hrebennem").
"""

from __future__ import annotations

import spacy

from geomap.gazetteer import Gazetteer
from geomap.nlp.local_context import compound_kind, local_candidates
from geomap.nlp.local_filters import no_town, over_namesakes
from geomap.nlp.local_reading import AREA_LABEL, reading
from geomap.nlp.name_groups import group_mentions, lemma_grouping
from geomap.records import Place
from tests.local_recognise import recognise as _recognise


def _place(pid: str, name: str, ftype: str, cc: str | None, pop: int, code: str) -> Place:
    return Place(pid, name, ftype, cc, None, pop, 20.0, 50.0, "t", code)


def test_a_preposition_governs_the_list_it_opens() -> None:
    gz = Gazetteer.from_places(
        [_place("medyka", "Medyka", "city", "PL", 2_800, "PPL")],
        local_names=[("pl", "Medyka", "medyka")],
    )
    # the first name is unknown; the second is a village that needs a preposition
    assert _recognise(gz, "pl", "Kierowcy jadą w Korczowej i Medyce stoją.") == ["Medyce"]
    assert _recognise(gz, "pl", "Kierowcy jadą w Medyce.") == ["Medyce"]
    # no preposition before the list, or a comma rather than a conjunction: no support
    assert _recognise(gz, "pl", "Kowalski i Medyce stoją.") == []
    assert _recognise(gz, "pl", "Byli w Korczowej , Medyce stoją.") == []


def test_a_german_compound_names_the_kind_of_place() -> None:
    gz = Gazetteer.from_places(
        [
            _place("izmail", "Izmail", "city", "UA", 70_000, "PPL"),
            _place("oder", "Oder", "water", None, 0, "STM"),
        ],
        local_names=[("de", "Ismajil", "izmail"), ("de", "Oder", "oder")],
    )
    text = "Die Drohnen flogen über den Donauhafen Ismajil."
    assert _recognise(gz, "de", text) == ["Ismajil"]
    assert _recognise(gz, "de", "Die Drohnen flogen über den Export Ismajil.") == []
    doc = spacy.blank("de")("Der Grenzfluss Oder trat über die Ufer.")
    assert reading(doc[2:3])[0] == AREA_LABEL
    assert compound_kind("hafenstadt", "de") == "city"
    assert compound_kind("grenzfluss", "de") == "water"
    assert compound_kind("ferieninsel", "de") == "landform"
    assert compound_kind("export", "de") is None  # "-port" is no "-ort"
    assert compound_kind("hafenstadt", "pl") is None


def test_a_run_of_words_never_ends_in_a_function_word() -> None:
    gz = Gazetteer.from_places(
        [
            _place("mow", "Moscow", "city", "RU", 10_000_000, "PPLC"),
            _place("wv", "West Virginia", "admin1", "US", 1_800_000, "ADM1"),
            _place("etang", "L'Étang", "city", "FR", 4_600, "PPL"),
        ],
        # names as the lemma index happens to key them: an alternate that ends in "de"
        local_names=[
            ("fr", "Moscou", "mow"),
            ("fr", "Moscou de", "mow"),
            ("fr", "Plus de", "wv"),
            ("fr", "L'étang", "etang"),
        ],
    )
    text = "La présidente a accusé Moscou de vouloir déstabiliser le pays."
    assert _recognise(gz, "fr", text, ((4, 5, "LOC"),)) == ["Moscou"]
    assert _recognise(gz, "fr", "Plus de 150 feux étaient actifs.") == []
    assert _recognise(gz, "fr", "Il pleut. L’étang déborde.") == []


def test_a_river_namesake_village_abroad_is_no_town_by_its_preposition() -> None:
    gz = Gazetteer.from_places(
        [
            _place("danube", "Danube", "water", None, 0, "STM"),
            _place("dunay", "Dunay", "city", "RU", 8_400, "PPL"),
        ],
        local_names=[("uk", "Дунай", "danube"), ("uk", "Дунай", "dunay")],
    )
    span = spacy.blank("uk")("У Вилковому вода з Дунаю підтопила двори .")[4:5]

    def kept(g: Gazetteer) -> set[str]:
        cands = list(g.candidates(span.text, "uk"))
        return {c.place.place_id for c in over_namesakes(cands, [span])}

    assert kept(gz) == {"danube"}  # "з" reads as a town's, but the village is in Russia
    home = Gazetteer.from_places(
        [_place("danube", "Danube", "water", None, 0, "STM"),
         _place("dunayua", "Dunay", "city", "UA", 3_000, "PPL")],
        local_names=[("uk", "Дунай", "danube"), ("uk", "Дунай", "dunayua")],
    )  # fmt: skip
    assert kept(home) == {"danube", "dunayua"}  # a village at home stays a town's reading


def test_a_fleeting_vowel_is_guessed_back() -> None:
    gz = Gazetteer.from_places(
        [_place("koz", "Kozelets", "city", "UA", 7_600, "PPL")],
        local_names=[("uk", "Козелець", "koz")],
    )
    assert [c.place.place_id for c in gz.candidates("Козельця", "uk")] == ["koz"]
    assert [c.place.place_id for c in gz.candidates("Козельці", "uk")] == ["koz"]
    assert [c.place.place_id for c in gz.candidates("Козельцем", "uk")] == ["koz"]


def test_a_river_named_as_a_person_by_a_town_is_the_river() -> None:
    gz = Gazetteer.from_places(
        [
            _place("ob", "Ob", "water", None, 0, "STM"),
            _place("barnaul", "Barnaul", "city", "RU", 630_000, "PPLA"),
            _place("smirnov", "Smirnovo", "city", "RU", 2_000, "PPL"),
        ],
        local_names=[
            ("ru", "Обь", "ob"),
            ("ru", "Барнаул", "barnaul"),
            ("ru", "Смирнов", "smirnov"),
        ],
    )
    text = "Уровень Оби у Барнаула поднялся ."
    assert _recognise(gz, "ru", text, ((1, 2, "PER"), (3, 4, "LOC"))) == ["Оби", "Барнаула"]
    # a person's name before a town stays a person, and so does the river's name alone
    text = "Сказал Смирнов у Барнаула ."
    assert _recognise(gz, "ru", text, ((1, 2, "PER"), (3, 4, "LOC"))) == ["Барнаула"]
    assert _recognise(gz, "ru", "Сказал Оби вчера .", ((1, 2, "PER"),)) == []


def test_a_river_named_by_a_town_is_the_river_when_no_entity_either() -> None:
    gz = Gazetteer.from_places(
        [
            _place("lena", "Lena", "water", None, 0, "STM"),
            _place("yak", "Yakutsk", "city", "RU", 300_000, "PPLA"),
        ],
        local_names=[("ru", "Лена", "lena"), ("ru", "Якутск", "yak")],
    )
    # natasha tags no entity on the river: its own name before "у" and a location entity
    text = "Лена у Якутска уже встала ."
    assert _recognise(gz, "ru", text, ((2, 3, "LOC"),)) == ["Лена", "Якутска"]
    # without the town after it the river's bare name is not taken
    assert _recognise(gz, "ru", "Лена уже встала у берега .") == []


def test_a_town_after_a_french_common_noun_in_an_entity() -> None:
    gz = Gazetteer.from_places(
        [_place("sarreg", "Sarreguemines", "city", "FR", 24_000, "PPL")],
        local_names=[("fr", "Sarreguemines", "sarreg")],
    )
    text = "Elle veut rouvrir la ligne de Sarreguemines ."
    assert _recognise(gz, "fr", text, ((4, 7, "LOC"),)) == ["Sarreguemines"]
    # a capitalised entity is a name of its own: its parts are taken only when prominent
    text = "Elle veut rouvrir la Ligne de Sarreguemines ."
    assert _recognise(gz, "fr", text, ((4, 7, "LOC"),)) == []


def test_au_names_a_province_and_a_is_its_town() -> None:
    gz = Gazetteer.from_places(
        [
            _place("qc", "Québec", "city", "CA", 530_000, "PPLA"),
            _place("qcp", "Quebec", "admin1", "CA", 8_000_000, "ADM1"),
            _place("havre", "Le Havre", "city", "FR", 180_000, "PPL"),
        ],
        local_names=[("fr", "Québec", "qc"), ("fr", "Québec", "qcp")],
    )
    nlp = spacy.blank("fr")
    doc = nlp("Les feux brûlent au Québec , dit le ministre à Québec .")
    province, town = doc[4:5], doc[10:11]
    groups = group_mentions([province, town], lemma_grouping("fr"))
    assert sorted(len(g) for g in groups.values()) == [1, 1]  # two names, not one
    cands = list(gz.candidates("Québec", "fr"))
    assert {c.place.place_id for c in no_town(cands, [province], fused=False)} == {"qcp"}
    assert {c.place.place_id for c in no_town(cands, [town], fused=False)} == {"qc", "qcp"}
    # the gazetteer knows a town with the article: "au Havre" is Le Havre
    havre = nlp("Il vit au Havre .")[3:4]
    assert no_town(local_candidates(gz, havre), [havre], fused=True)[0].place.name == "Le Havre"
    # other languages group as before
    de = spacy.blank("de")("Feuer in Québec und Québec .")
    assert len(group_mentions([de[2:3], de[4:5]], lemma_grouping("de"))) == 1


def test_a_german_valley_is_named_after_its_town() -> None:
    gz = Gazetteer.from_places(
        [
            _place("mayr", "Mayrhofen", "city", "AT", 3_700, "PPL"),
            _place("aosta", "Aosta", "city", "IT", 35_000, "PPLA"),
            _place("por", "Por", "city", "IN", 2_000, "PPL"),
        ],
        local_names=[("de", "Zillertal", "mayr"), ("de", "Aosta", "aosta"), ("de", "Por", "por")],
    )
    text = "Die Hoteliers im Zillertal und im Aostatal klagen . Das Portal ist offen ."
    assert _recognise(gz, "de", text) == ["Zillertal", "Aostatal"]
    assert [c.place.place_id for c in gz.candidates("Aostatal", "de")] == ["aosta"]
    # after "im" a valley keeps its town, where a bare town name would lose it
    span = spacy.blank("de")("Die Hoteliers im Zillertal klagen .")[3:4]
    cands = list(gz.candidates("Zillertal", "de"))
    assert {c.place.place_id for c in no_town(cands, [span])} == {"mayr"}


def test_a_home_village_after_a_preposition_however_small() -> None:
    gz = Gazetteer.from_places(
        [_place("hreb", "Hrebenne", "city", "PL", 500, "PPL")],
        local_names=[("pl", "Hrebenne", "hreb")],
    )
    assert _recognise(gz, "pl", "Kolejki stoją w Hrebennem od rana .") == ["Hrebennem"]
    # no preposition: not taken
    assert _recognise(gz, "pl", "Kolejki stoją Hrebennem od rana .") == []
    # a village of that name abroad is not taken
    abroad = Gazetteer.from_places(
        [_place("hrebua", "Hrebenne", "city", "UA", 500, "PPL")],
        local_names=[("pl", "Hrebenne", "hrebua")],
    )
    assert _recognise(abroad, "pl", "Kolejki stoją w Hrebennem od rana .") == []
