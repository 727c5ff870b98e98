"""Rivers named by the towns on them: "Marburg an der Lahn", "Nakło nad Notecią", "X-sur-Odet".

The sources have no in-country rivers (GeoNames' ``allCountries`` could not be
brought in) and Natural Earth's 10 m lines only the large ones, so "die Lahn",
"an der Aller" or "nad Notecią" met nothing, or a town of that name.  Towns say
which river they lie on in their names: German "X an der Y", "X am Y" and
"X ob der Y", Polish "X nad Y" and French "X-sur-Y".  :func:`town_river_entries`
gathers the Y of the towns of each language's countries (GeoNames' names and
alternate names) and makes one water entry per river: its point is the mean of
the towns on it (those within :data:`SPREAD_KM` of their median), its name the
form as written in the towns' names, indexed in that language only (so an English
article's "aller" or "main" never meets it).  A Y that is already a water entry's
name near there, or a town's, an admin unit's or a region's name, makes none.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache
from statistics import median

from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.names import normalize_name
from geomap.geo import haversine_km

#: ``(language, countries, pattern)``: the river is the pattern's last group.
_PATTERNS: tuple[tuple[str, frozenset[str], re.Pattern[str]], ...] = (
    ("de", frozenset({"DE", "AT", "CH", "LI", "LU"}),
     re.compile(r"^\S.* (?:an der|am|ob der) (\w{3,})$")),
    ("pl", frozenset({"PL"}), re.compile(r"^\S.* nad (\w{3,})$")),
    ("fr", frozenset({"FR", "BE", "CH", "LU"}), re.compile(r"^\S.*-sur-(\w{3,})$")),
)  # fmt: skip
#: Words after a river preposition that are no river ("Zell am See", "Boulogne-sur-Mer").
_NOT_RIVERS = frozenset(
    {"see", "berg", "wald", "mer", "meer", "morzem", "jeziorem", "mont", "bach"}
)
#: Endings of words after a river preposition that name no river: a road, a hill, a
#: range, a forest or a field ("an der Straße", "am Arlberg", "am Rennsteig").
_NOT_RIVER_ENDS = re.compile(
    r"(?:stra(?:ß|ss)e|weg|steig|berg|gebirge|wald|feld|kopf|kogel|stein|bahn)$"
)
#: Towns farther than this from the median of a river's towns are on another river.
SPREAD_KM = 250.0
#: A water entry of the same name this close is the river already.
SAME_WATER_KM = 400.0
#: A town of this many people named like the river (by any of its names) keeps the name.
TOWN_POPULATION = 2_000


@lru_cache(maxsize=8)
def _words(lang: str) -> Mapping[str, str]:
    """Simplemma's dictionary of ``lang`` (word forms -> lemmas)."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    return DefaultDictionaryFactory().get_dictionary(lang)


def _river(name: str, lang: str, pattern: re.Pattern[str]) -> str | None:
    """The river ``name`` says its town is on, or ``None``.

    A word that is also a common word of the language (in simplemma's dictionary
    in lower case: "Brand", "Messe", "Leine", "Elle") is left out: an article
    capitalises it at a sentence's start, and German every noun.
    """
    m = pattern.match(name)
    river = m.group(1) if m else ""
    if not river[:1].isupper() or normalize_name(river) in _NOT_RIVERS:
        return None
    low = river.lower()
    return None if _NOT_RIVER_ENDS.search(low) or low in _words(lang) else river


def rivers_named(
    own: str, alternates: Iterable[str], country: str | None
) -> tuple[tuple[str, str, bool], ...]:
    """``(language, river, in the town's own name)`` of each name that says its river."""
    found: dict[tuple[str, str], bool] = {}
    for lang, countries, pattern in _PATTERNS:
        if country not in countries:
            continue
        for i, name in enumerate((own, *alternates)):
            river = _river(name, lang, pattern)
            if river is not None:
                found[(lang, river)] = found.get((lang, river), False) or i == 0
    return tuple((lang, river, is_own) for (lang, river), is_own in sorted(found.items()))


def _written(entries: Iterable[Entry]) -> dict[str, list[tuple[str, str, str, bool]]]:
    """River key -> ``(language, form, town id, own name)`` for every town named on it."""
    out: dict[str, list[tuple[str, str, str, bool]]] = defaultdict(list)
    for e in entries:
        for lang, river, is_own in e.on_rivers:
            out[normalize_name(river)].append((lang, river, e.place_id, is_own))
    return out


def _taken(entries: Iterable[Entry]) -> tuple[dict[str, list[Entry]], set[str]]:
    """Water entries by name, and the names of towns, admin units and regions."""
    waters: dict[str, list[Entry]] = defaultdict(list)
    other: set[str] = set()
    for e in entries:
        if e.feature_type == "water":
            for norm in e.names:
                waters[norm].append(e)
        elif e.feature_type != "city" or e.population >= TOWN_POPULATION:
            other.update(e.names)
            other.update(key for _, key in e.written)
    return waters, other


def town_river_entries(entries: dict[str, Entry]) -> list[Entry]:
    """The rivers the towns of ``entries`` are named by that no entry has (module doc)."""
    by_river = _written(entries.values())
    waters, other = _taken(entries.values())
    out: list[Entry] = []
    for key, found in sorted(by_river.items()):
        if key in other or len(key) < 3:
            continue
        towns = {f[2]: entries[f[2]] for f in found}
        if not any(f[3] for f in found):
            continue  # towns' alternate names only: spellings of other languages ("Kimze")
        mid_lon = median(t.lon for t in towns.values())
        mid_lat = median(t.lat for t in towns.values())
        by_distance = sorted(
            towns.values(), key=lambda t: haversine_km(t.lon, t.lat, mid_lon, mid_lat)
        )
        near = [
            t for t in by_distance if haversine_km(t.lon, t.lat, mid_lon, mid_lat) <= SPREAD_KM
        ] or by_distance[:1]
        lon = sum(t.lon for t in near) / len(near)
        lat = sum(t.lat for t in near) / len(near)
        if any(haversine_km(w.lon, w.lat, lon, lat) <= SAME_WATER_KM for w in waters.get(key, [])):
            continue
        lang, river, *_ = max(found, key=lambda f: (f[1][1:].islower(), f[1]))
        e = Entry(
            place_id=f"towns:river:{key.replace(' ', '-')}-{near[0].country_code or ''}".lower(),
            name=river,
            feature_type="water",
            country_code=near[0].country_code,
            lon=lon,
            lat=lat,
            source="geonames",
            feature_code="river",
        )
        for form in sorted({f[1] for f in found if f[0] == lang}):
            e.add_local_name(form, lang)
        out.append(e)
    return out
