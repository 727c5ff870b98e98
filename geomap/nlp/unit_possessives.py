"""A town after its unit's possessive: "Donetsk Oblast's Pokrovsk", "the Kherson region's Beryslav".

War reporting names a town by the unit that holds it, in the possessive: the
unit's name, its word ("Oblast", "region", "province" ...: the admin words of
:data:`geomap.nlp.scoring.ADMIN_WORDS`), then "'s". What follows is a place in
that unit, whatever the model tagged it; so is every name of a list it opens
("Donetsk Oblast's Pokrovsk and Kostiantynivka").
"""

from __future__ import annotations

from spacy.tokens import Doc

from geomap.nlp.scoring import ADMIN_WORDS
from geomap.nlp.vocab import POSSESSIVE


def after_unit_possessive(doc: Doc, start: int) -> bool:
    """Whether the token at ``start`` follows "<Name> <unit word>'s".

    The unit's name is a capitalised word right before its unit word.
    """
    if start < 3 or doc[start - 1].text not in POSSESSIVE:
        return False
    word, name = doc[start - 2], doc[start - 3]
    return word.lower_ in ADMIN_WORDS and name.text[:1].isupper() and name.is_alpha
