"""One river under two names: Natural Earth's parts of a river named in two languages.

Natural Earth names a river's parts as the country they cross does: the Rhine is
"Rhein" in Germany, "Rhin" (with "Rhein" as its other name) on the French border
and "Rhine" in the Netherlands, and the build made three entries of them.
:func:`merge_renamed_rivers` joins the Natural Earth river entries whose lines
meet and whose names say they are one river (:func:`_related`): a part's name is
another's other name, or the names differ only in their last letter ("Rhin",
"Rhine"; "Ertis", "Ertix"). The entry of each group with the longest line keeps
its id and name; it takes the others' names as its own, their lines, and their
ids (the curated tables may name them).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from geomap.gazetteer.builder.model import Entry

#: Lines this close (degrees) meet.
MEET_DEG = 0.05
#: Shortest name compared by its stem: "Za" and "Zi" are two rivers.
MIN_STEM = 4


def _own(entry: Entry) -> set[str]:
    """Keys of ``entry``'s own names (not its other names)."""
    return {n for n, kind in entry.names.items() if kind == "name"}


def _keys(entry: Entry) -> set[str]:
    """Every name key of ``entry`` and each without its last letter ("rhin" of "rhine")."""
    return set(entry.names) | {n[:-1] for n in entry.names if len(n) >= MIN_STEM}


def _related(a: Entry, b: Entry) -> bool:
    """Whether two river entries' names say they are one river (module docstring).

    One's own name is any name of the other's, or the two differ only in a last
    letter ("Rhine", and "Rhin", the Rhein's other name; "Ertis", "Ertix").
    """
    for own, other in ((_own(a), b.names), (_own(b), a.names)):
        if own & set(other):
            return True
        for x in own:
            for y in other:
                if min(len(x), len(y)) < MIN_STEM:
                    continue
                if x[:-1] == y[:-1] or x[:-1] == y or y[:-1] == x:
                    return True
    return False


def _groups(rivers: list[Entry], geoms: dict[str, list[BaseGeometry]]) -> list[list[Entry]]:
    """Union-find over related rivers whose lines meet, in the order of ``rivers``."""
    parent = list(range(len(rivers)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_key: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(rivers):
        for key in _keys(e):
            by_key[key].append(i)
    lines: dict[int, BaseGeometry] = {}
    for i, e in enumerate(rivers):
        others = {j for key in _keys(e) for j in by_key[key] if j > i}
        for j in sorted(others):
            if find(i) == find(j) or not _related(e, rivers[j]):
                continue
            for k in (i, j):
                if k not in lines:
                    lines[k] = unary_union(geoms[rivers[k].place_id])
            if lines[i].distance(lines[j]) < MEET_DEG:
                parent[find(j)] = find(i)
    groups: dict[int, list[Entry]] = defaultdict(list)
    for i, e in enumerate(rivers):
        groups[find(i)].append(e)
    return [g for g in groups.values() if len(g) > 1]


def merge_renamed_rivers(
    new: dict[str, Entry],
    geoms: dict[str, list[BaseGeometry]],
    ne_index: dict[str, list[Entry]],
) -> None:
    """Join the Natural Earth river entries of one river (modified in place).

    ``new`` maps place ids to the Natural Earth-only entries, ``geoms`` place ids to
    their parts, ``ne_index`` normalised names to entries; merged entries leave all
    three, and their names, parts and ids (:attr:`Entry.merged_ids`) go to the
    group's entry with the longest line.
    """
    rivers = [e for e in new.values() if e.feature_code == "river" and geoms.get(e.place_id)]
    for group in _groups(rivers, geoms):
        keep = max(group, key=lambda e: sum(g.length for g in geoms[e.place_id]))
        for e in group:
            if e is keep:
                continue
            keep.merged_ids.extend([e.place_id, *e.merged_ids])
            for norm, kind in e.names.items():
                keep.add_name(norm, kind)
            for lang_key, kind in e.local.items():
                keep.local.setdefault(lang_key, kind)
            keep.written |= e.written
            geoms[keep.place_id].extend(geoms.pop(e.place_id))
            del new[e.place_id]
            _reindex(ne_index, e, keep, e.names)


def _reindex(
    ne_index: dict[str, list[Entry]], old: Entry, keep: Entry, norms: Iterable[str]
) -> None:
    for norm in norms:
        entries = [x for x in ne_index.get(norm, []) if x is not old]
        if all(x is not keep for x in entries):
            entries.append(keep)
        ne_index[norm] = entries
