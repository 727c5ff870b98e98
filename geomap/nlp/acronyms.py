"""Acronyms of places the article names in full: "SA" after "South Africa".

A story that names "South Africa" (or "South Africans") may then write "SA",
which the gazetteer lacks or knows only as some village's other name.
:func:`expansion` finds the one place of the article whose name, or the words
that named it, have the acronym's letters as their initials.
"""

from __future__ import annotations

from collections.abc import Iterable

from geomap.records import Place

#: Words an acronym skips ("Republic of Ireland" -> "RI").
SKIPPED = frozenset({"of", "the", "and", "&", "de", "du", "la"})


def initials(text: str) -> str:
    """The first letters of the words of ``text`` (upper case), skipping :data:`SKIPPED`."""
    return "".join(w[0].upper() for w in text.replace("-", " ").split() if w.lower() not in SKIPPED)


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
