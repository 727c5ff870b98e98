"""A top-level unit's own ISO 3166-2 name, as an English text may write it.

GeoNames names Poland's provinces "Subcarpathia" and "Podlasie", Italy's regions
"Apulia" and "Piedmont"; English news writes "Podkarpackie province", "Puglia",
"Noord-Holland" as often: the units' own names, which iso-codes (ISO 3166-2) gives
and :mod:`geomap.gazetteer.builder.iso_names` indexes only in the country's language.
:func:`add_own_names` indexes the own name of each top-level subdivision matched to an
admin-1 unit by an equal name, code or translation (never by likeness alone, which can
take a neighbour) among the unit's English names too, as an ``alternate`` (the weakest
kind of match), when it is written in Latin letters, no other place has that name,
and none of its words is an English word ("Long An", "Harari People" are not added:
"long", "people"), and the unit was met by the own name itself (:func:`_own_evidence`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from geomap.gazetteer.builder.iso_codes import Subdivision
from geomap.gazetteer.builder.iso_positions import by_position
from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.names import normalize_name

#: "Catalunya [Cataluña]", "Bicol (Region V)": the bracketed part goes.
_BRACKETS = re.compile(r"\s*[\[(][^\])]*[\])]")
_WORD = re.compile(r"[^\W\d_]+")


def _latin(name: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)


def _english_word(word: str) -> bool:
    import simplemma

    return simplemma.is_known(word.lower(), lang="en")


def own_name(sub: Subdivision) -> str | None:
    """The subdivision's own name as an English text may write it, or ``None``.

    Only a top-level subdivision's, in Latin letters, without brackets or the part after
    a comma ("Madrid, Comunidad de"), named by more than its position, and with no word
    that is an English word.
    """
    if not sub.top_level:
        return None
    name = _BRACKETS.sub("", sub.name).split(",")[0].strip()
    words = _WORD.findall(name)
    if not words or not _latin(name) or by_position(name):
        return None
    if any(_english_word(w) for w in words):
        return None
    return name


def add_own_names(matches: Iterable[tuple[Subdivision, Entry]], entries: Iterable[Entry]) -> int:
    """Index each matched admin-1 unit's own ISO name among its English names; return how many.

    A name another place already has (in English) is left out: it would make that
    place's name ambiguous.
    """
    taken = {norm for e in entries for norm in e.names}
    added = 0
    for sub, unit in matches:
        if unit.feature_type != "admin1":
            continue
        name = own_name(sub)
        norm = normalize_name(name) if name else ""
        if not name or not norm or norm in unit.names or norm in taken:
            continue
        if not _own_evidence(sub, unit, norm):
            continue
        unit.add_name(name, "alternate")
        taken.add(norm)
        added += 1
    return added


def _own_evidence(sub: Subdivision, unit: Entry, norm: str) -> bool:
    """Whether ``unit`` was met by the subdivision's own name, not by a translation alone.

    iso-codes has wrong translations ("Brest" in German for Belarus's Vitebsk region,
    Altai's Ukrainian name for Sakha's) that meet another unit by an equal name: the own
    name is taken only when the unit has one of its keys among its names, or has it as
    written in a language (the curated tables' Polish "Lubelskie" for GeoNames' Lublin).
    """
    from geomap.gazetteer.builder.iso_names import _keys

    if _keys(sub.name) & set(unit.names):
        return True
    return any(key == norm for _, key in unit.written)
