"""A role the parser split off its name as a second subject: "Niger's interior minister, X said".

"Niger's interior minister, Mohamed Toumba said …" (no comma after the name): the parser
makes both "minister" and "Toumba" subjects of "said", so the speaker phrase is the
name alone and the role is lost (round 70 user report).  The subject before the name,
set off from it by a comma only, that holds an office (a noun of
:data:`~geomap.claims.source_nouns.OFFICE_NOUNS` told whose or which:
:func:`~geomap.claims.kinds.office_holder`) is the name's role.
"""

from __future__ import annotations

from spacy.tokens import Span

from geomap.claims.kinds import office_holder
from geomap.claims.name_text import clean_text


def split_role(name: Span) -> str:
    """The office the parser made a second subject before ``name``, or ``""``."""
    root = name.root
    doc = name.doc
    if root.dep_ != "nsubj" or root.pos_ != "PROPN" or name.start < 2:
        return ""
    if doc[name.start - 1].text != ",":
        return ""
    comma = name.start - 1
    before = [
        c
        for c in root.head.children
        if c.dep_ == "nsubj" and c.i < comma and c.right_edge.i in (comma - 1, comma)
    ]
    if not before or not office_holder(before[0]):
        return ""
    office = before[0]
    return clean_text(doc[office.left_edge.i : comma].text)


def apposed_role(name: Span) -> str:
    """The description set off after ``name`` by a comma, when its phrase left it out.

    A pronoun's antecedent is carried as the name alone (:func:`~geomap.claims.nps.head_name`):
    "Dr. Hiba Omer, the director of Port Sudan Teaching Hospital, has not slept … “…,”
    she said": the role is "the director of Port Sudan Teaching Hospital".  Only a
    common noun apposed right after the comma, up to its next comma.
    """
    doc = name.doc
    if name.end >= len(doc) - 1 or doc[name.end].text != ",":
        return ""
    appos = next(
        (c for c in name.root.children if c.dep_ == "appos" and c.left_edge.i == name.end + 1),
        None,
    )
    if appos is None or appos.pos_ != "NOUN" or appos.ent_type_:
        return ""
    end = appos.right_edge.i + 1
    comma = next((t.i for t in doc[appos.i : end] if t.text in (",", ";", "(")), end)
    return clean_text(doc[appos.left_edge.i : comma].text)
