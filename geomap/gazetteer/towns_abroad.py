"""Towns abroad that a Cyrillic name may transcribe, for the article to confirm.

Russian and Ukrainian write a foreign town by transcribing its name: "Эрбиль" is
Erbil, "Зуара" Zuwara, "Митровица" Mitrovica.  The lookup
(:mod:`geomap.gazetteer.local_names`) lets a Cyrillic name's transliteration meet
a Latin name only where Cyrillic is written, and a guessed case ending reach a town
abroad only when it has :data:`~geomap.gazetteer.guess_rules.GUESS_ABROAD` people,
because nothing in the name alone says such a town is meant ("Сили" is an alternate
name of Chile).  :meth:`TownsAbroad.towns_abroad` gives those towns back; the
resolver keeps one only when the article names its country
(:mod:`geomap.nlp.named_countries`).

Latin names in a Slavic Latin alphabet (Serbian, Croatian, Bosnian, Czech, Slovak, and
Kosovo's towns) write ц, ч, ш, ж as c, č, š, ž: the transliteration "mitrovitsa"
meets "Mitrovica" once ts, ch, sh and zh are read as c, c, s and z
(:func:`slavic_latin`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from geomap.gazetteer.lemmas import ending_keys, lookup_keys
from geomap.instance_cache import per_instance
from geomap.records import Candidate, Place
from geomap.text import is_cyrillic

#: Transliterated letters of ц, ч, ш, щ, ж, х and how a Slavic Latin alphabet writes
#: them once its diacritics are dropped (longest first).
_SLAVIC_LATIN: tuple[tuple[str, str], ...] = (
    ("shch", "sc"), ("ts", "c"), ("ch", "c"), ("sh", "s"), ("zh", "z"), ("kh", "h"),
)  # fmt: skip
#: Smallest town abroad a transcribed name may reach.
ABROAD_MIN_POPULATION = 1_000
#: Languages written in Cyrillic among those indexed by lemma.
CYRILLIC_LANGUAGES = frozenset({"ru", "uk"})


def slavic_latin(key: str) -> str:
    """A transliterated key as a Slavic Latin alphabet spells it: "mitrovitsa" -> "mitrovica"."""
    for cyr, lat in _SLAVIC_LATIN:
        key = key.replace(cyr, lat)
    return key


class TownsAbroad:
    """Towns abroad a Cyrillic name may transcribe; mixed into :class:`Gazetteer`."""

    if TYPE_CHECKING:

        def _local_matches(
            self, keys: Sequence[str], lang: str, cyrillic: bool = False
        ) -> list[tuple[Place, str]]: ...

    @per_instance(maxsize=4096)
    def towns_abroad(self, name: str, lang: str) -> tuple[Candidate, ...]:
        """Towns outside the Cyrillic-writing countries ``name`` may transcribe, biggest first.

        Under the name's keys, its guessed nominatives and their Slavic Latin
        spellings, among every language's names; towns of
        :data:`ABROAD_MIN_POPULATION` people in countries whose names GeoNames does
        not romanise from Cyrillic.  Each is an alternate match.  Empty for a name
        not in Cyrillic.
        """
        from geomap.gazetteer.stem_lookups import CYRILLIC_COUNTRIES

        if lang not in CYRILLIC_LANGUAGES or not is_cyrillic(name):
            return ()
        keys = (*lookup_keys(name, lang), *ending_keys(name, lang))
        keys = tuple(dict.fromkeys((*keys, *(slavic_latin(k) for k in keys))))
        towns: dict[str, Place] = {}
        for place, _ in self._local_matches(keys, lang):
            if (
                place.feature_type == "city"
                and place.population >= ABROAD_MIN_POPULATION
                and place.country_code not in CYRILLIC_COUNTRIES
            ):
                towns.setdefault(place.place_id, place)
        ranked = sorted(towns.values(), key=lambda p: -p.population)
        return tuple(Candidate(p, "alternate") for p in ranked)
