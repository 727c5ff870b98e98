"""Words of contrast, per language: the clause after one has its own source.

"Mayor X said the bridge would reopen, but engineer Y insisted that …", "Власти …
предложили помощь, но X заявил, что …": the second saying stands beside the first, it
is not something the first speaker reports. One table for every language with a
speaker attribution; the French and Russian parse (:func:`geomap.claims.local_cues.contrasted`),
the word-order reading of German, Polish and Ukrainian (``PatternWords.contrast``) and the
English parse (:func:`contrast_before`, read by :mod:`geomap.claims.nested`) all use it.

Provenance: the coordinating and subordinating conjunctions of contrast of each
language's grammar (written for issue 17, rounds 72-73), not taken from benchmark text.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Conjunctions of contrast by language code (lower case).
CONTRASTS: dict[str, frozenset[str]] = {
    "en": frozenset({"but", "while", "whereas", "yet"}),
    "fr": frozenset({"mais", "cependant"}),
    "ru": frozenset({"но", "а", "однако"}),
    "de": frozenset({"aber", "doch", "sondern"}),
    "pl": frozenset({"ale", "lecz", "jednak", "a"}),
    "uk": frozenset({"але", "проте", "однак", "а"}),
}

#: Dependencies an English conjunction of contrast opening a clause has.
_OPENER_DEPS = frozenset({"cc", "mark"})


def contrast_before(verb: Token, after: Token) -> Token | None:
    """The English conjunction of contrast opening ``verb``'s clause after ``after``, if any.

    The conjunction is a child of the verb ("…, whereas residents argued …") or, where
    the parser hung it on the clause before, the word just before the verb's clause
    ("X said that the bridge would reopen, but Y insisted that …": "but" is a child of
    "reopen", "insisted" the second complement of "said").
    """
    words = CONTRASTS["en"]
    for child in verb.children:
        if child.i < verb.i and child.dep_ in _OPENER_DEPS and child.lower_ in words:
            return child if child.i > after.i else None
    edge = verb.left_edge.i - 1
    if edge <= after.i:
        return None
    before = verb.doc[edge]
    return before if before.dep_ in _OPENER_DEPS and before.lower_ in words else None
