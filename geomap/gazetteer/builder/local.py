"""Names in Russian, Ukrainian, Polish, German and French beyond the GeoNames dumps.

Four sources, each tagged by language (:meth:`Entry.add_local_name`):

* CLDR (through Babel, Unicode licence): every country's name, and the names of
  the continents and UN regions ("Восточная Европа", "Europa Wschodnia")
  matched to the gazetteer's entries by their English name; and the exemplar
  cities of its time zones ("Vienne", "Warschau", "Kijów", "Кишинёв"), matched
  to the most populous city of that English name in the zone's country, as
  exonyms (:func:`add_cldr_cities`);
* Natural Earth's mountains named "Gora X" in Russian romanisation, as "X" in
  Russian and Ukrainian (:func:`add_mountain_names`);
* ``data/local_names.csv``: a small curated table (regions, seas and exonyms the
  sources lack or spell otherwise), and ``data/german_names.csv``, the German names
  of regions, landscapes, ranges, islands, bays and rivers (many of them places of
  ``extra_places.csv``), provenance in their headers;
* Natural Earth's ``NAME_xx`` columns, read with the countries and admin units
  (:mod:`.countries`, :mod:`.admins`), and with the breakaway and disputed areas
  ("Abchasien", "Южная Осетия", "Golanhöhen": :func:`add_breakaway_names`),
  with the physical layers' seas, lakes, rivers and landforms ("Mer Noire":
  :func:`geomap.gazetteer.builder.physical.merge_physical`; the 4.0.0 layers have
  only the seas' ``name_fr``), and GeoNames' Cyrillic alternate names (:mod:`.geonames`).
"""

from __future__ import annotations

import csv
import gzip
import json
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from geomap.gazetteer.builder.disputed import SOURCE as BREAKAWAY_SOURCE
from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.builder.writer import LocalNameRow
from geomap.gazetteer.lemmas import LOCAL_LANGUAGES
from geomap.gazetteer.names import normalize_name
from geomap.gazetteer.schema import prior
from geomap.sanitize import quoted

log = logging.getLogger(__name__)

#: The curated tables' file names in ``data/``, read in this order.
LOCAL_NAMES_FILES = ("local_names.csv", "german_names.csv")


def _by_english_name(entries: Iterable[Entry]) -> dict[str, Entry]:
    """Each name -> the most prominent entry with that name or alias."""
    best: dict[str, Entry] = {}
    for e in entries:
        place = e.to_place()
        for norm, kind in e.names.items():
            if kind not in ("name", "alias"):
                continue
            old = best.get(norm)
            if old is None or prior(place) > prior(old.to_place()):
                best[norm] = e
    return best


def add_cldr_names(entries: dict[str, Entry], countries: dict[str, Entry]) -> int:
    """Add CLDR's country and region names in each local language; return how many."""
    try:
        from babel import Locale
    except ImportError:  # the builder's optional dependency
        log.warning("babel is not installed: no CLDR names in other languages")
        return 0
    english = Locale("en").territories
    named = _by_english_name(e for e in entries.values() if e.feature_type != "city")
    added = 0
    for lang in LOCAL_LANGUAGES:
        names = Locale(lang).territories
        for code, local in names.items():
            if code in countries:
                target: Entry | None = countries[code]
            elif code.isdigit() and code in english:
                target = named.get(normalize_name(english[code]))
                if target is not None and target.feature_type not in ("continent", "region"):
                    target = None
            else:
                target = None
            if target is not None:
                target.add_local_name(local, lang)
                added += 1
    return added


def _cities_by_name(entries: Iterable[Entry]) -> dict[tuple[str, str], Entry]:
    """``(country, name)`` -> the most populous city of that name or alias there."""
    best: dict[tuple[str, str], Entry] = {}
    for e in entries:
        if e.feature_type != "city" or not e.country_code:
            continue
        for norm, kind in e.names.items():
            key = (e.country_code, norm)
            if kind in ("name", "alias") and (
                key not in best or e.population > best[key].population
            ):
                best[key] = e
    return best


def add_cldr_cities(entries: dict[str, Entry]) -> int:
    """Add CLDR's names of the time zones' exemplar cities in each local language.

    A zone's city ("Europe/Vienna": Vienna) is matched by its English name to the
    most populous city of that name in the zone's country; its name in each
    language is indexed as an exonym ("Vienne" is Vienna in French).  Return how
    many names were added.
    """
    try:
        from babel import Locale
        from babel.core import get_global
    except ImportError:  # the builder's optional dependency
        return 0
    countries = get_global("zone_territories")
    english = Locale("en").time_zones
    cities = _cities_by_name(entries.values())
    added = 0
    for lang in LOCAL_LANGUAGES:
        for zone, names in Locale(lang).time_zones.items():
            local, cc = names.get("city"), countries.get(zone)
            if not local or not cc:
                continue
            own = english.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
            target = cities.get((cc, normalize_name(own)))
            if target is not None:
                target.add_local_name(local, lang, "exonym")
                added += 1
    return added


#: Russian words for a mountain that Natural Earth keeps in its romanised names ("Gora Goverla").
_MOUNTAIN_WORDS = frozenset({"gora", "pik", "vershina", "sopka"})


def add_mountain_names(entries: Iterable[Entry]) -> int:
    """Index "Goverla" of Natural Earth's "Gora Goverla" as a Russian and Ukrainian name.

    The Cyrillic name ("Говерла") meets the romanised one without its word for a
    mountain.  Return how many names were added.
    """
    added = 0
    for e in entries:
        words = e.name.split()
        if e.feature_type == "landform" and len(words) > 1 and words[0].lower() in _MOUNTAIN_WORDS:
            for lang in ("ru", "uk"):
                e.add_local_name(" ".join(words[1:]), lang)
                added += 1
    return added


#: Columns of Natural Earth's breakaway areas that give their English name, best first.
_BREAKAWAY_ENGLISH = ("NAME_EN", "BRK_NAME", "NAME_LONG")


def add_breakaway_names(entries: dict[str, Entry], sources: Path) -> int:
    """Add the names in each local language of Natural Earth's breakaway and disputed areas.

    Each area ("Abkhazia", "South Ossetia", "Golan Heights") is matched by its
    English name to the most prominent entry of that name that is no city; its
    ``NAME_DE``, ``NAME_FR``, ``NAME_PL``, ``NAME_RU`` and ``NAME_UK`` are indexed
    as that entry's names.  An area no entry is named like is skipped.  Return how
    many names were added.
    """
    path = Path(sources) / BREAKAWAY_SOURCE
    if not path.exists():
        return 0
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        features = json.load(fh).get("features") or []
    named = _by_english_name(e for e in entries.values() if e.feature_type != "city")
    added = 0
    for feature in features:
        props = feature.get("properties") or {}
        english = [normalize_name(str(props[k])) for k in _BREAKAWAY_ENGLISH if props.get(k)]
        target = next((named[n] for n in english if n in named), None)
        if target is None:
            continue
        for lang in LOCAL_LANGUAGES:
            local = props.get(f"NAME_{lang.upper()}")
            if isinstance(local, str) and local.strip():
                target.add_local_name(local.strip(), lang)
                added += 1
    return added


def read_local_names(path: Path) -> Iterator[tuple[str, str, list[str]]]:
    """Yield ``(place, language, names)`` rows of the curated table."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        for row in rows:
            names = [n.strip() for n in (row.get("names") or "").split("|") if n.strip()]
            yield (row.get("place") or "").strip(), (row.get("lang") or "").strip(), names


def add_curated_names(entries: dict[str, Entry], path: Path) -> int:
    """Add the curated table's names; an unknown place or language is an error."""
    if not path.exists():
        return 0
    named = _by_english_name(entries.values())
    added = 0
    for place, lang, names in read_local_names(path):
        if lang not in LOCAL_LANGUAGES:
            raise ValueError(f"{path.name}: unknown language {quoted(lang)} for {quoted(place)}")
        target = entries.get(place) or named.get(normalize_name(place))
        if target is None:
            raise ValueError(f"{path.name}: unknown place {quoted(place)}")
        for name in names:
            target.add_local_name(name, lang)
            added += 1
    return added


def local_rows(entries: Iterable[Entry]) -> list[LocalNameRow]:
    """Every entry's local names as writer rows, without lemmas that are another's name.

    The lemmatiser reads some names as inflected words: German "Maine" as "Main",
    "Seine" as "sein".  A key that an entry has only as such a lemma, and another
    entry has as a name as written ("Main", the river), is left to that one: "der
    Main" is the river, not the US state.  A key an entry has only as such a lemma
    and another entry has as its main name matches as an ``"alternate"`` only: the
    Russian "Куре" (Kure, Japan) is read as the locative of "Кура", the main name of
    the Kura river in its transliteration.
    """
    entries = list(entries)
    written: dict[tuple[str, str], set[str]] = {}
    main: dict[str, set[str]] = {}
    for e in entries:
        for lang_key in e.written:
            written.setdefault(lang_key, set()).add(e.place_id)
        main.setdefault(normalize_name(e.name), set()).add(e.place_id)
    rows = [
        (lang, key, e.place_id, kind)
        if (lang, key) in e.written or not main.get(key, set()) - {e.place_id}
        else (lang, key, e.place_id, "alternate")
        for e in entries
        for (lang, key), kind in e.local.items()
        if (lang, key) in e.written or not written.get((lang, key), set()) - {e.place_id}
    ]
    total = sum(len(e.local) for e in entries)
    log.info("local names: %d lemma keys left to another place's name", total - len(rows))
    return rows
