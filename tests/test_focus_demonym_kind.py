"""A name the gazetteer lacks goes where its own words say it lies, not to the focus.

"the Romanian village of Plauru" in a story from a Ukrainian port lies in Romania: in
the Romanian unit its sentence names, else in Romania when the focus is far from it;
"Plauru, a hamlet of a few dozen houses in Tulcea County" lies in the county.
"""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_focus_demonym_kind_gazetteer.v1",
    [
        place("1", "Kelvaro", "city", "UA", 70_000, lon=28.8, lat=45.3),
        place("2", "Ruvania", "country", "RO", 19_000_000, lon=25.0, lat=46.0),
        place("3", "Tulvar County", "admin1", "RO", 200_000, lon=28.8, lat=45.1),
        place("4", "Ukrania", "country", "UA", 40_000_000, lon=31.0, lat=49.0),
    ],
    demonyms={"Ruvanian": "2", "Ukranian": "4"},
)


def _placed(text: str, names: list[str]) -> dict[str, tuple[str | None, str | None]]:
    out = GAZ.resolve_named(text, names)
    return {m.text: (m.place.place_id if m.place else None, m.located_by) for m in out}


def test_a_demonyms_village_goes_to_that_countrys_unit_its_sentence_names() -> None:
    text = (
        "Drones struck Kelvaro. Kelvaro burned. Debris fell near the Ruvanian village of "
        "Zorvik, across the river in Tulvar County."
    )
    out = _placed(text, ["Kelvaro", "Zorvik", "Tulvar County"])
    assert out["Zorvik"] == ("3", "focus")


def test_without_a_unit_it_goes_to_the_country_when_the_country_is_far() -> None:
    # the tiny gazetteer has no shapes: the country counts as far from the focus
    text = "Drones struck Kelvaro. Kelvaro burned. Debris fell near the Ruvanian border village Zorvik."  # noqa: E501
    assert _placed(text, ["Kelvaro", "Zorvik"])["Zorvik"] == ("2", "focus")


def test_the_focus_countrys_demonym_leaves_the_focus() -> None:
    text = "Drones struck Kelvaro. Kelvaro burned. Debris fell near the Ukranian village of Zorvik."
    assert _placed(text, ["Kelvaro", "Zorvik"])["Zorvik"] == ("1", "focus")


def test_a_hamlet_of_some_houses_in_a_unit_lies_in_the_unit() -> None:
    text = (
        "Drones struck Kelvaro. Kelvaro burned. Debris fell near Zorvik, a hamlet of a few "
        "dozen houses in Tulvar County."
    )
    assert _placed(text, ["Kelvaro", "Zorvik", "Tulvar County"])["Zorvik"] == ("3", "focus")
    # a clause, not an "of" phrase, between the noun and the unit says nothing
    text = (
        "Drones struck Kelvaro. Kelvaro burned. Debris fell near Zorvik, a hamlet where people "
        "fled, and in Tulvar County."
    )
    assert _placed(text, ["Kelvaro", "Zorvik", "Tulvar County"])["Zorvik"] == ("1", "focus")


def test_a_demonym_of_the_sentences_actors_says_nothing_of_the_village() -> None:
    # "Russian troops captured the village of X in eastern Ukraine" went to Russia
    text = "Drones struck Kelvaro. Kelvaro burned. Ruvanian troops shelled the village of Zorvik."
    assert _placed(text, ["Kelvaro", "Zorvik"])["Zorvik"] == ("1", "focus")
