"""Russian and Ukrainian initialisms of place names (issue 18): "ХМАО", "ЯНАО", "КНР"."""

from __future__ import annotations

from geomap.gazetteer.builder.initials import add_initialisms, initialisms
from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.lemmas import lookup_keys


def _unit(pid: str, ftype: str, names: list[tuple[str, str]]) -> Entry:
    e = Entry(pid, pid, ftype, "RU", 0.0, 0.0, "test")
    for lang, name in names:
        e.add_local_name(name, lang)
    return e


def test_initials_of_words_and_hyphenated_parts_whole_and_cut_after_the_unit_word() -> None:
    assert initialisms("khanty mansiyskiy avtonomnyy okrug yugra") == {"khmao", "khmaoyu"}
    assert initialisms("yamalo nenetskiy avtonomnyy okrug") == {"yanao"}
    assert initialisms("moskovskaya oblast") == set()  # two words: "МО" is no name


def test_an_initialism_is_the_units_alias_unless_shared_or_taken() -> None:
    khm = _unit("khm", "admin1", [("ru", "Ханты-Мансийский автономный округ — Югра")])
    yan = _unit("yan", "admin1", [("ru", "Ямало-Ненецкий автономный округ")])
    town = _unit("town", "city", [("ru", "Южно-Африканская Республика Сити")])
    twin = _unit("twin", "admin1", [("ru", "Ямало-Ненецкая автономная область")])
    assert add_initialisms([khm, yan, town, twin]) == 2  # "ХМАО", "ХМАОЮ"; "ЯНАО" twice
    (key,) = lookup_keys("ХМАО", "ru")
    assert khm.local[("ru", key)] == "alias"
    assert not any(k == "yanao" for _, k in yan.local) and not any(
        k == "yanao" for _, k in twin.local
    )
    assert not any(k == "yuars" for _, k in town.local)


def test_an_initialism_that_spells_a_word_is_left_out() -> None:
    car = _unit("car", "country", [("ru", "Центрально-Африканская Республика")])
    assert initialisms("tsentralno afrikanskaya respublika") == {"tsar"}
    assert add_initialisms([car]) == 0  # "ЦАР": the key of "Царь"
