"""The listener a Russian verb of saying names before its speaker: "рассказал Би-би-си житель".

"…, — рассказал Би-би-си житель Измаила Андрей": after a verb of saying, the one told
(a dative: an outlet, "журналистам") comes before the one who tells.  Natasha reads both
as subjects of the verb; two subjects after the verb, with no comma or conjunction
between them, are no pair of speakers, so the first is the listener and the second
speaks (:func:`without_addressee`).
"""

from __future__ import annotations

from collections.abc import Sequence

from geomap.claims.local_syntax import Word

#: Words that join two subjects into one pair of speakers ("X и Y рассказали").
_JOINS = frozenset({",", "и", "а", "et", "ou", "или"})


def without_addressee(words: Sequence[Word], verb: int, subjects: list[int]) -> list[int]:
    """``subjects`` of ``verb`` without the listener named between it and its speaker.

    Parameters
    ----------
    words
        The parsed sentence.
    verb
        Index of the verb of saying.
    subjects
        Indices of the words read as its subjects, in order.

    Returns
    -------
    list of int
        ``subjects`` with the first dropped when it and the next both follow the verb as
        ``nsubj`` and nothing joins them (:data:`_JOINS`); else ``subjects``.
    """
    after = [c for c in subjects if c > verb and words[c].dep == "nsubj"]
    if len(after) < 2:
        return subjects
    first, second = after[0], after[1]
    if any(w.text.lower() in _JOINS for w in words[verb + 1 : second]):
        return subjects
    return [c for c in subjects if c != first]
