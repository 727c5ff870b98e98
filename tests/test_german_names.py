"""German names of regions, landscapes, ranges, islands and rivers (issue 18, lang35).

``data/german_names.csv`` is read by the builder beside ``local_names.csv``; its
places that no source has are rows of ``extra_places.csv``; inflected forms reach
them through lemmas.  French: a name closing a title of capitalised words
("Dernières Nouvelles d'Alsace") is no place.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from geomap.gazetteer import Gazetteer
from geomap.gazetteer.builder.curated import read_extra_places
from geomap.gazetteer.builder.local import LOCAL_NAMES_FILES, add_curated_names, read_local_names
from geomap.gazetteer.builder.model import Entry
from geomap.nlp.local import LocalToponymRecognizer
from geomap.records import Place

DATA = Path(__file__).resolve().parent.parent / "data"


def test_the_german_table_is_read_by_the_builder(tmp_path: Path) -> None:
    assert "german_names.csv" in LOCAL_NAMES_FILES
    table = tmp_path / "german_names.csv"
    table.write_text("# a header\nplace,lang,names\ncurated:x,de,Siebenbürgen|Transsilvanien\n")
    entry = Entry("curated:x", "Transylvania", "region", "RO", 24.5, 46.5, "curated")
    entry.add_name("Transylvania", "name")
    assert add_curated_names({"curated:x": entry}, table) == 2
    assert {lang for lang, _ in entry.local} == {"de"}


def test_every_row_of_the_german_table_is_german_and_names_a_known_place() -> None:
    extra = {p.place_id for p in read_extra_places(DATA / "extra_places.csv")}
    rows = list(read_local_names(DATA / "german_names.csv"))
    assert len(rows) > 100
    for place, lang, names in rows:
        assert lang == "de" and names
        if place.startswith("curated:"):
            assert place in extra, place
    with (DATA / "german_names.csv").open(encoding="utf-8") as fh:
        header = [line for line in fh if line.startswith("#")]
    assert any("CC0" in line for line in header)


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.open()


@pytest.mark.parametrize(
    ("name", "place_id"),
    [
        ("Siebenbürgen", "curated:transylvania"),
        ("Ruhrgebiets", "curated:ruhr-area"),  # genitive
        ("Bayerischen Wald", "curated:bavarian-forest"),  # an adjective's case ending
        ("Sächsischen Schweiz", "curated:saxon-switzerland"),
        ("Düna", "ne:river:zapadnaya-dvina"),  # a German name of a Natural Earth river
        ("Lausitzer Neiße", "curated:river-lusatian-neisse"),
        ("Oberbayern", "2861322"),  # a German name of a GeoNames admin-2 unit
    ],
)
def test_german_names_reach_their_places(gz: Gazetteer, name: str, place_id: str) -> None:
    assert place_id in {c.place.place_id for c in gz.candidates(name, "de")}


def _place(pid: str, name: str, ftype: str, cc: str | None, pop: int = 0) -> Place:
    return Place(pid, name, ftype, cc, None, pop, 7.5, 48.3, "curated", feature_code="RGN")


def test_a_name_closing_a_french_title_is_no_place() -> None:
    places = [
        _place("alsace", "Alsace", "region", "FR"),
        _place("fr", "France", "country", "FR", 68_000_000),
        _place("md", "Moldova", "country", "MD", 2_500_000),
    ]
    gz = Gazetteer.from_places(places, local_names=[("fr", "Moldavie", "md")])

    def found(text: str) -> list[str]:
        nlp = spacy.blank("fr")
        nlp.add_pipe("sentencizer")
        doc = LocalToponymRecognizer(gz)(nlp(text))
        return [s.text for s in doc.spans["toponyms"]]

    assert found("Selon le quotidien Dernières Nouvelles d’Alsace, la crue recule.") == []
    # one capitalised word, a sentence's first words, or a place's own title keep the place
    assert found("Les élus de la région Grand Est et d’Alsace ont voté.") == ["Alsace"]
    assert found("Les pluies ont touché l’Alsace et la France.") == ["Alsace", "France"]
    assert found("Il a visité la République de Moldavie hier.") == ["Moldavie"]


def test_a_german_word_for_a_unit_before_the_units_own_name() -> None:
    places = [
        Place("zp", "West Pomerania", "admin1", "PL", None, 1_700_000, 15.3, 53.6, "curated",
              feature_code="ADM1", admin1_code="87"),
        Place("tx", "Texas", "admin1", "US", None, 29_000_000, -99.0, 31.0, "curated",
              feature_code="ADM1", admin1_code="TX"),
        Place("hg", "Hidalgo", "admin1", "MX", None, 3_000_000, -98.9, 20.5, "curated",
              feature_code="ADM1", admin1_code="13"),
        Place("txt", "Texas", "city", "MX", None, 2_000, -98.5, 20.8, "curated",
              feature_code="PPL", admin1_code="13"),
        Place("kh", "Kharkiv Oblast", "admin1", "UA", None, 2_600_000, 36.5, 49.5, "curated",
              feature_code="ADM1", admin1_code="07"),
        Place("khc", "Kharkiv", "city", "UA", None, 1_400_000, 36.2, 50.0, "curated",
              feature_code="PPLA", admin1_code="07"),
    ]  # fmt: skip
    local = [("de", "Westpommern", "zp"), ("de", "Charkiw", "khc")]
    gz = Gazetteer.from_places(places, local_names=local)

    def ids(name: str) -> set[str]:
        return {c.place.place_id for c in gz.candidates(name, "de")}

    assert ids("Woiwodschaft Westpommern") == {"zp"}
    assert ids("Bundesstaat Texas") == {"tx"}  # the unit's own name, not a town's unit
    assert ids("Region Charkiw") == {"kh"}  # the unit of the city Charkiw
    assert ids("Charkiwer Gebiet") == {"kh"}  # named by the city's adjective


def test_a_river_listed_beside_a_found_river_is_found() -> None:
    places = [
        Place("eu", "Euphrates", "water", None, None, 0, 43.0, 34.0, "curated", feature_code="STM"),
        Place("ti", "Tigris", "water", None, None, 0, 44.0, 34.0, "curated", feature_code="STM"),
        Place("tit", "Tigris", "city", "US", None, 300, -90.0, 40.0, "curated", feature_code="PPL"),
    ]  # fmt: skip
    gz = Gazetteer.from_places(
        places, local_names=[("de", "Euphrat", "eu"), ("de", "Tigris", "ti")]
    )
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")

    def found(text: str) -> list[str]:
        doc = LocalToponymRecognizer(gz)(nlp(text))
        return [s.text for s in doc.spans["toponyms"]]

    assert found("Die Pegel von Euphrat und Tigris sinken.") == ["Euphrat", "Tigris"]


def test_a_rivers_valley_or_delta_is_read_as_the_river() -> None:
    from geomap.gazetteer.foreign_forms import area_compound

    assert area_compound("Ahrtal", "de") == "Ahr"
    assert area_compound("Ahrtals", "de") == "Ahr"  # genitive
    assert area_compound("Nildelta", "de") == "Nil"
    assert area_compound("Münsterland", "de") == "Münster"
    assert area_compound("Umland", "de") is None  # "land" still needs four letters
    places = [Place("ahr", "Ahr", "water", "DE", None, 0, 7.0, 50.5, "curated", feature_code="STM")]
    gz = Gazetteer.from_places(places, local_names=[("de", "Ahr", "ahr")])
    assert {c.place.place_id for c in gz.candidates("Ahrtal", "de")} == {"ahr"}


def test_a_unit_named_as_its_town_after_a_german_article_is_a_noun() -> None:
    places = [
        Place("zg", "Zug", "admin1", "CH", None, 130_000, 8.5, 47.15, "curated",
              feature_code="ADM1", admin1_code="ZG"),
        Place("zgt", "Zug", "city", "CH", None, 30_000, 8.52, 47.17, "curated",
              feature_code="PPLA", admin1_code="ZG"),
        Place("vs", "Valais", "admin1", "CH", None, 350_000, 7.6, 46.2, "curated",
              feature_code="ADM1", admin1_code="VS"),
        Place("wt", "Wallis", "city", "US", None, 1_200, -96.1, 29.6, "curated",
              feature_code="PPL"),
    ]  # fmt: skip
    gz = Gazetteer.from_places(places, local_names=[("de", "Wallis", "vs")])
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")

    def found(text: str) -> list[str]:
        doc = LocalToponymRecognizer(gz)(nlp(text))
        return [s.text for s in doc.spans["toponyms"]]

    assert found("Dann soll wieder ein Zug fahren.") == []
    assert found("Der Zug fährt ab.") == []
    assert found("Das Wallis meldete Schnee.") == ["Wallis"]  # a town abroad does not count


def test_a_name_with_its_closing_bracket_keeps_it() -> None:
    """'Frankfurt (Oder)' was stored as the mention 'Frankfurt (Oder' (offsets one short)."""
    places = [Place("ffo", "Frankfurt (Oder)", "city", "DE", None, 57_000, 14.55, 52.34, "t")]
    gz = Gazetteer.from_places(places, local_names=[("de", "Frankfurt (Oder)", "ffo")])
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    doc = LocalToponymRecognizer(gz)(
        nlp("Die Polizei in Frankfurt (Oder) meldete neue Kontrollen.")
    )
    assert [s.text for s in doc.spans["toponyms"]] == ["Frankfurt (Oder)"]
