"""Where a speaker's proper name starts in a phrase an imperfect parse gave.

"church historian Father | Juliano dos Santos", "Jays fan | Ray Payette",
"continued | GTM Research" (see :func:`proper_tail`); a name closing a phrase whose
parse hung it lower (:func:`closing_name`) or ran on after a place
(:func:`name_after_place`); where the role before a name starts
(:func:`after_place`); a person's name opening a phrase headed by the body after it
(:func:`leading_person`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from geomap.claims.namespans import place_tokens
from geomap.claims.source_nouns import BODY_WORDS, OFFICE_NOUNS, PEOPLE_NOUNS, descriptor_kind
from geomap.claims.titles import TITLE_WORDS, word

#: Lowercase particles inside personal names ("dos Santos", "van der Berg", "bin Salman").
NAME_PARTICLES: frozenset[str] = frozenset(
    {
        "da", "das", "de", "del", "della", "der", "den", "di", "do", "dos", "du", "la",
        "le", "van", "von", "bin", "ibn", "al", "el", "ben", "ter", "ten", "y", "e",
    }
)  # fmt: skip
#: Words that describe a body or a person by its relation to another, capitalised only
#: when they open a sentence ("Rival Digi said", "Fellow striker X"), and begin no names.
DESCRIPTORS: frozenset[str] = frozenset(
    {"rival", "fellow", "former", "ex", "embattled", "beleaguered", "outgoing", "incumbent"}
)
#: Nouns of people that open no names: written capitalised only at a sentence's start.
_ROLE_NOUNS = (PEOPLE_NOUNS | OFFICE_NOUNS) - frozenset(
    {
        "general", "chief", "head", "side", "local", "native", "people", "family", "staff",
        "member", "source", "authority", "authorities", "king", "queen", "executive", "mp",
        "troops", "child", "son", "daughter", "mother", "father", "elder", "friend",
    }
)  # fmt: skip


def opening_role(tok: Token) -> bool:
    """Whether ``tok`` is a noun of a person's role opening a sentence before a name.

    "Coach Marino Pusic said", "Manager Pep Ruiz told reporters": capitalised only as
    the sentence's (or the paragraph's, after a dateline's dash) first word.
    """
    doc = tok.doc
    first = tok.i == tok.sent.start or (tok.i > 0 and doc[tok.i - 1].is_punct)
    return first and tok.is_title and tok.lower_ in _ROLE_NOUNS


#: Entity types of names a title word can begin ("General Motors", "Governors Island").
_BODY_ENTS = frozenset({"ORG", "GPE", "FAC", "LOC"})


def proper_tail(name: Span) -> Span:
    """``name`` from where its proper name starts: leading role words and titles cut off.

    A parse that put a role or a verb before the name ("church historian Father
    Juliano dos Santos", "Jays fan Ray Payette", "continued GTM Research") keeps the
    capitalised words (two or more) after the last lowercase noun or verb, then drops
    title words before them ("Father José ..."); nothing is cut before one capitalised
    word ("Russian state TV") or a name inside a prepositional phrase.  A word of relation
    opening the name (:data:`DESCRIPTORS`: "Rival Digi") is cut off.
    """
    doc = name.doc
    if len(name) > 1 and name[0].lower_ in DESCRIPTORS and all(t.pos_ == "PROPN" for t in name[1:]):
        return proper_tail(name[1:])  # "Rival Digi said": the rival is Digi
    if len(name) > 2 and opening_role(name[0]) and all(t.is_title for t in name[1:]):
        return proper_tail(name[1:])  # "Coach Marino Pusic said" (all tagged ORG)
    start = name.start
    for tok in name:
        if tok.lower_ in NAME_PARTICLES:
            continue  # "José Arnaldo Juliano dos Santos"
        if tok.is_lower and tok.is_alpha and tok.pos_ in ("NOUN", "VERB", "AUX"):
            start = tok.i + 1
    if start > name.start and (name.end - start < 2 or doc[start].is_lower):
        return name  # "Russian state TV": one word is no full name
    if any(t.pos_ == "ADP" for t in doc[name.start : start]):
        return name  # "Data from statistics agency Istat": the name is in a phrase
    while start + 1 < name.end and word(doc[start]) in TITLE_WORDS and doc[start + 1].is_title:
        if doc[start].ent_type_ in _BODY_ENTS and doc[start + 1].ent_iob_ == "I":
            break  # "General Motors": the title word is part of a body's name
        start += 1
    return doc[start : name.end]


def closing_name(phrase: Span) -> Span | None:
    """A person's name closing a phrase headed by a person noun: after commas or a place."""
    return _after_comma(phrase) or name_after_place(phrase)


def _after_comma(phrase: Span) -> Span | None:
    """A person's name set off by commas at the end of a phrase headed by a person noun.

    "A spokesman for the UN refugee agency, Babar Baloch,": the parser hung the name on
    "agency" (and may tag it ORG); two or more proper nouns, no body word, after the
    phrase's last comma, are the spokesman's name, not the agency's.
    """
    root = phrase.root
    doc = phrase.doc
    if root.pos_ != "NOUN" or descriptor_kind(root) != "person":
        return None
    commas = [t.i for t in phrase if t.text == ","]
    if not commas or commas[-1] < root.i:
        return None
    end = phrase.end - (doc[phrase.end - 1].text == ",")
    name = doc[commas[-1] + 1 : end]
    if len(name) < 2 or any(t.pos_ != "PROPN" or word(t) in BODY_WORDS for t in name):
        return None
    if name.root.dep_ != "appos" or name.root.head.i == root.i:
        return None  # in apposition to the head itself: person_name's
    return name


def name_after_place(phrase: Span) -> Span | None:
    """A person's name run on after the place that closes a title's phrase.

    "former UN Special Rapporteur on the Situation of Human Rights in North Korea Vitit
    Muntarbhorn urged": no comma sets the name off and the parser compounded it with
    the place; two or more capitalised words after the last place mention of the
    head's subtree, ending it, none a body's (the model's organisation running over the
    place and the name is none) or a place's, are the name, when the head
    is a title, a person noun or a capitalised word that names no body.
    """
    root, doc = phrase.root, phrase.doc
    if root.pos_ not in ("NOUN", "PROPN") or descriptor_kind(root) not in (None, "person"):
        return None
    if word(root) in BODY_WORDS or (root.pos_ == "NOUN" and descriptor_kind(root) is None):
        return None
    places = place_tokens(doc) | _state_names(doc)
    subtree = doc[root.left_edge.i : root.right_edge.i + 1]
    last = max((t.i for t in subtree if t.i in places), default=None)
    if last is None or last < root.i:
        return None
    name = doc[last + 1 : subtree.end]
    if len(name) < 2 or any(
        t.pos_ != "PROPN" or not t.is_title or _body_entity(t, last) or word(t) in BODY_WORDS
        for t in name
    ):
        return None
    return name


def _state_names(doc: Doc) -> frozenset[int]:
    """Proper nouns written as a one-word state or place the model tagged elsewhere.

    "General Secretary of the Communist Party of Vietnam Nguyen Phu Trong": the model
    compounded "Vietnam" with the name here, but tagged it GPE where the article opened.
    """
    names = {e.text for e in doc.ents if e.label_ in ("GPE", "LOC") and len(e) == 1}
    return frozenset(t.i for t in doc if t.pos_ == "PROPN" and t.text in names)


def _body_entity(tok: Token, place: int) -> bool:
    """Whether ``tok`` is in a body's entity that does not also hold the place before it.

    "governor of Sevastopol Mikhail Razvozhayev": the model may tag "Sevastopol Mikhail
    Razvozhayev" ORG, the place and the name run together; that is no body's name.
    """
    if tok.ent_type_ not in _BODY_ENTS:
        return False
    start = tok.i
    while start > 0 and tok.doc[start].ent_iob_ == "I":
        start -= 1
    return start > place


def after_place(doc: Doc, start: int, name_start: int) -> int:
    """Where the role before a name starts: after a place and comma the parse put in it.

    "... on the edge of Thessaloniki, fire service spokeswoman Maria Papadaki told":
    the role is "fire service spokeswoman", not "Thessaloniki, fire service
    spokeswoman". A comma right before the name sets the name off from its role
    ("Pakistan's information minister, Attaullah Tarar") and cuts nothing, nor does one
    between a town and its state set in apposition ("The mayor of Paris, Texas, Steve
    Clifford": the role is "The mayor of Paris, Texas").
    """
    places = place_tokens(doc)
    cut = start
    for i in range(start, name_start - 1):
        if doc[i].text == "," and i > start and doc[i - 1].i in places:
            state = doc[i + 1]
            if not (state.i in places and state.dep_ == "appos" and state.head.i == i - 1):
                cut = i + 1
    return cut


#: Words that tie a person to where they work ("Donna Molinari of …", "… from …").
_OF_BODY = frozenset({"of", "from", "at", "with"})


def leading_person(phrase: Span) -> Span | None:
    """A person's name opening a phrase the parse headed by the body after it.

    "Donna Molinari of Alexandria Country Day School said": the parser made the school
    the subject and the name its modifier; the PERSON name at the start, tied to the
    body by "of", "from", "at" or "with", is who speaks.
    """
    doc = phrase.doc
    ent = next((e for e in doc.ents if e.start == phrase.start), None)
    if ent is None or ent.label_ != "PERSON" or ent.end >= phrase.end - 1:
        return None
    if doc[ent.end].lower_ not in _OF_BODY or phrase.root.i <= ent.end:
        return None
    return doc[ent.start : ent.end]
