"""A subdivision met by its code, or by a translation its unit already has.

The two fallbacks of :func:`geomap.gazetteer.builder.iso_names._target` when no name
of a subdivision equals one of its admin unit's: France's departments by their number
(FR-31 "Haute-Garonne" is GeoNames' FR.76.31 "Upper Garonne"), and a unit whose
German name the curated tables give (DE-NI "Niedersachsen" is GeoNames' "Lower Saxony").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from geomap.gazetteer.builder.iso_codes import Subdivision
from geomap.gazetteer.builder.iso_likeness import UNIT_WORDS
from geomap.gazetteer.builder.iso_positions import POSITION_WORDS
from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.names import normalize_name

#: Letters a word of a subdivision's name and of its unit's, matched by code, begin alike in.
CODE_WORD_PREFIX = 4


def admins_by_code(entries: Iterable[Entry]) -> dict[tuple[str, str], list[Entry]]:
    """``(country, GeoNames admin-2 code)`` -> the admin-2 units with that code."""
    out: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for e in entries:
        if e.feature_type == "admin2" and e.country_code and e.admin2_code:
            out[(e.country_code, e.admin2_code.upper())].append(e)
    return out


def stems(keys: Iterable[str]) -> set[str]:
    """The first :data:`CODE_WORD_PREFIX` letters of the words of ``keys`` that name.

    Words for a kind of unit and for a position ("oblast", "upper") name nothing.
    """
    return {
        w[:CODE_WORD_PREFIX]
        for k in keys
        for w in k.split()
        if len(w) >= CODE_WORD_PREFIX and w not in POSITION_WORDS and w not in UNIT_WORDS
    }


def by_code(
    sub: Subdivision, keys: set[str], codes: dict[tuple[str, str], list[Entry]]
) -> Entry | None:
    """The one admin-2 unit with a lower subdivision's code that shares a word's beginning.

    GeoNames codes France's departments by their number ("FR.76.31"), as ISO 3166-2
    does ("FR-31"); where the two codings differ a code is another unit's, which
    shares no naming word with the subdivision ("Haute-Garonne" and "Upper Garonne"
    share "garo").  Top-level subdivisions are matched by likeness instead.
    """
    if sub.top_level:
        return None
    units = codes.get((sub.country, sub.code.split("-", 1)[1].upper()), [])
    if len(units) != 1:
        return None
    return units[0] if stems(keys) & stems(units[0].names) else None


def admins_by_local(
    entries: Iterable[Entry],
) -> dict[tuple[str, str, str, str], list[Entry]]:
    """``(country, feature type, language, name as written)`` -> the admin units so named."""
    out: dict[tuple[str, str, str, str], list[Entry]] = defaultdict(list)
    for e in entries:
        if e.feature_type in ("admin1", "admin2") and e.country_code:
            for lang, key in e.written:
                out[(e.country_code, e.feature_type, lang, key)].append(e)
    return out


def by_local(
    sub: Subdivision, order: tuple[str, ...], local: dict[tuple[str, str, str, str], list[Entry]]
) -> Entry | None:
    """The one admin unit that has one of ``sub``'s translations as written in its language."""
    for ftype in order:
        hits = {
            id(e): e
            for lang, name in sub.local
            for e in local.get((sub.country, ftype, lang, normalize_name(name)), [])
        }
        if len(hits) == 1:
            return next(iter(hits.values()))
        if hits:
            return None
    return None
