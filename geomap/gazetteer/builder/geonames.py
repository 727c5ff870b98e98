"""Read the GeoNames dumps: countries, admin units, populated places, no-country features."""

from __future__ import annotations

import gzip
import io
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.builder.short_names import short_name
from geomap.gazetteer.builder.town_rivers import rivers_named
from geomap.gazetteer.lemmas import script_languages
from geomap.gazetteer.names import is_latin, normalize_name
from geomap.gazetteer.transcribe import english_forms, german_forms, polish_forms, yo_form

#: Populated places at least this large keep all their Latin-script alternate names.
ALT_NAMES_MIN_POP = 1000
#: Smaller places keep at most this many alternates (shortest first).
ALT_NAMES_SMALL_MAX = 3
#: Seats of government: GeoNames' population 0 for one means unknown, not small.
SEAT_CODES = frozenset({"PPLC", "PPLA", "PPLA2"})


def keeps_all_alternates(population: int, feature_code: str) -> bool:
    """Whether a populated place keeps all its Latin-script alternate names.

    A town of :data:`ALT_NAMES_MIN_POP` or more does, and so does a seat of government
    whose population GeoNames does not give (0): "Qardaha", the English spelling of Al
    Qardahah (a district seat), is the ninth of its sixteen alternates.
    """
    return population >= ALT_NAMES_MIN_POP or (population == 0 and feature_code in SEAT_CODES)


@dataclass(frozen=True)
class GeoRow:
    """One row of a GeoNames ``cities*.txt`` / ``no-country.txt`` dump."""

    geonameid: str
    name: str
    asciiname: str
    alternates: tuple[str, ...]
    lat: float
    lon: float
    fclass: str
    fcode: str
    cc: str
    admin1: str
    admin2: str
    population: int
    modified: str


def _parse(line: str) -> GeoRow | None:
    c = line.rstrip("\n").split("\t")
    if len(c) < 19:
        return None
    return GeoRow(
        geonameid=c[0],
        name=c[1],
        asciiname=c[2],
        alternates=tuple(a for a in c[3].split(",") if a),
        lat=float(c[4]),
        lon=float(c[5]),
        fclass=c[6],
        fcode=c[7],
        cc=c[8],
        admin1=c[10],
        admin2=c[11],
        population=int(c[14] or 0),
        modified=c[18],
    )


def read_dump(path: Path) -> Iterator[GeoRow]:
    """Yield the rows of a GeoNames dump (``.txt``, ``.txt.gz`` or the official ``.zip``)."""
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as zf:
            member = next(n for n in zf.namelist() if n.endswith(".txt"))
            with zf.open(member) as fh:
                for line in io.TextIOWrapper(fh, encoding="utf-8"):
                    row = _parse(line)
                    if row:
                        yield row
        return
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = _parse(line)
            if row:
                yield row


def read_table(path: Path) -> Iterator[list[str]]:
    """Yield the TAB-separated, non-comment rows of a small GeoNames table."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def good_alternate(alt: str) -> bool:
    """Return whether an alternate name is worth indexing.

    Keeps Latin-script names that start with a capital letter (GeoNames'
    lower-case romanisations of other scripts are noise), and drops codes
    (airport and postal codes, all-caps abbreviations) and long strings.
    """
    if not alt or len(alt) > 60 or not alt[0].isupper() or not is_latin(alt):
        return False
    if any(ch.isdigit() for ch in alt) or "http" in alt:
        return False
    return not (alt.isupper() and len(alt) <= 5)


def city_entry(row: GeoRow) -> Entry:
    """Turn a populated-place row into an entry with its names."""
    e = Entry(
        place_id=row.geonameid,
        name=row.name,
        feature_type="city",
        country_code=row.cc or None,
        lon=row.lon,
        lat=row.lat,
        source="geonames",
        feature_code=row.fcode,
        population=row.population,
        admin1_code=row.admin1 or None,
    )
    e.add_name(row.name, "name")
    e.add_name(row.asciiname, "name")
    alts = sorted({a for a in row.alternates if good_alternate(a)}, key=lambda a: (len(a), a))
    own = normalize_name(row.name)
    if not keeps_all_alternates(row.population, row.fcode):
        alts = [a for a in alts if normalize_name(a) != own][:ALT_NAMES_SMALL_MAX]
    for alt in alts:
        e.add_name(alt, "alternate")
    add_script_names(e, row.alternates, row.population)
    e.on_rivers = rivers_named(row.name, row.alternates, row.cc or None)
    if row.cc in TRANSCRIBED and row.population >= ALT_NAMES_MIN_POP:
        add_transcribed_names(e, row.alternates)
    short = short_name(row.name, row.cc, row.population)
    if short is not None:  # "Gorzów" in Polish for Gorzów Wielkopolski
        e.add_local_name(short[1], short[0], "alternate")
    return e


#: Countries whose towns Polish and German news name in transcription of their Russian
#: or Ukrainian names ("Hulajpole"; "Kysylorda", "Chorog", "Kutaissi", "Gjumri": the
#: former Soviet republics whose names reach them through Russian).
TRANSCRIBED = frozenset({"UA", "RU", "BY", "MD", "GE", "AM", "AZ", "KZ", "KG", "TJ", "UZ", "TM"})
#: Names shorter than this (abbreviations: "Ч") get no English transcription, which
#: would be matched in every language.
ENGLISH_MIN_LETTERS = 3
#: Letters of Russian and Ukrainian: other Cyrillic names (Serbian, Belarusian) are skipped.
_RU_UK_LETTERS = frozenset("абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя")


def add_transcribed_names(e: Entry, alternates: Iterable[str]) -> None:
    """Index the Polish, German and English transcriptions of a town's Cyrillic names.

    "Гуляйполе" -> "Hulajpołe" (Polish), "Часів Яр" -> "Tschassiw Jar" (German),
    "Голая Пристань" -> "Golaya Pristan" (English, of Russian names only, and a romanised
    "ë" written "yo": "Novosyolka")
    (:mod:`geomap.gazetteer.transcribe`).  They are alternates whatever the
    town's size: a spelling made by rule, from every Cyrillic name GeoNames
    lists, old ones too (Korolyov was Kaliningrad), is no attested exonym.
    """
    kind = "alternate"
    for alt in alternates:
        letters = {ch for ch in alt.lower() if ch.isalpha()}
        if not letters or not letters <= _RU_UK_LETTERS or len(alt) > 60 or not alt[:1].isupper():
            continue
        for form in polish_forms(alt, e.country_code):
            e.add_local_name(form, "pl", kind)
        for form in german_forms(alt, e.country_code):
            e.add_local_name(form, "de", kind)
        if sum(ch.isalpha() for ch in alt) < ENGLISH_MIN_LETTERS:
            continue  # "Ч" (Chornomorsk abbreviated): "Ch" would be an English name
        for form in english_forms(alt):
            e.add_name(form, kind)
    for alt in alternates:  # "Velikaya Novosëlka": "Novosyolka" in English news
        yo = yo_form(alt)
        if yo is not None and len(alt) <= 60:
            e.add_name(yo, kind)


#: A city this large is known by its Cyrillic names as by its own (an exonym match).
SCRIPT_EXONYM_POPULATION = 100_000


def add_script_names(e: Entry, alternates: Iterable[str], population: int = 0) -> None:
    """Index an entry's Cyrillic alternate names as Russian and Ukrainian names.

    GeoNames does not say which language an alternate name is in; a Cyrillic one
    is indexed for both (lemmatised in each), Latin ones are already indexed for
    every language (:func:`good_alternate`).  A big city's are exonyms ("Москва"
    is Moscow's name in Russian, not a nickname), a smaller place's alternates.
    """
    kind = "exonym" if population >= SCRIPT_EXONYM_POPULATION else "alternate"
    for alt in alternates:
        if len(alt) <= 60 and alt[:1].isupper() and not any(ch.isdigit() for ch in alt):
            langs = script_languages(alt)
            if langs == ("ru", "uk"):
                for lang in langs:
                    e.add_local_name(alt, lang, kind)


def read_cities(cities500: Path, cities15000: Path | None) -> dict[str, Entry]:
    """Read populated places; rows of the newer ``cities15000`` replace older ones.

    Returns
    -------
    dict of str to Entry
        Entries by GeoNames id.
    """
    out: dict[str, Entry] = {}
    for row in read_dump(cities500):
        if row.fclass == "P":
            out[row.geonameid] = city_entry(row)
    if cities15000 is not None and cities15000.exists():
        for row in read_dump(cities15000):
            if row.fclass == "P":
                out[row.geonameid] = city_entry(row)
    return out


def read_admin2_codes(path: Path) -> dict[str, tuple[str, str]]:
    """Return ``"CC.ADM1.ADM2" -> (name, geonameid)``."""
    return {c[0]: (c[1], c[3]) for c in read_table(path) if len(c) >= 4}


def read_admin1_codes(path: Path) -> dict[str, tuple[str, str, str]]:
    """Return ``"CC.ADM1" -> (name, asciiname, geonameid)``."""
    return {c[0]: (c[1], c[2], c[3]) for c in read_table(path) if len(c) >= 4}


@dataclass(frozen=True)
class CountryRow:
    """One row of ``countryInfo.txt``."""

    iso: str
    iso3: str
    name: str
    capital: str
    population: int
    continent: str
    geonameid: str


def read_countries(path: Path) -> list[CountryRow]:
    """Read ``countryInfo.txt``, skipping dissolved countries (CS, AN)."""
    out = []
    for c in read_table(path):
        if len(c) < 17 or c[0] in ("CS", "AN") or not c[16]:
            continue
        out.append(CountryRow(c[0], c[1], c[4], c[5], int(c[7] or 0), c[8], c[16]))
    return out


_NOCOUNTRY_TYPES = {"L.CONT": "continent", "L.RGN": "region", "L.RGNE": "region"}


def read_no_country(path: Path) -> list[Entry]:
    """Read regions, continents, waters and landforms from ``no-country.txt``."""
    out = []
    for row in read_dump(path):
        key = f"{row.fclass}.{row.fcode}"
        if key in _NOCOUNTRY_TYPES:
            ftype = _NOCOUNTRY_TYPES[key]
        elif row.fclass == "H":
            ftype = "water"
        elif row.fclass == "T":
            ftype = "landform"
        else:
            continue
        e = Entry(
            place_id=row.geonameid,
            name=row.name,
            feature_type=ftype,
            country_code=None,
            lon=row.lon,
            lat=row.lat,
            source="geonames",
            feature_code=row.fcode,
            population=row.population,
        )
        e.add_name(row.name, "name")
        e.add_name(row.asciiname, "name")
        for alt in row.alternates:
            if good_alternate(alt):
                e.add_name(alt, "alternate")
        add_script_names(e, row.alternates, row.population)
        out.append(e)
    return out
