"""The English romanisation behind a Polish, German or French spelling of a foreign name.

Polish, German and French news respell a name that English news and GeoNames
romanise (from Arabic, Swahili, Tamil, Chinese ...) by their own orthography, in
regular ways: Polish writes "dż" for j, "sz" for sh, "cz" for ch and "w" for v
("Dżenin", "Dżafna", "Arusza", "Mitrowica": Jenin, Jaffna, Arusha, Mitrovica; and
"sz", "cz" also for the š, č of Slavic names, "Preszów": Prešov), German "dsch" for j,
"tsch" for ch and "sch" for sh ("Dschidda", "Schanghai"), French "dj" for j, "tch" for
ch, "ch" for sh and "ou" for u ("Djeddah", "Moukalla"). :func:`respelled_keys` reads a
name's lookup keys back the English way, each letter group as written or respelled
(keys have no diacritics, so Polish "dż" is "dz" there). The store looks them up only
for a name with no entry of its own, and takes only a place's own name, alias or
exonym so read (not a source's other names: French "Soudja" read "Suja" is Shuya's
alternate, not Sudzha), of towns of :data:`GUESS_ABROAD
<geomap.gazetteer.guess_rules.GUESS_ABROAD>` people or more and other kinds of place
outside the language's own countries (:meth:`LocalNames._candidates_local
<geomap.gazetteer.local_names.LocalNames._candidates_local>`).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice, product

#: Per language: a letter group of a key and the English romanisations it may stand for.
RESPELLINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "pl": {"sz": ("sh", "s"), "cz": ("ch", "c"), "dz": ("j",), "w": ("v",)},
    "de": {"dsch": ("j",), "tsch": ("ch",), "sch": ("sh",)},
    "fr": {"tch": ("ch",), "dj": ("j",), "ch": ("sh",), "ou": ("u",)},
}
#: At most this many respellings of one key.
MAX_RESPELLINGS = 16


def _parts(key: str, table: dict[str, tuple[str, ...]]) -> list[tuple[str, ...]]:
    """``key`` cut into letters and the table's groups (longest first), with their options."""
    longest = max(map(len, table))
    parts: list[tuple[str, ...]] = []
    i = 0
    while i < len(key):
        for size in range(min(longest, len(key) - i), 0, -1):
            group = key[i : i + size]
            if group in table:
                parts.append((group, *table[group]))
                i += size
                break
        else:
            parts.append((key[i],))
            i += 1
    return parts


def respelled_keys(keys: Sequence[str], lang: str) -> tuple[str, ...]:
    """``keys`` read back as English romanises: "arusza" -> "arusha", "dzenin" -> "jenin".

    Every combination of each group as written or respelled, the keys as given left out;
    empty for a language with no table or keys with no such group.
    """
    table = RESPELLINGS.get(lang)
    if not table:
        return ()
    given = set(keys)
    out: list[str] = []
    for key in keys:
        combos = islice(product(*_parts(key, table)), MAX_RESPELLINGS + 1)
        out.extend(k for k in ("".join(c) for c in combos) if k not in given)
    return tuple(dict.fromkeys(out))
