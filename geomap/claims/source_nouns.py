"""The nouns that name sources, by kind, and whether a phrase can be a source at all.

Word lists of government bodies, organisations, documents and unnamed people,
read by :mod:`geomap.claims.kinds` (the kind of a speaker) and the modules that
cut names (:func:`descriptor_kind`: "the tabloid Vechir" is an organisation);
:func:`can_speak`: whether a phrase can be a source.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from geomap.claims.bodies import COURT_NOUNS
from geomap.claims.headline_nouns import headline_noun
from geomap.claims.lexicon import SPEECH_NOUNS

#: Words that make a body a government one ("the Ministry of Commerce", "Henrico County police").
GOVERNMENT_WORDS: frozenset[str] = frozenset(
    {
        "ministry", "department", "government", "administration", "police", "council",
        "parliament", "senate", "congress", "embassy", "consulate", "kremlin", "cabinet",
        "military", "army", "navy", "presidency", "commission", "authority", "authorities",
        "office", "sheriff", "municipality", "agency", "prosecutor",
        "pentagon", "regime", "force", "forces", "directorate", "nation", "country",
        "secretariat", "inspectorate", "bureau", "institute", "municipal", "enforcement",
        "brigade", "patrol", "prefecture", "junta", "border-guard", "coastguard",
        "coast-guard", "command",
    }
)  # fmt: skip

#: Head nouns of a place that speaks through its government ("the city said", "the
#: country's capital of Beijing reported"): only as the head, never a name's word.
PLACE_BODY_NOUNS: frozenset[str] = frozenset({"city", "capital", "town", "county", "province"})

#: Closed compounds of a firm's trade that name no one's job ("the carmaker", "German
#: carmaker Volkswagen"; not "filmmaker" or "lawmaker", people).
_INDUSTRY_MAKERS = frozenset(
    {"carmaker", "automaker", "chipmaker", "drugmaker", "steelmaker", "planemaker", "truckmaker"}
)

#: Head nouns of organisations that are not (necessarily) government.
ORGANISATION_NOUNS: frozenset[str] = frozenset(
    {
        "company", "firm", "corporation", "charity", "organisation", "organization",
        "group", "bank", "university", "hospital", "school", "club", "team", "union",
        "association", "federation", "league", "foundation", "society", "party",
        "campaign", "coalition", "alliance", "network", "channel", "tv", "television",
        "radio", "newspaper", "paper", "service", "board", "committee", "center",
        "centre", "manufacturer", "maker", "producer", "operator", "airline", "retailer",
        "fund", "mission", "delegation", "watchdog", "regulator", "nations", "media", "ngo",
        "nonprofit", "non-profit", "think-tank", "thinktank", "insurer", "utility",
        "tabloid", "broadcaster", "daily", "magazine", "outlet", "publisher", "unit",
        "subsidiary", "division", "affiliate", "lab", "laboratory", "clinic", "institution",
        "chain", "brand", "giant", "conglomerate", "lender", "carrier", "startup", "supplier",
        *_INDUSTRY_MAKERS, *COURT_NOUNS,
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
        "petition", "publication", "indicator", "chart", "resolution", "ad", "advert",
        "advertisement", "commercial",
    }
)  # fmt: skip

#: Heads that "news" before them makes an outlet ("news website", "News Agency").
OUTLET_HEADS = frozenset(
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
        "mp", "graduate", "native", "prosecutor", "surgeon", "physician", "cleric",
        "clergy", "elder", "monk", "nun", "rabbi", "detective", "medic", "paramedic",
        "prefect",
    }
)  # fmt: skip

#: Nouns of an office or post one person holds: told whose or which ("Pawlenty's
#: spokesman", "the defence minister", "the head of state"), they name that person.
OFFICE_NOUNS: frozenset[str] = frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "minister", "president", "premier",
        "chancellor", "governor", "mayor", "chief", "head", "director", "envoy", "ambassador",
        "commander", "secretary", "lawyer", "attorney", "aide", "adviser", "advisor",
        "deputy", "prosecutor", "king", "queen", "pope", "executive", "chairman",
        "chairwoman", "coach", "captain", "prefect",
    }
)  # fmt: skip

#: Endings of nouns for people ("forecaster", "inspector", "scientist", "historian",
#: "employee").
PEOPLE_ENDINGS: tuple[str, ...] = ("er", "or", "ist", "ian", "man", "men", "woman", "ee")
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
#: Entity types of names of things, which do not speak: a speaking one is a person.
THING_ENTS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})
#: Plural tags: "officials", "MPs", "health authorities" name unnamed people.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
BODY_WORDS = GOVERNMENT_WORDS | ORGANISATION_NOUNS
#: The speaker kinds of a body (not a person, a document or the journalist).
BODY_KINDS = frozenset({"organisation", "government"})
_LISTED = GOVERNMENT_WORDS | ORGANISATION_NOUNS | DOCUMENT_NOUNS | PEOPLE_NOUNS


#: A site named by its address ("eonline.com", "www.bbc.co.uk"): letters, dots, a domain.
_WEB_NAME = re.compile(r"(?:www\.)?[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?:com|org|net|info|news|[a-z]{2})")


def web_name(tok: Token) -> bool:
    """Whether ``tok`` is a site named by its address: "…, reports eonline.com." speaks."""
    return _WEB_NAME.fullmatch(tok.text) is not None


def head_of(span: Span) -> Token:
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


def listed_lemma(tok: Token) -> str:
    """The token's lemma, or its lowercase form when only that is a listed word.

    "media" is lemmatised "medium". A compound written as two words whose hyphenated or
    closed form is listed is that word, before its head alone: "think tank" is
    "think-tank", "the border guard" a "border-guard" (a state's service), not a guard.
    """
    lemma = tok.lemma_.lower()
    if tok.i > 0:
        before = tok.doc[tok.i - 1]
        if before.dep_ == "compound" and before.head.i == tok.i:
            for joined in (f"{before.lower_}-{lemma}", f"{before.lower_}{lemma}"):
                if joined in _LISTED:
                    return joined
    if lemma not in _LISTED and tok.lower_ in _LISTED:
        return tok.lower_
    return lemma


def listed(tok: Token) -> bool:
    """Whether ``tok`` is a noun of the lists (a body, a document, people): "Staff"."""
    return listed_lemma(tok) in _LISTED or tok.lower_ in _LISTED


def descriptor_kind(noun: Token) -> str | None:
    """The kind a common noun gives the name it describes ("the tabloid Vechir"), if any."""
    lemma = listed_lemma(noun)
    if lemma in OUTLET_HEADS and any(c.lower_ == "news" for c in noun.lefts):
        return "organisation"  # "the state news agency IRNA": an outlet
    if lemma in GOVERNMENT_WORDS:
        return "government"
    if lemma in ORGANISATION_NOUNS:
        return "organisation"
    if lemma in PEOPLE_NOUNS or lemma.endswith(PEOPLE_ENDINGS):
        return "person"
    return None


#: Nouns of a firm's trade that name no one's job ("producer", "channel" may: "TV channel
#: producer Daria Zhuk"), read right before a name by :func:`trade_before`.
TRADE_NOUNS = frozenset(
    {
        "chain", "giant", "brand", "conglomerate", "lender", "carrier", "startup", "supplier",
        "retailer", "manufacturer", "maker", "firm", "company", "corporation", "airline",
        "insurer", "bank", "utility", *_INDUSTRY_MAKERS,
    }
)  # fmt: skip


def trade_before(root: Token) -> bool:
    """Whether a noun of a firm's trade comes right before the name ``root`` heads.

    "Sandwich chain Jersey Mike's said", "energy giant Gazprom said": a compound noun
    of the name among :data:`TRADE_NOUNS`, right before the name's first word, the
    name's own words between it and the root.
    """
    for child in root.lefts:
        if child.dep_ == "compound" and child.pos_ == "NOUN":
            between = root.doc[child.i + 1 : root.i]
            if not all(t.pos_ == "PROPN" for t in between):
                continue
            return listed_lemma(child) in TRADE_NOUNS
    return False


def can_speak(span: Span) -> bool:
    """Whether ``span`` can be a source: a name, a pronoun, people, a body or a document.

    "The command centre incident suggests ..." and "The 6th edition of Gisec
    promises ..." have things as subjects: no one is speaking.
    """
    if headline_noun(head_of(span)):  # "Bushfire threatens homes": a headline's capital
        return common_source(head_of(span))
    root = head_of(span)
    if root.pos_ in ("PRON", "PROPN") or root.ent_type_ in _NAME_ENTS or web_name(root):
        return True
    if any(t.dep_ == "appos" and t.ent_type_ == "PERSON" for t in span):
        return True  # "UN special rapporteur on ..., Ben Emmerson, described", also one the
        # parser hung on the phrase's last noun ("The chief executive of SkyNord, Lars Holm,")
    lemma = listed_lemma(root)
    if lemma in PEOPLE_NOUNS or lemma in ORGANISATION_NOUNS or lemma in GOVERNMENT_WORDS:
        return True
    if lemma in PLACE_BODY_NOUNS:
        return True
    if lemma in DOCUMENT_NOUNS:
        return True
    return root.pos_ == "NOUN" and lemma.endswith(PEOPLE_ENDINGS)


def common_source(noun: Token) -> bool:
    """Whether a common noun can be a source by its word: people, a body or a document.

    Read for a word a headline's case capitalised (:mod:`geomap.claims.headline_nouns`):
    "Firefighter warns …" can speak, "Bushfire threatens …" cannot.
    """
    lemma = listed_lemma(noun)
    return lemma in _LISTED or lemma in PLACE_BODY_NOUNS or lemma.endswith(PEOPLE_ENDINGS)


def listed_source(noun: Token) -> bool:
    """Whether a common noun is a source by the lists alone, not by its ending.

    "Kharkiv governor: …" quotes the governor; "Lachin corridor: the road …" ends in
    "-or" as "governor" does and names a place's topic, no one speaking (user73b).
    """
    lemma = listed_lemma(noun)
    return lemma in _LISTED or lemma in PLACE_BODY_NOUNS


#: Nouns for a publication's own journalists ("Our reporter in Conwy says …"): told as
#: "our"/"my", the publication speaks (the journalist's claim; in a quotation, the
#: quotation's speaker's: "“Our team in Kyiv says …,” X said").
JOURNALIST_NOUNS = frozenset(
    {"reporter", "correspondent", "journalist", "editor", "columnist", "reporting", "team"}
)


def own_journalist(tok: Token) -> bool:
    """Whether ``tok`` heads "our reporter", "our correspondent in Kharkiv", "my colleague".

    A live blog's or a newspaper's own staff is the publication: no source of its own.
    """
    if tok.lemma_.lower() not in JOURNALIST_NOUNS | {"colleague"}:
        return False
    return any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in tok.children)


def unnamed_one(root: Token, lemma: str) -> bool:
    """Whether a singular noun for a person told by "a" names one unnamed person.

    "A United Nations official", "an EU diplomat": anonymous, whoever they work for, as
    unnamed groups of people are (:func:`geomap.claims.kinds.unnamed_people`).
    """
    dets = [c.lower_ for c in root.children if c.dep_ == "det"]
    return root.pos_ == "NOUN" and lemma in PEOPLE_NOUNS and dets in (["a"], ["an"])
