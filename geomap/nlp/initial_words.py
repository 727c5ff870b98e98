"""A common word capitalised because it opens a sentence or a line is no place's name.

"Gunmen attacked a convoy outside Mosul" after a headline with no full stop: the model
reads the headline and the lede as one sentence and labels "Gunmen" GPE, a name the
gazetteer does not have, left unresolved in every such article.
:func:`without_initial_words` drops a one-word toponym when

* it is the first word of a sentence or of a line, capitalised only there;
* the gazetteer has no candidate for it (a town of a common word's name, "Reading",
  "Bath", is left to the rules that weigh its entries), and it is no demonym
  ("Ukrainian officials said": the demonym rules' to judge);
* its lower-case form is a word of the language (simplemma's dictionary, offline); and
* the article writes the word capitalised nowhere else but at a sentence's or a line's
  start (a name the gazetteer lacks, repeated mid-sentence, stays).

No word list: the dictionary, the gazetteer and the article decide.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from spacy.tokens import Span, Token

from geomap.nlp.name_shapes import lookup_demonym


@functools.lru_cache(maxsize=4096)
def known_word(word: str, lang: str = "en") -> bool:
    """Whether ``word`` (lower case) is in the language's dictionary.

    >>> known_word("gunmen"), known_word("hsipaw")
    (True, False)
    """
    import simplemma

    return bool(simplemma.is_known(word, lang=lang))


def opens_a_line(tok: Token) -> bool:
    """Whether ``tok`` is the first word of the text, of a sentence or of a line."""
    if tok.i == 0 or tok.is_sent_start:
        return True
    prev = tok.doc[tok.i - 1]
    return "\n" in prev.text or "\n" in prev.whitespace_


def _mid_capitals(spans_doc: Any) -> set[str]:
    """The words the doc capitalises where no line or sentence start explains it."""
    return {t.text for t in spans_doc if t.text[:1].isupper() and not opens_a_line(t)}


def without_initial_words(spans: Sequence[Span], gazetteer: Any) -> list[Span]:
    """``spans`` without the common words a sentence's start capitalises (module doc)."""
    if not spans or spans[0].doc.lang_ != "en":
        return list(spans)
    mid: set[str] | None = None
    out: list[Span] = []
    for span in spans:
        tok = span[0]
        if len(span) == 1 and tok.is_title and opens_a_line(tok) and tok.is_alpha:
            if mid is None:
                mid = _mid_capitals(span.doc)
            if (
                tok.text not in mid
                and not gazetteer.candidates(tok.text)
                and lookup_demonym(gazetteer, tok.text) is None
                and known_word(tok.lower_)
            ):
                continue
        out.append(span)
    return out
