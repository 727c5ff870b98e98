"""Noun-phrase spans for speakers, read off the dependency parse.

``full_np`` is the phrase a speaker is reported as ("a spokesperson for the
Russian Ministry of Defense", "The Russian defense chief, General Valery
Gerasimov"); ``core_np`` is the bare name without appositions, coordination or
prepositional phrases other than "of" ("the Russian Ministry of Defense",
"Dr. Elena Petrova").  ``thing_above`` and ``person_above`` find what a relative
pronoun the parser hung on the wrong noun refers to.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from geomap.claims.appositions import naming_participle
from geomap.claims.lexicon import NP_PREPOSITIONS
from geomap.claims.source_nouns import DOCUMENT_NOUNS, descriptor_kind

_CORE_DEPS = frozenset(
    {"det", "predet", "amod", "compound", "poss", "case", "nmod", "nummod", "quantmod",
     "npadvmod", "prep", "pobj", "nn", "flat"}
)  # fmt: skip
_FULL_DEPS = _CORE_DEPS | {"appos", "conj", "cc"}
_EDGE_DEPS = frozenset({"punct", "cc"})


def full_np(token: Token) -> Span:
    """Return the speaker phrase headed by ``token`` (appositions and "of/for/at..." PPs kept).

    Parameters
    ----------
    token
        Head of the phrase, e.g. the ``nsubj`` of a reporting verb.

    Returns
    -------
    Span
        A contiguous span of ``token.doc`` without leading or trailing punctuation;
        a subject's phrase ends before its verb, whatever the parser hung on it after
        ("An article in … reports on … Singapore: illegal use of …" made "use" an
        apposition of "article").
    """
    keep = _collect(token, _FULL_DEPS, NP_PREPOSITIONS)
    verb = token.head
    if token.i < verb.i and verb.pos_ in ("VERB", "AUX"):
        keep = {i for i in keep if i < verb.i}
    return _span(token, keep)


def core_np(token: Token) -> Span:
    """Return the name headed by ``token``: modifiers and "of" PPs only."""
    return _span(token, _collect(token, _CORE_DEPS, frozenset({"of"})))


#: Participles that tell where a speaker works or is ("a glaciologist based in Zurich",
#: "troops stationed in Kherson"): part of the phrase, as "officials in Vilnius" is.
_SITE_PARTICIPLES = frozenset({"based", "stationed", "headquartered", "located", "posted"})


def site_participle(child: Token) -> bool:
    """Whether ``child`` is a participle telling where its noun is based ("based in …")."""
    return (
        child.dep_ == "acl"
        and child.lower_ in _SITE_PARTICIPLES
        and all(c.dep_ in ("prep", "advmod", "punct") for c in child.children)
    )


def _collect(token: Token, deps: frozenset[str], preps: Iterable[str]) -> set[int]:
    keep = {token.i}
    stack = [token]
    site = "appos" in deps  # a full phrase keeps where its speaker is based
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if site and (site_participle(child) or naming_participle(child)):
                keep.update(t.i for t in child.subtree)  # "based in …", "named X"
                continue
            if child.dep_ not in deps:
                continue
            if child.dep_ == "prep" and _authored(tok, child, site):
                keep.update(t.i for t in child.subtree)  # "a recent report by Keep Britain Tidy"
                continue
            if child.dep_ == "prep" and (child.lower_ not in preps or _how_said(child)):
                continue
            if child.dep_ == "amod" and child.i > tok.i and _cut_complement(child, preps):
                if site:  # "sources familiar with the matter": who they are, in the phrase
                    keep.update(t.i for t in child.subtree)
                continue  # the core name: "employees familiar" of "… familiar with the visit"
            keep.add(child.i)
            stack.append(child)
    return keep


#: Nouns of how or where something was said: a phrase "in a statement", "at a
#: briefing" after a name tells how it spoke, it is no part of the name ("said the USDA
#: in a statement").
_SAYING_NOUNS = frozenset(
    {
        "statement", "interview", "briefing", "release", "speech", "letter", "email",
        "post", "tweet", "conference", "announcement", "broadcast", "report", "message",
    }
)  # fmt: skip


def _authored(noun: Token, prep: Token, full: bool) -> bool:
    """Whether ``prep`` is the "by" of a document's author, right after it, in a full phrase.

    "A recent report by Keep Britain Tidy highlighted …", "…, reveals a survey by the
    American Society of Plastic Surgeons": the document speaks, and who made it is part
    of what the reader is told it is.
    """
    if not full or prep.lower_ != "by" or prep.i != noun.i + 1 or noun.pos_ != "NOUN":
        return False
    return noun.lemma_.lower() in DOCUMENT_NOUNS and any(
        c.dep_ in ("pobj", "pcomp") for c in prep.children
    )


def _how_said(prep: Token) -> bool:
    """Whether ``prep`` is "in"/"at"/"during" a noun of saying: "in a statement"."""
    if prep.lower_ not in ("in", "at", "during"):
        return False
    return any(c.dep_ == "pobj" and c.lemma_.lower() in _SAYING_NOUNS for c in prep.children)


def _cut_complement(adjective: Token, preps: Iterable[str]) -> bool:
    """Whether an adjective after its noun loses its complement in the phrase."""
    return any(c.dep_ == "prep" and c.lower_ not in preps for c in adjective.children)


#: Dashes that end a dateline ("SPRINGFIELD, Ill. - Gov. JB Pritzker said"); a speaker
#: phrase never reaches back over one.
_DATELINE_DASHES = frozenset({"-", "--", "—", "–"})


def _span(token: Token, indices: set[int]) -> Span:
    doc = token.doc
    start, end = min(indices), max(indices) + 1
    for i in range(token.i - 1, start - 1, -1):
        if doc[i].text in _DATELINE_DASHES and (doc[i].text != "-" or doc[i - 1].whitespace_):
            start = i + 1  # a spaced hyphen, not the one of "Al-Rashid"
            break
    while start < token.i and (
        doc[start].is_punct or doc[start].is_space or doc[start].dep_ == "cc"
    ):
        start += 1
    while end - 1 > token.i and (
        doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "case"
    ):
        end -= 1
    return doc[start:end]


def head_name(span: Span, person: bool) -> Span:
    """Return the name to carry to a pronoun from an antecedent speaker phrase.

    For "he"/"she" (``person``), a PERSON name in the phrase's head or its
    appositions ("Dr. Elena Petrova" from "Dr. Elena Petrova, a senior fellow
    at ..."; "General Valery Gerasimov" from "The Russian defense chief,
    General Valery Gerasimov"); otherwise, or when there is none, the phrase.
    """
    if not person:
        return span
    root = span.root
    for tok in (root, *(c for c in root.children if c.dep_ == "appos")):
        if tok.ent_type_ == "PERSON" and span.start <= tok.i < span.end:
            return core_np(tok)
    return span


def entity_phrase(ent: Span) -> Span:
    """Return an entity widened to its name phrase ("Dr." + "Elena Petrova")."""
    core = core_np(ent.root)
    if core.start <= ent.start and core.end >= ent.end:
        return core
    return ent


#: Determiners that make a bare numeral refer back to a group named before ("All three").
_BACK_DETERMINERS = frozenset({"all", "the", "these", "those", "both"})


def counted_back(tok: Token) -> bool:
    """Whether ``tok`` is a bare count that refers back to a group: "All three indicate …".

    A numeral subject with "all"/"the"/"these" and no noun or "of" phrase ("three of the
    officials" names its own group), or "both" alone: like "they", it takes the sources
    that spoke before.
    """
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if tok.lower_ == "both" and tok.pos_ in ("DET", "PRON"):
        return not any(c.dep_ == "prep" for c in tok.children)
    if tok.pos_ != "NUM" or any(c.dep_ == "prep" for c in tok.children):
        return False
    return any(c.dep_ in ("det", "predet") and c.lower_ in _BACK_DETERMINERS for c in tok.children)


def counted_description(tok: Token) -> bool:
    """Whether ``tok`` heads a counted plural referring back: "All three sources", "both agencies".

    A plural noun with a numeral and "all"/"the"/"these", or with "both", and no "of"
    phrase or name of its own: the group named before by its members.
    """
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    children = list(tok.children)
    if any(c.dep_ in ("prep", "appos", "compound") for c in children):
        return False
    dets = {c.lower_ for c in children if c.dep_ in ("det", "predet")}
    counted = any(c.dep_ == "nummod" and c.pos_ == "NUM" for c in children)
    return "both" in dets or (counted and bool(dets & _BACK_DETERMINERS))


def thing_above(noun: Token) -> Token:
    """What "which" refers to when the parser hung it on a person or a day: the thing above.

    "a letter sent to Prime Minister Helen Clark which claimed …": "which" is never a
    person; the nearest noun above the person, through prepositions and participles
    ("sent to"), that is no person ("letter"), else the noun itself.  Nor does a day say
    anything: "said in a statement on Monday, which also urged …" and "issued a statement
    on Tuesday, which urged …" are the statement's, so the subject of the verb that made it
    (:func:`_stated_by`, :func:`_document_of`).
    """
    tok = noun
    for _ in range(4):
        if not a_person(tok) and tok.ent_type_ not in _TIMES:
            return _stated_by(tok)
        head = tok.head
        while head.pos_ in _CLIMBED and head.dep_ in ("prep", "dative", "agent", "acl", "advmod"):
            head = head.head
        if head.pos_ == "VERB" and tok.ent_type_ in _TIMES:
            return _document_of(head) or noun  # "issued a statement on Tuesday, which …"
        if head.i == tok.i or head.pos_ not in ("NOUN", "PROPN"):
            break
        tok = head
    return noun


_TIMES = frozenset({"DATE", "TIME"})
_CLIMBED = frozenset({"ADP", "VERB", "ADV"})


def _stated_by(noun: Token) -> Token:
    """Who made the document a verb's subject said something in ("X said in a statement")."""
    prep = noun.head
    if noun.lemma_.lower() not in DOCUMENT_NOUNS or prep.lower_ != "in" or noun.dep_ != "pobj":
        return noun
    verb = prep.head
    subject = [c for c in verb.children if c.dep_ == "nsubj"] if verb.pos_ == "VERB" else []
    return subject[0] if subject else noun


def _document_of(verb: Token) -> Token | None:
    """The maker of the document a verb issued or spoke in ("issued a statement"), if any."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in DOCUMENT_NOUNS:
            subject = [c for c in verb.children if c.dep_ == "nsubj"]
            return subject[0] if subject else child
        if child.dep_ == "prep" and child.lower_ == "in":
            found = [c for c in child.children if c.dep_ == "pobj"]
            if found and found[0].lemma_.lower() in DOCUMENT_NOUNS:
                return _stated_by(found[0])
    return None


def a_person(tok: Token) -> bool:
    """Whether a noun names a person: a PERSON name or a noun for people ("letter" is not)."""
    if tok.ent_type_ == "PERSON":
        return True
    return descriptor_kind(tok) == "person" and tok.lemma_.lower() not in DOCUMENT_NOUNS


def person_above(noun: Token) -> Token:
    """Who "who" refers to when the parser hung it on a thing: the person above.

    "Deborah Thomas, Conservative candidate for the Twickenham parliamentary seat, who
    said …": through prepositions and appositions, the nearest noun for a person or
    PERSON name above "seat", else the noun itself.
    """
    tok = noun
    for _ in range(5):
        if a_person(tok):
            named = tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON"
            return tok.head if named else tok  # "Deborah Thomas, … candidate …"
        head = tok.head
        while head.pos_ == "ADP" and head.dep_ == "prep":
            head = head.head
        if head.i == tok.i or head.pos_ not in ("NOUN", "PROPN"):
            break
        tok = head
    return noun
