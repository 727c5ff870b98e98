"""Acronyms of places the article names in full: "SA" after "South Africa".

A story that names "South Africa" (or "South Africans") may then write "SA",
which the gazetteer lacks or knows only as some village's other name.
:func:`expansion` finds the one place of the article whose name, or the words
that named it, have the acronym's letters as their initials. An acronym the
gazetteer knows only as a town's name in other letters ("WA": Wa, Ghana) in a story
about Australia is the admin-1 unit of the article's country with those initials,
Western Australia (:func:`unit_acronym`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from geomap.records import Candidate, Place

#: Words an acronym skips ("Republic of Ireland" -> "RI").
SKIPPED = frozenset({"of", "the", "and", "&", "de", "du", "la"})


def initials(text: str) -> str:
    """The first letters of the words of ``text`` (upper case), skipping :data:`SKIPPED`."""
    return "".join(w[0].upper() for w in text.replace("-", " ").split() if w.lower() not in SKIPPED)


@lru_cache(maxsize=8192)
def _unit_initials(name: str) -> str | None:
    """A unit name's :func:`initials` if it has two words or more (besides :data:`SKIPPED`).

    ``None`` for a name of one word.  Asked of every admin-1 unit of the article's
    country for every acronym, so kept (bounded).
    """
    words = [w for w in name.replace("-", " ").split() if w.lower() not in SKIPPED]
    return initials(name) if len(words) > 1 else None


def letters(acronym: str) -> str:
    """The letters of an acronym: "S.A." -> "SA"."""
    return "".join(ch for ch in acronym if ch.isalpha()).upper()


def expansion(acronym: str, named: Iterable[tuple[str, Place]]) -> Place | None:
    """The one place of ``named`` (the text that named it, the place) the acronym abbreviates.

    A place matches by the initials of its own name or of the words that named it,
    when either has two words or more; ``None`` when no place or several do.
    """
    want = letters(acronym)
    if len(want) < 2:
        return None
    found: dict[str, Place] = {}
    for text, place in named:
        for form in (text, place.name):
            words = [w for w in form.replace("-", " ").split() if w.lower() not in SKIPPED]
            if len(words) > 1 and initials(form) == want:
                found[place.place_id] = place
    return next(iter(found.values())) if len(found) == 1 else None


def spelled(acronym: str, cands: Iterable[Candidate]) -> bool:
    """Whether a candidate is the acronym itself: a curated alias ("UK") or its exact name."""
    return any(c.match == "alias" or c.place.name == acronym for c in cands)


def unit_acronym(
    acronym: str,
    named: Iterable[tuple[str, Place]],
    units_of: Callable[[str], Sequence[Place]],
) -> Place | None:
    """The admin-1 unit of the article's country whose initials the acronym has.

    ``named`` holds the article's other names and their places; the country most of
    them lie in is the article's, ``units_of(cc)`` its admin-1 units. "WA" in a story
    from Perth is Western Australia. ``None`` when no unit, or several, match.
    """
    want = letters(acronym)
    countries = Counter(p.country_code for _, p in named if p.country_code)
    if len(want) < 2 or not countries:
        return None
    cc = countries.most_common(1)[0][0]
    found = [u for u in units_of(cc) if _unit_initials(u.name) == want]
    return found[0] if len(found) == 1 else None
