"""Whether a token is a cue of saying: a reporting verb used to report, or a speech noun.

* :func:`is_reporting_verb`: a verb of the lexicon used in its reporting sense
  (not negated nor refused, with its particle, without the object that makes "add"
  or "call" mean something else);
* :func:`is_speech_noun`: a noun naming something said ("statement", "claims");
* :func:`possible_cues`: the tokens of a doc that may be either, or "according".
"""

from __future__ import annotations

from spacy.attrs import LOWER, POS
from spacy.symbols import NOUN, VERB
from spacy.tokens import Doc, Token

from geomap.claims import lexicon as lx
from geomap.claims.acts import speech_use
from geomap.claims.clauses import byline, hypothetical, instruction, inverted_object
from geomap.claims.lexicon import Lexicon
from geomap.claims.misparses import in_title
from geomap.claims.source_nouns import DOCUMENT_NOUNS
from geomap.claims.unsaid import negated, not_saying, refused
from geomap.claims.verdicts import VERDICT_VERBS, verdict_agent
from geomap.docarrays import indices

#: Dependencies of a clausal or predicative complement ("called it 'tyranny'").
_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "oprd", "parataxis"})


def is_reporting_verb(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` is a reporting verb of the lexicon used in its reporting sense."""
    if tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    particles = lex.verbs.get(lemma)
    if particles is None or negated(tok) or refused(tok) or instruction(tok) or byline(tok):
        return False
    if hypothetical(tok) or in_title(tok) or not speech_use(tok, lex.speech_nouns):
        return False  # "declared a state of emergency", "rejected the bills": acts
    children = list(tok.children)
    if bare_participle(tok, children):
        return False  # "A Harlem woman … is now in jail, accused of …": she is the accused
    if particles and not any(c.dep_ in ("prep", "prt") and c.lower_ in particles for c in children):
        return False
    objects = any(c.dep_ == "dobj" for c in children)
    clause = any(c.dep_ in ("ccomp", "parataxis") for c in children)
    if lemma in lex.no_object and objects and not clause and inverted_object(tok) is None:
        return False
    if lemma in lx.ASSENT_VERBS and not _assents(tok):
        return False
    if lemma in VERDICT_VERBS and verdict_agent(tok) is None:
        return False  # "Parliament voted to approve …": an act; "X was voted the … by Y"
    if (
        lemma in lex.complement
        and not has_complement(tok)
        and not _shown_by_document(tok)
        and not _closing_document(tok)
        and not _closes_quotation(tok)
    ):
        phrasal = {
            f"{lemma} {c.lower_}"
            for c in children
            if c.dep_ in ("prep", "prt") and c.i == tok.i + 1  # not "called X on Thursday"
        }
        if not phrasal & lex.phrasal:  # "called for restraint" reports, "called a meeting" not
            return False
    return not not_saying(tok, lemma, lex.speech_nouns)


#: Dependencies of a clause's own subject or agent, or of an auxiliary; and of an object or
#: a clause said, which no passive participle takes (the model reads "A Charleston man
#: admitted … that he …", "Mahathir, …, called the order "tyranny"" as participles).
_OWN_ACTOR = frozenset({"nsubj", "nsubjpass", "agent", "aux", "auxpass", "csubj"})
_SAID_OBJECT = frozenset({"dobj", "ccomp", "oprd", "parataxis", "xcomp", "dative"})
#: Dependencies of a noun a participle can describe ("a man accused of …" as a subject,
#: an object, a preposition's object, an apposition or a predicate).
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr"})


def bare_participle(tok: Token, children: list[Token]) -> bool:
    """Whether ``tok`` is a passive participle hung on another clause, with no actor.

    "A Harlem woman initially identified as a kidnapping victim is now in jail, accused
    of participating in an armed robbery": "accused" (VBN) modifies the clause or a noun
    (``advcl``, ``acl``) with no subject, no auxiliary and no "by" agent of its own, so
    whoever it would take from its host is the one accused, urged or warned, not the one
    who says so.  A participle with an object or a clause of its own is a finite verb
    the model misread ("A Charleston man admitted in … Court … that he …"), and so is one
    hung on a noun that is no argument ("Rail workers … will strike …, unions announced on
    Tuesday": "unions" an adverbial noun).

    Parameters
    ----------
    tok
        A verb of saying.
    children
        Its syntactic children.
    """
    if tok.tag_ != "VBN" or tok.dep_ not in ("advcl", "acl"):
        return False
    if tok.dep_ == "acl" and tok.head.dep_ not in _ARGUMENTS:
        return False  # "…, unions announced on Tuesday": "unions" no argument, a misparse
    return not any(c.dep_ in _OWN_ACTOR or c.dep_ in _SAID_OBJECT for c in children)


#: Closing quotation marks a verb that reports the quotation may follow.
_CLOSING_MARKS = frozenset({'"', "”", "’", "''", "»"})


def _closes_quotation(verb: Token) -> bool:
    """Whether ``verb`` follows a quotation's closing mark, with an inverted speaker.

    `“…,” clarified the sub-prefect.`: the quotation is the complement, wherever the
    parser hung it (here it made the verb a conjunct of the quotation's verb).
    """
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text not in _CLOSING_MARKS:
        return False
    return inverted_object(verb) is not None


def _assents(verb: Token) -> bool:
    """Whether a verb of assent reports: a clause, or nothing it undertakes or settles.

    "Meirmaridou agrees.", "agreed that …" report; "agreed to pay", "agreed on a
    truce" and "agreed a deal" are acts.
    """
    deps = {c.dep_ for c in verb.children}
    if "ccomp" in deps:
        return True
    return not deps & {"xcomp", "dobj", "prep", "advcl"}


#: Nouns of a broadcasting or printing medium: what it shows is its account ("State
#: television showed footage of fires in Tuapse", "state broadcaster CCTV showed warships
#: near Penghu"), as a document's ("Satellite images show …").
_MEDIUM_NOUNS = frozenset({"television", "tv", "broadcaster", "channel", "newspaper", "media"})


def _shown_by_document(verb: Token) -> bool:
    """Whether a verb of evidence has a document, data or a medium as subject and an object.

    "Satellite images show dozens of new craters": what they show is their claim
    (:data:`~geomap.claims.lexicon.EVIDENCE_VERBS`); not inside what someone else
    says ("Officials say test results show …": the officials'). A medium shows its
    account: a subject that is a noun of one ("State television showed footage …") or a
    name it describes ("state broadcaster CCTV showed …"), not a person ("Rivera showed
    reporters …") nor a firm.
    """
    if verb.lemma_.lower() not in lx.EVIDENCE_VERBS or verb.dep_ in ("ccomp", "parataxis"):
        return False
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or not any(c.dep_ == "dobj" for c in children):
        return False
    if subject.pos_ == "PROPN":
        return any(c.dep_ == "compound" and _word(c) in _MEDIUM_NOUNS for c in subject.lefts)
    if subject.pos_ != "NOUN":
        return False
    return _word(subject) in DOCUMENT_NOUNS | _MEDIUM_NOUNS or subject.lower_ in DOCUMENT_NOUNS


def _word(tok: Token) -> str:
    """A token's lemma in lower case."""
    return tok.lemma_.lower()


def _closing_document(verb: Token) -> bool:
    """Whether a verb of evidence closes its sentence with a document as inverted subject.

    "The laziest people are living in Lower Austria, shows the result of the survey.":
    the parser made the survey's result the object of "shows"; after a comma, with no
    subject, it closes the sentence (:func:`~geomap.claims.clauses.inverted_object`),
    and what it shows is the clause before it.  Only data or a document ("…, found
    the police" is no evidence verb's subject here).
    """
    if verb.lemma_.lower() not in lx.EVIDENCE_VERBS:
        return False
    obj = inverted_object(verb)
    return obj is not None and any(
        t.pos_ == "NOUN" and t.lemma_.lower() in DOCUMENT_NOUNS for t in obj.subtree
    )


def possible_cues(doc: Doc) -> list[int]:
    """Indices of the tokens that may be a cue of saying: verbs, nouns and "according".

    Every other token is neither a reporting verb, a speech noun nor "according to":
    the cheap test, over the whole doc at once, that spares looking at each.
    """
    if not len(doc):
        return []
    rows = doc.to_array([POS, LOWER])
    pos, lower = rows[:, 0], rows[:, 1]
    return indices((pos == VERB) | (pos == NOUN) | (lower == doc.vocab.strings["according"]))


def has_complement(verb: Token) -> bool:
    """Whether ``verb`` takes a clause or a predicate: "said (that) ...", "called it X".

    A name is no predicate ("called the Lviv City Council": a phone call), nor a clause
    before a verb that has an object of its own (the headline "Drones hit the port of Izmail,
    Romania finds debris": Romania reports no strike, it finds debris).  A clause after
    a colon that the parser made the head of the verb is its complement too ("The governor
    posted on Telegram: “Dnipro was attacked …”").
    """
    head = verb.head
    colon = any(t.text == ":" for t in verb.doc[verb.right_edge.i + 1 : head.i])
    if verb.dep_ in ("ccomp", "parataxis") and head.i > verb.i and colon:
        return True
    objects = any(c.dep_ == "dobj" for c in verb.children)
    return any(
        c.dep_ in _COMPLEMENT_DEPS
        and not (c.dep_ == "oprd" and c.pos_ == "PROPN")
        and not (objects and c.dep_ in ("ccomp", "parataxis") and c.i < verb.i)
        for c in verb.children
    )


def is_speech_noun(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` is a noun naming something said ("statement", "claims")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.speech_nouns


#: Issue verbs whose speech-noun object is said with anything else they hold ("expressed
#: concerns about … and North Korea's use of …": the parser's second object).
_EXPRESSING = frozenset({"express", "voice", "raise"})

#: Prepositions of what a speech is about: hung on the verb that issues the speech noun
#: ("published a message on its website about a threat in Cusco"), they are its content.
_TOPICS = frozenset({"about", "regarding", "concerning"})


def issuing_anchor(noun: Token) -> Token:
    """The token a speech noun's frame covers: the noun, or the verb that expresses it.

    "The resolution expressed concerns about … reports … and North Korea's use of
    executions": the parser made "use" a second object of "expressed", so the frame of
    "concerns" is anchored at "expressed", and everything the verb holds is said; what
    the speech is about (:data:`_TOPICS`), when the parser hung it on the verb that
    issues it, is said too ("published a security message … about a threat in Cusco":
    the frame is anchored at "about"; not "sent a message to Moscow": the listener).
    """
    head = noun.head
    if noun.dep_ != "dobj" or head.pos_ != "VERB":
        return noun
    if head.lemma_.lower() in _EXPRESSING:
        return head
    topic = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in _TOPICS), None)
    if head.lemma_.lower() in lx.ISSUE_VERBS and topic is not None:
        return topic  # "published a security message … about a threat in Cusco"
    return noun
