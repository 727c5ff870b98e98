"""Who holds a role the article names: "the Serbian president" is "President Aleksandar Vucic".

A definite description of a person by a title ("the Serbian president", "the Texas
governor") refers to the person the article titled with that word before it
(:func:`role_holder`), not to the last person who spoke; and a person the article
titled only with another title word ("US envoy James O'Brien") is never the one such a
description refers to (:func:`titled_otherwise`): the description then stays the
speaker, the role as written. Read by :class:`geomap.claims.descriptions.Descriptions`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from geomap.claims.name_edges import title_word
from geomap.claims.nps import entity_phrase
from geomap.claims.titles import TITLE_WORDS, word


def titled_by(ent: Span, lemma: str) -> bool:
    """Whether a person's name follows a capitalised title with ``lemma``: "Judge Lee Rosenthal".

    "Judge Lee Rosenthal … ruled …. “…,” the judge wrote.": the model leaves the title out
    of the name; the description refers back to the titled name all the same.
    """
    if ent.label_ != "PERSON" or ent.start == 0:
        return False
    title = ent.doc[ent.start - 1]
    return title.is_title and title.lemma_.lower() == lemma


def role_holder(tok: Token) -> Span | None:
    """The person the article named before ``tok`` with its word as a title, the last one.

    "President Aleksandar Vucic said … US envoy James O'Brien urged calm. … the Serbian
    president said …": Vucic (:func:`titled_by`), anywhere earlier in the article.
    """
    lemma = tok.lemma_.lower()
    for ent in reversed(tok.doc.ents):
        if ent.end <= tok.i and titled_by(ent, lemma):
            return entity_phrase(ent)
    return None


def titled_otherwise(speaker: Span, tok: Token) -> bool:
    """Whether ``speaker`` was titled only with other words than the title ``tok`` is.

    "US envoy James O'Brien" … "O'Brien urged calm" … "the Serbian president said":
    the envoy is not the president. Only for a description by a title word
    (:data:`~geomap.claims.titles.TITLE_WORDS`); the speaker's titles are the title
    words before the PERSON names of the article that end with its last word.
    """
    lemma = tok.lemma_.lower()
    if lemma not in TITLE_WORDS or not len(speaker):
        return False
    last = speaker[-1].text
    titles = set()
    for ent in speaker.doc.ents:
        if ent.label_ != "PERSON" or ent[-1].text != last or ent.start == 0:
            continue
        before = speaker.doc[ent.start - 1]
        if title_word(before):
            titles.add(before.lemma_.lower() or word(before))
    return bool(titles) and lemma not in titles
