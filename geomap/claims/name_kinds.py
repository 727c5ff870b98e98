"""The kind of a speaker's cut name, read off its phrase and its article.

A titled name is a person ("Capt. | Ivan Petrov"); a name in quotation marks of its
own is a work's title, a document; a described name takes the kind its noun gives
("the Lviv tabloid Vechir": an organisation), a name its apposition calls a body that
body's kind ("Genocide Watch, a non-partisan NGO"); an acronym the kind of the name it
stands for in the article ("The MoD" after "The Ministry of Defence (MoD)"); a short
name the context makes a person's (an honorific, "his wife, Christine", the surname
of a longer PERSON name) a person.  Read by :func:`geomap.claims.names.speaker_record`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from geomap.claims.kinds import speaker_kind
from geomap.claims.namespans import described_name
from geomap.claims.nametails import closing_name, opening_role
from geomap.claims.nps import core_np
from geomap.claims.source_nouns import BODY_KINDS, BODY_WORDS, PEOPLE_ENDINGS, descriptor_kind
from geomap.claims.taken_up import described_as_person, taken_up_as_it
from geomap.claims.titles import HONORIFICS, TITLE_WORDS, titled_name, word
from geomap.extensions import doc_text


def name_kind(phrase: Span, name: Span) -> str:
    """The kind of the source ``name`` in its speaker ``phrase``.

    A titled name is a person; a described name takes the kind its description gives
    ("the Lviv tabloid Vechir": an organisation); an acronym the kind of the name
    it stands for (:func:`acronym_expansion`).
    """
    if titled_name(phrase) is not None or closing_name(phrase) == name:
        return "person"
    doc = name.doc
    if name.start > phrase.start and (
        word(doc[name.start - 1]) in TITLE_WORDS or opening_role(doc[name.start - 1])
    ):
        return "person"  # "Father | José ... dos Santos" (a parse that made "Santos" a
        # place), "Coach | Marino Pusic said" (tagged ORG)
    if quoted_title(name):
        return "document"  # "“The Road to Lviv”, a new book by …, argues"
    described = described_name(phrase)
    if described is not None and described[0].start == name.start:
        kind = descriptor_kind(described[1])
        if kind == "person" and taken_up_as_it(name.root):
            return "organisation"  # "salmon farmer Fjordlaks said it would halt …": a firm
        if kind is not None:
            return kind
    root = phrase.root
    appos = name.root.dep_ == "appos" and name.root.head.i == root.i
    if appos and root.pos_ == "NOUN":  # "Low-cost airline Norwegian": an organisation,
        kind = descriptor_kind(root)  # "The club, Nordlys Cycling," (tagged PERSON): a club
        if kind in BODY_KINDS:
            return kind
    if (kind := _body_before(name, root)) is not None:
        return kind
    body = apposed_body(name)
    if body is not None:
        return body  # "Genocide Watch, a non-partisan NGO": what its apposition says it is
    expansion = acronym_expansion(name)
    kind = speaker_kind(name if expansion is None else expansion)
    if kind in ("organisation", "anonymous") and person_in_context(name):
        # "The plant's owner, Atlantic Seafood, said it hoped …": "it" is no person
        return "organisation" if taken_up_as_it(name.root) else "person"
    return kind


def _body_before(name: Span, root: Token) -> str | None:
    """The kind of body a determined noun right before a name calls it, if it calls it one.

    "The retailer Zara" (tagged PERSON), "The charity Oxfam" (parsed as two subjects): the
    noun with its determiner says what the name is; a bare compound before a person's name
    is the person's job ("TV channel producer Daria Zhuk").
    """
    if name.start == 0:
        return None
    before = name.doc[name.start - 1]
    if before.pos_ != "NOUN" or before.head.i not in (name.root.i, root.head.i):
        return None
    if not any(c.dep_ in ("det", "poss") for c in before.children):
        return None
    kind = descriptor_kind(before)
    return kind if kind in BODY_KINDS else None


def apposed_body(name: Span) -> str | None:
    """The kind of body a name's own apposition calls it, if it calls it one.

    "Genocide Watch, a non-partisan NGO, said": the model tagged the name PERSON, the
    apposition's noun tells an organisation; "the Registrar, a state agency": government.
    An apposition naming a person ("Ray Chambers, a special envoy") tells nothing here, and
    a name the article describes by a person's job is no body whatever else the parse
    hangs on it ("said Leslie Paige, spokeswoman for Citizens Against Government Waste, a
    taxpayer watchdog organization": the organisation is the watchdog's apposition).
    """
    if described_as_person(name.root):
        return None
    for child in name.root.children:
        if child.dep_ == "appos" and child.i >= name.end and child.pos_ in ("NOUN", "PROPN"):
            if child.lower_.endswith(PEOPLE_ENDINGS) and not _the_trade(child):
                continue  # "Banahari Saha, a stall operator": maybe a person who runs one
            kind = descriptor_kind(child)
            if kind in BODY_KINDS:
                return kind
    return None


def _the_trade(noun: Token) -> bool:
    """Whether an agent noun of a body is told by "the" and what it makes or runs.

    "Arizona Beverages, the iced tea maker": the one maker of a trade, a company;
    "Banahari Saha, a stall operator" may be a person who runs one.
    """
    if descriptor_kind(noun) not in BODY_KINDS:
        return False
    told = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    return told and any(c.dep_ == "compound" and c.i < noun.i for c in noun.children)


#: Quotation marks that open and close a work's title.
_OPENING_MARKS = frozenset({'"', "“", "‘", "«", "``"})
_CLOSING_MARKS = frozenset({'"', "”", "’", "»", "''"})


def quoted_title(name: Span) -> bool:
    """Whether a speaker's name stands in quotation marks of its own: a work's title.

    "“The Road to Lviv”, a new book by Anna Kowalska, argues …": a book, a report or a
    film speaks as a document, not as a person the capitals suggest.
    """
    doc = name.doc
    if name.start == 0 or name.end >= len(doc) or len(name) < 2:
        return False
    return doc[name.start - 1].text in _OPENING_MARKS and doc[name.end].text in _CLOSING_MARKS


def person_in_context(name: Span) -> bool:
    """Whether the context makes a name the model did not tag PERSON a person's.

    A short proper name, not a body's, after an honorific ("Mr. Olafimihan Adeoye"), in
    apposition with a noun for a person ("his wife, Christine") or with one as its own
    apposition ("Lance Corcoran, spokesman for ..."), or the surname of a PERSON
    named in the article ("Adeoye" after "Olafimihan Adeoye").
    """
    doc = name.doc
    tokens = [t for t in name if not t.is_punct]
    if not 1 <= len(tokens) <= 3 or not all(_capitalised_word(t) for t in tokens):
        return False
    if any(word(t) in BODY_WORDS for t in tokens):
        return False
    root = name.root
    if name.start > 0 and word(doc[name.start - 1]) in HONORIFICS:
        return True
    head = root.head
    if root.dep_ == "appos" and descriptor_kind(head) == "person" and head.pos_ == "NOUN":
        return True
    if root.dep_ == "appos" and word(head) in TITLE_WORDS and head.i < root.i:
        return True  # "Sweden's Minister of Agriculture, Ann-Christin Nykvist"
    if any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and c.is_lower and descriptor_kind(c) == "person"
        for c in root.children
    ):
        return True
    last = tokens[-1].text
    return any(
        e.label_ == "PERSON" and len(e) > len(tokens) and e[-1].text == last for e in doc.ents
    )


def _capitalised_word(tok: Token) -> bool:
    """A proper noun written as a name: "Moayyad", "McCoy"; not "NASMG" nor "ngo".

    A word in a script without capitals ("صالح") is a name in English text, whatever
    part of speech the model gave it.
    """
    first = tok.text[:1]
    caseless = first.isalpha() and first.lower() == first.upper()
    return caseless or (tok.pos_ == "PROPN" and first.isupper() and not tok.is_upper)


def acronym_expansion(name: Span) -> Span | None:
    """The name an acronym stands for where its article defines it.

    "The MoD" -> "The Ministry of Defence" after "The Ministry of Defence (MoD) said".
    """
    words = name.text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) != 1 or sum(c.isupper() for c in words[0]) < 2 or not words[0].isalpha():
        return None
    doc = name.doc
    found = re.search(rf"\S\s*\({re.escape(words[0])}\)", doc_text(doc))
    last = (
        doc.char_span(found.start(), found.start() + 1, alignment_mode="expand") if found else None
    )
    if last is None:
        return spelled_out(doc, words[0])
    token = last.root
    ent = next((e for e in doc.ents if e.start <= token.i < e.end), None)
    return ent if ent is not None else core_np(token)


def spelled_out(doc: Doc, acronym: str) -> Span | None:
    """The first run of capitalised words whose initials spell ``acronym``, if any.

    "The BHPD" -> "Beverly Hills Police Department", named in the article without
    the acronym in brackets after it.  Function words inside the run are skipped
    ("Ministry of Defence" spells "MD"), never counted.
    """
    letters = acronym.upper()
    for start, tok in enumerate(doc):
        if not tok.text[:1].isupper() or tok.is_upper or tok.text[0] != letters[0]:
            continue
        i, k = start, 0
        while i < len(doc) and k < len(letters):
            t = doc[i]
            if t.is_lower and t.is_stop and k > 0:
                i += 1
                continue
            if t.is_upper or t.text[:1] != letters[k]:
                break
            i, k = i + 1, k + 1
        if k == len(letters) and i - start > 1:
            return doc[start:i]
    return None
