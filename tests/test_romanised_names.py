"""A name romanised otherwise than GeoNames romanises it: "Bint Jbeil" is Bent Jbaïl (issue 16).

The key (geomap.gazetteer.romanised), its build-time index of notable places in the
romanising countries (geomap.gazetteer.builder.romanised) and the resolver's fallback
for a name with no entry (geomap.nlp.respellings.romanised_candidates).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Span

from geomap.extensions import TOPONYMS
from geomap.gazetteer import Gazetteer
from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.builder.romanised import romanised_countries, romanised_rows
from geomap.gazetteer.romanised import ROMANISED, romanised_key
from geomap.nlp.candidates import name_candidates
from geomap.nlp.respellings import MAX_ROMANISED, romanised_candidates
from geomap.records import Place


def _same(a: str, b: str) -> bool:
    key = romanised_key(a)
    return bool(key) and key == romanised_key(b)


def test_vowels_and_final_h_fold() -> None:
    assert _same("Bint Jbeil", "Bent Jbaïl")  # e/i, ei/ai, a diaeresis
    assert _same("Nabatieh", "Nabatiyah")  # -ieh / -iyah
    assert _same("Nabatieh", "Nabatiye")
    assert _same("Bulo Burte", "Buulo Burti")  # doubled vowels, final e/i
    assert _same("Humera", "Himora")


def test_consonant_classes_fold() -> None:
    assert _same("Kalaikhumb", "Qalaikhumb")  # q/k
    assert _same("Bardere", "Baardheere")  # dh/d
    assert _same("Shaddadi", "Chadadi")  # sh/ch, doubled consonant
    assert _same("Djibouti", "Jibuti")  # dj/j, ou/u
    assert _same("Mahmour", "Makhmur")  # kh/h


def test_the_arabic_article_apostrophes_and_hyphens_fold() -> None:
    assert _same("Deir el-Balah", "Dayr al Balah")
    assert _same("Tel Rifat", "Tall Rif‘at")
    assert _same("Sheikh Zuweid", "Ash Shaykh Zuwayyid")
    assert _same("Petion-Ville", "Pétionville")


def test_other_letters_stay_apart() -> None:
    assert not _same("Vaalimaa", "Ylämaa")  # "v" is a consonant
    assert not _same("Bint Jbeil", "Bint Jubayl Kabir")
    assert not _same("Tarnow", "Tarkow")
    assert romanised_key("Hama") == ""  # too few consonants: folds onto too many
    assert romanised_key("Ras al-Ain") == "rasan"  # the article dropped, three consonants
    assert romanised_key("بنت جبيل") == ""  # other letters are not romanised here
    assert romanised_key("A120") == ""


def _countries(tmp_path: Path) -> frozenset[str]:
    info = tmp_path / "countryInfo.txt"
    rows = (
        "LB LBN 422 LE Lebanon Beirut 10400 6848925 AS .lb LBP Pound 961 - - ar-LB,fr-LB,en 1 SY",
        "IN IND 356 IN India New-Delhi 3287590 1352617328 AS .in INR Rupee 91 - - en-IN,hi,bn 1 PK",
        "US USA 840 US States Washington 9629091 327167434 NA .us USD Dollar 1 - - en-US,es 2 CA",
        "FR FRA 250 FR France Paris 547030 66987244 EU .fr EUR Euro 33 - - fr-FR,frp,br,co 3 BE",
    )
    info.write_text("#ISO\tx\n" + "\n".join(r.replace(" ", "\t") for r in rows) + "\n")
    return romanised_countries(info)


def test_countries_whose_names_are_romanised(tmp_path: Path) -> None:
    assert _countries(tmp_path) == {"LB", "IN"}  # Arabic first, Hindi second


def _entry(pid: str, name: str, ftype: str, cc: str, pop: int, code: str = "PPL") -> Entry:
    e = Entry(pid, name, ftype, cc, 0.0, 0.0, "test", feature_code=code, population=pop)
    e.add_name(name, "name")
    return e


def test_notable_places_of_those_countries_are_indexed(tmp_path: Path) -> None:
    countries = _countries(tmp_path)
    seat = _entry("1", "Bent Jbaïl", "city", "LB", 0, "PPLA2")  # a seat without population
    seat.add_name("Bent Jbeil", "alternate")  # the same key: one row, the name's kind
    seat.add_name("Bint Umm Jubail", "alternate")
    hamlet = _entry("2", "Kfar Hamam", "city", "LB", 300)
    french = _entry("3", "Rouen", "city", "FR", 110_000)
    unit = _entry("4", "Nabatîyé", "admin1", "LB", 0, "ADM1")
    rows = romanised_rows([seat, hamlet, french, unit], countries)
    assert sorted(rows) == sorted(
        [
            (ROMANISED, romanised_key("Bent Jbaïl"), "1", "name"),
            (ROMANISED, romanised_key("Bint Umm Jubail"), "1", "alternate"),
            (ROMANISED, romanised_key("Nabatiye"), "4", "name"),
        ]
    )


def _place(pid: str, name: str, ftype: str, cc: str, pop: int, code: str = "PPLA2") -> Place:
    return Place(pid, name, ftype, cc, None, pop, 35.4, 33.1, "test", feature_code=code)


_TOWNS = [
    _place("1", "Bent Jbaïl", "city", "LB", 0),
    _place("2", "Nabatîyé", "admin1", "LB", 220_000),
    _place("3", "Muskat", "city", "OM", 1_000_000),  # also Muscat's Portuguese "Mascate"
    *(_place(str(10 + i), f"Sar{'ai' * i}n", "city", "LB", 5_000) for i in range(1, 5)),
]
_COUNTRIES = [
    _place("90", "Lebanon", "country", "LB", 6_800_000, "PCLI"),
    _place("91", "Nicaragua", "country", "NI", 6_500_000, "PCLI"),
]
_GAZ = Gazetteer.from_places(
    [*_TOWNS, *_COUNTRIES],
    local_names=[*((ROMANISED, p.name, p.place_id) for p in _TOWNS), (ROMANISED, "Mascate", "3")],
)


def _spans(name: str, country: str = "Lebanon") -> list[Span]:
    """``name`` in a sentence that also names ``country``, both toponyms."""
    doc = spacy.blank("en")(f"Strikes hit {name} in {country} .")
    end = len(doc) - 3
    doc.spans[TOPONYMS] = [doc[2:end], doc[end + 1 : end + 2]]
    return [doc[2:end]]


def _ids(name: str, country: str = "Lebanon") -> list[str]:
    return [c.place.place_id for c in name_candidates(_GAZ, _spans(name, country))]


def test_a_name_without_entry_reaches_its_other_romanisation() -> None:
    assert _ids("Bint Jbeil") == ["1"]
    assert _ids("Nabatieh") == ["2"]
    assert [c.match for c in romanised_candidates(_GAZ, _spans("Bint Jbeil"))] == ["alternate"]
    assert _ids("Bent Jbaïl") == ["1"]  # by its own name, as before


def test_only_places_of_the_articles_countries() -> None:
    assert [c.place.place_id for c in _GAZ.romanised_candidates("Mosquitia")] == ["3"]
    assert _ids("Mosquitia", "Nicaragua") == []  # "Mascate" is Muscat's, far from Nicaragua
    assert _ids("Bint Jbeil", "Nicaragua") == []


def test_no_fallback_for_a_common_shape_an_acronym_or_a_lower_case_word() -> None:
    assert len(_GAZ.romanised_candidates("Saraian")) > MAX_ROMANISED  # "srn" names 4 towns
    assert romanised_candidates(_GAZ, _spans("Saraian")) == []
    assert romanised_candidates(_GAZ, _spans("BINT JBEIL")) == []
    assert romanised_candidates(_GAZ, _spans("bint jbeil")) == []


def _mm(
    pid: str, name: str, ftype: str, admin1: str | None, pop: int, lon: float, lat: float
) -> Place:
    code = {"city": "PPL", "admin1": "ADM1", "country": "PCLI"}[ftype]
    codes = {"Mon": "13", "Rakhine": "01", "Yangon": "06", "Mandalay": "08", "Sagaing": "10"}
    unit = codes.get(admin1 or "")
    return Place(
        pid, name, ftype, "MM", admin1, pop, lon, lat, "test", feature_code=code, admin1_code=unit
    )


_MM = [
    _mm("1", "Kyaikto", "city", "Mon", 48_000, 97.01, 17.31),  # key of "Kyauktaw" too
    _mm("2", "Sittwe", "city", "Rakhine", 150_000, 92.90, 20.15),
    _mm("3", "Thaton", "city", "Mon", 40_000, 97.37, 16.92),  # 57 km from Kyaikto
    _mm("4", "Yangon", "city", "Yangon", 5_000_000, 96.16, 16.81),  # 107 km from Kyaikto
    _mm("5", "Mon", "admin1", "Mon", 2_000_000, 97.6, 16.3),
    _mm("6", "Myanmar", "country", None, 54_000_000, 96.0, 21.0),
    _mm("7", "Mandalay", "city", "Mandalay", 1_200_000, 96.08, 21.97),  # key of "Mandaleh"
    _mm("8", "Sagaing", "admin1", "Sagaing", 90_000, 95.0, 24.0),  # small, far, a unit
]
_MM_GAZ = Gazetteer.from_places(
    _MM, local_names=[(ROMANISED, p.name, p.place_id) for p in _MM if p.feature_type != "country"]
)


@cache
def _blank() -> Language:
    """One blank English pipeline for the tests below."""
    return spacy.blank("en")


def _mm_ids(text: str) -> list[str]:
    """The folded-key candidates of the first capitalised word of ``text`` (all its places)."""
    doc = _blank()(text)
    names = [doc[i : i + 1] for i, t in enumerate(doc) if t.text[:1].isupper() and i > 0]
    if doc[0].text.isupper():
        names.insert(0, doc[0:1])
    doc.spans[TOPONYMS] = names
    target = next(s for s in names if not _MM_GAZ.candidates(s.text))
    return [c.place.place_id for c in romanised_candidates(_MM_GAZ, [target])]


def test_a_folded_key_needs_the_articles_places_nearby() -> None:
    assert _mm_ids("Rebels took Kyauktaw and closed in on Sittwe .") == []  # Kyaikto: Mon
    assert _mm_ids("Rebels took Kyauktaw , near Thaton .") == ["1"]  # 57 km away
    assert _mm_ids("Rebels took Kyauktaw in Mon state .") == ["1"]  # its admin-1 unit
    assert _mm_ids("Rebels took Kyauktaw in Myanmar .") == ["1"]  # the country alone
    assert _mm_ids("Rebels took Mandaleh and closed in on Sittwe .") == ["7"]  # a big city
    assert _mm_ids("Rebels took Saggaing and closed in on Sittwe .") == ["8"]  # admin-1 unit


def test_an_opening_dateline_corroborates_nothing() -> None:
    assert _mm_ids("YANGON - Rebels took Kyauktaw and closed in on Sittwe .") == []
    assert _mm_ids("Rebels took Kyauktaw , said officials in Yangon .") == ["1"]  # 107 km
