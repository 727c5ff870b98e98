"""How ``geomap claims`` names a place: one label everywhere ("London (city, GB)").

:func:`place_label` labels one place with its kind and country; :func:`told_apart`
names each of a set of places by its name alone unless another place of the set
shares it.  ``claims --by`` tells places apart among the whole run's places, so a
date filter that leaves one London of two does not change its label (user73a B9).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from geomap.records import Place


def place_label(name: str, kind: str = "", country: str = "", *extra: str) -> str:
    """A place's name with its kind, country and ``extra`` words in brackets.

    >>> place_label("London", "city", "GB"), place_label("Kyiv")
    ('London (city, GB)', 'Kyiv')
    >>> place_label("Birmingham", "city", "", "1 mention")
    'Birmingham (city, 1 mention)'
    """
    where = ", ".join(x for x in (kind, country, *extra) if x)
    return f"{name} ({where})" if where else name


def told_apart(entries: Iterable[tuple[str, str, str, str]]) -> dict[str, str]:
    """Each ``(place_id, name, kind, country)``'s label, told apart where names are shared.

    A city and its province ("Kherson" twice) get their kind and country; if these are
    the same too, their id.

    >>> told_apart([("1", "Kherson", "city", "UA"), ("2", "Kherson", "admin1", "UA"),
    ...             ("3", "Kyiv", "city", "UA")])
    {'1': 'Kherson (city, UA)', '2': 'Kherson (admin1, UA)', '3': 'Kyiv'}
    """
    named: dict[str, dict[str, tuple[str, str]]] = {}
    for pid, name, kind, country in entries:
        named.setdefault(name, {})[pid] = (kind, country)
    labels: dict[str, str] = {}
    for name, same in named.items():
        if len(same) == 1:
            labels[next(iter(same))] = name
            continue
        wheres = [place_label("", kind, country).strip(" ()") for kind, country in same.values()]
        for pid, where in zip(same, wheres, strict=True):
            told = [where] if where and wheres.count(where) == 1 else [where, f"id {pid}"]
            labels[pid] = place_label(name, *[w for w in told if w])
    return labels


def run_labels(places: Mapping[str, Place]) -> dict[str, str]:
    """The labels of a run's ``places`` (:func:`told_apart` among all of them)."""
    return told_apart(
        (pid, p.name, p.feature_type, p.country_code or "") for pid, p in places.items()
    )
