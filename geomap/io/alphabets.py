"""The accented Latin letters of each European language: one text, one alphabet.

A text read in the wrong single-byte code page keeps its ASCII and turns its accented
letters into others, each plausible alone: French "à Besançon" read as ISO-8859-2 is "ŕ
Besançon", where "ŕ" (Slovak) and "ç" (French) share no language.  A decoding whose
accented letters one language writes is more plausible than one that needs several.

The letters are each language's lower-case letters beyond a-z, from its standard alphabet
(Unicode CLDR's main exemplar characters, the accents its spelling uses in ordinary
words), for the languages written in the Windows and ISO-8859 Latin code pages.  English
is left out: its loanwords ("café", "naïve") are French.
"""

from __future__ import annotations

from collections.abc import Iterable

#: Each language's lower-case letters beyond a-z (Romanian and Turkish ş ţ are written
#: with a cedilla in the legacy code pages, with a comma below in Unicode: both).
ALPHABETS: dict[str, frozenset[str]] = {
    code: frozenset(letters)
    for code, letters in {
        "fr": "àâæçéèêëîïôœùûüÿ",
        "de": "äöüß",
        "es": "áéíñóúü",
        "pt": "áâãàçéêíóôõú",
        "it": "àèéìíîòóùú",
        "ca": "àçéèíïòóúü",
        "nl": "áéèëíïóöúü",
        "sv": "åäöé",
        "da": "æøåé",
        "no": "æøåéóòô",
        "fi": "åäöšž",
        "is": "áðéíóúýþæö",
        "pl": "ąćęłńóśźż",
        "cs": "áčďéěíňóřšťúůýž",
        "sk": "áäčďéíĺľňóôŕšťúýž",
        "sl": "čšž",
        "hr": "čćđšž",
        "hu": "áéíóöőúüű",
        "ro": "ăâîșțşţ",
        "tr": "çğıöşüâîû",
        "sq": "çë",
        "lv": "āčēģīķļņšūž",
        "lt": "ąčęėįšųūž",
        "et": "šžõäöü",
    }.items()
}


def _accented(word: str) -> frozenset[str]:
    """The lower-case Latin letters beyond a-z in ``word``."""
    return frozenset(
        c for c in word.lower() if c.isalpha() and not c.isascii() and "LATIN" in _name(c)
    )


def _name(ch: str) -> str:
    import unicodedata

    return unicodedata.name(ch, "")


def words_outside_one_alphabet(words: Iterable[str]) -> int:
    """How many words hold a letter the best-fitting language does not write.

    The best-fitting language is the one that leaves the fewest such words; a text
    whose accented letters all belong to one language scores 0.

    >>> words_outside_one_alphabet("rassemblés à Besançon".split())
    0
    >>> words_outside_one_alphabet("rassemblés ŕ Besançon".split())
    1
    """
    letters = [found for found in map(_accented, words) if found]
    if not letters:
        return 0
    return min(
        sum(1 for found in letters if not found <= alphabet) for alphabet in ALPHABETS.values()
    )
