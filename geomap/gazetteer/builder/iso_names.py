"""Names of admin units in other languages from ISO 3166-2 (iso-codes' translations).

GeoNames names an admin unit in English or its own language ("Lombardy",
"Syunik") and Natural Earth gives other languages' names only for the admin-1
units of nine countries, so "in der Lombardei", "w Lombardii" or "в Сюникской
области" met nothing.  iso-codes (LGPL-2.1; read at build time from the copy
``pycountry`` installs, never copied into this repository: ``pip install
pycountry``) gives each ISO 3166-2 subdivision's own name and its translations;
:func:`geomap.gazetteer.builder.iso_codes.read_iso_names` keeps those in German,
French, Polish, Russian and Ukrainian.  Without pycountry the builder skips them and says so.
:func:`add_iso_names` matches a subdivision to the gazetteer's admin unit of its
country that has its own name (or one of its translations, or either without its
type word) among its names, or among its names without a leading word for its kind
("Province du Hainaut", "Provincie West-Vlaanderen": GeoNames' Belgian provinces, whose
ISO 3166-2 names are "Hainaut" and "West-Vlaanderen"; :func:`without_kind`), an
admin-1 unit first for a top-level subdivision, an admin-2 unit first for a lower
one, and indexes the translations as that unit's names in each language.  A subdivision
no name matches is matched by its code instead, when the code's part after the country is
the GeoNames code of one of the country's units and the two share a word's beginning
(:func:`~geomap.gazetteer.builder.iso_unit_codes.by_code`: FR-31 "Haute-Garonne" is
GeoNames' FR.76.31 "Upper Garonne", whose anglicised name alone no French, German or
Russian text writes).  A subdivision no name
or code matches is matched by one of its translations that the unit already has, as
written, in that language (:func:`~geomap.gazetteer.builder.iso_unit_codes.by_local`:
DE-NI "Niedersachsen" is GeoNames' "Lower Saxony", whose German name the curated tables
give; it then takes "Basse-Saxe", "Dolna Saksonia", "Нижняя Саксония").  A unit met
through translations alone, never by the own name, must be corroborated by the
subdivision's other names (:mod:`~geomap.gazetteer.builder.iso_corroboration`: German
"Brest" for the Vitebsk region, Ukrainian "Республіка Алтай" for Sakha).  A
subdivision named by its position alone keeps only its translations that are proper
names (:func:`~geomap.gazetteer.builder.iso_positions.named_part`).  A
subdivision that is a town ("Municipality", "City", "Local council" ...) or is named
like a town of its country with at least :data:`TOWN_POPULATION` people ("Bergamo",
the province) is skipped: a translation of that name means the town.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Iterable

from geomap.gazetteer.builder.iso_codes import Subdivision
from geomap.gazetteer.builder.iso_corroboration import corroborated, shared_names
from geomap.gazetteer.builder.iso_likeness import similar
from geomap.gazetteer.builder.iso_own_names import add_own_names
from geomap.gazetteer.builder.iso_positions import named_part
from geomap.gazetteer.builder.iso_unit_codes import (
    admins_by_code,
    admins_by_local,
    by_code,
    by_local,
)
from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.lemmas import index_keys
from geomap.gazetteer.names import normalize_name, strip_type_word

log = logging.getLogger(__name__)

#: A subdivision named like a town of at least this many people is the town's.
TOWN_POPULATION = 5_000
#: Words of an ISO 3166-2 type that make the subdivision a town, not a region.
_TOWN_TYPES = re.compile(
    r"city|municipal|council|quarter|commune|town|parish|borough|ward|village|capital",
    re.IGNORECASE,
)
#: The score of an equal name.
EXACT = 1.0
#: A leading word for a unit's kind and the word linking it to the name, in a normalised
#: admin unit's name ("province du hainaut", "provincie antwerpen", "provincia di bergamo",
#: "muhafazat hadramaout": the romanised Arabic word for a governorate).
_LEADING_KIND = re.compile(
    r"^(?:province|provincie|provincia|provinz|prowincja|departement|departamento|muhafazat)"
    r"(?: (?:de la|de l|de|du|des|di|del|della|dell|d|van|of))? (?=\S)"
)
#: "Västmanlands län [SE-19]", "Central Luzon (Region III)": the bracketed part goes.
_BRACKETS = re.compile(r"\s*[\[(][^\])]*[\])]")


def _keys(name: str) -> set[str]:
    """A name's index keys: as written, without brackets, either part of "X, Respublika"."""
    plain = _BRACKETS.sub("", name).strip()
    forms = {name, plain, *(part.strip() for part in plain.split(","))}
    keys = {normalize_name(f) for f in forms} | {strip_type_word(f) or "" for f in forms}
    return {k for k in keys if k}


def without_kind(key: str) -> str | None:
    """A normalised unit name without its leading kind word ("province du hainaut" -> "hainaut").

    ``None`` when the name does not begin with one (:data:`_LEADING_KIND`).
    """
    short = _LEADING_KIND.sub("", key, count=1)
    return short if short != key else None


def _admins_by_name(entries: Iterable[Entry]) -> dict[tuple[str, str, str], list[Entry]]:
    """``(country, feature type, name key)`` -> the admin units with that name."""
    out: dict[tuple[str, str, str], list[Entry]] = defaultdict(list)
    for e in entries:
        if e.feature_type in ("admin1", "admin2") and e.country_code:
            keys = set(e.names) | {k for n in e.names if (k := without_kind(n))}
            for norm in keys:
                out[(e.country_code, e.feature_type, norm)].append(e)
    return out


def _named_after_kind(entries: Iterable[Entry]) -> set[tuple[str, str]]:
    """``(country, key)`` of admin units' names after a kind word ("departement du nord")."""
    return {
        (e.country_code, short)
        for e in entries
        if e.feature_type in ("admin1", "admin2") and e.country_code
        for n in e.names
        if (short := without_kind(n))
    }


def _towns(entries: Iterable[Entry]) -> set[tuple[str, str]]:
    """``(country, name key)`` of the towns of :data:`TOWN_POPULATION` people or more."""
    return {
        (e.country_code, norm)
        for e in entries
        if e.feature_type == "city" and e.country_code and e.population >= TOWN_POPULATION
        for norm, kind in e.names.items()
        if kind in ("name", "alias")
    }


def _target(
    sub: Subdivision,
    admins: dict[tuple[str, str, str], list[Entry]],
    admin1s: dict[str, list[Entry]],
    codes: dict[tuple[str, str], list[Entry]] | None = None,
    local: dict[tuple[str, str, str, str], list[Entry]] | None = None,
    units: dict[tuple[str, str], list[Entry]] | None = None,
    shared: dict[tuple[str, str], set[str]] | None = None,
) -> tuple[Entry, float] | None:
    """The one admin unit ``sub`` names and how sure (1.0: an equal name), or ``None``.

    A unit met through translations alone must be :func:`corroborated` by the
    subdivision's other names among ``units`` (``(country, feature type)`` -> its units).
    """
    own = _keys(sub.name)
    keys = own | {k for _, local in sub.local for k in _keys(local)}
    order = ("admin1", "admin2") if sub.top_level else ("admin2", "admin1")
    for ftype in order:
        hits = {id(e): e for k in keys for e in admins.get((sub.country, ftype, k), [])}
        if len(hits) == 1:
            hit = next(iter(hits.values()))
            if own & set(hit.names) or _corroborated(sub, hit, units, shared):
                return hit, EXACT
            return None
        if hits:
            return None
    if codes is not None and (unit := by_code(sub, keys, codes)) is not None:
        return unit, EXACT
    if local is not None and (unit := by_local(sub, order, local)) is not None:
        return (unit, EXACT) if _corroborated(sub, unit, units, shared) else None
    return similar(keys, admin1s.get(sub.country, [])) if sub.top_level else None


def _corroborated(
    sub: Subdivision,
    unit: Entry,
    units: dict[tuple[str, str], list[Entry]] | None,
    shared: dict[tuple[str, str], set[str]] | None = None,
) -> bool:
    """:func:`corroborated` among the units of ``unit``'s country and kind (none given: yes)."""
    if units is None:
        return True
    return corroborated(sub, unit, units.get((sub.country, unit.feature_type), []), shared)


def _matches(
    subs: Iterable[Subdivision], entries: dict[str, Entry]
) -> list[tuple[Subdivision, Entry, float]]:
    """Each subdivision's admin unit and how sure; a unit named alike by several takes the likest.

    A unit that a subdivision names by an equal name takes no other by likeness
    ("Chungcheongbuk-do" is not "Chungcheongnam-do").
    """
    admins = _admins_by_name(entries.values())
    admin1s: dict[str, list[Entry]] = defaultdict(list)
    units: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for e in entries.values():
        if e.feature_type in ("admin1", "admin2") and e.country_code:
            units[(e.country_code, e.feature_type)].append(e)
            if e.feature_type == "admin1":
                admin1s[e.country_code].append(e)
    codes = admins_by_code(entries.values())
    local = admins_by_local(entries.values())
    subs = list(subs)
    shared = shared_names(subs)
    found = [
        (sub, hit)
        for sub in subs
        if (hit := _target(sub, admins, admin1s, codes, local, units, shared)) is not None
    ]
    found.sort(key=lambda sh: -sh[1][1])  # equal names first, then by likeness (stable)
    taken: set[str] = set()
    out: list[tuple[Subdivision, Entry, float]] = []
    for sub, (unit, score) in found:
        if score < EXACT and unit.place_id in taken:
            continue
        taken.add(unit.place_id)
        if score < EXACT:
            log.debug("ISO 3166-2 %s %s taken as %s", sub.code, sub.name, unit.name)
        out.append((sub, unit, score))
    return out


def _biggest_by_key(entries: Iterable[Entry]) -> dict[tuple[str, str], int]:
    """``(language, index key)`` -> the population of the biggest place indexed under it."""
    out: dict[tuple[str, str], int] = {}
    for e in entries:
        for lang_key in e.local:
            out[lang_key] = max(out.get(lang_key, 0), int(e.population))
    return out


def _a_bigger_places(
    name: str, lang: str, target: Entry, biggest: dict[tuple[str, str], int]
) -> bool:
    """Whether a form of ``name`` (its lemma keys) is a more populous place's in ``lang``.

    Burkina Faso's province Soum is "Сум" in Russian, also the genitive of Sumy ("из
    Сум", lemma "Сума"): the translation of the smaller unit is left out.
    """
    return any(
        biggest.get((lang, key), 0) > target.population
        for key in index_keys(name, lang)
        if (lang, key) not in target.local
    )


def written_by(entries: Iterable[Entry]) -> dict[tuple[str, str], set[str]]:
    """``(language, key)`` of every name as written -> the ids of the places written so."""
    written: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in entries:
        for lang_key in e.written:
            written[lang_key].add(e.place_id)
    return written


def add_iso_names(entries: dict[str, Entry], subdivisions: Iterable[Subdivision] | None) -> int:
    """Index subdivisions' translations as their admin units' names; return how many.

    ``subdivisions`` come from iso-codes (:func:`read_iso_names`); ``None`` adds none.
    """
    if subdivisions is None:
        log.warning("ISO 3166-2 names skipped: pycountry is not installed (pip install pycountry)")
        return 0
    towns = _towns(entries.values())
    written = written_by(entries.values())
    kinded = _named_after_kind(entries.values())
    subs = [
        sub
        for sub in (
            named_part(s, (s.country, normalize_name(s.name)) in kinded) for s in subdivisions
        )
        if sub.local
        and not _TOWN_TYPES.search(sub.type)
        and not any((sub.country, k) in towns for k in _keys(sub.name))
    ]
    biggest = _biggest_by_key(entries.values())
    added = 0
    matched = _matches(subs, entries)
    for sub, target, _ in matched:
        for lang, name in sub.local:
            name = _BRACKETS.sub("", name).strip()
            if written.get((lang, normalize_name(name)), set()) - {target.place_id}:
                continue  # another place's name in that language ("Kurdystan", the region)
            if _a_bigger_places(name, lang, target, biggest):
                continue
            target.add_local_name(name, lang, "exonym")
            added += 1
    exact = [(sub, unit) for sub, unit, score in matched if score >= EXACT]  # never by likeness
    log.info("ISO 3166-2 own names as English names: %d", add_own_names(exact, entries.values()))
    return added
