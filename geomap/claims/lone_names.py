"""A one-word proper name with nothing in the article calling it a person's: a body's.

"Ukrenergo reported damage in Rivne.": the small model tags many one-word names of
firms and agencies PERSON.  News names a person in full before using the surname
alone ("Olena Kovalenko … Kovalenko said"), titles them ("Mr Kovalenko"), or gives
their age ("Ahmed, 34, said"); a one-word name the article never names so is taken
for an organisation ("organisation" is the kind of a speaker whose name tells nothing
else: ``docs/claims.md``, the speaker record's kinds).
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Span, Token

from geomap.claims.taken_up import described_as_person
from geomap.claims.titles import HONORIFICS, TITLE_WORDS, word
from geomap.docarrays import where


def lone_body_name(name: Span) -> bool:
    """Whether ``name`` is one capitalised word that the article never makes a person's."""
    words = [t for t in name if not t.is_punct]
    if len(words) != 1:
        return False
    tok = words[0]
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("PERSON", ""):
        return False
    if not tok.text[:1].isupper() or tok.is_upper or not tok.text.isalpha():
        return False  # acronyms and initials have rules of their own
    doc = name.doc
    if any(len(e) > 1 and e.label_ == "PERSON" and tok.text in e.text.split() for e in doc.ents):
        return False  # "Olena Kovalenko" … "Kovalenko said"
    if described_as_person(tok):
        return False  # "Asher, professor emeritus …"
    return not any(_person_cue(doc[i]) for i in where(doc, ORTH, tok.orth))


def _person_cue(tok: Token) -> bool:
    """Whether this mention of the name is titled or aged: "Mr Ahmed", "Ahmed, 34,"."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and (word(before) in HONORIFICS or word(before) in TITLE_WORDS):
        return True
    return any(c.like_num and c.dep_ in ("appos", "npadvmod", "amod") for c in tok.children)
