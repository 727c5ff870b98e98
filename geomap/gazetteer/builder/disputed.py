"""Disputed and breakaway areas (Natural Earth) for the map: ``data/disputed_areas.geojson``.

Natural Earth's ``ne_50m_admin_0_breakaway_disputed_areas`` (public domain) holds
28 areas (Crimea, the Donetsk and Luhansk areas, Abkhazia, South Ossetia,
Transnistria, the Golan Heights, Western Sahara, Northern Cyprus, the Kashmir
areas...) with who administers each and who claims it (``NOTE_BRK``) and
per-country points of view (``ADM0_A3_XX``).  The map draws them apart from the
country that holds them, so a mention of Crimea shades Crimea, not Russia, and
says "administered by Russia, claimed by Ukraine".

The same file gives the gazetteer the areas no other source names (Somaliland,
Northern Cyprus, Abyei, Aksai Chin ...): :func:`disputed_entries`; an area another
entry already names by its own name ("Nagorno-Karabakh", "Crimea") gives that entry its
other names ("Republic of Artsakh", "Crimean Peninsula"), so one area is one place:
:func:`names_for_holders`.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from shapely.geometry import mapping, shape

from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.names import normalize_name

#: The source file under ``data-sources/``.
SOURCE = "naturalearth/ne_50m_admin_0_breakaway_disputed_areas.geojson.gz"
#: The file written next to ``gazetteer.sqlite``.
FILENAME = "disputed_areas.geojson"
#: Natural Earth's countries, for their ISO codes.
COUNTRIES = "naturalearth/ne_50m_admin_0_countries.zip"
#: Grid (degrees) the outlines are simplified to.
PRECISION = 0.01
#: The release the notes are as of: the file's attributes match the 5.1.1 countries
#: (``data-sources/SOURCES.md``), whose shapefile is dated May 2022.  Each area says so
#: (``as_of``), so that a reader knows whose status a note is, and of when.
RELEASE = "Natural Earth 5.1.1, May 2022"
#: The file of the countries whose own status Natural Earth notes (Taiwan, Kosovo...).
COUNTRY_FILENAME = "disputed_countries.json"

_ADMIN = re.compile(r"admin\.\s*by\s+([^;]+)", re.IGNORECASE)
_CLAIMED = re.compile(r"claimed\s+by\s+([^;]+)", re.IGNORECASE)


def parse_note(note: str | None) -> tuple[str | None, str | None]:
    """``"Admin. by Russia; Claimed by Ukraine"`` -> ``("Russia", "Ukraine")``.

    >>> parse_note("Self admin.; Claimed by Georgia")
    ('itself', 'Georgia')
    >>> parse_note("Claimed by Pakistan and India")
    (None, 'Pakistan and India')
    """
    text = note or ""
    admin = _ADMIN.search(text)
    claimed = _CLAIMED.search(text)
    administered = admin.group(1).strip() if admin else None
    if administered is None and re.search(r"self\s+admin", text, re.IGNORECASE):
        administered = "itself"
    return administered, (claimed.group(1).strip().rstrip(".") if claimed else None)


def area_records(
    features: list[dict[str, Any]],
    iso2: dict[str, str] | None = None,
    parties: Mapping[str, str] | None = None,
) -> list[dict[str, Any]]:
    """GeoJSON features with the fields the map reads (simplified outlines).

    ``group`` is Natural Earth's ``BRK_GROUP``: the dispute an area is one part of
    ("Jammu and Kashmir" for the Indian-, Pakistani- and Chinese-administered parts);
    ``as_of`` the release the note is from (:data:`RELEASE`).  ``parties`` writes the
    note's parties out
    (:func:`geomap.gazetteer.builder.disputed_countries.party_names`: "U.K." is the
    United Kingdom).
    ``views`` maps each point of view Natural Earth records (a country's ISO code)
    to the country the area belongs to in it (ADM0_A3); ``owners`` gives those as
    ISO 3166-1 alpha-2 codes where ``iso2`` (ADM0_A3 -> ISO2) knows them.
    """
    iso2 = iso2 or {}
    out = []
    for feature in features:
        p = feature.get("properties") or {}
        geom = shape(feature["geometry"]).simplify(PRECISION, preserve_topology=True)
        administered, claimed = parse_note(p.get("NOTE_BRK"))
        administered = (parties or {}).get(administered or "", administered)
        claimed = (parties or {}).get(claimed or "", claimed)
        names = [p.get("BRK_NAME"), p.get("NAME_EN"), p.get("NAME_LONG"), p.get("NAME")]
        views = {k[len("ADM0_A3_") :]: v for k, v in p.items() if k.startswith("ADM0_A3_") and v}
        out.append(
            {
                "type": "Feature",
                "geometry": mapping(geom),
                "properties": {
                    "name": p.get("BRK_NAME") or p.get("NAME_EN"),
                    "names": sorted({str(n) for n in names if n}),
                    "kind": str(p.get("TYPE") or "Disputed").lower(),
                    "administered_by": administered,
                    "claimed_by": claimed,
                    "note": p.get("NOTE_BRK"),
                    "adm0_a3": p.get("ADM0_A3"),
                    "views": views,
                    "owners": {k: iso2[v] for k, v in views.items() if v in iso2},
                    "group": p.get("BRK_GROUP") or None,
                    "as_of": RELEASE,
                },
            }
        )
    return out


#: Natural Earth's name fields of an area, the best display name first.
_NAME_FIELDS = ("NAME_LONG", "NAME_EN", "BRK_NAME", "FORMAL_EN")


def disputed_entries(
    features: list[dict[str, Any]], iso2: dict[str, str], known: set[str]
) -> list[Entry]:
    """Gazetteer entries (regions with their outline) for the areas only this file names.

    An area's names are its Natural Earth name fields that are proper names (no
    abbreviation such as "N. Cyprus", no description in lower case); the names in
    ``known`` (normalised names other entries have: "India", "Crimea", "Abkhazia")
    are left to those entries, and an area none of whose names is new gets no entry.
    The country is the one that holds the area in the US point of view
    (``ADM0_A3_US``), else the area's own ``ADM0_A3``, as ISO alpha-2.
    """
    out: list[Entry] = []
    for feature in features:
        p = feature.get("properties") or {}
        names: list[str] = []
        for field in _NAME_FIELDS:
            value = p.get(field)
            if not isinstance(value, str) or "." in value or not value[:1].isupper():
                continue
            norm = normalize_name(value)
            if norm not in known and norm not in {normalize_name(n) for n in names}:
                names.append(value)
        if not names:
            continue
        geom = shape(feature["geometry"])
        point = geom.representative_point()
        holder = p.get("ADM0_A3_US") or p.get("ADM0_A3")
        e = Entry(
            place_id="ne:disputed:" + "-".join(normalize_name(names[0]).split()),
            name=names[0],
            feature_type="region",
            country_code=iso2.get(holder) if isinstance(holder, str) else None,
            lon=point.x,
            lat=point.y,
            source="naturalearth",
            feature_code="RGN",
            shape=geom.simplify(PRECISION, preserve_topology=True),
        )
        e.add_name(names[0], "name")
        for n in names[1:]:
            e.add_name(n, "alternate")
        out.append(e)
    return out


#: The fields that name the area itself (``NAME_LONG`` is at times its sovereign: "India").
_OWN_FIELDS = ("BRK_NAME", "NAME_EN")
#: Feature types an area's holder may have, the most authoritative first.
_HOLDER_TYPES = ("admin1", "admin2", "region", "landform", "other")


def names_for_holders(
    features: list[dict[str, Any]], holders: Mapping[str, Sequence[Entry]]
) -> int:
    """Give an area's new names to the entry that already holds its own name; return how many.

    An area's own name is its ``BRK_NAME`` or ``NAME_EN``; ``holders`` maps normalised
    names to the entries that have them.  When such a name is held by entries that are
    no country and no populated place, the one of the highest rank (an admin-1 unit
    before a region) takes the area's names (own and formal, never ``NAME_LONG``) that
    no entry has yet, as alternates:
    "Republic of Artsakh" goes to the Nagorno-Karabakh that already answers "Artsakh",
    "Crimean Peninsula" to the Crimea, instead of a second place of the same area.
    """
    added = 0
    for feature in features:
        p = feature.get("properties") or {}
        own = [normalize_name(p[f]) for f in _OWN_FIELDS if isinstance(p.get(f), str)]
        areas = [e for n in own for e in holders.get(n, ()) if e.feature_type in _HOLDER_TYPES]
        if not areas:
            continue
        holder = min(areas, key=lambda e: _HOLDER_TYPES.index(e.feature_type))
        for field in (*_OWN_FIELDS, "FORMAL_EN"):
            value = p.get(field)
            if not isinstance(value, str) or "." in value or not value[:1].isupper():
                continue
            norm = normalize_name(value)
            if norm and norm not in holders and norm not in holder.names:
                holder.add_name(value, "alternate")
                added += 1
    return added


def read_areas(sources: Path) -> list[dict[str, Any]]:
    """The Natural Earth features of the disputed and breakaway areas under ``sources``."""
    with gzip.open(Path(sources) / SOURCE, "rt", encoding="utf-8") as fh:
        features: list[dict[str, Any]] = json.load(fh)["features"]
    return features


def country_iso2(sources: Path) -> dict[str, str]:
    """Natural Earth's ADM0_A3 codes -> ISO 3166-1 alpha-2 (from its countries file)."""
    from geomap.gazetteer.builder import naturalearth
    from geomap.gazetteer.builder.countries import ne_iso2

    out: dict[str, str] = {}
    for f in naturalearth.read_countries(Path(sources) / COUNTRIES):
        a3, a2 = f.get("ADM0_A3"), ne_iso2(f)
        if isinstance(a3, str) and a2:
            out.setdefault(a3, a2)
    return out


def build_disputed(sources: Path, out: Path) -> Path:
    """Write ``out/disputed_areas.geojson`` (and ``disputed_countries.json``) from Natural Earth."""
    from geomap.gazetteer.builder import naturalearth
    from geomap.gazetteer.builder.disputed_countries import country_statuses, party_names

    iso2 = country_iso2(Path(sources))
    countries = [f.props for f in naturalearth.read_countries(Path(sources) / COUNTRIES)]
    parties = party_names(countries)
    collection = {
        "type": "FeatureCollection",
        "source": f"{RELEASE}: ne_50m_admin_0_breakaway_disputed_areas (public domain)",
        "features": area_records(read_areas(Path(sources)), iso2, parties),
    }
    _write_json(Path(out) / COUNTRY_FILENAME, country_statuses(countries, parties))
    return _write_json(Path(out) / FILENAME, collection)


def _write_json(target: Path, value: object) -> Path:
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(value, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(target)
    return target
