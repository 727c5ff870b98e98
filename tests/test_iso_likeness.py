"""A top-level ISO 3166-2 subdivision meets its admin-1 unit by likeness (issue 18).

"Toscana" is GeoNames' "Tuscany" (only the vowels differ), "Republika Srpska" its
"Srpska" (the word for the kind of unit left out).
"""

from __future__ import annotations

from geomap.gazetteer.builder.iso_codes import subdivision
from geomap.gazetteer.builder.iso_likeness import similar
from geomap.gazetteer.builder.iso_names import add_iso_names
from geomap.gazetteer.builder.model import Entry


def _admin(pid: str, name: str, cc: str) -> Entry:
    e = Entry(pid, name, "admin1", cc, 0.0, 0.0, "test")
    e.add_name(name, "name")
    return e


def test_a_name_whose_vowels_alone_differ_is_the_unit() -> None:
    tuscany, umbria = _admin("tu", "Tuscany", "IT"), _admin("um", "Umbria", "IT")
    hit = similar({"toscana"}, [umbria, tuscany])
    assert hit is not None and hit[0] is tuscany
    names = {"de": "Toskana", "fr": "Toscane", "pl": "Toskania"}
    sub = subdivision("IT-52", False, "Region", "Toscana", names)
    assert add_iso_names({"tu": tuscany, "um": umbria}, [sub]) > 0
    assert ("de", "toskana") in tuscany.local and not umbria.local


def test_equal_consonants_need_the_same_first_letter_and_five_letters() -> None:
    assert similar({"atosc"}, [_admin("tu", "Tosca", "IT")]) is None
    assert similar({"tosc"}, [_admin("tu", "Tasc", "IT")]) is None


def test_a_closer_name_keeps_its_likeness() -> None:
    # "Bayan-Olgiy" is nearer "Bayan-Olgii" than the vowels-only score: it still wins clearly
    olgii, hongor = _admin("bo", "Bayan-Olgii", "MN"), _admin("bh", "Bayanhongor", "MN")
    hit = similar({"bayan olgiy"}, [hongor, olgii])
    assert hit is not None and hit[0] is olgii and hit[1] > 0.9


def test_republika_is_a_word_for_the_kind_of_unit() -> None:
    srpska, fbih = _admin("rs", "Srpska", "BA"), _admin("fb", "Federation of B&H", "BA")
    names = {"de": "Serbische Republik", "pl": "Republika Serbska"}
    sub = subdivision("BA-SRP", False, "Entity", "Republika Srpska", names)
    assert add_iso_names({"rs": srpska, "fb": fbih}, [sub]) > 0
    assert ("pl", "republika serbska") in srpska.local and not fbih.local
