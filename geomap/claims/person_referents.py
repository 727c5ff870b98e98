"""Which names he/she may refer to, beyond the entity types the model tagged.

* :func:`described_persons`: a name an apposition describes as a person is one, whatever
  the model tagged ("Georgia O’Keeffe, the artist …": "O’Keeffe");
* :func:`other_party`: the other party of a noun the pronoun's own possessive holds is
  not that pronoun ("her marriage to Alfred Stieglitz … She": not Stieglitz).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from geomap.claims.source_nouns import OFFICE_NOUNS, PEOPLE_NOUNS, listed_lemma


def described_persons(doc: Doc) -> frozenset[str]:
    """Last words of names an apposition describes as a person, whatever the model tagged.

    "Georgia O’Keeffe, the artist most famous for …" (the model tagged "Georgia" a
    place and "O’Keeffe" nothing): "O’Keeffe" is a person, and a later "O’Keeffe ended
    up …" the subject "she" may refer back to.  A capitalised word with an apposition
    after it whose noun is one for people (listed, or an unambiguous ending), and no
    entity of another type.
    """
    return frozenset(
        tok.head.text
        for tok in doc
        if tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.head.i < tok.i
        if tok.head.pos_ in _NOMINAL_POS and tok.head.text[:1].isupper()
        if tok.head.ent_type_ in ("", "PERSON") and _person_noun(tok)
    )


_NOMINAL_POS = frozenset({"NOUN", "PROPN"})
#: Endings that tell a noun for people without doubt ("artist", "historian"; not the
#: "-er"/"-or" of "river", "harbor" or "border").
_PERSON_ENDINGS = ("ist", "ian", "man", "woman")


def _person_noun(tok: Token) -> bool:
    lemma = listed_lemma(tok)
    return lemma in PEOPLE_NOUNS or lemma in OFFICE_NOUNS or lemma.endswith(_PERSON_ENDINGS)


#: Possessive pronouns of he and of she.
_POSSESSIVES = {"he": "his", "him": "his", "his": "his", "she": "her", "her": "her"}


def other_party(ent: Span, pronoun: Token) -> bool:
    """Whether a name is the other party of a noun the pronoun's own possessive holds.

    "her marriage to Alfred Stieglitz was under strain. … She reported …": whoever
    "her" is, it is not Stieglitz, so neither is a later "she"; "his talks with X".
    """
    root = ent.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return False
    own = _POSSESSIVES.get(pronoun.lower_)
    return any(c.dep_ == "poss" and c.lower_ == own for c in prep.head.children)
