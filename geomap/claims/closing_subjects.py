"""The subject of a verb of saying that closes its sentence, the parser having left none.

"In another incident, 21 were killed ..., police and officials at the hospital said.":
the noun phrase between the last comma and the verb (:func:`closing_subject`), one of
the subjects the parser misplaced (:mod:`geomap.claims.misplaced_subjects`), used by
:func:`geomap.claims.subjects.verb_subject`.
"""

from __future__ import annotations

from spacy.tokens import Token

from geomap.claims.apposed_subjects import past_closing_time

#: Parts of speech of a noun phrase's head.
_NOMINAL = frozenset({"NOUN", "PROPN"})


def closing_subject(verb: Token) -> Token | None:
    """The noun phrase between the last comma and a sentence-closing verb.

    "In another incident, 21 were killed ..., police and officials at the hospital
    said." when the parser attached "police" elsewhere and left "said" without subject;
    the verb's object may close the sentence after it ("... told reporters.").
    """
    doc = verb.doc
    end = _object_end(verb)
    after = doc[end] if end < len(doc) else None
    if after is not None and not after.is_punct and not after.is_space:
        return None
    start = verb.i
    while start > verb.sent.start and not doc[start - 1].is_punct:
        start -= 1
    phrase = doc[start : verb.i]
    if not len(phrase) or start == verb.sent.start:
        return None
    heads = [t for t in phrase if t.pos_ in _NOMINAL and not start <= t.head.i < verb.i]
    return heads[0] if heads else None


def _object_end(verb: Token) -> int:
    """The index after the verb's object that ends the sentence, or after the verb.

    "..., fire service spokeswoman Maria Papadaki told reporters.": who was told
    closes the sentence as the bare verb would.
    """
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    if obj is None or obj.left_edge.i != verb.i + 1:
        return _past_setting(verb, past_closing_time(verb, verb.i + 1))  # "…, said Tuesday."
    return _past_setting(verb, obj.right_edge.i + 1)


def _past_setting(verb: Token, end: int) -> int:
    """``end`` moved past the verb's phrases of place or time that follow it.

    "…, a spokesperson of the State Council told reporters in Beijing.": where it was
    said closes the sentence as the bare verb would.
    """
    moved = True
    while moved:
        moved = False
        for c in verb.children:
            if c.dep_ == "prep" and c.i == end and c.right_edge.i >= end:
                end, moved = c.right_edge.i + 1, True
    return end
