"""Admin units named by a clipped compound of their adjective and word, or by initials.

Russian news writes a region's name and its word as one word, the adjective cut to
its first syllable ("Мособласть" for Московская область, "Ленобласть" for
Ленинградская область), declined as the word is ("в Мособласти", "Ленобластью").
:func:`clipped_unit` reads the clipped stem and the unit's word; the store finds the
one unit of the language's country whose name begins with the stem and ends with
the word (:meth:`geomap.gazetteer.stem_lookups.StemLookups._units_by_clip`).

French news writes its regions by their initials ("en IDF", "la région PACA", "les
Hauts-de-France (HDF)"): :func:`initials` gives the initials a unit's name may be
written by, of every word or of its words but the particles ("Île-de-France": "idf";
"Provence-Alpes-Côte d'Azur": "paca"), matched against an upper-case word of 3 to 5
letters (:func:`acronym`).
"""

from __future__ import annotations

import re

from geomap.gazetteer.names import normalize_name

#: A clipped compound: a capitalised stem of 2 to 5 letters, then the unit's word in a
#: case form ("Мос" + "области"), and the unit word's romanised key.
_COMPOUNDS: dict[str, tuple[re.Pattern[str], str]] = {
    "ru": (re.compile(r"^([А-ЯЁ][а-яё]{1,4})(област(?:ь|и|ью|ей|ям|ях|ями))$"), "oblast"),
}


def clipped_unit(name: str, lang: str) -> tuple[str, str] | None:
    """The romanised ``(stem, unit word)`` of a clipped unit compound, or ``None``.

    "Мособласти" -> ("mos", "oblast"), "Ленобласть" -> ("len", "oblast").
    """
    rule = _COMPOUNDS.get(lang)
    if rule is None:
        return None
    match = rule[0].match(name.strip())
    if match is None:
        return None
    return normalize_name(match.group(1)), rule[1]


#: Upper-case words a unit may be written by (3 to 5 Latin letters).
_ACRONYM = re.compile(r"^[A-Z]{3,5}$")
#: Languages whose news writes its own regions by their initials.
ACRONYM_LANGUAGES = frozenset({"fr"})
#: Particles a name's initials may leave out ("Côte d'Azur": "CA").
_PARTICLES = frozenset({"d", "de", "des", "du", "l", "la", "le", "les", "et"})
#: A normalised word that may be an elided particle and its word ("dazur", "loise").
_ELIDED = re.compile(r"^[dl][aeiouy]")


def acronym(name: str, lang: str) -> str | None:
    """``name`` in lower case when it may be a unit's initials in ``lang`` ("IDF" -> "idf")."""
    if lang not in ACRONYM_LANGUAGES or not _ACRONYM.match(name.strip()):
        return None
    return name.strip().lower()


def initials(key: str) -> set[str]:
    """The initials a unit's normalised name of 3 words or more may be written by."""
    words = key.split()
    if len(words) < 3:
        return set()
    full = "".join(w[0] for w in words)
    content = "".join(w[0] for w in words if w not in _PARTICLES)
    # an elided particle joined to its word by the key ("cote dazur" of "Côte d'Azur")
    elided = "".join(w[1] if _ELIDED.match(w) else w[0] for w in words if w not in _PARTICLES)
    return {i for i in (full, content, elided) if len(i) >= 3}
