"""A name the gazetteer lacks that an apposition calls a company is no place (user58).

"Kyivstar, Ukraine's largest mobile operator, said ..." kept Kyivstar (tagged GPE) as a
place nothing placed: an unresolved mention on the map and in the files.
"""

from __future__ import annotations

from tests.blank_geoparse import TinyGazetteer, found_toponyms, place

GAZ = TinyGazetteer(
    "geomap.test_apposed_bodies.v1",
    [place("1", "Kharkiv", "city", "UA", 1_400_000), place("2", "Ukraine", "country", "UA", 4e7)],
)


def test_an_unknown_name_an_apposition_calls_a_company_is_no_place() -> None:
    nlp = GAZ.nlp([("Kyivstar", "GPE"), ("Ukraine", "GPE"), ("Kharkiv", "GPE")])
    text = "Kyivstar , Ukraine 's largest mobile operator , said Kharkiv was back ."
    assert found_toponyms(nlp, text) == ["Ukraine", "Kharkiv"]
    text = "Kyivstar , the mobile operator , said Kharkiv was back ."
    assert found_toponyms(nlp, text) == ["Kharkiv"]


def test_other_appositions_and_known_names_keep_the_place() -> None:
    nlp = GAZ.nlp([("Vovcha", "GPE"), ("Kharkiv", "GPE")])
    # an apposition calling it a town, or no closing comma: the model's place stays
    assert found_toponyms(nlp, "Vovcha , a town near Kharkiv , was shelled .") == [
        "Vovcha",
        "Kharkiv",
    ]
    assert found_toponyms(nlp, "Vovcha , the operator said .") == ["Vovcha"]
    # a name the gazetteer knows is left to the other rules
    assert found_toponyms(nlp, "Kharkiv , the country 's rail operator , said so .") == ["Kharkiv"]
