"""Proper names shaped like a body's, never a person's (issue 17).

"A spokesperson for the Port of Antwerp-Bruges said": the model tagged nothing, so the
capitalised name fell to a person. A person's name never joins its capitalised words
by "of" or "for" (:func:`joined_name`), unless a title opens it ("Duke of Sussex",
"Mayor of London": the office's holder). Read by :func:`geomap.claims.kinds.speaker_kind`.
A sentence's first word the model joined to the states after it is no word of their
name (:func:`states_named`, read by :func:`geomap.claims.names.speaker_record`).
"""

from __future__ import annotations

from spacy.tokens import Span

from geomap.claims.namespans import place_tokens
from geomap.claims.source_nouns import descriptor_kind
from geomap.claims.titles import HONORIFICS, TITLE_WORDS, word

#: Prepositions that join the words of a body's name ("Bank of …", "Institute for …").
JOINING = frozenset({"of", "for"})


def joined_name(span: Span) -> bool:
    """Whether ``span`` names a body by capitalised words joined by "of"/"for".

    "the Port of Antwerp-Bruges", "Bank of America": the span's head, a capitalised proper
    noun, with "of"/"for" below it whose one object is a capitalised proper noun of the
    span, its phrase closing the name;
    not when the name's first proper noun is a title or an honorific ("Duke of Sussex")
    or its head a noun for a person ("Supervisor of Elections Pam Carpenter"),
    nor one holding a PERSON name ("Supervisor of Elections Pam Carpenter"), nor "of" in an
    apposition ("Glenn Isbell, city engineer for the City of Huntsville").
    """
    names = [t for t in span if t.pos_ == "PROPN"]
    if len(names) < 2 or word(names[0]) in TITLE_WORDS | HONORIFICS:
        return False
    if any(t.ent_type_ == "PERSON" for t in names[1:]):
        return False  # "Supervisor of Elections Pam Carpenter": a person's name in it
    if descriptor_kind(span.root) == "person":
        return False  # "Supervisor of …", "Governor of …": an office, its holder's
    inside = range(span.start, span.end)
    root = span.root
    last = max(t.i for t in span if not t.is_punct)
    for tok in span:
        if tok.lower_ not in JOINING or tok.dep_ != "prep" or tok.head.i != root.i:
            continue  # "Glenn Isbell, city engineer for the City of Huntsville": a person's
        if root.pos_ != "PROPN" or not root.text[:1].isupper():
            continue
        objs = [c for c in tok.children if c.dep_ == "pobj"]
        if len(objs) != 1 or objs[0].right_edge.i != last:
            continue  # "Supervisor of Elections Pam Carpenter": words after the body's
        obj = objs[0]
        if obj.i in inside and obj.pos_ == "PROPN" and obj.text[:1].isupper():
            return True
    return False


def states_named(name: Span) -> Span | None:
    """The states a name opening its sentence names, without the sentence's first word.

    "Neighbouring Burkina Faso and Niger … condemned the attack": the model joined the
    sentence's capitalised first word to the names after it. A first proper noun that is
    no place mention itself, right before a place mention, with the rest's head and every
    proper noun after it a place mention of the article, is no word of the name:
    "Burkina Faso and Niger", states acting (government); not "A Cork mother". ``None``
    when the name is not so.
    """
    if len(name) < 2 or name.start != name.sent.start or name[0].pos_ != "PROPN":
        return None
    places = place_tokens(name.doc)
    if name.start in places or name.start + 1 not in places:
        return None
    rest = name[1:]
    if rest.root.i not in places:
        return None  # "A Cork mother", "The Aberdeen manager": a person of the place
    if not all(t.i in places for t in rest if t.pos_ == "PROPN"):
        return None
    return rest
