"""Verbs of saying the parser read as a noun or an adjective: a subject's noun, a name's adjective.

"Detectives from Parramatta allege the man stole medicines from stores in Blacktown": the
tagger read "allege" as a noun (the object of "from"), and the parser gave "stole" two
subjects, "Detectives" and "the man".  A verb has one subject: a form of
:data:`geomap.claims.misparses.MISTAGGED_SAYING` ending the first of two subjects of one
verb, the second right after it, is the verb of saying, the first subject its speaker,
and the other verb's clause what is said.  So in a headline: "Study links heat waves to
hospital admissions in southern Spain", read as "Study links" (a subject) and "heat" (its
verb): a document noun opening the sentence, then a form of :data:`HEADLINE_SAYING` made its
subject's noun, then the verb with an object is the document's saying
(:func:`headline_saying`).  Read by :class:`geomap.claims.speakers.SentenceFrames`.
"""

from __future__ import annotations

from spacy.tokens import Token

from geomap.claims.misparses import MISTAGGED_SAYING, SUBJECTED_SAYING
from geomap.claims.source_nouns import DOCUMENT_NOUNS

#: Third-person forms of verbs a document reports with that also read as plural nouns.
HEADLINE_SAYING: frozenset[str] = frozenset(
    {*MISTAGGED_SAYING, *SUBJECTED_SAYING, "links", "finds", "shows", "suggests", "reveals"}
)
#: Dependencies from a noun up through the phrase of a subject ("Detectives from X allege").
_PHRASE_DEPS = frozenset({"pobj", "prep", "compound"})


def opening_saying(tok: Token) -> tuple[Token, Token] | None:
    """The speaker and the verb whose clause is said, for a verb of saying read as a noun.

    Parameters
    ----------
    tok
        A token of the sentence.

    Returns
    -------
    tuple of Token or None
        The head of the first subject (the speaker) and the verb the parser gave both
        subjects (the anchor of what is said), or ``None`` when ``tok`` is not such a
        mistagged verb: a noun form of :data:`MISTAGGED_SAYING` that ends the phrase of
        one subject, with the verb's other subject after it and before the verb.
    """
    headline = headline_saying(tok)
    if headline is not None:
        return headline
    if tok.pos_ != "NOUN" or tok.lower_ not in MISTAGGED_SAYING or tok.i + 1 >= len(tok.doc):
        return None
    if tok.doc[tok.i + 1].is_punct or any(c.i > tok.i for c in tok.children):
        return None
    top = tok
    while top.dep_ in _PHRASE_DEPS and top.head.i < top.i:
        top = top.head
    if top.dep_ != "nsubj" or top is tok:
        return None
    verb = top.head
    second = [c for c in verb.children if c.dep_ == "nsubj" and tok.i < c.i < verb.i]
    if verb.i < tok.i or not second or verb.pos_ not in ("VERB", "AUX"):
        return None
    return top, verb


def headline_saying(tok: Token) -> tuple[Token, Token] | None:
    """The document and the verb of "Study links heat waves to …" read as "Study links | heat".

    ``tok`` is a form of :data:`HEADLINE_SAYING` tagged a plural noun, the subject of the
    verb right after it, which has an object ("heat" → "waves"), and whose one child is a
    document noun (:data:`~geomap.claims.source_nouns.DOCUMENT_NOUNS`) opening the
    sentence ("Study", "New report"): that noun speaks, the verb's clause is said.  Not
    "Police reports rose" (no document), nor "Study links rose" (no object).
    """
    if tok.pos_ != "NOUN" or tok.lower_ not in HEADLINE_SAYING or tok.dep_ != "nsubj":
        return None
    verb, doc = tok.head, tok.doc
    if (
        verb.i != tok.i + 1
        or verb.pos_ != "VERB"
        or not any(c.dep_ == "dobj" for c in verb.children)
    ):
        return None
    children = list(tok.children)
    if len(children) != 1 or children[0].i != tok.i - 1 or children[0].dep_ != "compound":
        return None
    noun = children[0]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    opening = noun.left_edge.i == noun.sent.start or doc[noun.left_edge.i - 1].is_space
    return (noun, verb) if opening else None


def adjective_saying(tok: Token) -> Token | None:
    """The speaker of a past verb of saying the parser read as an adjective of a name.

    "Shipments in Europe were found to have grown, continued GTM Research, which added …":
    the parser made "continued" a modifier (``amod``) of "Research" after a comma.  A past
    tense (``VBD``) right after a comma, modifying a proper name that follows it and ends
    its phrase at a comma or the sentence's end, is the inverted "…, said X": the name
    speaks for the sentence.  The caller checks that ``tok`` is a verb of saying.
    """
    if tok.dep_ != "amod" or tok.tag_ != "VBD" or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return None
    head = tok.head
    if head.i < tok.i or head.pos_ != "PROPN" or head.i + 1 >= len(tok.doc):
        return None
    after = tok.doc[head.i + 1]
    return head if after.text in (",", ".") or after.is_sent_start else None
