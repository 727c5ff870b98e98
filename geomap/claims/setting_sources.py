"""Documents named in the setting of a sentence: "In a poll by the Society, 73% report …".

"In a poll by the American Society of Plastic Surgeons, 73% of surgeons report …": the
opening phrase names where the figures come from, and a place inside it ("American")
is that document's, not the narrative's, though the phrase is no speaker of the verb
after it (its setting, :func:`geomap.claims.scene.in_setting`). Only a document noun
("poll", "survey", "study") after "in", with its source after "by" or "from"; a place
that is itself that source ("In a report from Lviv, …") is where it comes from.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from geomap.claims.frames import Frame
from geomap.claims.source_nouns import DOCUMENT_NOUNS

#: Prepositions that name a document's source ("a poll *by* the Society").
_SOURCE_PREPS = frozenset({"by", "from"})


def setting_source(span: Span) -> Frame | None:
    """The frame of the document whose "In a … by X" phrase holds ``span``, if any."""
    tok = span.root
    while tok.head.i != tok.i:
        head = tok.head
        if tok.dep_ == "prep" and tok.lower_ in _SOURCE_PREPS and _in_document(head):
            if span.root.head.i == tok.i:
                return None  # "In a report from Lviv": where it comes from, not who
            doc = head.doc
            phrase = doc[head.left_edge.i : head.right_edge.i + 1]
            if phrase[0].dep_ == "det" or phrase[0].i == head.i:
                return Frame("noun", head, phrase, phrase, head)
            return None
        tok = head
    return None


def _in_document(noun: Token) -> bool:
    """Whether ``noun`` is a document after "in" ("In a poll …")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DOCUMENT_NOUNS:
        return False
    return noun.dep_ == "pobj" and noun.head.lower_ == "in"
