"""What "it" may refer to when no one spoke before: a document named as a subject (issue 17).

"The message itself is a little contradictory. It starts by telling people that …": "It"
is the message, the subject of the sentence before, though the message said nothing
there.  Only a document or something said (:data:`~geomap.claims.source_nouns.DOCUMENT_NOUNS`)
heading the subject of a sentence's main verb.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from geomap.claims.nps import full_np
from geomap.claims.source_nouns import DOCUMENT_NOUNS


def document_subject(pronoun: Token, sent: Span) -> Span | None:
    """The document that heads the subject of ``sent``'s main verb, for "it".

    Parameters
    ----------
    pronoun
        The pronoun to resolve; only "it" refers to a document.
    sent
        An earlier sentence.
    """
    if pronoun.lower_ != "it":
        return None
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    return full_np(subject) if subject.lemma_.lower() in DOCUMENT_NOUNS else None
