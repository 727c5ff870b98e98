"""Assemble the gazetteer from the sources and write ``gazetteer.sqlite``.

The build is deterministic: inputs are read in file order, entries are
merged by id, and the writer sorts everything it writes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from geomap.gazetteer.builder import curated, geonames, naturalearth
from geomap.gazetteer.builder.admins import admin_entries, drop_shadowing_variants
from geomap.gazetteer.builder.arabic import (
    add_final_h_forms,
    add_names_without_article,
    arabic_countries,
    promote_names_without_article,
)
from geomap.gazetteer.builder.build_inputs import (
    build_meta,
    missing_build_packages,
    missing_sources,
)
from geomap.gazetteer.builder.cldr_pairs import add_shared_heads
from geomap.gazetteer.builder.countries import place_countries, read_country_entries
from geomap.gazetteer.builder.curated_targets import alias_rows, demonym_targets
from geomap.gazetteer.builder.disputed import (
    build_disputed,
    country_iso2,
    disputed_entries,
    names_for_holders,
    read_areas,
)
from geomap.gazetteer.builder.exonyms import promote_exonyms
from geomap.gazetteer.builder.former_names import drop_former_names
from geomap.gazetteer.builder.initials import add_initial_prefixes, add_initialisms
from geomap.gazetteer.builder.iso_countries import add_iso_translations
from geomap.gazetteer.builder.local import (
    LOCAL_NAMES_FILES,
    add_breakaway_names,
    add_cldr_cities,
    add_cldr_names,
    add_curated_names,
    add_mountain_names,
    local_rows,
)
from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.builder.physical import join_named_rivers, merge_physical
from geomap.gazetteer.builder.regions import extra_place_entries, region_entries
from geomap.gazetteer.builder.romanised import romanised_countries, romanised_rows
from geomap.gazetteer.builder.stem_units import stem_units
from geomap.gazetteer.builder.town_rivers import town_river_entries
from geomap.gazetteer.builder.unit_display import rename_units
from geomap.gazetteer.builder.water_forms import add_river_forms, add_water_short_forms
from geomap.gazetteer.builder.writer import write_artifact
from geomap.gazetteer.integrity import write_manifest
from geomap.gazetteer.names import display_name, normalize_name
from geomap.gazetteer.paths import repo_data_dir

log = logging.getLogger(__name__)


@dataclass
class BuildResult:
    """What :func:`build` wrote."""

    path: Path
    size_bytes: int
    counts: dict[str, int] = field(default_factory=dict)


def build(sources: Path, out: Path, data: Path | None = None) -> BuildResult:
    """Build ``gazetteer.sqlite`` from the raw sources.

    Parameters
    ----------
    sources
        The ``data-sources`` folder (``geonames/``, ``naturalearth/``).
    out
        Output folder; ``gazetteer.sqlite`` is written there atomically.
    data
        Folder with the curated CSV tables (default: ``out`` if it has them, else
        the repository's ``data/``).

    Returns
    -------
    BuildResult
        Path, size and row counts.

    Examples
    --------
    >>> build(Path("../shared/data-sources"), Path("data"))  # doctest: +SKIP
    """
    src = Path(sources)
    out = Path(out)
    if data is None:
        data = out if (out / "aliases.csv").exists() else repo_data_dir()
    data = Path(data)
    absent = missing_build_packages()
    if absent:  # each one only adds names: without it the build would lose them silently
        raise ImportError(
            "building the gazetteer needs the 'build' extra (pip install -e '.[build]', or "
            f"make gazetteer): missing {', '.join(absent)}"
        )
    missing = missing_sources(src)
    if missing:
        raise FileNotFoundError(f"missing source files under {src}: {', '.join(missing)}")
    log.info("reading GeoNames populated places")
    cities = geonames.read_cities(
        src / "geonames/cities500.txt.gz", src / "geonames/cities15000.zip"
    )
    log.info(
        "former names left to the towns that bear them: %d", drop_former_names(cities.values())
    )
    countries, continent_of = read_country_entries(src)
    place_countries(
        countries, cities, src, curated.read_country_points(data / "country_points.csv")
    )
    admin1, admin2 = admin_entries(src, cities, countries)
    for c in cities.values():
        a1 = admin1.get(f"{c.country_code}.{c.admin1_code}")
        c.admin1 = a1.name if a1 else None
    regions = region_entries(src, data, countries, continent_of)
    physical = naturalearth.read_physical(src / "naturalearth")
    extra = merge_physical(regions, physical) + extra_place_entries(data)

    entries: dict[str, Entry] = {}
    for group in (
        list(countries.values()),
        list(admin1.values()),
        list(admin2.values()),
        list(cities.values()),
        regions,
        extra,
    ):
        for e in group:
            if e.place_id in entries:
                log.warning("duplicate id %s (%s) skipped", e.place_id, e.name)
                continue
            entries[e.place_id] = e
    a2names = geonames.read_admin2_codes(src / "geonames/admin2Codes.txt.gz")
    stems = stem_units(
        entries.values(),
        {**admin1, **admin2},
        {code: name for code, (name, _gid) in a2names.items() if code not in admin2},
        naturalearth.admin1_label_points(src / "naturalearth/ne_10m_admin_1_label_points.json.gz"),
        {normalize_name(alias) for alias, _ in curated.read_aliases(data / "aliases.csv")},
    )
    entries.update((e.place_id, e) for e in stems)
    log.info("units named by the stem of their parts' names: %d", len(stems))
    holders: dict[str, list[Entry]] = {}
    for e in entries.values():
        for n in {*e.names, normalize_name(e.name)}:
            holders.setdefault(n, []).append(e)
    areas = read_areas(src)
    log.info("disputed areas' names given to their entries: %d", names_for_holders(areas, holders))
    known = set(holders) | {n for e in entries.values() for n in e.names}
    for e in disputed_entries(areas, country_iso2(src), known):
        entries.setdefault(e.place_id, e)
    log.info(
        "admin1 forms left to the entries they name: %d", drop_shadowing_variants(entries.values())
    )
    #: every id a curated table may name: an entry's own, and those merged into it
    refs = dict(entries)
    for e in entries.values():
        for old in e.merged_ids:
            refs.setdefault(old, e)

    names = alias_rows(data / "aliases.csv", countries, admin1, refs)
    by_name: dict[str, str] = {normalize_name(e.name): e.place_id for e in regions + extra}
    demonyms = demonym_targets(data / "demonyms.csv", countries, admin1, refs, by_name)

    for e in entries.values():  # names as English-language readers write them
        e.name = display_name(e.name)
        e.admin1 = display_name(e.admin1) if e.admin1 else e.admin1
    log.info("admin-1 units shown by their city's name: %d", rename_units(entries, names))
    add_water_short_forms(entries.values(), set(demonyms))
    add_river_forms(entries.values())
    promote_exonyms(entries.values(), set(demonyms))
    arabic = arabic_countries(src / "geonames/countryInfo.txt")
    add_names_without_article(entries.values(), arabic)
    log.info(
        "names without the article made exonyms: %d",
        promote_names_without_article(entries.values(), arabic, {n for n, _, _ in names}),
    )
    add_final_h_forms(entries.values(), arabic)
    for e in entries.values():
        names.extend((n, e.place_id, k) for n, k in e.names.items())
    add_cldr_names(entries, countries)
    log.info("short names CLDR gives two countries: %d", add_shared_heads(countries))
    add_cldr_cities(entries)
    add_mountain_names(entries.values())
    add_breakaway_names(entries, src)
    for table in LOCAL_NAMES_FILES:
        add_curated_names(refs, data / table)
    admin1_names = {
        e.place_id: set(e.names) for e in entries.values() if e.feature_type == "admin1"
    }
    add_iso_translations(entries)
    for pid, had in admin1_names.items():  # their own ISO names, in English (iso_own_names)
        names.extend((n, pid, k) for n, k in entries[pid].names.items() if n not in had)
    log.info("initialisms: %d", add_initialisms(entries.values()))
    log.info("names with initials before a short name: %d", add_initial_prefixes(entries.values()))
    rivers = town_river_entries(entries)
    entries.update((e.place_id, e) for e in rivers)
    log.info("rivers named by the towns on them: %d", len(rivers))
    log.info(
        "rivers joined by their names in other languages: %d", join_named_rivers(entries.values())
    )
    shapes = {e.place_id: e.shape for e in entries.values() if e.shape is not None}
    meta = build_meta(src, data)
    places = [e.to_place() for e in entries.values()]
    local = local_rows(entries.values())
    romanising = romanised_countries(src / "geonames/countryInfo.txt")
    local += romanised_rows(entries.values(), romanising)
    artifact, counts = write_artifact(out, places, names, shapes, demonyms, meta, local)
    write_manifest(artifact)
    build_disputed(src, out)  # the map's disputed areas, beside the artifact
    return BuildResult(artifact, artifact.stat().st_size, counts)
