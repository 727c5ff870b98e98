"""How plausible a decoding is: the marks a wrong code page leaves in words.

:func:`implausible` counts them; :func:`geomap.io.encoding` ranks charset-normalizer's
candidates by it (``Krak¾w``, ``за€вили``, ``лПМПООЩ`` are a wrong code page's).
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from geomap.io.alphabets import words_outside_one_alphabet


def _script(ch: str) -> str:
    try:
        return unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return "?"


#: What parts a word into runs of letters, each of which may start with a capital
#: ("Санкт-Петербург", "O'Neill", and the cells ``Tbilisi;Protesters`` of a CSV row).
_NOT_LETTER = re.compile(r"[\W\d_]+")


def _signs_beside_letters(word: str) -> int:
    """Currency and maths signs beyond ASCII that touch a letter.

    ``за€вили`` and ``¬ласти`` (Windows-1251 read as Mac Cyrillic, whose capitals
    and ``я`` are signs); "€5bn", "5 £", "+Baku" are no mark.
    """
    return sum(
        1
        for i, ch in enumerate(word)
        if not ch.isascii()
        and unicodedata.category(ch) in ("Sc", "Sm")
        and any(0 <= j < len(word) and word[j].isalpha() for j in (i - 1, i + 1))
    )


def implausible(text: str) -> int:
    """Marks of a wrong code page, counted per word.

    A word that mixes scripts (``Cafﻠ``), holds a symbol (``Krak¾w``,
    ``¯o³nierze``), switches to upper case inside (``лПМПООЩ``: KOI8-R read as
    Windows-1251; within a run of letters: "Санкт-Петербург", "O'Neill" and the cells
    of a CSV row, "Tbilisi;Protesters", are no mark), holds a currency or maths sign
    beside a letter (``за€вили``: Windows-1251 read as Mac Cyrillic), or
    is a Latin word of mostly accented letters (``ëÏÌÏÎÎÙ``); C1 control characters
    (``Łódź`` in Windows-1250 read as Latin-1 ends in U+009F); and the words whose
    accented letters no one language writes beside the others' (``ŕ Besançon``:
    :func:`geomap.io.alphabets.words_outside_one_alphabet`).
    """
    bad = 0
    words = text[:20000].split()
    for word in words:
        letters = [c for c in word if c.isalpha()]
        if not letters:
            continue
        scripts = {_script(c) for c in letters}
        symbols = sum(1 for c in word if unicodedata.category(c) in ("So", "Sk", "No", "Co"))
        symbols += _signs_beside_letters(word)
        inner_upper = any(  # in a run of letters: "Санкт-Петербург", "Tbilisi;Protesters" no mark
            a.islower() and b.isupper()
            for part in _NOT_LETTER.split(word)
            for a, b in itertools.pairwise(part)
        )
        accented = scripts == {"LATIN"} and 2 * sum(not c.isascii() for c in letters) > len(letters)
        bad += (len(scripts) > 1) + symbols + inner_upper + accented
    c1 = sum(1 for ch in text[:20000] if "\x80" <= ch <= "\x9f")  # C1 controls: no text
    return bad + c1 + words_outside_one_alphabet(words)
