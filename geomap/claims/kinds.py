"""What kind of source a speaker is.

Kinds (:data:`KINDS`): ``person`` (a named person), ``organisation``, ``government``
(a ministry, the police, a state acting: "China called for"), ``document`` (a report, a
statement, figures), ``anonymous`` (an unnamed person or group: "officials", "an expert",
"a resident") and ``journalist`` (no source: the article's own narrative; never set on a
speaker, only reported for claims without one).  The kind is read off the parse: the
entity type of the phrase's head, then its head noun against the word lists of
:mod:`geomap.claims.source_nouns`.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Span, Token

from geomap.claims.acronym_sources import acronym_kind
from geomap.claims.article_tags import (
    mistagged_person,
    mistagged_state,
    state_word,
    untagged_body,
)
from geomap.claims.bodies import armed_group as armed_group
from geomap.claims.bodies import (
    command_staff,
    committee,
    government_acronym,
    group_kind,
    independent_body,
    legislature,
    state_service,
    un_initials,
)
from geomap.claims.body_names import joined_name
from geomap.claims.demonym_titles import demonym_title
from geomap.claims.gender import gender as gender
from geomap.claims.gender import same_gender
from geomap.claims.lexicon import ISSUE_VERBS, PERSON_PRONOUNS
from geomap.claims.namespans import place_tokens
from geomap.claims.source_nouns import (
    BODY_WORDS,
    DOCUMENT_NOUNS,
    GOVERNMENT_WORDS,
    OFFICE_NOUNS,
    ORGANISATION_NOUNS,
    OUTLET_HEADS,
    PEOPLE_NOUNS,
    PLACE_BODY_NOUNS,
    PLURAL_TAGS,
    descriptor_kind,
    head_of,
    listed_lemma,
    trade_before,
    unnamed_one,
    web_name,
)
from geomap.claims.taken_up import taken_up_as_it
from geomap.claims.titles import HONORIFICS, word
from geomap.docarrays import where

KINDS: tuple[str, ...] = (
    "person", "organisation", "government", "document", "anonymous", "journalist"
)  # fmt: skip
JOURNALIST = "journalist"


def speaker_kind(span: Span) -> str:
    """The kind of the source ``span`` names (one of :data:`KINDS` but ``journalist``)."""
    root = head_of(span)
    words = {t.lower_.strip(".") for t in span} | {t.lemma_.lower() for t in span}
    if root.pos_ == "PRON":
        return "person" if root.lower_ in PERSON_PRONOUNS else "anonymous"
    ent = root.ent_type_
    lemma = listed_lemma(root)
    words.add(lemma)  # "the border guard": a "border-guard", a state's service
    if command_staff(root):
        return "government"  # "the Ukrainian general staff", not unnamed staff
    if document_author(span, root):
        return "document"  # "a statement released by the Egyptian armed forces"
    if root.tag_ in PLURAL_TAGS and root.lemma_.lower() in GROUP_MEMBERS:
        return "organisation"  # "M23 rebels", "The rebels": an armed group speaking
    if (group := group_kind(span, GOVERNMENT_WORDS | PLACE_BODY_NOUNS)) is not None:
        return group  # "The Houthis", "Lamar County officials"
    if root.tag_ in PLURAL_TAGS and root.lemma_.lower() == "ruler":
        return "government"  # "Niger's military rulers": a junta, the state (README)
    if unnamed_people(root, lemma) or unnamed_one(root, lemma):
        return "anonymous"  # "officials", "A United Nations official in Kadugli"
    honorific = root.pos_ == "PROPN" and span[0].i != root.i and word(span[0]) in HONORIFICS
    if office_holder(root) or honorific:
        return "person"  # "Mrs Plate", "Dr. Ortiz", whatever the model tagged
    if committee(lemma) and legislature(span):
        return "government"
    joined = root.pos_ == "PROPN" and joined_name(span)  # "the Port of Antwerp-Bruges"
    if root.pos_ == "PROPN" and trade_before(root):
        return "organisation"  # "Sandwich chain Jersey Mike's", whatever the model tagged
    if ent == "PERSON" and root.pos_ == "PROPN" and (seen := described_elsewhere(root)):
        return seen  # "Energoatom said", after "the state nuclear company Energoatom"
    body = root.pos_ == "PROPN" and ent in ("", "PERSON") and taken_up_as_it(root)
    if ent == "PERSON" and lemma not in GOVERNMENT_WORDS | ORGANISATION_NOUNS and not joined:
        return "organisation" if body else "person"  # not "the Embassy"; "La Liga said it"
    if lemma in OUTLET_HEADS and any(t.lower_ == "news" and t.i < root.i for t in span):
        return "organisation"  # "a news website", "Xinhua News Agency": an outlet
    if (lemma in DOCUMENT_NOUNS or _study_paper(root)) and _noun_slot(root):
        return "document"  # "according to U.S. Census estimates", "estimates" tagged a verb
    if government_acronym(span):
        return "government"  # "the CDC", "the NYPD", "the Centers for Disease Control"
    if armed_group(span) or independent_body(span, lemma):
        return "organisation"
    if un_initials(span) and (lemma in BODY_WORDS or root.text in ("UN", "U.N.")):
        return "organisation"  # "the UN's office in Haiti"; not "UN special rapporteur"
    if words & GOVERNMENT_WORDS and (root.pos_ == "PROPN" or lemma in GOVERNMENT_WORDS):
        return "government"
    if root.pos_ == "PROPN" and root.lower_ == "executive" and root.i > span.start:
        return "government"  # "the Health and Safety Executive", "the Scottish Executive"
    if _unit_of_body(root) or (root.pos_ == "NOUN" and lemma in PLACE_BODY_NOUNS):
        return "government"
    place = root.pos_ == "PROPN" and _read_as_place(span)
    if root.pos_ == "PROPN" and not (place or words & BODY_WORDS) and mistagged_person(root):
        return "person"  # "said Ciobanu, 71," tagged GPE, after "Ion Ciobanu" (a PERSON)
    if root.pos_ == "PROPN" and (ent == "GPE" or place):
        return "government"  # a state acting: "China called for ...", "Kyiv said"
    if root.pos_ == "PROPN" and not words & BODY_WORDS and mistagged_state(span, root):
        return "government"  # "Romania confirmed", tagged ORG here, GPE elsewhere
    if state_service(span, state_word):
        return "government"  # "the Kenya Wildlife Service", "China's Eastern Theater Command"
    if (initialled := acronym_kind(span, root, state_word)) is not None:
        return initialled  # "Chile's SHOA said" (tagged a common noun), "ANAC reported"
    if ent == "ORG" or lemma in ORGANISATION_NOUNS or lemma in GOVERNMENT_WORDS:
        return "government" if words & GOVERNMENT_WORDS else "organisation"
    described = described_elsewhere(root) if root.pos_ == "PROPN" and ent != "PERSON" else None
    if described is not None:
        return described  # "According to Politiken", after "Politiken newspaper"
    if root.pos_ == "PROPN" and not ent and untagged_body(span, root):
        return "organisation"  # "TMZ reported"
    if root.pos_ == "PROPN" and ent in ("", "PERSON"):
        return "organisation" if joined or body else "person"  # "Great Plains Gas said it"
    if web_name(root) or demonym_title(span):
        return "organisation"  # "reports eonline.com", "The Australian reports that …"
    return "anonymous"


def _noun_slot(root: Token) -> bool:
    """Whether ``root`` is a noun, or a word tagged a verb in a noun's place ("… estimates")."""
    return root.pos_ == "NOUN" or (root.pos_ == "VERB" and root.dep_ in ("pobj", "nsubj", "dobj"))


#: Words that make a "paper" a study, not a newspaper ("a recent scientific paper").
_STUDY_WORDS = frozenset(
    {"scientific", "research", "academic", "white", "policy", "working", "discussion"}
)


def _read_as_place(span: Span) -> bool:
    """Whether the article's geoparse reads the name ``span`` as a place mention.

    "Kyiv said ...", the name left untagged by the model: a place that speaks is its
    government, as a GPE is.
    """
    names = [t.i for t in span if t.pos_ == "PROPN"]
    return bool(names) and set(names) <= place_tokens(span.doc)


def _study_paper(root: Token) -> bool:
    """Whether ``root`` is a paper one writes, not a newspaper: "a scientific paper found"."""
    if root.lemma_.lower() != "paper":
        return False
    return any(c.dep_ in ("amod", "compound") and c.lower_ in _STUDY_WORDS for c in root.children)


#: Plural nouns for the members of an armed group, who speak as the group: "M23 rebels
#: said", "The rebels said" (an organisation, where other unnamed people are anonymous).
GROUP_MEMBERS: frozenset[str] = frozenset(
    {"rebel", "militant", "insurgent", "separatist", "jihadist", "guerrilla"}
)


#: Speech nouns that name an act of saying, not a text: "The allegation by the Sudanese
#: army that …" is the army's (a government's), where "a report by …" is a document's.
SAYING_ACTS: frozenset[str] = frozenset(
    {
        "allegation", "accusation", "claim", "assertion", "comment", "remark", "warning",
        "blame", "doubt", "concern", "criticism", "charge", "denial", "threat",
    }
)  # fmt: skip


def document_author(span: Span, root: Token) -> bool:
    """Whether ``span`` names who made the document that speaks ("a report by X").

    The speaker phrase "a report by the Resolution Foundation", "a statement released by
    the Egyptian armed forces" keeps the author as its name (``nps``); the source is
    still the document: ``root`` (the name's head) is the object of "by" after a
    document noun, or of the agent "by" of a participle of issuing
    (:data:`~geomap.claims.lexicon.ISSUE_VERBS`) after one ("released by", "made by"); not
    after a noun for an act of saying (:data:`SAYING_ACTS`: "the allegation by the army").
    """
    by = root.head
    if root.dep_ != "pobj" or by.lower_ != "by" or by.i >= span.start:
        return False
    noun = by.head
    if by.dep_ == "agent":
        if noun.dep_ != "acl" or noun.lemma_.lower() not in ISSUE_VERBS:
            return False
        noun = noun.head
    elif by.dep_ != "prep":
        return False
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and lemma in DOCUMENT_NOUNS and lemma not in SAYING_ACTS


def unnamed_people(root: Token, lemma: str) -> bool:
    """Whether a plural head noun names unnamed people ("officials", "health authorities").

    By the annotation convention an unnamed group of people is an anonymous source,
    whoever they work for: "Canadian officials", "authorities", "the MPs", "witnesses".
    ``lemma`` is the head's lemma (:func:`~geomap.claims.source_nouns.listed_lemma`).
    """
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    singular = root.lower_.removesuffix("s")
    if root.tag_ not in PLURAL_TAGS:  # "the MPs" tagged a singular name: its spelling tells
        return singular != root.lower_ and singular in PEOPLE_NOUNS
    return lemma in PEOPLE_NOUNS or singular in PEOPLE_NOUNS


#: Determiners that leave an office's holder unnamed ("a minister", "another aide").
_INDEFINITE = frozenset({"a", "an", "another", "one", "some", "any", "every", "each", "no"})


def office_holder(root: Token) -> bool:
    """Whether a singular noun of an office names the one person who holds it.

    Told whose ("Pawlenty's spokesman", "Venezuela's minister") or, after "the",
    which ("the defence minister", "the head of state"), it is that person, as the
    annotation convention has it; "a minister", "the spokesman" stay anonymous.
    """
    if root.pos_ != "NOUN" or root.tag_ not in ("NN", ""):
        return False  # "" in a doc without tags
    if root.lemma_.lower() not in OFFICE_NOUNS:
        return False
    children = list(root.children)
    dets = [c.lower_ for c in children if c.dep_ == "det"]
    if any(d in _INDEFINITE for d in dets):
        return False
    if any(c.dep_ == "poss" for c in children):
        return True
    if not dets and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in children):
        return True  # a headline's "Sudan army chief vows": told whose, its "the" dropped
    told = any(
        (c.dep_ in ("amod", "compound") and c.i < root.i)
        or (c.dep_ == "prep" and c.lower_ == "of" and c.i == root.i + 1)
        for c in children
    )
    return told and dets == ["the"]


def described_elsewhere(root: Token) -> str | None:
    """The kind a body noun gives the same name elsewhere in the article, if any.

    "Kjos told Politiken newspaper … According to Politiken": an organisation;
    "Low-cost airline Norwegian … Norwegian reveals": one name, one kind.
    """
    for i in where(root.doc, ORTH, root.orth):  # the same word, read at once
        tok = root.doc[i]
        if tok.i == root.i or tok.text != root.text or tok.pos_ != "PROPN":
            continue
        head = tok.head
        if tok.dep_ == "compound" and head.pos_ == "NOUN" and head.i == tok.i + 1:
            noun = head  # "Politiken newspaper"
        elif tok.dep_ == "appos" and head.pos_ == "NOUN" and head.i < tok.i:
            noun = head  # "airline Norwegian"
        else:
            continue
        kind = descriptor_kind(noun)
        if kind in ("organisation", "government"):
            return kind
    return None


def _unit_of_body(root: Token) -> bool:
    """Whether ``root`` names a unit of a government body ("the army command").

    A noun compounded with or owned by a government word, not a person ("the police
    officer" is one): "the military's media wing".
    """
    if root.pos_ != "NOUN" or descriptor_kind(root) == "person":
        return False
    deps = ("compound", "poss")
    return any(c.dep_ in deps and listed_lemma(c) in GOVERNMENT_WORDS for c in root.children)


def agrees(pronoun: Token, antecedent: Span) -> bool:
    """Whether a pronoun can refer to ``antecedent``: he/she a person, it/they a body."""
    kind = speaker_kind(antecedent)
    low = pronoun.lower_
    if low in PERSON_PRONOUNS:
        if not same_gender(pronoun, antecedent):
            return False
        return kind in ("person", "anonymous") and antecedent.root.tag_ not in ("NNS", "NNPS")
    if low in ("it", "its"):
        return kind in ("organisation", "government", "document")
    return kind != "document"
