"""Capitalised words the model read as common nouns inside a name's run.

"Médecins Sans Frontières said": the English model tags "Médecins" a plural common noun
and "Sans Frontières" a PERSON; the capitalised run compounded into the entity is one
name, the body's.  A capitalised common noun spelled with a letter English does not write
runs the name on; an English one stays the role ("Villager | Ahmed Ali", "Detective |
Robert Huffman").  Read by :func:`geomap.claims.name_edges.first_name_start`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from geomap.claims.source_nouns import PEOPLE_NOUNS, listed_lemma
from geomap.claims.titles import HONORIFICS, TITLE_WORDS, word


def foreign_noun(tok: Token) -> bool:
    """Whether ``tok`` is a capitalised noun spelled with a letter English does not write.

    "Médecins", "Frères", "Ärzte": the model reads a foreign word of a name as a common
    noun by its ending; an English common noun ("Villager", "Residents") is spelled in
    plain Latin letters, so a letter outside them marks a word of a foreign name.
    """
    text = tok.text
    if tok.pos_ != "NOUN" or not text.isalpha() or not text[:1].isupper() or text.isupper():
        return False
    return not text.isascii()


#: Entity types a word of a body's name may carry when the model split the name in two
#: ("Ärzte" ORG, "ohne" none, "Grenzen" ORG): never a place's, a people's or a date's.
_RUN_ENTS = frozenset({"", "ORG"})


def run_start(doc: Doc, start: int, end: int, floor: int) -> int:
    """Where the capitalised run of an organisation's name ``doc[start:end]`` begins.

    "Ärzte ohne Grenzen said": the model tagged "Ärzte" and "Grenzen" ORG apart and left
    "ohne" out; the proper nouns compounded into the name right before it, a lower-case
    particle among them, are words of it, back to ``floor`` (the phrase's start). Never a
    title or an honorific, a place or a people ("Russian"), and never a common noun but a
    foreign one (:func:`foreign_noun`): "the Kyiv trade | Union of Journalists" keeps its
    role; the run opens on a capitalised word.
    """
    i = start
    while i > floor:
        tok = doc[i - 1]
        if tok.dep_ != "compound" or not i <= tok.head.i < end or tok.ent_type_ not in _RUN_ENTS:
            break
        if not (tok.pos_ == "PROPN" or foreign_noun(tok)) or not tok.is_alpha:
            break
        if word(tok) in TITLE_WORDS | HONORIFICS or listed_lemma(tok) in PEOPLE_NOUNS:
            break
        i -= 1
    while i < start and not doc[i].text[:1].isupper():
        i += 1  # "the | ohne Grenzen": a run opens on a capital
    return i
