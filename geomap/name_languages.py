"""A short post the language detector leaves unsure, routed by the names it writes.

"Ostrzał: Kupiańsk.", "Beschuss: Kiew.": a post of a few words gives the detector too
few letters to be sure (:func:`geomap.language.detect_language` leaves it undetermined),
and an undetermined text was read as English, where the town written in another
language's form is lost. Cyrillic text is Russian or Ukrainian by its script already;
a short Latin one is read in the one language whose own forms its names are
(:func:`language_of_names`): a capitalised word votes for a language whose names in the
gazetteer hold it (:meth:`~geomap.gazetteer.Gazetteer.local_name`) when no entry has it
as its own name ("Kiew", "Kijów" are German and Polish, "Odesa" is everyone's), or when
it is written with a letter only that language has ("Kupiańsk"); a word that is no name
as written votes for a language whose lemma of it is an entry's own name ("w Krakowie").
A text routes to the one language voted for, when it is the detector's best guess however
unsure ("Ostrzał: Kupiańsk.": Polish at 0.97 on 15 letters); none, several, or another guess
leave it English.
"""

from __future__ import annotations

import re
from typing import Any

from geomap.gazetteer.lemmas import lookup_keys
from geomap.gazetteer.names import normalize_name
from geomap.letter_scripts import script_counts

#: Latin-script languages with a pipeline of their own, read by their names here.
NAME_LANGUAGES: tuple[str, ...] = ("de", "fr", "pl")
#: Letters of each language's own that English names do not write.
OWN_LETTERS: dict[str, frozenset[str]] = {
    "de": frozenset("äöüß"),
    "fr": frozenset("àâçèéêëîïôùûÿœ"),
    "pl": frozenset("ąćęłńóśźż"),
}
#: Most letters a text has to be routed by its names: longer texts are the detector's.
MAX_LETTERS = 40
#: Fewest letters of a word read as an inflected name ("It", "And" are no case of one).
MIN_INFLECTED = 4
_WORD = re.compile(r"\w+(?:[-']\w+)*")


def _votes(word: str, gazetteer: Any) -> set[str]:
    """The languages a capitalised word votes for (module docstring)."""
    low = set(word.lower())
    main = gazetteer.main_name(word)
    out: set[str] = set()
    for lang in NAME_LANGUAGES:
        if gazetteer.local_name(word, lang):
            if low & OWN_LETTERS[lang] or not main:
                out.add(lang)
        elif not main and _inflected(word, lang, gazetteer):
            out.add(lang)
    return out


def _inflected(word: str, lang: str, gazetteer: Any) -> bool:
    """Whether ``word``, no name as written, is a case of an entry's own name in ``lang``.

    "Krakowie" is no name; its lemma in Polish is Kraków's.
    """
    if len(word) < MIN_INFLECTED:
        return False
    norm = normalize_name(word)
    return any(k != norm and gazetteer.main_name(k) for k in lookup_keys(word, lang))


def short_latin(text: str) -> bool:
    """Whether ``text`` has fewer than :data:`MAX_LETTERS` letters, all Latin.

    Cyrillic is its script's (:mod:`geomap.language`); other scripts no pipeline's.
    """
    scripts = script_counts(text)
    return 0 < scripts.letters < MAX_LETTERS and scripts.latin == scripts.letters


def language_of_names(text: str, gazetteer: Any, guess: str | None) -> str | None:
    """The one language whose own forms a short Latin text's names are, else ``None``.

    ``guess`` is the detector's best guess, however unsure: the names' language must be
    it ("Explosion in Kiew.": English by its guess, though "Kiew" is German).
    """
    if gazetteer is None or guess not in NAME_LANGUAGES or not short_latin(text):
        return None
    votes: set[str] = set()
    for word in _WORD.findall(text):
        if word[:1].isupper() and not word.isupper():
            votes |= _votes(word, gazetteer)
    return guess if votes == {guess} else None
