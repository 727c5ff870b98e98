"""A town named with its unit goes there when the gazetteer lacks it there ("Croft, Yorkshire")."""

from __future__ import annotations

from dataclasses import replace

from geomap.nlp.unit_towns import inside_unit
from geomap.records import Place
from tests.blank_geoparse import TinyGazetteer, place


def _in(p: Place, code: str) -> Place:
    """``p`` in the admin-1 unit ``code``."""
    return replace(p, admin1_code=code)


GAZ = TinyGazetteer(
    "geomap.test_unit_towns_gazetteer.v1",
    [
        place("1", "Britland", "country", "GB", 66_000_000, lon=-2.0, lat=54.0),
        _in(place("2", "Northshire", "admin2", "GB", 480_000, lon=-1.3, lat=54.1), "ENG"),
        _in(place("3", "Crofton", "city", "GB", 1_800, lon=-2.5, lat=53.4), "ENG"),
        _in(place("4", "Rockham", "city", "US", 9_000, lon=-72.5, lat=43.2), "VT"),
        _in(place("5", "Rockham", "city", "GB", 600, lon=-1.4, lat=54.3), "ENG"),
        _in(place("6", "Vermark", "admin1", "US", 600_000, lon=-72.7, lat=44.0), "VT"),
        _in(place("7", "Dalby", "city", "US", 5_000, lon=-72.6, lat=44.1), "VT"),
        _in(place("8", "Dalby", "city", "AU", 12_000, lon=151.3, lat=-27.2), "04"),
        _in(place("9", "Leeham", "city", "GB", 790_000, lon=-1.5, lat=53.8), "ENG"),
        _in(place("10", "Texia", "admin1", "US", 29_000_000, lon=-99.0, lat=31.0), "TX"),
        _in(place("11", "Bordon", "city", "CA", 2_000, lon=-72.5, lat=45.1), "10"),
        place("12", "Amerland", "country", "US", 330_000_000, lon=-98.0, lat=39.0),
    ],
)


def _picks(text: str, names: list[str]) -> dict[str, tuple[str | None, str | None]]:
    return {
        m.text: (m.place.place_id if m.place else None, m.located_by)
        for m in GAZ.resolve_named(text, names)
    }


def test_a_village_known_only_elsewhere_goes_to_its_county() -> None:
    """The only Crofton lies 110 km from Northshire's point: the village is the county's."""
    got = _picks("The next race is at Crofton, Northshire in June.", ["Crofton", "Northshire"])
    assert got["Crofton"] == ("2", "focus")
    assert got["Northshire"] == ("2", "name")


def test_a_namesake_inside_the_unit_stays_chosen() -> None:
    """Rockham, Vermont is the bigger; Rockham, Northshire is the one in the county."""
    got = _picks("Rockham, Northshire hosts the final.", ["Rockham", "Northshire"])
    assert got["Rockham"] == ("5", "name")


def test_a_town_in_its_admin1_unit_stays() -> None:
    got = _picks("Dalby, Vermark is quiet.", ["Dalby", "Vermark"])
    assert got["Dalby"] == ("7", "name")


def test_without_a_qualifier_the_ranker_decides() -> None:
    got = _picks("The next race is at Crofton in June.", ["Crofton"])
    assert got["Crofton"] == ("3", "name")


def test_a_city_qualifier_moves_nothing() -> None:
    """'Crofton, Leeham': a city may qualify a part of itself; the pick stays."""
    got = _picks("A shop in Crofton, Leeham closed.", ["Crofton", "Leeham"])
    assert got["Crofton"] == ("3", "name")


def test_inside_an_admin2_unit_is_near_its_point() -> None:
    county = _in(place("2", "Northshire", "admin2", "GB", 1, lon=-1.3, lat=54.1), "ENG")
    near = _in(place("5", "Rockham", "city", "GB", 1, lon=-1.4, lat=54.3), "ENG")
    far = _in(place("3", "Crofton", "city", "GB", 1, lon=-2.5, lat=53.4), "ENG")
    assert inside_unit(county, near)
    assert not inside_unit(county, far)
    assert not inside_unit(county, county)


def test_a_pick_outside_the_unit_keeps_only_the_candidates_inside() -> None:
    """The rule itself: Rockham picked in Vermont, a Rockham near Northshire's point."""
    import spacy

    from geomap.extensions import TOPONYMS, register_extensions
    from geomap.nlp.unit_towns import units_for_towns
    from geomap.records import Candidate

    register_extensions()
    doc = spacy.blank("en")("Rockham, Northshire hosts; Crofton, Northshire waits.")
    doc.spans[TOPONYMS] = [doc[0:1], doc[2:3], doc[5:6], doc[7:8]]
    places = {p.place_id: p for p in GAZ.places}
    groups = {"rockham": [doc[0:1]], "northshire": [doc[2:3], doc[7:8]], "crofton": [doc[5:6]]}
    cands = {
        "rockham": [Candidate(places["4"], "name"), Candidate(places["5"], "name")],
        "northshire": [Candidate(places["2"], "name")],
        "crofton": [Candidate(places["3"], "name")],
    }
    picks = {
        k: (places[pid], 0.9)
        for k, pid in (("rockham", "4"), ("northshire", "2"), ("crofton", "3"))
    }
    revisions, moved = units_for_towns(picks, groups, cands)
    assert set(revisions) == {"rockham"}
    assert revisions["rockham"].ruled_out == frozenset({"4"})
    assert moved == {"crofton": (places["2"], 0.9)}


def test_a_list_of_units_of_one_kind_is_no_chain_of_qualifiers() -> None:
    """'Vermark, Texia': no unit is moved into the unit after it, nor a bigger one."""
    got = _picks("Schools in Vermark, Texia and Britland closed.", ["Vermark", "Texia"])
    assert got["Vermark"] == ("6", "name")
    got = _picks("Schools in Vermark, Northshire and Britland closed.", ["Vermark", "Northshire"])
    assert got["Vermark"] == ("6", "name")


def test_a_name_in_a_list_is_no_qualified_town() -> None:
    """'Crofton, Northshire and Vermark': the county is listed, not Crofton's."""
    text = "Storms hit Crofton, Northshire and Vermark."
    got = _picks(text, ["Crofton", "Northshire", "Vermark"])
    assert got["Crofton"] == ("3", "name")
    text = "Storms hit Vermark, Crofton, Northshire on Monday."
    assert _picks(text, ["Vermark", "Crofton", "Northshire"])["Crofton"] == ("3", "name")


def test_a_town_unit_and_country_chain_is_no_list() -> None:
    """'Crofton, Vermark, Amerland' (GeoVirus dev: "Stroud, Ontario, Canada" was Stroud,
    England): the country holds the unit, so the unit qualifies the town."""
    names = ["Crofton", "Vermark", "Amerland", "Britland"]
    text = "He was stopped in Crofton, Vermark, Amerland on Sunday. Britland said so."
    assert _picks(text, names)["Crofton"] == ("6", "focus")
    # a country that does not hold the unit makes a list, as does a name after it
    text = "He was stopped in Crofton, Vermark, Britland on Sunday."
    assert _picks(text, names)["Crofton"] == ("3", "name")
    text = "Storms hit Crofton, Vermark, Amerland and Britland."
    assert _picks(text, names)["Crofton"] == ("3", "name")


def test_a_big_city_outside_its_qualifier_is_not_moved() -> None:
    """Leeham (790,000 people) after a comma before Vermark: a list the comma hid."""
    got = _picks("Talks between Leeham, Vermark officials ended.", ["Leeham", "Vermark"])
    assert got["Leeham"] == ("9", "name")


def test_a_possessive_qualifies_nothing() -> None:
    """'Crofton, Northshire's council': the county owns the council, not Crofton."""
    text = "Near Crofton, Northshire's council met."
    assert _picks(text, ["Crofton", "Northshire"])["Crofton"] == ("3", "name")


def test_a_town_just_across_the_units_border_stays() -> None:
    """Bordon lies 120 km from Vermark's point, in another country: a border town."""
    got = _picks("Clashes in Bordon, Vermark were reported.", ["Bordon", "Vermark"])
    assert got["Bordon"] == ("11", "name")


def test_a_big_city_matched_by_an_old_name_outside_its_qualifier_is_moved() -> None:
    """'Greenwood, W. Va.' picked as Kansas City (once Greenwood): the name is no big city's."""
    import spacy

    from geomap.extensions import TOPONYMS, register_extensions
    from geomap.nlp.unit_towns import units_for_towns
    from geomap.records import Candidate

    register_extensions()
    doc = spacy.blank("en")("He is held in Greenham, Vermark on a parole violation.")
    doc.spans[TOPONYMS] = [doc[4:5], doc[6:7]]
    places = {p.place_id: p for p in GAZ.places}
    groups = {"greenham": [doc[4:5]], "vermark": [doc[6:7]]}
    picks = {"greenham": (places["9"], 0.6), "vermark": (places["6"], 0.9)}
    for match, moved in (("alternate", {"greenham": (places["6"], 0.9)}), ("name", {})):
        cands = {
            "greenham": [Candidate(places["9"], match)],
            "vermark": [Candidate(places["6"], "name")],
        }
        assert units_for_towns(picks, groups, cands) == ({}, moved), match


FRONT = TinyGazetteer(
    "geomap.test_unit_towns_front_gazetteer.v1",
    [
        place("21", "Ukrania", "country", "UA", 40_000_000, lon=32.0, lat=49.0),
        _in(place("22", "Eastmark", "admin1", "UA", 4_000_000, lon=37.8, lat=48.1), "14"),
        # a namesake village 475 km off, in another oblast of the same country
        _in(place("23", "Stepford", "city", "UA", 1_900, lon=31.5, lat=47.2), "12"),
        # a town 135 km from Eastmark's point that the gazetteer codes to its neighbour
        _in(place("24", "Bordville", "city", "UA", 3_000, lon=36.0, lat=48.0), "04"),
        _in(place("25", "Westmark", "admin1", "UA", 1_000_000, lon=31.0, lat=47.0), "12"),
    ],
)


def _front(text: str, names: list[str]) -> dict[str, tuple[str | None, str | None]]:
    return {
        m.text: (m.place.place_id if m.place else None, m.located_by)
        for m in FRONT.resolve_named(text, names)
    }


def test_a_namesake_in_another_unit_of_the_country_is_no_border_town() -> None:
    """Stepford picked 475 km off, in another oblast: the village is Eastmark's."""
    got = _front("Troops took Stepford in the Eastmark region.", ["Stepford", "Eastmark"])
    assert got["Stepford"] == ("22", "focus")


def test_a_town_on_the_units_border_in_its_country_stays() -> None:
    """Bordville lies 135 km from Eastmark's point: coded to the neighbour, it stays."""
    got = _front("Shells hit Bordville in the Eastmark region.", ["Bordville", "Eastmark"])
    assert got["Bordville"] == ("24", "name")


def test_in_qualifies_every_name_of_the_list_before_it() -> None:
    """'Stepford and Kotlyne in the Eastmark region': Kotlyne, unknown, still lists."""
    text = "Troops took Stepford and Kotlyne in the Eastmark region."
    assert _front(text, ["Stepford", "Eastmark"])["Stepford"] == ("22", "focus")
    text = "Troops took Stepford, Kotlyne and Udachne in the Eastmark region."
    assert _front(text, ["Stepford", "Eastmark"])["Stepford"] == ("22", "focus")


def test_a_comma_list_before_a_unit_stays_a_list() -> None:
    """'Stepford, Westmark and Eastmark': no "in", the units are listed, not qualifiers."""
    text = "Storms hit Stepford, Westmark and Eastmark."
    got = _front(text, ["Stepford", "Westmark", "Eastmark"])
    assert got["Stepford"] == ("23", "name")


def test_in_qualifies_a_town_listed_before_a_name_the_gazetteer_lacks() -> None:
    """'Crofton and Kotlyne in Northshire': the county qualifies Crofton too."""
    got = _picks("The race passes Crofton and Kotlyne in Northshire.", ["Crofton", "Northshire"])
    assert got["Crofton"] == ("2", "focus")
    got = _picks("The race passes Crofton and Kotlyne, Northshire.", ["Crofton", "Northshire"])
    assert got["Crofton"] == ("3", "name")
