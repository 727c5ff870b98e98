"""What kind of source a speaker is, and whether a phrase can be a source at all.

Kinds (:data:`KINDS`): ``person`` (a named person), ``organisation``, ``government``
(a ministry, the police, a state acting: "China called for"), ``document`` (a
report, a statement, figures), ``anonymous`` (an unnamed person or group:
"officials", "an expert", "a resident") and ``journalist`` (no source: the
article's own narrative; never set on a speaker, only reported for claims
without one).  The kind is read off the parse: the entity type of the phrase's
head, then its head noun against the word lists below.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span, Token

from geomap.claims.bodies import (
    COURT_NOUNS,
    committee,
    government_acronym,
    independent_body,
    legislature,
)
from geomap.claims.bodies import armed_group as armed_group
from geomap.claims.gender import gender as gender
from geomap.claims.gender import same_gender
from geomap.claims.lexicon import PERSON_PRONOUNS, SPEECH_NOUNS

KINDS: tuple[str, ...] = (
    "person", "organisation", "government", "document", "anonymous", "journalist"
)  # fmt: skip
JOURNALIST = "journalist"

#: Words that make a body a government one ("the Ministry of Commerce", "Henrico County police").
GOVERNMENT_WORDS: frozenset[str] = frozenset(
    {
        "ministry", "department", "government", "administration", "police", "council",
        "parliament", "senate", "congress", "embassy", "consulate", "kremlin", "cabinet",
        "military", "army", "navy", "presidency", "commission", "authority", "authorities",
        "office", "sheriff", "municipality", "agency", "prosecutor",
        "pentagon", "regime", "force", "forces", "directorate", "nation", "country",
        "secretariat", "inspectorate", "bureau", "institute", "municipal", "enforcement",
    }
)  # fmt: skip

#: Head nouns of a place that speaks through its government ("the city said", "the
#: country's capital of Beijing reported"): only as the head, never a name's word.
PLACE_BODY_NOUNS: frozenset[str] = frozenset({"city", "capital", "town", "county", "province"})

#: Head nouns of organisations that are not (necessarily) government.
ORGANISATION_NOUNS: frozenset[str] = frozenset(
    {
        "company", "firm", "corporation", "charity", "organisation", "organization",
        "group", "bank", "university", "hospital", "school", "club", "team", "union",
        "association", "federation", "league", "foundation", "society", "party",
        "campaign", "coalition", "alliance", "network", "channel", "tv", "television",
        "radio", "newspaper", "paper", "service", "board", "committee", "center",
        "centre", "manufacturer", "maker", "producer", "operator", "airline", "retailer",
        "fund", "mission", "delegation", "watchdog", "regulator", "nations", "media",
        "tabloid", "broadcaster", "daily", "magazine", "outlet", "publisher", "unit",
        "subsidiary", "division", "affiliate", "lab", "laboratory", "clinic", "institution",
        *COURT_NOUNS,
    }
)  # fmt: skip

#: Head nouns of documents and data ("according to a report", "Thursday's numbers").
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    {
        *SPEECH_NOUNS, "study", "survey", "poll", "data", "datum", "figure", "number",
        "statistic", "census", "website", "site", "document", "record", "analysis",
        "estimate", "research", "article", "investigation", "review", "audit", "filing",
        "memo", "email", "post", "release", "bulletin", "notice", "order", "decree",
        "ruling", "verdict", "image", "imagery", "video", "footage", "map", "result",
        "finding", "note", "message", "cable", "index", "forecast", "projection",
        "affidavit", "indictment", "lawsuit", "complaint", "warrant", "transcript",
        "petition", "publication",
    }
)  # fmt: skip

#: Heads that "news" before them makes an outlet ("news website", "News Agency").
_OUTLET_HEADS = frozenset(
    {"website", "site", "agency", "service", "portal", "wire", "outlet", "network", "channel"}
)

#: Head nouns of people who are not named ("officials", "an expert", "the source").
PEOPLE_NOUNS: frozenset[str] = frozenset(
    {
        "official", "expert", "source", "resident", "witness", "spokesperson",
        "spokesman", "spokeswoman", "people", "person", "family", "relative", "victim",
        "chief", "head", "boss", "president", "minister", "general", "member", "colleague",
        "friend", "neighbor", "neighbour", "parent", "mother", "father", "wife",
        "husband", "son", "daughter", "child", "student", "nurse", "staff", "side",
        "critic", "diplomat", "envoy", "aide", "judge", "coach", "player", "fan",
        "scientist", "economist", "commander", "troops", "soldier", "rebel", "militant",
        "activist", "representative", "citizen", "survivor", "eyewitness", "analyst",
        "agent", "correspondent", "participant", "local", "inhabitant",
        "candidate", "politician", "lawmaker", "legislator", "observer", "guard",
        "captain", "officer", "authority", "authorities", "organizer", "organiser",
        "mayor", "governor", "senator", "attorney", "lawyer", "counsel", "pastor",
        "priest", "imam", "bishop", "deputy", "director", "manager", "inspector", "ally",
        "mp", "graduate", "native", "prosecutor",
    }
)  # fmt: skip

#: Endings of nouns for people ("forecaster", "inspector", "scientist", "historian",
#: "employee").
_PEOPLE_ENDINGS: tuple[str, ...] = ("er", "or", "ist", "ian", "man", "men", "woman", "ee")
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
#: Entity types of names of things, which do not speak: a speaking one is a person.
_THING_ENTS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})
#: Plural tags: "officials", "MPs", "health authorities" name unnamed people.
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_BODY_WORDS = GOVERNMENT_WORDS | ORGANISATION_NOUNS
_LISTED = GOVERNMENT_WORDS | ORGANISATION_NOUNS | DOCUMENT_NOUNS | PEOPLE_NOUNS


def _head(span: Span) -> Token:
    """The span's head; its last noun when the parse roots it at a modifier.

    "Syrian army" cut from "the Syrian army spokesman": both words hang from
    "spokesman", and spaCy's root is "Syrian".
    """
    root = span.root
    if root.pos_ in ("ADJ", "DET", "NUM"):
        nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN")]
        if nouns:
            return nouns[-1]
    return root


def _lemma(tok: Token) -> str:
    """The token's lemma, or its lowercase form when only that is a listed word.

    "media" is lemmatised "medium".
    """
    lemma = tok.lemma_.lower()
    if lemma not in _LISTED and tok.lower_ in _LISTED:
        return tok.lower_
    return lemma


def speaker_kind(span: Span) -> str:
    """The kind of the source ``span`` names (one of :data:`KINDS` but ``journalist``)."""
    root = _head(span)
    words = {t.lower_.strip(".") for t in span} | {t.lemma_.lower() for t in span}
    if root.pos_ == "PRON":
        return "person" if root.lower_ in PERSON_PRONOUNS else "anonymous"
    ent = root.ent_type_
    lemma = _lemma(root)
    if unnamed_people(root, lemma):
        return "anonymous"
    if committee(lemma) and legislature(span):
        return "government"
    if ent == "PERSON" and lemma not in GOVERNMENT_WORDS | ORGANISATION_NOUNS:
        return "person"  # not "the Embassy", whatever the model tagged
    if lemma in _OUTLET_HEADS and any(t.lower_ == "news" and t.i < root.i for t in span):
        return "organisation"  # "a news website", "Xinhua News Agency": an outlet
    if (lemma in DOCUMENT_NOUNS or _study_paper(root)) and root.pos_ == "NOUN":
        return "document"
    if government_acronym(span):
        return "government"  # "the CDC", "the NYPD", "the Centers for Disease Control"
    if armed_group(span) or independent_body(span, lemma):
        return "organisation"
    if words & GOVERNMENT_WORDS and (root.pos_ == "PROPN" or lemma in GOVERNMENT_WORDS):
        return "government"
    if _unit_of_body(root) or (root.pos_ == "NOUN" and lemma in PLACE_BODY_NOUNS):
        return "government"
    if ent == "GPE" and root.pos_ == "PROPN":
        return "government"  # a state acting: "China called for ..."
    if root.pos_ == "PROPN" and not words & _BODY_WORDS and _mistagged_person(root):
        return "person"
    if root.pos_ == "PROPN" and not words & _BODY_WORDS and _mistagged_state(span, root):
        return "government"  # "Romania confirmed", tagged ORG here, GPE elsewhere
    if ent == "ORG" or lemma in ORGANISATION_NOUNS or lemma in GOVERNMENT_WORDS:
        return "government" if words & GOVERNMENT_WORDS else "organisation"
    described = described_elsewhere(root) if root.pos_ == "PROPN" and ent != "PERSON" else None
    if described is not None:
        return described  # "According to Politiken", after "Politiken newspaper"
    if root.pos_ == "PROPN" and ent in ("", "PERSON"):
        return "person"
    return "anonymous"


#: Words that make a "paper" a study, not a newspaper ("a recent scientific paper").
_STUDY_WORDS = frozenset(
    {"scientific", "research", "academic", "white", "policy", "working", "discussion"}
)


def _study_paper(root: Token) -> bool:
    """Whether ``root`` is a paper one writes, not a newspaper: "a scientific paper found"."""
    if root.lemma_.lower() != "paper":
        return False
    return any(c.dep_ in ("amod", "compound") and c.lower_ in _STUDY_WORDS for c in root.children)


def unnamed_people(root: Token, lemma: str) -> bool:
    """Whether a plural head noun names unnamed people ("officials", "health authorities").

    By the annotation convention an unnamed group of people is an anonymous source,
    whoever they work for: "Canadian officials", "authorities", "the MPs", "witnesses".
    ``lemma`` is the head's lemma (:func:`_lemma`).
    """
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    singular = root.lower_.removesuffix("s")
    if root.tag_ not in _PLURAL_TAGS:  # "the MPs" tagged a singular name: its spelling tells
        return singular != root.lower_ and singular in PEOPLE_NOUNS
    return lemma in PEOPLE_NOUNS or singular in PEOPLE_NOUNS


def described_elsewhere(root: Token) -> str | None:
    """The kind a body noun gives the same name elsewhere in the article, if any.

    "Kjos told Politiken newspaper … According to Politiken": an organisation;
    "Low-cost airline Norwegian … Norwegian reveals": one name, one kind.
    """
    for tok in root.doc:
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


def _mistagged_person(root: Token) -> bool:
    """Whether a proper name the model did not tag as a person is one all the same.

    A speaking name tagged as a thing ("explains Haidar", tagged PRODUCT), or a name
    tagged ORG here that the article tags PERSON more often than ORG elsewhere
    ("Nadia Moayyad said", then "Ms. Moayyad died"): one name, one entity over the
    article.
    """
    if root.ent_type_ in _THING_ENTS:
        return True
    if root.ent_type_ != "ORG":
        return False
    others = Counter(t.ent_type_ for t in root.doc if t.lower_ == root.lower_ and t.i != root.i)
    return others["PERSON"] > others["ORG"]


def _mistagged_state(span: Span, root: Token) -> bool:
    """Whether a one-word name tagged ORG here is a state the article tags GPE more often.

    "Romania confirmed another outbreak", tagged ORG, after "cases in Russia, Romania
    and Macedonia": one name, one entity over the article, a state acting.  A longer
    name ending in it is a body of its own ("ABC Australia").
    """
    if root.ent_type_ != "ORG" or any(t.i != root.i and t.pos_ == "PROPN" for t in span):
        return False
    others = Counter(t.ent_type_ for t in root.doc if t.lower_ == root.lower_ and t.i != root.i)
    return others["GPE"] > others["ORG"]


def _unit_of_body(root: Token) -> bool:
    """Whether ``root`` names a unit of a government body ("the army command").

    A noun compounded with a government word that is not a person ("the police
    officer" is one).
    """
    if root.pos_ != "NOUN" or descriptor_kind(root) == "person":
        return False
    return any(c.dep_ == "compound" and _lemma(c) in GOVERNMENT_WORDS for c in root.children)


def descriptor_kind(noun: Token) -> str | None:
    """The kind a common noun gives the name it describes ("the tabloid Vechir"), if any."""
    lemma = _lemma(noun)
    if lemma in GOVERNMENT_WORDS:
        return "government"
    if lemma in ORGANISATION_NOUNS:
        return "organisation"
    if lemma in PEOPLE_NOUNS or lemma.endswith(_PEOPLE_ENDINGS):
        return "person"
    return None


def can_speak(span: Span) -> bool:
    """Whether ``span`` can be a source: a name, a pronoun, people, a body or a document.

    "The command centre incident suggests ..." and "The 6th edition of Gisec
    promises ..." have things as subjects: no one is speaking.
    """
    root = _head(span)
    if root.pos_ in ("PRON", "PROPN") or root.ent_type_ in _NAME_ENTS:
        return True
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in root.children):
        return True  # "UN special rapporteur on ..., Ben Emmerson, described"
    lemma = _lemma(root)
    if lemma in PEOPLE_NOUNS or lemma in ORGANISATION_NOUNS or lemma in GOVERNMENT_WORDS:
        return True
    if lemma in PLACE_BODY_NOUNS:
        return True
    if lemma in DOCUMENT_NOUNS:
        return True
    return root.pos_ == "NOUN" and lemma.endswith(_PEOPLE_ENDINGS)


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
