"""One run's sources under one name each, across scripts and romanisations: ``--by speaker``.

"Sergueï Lavrov" (Le Figaro), "Сергей Лавров" (RIA) and "Lavrov" (AP) are one source of
the run: each name's :func:`~geomap.claims.identity.speaker_key` joins the first two,
and a lone surname joins the one fuller person of the run whose surname it is
(:func:`~geomap.claims.identity.surname_owners`; a surname two persons share joins
neither).  A source is listed under the first of its names seen, a lone surname
under its fuller name ("Sergueï Lavrov", not "Lavrov").
"""

from __future__ import annotations

from collections.abc import Iterable

from geomap.claims.identity import speaker_key, surname_owners


def speaker_groups(named: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each speaker name of a run -> the name its source is listed under.

    Parameters
    ----------
    named
        ``(name, kind)`` of each claim's source, in the run's order.

    Returns
    -------
    dict
        Every name given -> the first name seen of its source.

    >>> groups = speaker_groups([("Сергей Лавров", "person"), ("Lavrov", "organisation"),
    ...                          ("Sergueï Lavrov", "person")])
    >>> sorted(set(groups.values()))
    ['Сергей Лавров']
    """
    keys: dict[str, str] = {}
    triples: list[tuple[str, str, str]] = []
    first: dict[str, str] = {}
    for name, kind in named:
        if name in keys:
            continue
        key = keys[name] = speaker_key(name, kind) or name.casefold()
        triples.append((key, kind, name))
        first.setdefault(key, name)
    owners = surname_owners(triples)
    return {name: first[owners.get(key, key)] for name, key in keys.items()}
