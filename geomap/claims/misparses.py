"""Cues of saying the tagger or the parser got wrong, read back as what they are.

* :func:`names_someone`: a subject that is no name (a symbol, a formula left over from
  a spreadsheet, a quotation mark read in the wrong encoding);
* :func:`said_to_be`: "said to be" with its auxiliary dropped, an agentless passive
  report however the parser hung it;
* :func:`closing_saying`: a verb of saying closing its sentence that the tagger read as
  a noun (", police allege.").
"""

from __future__ import annotations

from spacy.tokens import Token

_NOMINAL = frozenset({"NOUN", "PROPN"})


#: Characters no name holds: a spreadsheet formula's or markup's ("@SUM(A1", "=HYPERLINK(").
_FORMULA_CHARACTERS = frozenset("=@+$%^*|<>{}[]\\~`#(")


def names_someone(tok: Token) -> bool:
    """Whether ``tok`` can head a speaker's name: a word, not a symbol or a formula.

    No letter ("+", "2"), a formula or markup character ("@SUM(A1", left over from a
    spreadsheet cell in the text) or a single lower-case or accented letter (a
    quotation mark read in the wrong encoding: "â said Fargo City Commissioner Tim
    Mahoney") names no one.
    """
    text = tok.text
    if not any(ch.isalpha() for ch in text) or any(ch in _FORMULA_CHARACTERS for ch in text):
        return False
    return len(text) > 1 or ("A" <= text <= "Z")


#: Verbs of saying used in the passive report "X is said to be …" ("believed to have").
_REPORTED_TO_BE = frozenset({"say", "report", "believe", "allege", "rumor", "rumour", "think"})


def said_to_be(verb: Token) -> bool:
    """A passive report with the auxiliary dropped: "arrested Floyd, 47 and said to be homeless".

    A verb of :data:`_REPORTED_TO_BE` with "to be"/"to have" as its complement and no
    clause: what it says is said of its subject by no one named (an agentless
    passive), however the parser hung it.
    """
    if verb.lemma_.lower() not in _REPORTED_TO_BE:
        return False
    deps = {c.dep_ for c in verb.children}
    if deps & {"ccomp", "dobj", "parataxis"}:
        return False
    return any(
        c.dep_ == "xcomp"
        and c.lemma_.lower() in ("be", "have")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


#: Forms of verbs of saying that have no noun reading: tagged NOUN, they are the verb
#: the tagger missed (", police allege." closing a sentence).
MISTAGGED_SAYING: frozenset[str] = frozenset(
    {
        "allege", "alleges", "say", "says", "contend", "contends", "insist", "insists",
        "argue", "argues", "assert", "asserts",
    }
)  # fmt: skip
#: Parts of speech of a plain noun phrase ("the county's police", "two witnesses").
_NP_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})


def closing_saying(tok: Token) -> Token | None:
    """The speaker of a verb of saying tagged as a noun that closes its sentence.

    "After the stabbing, Bassett ran … into the stairwell, police allege.": the tagger
    read "police allege" as a noun phrase.  Only a form of :data:`MISTAGGED_SAYING`
    right before the final punctuation, after a comma and a plain noun phrase; the
    phrase's last noun is the speaker.
    """
    if tok.pos_ != "NOUN" or tok.lower_ not in MISTAGGED_SAYING:
        return None
    doc, sent = tok.doc, tok.sent
    if any(not t.is_punct for t in doc[tok.i + 1 : sent.end]):
        return None
    start = tok.i
    while start > sent.start and doc[start - 1].text != ",":
        start -= 1
    phrase = doc[start : tok.i]
    if start == sent.start or not len(phrase) or any(t.pos_ not in _NP_POS for t in phrase):
        return None
    nouns = [t for t in phrase if t.pos_ in _NOMINAL]
    return nouns[-1] if nouns else None
