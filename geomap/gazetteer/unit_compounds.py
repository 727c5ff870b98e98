"""Admin units named by a clipped compound of their adjective and their word.

Russian news writes a region's name and its word as one word, the adjective cut to
its first syllable ("Мособласть" for Московская область, "Ленобласть" for
Ленинградская область), declined as the word is ("в Мособласти", "Ленобластью").
:func:`clipped_unit` reads the clipped stem and the unit's word; the store finds the
one unit of the language's country whose name begins with the stem and ends with
the word (:meth:`geomap.gazetteer.stem_lookups.StemLookups._units_by_clip`).
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
