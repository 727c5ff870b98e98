"""A unit met through an ISO 3166-2 translation alone must be corroborated (issue 18).

iso-codes gives "Brest" as the German name of Belarus's Vitebsk region and the Altai
Republic's Ukrainian name for Sakha: without a check, "obwód witebski" and "Вітебська
область" became the Brest region's names and "Республика Саха" the Altai Republic's.
"""

from __future__ import annotations

from geomap.gazetteer.builder.iso_codes import Subdivision, subdivision
from geomap.gazetteer.builder.iso_corroboration import corroborated, naming_words
from geomap.gazetteer.builder.iso_names import _matches
from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.names import normalize_name


def _unit(pid: str, name: str, cc: str, *more: str) -> Entry:
    e = Entry(pid, name, "admin1", cc, 0.0, 0.0, "test")
    e.add_name(name, "name")
    for n in more:
        e.add_name(n, "alternate")
    return e


def _met(entries: dict[str, Entry], subs: list[Subdivision]) -> dict[str, str]:
    """Subdivision code -> the id of the unit it is matched to (no lemmatiser is loaded)."""
    return {sub.code: unit.place_id for sub, unit, _ in _matches(subs, entries)}


def test_a_wrong_translation_named_like_another_unit_gives_it_nothing() -> None:
    brest = _unit("b", "Brest", "BY", "Brest Oblast")
    vitebsk = _unit("v", "Vitebsk", "BY", "Vitebsk Oblast")
    sub = subdivision(
        "BY-VI",
        False,
        "Oblast",
        "Viciebskaja voblasć",
        {
            "de": "Brest",
            "fr": "Voblast de Vitebsk",
            "pl": "obwód witebski",
            "uk": "Вітебська область",
        },
    )
    entries = {"b": brest, "v": vitebsk}
    assert _met(entries, [sub]) == {}
    # the right subdivision still meets the unit by its own name
    brest_sub = subdivision("BY-BR", False, "Oblast", "Brest", {"pl": "obwód brzeski"})
    assert _met(entries, [sub, brest_sub]) == {"BY-BR": "b"}


def test_a_translation_two_subdivisions_share_goes_to_the_one_its_own_name_meets() -> None:
    altai = _unit("a", "Altai", "RU", "Altai Republic")
    altai.written.add(("uk", normalize_name("Республіка Алтай")))
    sakha = _unit("s", "Sakha", "RU", "Yakutia")
    subs = [
        subdivision("RU-AL", False, "Republic", "Altay, Respublika", {"uk": "Республіка Алтай"}),
        subdivision(
            "RU-SA",
            False,
            "Republic",
            "Saha, Respublika",
            {"pl": "Republika Sacha", "ru": "Республика Саха", "uk": "Республіка Алтай"},
        ),
    ]
    assert _met({"a": altai, "s": sakha}, subs) == {"RU-AL": "a"}


def test_a_translation_no_other_name_contradicts_is_kept() -> None:
    # GeoNames names Graubünden by its French name: only the French translation meets it
    grisons = _unit("g", "Grisons", "CH")
    ticino = _unit("t", "Ticino", "CH")
    sub = subdivision("CH-GR", False, "Canton", "Graubünden", {"fr": "Grisons", "ru": "Граубюнден"})
    assert _met({"g": grisons, "t": ticino}, [sub]) == {"CH-GR": "g"}


def test_one_other_name_naming_a_rival_does_not_overrule() -> None:
    centre = _unit("c", "Centre", "FR")
    loire = _unit("l", "Pays de la Loire", "FR")
    sub = subdivision(
        "FR-CVL",
        False,
        "Region",
        "Centre-Val de Loire",
        {"de": "Centre", "pl": "Region Centralny-Dolina Loary"},
    )
    assert corroborated(sub, centre, [centre, loire])
    two = subdivision(
        "FR-CVL", False, "Region", "Val de Loire", {"de": "Centre", "pl": "Loire-Tal"}
    )
    assert not corroborated(two, centre, [centre, loire])


def test_naming_words_are_a_units_own() -> None:
    units = [_unit("1", "Goygol Rayon", "AZ"), _unit("2", "Lachin Rayon", "AZ")]
    assert naming_words(units) == [{"goygol"}, {"lachin"}]
