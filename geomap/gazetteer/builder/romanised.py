"""The romanisation-folded keys of notable places in the countries whose names are romanised.

English news and GeoNames romanise names written in Arabic, Persian, Hebrew, Ethiopic,
Brahmic or Cyrillic letters (or, for Somali, spelled by another convention) each their
own way: "Bint Jbeil" and GeoNames' "Bent Jbaïl", "Bardere" and "Baardheere".  In the
countries where one of the first :data:`LANGUAGES_READ` languages GeoNames'
``countryInfo.txt`` lists is such a language (:data:`ROMANISED_LANGUAGES`), each Latin
name of a town of :data:`MIN_POPULATION` people, a seat of government or an admin unit is
indexed under its :func:`~geomap.gazetteer.romanised.romanised_key`, in the
``local_names`` table as the pseudo-language
:data:`~geomap.gazetteer.romanised.ROMANISED`.  Elsewhere a name is written in Latin
letters by its own people and news keeps their spelling.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from geomap.gazetteer.builder.geonames import read_table
from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.builder.writer import LocalNameRow
from geomap.gazetteer.romanised import ROMANISED, romanised_key
from geomap.gazetteer.schema import LOCAL_PREFERENCE

#: ISO 639 codes of languages written in other letters than Latin, or spelled otherwise
#: than English news spells them (Somali, Afar): Arabic, Persian, Pashto, Urdu, Hebrew,
#: Kurdish, Dhivehi, Sindhi, Amharic, Tigrinya, Afar, Somali, Hindi, Bengali, Nepali,
#: Sinhala, Burmese, Kazakh, Kyrgyz, Tajik, Turkmen, Uzbek, Mongolian, Azerbaijani,
#: Armenian, Georgian.
ROMANISED_LANGUAGES = frozenset(
    "ar fa ps ur he ku dv sd am ti aa so hi bn ne si my kk ky tg tk uz mn az hy ka".split()  # noqa: SIM905
)
#: How many of a country's listed languages are read (the first is its main one).
LANGUAGES_READ = 3
#: Towns this large, or seats of government, have their names' keys indexed.
MIN_POPULATION = 1000
SEAT_CODES = frozenset({"PPLC", "PPLA", "PPLA2", "PPLA3", "ADM1", "ADM2"})
TYPES = frozenset({"city", "admin1", "admin2"})


def romanised_countries(country_info: Path) -> frozenset[str]:
    """ISO codes of the countries one of whose first languages is in :data:`ROMANISED_LANGUAGES`."""
    out = set()
    for c in read_table(country_info):
        if len(c) <= 15:
            continue
        langs = [lang.split("-")[0] for lang in c[15].split(",")[:LANGUAGES_READ]]
        if any(lang in ROMANISED_LANGUAGES for lang in langs):
            out.add(c[0])
    return frozenset(out)


def notable(e: Entry) -> bool:
    """Whether an entry is a town of :data:`MIN_POPULATION`, a seat or an admin unit."""
    if e.feature_type not in TYPES:
        return False
    if e.feature_type != "city":
        return True
    return e.population >= MIN_POPULATION or e.feature_code in SEAT_CODES


def romanised_rows(entries: Iterable[Entry], countries: frozenset[str]) -> list[LocalNameRow]:
    """``(ROMANISED, key, place id, kind)`` of each notable entry of ``countries``.

    One row per entry and key, with the best kind of the names that fold to it.
    """
    rows: list[LocalNameRow] = []
    for e in entries:
        if e.country_code not in countries or not notable(e):
            continue
        best: dict[str, str] = {}
        for name, kind in [(e.name, "name"), *e.names.items()]:
            key = romanised_key(name)
            if key and (key not in best or LOCAL_PREFERENCE[kind] < LOCAL_PREFERENCE[best[key]]):
                best[key] = kind
        rows.extend((ROMANISED, key, e.place_id, kind) for key, kind in best.items())
    return rows
