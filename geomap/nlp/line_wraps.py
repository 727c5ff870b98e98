"""Hard-wrapped prose: whether a line break inside a paragraph is only a space.

:mod:`geomap.nlp.sentences` reads a short line without final punctuation as a
headline, a byline, a dateline or a list's item, and starts a sentence after it;
a line of hard-wrapped prose is none of these.  A break is a space after a line
that goes on (:func:`goes_on`: "officials in"), one that fills the article's wrap
width (:func:`wrap_width`, :func:`fills`), or one whose last words and the next
line's first make a place name the gazetteer knows (:func:`name_across`: "New" /
"York").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import Any

from spacy.language import Language
from spacy.tokens import Token

#: Tags of the words a line of prose cannot end with (a preposition, an article, a
#: conjunction, "to", a possessive) and a comma: the sentence goes on after the break.
_GOING_ON_TAGS = frozenset({"IN", "DT", "CC", "TO", "PRP$", "WP$", "POS", ","})
#: Without tags (the pipelines of other languages read lines first): a stop word in
#: lower case of at most this many letters ("w", "na", "der", "und", "de", "в").
_SHORT_STOP_WORD = 3
#: Narrowest width taken for hard-wrapped text, and how far below it a line still
#: counts as reaching it.
MIN_WRAP_WIDTH = 40
_WRAP_SLACK = 15


def goes_on(last: Token) -> bool:
    """Whether a line ending with ``last`` goes on after its break ("officials in")."""
    if last.text == ",":
        return True
    if last.doc.has_annotation("TAG"):
        return last.tag_ in _GOING_ON_TAGS
    return last.is_stop and last.is_lower and len(last.text) <= _SHORT_STOP_WORD


def wrap_width(text: str, lines: Sequence[tuple[int, int]]) -> int:
    """The width ``text`` is hard-wrapped at, ``0`` if it is not.

    Of the lines a line break ends inside a paragraph, the longest, when at least
    three and at least half of them come within :data:`_WRAP_SLACK` characters of
    it and it is at least :data:`MIN_WRAP_WIDTH` long.  A headline, a byline and
    a list's items are not that alike; long paragraphs one per line are not alike.
    """
    inner = [
        len(text[a:b].strip())
        for (a, b), (c, d) in pairwise(lines)
        if text[a:b].strip() and text[c:d].strip()
    ]
    if len(inner) < 3:
        return 0
    width = max(inner)
    near = sum(1 for n in inner if n >= width - _WRAP_SLACK)
    return width if width >= MIN_WRAP_WIDTH and near >= max(3, len(inner) / 2) else 0


def fills(prev: str, nxt: str, width: int) -> bool:
    """Whether ``prev`` was cut because the next line's first word did not fit ``width``."""
    words = nxt.split(maxsplit=1)
    return bool(width and words) and len(prev.strip()) + 1 + len(words[0]) > width


#: Most words of a name on either side of a break that :func:`name_across` joins.
_NAME_WORDS = 2


def name_across(last: Token, first: Token, line_start: int, gazetteer: Any) -> bool:
    """Whether a place name the gazetteer knows runs across the break after ``last``.

    The last one or two capitalised words of the line (from ``line_start``) and the
    next line's first one or two ("Envoys met in New" / "York on Monday"); a line
    ending in a name that is whole ("Troops leave Kherson" / "Officials said") is
    not joined.
    """
    if gazetteer is None or not (_name_word(last) and _name_word(first)):
        return False
    doc = last.doc
    before = [last.i]
    while (
        len(before) < _NAME_WORDS
        and before[-1] > 0
        and doc[before[-1] - 1].idx >= line_start
        and _name_word(doc[before[-1] - 1])
    ):
        before.append(before[-1] - 1)
    after = [first.i]
    while len(after) < _NAME_WORDS and after[-1] + 1 < len(doc) and _name_word(doc[after[-1] + 1]):
        after.append(after[-1] + 1)
    for b in before:
        for a in after:
            words = [t.text for t in doc[b : a + 1] if not t.is_space]
            if gazetteer.has_name(" ".join(words)):
                return True
    return False


def _name_word(token: Token) -> bool:
    return token.is_alpha and token.is_title


#: Fewest letters of a base form an inflected form is known by ("ler" is no form of "l").
_MIN_BASE = 3


class KnownWords:
    """Whether a word is known: a name in the gazetteer, or a word of the language.

    The words of the language are the rule lemmatiser's index (``lemma_index``: the
    base forms of the nouns, verbs, adjectives and adverbs it knows), an inflected
    form known through its rules and exceptions ("troops", "backed"), and the
    language's stop words ("because", "against"); a pipeline without a lemmatiser
    knows its stop words and the gazetteer's names.

    Parameters
    ----------
    gazetteer
        Anything with ``has_name(str) -> bool``, or ``None``.
    index, exceptions, rules
        The lemmatiser's tables by part of speech: base forms, irregular forms
        (form -> lemmas), suffix rules (``[old, new]`` pairs).
    stop_words
        The language's stop words (lower case).
    """

    def __init__(
        self,
        gazetteer: Any = None,
        index: dict[Any, Any] | None = None,
        exceptions: dict[Any, Any] | None = None,
        rules: dict[Any, Any] | None = None,
        stop_words: Iterable[str] = (),
    ) -> None:
        self.gazetteer = gazetteer
        self._tables = (index or {}, exceptions or {}, rules or {})
        self._stop_words = frozenset(stop_words)
        self._index: dict[Any, frozenset[str]] | None = None  # made on first use
        self._exceptions: dict[Any, frozenset[str]] = {}
        self._rules: dict[Any, list[tuple[str, str]]] = {}

    @classmethod
    def of(cls, nlp: Language) -> KnownWords:
        """The words ``nlp`` knows: its components' gazetteer, its rule lemmatiser's words."""
        gazetteer = None
        tables: dict[str, dict[Any, Any]] = {}
        for _name, proc in nlp.components:  # disabled ones too
            gazetteer = gazetteer or getattr(proc, "gazetteer", None)
            lookups = getattr(proc, "lookups", None)
            if not tables and getattr(proc, "mode", None) == "rule" and lookups is not None:
                for table in ("lemma_index", "lemma_exc", "lemma_rules"):
                    if table in lookups:
                        tables[table] = dict(lookups.get_table(table).items())
        return cls(
            gazetteer,
            tables.get("lemma_index"),
            tables.get("lemma_exc"),
            tables.get("lemma_rules"),
            nlp.Defaults.stop_words,
        )

    def __call__(self, word: str) -> bool:
        """Whether ``word`` is known (any case): a word of the language or a place's name."""
        return self.is_word(word) or (
            self.gazetteer is not None and bool(self.gazetteer.has_name(word))
        )

    def is_word(self, word: str) -> bool:
        """Whether ``word`` is a word of the language (any case)."""
        low = word.lower()
        if low in self._stop_words:
            return True
        if self._index is None:
            index, exceptions, rules = self._tables
            self._index = {pos: frozenset(words) for pos, words in index.items()}
            self._exceptions = {pos: frozenset(forms) for pos, forms in exceptions.items()}
            self._rules = {pos: [(str(a), str(b)) for a, b in rs] for pos, rs in rules.items()}
        for pos, words in self._index.items():
            if low in words or low in self._exceptions.get(pos, ()):
                return True
            for old, new in self._rules.get(pos, ()):
                base = low[: -len(old)] + new if old and low.endswith(old) else ""
                if len(base) >= _MIN_BASE and base in words:
                    return True
        return False
