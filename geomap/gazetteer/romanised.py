"""A key that folds the ways English news and GeoNames romanise one name.

Names written in Arabic, Persian, Hebrew, Pashto, Urdu, Amharic or Somali letters
reach English news in many romanisations, and GeoNames often lists another: "Bint
Jbeil" is GeoNames' "Bent Jbaïl", "Nabatieh" its "Nabatiye", "Deir el-Balah" its
"Dayr al Balah".  They differ in regular ways: the vowels ("e"/"i", "ou"/"u",
"ee"/"i", "ai"/"ei"/"ay", "-iyah"/"-ieh"/"-iye"/"-ia"), doubled letters, "j"/"dj",
"q"/"k", "kh"/"h", "sh"/"ch", a final "h" after a vowel, apostrophes, hyphens and
spaces, and the Arabic article ("al-", "el-", "ash-", "ad-" ...).

:func:`romanised_key` folds all of these at once: articles dropped, the words run
together, each consonant class written one way, doubled letters single, a final
"h" after a vowel dropped and each run of vowels (with "y" and "w") one "a".  The
builder indexes the key of each Latin name of a notable town or unit in the
countries whose names are romanised (:mod:`geomap.gazetteer.builder.romanised`);
the lookup (:meth:`RomanisedNames.romanised_candidates`) reads it only for a name
with no entry of its own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from geomap.gazetteer.names import normalize_name
from geomap.gazetteer.rows import place_from_row, rank
from geomap.gazetteer.schema import MATCH_KINDS, PLACE_SELECT
from geomap.records import Candidate

#: The ``local_names`` table's language code of the keys of :func:`romanised_key`.
ROMANISED = "romanised"

#: Romanisations of the Arabic article, as separate words after normalisation.
ARTICLES = frozenset(
    "al el il ul ar er as es ash esh ad ed adh an en at et ath az ez".split()  # noqa: SIM905
)
#: Consonant letter groups written one way, longest first.
_CONSONANT_GROUPS: tuple[tuple[str, str], ...] = (
    ("dzh", "j"),
    ("tch", "s"),
    ("sch", "s"),
    ("dj", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("sh", "s"),
    ("ch", "s"),
    ("th", "t"),
    ("dh", "d"),
    ("ph", "f"),
    ("ck", "k"),
    ("q", "k"),
    ("c", "k"),
)
_GROUPS = re.compile("|".join(a for a, _ in _CONSONANT_GROUPS))
_GROUP_OF = dict(_CONSONANT_GROUPS)
#: Letters read as vowels (a glide "y" or "w" among them).
_VOWEL_RUN = re.compile(r"[aeiouyw]+")
#: Fewest consonants a key keeps: shorter names fold onto too many others.
MIN_CONSONANTS = 3
#: The letter every run of vowels is written as.
VOWEL = "a"


def romanised_key(name: str) -> str:
    """The romanisation-folded key of a Latin-script name; ``""`` when too short.

    Examples
    --------
    >>> romanised_key("Bint Jbeil") == romanised_key("Bent Jbaïl")
    True
    >>> romanised_key("Nabatieh") == romanised_key("Nabatiye") == romanised_key("Nabatiyah")
    True
    >>> romanised_key("Deir el-Balah") == romanised_key("Dayr al Balah")
    True
    >>> romanised_key("Hama")
    ''
    """
    if not _latin(name):
        return ""  # "بنت جبيل": another script's letters, which the name key transliterates
    norm = normalize_name(name)
    if not norm:
        return ""
    words = norm.split()
    kept = [w for w in words if w not in ARTICLES] if len(words) > 1 else words
    text = "".join(kept)
    if not text.isalpha():
        return ""
    text = _GROUPS.sub(lambda m: _GROUP_OF[m.group(0)], text)
    text = re.sub(r"([aeiouyw])h$", r"\1", text)  # "-ieh", "-ah": the final h is silent
    text = re.sub(r"(.)\1+", r"\1", text)
    key = _VOWEL_RUN.sub(VOWEL, text)
    if sum(ch != VOWEL for ch in key) < MIN_CONSONANTS:
        return ""
    return key


def _latin(name: str) -> bool:
    """Whether every letter of ``name`` is a Latin one ("Bent Jbaïl", not "Бент-Джбейль")."""
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in name if ch.isalpha())


class RomanisedNames:
    """Reads of entries by romanised key; mixed into :class:`geomap.gazetteer.store.Gazetteer`."""

    if TYPE_CHECKING:

        def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]: ...

    def romanised_candidates(self, name: str) -> tuple[Candidate, ...]:
        """The notable towns and units of the romanising countries with ``name``'s key.

        Best first (by the kind of the name that has the key, then the prior), each
        as an ``"alternate"`` match: the spelling is the article's, not theirs.
        Empty for a name too short for a key.
        """
        key = romanised_key(name)
        if not key:
            return ()
        rows = self._query(
            f"SELECT {PLACE_SELECT}, n.kind FROM local_names n JOIN places p ON p.id = n.pid "
            "WHERE n.lang = ? AND n.key = ?",
            (ROMANISED, key),
        )
        found = [(place_from_row(r), MATCH_KINDS[r[-1]]) for r in rows]
        return tuple(Candidate(p, "alternate") for p, _ in rank(found))
