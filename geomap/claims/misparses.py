"""Cues of saying the tagger or the parser got wrong, read back as what they are.

* :func:`names_someone`: a subject that is no name (a symbol, a formula left over from
  a spreadsheet, a quotation mark read in the wrong encoding);
* :func:`said_to_be`: "said to be" with its auxiliary dropped, an agentless passive
  report however the parser hung it;
* :func:`closing_saying`: a verb of saying closing its sentence that the tagger read as
  a noun (", police allege.");
* :func:`nominal_saying`: a verb of saying or evidence tagged as a noun that has a subject
  and a "that" clause ("her letters back home show that …");
* :func:`in_title`: a capitalised verb of saying in running prose, a word of a work's
  title ("Simon Says is playing at …");
* :func:`series_subject`: the subject of a series of verb phrases the parser hung as a
  clause ("Researchers … have mapped …; correlated …; and found that …");
* :func:`called_after_be`: "Kochi is a city …, and called the 'Queen …'", a passive
  whose auxiliary the coordination took;
* :func:`predicated_root`: '"Downbeat" magazine called A Trane one of the best clubs',
  parsed as a noun phrase ("a magazine called …").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from geomap.claims.source_nouns import DOCUMENT_NOUNS

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
#: Forms of verbs of saying that also read as plural nouns: tagged NOUN, they are the verb
#: when the parser gave them a subject ("…, an SOS release reports.").
SUBJECTED_SAYING: frozenset[str] = frozenset({"reports", "claims", "states", "notes", "warns"})
#: Forms of verbs of evidence closing a sentence after a document the parser compounded
#: with them ("…, court records show.", "…, the filing shows." read as nouns, or as a
#: verb with no subject): the document is the speaker.
_EVIDENCE_FORMS: frozenset[str] = frozenset({"show", "shows", "indicate", "indicates"})
#: Parts of speech of a plain noun phrase ("the county's police", "two witnesses").
_NP_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})
#: ... and one with a prepositional phrase ("figures from the agency"): its head is before it.
_NP_POS_PP = _NP_POS | {"ADP"}


def closing_saying(tok: Token) -> Token | None:
    """The speaker of a verb of saying tagged as a noun (or evidence) closing its sentence.

    "After the stabbing, Bassett ran … into the stairwell, police allege.": the tagger
    read "police allege" as a noun phrase.  Only a form of :data:`MISTAGGED_SAYING`, or
    of :data:`SUBJECTED_SAYING` the parser gave a subject ("…, an SOS release reports."),
    right before the final punctuation, after a comma and a plain noun phrase; the
    phrase's last noun (before any preposition: "figures from the agency") is the speaker;
    also a form of :data:`_EVIDENCE_FORMS` without
    subject after a document ("…, court records show.").
    """
    evidence = tok.lower_ in _EVIDENCE_FORMS and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children
    )
    if tok.pos_ != "NOUN" and not (evidence and tok.pos_ == "VERB"):
        return None
    subjected = tok.lower_ in SUBJECTED_SAYING and any(c.dep_ == "nsubj" for c in tok.children)
    if tok.lower_ not in MISTAGGED_SAYING and not subjected and not evidence:
        return None
    doc, sent = tok.doc, tok.sent
    if any(not (t.is_punct or t.is_space) for t in doc[tok.i + 1 : sent.end]):
        return None
    start = tok.i
    while start > sent.start and doc[start - 1].text != ",":
        start -= 1
    phrase = doc[start : tok.i]
    if start == sent.start or not len(phrase) or any(t.pos_ not in _NP_POS_PP for t in phrase):
        return None
    if phrase[0].pos_ == "ADP":
        return None
    preps = [t.i for t in phrase if t.pos_ == "ADP"]  # "figures from the Environment
    nouns = [t for t in phrase if t.pos_ in _NOMINAL and t.i < min(preps, default=tok.i)]
    if evidence and (not nouns or nouns[-1].lemma_.lower() not in DOCUMENT_NOUNS):
        return None  # "…, the late-night show.": no evidence without a document
    return nouns[-1] if nouns else None


def before_cue(span: Span, cue: Token) -> Span:
    """``span`` cut before the verb the tagger read as its last noun ("… Agency show")."""
    if span.start < cue.i < span.end:
        return span.doc[span.start : cue.i]
    return span


#: Forms of verbs of saying or evidence the tagger may read as nouns inside a sentence
#: ("her many letters back home show that …": "home show" read as a compound noun).
_NOMINAL_CLAUSE_VERBS: frozenset[str] = MISTAGGED_SAYING | frozenset(
    {"show", "reveal", "reveals", "suggest", "suggests", "indicate", "indicates"}
)


def nominal_saying(tok: Token) -> Token | None:
    """The subject of a verb of saying or evidence tagged as a noun, with a "that" clause.

    "Despite …, her many letters back home show that her experience … was a
    revelation": the tagger read "home show" as a noun, yet the parser gave "show" a
    subject and hung the clause on it.  A noun never has a subject: a form of
    :data:`_NOMINAL_CLAUSE_VERBS` with one and a clause opened by "that" is the verb.
    """
    if tok.pos_ != "NOUN" or tok.lower_ not in _NOMINAL_CLAUSE_VERBS:
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    clause = any(
        any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in tok.children
        if c.i > tok.i and c.dep_ in ("acl", "ccomp", "relcl")
    )
    return subject if clause else None


#: Words that end a subject phrase read back from its verb: a clause starts before them.
_CLAUSE_POS = frozenset({"SCONJ", "CCONJ", "AUX", "PRON", "VERB", "PUNCT", "SPACE"})


def stray_subject(verb: Token) -> Span | None:
    """The noun phrase right before a verb of saying the parser gave no subject of its own.

    "… stood by her decision while a spokesman for the Sligo-based Let Them Stay
    organisation said …": the words of a name read as a clause ("Let Them Stay") broke
    the phrase, and the parser made "said" a conjunct of "stood", whose subject it
    would inherit.  A finite verb without subject whose previous word is a noun, and
    the words before it back to where a clause starts (a conjunction, a lower-case verb
    or pronoun, punctuation but a hyphen); words in title case, inside a name, may be
    any part of speech.  The phrase must open with a determiner, a name or a noun.
    """
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == verb.sent.start:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "auxpass") for c in verb.children):
        return None
    last = doc[verb.i - 1]
    if last.pos_ not in _NOMINAL or last.head.i == verb.i:
        return None
    start = last.i
    while start > verb.sent.start and verb.i - start < 12:
        prev = doc[start - 1]
        titled = prev.is_title and prev.i > verb.sent.start
        joined = prev.text == "-" or (start - 1 > 0 and doc[start - 2].text == "-")
        if prev.pos_ in _CLAUSE_POS and not titled and not joined:
            break
        start -= 1
    phrase = doc[start : verb.i]
    if start == verb.sent.start or doc[start].pos_ not in ("DET", "PROPN", "NOUN"):
        return None
    if not any(t.is_title and t.pos_ != "PROPN" and t.i > start for t in phrase):
        return None  # no name the parser broke: its own parse stands
    return phrase


#: Marks after which a capitalised word opens a quotation or a clause, not a title.
_OPENERS = frozenset({'"', "“", "‘", "'", "«", ":", "(", "—", "–", "-", "--"})


def in_title(verb: Token) -> bool:
    """Whether a verb of saying is a word of a title or a name: "Simon Says is playing at …".

    A capitalised verb ("Says", "Tell") inside a sentence of running prose (two or more
    lower-case words that are not stop words) belongs to the title of a film, a book or a
    show ("The play Tell It to the Marines opens in Dublin"); a headline in title case
    ("Petrenko Says Kharkiv Still Stands") and a quotation opening with a verb ("“Say no
    to war,” …") keep their verb.
    """
    if not verb.is_title or verb.i == verb.sent.start:
        return False
    if verb.doc[verb.i - 1].text in _OPENERS:
        return False
    prose = [t for t in verb.sent if t.is_alpha and t.is_lower and not t.is_stop]
    return len(prose) >= 2


def series_subject(verb: Token) -> Token | None:
    """The subject of a series of verb phrases the parser hung as a clause before the verb.

    "Researchers from Asia … have mapped …; correlated …; and found that …": the first
    phrase, with the subject, was made the complement of "correlated"; a verb without
    subject right after a semicolon shares that complement's subject.
    """
    doc = verb.doc
    before = verb.i - 1
    if before > verb.sent.start and doc[before].dep_ == "cc":
        before -= 1
    if before <= verb.sent.start or doc[before].text != ";":
        return None
    first = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if first is None:
        return None
    return next((c for c in first.children if c.dep_ == "nsubj" and names_someone(c)), None)


def called_after_be(verb: Token) -> bool:
    """Whether a verb is a passive whose auxiliary "is … and" took: "called the Queen".

    "Kochi is a city …, and called the 'Queen of the Arabian Sea'": a verb coordinated
    with "be", with a predicate but neither subject nor object of its own; what it calls
    is the subject of "be", and no one is said to call it so.
    """
    if verb.dep_ != "conj" or verb.head.lemma_.lower() != "be":
        return False
    deps = {c.dep_ for c in verb.children}
    return "oprd" in deps and not deps & {"nsubj", "dobj", "ccomp", "agent"}


def predicated_root(verb: Token) -> bool:
    """Whether a past verb hung on the root noun calls something what its predicate says.

    '"Downbeat" magazine called A Trane one of the best jazz clubs in the world.', parsed
    as a noun phrase ("a magazine called …"): a predicate that is no name ("a magazine
    called Downbeat" names it) and nothing after it but the sentence's end.
    """
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    oprd = next((c for c in verb.children if c.dep_ == "oprd"), None)
    if oprd is None or oprd.pos_ == "PROPN":
        return False
    rest = verb.doc[verb.right_edge.i + 1 : verb.sent.end]
    return all(t.is_punct or t.is_space for t in rest)
