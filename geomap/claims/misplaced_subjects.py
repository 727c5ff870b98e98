"""Subjects the parser misplaced or left out, for a verb of saying (issue 17).

Used by :func:`geomap.claims.subjects.verb_subject`:

* :func:`inverted_subject`: the subject after the verb in "…, said Olena Hrytsenko" (the
  parser may give two);
* :func:`object_after_comma`: "Riots in Dakar, Senegal, said police.": the speaker the
  parser made the object of a verb whose subject it took from before the comma;
* :func:`subject_after_comma`: "Heavy rain flooded towns …, the mayor of Bonn told
  reporters.": the phrase between the last comma and the verb, not the parser's subject;
* :func:`before_a_day`: "Ivan Petrov Monday said": the name the parse hung on the day;
* :func:`conjunction_object`: "…, after a report in Folha said …": the subject the parser
  took for the object of "after" read as a preposition;
* :func:`~geomap.claims.closing_subjects.closing_subject`: "…, police and officials at
  the hospital said.": the noun phrase after the last comma of a sentence-closing verb
  left without subject;
* :func:`apposition_as_subject`: "Witnesses in Aden, the seat of the government, said":
  the apposition the parser made a second subject;
* :func:`name_before_verb`: "Shares in Nokia rose …, chief executive Pekka Lundmark told
  analysts": the person's name the parser hung as an apposition before the comma;
* :func:`as_passive`: a headline's passive without auxiliary ("X confirmed as director");
* :func:`time_word`: a word of time, never a speaker ("Monday's statement").
"""

from __future__ import annotations

from spacy.tokens import Token

from geomap.claims import lexicon as lx
from geomap.claims.apposed_subjects import past_closing_time
from geomap.claims.clauses import split_object
from geomap.claims.source_nouns import can_speak

_NOMINAL = frozenset({"NOUN", "PROPN"})


def before_a_day(verb: Token) -> Token | None:
    """The name the parse hung on a day word before a subjectless verb ("X Monday said").

    The parser reads "Ivan Petrov Monday said" as a time ("Monday") modified by a
    compound name: the name is the subject, the day no part of it.
    """
    for c in verb.children:
        if c.dep_ != "npadvmod" or c.i > verb.i or not time_word(c):
            continue
        names = [n for n in c.children if n.dep_ == "compound" and n.pos_ in _NOMINAL]
        if names and names[-1].i == c.i - 1:
            return names[-1]
    return None


#: Conjunctions of time the parser may read as prepositions ("after a report said …").
_TIME_CONJUNCTIONS = frozenset({"after", "before", "since", "until", "as"})


def conjunction_object(verb: Token) -> Token | None:
    """The subject the parser made the object of a conjunction read as a preposition.

    "…, after a report in Folha de S.Paulo said work would restart near Manaus": the
    parser hung "after a report …" on the verb as a prepositional phrase and left the
    verb without subject; the noun phrase right before the verb, if it can speak, is who
    says it.
    """
    for c in verb.children:
        if c.dep_ != "prep" or c.i > verb.i or c.lower_ not in _TIME_CONJUNCTIONS:
            continue
        obj = next((o for o in c.children if o.dep_ == "pobj"), None)
        if obj is not None and obj.right_edge.i == verb.i - 1 and obj.pos_ in _NOMINAL:
            return obj if can_speak(verb.doc[obj.i : obj.i + 1]) else None
    return None


def subject_after_comma(verb: Token, subj: Token) -> Token | None:
    """The noun phrase between a comma and the verb, when the parser's subject is before it.

    "Heavy rain flooded towns along the Rhine near Cologne, the mayor of Bonn told
    reporters.": the parser made "towns" the subject of "told" and hung "the mayor"
    on Cologne. A phrase that can speak, right after the last comma before the verb
    and running up to it, is the subject instead (not the end of a list: "the US,
    Canada and UK said"), nor a role the parser hung on a person it made the subject
    ("Prof Mark Griffiths, a gambling expert at Nottingham Trent University told").
    """
    doc = verb.doc
    comma = verb.i - 1
    while comma > subj.i and doc[comma].text != ",":
        if doc[comma].is_punct:
            return None
        comma -= 1
    if (
        comma <= subj.i
        or comma + 1 >= verb.i
        or doc[comma + 1].pos_ not in ("DET", "PROPN", "NOUN", "ADJ")
    ):
        return None
    phrase = doc[comma + 1 : verb.i]
    heads = [t for t in phrase if t.pos_ in _NOMINAL and not comma < t.head.i < verb.i]
    if len(heads) != 1 or any(t.pos_ in ("VERB", "AUX", "PRON", "CCONJ") for t in phrase):
        return None  # a list's last items ("the US, Canada and UK said") are no phrase
    head = heads[0]
    if head.dep_ == "appos" and head.head.i == subj.i and subj.ent_type_ == "PERSON":
        return None  # "Prof Mark Griffiths, a … expert at … University told": the name's role
    return head if can_speak(doc[head.i : head.i + 1]) else None


def apposition_as_subject(verb: Token, subjects: list[Token]) -> Token | None:
    """The phrase before an apposition in commas the parser made ``verb``'s subject.

    "Witnesses in Aden, the seat of the government, said …": the parser may make
    "seat" the (or a second) subject of "said", and "Witnesses" a second subject or an
    adverbial clause. A subject whose phrase opens after a comma and closes with a
    comma right before the verb describes the word before that comma; a noun of the
    verb's own whose phrase, by a preposition after it, ends with that word speaks
    instead (not a dateline's name: "AMMAN, Feb 14 - Dr Karim Haddad, ..., said").
    """
    before = [c for c in subjects if c.i < verb.i]
    if not before:
        return None
    last = before[-1]
    doc = verb.doc
    opening = last.left_edge.i - 1
    if opening < 1 or doc[opening].text != "," or doc[verb.i - 1].text != ",":
        return None
    if last.right_edge.i < verb.i - 2:
        return None  # the phrase does not run up to the comma before the verb
    for c in verb.children:
        if c.i >= opening - 1 or c.pos_ not in _NOMINAL or c.right_edge.i != opening - 1:
            continue  # the phrase must hold the described word after its head: "X in Aden"
        if any(p.dep_ == "prep" for p in c.rights):
            return c if can_speak(doc[c.i : c.i + 1]) else None
    return None


#: Dependencies of the words before a name in its own phrase ("chief executive Pekka").
_NAME_PHRASE_DEPS = frozenset({"det", "amod", "compound", "poss", "case", "punct"})


def name_before_verb(verb: Token) -> Token | None:
    """A person's name right before a subjectless verb, hung by the parser before a comma.

    "Shares in Nokia rose 4% after the company won a contract from Vodafone, chief
    executive Pekka Lundmark told analysts": the parser made "Lundmark" an apposition of
    "Vodafone" and "told" a conjunct of "rose", so the shares would speak. For a conjunct,
    the phrase between the last comma and the verb, ending with a PERSON name whose head
    lies before the comma and with every other word inside the phrase, is its subject.
    """
    doc = verb.doc
    if verb.dep_ != "conj" or verb.i < 3:
        return None  # only a conjunct would take the first verb's subject
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    name = doc[verb.i - 1]
    if name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
        return None
    comma = verb.i - 2
    while comma > verb.sent.start and doc[comma].text != ",":
        tok = doc[comma]
        if tok.is_punct or (tok.head.i != name.i and not comma < tok.head.i < verb.i):
            return None
        if tok.head.i == name.i and tok.dep_ not in _NAME_PHRASE_DEPS:
            return None
        comma -= 1
    if doc[comma].text != "," or not name.head.i < comma:
        return None
    return name


def as_passive(verb: Token) -> bool:
    """A headline's passive without auxiliary: "John Brennan confirmed as CIA director".

    A verb of :data:`~geomap.claims.lexicon.AS_OBJECT_VERBS` with "as" and no object,
    clause or auxiliary: what it names is its subject, not who says it.
    """
    if verb.lemma_.lower() not in lx.AS_OBJECT_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return False
    deps = {c.dep_ for c in verb.children}
    if deps & {"dobj", "ccomp", "xcomp", "aux", "parataxis"}:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def inverted_subject(verb: Token, subjects: list[Token]) -> Token | None:
    """The subject after the verb in "..., said Olena Hrytsenko" (the parser may give two)."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text not in (",", '"', "”", "’", "'"):
        return None
    first = verb.i + 1  # the first word after the verb ('said +Ivan Franko': past a symbol)
    while first < len(doc) - 1 and not any(ch.isalnum() for ch in doc[first].text):
        first += 1
    return next((s for s in subjects if s.left_edge.i in (verb.i + 1, first)), None)


#: Verbs of saying whose object is what is said, never a person or body: one after them
#: is their inverted subject ("…, said police"); not "told reporters", "urged the
#: government", "warned residents", whose object is who is addressed.
_INVERTING_VERBS = frozenset(
    {
        "say", "report", "add", "state", "announce", "declare", "explain", "write", "note",
        "specify", "indicate", "claim", "confirm", "continue", "reply", "respond",
        "conclude", "stress", "emphasise", "emphasize", "insist", "acknowledge", "admit",
        "affirm", "reveal", "estimate", "predict",
    }
)  # fmt: skip
#: Dependencies of the words of a bare noun phrase ("the Civil Protection authorities").
_BARE_NP_DEPS = frozenset({"det", "compound", "amod", "poss", "case", "nummod"})


def object_after_comma(verb: Token) -> Token | None:
    """The speaker the parser made the object of a verb right after a comma.

    "Riots in Dakar, Senegal, said police.": the parser took "Riots" as the subject and
    "police" as the object; a noun phrase that can speak, right after a verb of saying
    that follows a comma and closing the sentence (a day or time aside: "…, reported the
    authorities on Wednesday."), is who speaks, as in "…, said Olena Hrytsenko"; only a
    bare noun phrase: what "…, said the ruling protected families" says is no speaker.
    A name right after the verb that the parser hung on it otherwise is one too ("Crimea
    secure, says Aksyonov": "Aksyonov" made a preposition).
    """
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or verb.tag_ == "VBG":
        return None
    if verb.lemma_.lower() not in _INVERTING_VERBS:
        return None  # "…, Rizal Algamar, urged the Kherson government.": who was urged
    # "…, announced the sub-prefect": the parser split the noun
    obj = split_object(verb) or _name_hung_after(verb)
    if obj is None or obj.pos_ not in _NOMINAL or obj.left_edge.i > verb.i + 1:
        return None
    words = verb.doc[verb.i + 1 : obj.right_edge.i + 1]
    if any(
        (t.dep_ not in _BARE_NP_DEPS and t.dep_ != "dobj") or t.pos_ in ("VERB", "AUX")
        for t in words
        if t != obj and not t.is_space  # a headline's line break the parser hung on it
    ):
        return None  # "…, said the ruling protected families …", "…, cited imagery and …"
    end = past_closing_time(verb, obj.right_edge.i + 1)
    if not all(t.is_punct or t.is_space for t in doc[end : verb.sent.end]):
        return None
    return obj if can_speak(doc[obj.i : obj.i + 1]) else None


#: Dependencies the parser gives a name closing a headline's inverted saying.
_MISPARSED_NAME_DEPS = frozenset({"prep", "npadvmod", "dep", "attr", "oprd", "appos"})


def _name_hung_after(verb: Token) -> Token | None:
    """A proper name right after ``verb`` that the parser made no object ("says Aksyonov")."""
    return next(
        (
            c for c in verb.children
            if c.dep_ in _MISPARSED_NAME_DEPS and c.pos_ == "PROPN"
            and c.left_edge.i == verb.i + 1 and c.ent_type_ not in ("DATE", "TIME")
        ),
        None,
    )  # fmt: skip


#: Words of time a speech noun's possessive may be ("today's briefing").
_TIME_WORDS = frozenset(
    {
        "today", "yesterday", "tomorrow", "tonight", "week", "month", "year", "morning",
        "evening", "night", "afternoon", "weekend", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday",
    }
)  # fmt: skip


def time_word(tok: Token) -> bool:
    """Whether ``tok`` names a time, not a speaker ("today", "last week's", "Monday's")."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in _TIME_WORDS
