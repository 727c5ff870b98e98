"""Russian and Ukrainian channel posts (issue 18, user69a A1, A3, A4, A5), tiny gazetteers.

A common noun capitalised as a body's first word is no small town abroad ("в Силах
оборони"); a town's own nominative is read without a preposition ("Купянск снова под
обстрелом", a one-word lead "Ізюм."); a town after a noun of an attack inside a location
entity ("Обстрел Лозовой"); a list whose members each open with a preposition ("у
Кременной и под Лиманом"); a city's district named after another city is no such city
("в Киевском районе города").
"""

from __future__ import annotations

import pytest
import spacy

from geomap.gazetteer import Gazetteer
from geomap.nlp.local_towns import common_noun_abroad
from geomap.nlp.local_words import listed_positions
from geomap.nlp.nominative_towns import label_line
from geomap.records import Candidate, Place
from tests.local_recognise import recognise


def _place(pid: str, name: str, cc: str, pop: int, code: str = "PPL") -> Place:
    return Place(pid, name, "city", cc, None, pop, 37.0, 49.0, "t", feature_code=code)


@pytest.fixture(scope="module")
def towns() -> Gazetteer:
    places = [
        _place("selah", "Selah", "US", 7_700),
        _place("balakliia", "Balakliia", "UA", 26_000),
        _place("kupiansk", "Kupiansk", "UA", 27_000, "PPLA2"),
        _place("izium", "Izium", "UA", 45_000, "PPLA2"),
        _place("lozova", "Lozova", "UA", 54_000, "PPLA2"),
        _place("kreminna", "Kreminna", "UA", 18_000),
        _place("lyman", "Lyman", "UA", 20_000),
        _place("kyiv", "Kyiv", "UA", 2_900_000, "PPLC"),
        _place("kharkiv", "Kharkiv", "UA", 1_400_000, "PPLA"),
    ]
    local = [
        # GeoNames lists "Сила" among Selah's names (no language): indexed in both
        ("uk", "Сила", "selah"), ("ru", "Сила", "selah"),
        ("uk", "Балаклія", "balakliia"), ("ru", "Купянск", "kupiansk"),
        ("uk", "Куп'янськ", "kupiansk"), ("uk", "Ізюм", "izium"), ("ru", "Лозовая", "lozova"),
        ("ru", "Кременная", "kreminna"), ("ru", "Лиман", "lyman"), ("ru", "Харьков", "kharkiv"),
        ("uk", "Харків", "kharkiv"), ("ru", "Киев", "kyiv"), ("uk", "Київ", "kyiv"),
    ]  # fmt: skip
    return Gazetteer.from_places(places, local_names=local, aliases={"Kiev": "kyiv"})


def test_a_common_noun_is_no_small_town_abroad(towns: Gazetteer) -> None:
    text = "Під Балаклією знищено склад, заявили в Силах оборони."
    assert recognise(towns, "uk", text) == ["Балаклією"]
    # the same noun as a model's location entity is no town abroad either
    assert recognise(towns, "ru", "Об этом заявили в Силах обороны.", ((3, 4, "LOC"),)) == []


def test_only_small_towns_abroad_give_way_to_the_common_noun() -> None:
    doc = spacy.blank("uk")("в Силах і в Веначі")
    small = Candidate(_place("selah", "Selah", "US", 7_700), "alternate")
    big = Candidate(_place("big", "Sila", "US", 60_000), "alternate")
    home = Candidate(_place("syla", "Syla", "UA", 900), "alternate")
    assert common_noun_abroad(doc[1], [small], "uk")
    # a town abroad of GUESS_ABROAD people, or one where Cyrillic is written, stays a name
    assert not common_noun_abroad(doc[1], [small, big], "uk")
    assert not common_noun_abroad(doc[1], [small, home], "uk")
    # a word the lemmatiser reads as no common noun; a language not written in Cyrillic
    assert not common_noun_abroad(doc[4], [small], "uk")
    assert not common_noun_abroad(spacy.blank("pl")("Siłach")[0], [small], "pl")


def test_a_towns_own_nominative_without_a_preposition(towns: Gazetteer) -> None:
    assert recognise(towns, "uk", "Куп'янськ знову під обстрілом.") == ["Куп'янськ"]
    # natasha calls the subject a person: its own nominative is the town
    assert recognise(towns, "ru", "Купянск снова под обстрелом.", ((0, 1, "PER"),)) == ["Купянск"]
    assert recognise(towns, "ru", "Вечером Купянск снова под обстрелом.", ((1, 2, "PER"),)) == [
        "Купянск"
    ]
    # beside another capitalised word it is a name's part; an inflected form needs more
    assert recognise(towns, "ru", "Купянск Петров снова здесь.", ((0, 2, "PER"),)) == []
    assert recognise(towns, "ru", "Доклад Купянска продолжается.") == []
    # a word no model judged: only a town of MID_CITY people by its own name ("Щастя":
    # happiness, and a town of 12,000)
    gz = Gazetteer.from_places(
        [_place("shchastia", "Shchastia", "UA", 12_000)], local_names=[("uk", "Щастя", "shchastia")]
    )
    assert recognise(gz, "uk", "Щастя повернутися додому.") == []
    assert recognise(gz, "uk", "Щастя. Окупанти обстріляли місто.") == ["Щастя"]


def test_a_one_word_lead_names_its_town(towns: Gazetteer) -> None:
    text = "Ізюм. Окупанти обстріляли околиці міста."
    assert recognise(towns, "uk", text) == ["Ізюм"]
    nlp = spacy.blank("uk")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    assert label_line(doc[0]) and not label_line(doc[3])


def test_a_town_after_an_attack_noun_inside_a_location_entity(towns: Gazetteer) -> None:
    text = "Обстрел Лозовой: повреждено депо."
    assert recognise(towns, "ru", text, ((0, 2, "LOC"),)) == ["Лозовой"]


def test_each_member_of_a_list_may_open_with_a_preposition(towns: Gazetteer) -> None:
    text = "Бои у Кременной и под Лиманом не утихают."
    # natasha: "Кременной" a person, "Лиманом" a location
    assert recognise(towns, "ru", text, ((2, 3, "PER"), (5, 6, "LOC"))) == [
        "Кременной",
        "Лиманом",
    ]
    doc = spacy.blank("ru")(text)
    assert 2 in listed_positions(doc[5:6], "ru")
    # no preposition of place after the conjunction: no such list
    text2 = "Бои у Кременной и затем Лиманом."
    assert "Кременной" not in recognise(towns, "ru", text2, ((2, 3, "PER"),))


def test_a_district_named_after_another_city(towns: Gazetteer) -> None:
    assert recognise(towns, "ru", "Удар по Харькову: в Киевском районе города пожар.") == [
        "Харькову"
    ]
    assert recognise(towns, "uk", "Удар по Харкову: у Київському районі пожежа.") == ["Харкову"]
    # a word for a city after it, though no city is named
    assert recognise(towns, "ru", "В Киевском районе города пожар.") == []
    # alone, the district of its seat's name is read as before
    assert recognise(towns, "ru", "В Киевском районе пожар.") == ["Киевском районе"]


def test_german_list_members_after_a_preposition_need_more_than_a_capital() -> None:
    # "im Süden Äthiopiens und im Norden Kenias": German capitalises every noun, so a
    # word after "und im" is no list member by its capital alone (ru/uk lists are)
    from spacy.lang.de import German

    from geomap.nlp.local_words import listed_positions

    doc = German()("im Süden Äthiopiens und im Norden Kenias")
    assert listed_positions(doc[2:3], "de") == (4, 0)
    ru = spacy.blank("ru")("у Кременной и под Лиманом")
    assert 4 in listed_positions(ru[1:2], "ru")
