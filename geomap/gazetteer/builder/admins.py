"""Admin1 and admin2 entries: GeoNames codes, member places, NE label points and polygons."""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry
from shapely.prepared import prep

from geomap.gazetteer.builder import geonames, naturalearth
from geomap.gazetteer.builder.countries import SHAPE_TOLERANCE
from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.builder.points import admin1_point
from geomap.gazetteer.lemmas import LOCAL_LANGUAGES
from geomap.gazetteer.names import normalize_name, strip_type_word

log = logging.getLogger(__name__)

#: Countries whose first-order units news calls "X Oblast".
_OBLAST_COUNTRIES = frozenset({"UA", "RU", "BY", "KZ", "KG", "TJ", "BG"})


def admin1_variants(cc: str, short: str) -> list[str]:
    """Normalised "X region" / "X province" (/ "X oblast") forms of an admin1 short name."""
    if not short:
        return []
    words = ["region", "province"] + (["oblast"] if cc in _OBLAST_COUNTRIES else [])
    return [f"{short} {w}" for w in words if not short.endswith(" " + w)]


#: A direction adjective as English news shortens it in a unit's name.
_DIRECTION = {"northern": "north", "southern": "south", "eastern": "east", "western": "west"}
#: Generic words after which the short direction names something else ("North Cape").
_GENERIC_TAIL = frozenset(
    {
        "cape",
        "coast",
        "county",
        "department",
        "district",
        "governorate",
        "highlands",
        "islands",
        "province",
        "region",
        "state",
        "territory",
    }
)


def admin1_spellings(norm: str) -> list[str]:
    """English spellings of a romanised admin1 name (normalised) that news writes.

    "Southern Darfur" -> "south darfur" (a direction adjective shortened, unless a
    generic word follows: "Northern Cape" stays); "Oromiya", "Ingushetiya" ->
    "oromia", "ingushetia" (the transcription's word-final "-iya" as English "-ia").

    >>> admin1_spellings("southern darfur")
    ['south darfur']
    >>> admin1_spellings("kabardino balkariya")
    ['kabardino balkaria']
    """
    words = norm.split()
    out: list[str] = []
    if len(words) > 1 and words[0] in _DIRECTION and words[-1] not in _GENERIC_TAIL:
        out.append(" ".join([_DIRECTION[words[0]], *words[1:]]))
    english = " ".join(w[:-3] + "ia" if len(w) > 5 and w.endswith("iya") else w for w in words)
    if english != norm:
        out.append(english)
    return out


def drop_shadowing_variants(entries: Iterable[Entry]) -> int:
    """Remove an admin1 unit's "X region" forms that are another entry's own name.

    The forms :func:`admin1_variants` makes ("kurdistan region" for Iran's Kurdistan
    Province, "al jawf region" for Yemen's Al Jawf) are alternates; where another
    entry is called so by its own name (Iraq's Kurdistan Region, Saudi Arabia's Al
    Jawf Region), the made-up form would only compete with it. A unit's short name
    ("Sagaing" for Sagaing Region) stays. Run before any other source adds
    alternates to admin1 units. Returns how many were removed.
    """
    items = list(entries)
    owner: dict[str, set[str]] = defaultdict(set)
    for e in items:
        for norm, kind in e.names.items():
            if kind == "name":
                owner[norm].add(e.place_id)
    removed = 0
    for e in items:
        if e.feature_type != "admin1":
            continue
        made_up = [n for n, k in e.names.items() if k == "alternate" and _variant(n)]
        for norm in made_up:
            if owner.get(norm, set()) - {e.place_id}:
                del e.names[norm]
                removed += 1
    return removed


def _variant(norm: str) -> bool:
    """Whether a normalised name ends in a word :func:`admin1_variants` adds."""
    return norm.rsplit(" ", 1)[-1] in {"region", "province", "oblast"} and " " in norm


#: An admin unit named by its seat's adjective: "Kharkivs’ka Oblast’".
_ADJECTIVAL_UNIT = re.compile(r"^(?P<stem>\S+?)s[’']?k(?:a|yi|iy|aya) (?P<unit>[Oo]blast)[’']?$")


def oblast_name(name: str, members: list[Entry]) -> str:
    """The English form of an adjectival unit name: "Kharkivs’ka Oblast’" -> "Kharkiv Oblast".

    The seat (PPLA) of the unit gives the noun when its name begins like the adjective;
    any other name is returned as it is.
    """
    m = _ADJECTIVAL_UNIT.match(name)
    if m is None:
        return name
    stem = m.group("stem")[:4].lower()
    for city in members:
        if city.feature_code == "PPLA" and city.name.lower().startswith(stem):
            return f"{city.name} Oblast"
    return name


def shared_names(named: Iterable[tuple[str, str, str, str]]) -> set[tuple[str, str, str]]:
    """The ``(geonameid, language, name)`` of Natural Earth names it gives two units of a country.

    ``named`` holds ``(geonameid, country, language, name)``.  Such a name is a slip of
    the source on one of them: "Республика Алтай" on Altai Krai as well as on the Altai
    Republic, "Moskau" on Moscow Oblast as well as on the city, "Вашингтон" on the
    District of Columbia as well as on the state (:func:`keeps_shared`).
    """
    owners: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    rows = list(named)
    for gid, cc, lang, value in rows:
        owners[(cc, lang, normalize_name(value))].add(gid)
    return {
        (gid, lang, value)
        for gid, cc, lang, value in rows
        if len(owners[(cc, lang, normalize_name(value))]) > 1
    }


def keeps_shared(english: str) -> bool:
    """Whether a unit keeps a name Natural Earth gives two units (:func:`shared_names`).

    Only a unit whose English name has no word for its kind does ("Altai", "Moscow",
    "Washington"): the name without that word is not "Altai Krai", "Moscow Oblast" or
    "District of Columbia".
    """
    return strip_type_word(english) is None


#: A unit's polygon must hold one of its towns when it has this many.
POLYGON_CHECK_TOWNS = 5
#: Degrees a unit's polygon is widened by before its towns are looked for in it.
POLYGON_SLACK_DEG = 0.1


def misplaced_polygon(shape: BaseGeometry, members: Sequence[Entry]) -> bool:
    """Whether an admin-1 polygon holds none of its unit's towns (at least 5 of them).

    Natural Earth's 50 m polygon of Karelia is a small island in the White Sea,
    none of the republic's 50 towns inside it: such a shape would place the unit
    there and judge every point of the unit outside it.
    """
    if len(members) < POLYGON_CHECK_TOWNS:
        return False
    area = prep(shape.buffer(POLYGON_SLACK_DEG))
    return not any(area.contains(Point(m.lon, m.lat)) for m in members)


def admin_entries(
    src: Path, cities: dict[str, Entry], countries: dict[str, Entry]
) -> tuple[dict[str, Entry], dict[str, Entry]]:
    """Admin1 and admin2 entries keyed by ``CC.ADM1`` / ``CC.ADM1.ADM2``."""
    a1codes = geonames.read_admin1_codes(src / "geonames/admin1CodesASCII.txt.gz")
    labels = naturalearth.admin1_label_points(
        src / "naturalearth/ne_10m_admin_1_label_points.json.gz"
    )
    polys: dict[str, BaseGeometry] = {}
    named: list[tuple[str, str, str, str]] = []
    for f in naturalearth.read_admin1_polygons(
        src / "naturalearth/ne_50m_admin_1_states_provinces"
    ):
        gn = f.get("gn_id")
        if gn:
            polys[str(int(gn))] = f.geom.simplify(SHAPE_TOLERANCE, preserve_topology=True)
            for lang in LOCAL_LANGUAGES:
                value = f.get(f"name_{lang}")
                if isinstance(value, str) and value.strip():
                    named.append((str(int(gn)), str(f.get("iso_a2") or ""), lang, value))
    local: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for gid, _cc, lang, value in named:
        local[gid].append((lang, value))
    shared = shared_names(named)
    by_a1: dict[str, list[Entry]] = defaultdict(list)
    by_a2: dict[str, list[Entry]] = defaultdict(list)
    a2codes = geonames.read_admin2_codes(src / "geonames/admin2Codes.txt.gz")
    admin2_of: dict[str, str] = {}
    for line in geonames.read_dump(src / "geonames/cities500.txt.gz"):
        if line.admin2:
            admin2_of[line.geonameid] = f"{line.cc}.{line.admin1}.{line.admin2}"
    for c in cities.values():
        if c.country_code and c.admin1_code:
            by_a1[f"{c.country_code}.{c.admin1_code}"].append(c)
        code2 = admin2_of.get(c.place_id)
        if code2:
            by_a2[code2].append(c)
    admin1: dict[str, Entry] = {}
    for code, (name, ascii_name, gid) in a1codes.items():
        cc, a1 = code.split(".", 1)
        if cc not in countries or not gid:
            continue
        mem = by_a1.get(code, [])
        if gid in polys and misplaced_polygon(polys[gid], mem):
            log.info("admin1 %s %s: polygon holds none of its towns, dropped", code, name)
            del polys[gid]
        pt = admin1_point(cc, name, ascii_name, labels, mem, shape=polys.get(gid))
        if pt is None:
            continue
        english = oblast_name(name, mem)
        e = Entry(
            place_id=gid,
            name=english,
            feature_type="admin1",
            country_code=cc,
            lon=pt[0],
            lat=pt[1],
            source="geonames",
            feature_code="ADM1",
            population=sum(m.population for m in mem),
            admin1_code=a1,
            admin1=english,
        )
        e.add_name(name, "name")
        e.add_name(ascii_name, "name")
        for n in (name, ascii_name):
            short = strip_type_word(n)
            if short:
                e.names.setdefault(short, "alternate")
            for variant in admin1_variants(cc, short or normalize_name(n)):
                e.names.setdefault(variant, "alternate")
            for form in {normalize_name(n), short or ""} - {""}:
                for spelling in admin1_spellings(form):
                    e.names.setdefault(spelling, "alternate")
        if gid in polys:
            e.shape = polys[gid]
        for lang, value in local.get(gid, ()):
            if (gid, lang, value) not in shared or keeps_shared(english):
                e.add_local_name(value, lang)
        admin1[code] = e
    admin2: dict[str, Entry] = {}
    for code, (name, gid) in a2codes.items():
        members2 = by_a2.get(code)
        if not members2 or not gid:
            continue
        cc, a1, a2 = code.split(".", 2)
        lon = sum(m.lon for m in members2) / len(members2)
        lat = sum(m.lat for m in members2) / len(members2)
        a1e = admin1.get(f"{cc}.{a1}")
        e = Entry(
            place_id=gid,
            name=name,
            feature_type="admin2",
            country_code=cc,
            lon=lon,
            lat=lat,
            source="geonames",
            feature_code="ADM2",
            population=sum(m.population for m in members2),
            admin1_code=a1,
            admin1=a1e.name if a1e else None,
            admin2_code=a2,
        )
        e.add_name(name, "name")
        short = strip_type_word(name)
        if short:  # "Gwinnett" for Gwinnett County; the ranker weighs the short form
            e.names.setdefault(short, "alternate")
        admin2[code] = e
    return admin1, admin2
