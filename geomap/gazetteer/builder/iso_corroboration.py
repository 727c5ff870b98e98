"""Whether a subdivision met through a translation alone is corroborated by its other names.

iso-codes has wrong translations: German "Brest" for Belarus's Vitebsk region
(BY-VI "Viciebskaja voblasć"), Ukrainian "Республіка Алтай" for Sakha (RU-SA "Saha,
Respublika").  Each meets another admin unit by an equal name, and the unit then took
all the subdivision's translations ("obwód witebski", "Вітебська область" read as
Brest, "Республика Саха" as the Altai Republic).  :func:`corroborated` keeps a unit
met only through translations (never by the subdivision's own name) unless

* every translation that meets it is also another subdivision's name or translation
  in that country (:func:`shared_names`: "Республіка Алтай" is RU-AL's as well) and
  the own name shares no word's beginning with the unit's names ("Saha, Respublika"
  none with "Altai"; RU-AL's "Altay, Respublika" keeps it), or
* at least :data:`RIVAL_SUPPORT` of the subdivision's other names (its own name and
  the translations that did not meet the unit, each different name once) name another
  unit of the country, and
  more of them than name the unit.  A name names a unit when one of its words begins
  with a word that names that unit alone among the country's units of its kind
  (:func:`naming_words`): BY-VI's French "Voblast de Vitebsk" and Ukrainian
  "Вітебська область" (romanised "vitebska oblast") name GeoNames' "Vitebsk".

A subdivision whose other names name no other unit keeps the translation's
("Graubünden" is GeoNames' "Grisons", met by the French translation only).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from geomap.gazetteer.builder.iso_codes import Subdivision
from geomap.gazetteer.builder.iso_likeness import UNIT_WORDS
from geomap.gazetteer.builder.iso_positions import POSITION_WORDS
from geomap.gazetteer.builder.iso_unit_codes import stems
from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.names import normalize_name

#: Least number of a subdivision's other names that must name a rival unit to overrule a
#: translation (one name alone, "Centre-Val de Loire" naming "Pays de la Loire", does not).
RIVAL_SUPPORT = 2
#: Least length of a word that names a unit.
NAMING_WORD = 4


def _keys(name: str) -> set[str]:
    from geomap.gazetteer.builder.iso_names import _keys as name_keys

    return name_keys(name)


def meets(lang: str, name: str, unit: Entry) -> bool:
    """Whether ``name`` (in ``lang``) meets ``unit``: a key among its names, or written so."""
    return bool(_keys(name) & set(unit.names)) or (lang, normalize_name(name)) in unit.written


def _words(keys: Iterable[str]) -> set[str]:
    """The words of ``keys`` that can name: long enough, no word for a kind or a position."""
    return {
        w
        for k in keys
        for w in k.split()
        if len(w) >= NAMING_WORD and w not in UNIT_WORDS and w not in POSITION_WORDS
    }


def naming_words(units: Sequence[Entry]) -> list[set[str]]:
    """Per unit, the words of its names that no other of ``units`` has ("vitebsk")."""
    words = [_words(u.names) for u in units]
    count = Counter(w for ws in words for w in ws)
    return [{w for w in ws if count[w] == 1} for ws in words]


def _names(name: str, words: set[str]) -> bool:
    """Whether a word of ``name`` begins with one of ``words`` ("vitebska" with "vitebsk")."""
    return any(w.startswith(u) for w in _words(_keys(name)) for u in words)


def shared_names(subs: Iterable[Subdivision]) -> dict[tuple[str, str], set[str]]:
    """``(country, normalised name)`` -> the codes of the subdivisions so named or translated."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for sub in subs:
        for name in (sub.name, *(n for _, n in sub.local)):
            out[(sub.country, normalize_name(name))].add(sub.code)
    return out


def corroborated(
    sub: Subdivision,
    unit: Entry,
    rivals: Iterable[Entry],
    shared: dict[tuple[str, str], set[str]] | None = None,
) -> bool:
    """Whether ``unit``, met by ``sub`` through a translation, is not named better by its others.

    ``rivals`` are the admin units of ``sub``'s country and of ``unit``'s kind;
    ``shared`` is :func:`shared_names` of every subdivision.
    """
    meeting = [name for lang, name in sub.local if meets(lang, name, unit)]
    if (
        shared is not None
        and meeting
        and all(shared.get((sub.country, normalize_name(n)), set()) - {sub.code} for n in meeting)
        and not stems(_keys(sub.name)) & stems(unit.names)
    ):
        return False
    others = {
        normalize_name(n): n
        for n in [sub.name, *(name for lang, name in sub.local if not meets(lang, name, unit))]
    }.values()
    units = [unit, *(r for r in rivals if r is not unit)]
    words = naming_words(units)
    support = [sum(1 for n in others if _names(n, ws)) for ws in words]
    return all(s < RIVAL_SUPPORT or s <= support[0] for s in support[1:])
