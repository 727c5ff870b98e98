"""Countries' ISO 3166-1 names and official names in other languages (iso-codes).

CLDR (:func:`geomap.gazetteer.builder.local.add_cldr_names`) gives each country's
short name in a language ("Luxemburg", "Россия"); the press also writes the long
and official forms: "im Großherzogtum Luxemburg", "Российская Федерация",
"République de Moldova", "Królestwo Belgii".  iso-codes (LGPL-2.1; read at build
time from the copy ``pycountry`` installs, never copied into this repository)
translates each ISO 3166-1 entry's ``name`` and ``official_name``;
:func:`read_country_names` keeps the translations in German, French, Polish,
Russian and Ukrainian and :func:`add_country_names` indexes them as the
countries' exonyms.  A translation that is the English string itself, that is
written in inverted order ("Korea, Republic of", "Корея, Республика") or with a
bracket, or that another place has as its name in that language, is left out.
"""

from __future__ import annotations

import gettext
import json
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from geomap.gazetteer.builder.iso_codes import iso_codes, read_iso_names
from geomap.gazetteer.builder.iso_names import add_iso_names, written_by
from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.lemmas import LOCAL_LANGUAGES
from geomap.gazetteer.names import normalize_name

log = logging.getLogger(__name__)

#: The fields of an ISO 3166-1 entry whose translations are read.
FIELDS = ("name", "official_name")


def read_country_names(folder: Path) -> Iterator[tuple[str, str, str]]:
    """Yield ``(alpha-2 code, language, name)`` for each translated country name.

    ``folder`` holds ``databases/iso3166-1.json`` and the gettext catalogues
    ``locales/<lang>/LC_MESSAGES/iso3166-1.mo`` (pycountry's layout).
    """
    rows = json.loads((folder / "databases" / "iso3166-1.json").read_text("utf-8"))["3166-1"]
    catalogues = {
        lang: gettext.translation("iso3166-1", str(folder / "locales"), [lang], fallback=True)
        for lang in LOCAL_LANGUAGES
    }
    for row in sorted(rows, key=lambda r: r["alpha_2"]):
        for field in FIELDS:
            english = row.get(field)
            if not english:
                continue
            for lang, catalogue in catalogues.items():
                local = catalogue.gettext(english).strip()
                if local and local != english:
                    yield row["alpha_2"], lang, local


def _plain(name: str) -> bool:
    """Whether a name is written in running order, without brackets or an inverted part."""
    return not any(ch in name for ch in ",()[]")


def add_country_names(entries: dict[str, Entry], rows: Iterable[tuple[str, str, str]]) -> int:
    """Index ``rows`` (:func:`read_country_names`) as the countries' names; return how many."""
    countries = {
        e.country_code: e
        for e in entries.values()
        if e.feature_type == "country" and e.country_code
    }
    written = written_by(entries.values())
    added = 0
    for code, lang, name in rows:
        country = countries.get(code)
        if country is None or not _plain(name):
            continue
        if written.get((lang, normalize_name(name)), set()) - {country.place_id}:
            continue  # another place's name in that language
        if (lang, normalize_name(name)) in country.written:
            continue
        country.add_local_name(name, lang, "exonym")
        added += 1
    return added


def add_iso_translations(entries: dict[str, Entry]) -> None:
    """Index iso-codes' translations: admin units' (ISO 3166-2) and countries' (ISO 3166-1).

    Without pycountry both are skipped and the builder says so.
    """
    folder = iso_codes()
    log.info(
        "ISO 3166-2 names: %d", add_iso_names(entries, read_iso_names(folder) if folder else None)
    )
    if folder is not None:
        log.info("ISO 3166-1 names: %d", add_country_names(entries, read_country_names(folder)))
