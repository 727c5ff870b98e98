"""Units named by the common stem of the units split from them ("Cheshire", "Kivu").

GeoNames codes today's units. Where a unit was split into parts named by a compass
word and its name ("Cheshire East" and "Cheshire West and Chester", "North Kivu" and
"South Kivu", "West Northamptonshire" and "North Northamptonshire"), the whole
("Cheshire", "Kivu", "Northamptonshire") is often in no source, although news still
names it.  :func:`stem_units` adds one entry per such stem and parent: the admin-2
units of one admin-1 unit, or the admin-1 units of one country, whose own names are
the stem with a compass word before it, or after it (optionally followed by "and"
and another name).  The entry lies at the population-weighted mean of those units'
points and has their summed population.  A stem is left out when it is shorter
than :data:`MIN_STEM` letters, holds a unit's type word, or ends in a word for a
kind of unit ("Coast", "Hills") or a lower-case English word ("Bank", "Side"); and
when it is already a country's name, or the name, alias or exonym of a unit or
region anywhere ("Papua", "Java"), or a name of any place in its country: the
existing entry keeps it.  Parts that no town of the sources places yet (GeoNames'
admin-2 codes of 2021 for Northamptonshire)
count where Natural Earth's admin-1 label points have a unit of the stem's name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from geomap.english_words import common_word
from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.names import normalize_name, strip_type_word

#: Words that name a part of a unit by its position.
COMPASS = ("North", "South", "East", "West", "Central", "Mid")
_WORD = "|".join(COMPASS)
#: "North Kivu", "North-East Lincolnshire", "Mid Ulster": compass words, then the stem.
_BEFORE = re.compile(rf"^(?:(?:{_WORD})[ -])+(?P<stem>.+)$")
#: "Cheshire East", "Cheshire West and Chester": the stem, then a compass word.
_AFTER = re.compile(rf"^(?P<stem>.+?)(?: (?:{_WORD}))+(?: and .+)?$")
#: Compass adjectives ("Western Equatoria"): such a part joins a stem that a compass
#: word's part opened ("Central Equatoria"), and never opens one itself ("Northern
#: Red Sea" and "Southern Red Sea" make no "Red Sea").
ADJECTIVES = ("Northern", "Southern", "Eastern", "Western")
_ADJECTIVAL = re.compile(rf"^(?:(?:{'|'.join(ADJECTIVES)})[ -])+(?P<stem>.+)$")
#: Shortest stem (normalised, without spaces) that names a unit.
MIN_STEM = 4
#: Kinds of unit whose parts are grouped, and the kind of entry their stem becomes.
STEM_TYPES = {"admin2": "admin2", "admin1": "region"}
STEM_CODES = {"admin2": "ADM2H", "admin1": "RGNH"}


def stem_of(name: str) -> str | None:
    """The stem of a compass-qualified unit name, as written, or ``None``.

    >>> stem_of("West Northamptonshire"), stem_of("Cheshire West and Chester")
    ('Northamptonshire', 'Cheshire')
    >>> stem_of("North East Lincolnshire"), stem_of("Northumberland")
    ('Lincolnshire', None)
    """
    for rx in (_BEFORE, _AFTER):
        m = rx.match(name.strip())
        if m:
            stem = m.group("stem").strip()
            norm = normalize_name(stem)
            if len(norm.replace(" ", "")) < MIN_STEM or strip_type_word(stem) is not None:
                return None
            if not all(w[:1].isupper() for w in stem.replace("-", " ").split()):
                return None  # "East Riding of Yorkshire"
            return stem
    return None


def generic_words(names: Iterable[str]) -> set[str]:
    """Last words that end two or more unit names after another name ("Coast", "Hills").

    "Gold Coast" and "Sunshine Coast" make "coast" a word for a kind of unit;
    "North Yorkshire" alone does not make "yorkshire" one (a compass word is no name),
    nor do "Eastern Equatoria" and "Western Equatoria" make "equatoria" one.
    """
    count: dict[str, int] = defaultdict(int)
    for name in names:
        if _BEFORE.match(name.strip()) or _ADJECTIVAL.match(name.strip()):
            continue
        words = normalize_name(name).split()
        if len(words) >= 2:
            count[words[-1]] += 1
    return {w for w, n in count.items() if n >= 2}


def stem_units(
    entries: Iterable[Entry],
    units: Mapping[str, Entry],
    unplaced: Mapping[str, str] | None = None,
    labels: Mapping[tuple[str, str], tuple[float, float]] | None = None,
    reserved: Iterable[str] = (),
) -> list[Entry]:
    """New entries for the stems shared by compass-qualified units.

    A stem's last word must not be a word for a kind of unit (:func:`generic_words`),
    nor a lower-case English word (:func:`common_word`: "Upper", "Bank").  It must be
    no name of a country, no name, alias or exonym of a unit or region anywhere, and
    no name of any place in its country.  The entry lies at Natural Earth's label
    point of a unit of the stem's name in that country when there is one, else at
    the parts' population-weighted mean point.

    Parameters
    ----------
    entries
        Every entry so far (their names decide which stems are taken).
    units
        The admin-1 and admin-2 entries, keyed by their GeoNames codes.
    unplaced
        Names of the admin-2 codes (``CC.ADM1.ADM2``) that have no entry (no town of
        the sources bears the code yet): such parts count only where a label point
        places their stem.
    labels
        ``(country, normalised name) -> (lon, lat)``, Natural Earth's admin-1 label points.
    reserved
        Names (normalised) the curated aliases give to a place ("Holland"): never a stem.

    Returns
    -------
    list of Entry
        One entry per (stem, parent unit), sorted by id.
    """
    entries = list(entries)
    labels = labels or {}
    generic = generic_words([*(e.name for e in units.values()), *(unplaced or {}).values()])
    groups: dict[tuple[str, str, str, str], list[Entry | None]] = defaultdict(list)
    named: dict[tuple[str, str, str, str], str] = {}
    parts: list[tuple[str, str, str, str, Entry | None]] = [
        (e.feature_type, e.country_code or "", e.admin1_code or "", e.name, e)
        for e in units.values()
    ]
    for code, name in (unplaced or {}).items():
        cc, a1, _ = code.split(".", 2)
        parts.append(("admin2", cc, a1, name, None))
    adjectival: list[tuple[tuple[str, str, str, str], Entry | None]] = []
    for kind, cc, a1, name, e in parts:
        if kind not in STEM_TYPES or not cc:
            continue
        stem = stem_of(name)
        if stem is None:
            m = _ADJECTIVAL.match(name.strip())
            if m:
                norm = normalize_name(m.group("stem"))
                adjectival.append(((kind, cc, a1 if kind == "admin2" else "", norm), e))
            continue
        key = (kind, cc, a1 if kind == "admin2" else "", normalize_name(stem))
        groups[key].append(e)
        named.setdefault(key, stem)
    for key, e in adjectival:  # "Western Equatoria" joins the stem "Central Equatoria" opened
        if key in groups:
            groups[key].append(e)
    taken_anywhere: set[str] = set(reserved)
    taken_in: set[tuple[str, str]] = set()
    for e in entries:
        if e.feature_type == "country":
            taken_anywhere |= set(e.names)
        if e.feature_type != "city":
            taken_anywhere |= {n for n, k in e.names.items() if k != "alternate"}
            taken_anywhere.add(normalize_name(e.name))
        if e.country_code:
            taken_in |= {(e.country_code, n) for n in {*e.names, normalize_name(e.name)}}
    out: list[Entry] = []
    for key, members in sorted(groups.items(), key=lambda kv: kv[0]):
        kind, cc, parent, norm = key
        last = norm.split()[-1]
        if last in generic or common_word(last):
            continue
        if norm in taken_anywhere or (cc, norm) in taken_in:
            continue
        placed = [m for m in members if m is not None]
        label = labels.get((cc, norm))
        if not placed and label is None:
            continue
        out.append(_entry(kind, cc, parent, named[key], placed, label))
    return out


def _entry(
    kind: str,
    cc: str,
    parent: str,
    stem: str,
    parts: list[Entry],
    label: tuple[float, float] | None,
) -> Entry:
    """The entry of one stem: the parts' summed population, at ``label`` or their mean."""
    total = sum(p.population for p in parts)
    if label is None:
        weights = [p.population if total else 1 for p in parts]
        w = sum(weights)
        lon = sum(p.lon * k for p, k in zip(parts, weights, strict=True)) / w
        lat = sum(p.lat * k for p, k in zip(parts, weights, strict=True)) / w
    else:
        lon, lat = label
    admin1 = next((p.admin1 for p in parts if p.admin1), None) if parent else None
    e = Entry(
        place_id=f"stem:{cc}.{parent}:{normalize_name(stem).replace(' ', '-')}",
        name=stem,
        feature_type=STEM_TYPES[kind],
        country_code=cc,
        lon=lon,
        lat=lat,
        source="geonames",
        feature_code=STEM_CODES[kind],
        population=total,
        admin1_code=parent or None,
        admin1=admin1,
    )
    e.add_name(stem, "name")
    return e
