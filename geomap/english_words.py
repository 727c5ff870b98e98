"""Whether a word is one of English's: simplemma's English dictionary, for both layers.

The place rules (:mod:`geomap.nlp`) ask it of a word before a capitalised surname in a
headline; the speaker rules (:mod:`geomap.claims`) of a word whose ending looks like an
agent noun's ("Aboubaker" is no title). Neither layer imports the other, so the question
lives here.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping


@functools.lru_cache(maxsize=4096)
def known_word(word: str) -> bool:
    """Whether ``word`` (lower case) is any word of simplemma's English dictionary.

    >>> known_word("baker"), known_word("aboubaker")
    (True, False)
    """
    import simplemma

    return bool(simplemma.is_known(word, lang="en"))


def common_word(word: str) -> bool:
    """Whether English writes ``word`` (lower case) in lower case, not as a name only.

    simplemma's English dictionary keeps a word's case: it holds "bank" and not
    "Bank", "Yorkshire" and not "yorkshire", both "java" and "Java".

    >>> common_word("bank"), common_word("yorkshire"), common_word("java")
    (True, False, False)
    """
    words = _english()
    return word in words and word[:1].upper() + word[1:] not in words


@functools.cache
def _english() -> Mapping[str, str]:
    """Simplemma's English dictionary (word form -> lemma)."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    return DefaultDictionaryFactory().get_dictionary("en")
