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

from spacy.tokens import Span, Token

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
        "office", "sheriff", "municipality", "agency", "court", "prosecutor",
        "pentagon", "regime", "force", "forces", "directorate", "nation", "country",
        "secretariat", "inspectorate", "bureau", "institute",
    }
)  # fmt: skip

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
        "tabloid", "broadcaster", "daily", "magazine", "outlet", "publisher",
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
    }
)  # fmt: skip

#: Head nouns of people who are not named ("officials", "an expert", "the source").
PEOPLE_NOUNS: frozenset[str] = frozenset(
    {
        "official", "expert", "source", "resident", "witness", "spokesperson",
        "spokesman", "spokeswoman", "people", "person", "family", "relative", "victim",
        "chief", "head", "president", "minister", "general", "member", "colleague",
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
    }
)  # fmt: skip

#: Endings of nouns for people ("forecaster", "inspector", "scientist", "historian",
#: "employee").
_PEOPLE_ENDINGS: tuple[str, ...] = ("er", "or", "ist", "ian", "man", "men", "woman", "ee")
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
_LISTED = GOVERNMENT_WORDS | ORGANISATION_NOUNS | DOCUMENT_NOUNS | PEOPLE_NOUNS


def _head(span: Span) -> Token:
    return span.root


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
    if ent == "PERSON" and lemma not in GOVERNMENT_WORDS | ORGANISATION_NOUNS:
        return "person"  # not "the Embassy", whatever the model tagged
    if lemma in DOCUMENT_NOUNS and root.pos_ == "NOUN":
        return "document"
    if words & GOVERNMENT_WORDS and (root.pos_ == "PROPN" or lemma in GOVERNMENT_WORDS):
        return "government"
    if ent == "GPE" and root.pos_ == "PROPN":
        return "government"  # a state acting: "China called for ..."
    if ent == "ORG" or lemma in ORGANISATION_NOUNS or lemma in GOVERNMENT_WORDS:
        return "government" if words & GOVERNMENT_WORDS else "organisation"
    if root.pos_ == "PROPN" and ent in ("", "PERSON"):
        return "person"
    return "anonymous"


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
    lemma = _lemma(root)
    if lemma in PEOPLE_NOUNS or lemma in ORGANISATION_NOUNS or lemma in GOVERNMENT_WORDS:
        return True
    if lemma in DOCUMENT_NOUNS:
        return True
    return root.pos_ == "NOUN" and lemma.endswith(_PEOPLE_ENDINGS)


def agrees(pronoun: Token, antecedent: Span) -> bool:
    """Whether a pronoun can refer to ``antecedent``: he/she a person, it/they a body."""
    kind = speaker_kind(antecedent)
    low = pronoun.lower_
    if low in PERSON_PRONOUNS:
        return kind in ("person", "anonymous") and antecedent.root.tag_ not in ("NNS", "NNPS")
    if low in ("it", "its"):
        return kind in ("organisation", "government", "document")
    return kind != "document"
