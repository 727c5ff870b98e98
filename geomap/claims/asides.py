"""The question put to a speaker, set off by commas: "X, asked about Y, said …" (issue 17).

Interviews and press conferences are reported as "The agency's spokesman, asked about the
strike, said workers in Banja Luka would return". The small parser reads "asked" as the
verb of "The agency's spokesman" and hangs it on "said" (or makes it the root and "said"
its complement), so "said" loses its subject and the question looks like the speaker's
own saying. The aside is a reduced passive: the speaker was asked (by the journalist, who
claims nothing by asking), and the verb of saying after it is the speaker's.
"""

from __future__ import annotations

from spacy.tokens import Token

from geomap.claims import lexicon as lx
from geomap.claims.source_nouns import can_speak

#: Verbs of putting a question to someone ("asked about", "pressed on", "questioned").
ASKING_VERBS = frozenset({"ask", "press", "question", "quiz", "challenge"})
_REPORTING = frozenset(lx.verb_table(lx.REPORTING_VERBS))


def asked_aside(verb: Token) -> tuple[Token, Token] | None:
    """The subject and the verb of saying of an aside ``verb`` ("X, asked about Y, said").

    ``verb`` is a verb of asking ending in "-ed" right after its subject and a comma; the
    first comma after it is followed by a verb of saying the parser linked to it (its head
    or its dependent) that has no subject of its own.  ``None`` otherwise.
    """
    if verb.lemma_.lower() not in ASKING_VERBS or not verb.lower_.endswith("ed"):
        return None
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    if subjects[-1].right_edge.i >= verb.i or doc[verb.i - 2].is_punct:
        return None  # the subject's phrase (perhaps with the comma) runs up to the verb
    comma = next((t for t in doc[verb.i + 1 : verb.sent.end] if t.text == ","), None)
    if comma is None or comma.i + 1 >= verb.sent.end:
        return None
    saying = doc[comma.i + 1]
    if saying.pos_ != "VERB" or saying.lemma_.lower() not in _REPORTING:
        return None
    if saying.i != verb.head.i and saying.head.i != verb.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in saying.children):
        return None
    return subjects[-1], saying


def aside_subject(verb: Token) -> Token | None:
    """The subject of a verb of saying after an aside: "X, asked about Y, said" -> X."""
    for tok in (verb.head, *verb.children):
        found = asked_aside(tok)
        if found is not None and found[1].i == verb.i:
            return found[0]
    return None


def participle_aside_subject(verb: Token) -> Token | None:
    """The speaker before a participle aside the parser hung on a quotation's verb.

    `“…,” a senior official, speaking on condition of anonymity, told Reuters.`: the
    parser made "official" an object inside the quotation and left "told" without a
    subject.  A subjectless verb of saying right after a comma that closes an aside
    opened by a comma and a participle ("speaking", "declining"), after a noun phrase
    that follows a closing quotation mark or a comma and can speak: that noun speaks.
    """
    doc, sent = verb.doc, verb.sent
    if verb.i < 4 or doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    opening = next((t for t in reversed(doc[sent.start : verb.i - 1]) if t.is_punct), None)
    if opening is None or opening.text != "," or doc[opening.i + 1].tag_ != "VBG":
        return None
    noun = doc[opening.i - 1]
    while noun.head.i > noun.i and noun.head.i < opening.i:
        noun = noun.head  # "official" of "senior Ukrainian official"
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i != opening.i - 1:
        return None
    before = noun.left_edge.i - 1
    if before < sent.start or not (doc[before].is_quote or doc[before].text == ","):
        return None
    return noun if can_speak(doc[noun.i : noun.i + 1]) else None
