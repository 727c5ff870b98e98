"""Words a headline capitalises by its style, not because they are names.

A headline in title case capitalises every word ("Police Say Bath Attack Was
Planned"), and one in sentence case its first ("Grain corridor talks resume"): a
common word there is capitalised by its place in the line, and the gazetteer scan or
the model reads it as a town (Bath; Grain, a village in Kent).
:func:`without_headline_words` drops such a toponym when

* it is one word of a headline line (:func:`headline_lines`: a line standing alone
  between paragraph breaks or the text's ends, short, with no sentence-final
  punctuation) that the line's style capitalises: its first word, or any word of a
  line in title case;
* the word is a common word of the language: its inflected forms are words whose
  lemma it is ("baths", "bathing": :func:`common_word`, simplemma's dictionary,
  offline), or it is an inflected form of one ("Strikes", "Floods":
  :func:`inflected_common`) and no city of 100,000 people or more is called so;
* it names no country, admin-1 unit or continent (Turkey, Chad, Jordan stay); and
* the article's body does not support it: the same word is nowhere else capitalised
  where neither a sentence's start nor a headline explains it ("a man in Bath").

No word list: the line's style, the language's dictionary and the article decide.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Span, Token

from geomap.extensions import doc_text
from geomap.nlp.name_shapes import own_entries
from geomap.nlp.vocab import BIG_CITY
from geomap.text import ends_sentence, line_spans

#: Longest line read as a headline (characters).
MAX_HEADLINE_CHARS = 160
#: Fewest words of four letters or more after the first that make a line's title case.
MIN_TITLE_WORDS = 2
#: Kinds of place a capitalised word still names in a headline (the notable units).
KEPT_TYPES = frozenset({"country", "admin1", "continent"})
#: Endings that make a word's inflected forms (plural, comparative, past, gerund).
_ENDINGS = ("s", "es", "er", "ed", "ing")


def headline_lines(doc: Doc) -> list[tuple[int, int]]:
    """The ``(start, end)`` token ranges of the doc's headline lines (module docstring)."""
    text = doc_text(doc)
    breaks = tuple(doc._.line_breaks or ())
    lines = line_spans(text, breaks)
    out: list[tuple[int, int]] = []
    for n, (start, end) in enumerate(lines):
        line = text[start:end].strip()
        if not line or len(line) > MAX_HEADLINE_CHARS or ends_sentence(line):
            continue
        before = n == 0 or not text[slice(*lines[n - 1])].strip()
        after = n == len(lines) - 1 or not text[slice(*lines[n + 1])].strip()
        if not (before and after):
            continue  # a line of hard-wrapped prose, a list's item
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            out.append((span.start, span.end))
    return out


def _words(doc: Doc, start: int, end: int) -> list[Token]:
    return [t for t in doc[start:end] if t.is_alpha]


def styled_tokens(doc: Doc) -> set[int]:
    """The indices of the tokens a headline line's style capitalises."""
    styled: set[int] = set()
    for start, end in headline_lines(doc):
        words = _words(doc, start, end)
        if not words:
            continue
        styled.add(words[0].i)
        long_words = [t for t in words[1:] if len(t.text) >= 4]
        if len(long_words) >= MIN_TITLE_WORDS and all(t.text[:1].isupper() for t in long_words):
            styled.update(t.i for t in words)  # title case: every word capitalised
    return styled


@functools.lru_cache(maxsize=4096)
def common_word(word: str, lang: str = "en") -> bool:
    """Whether ``word`` (lower case) is a common word: an inflected form of it has it as lemma.

    >>> common_word("bath"), common_word("grain"), common_word("izmir")
    (True, True, False)
    """
    import simplemma

    forms = [word + ending for ending in _ENDINGS]
    if word.endswith("y"):
        forms.append(word[:-1] + "ies")
    return any(
        simplemma.is_known(form, lang=lang) and simplemma.lemmatize(form, lang=lang) == word
        for form in forms
    )


@functools.lru_cache(maxsize=4096)
def inflected_common(word: str, lang: str = "en") -> bool:
    """Whether ``word`` (lower case) is an inflected form of a common word ("strikes").

    >>> inflected_common("strikes"), inflected_common("floods"), inflected_common("izmir")
    (True, True, False)
    """
    import simplemma

    lemma = simplemma.lemmatize(word, lang=lang)
    return lemma != word and simplemma.is_known(word, lang=lang) and common_word(lemma, lang)


def _big_city(name: str, gazetteer: Any) -> bool:
    """Whether ``name`` is the own name of a city of :data:`~geomap.nlp.vocab.BIG_CITY`+."""
    return any(
        c.place.feature_type == "city" and c.place.population >= BIG_CITY
        for c in own_entries(gazetteer, name)
    )


def _body_capitals(doc: Doc, headline: set[int]) -> set[str]:
    """The words capitalised outside the headlines where nothing but a name explains it.

    Built once per doc, so a digest of many headline lines costs one pass, not one per span.
    """
    return {
        t.text for t in doc if t.i not in headline and not t.is_sent_start and t.text[:1].isupper()
    }


def without_headline_words(doc: Doc, spans: Sequence[Span], gazetteer: Any) -> list[Span]:
    """``spans`` without the words a headline's style capitalises (module docstring)."""
    if not spans or doc.lang_ != "en":
        return list(spans)
    lines = headline_lines(doc)
    if not lines:
        return list(spans)
    styled = styled_tokens(doc)
    headline = {i for start, end in lines for i in range(start, end)}
    supported = _body_capitals(doc, headline)
    out: list[Span] = []
    for span in spans:
        tok = span[0]
        if (
            len(span) == 1
            and tok.i in styled
            and tok.text[:1].isupper()
            and tok.text not in supported
            and not _kept_kind(tok.text, gazetteer)
            and (
                common_word(tok.lower_)  # last: its first use loads a dictionary
                or (inflected_common(tok.lower_) and not _big_city(tok.text, gazetteer))
            )
        ):
            continue
        out.append(span)
    return out


def _kept_kind(name: str, gazetteer: Any) -> bool:
    """Whether ``name`` is a country's, an admin-1 unit's or a continent's own name."""
    return any(c.place.feature_type in KEPT_TYPES for c in own_entries(gazetteer, name))
