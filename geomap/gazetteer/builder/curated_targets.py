"""The curated tables' rows as name rows of the entries they name: aliases and demonyms.

A target is an ISO alpha-2 code (a country), a GeoNames admin-1 code (``US.CA``), an
entry's id (or the id of an entry merged into it), or for a demonym a region's name.
An unknown target stops the build.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from geomap.gazetteer.builder import curated
from geomap.gazetteer.builder.model import Entry
from geomap.gazetteer.names import normalize_name
from geomap.sanitize import quoted


def alias_rows(
    path: Path,
    countries: Mapping[str, Entry],
    admin1: Mapping[str, Entry],
    refs: Mapping[str, Entry],
) -> list[tuple[str, str, str]]:
    """``(normalised alias, place id, "alias")`` for each row of ``aliases.csv``."""
    names: list[tuple[str, str, str]] = []
    for alias, target in curated.read_aliases(path):
        if curated.is_country_target(target):
            hit = countries.get(target)
        elif curated.is_admin1_target(target):
            hit = admin1.get(target)
        else:
            hit = refs.get(target)
        if hit is None:
            raise ValueError(f"aliases.csv: unknown target {quoted(target)} for {quoted(alias)}")
        names.append((normalize_name(alias), hit.place_id, "alias"))
    return names


def demonym_targets(
    path: Path,
    countries: Mapping[str, Entry],
    admin1: Mapping[str, Entry],
    refs: Mapping[str, Entry],
    by_name: Mapping[str, str],
) -> dict[str, str]:
    """Normalised demonym -> place id, from ``demonyms.csv`` (empty if it does not exist).

    ``by_name`` maps the normalised names of regions and extra places to their ids.
    """
    demonyms: dict[str, str] = {}
    if path.exists():
        for word, target in curated.read_demonyms(path):
            if curated.is_country_target(target) or curated.is_admin1_target(target):
                tgt = countries.get(target) or admin1.get(target)
                pid = tgt.place_id if tgt else None
            else:
                hit = refs.get(target)
                pid = hit.place_id if hit else by_name.get(normalize_name(target))
            if pid is None:
                raise ValueError(
                    f"demonyms.csv: unknown target {quoted(target)} for {quoted(word)}"
                )
            demonyms.setdefault(normalize_name(word), pid)
    return demonyms
