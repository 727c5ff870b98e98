"""How many of a text's letters are Latin, Cyrillic, or in another script.

Language detection asks of every article whether its letters mix Latin and
Cyrillic, and of an unsure one whether most are Cyrillic or in neither script.
Asked letter by letter in Python (a regular expression and a Unicode name per
letter) that cost about 0.35 s of CPU per 1,000 articles in the process that
writes, more than the detector's own walk.  :func:`script_counts` counts each
distinct character once (:class:`collections.Counter` over the text, in C) and
classes it once per process (:func:`letter_script`): the same counts, exactly.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from geomap.text import is_cyrillic

#: Share of its letters a second script needs for a text to mix scripts.
MIXED_SHARE = 0.1

LATIN = "latin"
CYRILLIC = "cyrillic"
OTHER = "other"


@lru_cache(maxsize=65536)
def letter_script(ch: str) -> str:
    """:data:`CYRILLIC`, :data:`LATIN` or :data:`OTHER`: the script of the letter ``ch``.

    Cyrillic as :func:`geomap.text.is_cyrillic` says, Latin when its Unicode name
    starts with "LATIN".

    >>> letter_script("ж"), letter_script("é"), letter_script("中")
    ('cyrillic', 'latin', 'other')
    """
    if is_cyrillic(ch):
        return CYRILLIC
    return LATIN if unicodedata.name(ch, "").startswith("LATIN") else OTHER


@dataclass(frozen=True)
class ScriptCounts:
    """A text's letters (``str.isalpha``), and how many are Latin and Cyrillic."""

    letters: int
    latin: int
    cyrillic: int

    @property
    def mixed(self) -> bool:
        """Whether Latin and Cyrillic each hold :data:`MIXED_SHARE` of the letters or more."""
        least = MIXED_SHARE * self.letters
        return self.cyrillic >= least and self.latin >= least

    @property
    def mostly_cyrillic(self) -> bool:
        """Whether more than half the letters are Cyrillic."""
        return self.cyrillic > self.letters / 2

    @property
    def mostly_other(self) -> bool:
        """Whether more than half the letters are in neither the Latin nor the Cyrillic script."""
        return self.letters - self.latin - self.cyrillic > self.letters / 2


def script_counts(text: Iterable[str]) -> ScriptCounts:
    """The :class:`ScriptCounts` of ``text`` (a string, or its characters one by one).

    >>> script_counts("Kyiv — Київ, 2024")
    ScriptCounts(letters=8, latin=4, cyrillic=4)
    """
    letters = latin = cyrillic = 0
    for ch, n in Counter(text).items():
        if ch.isalpha():
            letters += n
            script = letter_script(ch)
            if script == LATIN:
                latin += n
            elif script == CYRILLIC:
                cyrillic += n
    return ScriptCounts(letters, latin, cyrillic)
