"""Words hyphenated at a line's end: a word cut by print, or a compound's own hyphen.

Text taken from PDFs and print layouts cuts a long word at a line's end
("Zapo-" / "rizhzhia", a soft hyphen "Kha\u00ad" / "rkiv") and breaks a compound
after its hyphen ("Polish-" / "Belarusian").  :func:`joined_at_hyphens` marks, one
character for one, what :func:`geomap.model_text.model_text` drops: a cut word's
hyphen and line break (it reads "Zaporizhzhia"), a compound's line break (it reads
"Polish-Belarusian"); :func:`soft_break` decides which it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import Protocol

#: A hyphen ending a line between two words: the word before (group 1), the hyphen
#: (a hyphen-minus, U+2010 HYPHEN or a soft hyphen; group 2), blanks, one line break,
#: blanks, and the next line's first word (group 3, looked ahead: it may end the
#: next line too).
_LINE_END_HYPHEN = re.compile(r"(\w+)([-\u2010\u00ad])[^\S\n\u2029]*\n[^\S\n\u2029]*(?=(\w+))")
_SOFT_HYPHEN = "\u00ad"
#: A word, hyphenated compounds whole ("russian-backed"), as the article spells it.
_WORD = re.compile(r"\w+(?:[-\u2010]\w+)*")
#: What stands for each character a join drops: a format character, which
#: :func:`geomap.model_text.model_text` drops, its offsets kept.
DROPPED = "\u200b"


class Lexicon(Protocol):
    """What a reader knows: ``known(word)`` a place's name or a word of the language.

    An object may also tell words of the language alone (``is_word``); a plain
    callable is asked both.
    """

    def __call__(self, word: str) -> bool:
        """Whether ``word`` is a place's name or a word of the language (any case)."""
        ...


def soft_break(
    before: str,
    after: str,
    hyphen: str = "-",
    known: Lexicon | None = None,
    seen: Collection[str] = (),
) -> bool:
    """Whether a hyphen ending a line between ``before`` and ``after`` only cuts a word.

    - A soft hyphen always does; before or after a number it never does ("COVID-" / "19").
    - The article's own spelling decides next: the joined word elsewhere in it
      (``seen``, lower case) is a cut, the hyphenated compound a compound.
    - A capital after it is a compound's ("Polish-" / "Belarusian", "non-" /
      "European"); in capitals, a cut only when the joined word is known.
    - Otherwise the word is cut when joined it is a word ``known`` knows ("Zapo-" /
      "rizhzhia", "govern-" / "ment"), or when its parts are not a known word and a
      word of the language ("Zelen-" / "sky"); "anti-" / "war" and "Russian-" /
      "backed" are compounds.  Without ``known``, a cut.

    >>> soft_break("Zapo", "rizhzhia"), soft_break("Polish", "Belarusian")
    (True, False)
    >>> soft_break("anti", "war", known={"anti", "war"}.__contains__)
    False
    """
    if hyphen == _SOFT_HYPHEN:
        return True
    if not (before.isalpha() and after.isalpha()):
        return False
    joined = (before + after).lower()
    if joined in seen:
        return True
    if f"{before}-{after}".lower() in seen:
        return False
    if after[0].isupper():
        return before.isupper() and after.isupper() and known is not None and known(joined)
    if known is None or known(joined):
        return True
    is_word: Callable[[str], bool] = getattr(known, "is_word", known)
    return not (known(before) and is_word(after))


def joined_at_hyphens(flat: str, known: Lexicon | None = None) -> str:
    """``flat`` with what reading its hyphenated words drops made :data:`DROPPED`.

    A cut word's hyphen and line break, a compound's line break (and the blanks
    around it); one for one, so offsets stay ``flat``'s.
    """
    sites = list(_LINE_END_HYPHEN.finditer(flat))
    if not sites:
        return flat
    seen = {w.lower() for w in _WORD.findall(flat)}
    chars = list(flat)
    for m in sites:
        cut = soft_break(m.group(1), m.group(3), m.group(2), known, seen)
        start = m.start(2) if cut else m.end(2)
        chars[start : m.end()] = DROPPED * (m.end() - start)
    return "".join(chars)
