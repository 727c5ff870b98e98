"""Speakers a later "he"/"she" shows to be persons, whatever type the model tagged.

"Rescuers reached the town, said Amara Diallo. She said …": the small model tags some
personal names ORG, so the speaker's kind is an organisation and "she" does not
agree with it.  The pronoun is evidence of its own: a speaker named like a person
(:func:`personal_name`: two or three capitalised proper nouns, no word of a body or
an outlet, not a place, not an acronym) may be the antecedent of he/she when no
better person precedes, and the speaker's records then have kind ``person``
(:func:`as_persons`: one name, one entity over the article).  Organisations stay
what they are: "Amnesty International said. It added …" has no he/she.

A person's name the parser hung under a preposition right before a verb without a
subject is that verb's subject for he/she (:func:`stranded_subject`): "Speaking from a
rest centre in Upton, resident Margaret Hale, 78, said …  She added …".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Span, Token

from geomap.claims.source_nouns import BODY_WORDS, OUTLET_HEADS
from geomap.records import Speaker

#: Words that name a body or a medium in a proper name, beyond the body nouns of
#: :mod:`geomap.claims.source_nouns` ("Amnesty International", "Sky News", "Human
#: Rights Watch", "The Daily Telegraph").
_NAME_BODY_WORDS = frozenset(
    {
        "international", "national", "global", "united", "associated", "news", "times",
        "post", "press", "media", "radio", "television", "tv", "online", "daily", "journal",
        "herald", "tribune", "gazette", "telegraph", "watch", "rights", "aid", "relief",
    }
)  # fmt: skip

#: Entity types a personal name may carry here: a person's, a body's (the small model's
#: confusion), or none.
_NAME_ENTS = frozenset({"PERSON", "ORG", ""})


def personal_name(name: Span, places: Iterable[int] = ()) -> bool:
    """Whether ``name`` is shaped like a person's name: "Amara Diallo", "Diallo-Kent".

    Two or three words, each a capitalised proper noun (hyphenated parts too) that is
    not all capitals, none a word of a body or an outlet, no token a place mention
    (``places``: token indices), the entity type a person's, a body's or none.
    """
    tokens = [t for t in name if not (t.is_punct and t.text == "-")]
    if not tokens or any(t.i in set(places) for t in name):
        return False
    if not 2 <= len(name.text.split()) <= 3:
        return False
    for tok in tokens:
        text = tok.text
        if tok.pos_ != "PROPN" or not text[:1].isupper() or text.isupper() or len(text) < 2:
            return False
        if not text.replace("'", "").replace("’", "").isalpha():
            return False
        low = tok.lower_
        if low in BODY_WORDS or low in OUTLET_HEADS or low in _NAME_BODY_WORDS:
            return False
        if tok.ent_type_ not in _NAME_ENTS:
            return False
    return True


def first_name_cut(name: Span, places: Iterable[int] = ()) -> bool:
    """Whether ``name`` is a person's name whose first name the model left out of its entity.

    "Tomasz Wrobel has farmed … he says": the small model tagged "Wrobel" alone, as a
    place.  Two or three capitalised proper nouns (:func:`personal_name`'s words), the
    first with no entity type and the others one entity of any type; no token a place
    mention of the article (``places``).
    """
    tokens = list(name)
    if not 2 <= len(tokens) <= 3 or tokens[0].ent_type_ or tokens[0].ent_iob_ not in ("O", ""):
        return False
    rest = tokens[1:]
    if not rest[0].ent_type_ or rest[0].ent_iob_ != "B" or len({t.ent_type_ for t in rest}) > 1:
        return False
    if any(t.ent_iob_ != "I" for t in rest[1:]):
        return False
    doc = name.doc
    if name.end < len(doc) and doc[name.end].ent_iob_ == "I":
        return False  # the entity goes on past the name
    return _name_words(tokens, places)


def _name_words(tokens: list[Token], places: Iterable[int]) -> bool:
    """Whether each token is a capitalised proper noun of a name, none a body's or a place's."""
    places = set(places)
    for tok in tokens:
        text = tok.text
        if tok.i in places or tok.pos_ != "PROPN" or not text[:1].isupper() or text.isupper():
            return False
        if len(text) < 2 or not text.replace("-", "").replace("'", "").isalpha():
            return False
        low = tok.lower_
        if low in BODY_WORDS or low in OUTLET_HEADS or low in _NAME_BODY_WORDS:
            return False
    return True


def stranded_subject(ent: Span) -> bool:
    """Whether a name parsed as a preposition's object is the subject of the verb after it.

    "Speaking from a rest centre in Upton, resident Margaret Hale, 78, said …": the
    parser hung the name under "in"; the verb right after the name's phrase (past
    commas) has no subject of its own and governs the name.
    """
    root = ent.root
    if root.dep_ != "pobj":
        return False
    doc = ent.doc
    i = root.right_edge.i + 1
    while i < len(doc) and doc[i].is_punct:
        i += 1
    if i >= len(doc) or doc[i].pos_ not in ("VERB", "AUX"):
        return False
    verb = doc[i]
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    return verb in root.ancestors


def set_off_name(ent: Span) -> Span:
    """A name with the words right before it that modify it ("resident Margaret Hale")."""
    doc, start = ent.doc, ent.start
    while start > 0 and doc[start - 1].head.i == ent.root.i:
        if doc[start - 1].dep_ not in ("compound", "amod", "det"):
            break
        start -= 1
    return doc[start : ent.end]


def as_persons(records: list[Speaker | None], names: set[str]) -> list[Speaker | None]:
    """``records`` with the kind ``person`` for each speaker named in ``names``.

    ``names`` are the speakers' names a he/she took (cleaned text); a record of such a
    name that reads as an organisation, a government (a name tagged as a place) or an unnamed
    source is that person.
    """
    if not names:
        return records
    return [
        replace(r, kind="person")
        if r is not None
        and r.name in names
        and r.kind in ("organisation", "government", "anonymous")
        else r
        for r in records
    ]


def after_possessive(name: Span) -> Span:
    """``name`` without an owner before it: "PolitiFact's Angie Drobnic Holan" -> the person.

    The words after the last possessive marker ("'s", "’s", "'") of the span, when
    there are any; otherwise ``name`` itself.
    """
    marks = [t.i for t in name if t.tag_ == "POS" or (t.dep_ == "case" and t.lower_ in _POSS)]
    if not marks or marks[-1] + 1 >= name.end:
        return name
    return name.doc[marks[-1] + 1 : name.end]


#: Possessive markers as the tokenizer splits them off.
_POSS = frozenset({"'s", "’s", "'", "’"})
