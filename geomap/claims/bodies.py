"""Bodies whose kind their words alone do not tell.

Courts, rights bodies, the United Nations, aid agencies, armed groups, a legislature's
committees, a state's general staff and state agencies known by their initials (see
:mod:`geomap.claims.kinds`).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from spacy.tokens import Span, Token

from geomap.group_words import BRANCH_WORDS, names_a_group

#: Head nouns of courts: they judge the state too, so an organisation, not government
#: ("the Strasbourg court", "the European court of human rights").
COURT_NOUNS: frozenset[str] = frozenset({"court", "tribunal"})
#: Head nouns of a body that is an organisation when it watches over rights ("the Asia
#: Human Rights Commission"): a rights commission monitors states, it does not govern.
_RIGHTS_BODY_NOUNS = frozenset({"commission", "commissioner", "council", "committee", "agency"})

#: Head nouns of a committee, and the words that make one a legislature's ("the Senate
#: committee", "a parliamentary committee", "the cross-party Home Affairs Committee").
_COMMITTEE_NOUNS = frozenset({"committee", "subcommittee"})
_LEGISLATURE_WORDS = frozenset(
    {
        "parliament", "parliamentary", "senate", "congress", "congressional", "house",
        "commons", "lords", "assembly", "legislative", "legislature", "cross-party",
        "bipartisan", "select", "affairs",
    }
)  # fmt: skip
#: Words of the sector of bodies that are no state's: "aid agencies", "relief agencies".
_AID_WORDS = frozenset(
    {"aid", "relief", "humanitarian", "charity", "charitable", "voluntary", "non-governmental"}
)
#: Head nouns of a research body, and the words of study in its name that make it a think
#: tank, an organisation ("The Institute for the Study of War", "the Center for Strategic and
#: International Studies"); not a state's ("the National Institute for Space Research").
_RESEARCH_BODY_NOUNS = frozenset({"institute", "center", "centre", "council"})
_STUDY_WORDS = frozenset({"study", "studies", "research", "policy", "strategic"})
_STATE_NAME_WORDS = frozenset({"national", "federal", "state", "government", "royal"})

#: Words that make a staff a state's military command ("the Ukrainian general staff").
_COMMAND_STAFF_WORDS = frozenset({"general", "joint"})
#: Words of an armed group's own name ("the Free Syrian Army"), not of a state's army.
_ARMED_WORDS = frozenset({"army", "front", "brigade", "brigades", "militia", "movement"})
#: Words before a force's name that call it an armed group ("the rebel Tigray Defence Forces").
_GROUP_DESCRIPTORS = frozenset(
    {"rebel", "paramilitary", "militant", "insurgent", "separatist", "jihadist", "guerrilla"}
)
#: Words of a state's forces ("the Armed Forces", "Israel Defense Forces", "Special Operations
#: Forces"): a "Forces" name holding one is the state's, not an armed group's.
_STATE_FORCE_WORDS = frozenset(
    {
        "armed", "defence", "defense", "security", "air", "naval", "ground", "land",
        "special", "operations", "coalition", "allied", "government", "federal", "national",
        "royal", "border", "peacekeeping", "marine", "strategic", "rocket", "self-defense",
        "self-defence", "military",
    }
)  # fmt: skip


def independent_body(span: Span, lemma: str) -> bool:
    """Whether ``span`` names a body that is no state's government, whatever words it has.

    A court ("the court", "the European court of human rights"), a commission or
    council for rights ("the Asia Human Rights Commission") and the United Nations
    and its agencies ("the United Nations High Commissioner for Refugees (UNHCR)
    agency"), a think tank ("The Institute for the Study of War": a research body with
    a word of study in its name and no state's word): international or independent
    bodies, organisations by the annotation convention; ``lemma`` is the lemma of the
    span's head.
    """
    low = [t.lower_ for t in span]
    if lemma in COURT_NOUNS:
        return True
    if lemma in _RESEARCH_BODY_NOUNS and _STUDY_WORDS & set(low):
        return not _STATE_NAME_WORDS & set(low)
    if "rights" in low and lemma in _RIGHTS_BODY_NOUNS:
        return True
    if lemma == "agency" and _AID_WORDS & set(low):
        states = any(t.ent_type_ in ("GPE", "NORP") for t in span)
        return span.root.tag_ == "NNS" or not states  # "the US aid agency" is the state's
    return any(a == "united" and b == "nations" for a, b in pairwise(low))


def command_staff(root: Token) -> bool:
    """Whether ``root`` heads a state's military command: "the Ukrainian general staff".

    "Staff" alone are unnamed people ("Staff at the hospital said"); the general or
    joint staff is the body that commands an army, a government source.
    """
    if root.lemma_.lower() != "staff" or root.tag_ not in ("NN", "NNP"):
        return False
    return any(
        c.dep_ in ("amod", "compound") and c.lower_ in _COMMAND_STAFF_WORDS for c in root.children
    )


def un_initials(span: Span) -> bool:
    """Whether ``span`` names the United Nations by its initials ("the UN's office in Haiti").

    Whether the phrase is the body's or a person's ("UN special rapporteur …, Ben
    Emmerson") its head tells (:func:`geomap.claims.kinds.speaker_kind`).
    """
    return any(t.text in ("UN", "U.N.") for t in span)


def armed_group(span: Span) -> bool:
    """Whether ``span`` is the proper name of an armed group, not a state's forces.

    "The United Baloch Army", "the Free Syrian Army": a capitalised name ending in
    "Army" (or "Front", "Brigades", ...) with a word that is not a state's name or
    demonym before it; "the Syrian Army" and "the Pakistan Army" are the state's; a
    "Forces" name when no word of a state is in it ("the Rapid Support Forces";
    :func:`_group_forces`).
    """
    words = [t for t in span if not (t.dep_ == "det" or t.is_punct)]
    if group_branch(words):
        return True
    if len(words) >= 2 and words[-1].text in ("Forces", "Army") and _described_as_group(words):
        return True  # "the rebel Tigray Defence Forces"
    if len(words) >= 2 and words[-1].text == "Forces":
        return _group_forces(words[:-1])
    if len(words) < 2 or words[-1].lower_ not in _ARMED_WORDS or words[-1].is_lower:
        return False
    before = words[:-1]
    return any(t.ent_type_ not in ("GPE", "NORP") and not t.is_lower for t in before)


def _described_as_group(words: list[Token]) -> bool:
    """Whether a word right before the capitalised name calls it an armed group.

    "the rebel Tigray Defence Forces", "the paramilitary Rapid Support Forces": in the
    phrase or just before it (:data:`_GROUP_DESCRIPTORS`).
    """
    name = [t for t in words if not t.is_lower]
    if not name:
        return False
    first = name[0]
    before = first.doc[first.i - 1] if first.i > first.sent.start else None
    return before is not None and before.lower_ in _GROUP_DESCRIPTORS


def _group_forces(before: list[Token]) -> bool:
    """Whether the capitalised words before "Forces" name an armed group's forces.

    "the Rapid Support Forces": no word of a state (its name or demonym, a possessive
    one before the name, or a word of a state's forces, :data:`_STATE_FORCE_WORDS`)
    and all capitalised; "Israel Defense Forces", "the Armed Forces", "Ukraine's
    Special Operations Forces" are the state's.
    """
    state = any(
        t.ent_type_ in ("GPE", "NORP") or t.lower_ in _STATE_FORCE_WORDS or t.tag_ == "POS"
        for t in before
    )
    return not state and all(t.is_title or t.is_upper for t in before)


def group_branch(words: list[Token]) -> bool:
    """Whether ``words`` name a group's branch as a province: "Islamic State Sahel Province".

    A capitalised branch word (:data:`~geomap.group_words.BRANCH_WORDS`) ends the name,
    and words that name a group (:func:`~geomap.group_words.names_a_group`) come before its
    place's words: not "Helmand Province", "the Syrian Idlib Province", nor "the Helmand
    provincial government".
    """
    if len(words) < 3 or words[-1].lower_ not in BRANCH_WORDS or not words[-1].is_title:
        return False
    first_place = next((t.i for t in words[:-1] if t.ent_type_ in ("GPE", "LOC")), None)
    return names_a_group([t for t in words[:-1] if first_place is None or t.i < first_place])


def legislature(span: Span) -> bool:
    """Whether ``span`` holds a word of a legislature ("the Senate committee")."""
    words = {t.lower_ for t in span} | {t.lemma_.lower() for t in span}
    return bool(words & _LEGISLATURE_WORDS) or "cross-party" in span.text.lower()


def committee(lemma: str) -> bool:
    """Whether a head lemma names a committee."""
    return lemma in _COMMITTEE_NOUNS


#: Initials of national government agencies news names without saying what they are
#: ("the CDC", "the USDA", "DEFRA").
GOVERNMENT_ACRONYMS: frozenset[str] = frozenset(
    {
        "CDC", "FDA", "USDA", "EPA", "FBI", "CIA", "NSA", "DHS", "DOJ", "DOD", "DOE",
        "DOT", "HHS", "NIH", "FEMA", "NASA", "NOAA", "DEA", "ATF", "ICE", "IRS", "FAA",
        "NTSB", "USGS", "NWS", "TSA", "CBP", "DEFRA", "NHS", "MOD", "FCO", "DOH", "DFID",
    }
)  # fmt: skip


def government_acronym(span: Span) -> bool:
    """Whether ``span`` is a state agency by its initials, or a name they spell.

    "the CDC", "the NYPD" (a police department: initials ending "PD"), and "the
    Centers for Disease Control and Prevention" (the initials of its capitalised words,
    up to an "and", spell CDC).
    """
    words = [t for t in span if not (t.dep_ == "det" or t.is_punct)]
    if len(words) == 1:
        text = words[0].text
        if text.isupper() and text.isalpha():
            return text in GOVERNMENT_ACRONYMS or (len(text) in (3, 4, 5) and text.endswith("PD"))
        return False
    initials = ""
    for tok in words:
        if tok.lower_ == "and":
            if initials in GOVERNMENT_ACRONYMS:
                return True
            continue
        if tok.is_title:
            initials += tok.text[0]
        elif not tok.is_stop:
            return False
    return initials in GOVERNMENT_ACRONYMS


#: Heads of a public service's proper name ("the Kenya Wildlife Service", "the
#: Maharashtra Pollution Control Board", "China's Eastern Theater Command"): the state's
#: when the name holds the state's or region's name; alone ("the Ambulance Service",
#: "the Board") they may be anyone's.
_PUBLIC_SERVICE_HEADS = frozenset({"service", "board", "command", "registrar"})


def state_service(span: Span, state_word: Callable[[Token], bool]) -> bool:
    """Whether ``span`` is a public service's proper name that a state's name qualifies.

    The head is a capitalised :data:`_PUBLIC_SERVICE_HEADS` word, and a word of the name
    before it (its compound or its possessive owner) is a state or region by
    ``state_word`` (a GPE, or a place of the article): "the Kenya Wildlife Service",
    "China's Eastern Theater Command"; not "the Red Cross Service" nor "the
    Ambulance Service".
    """
    root = span.root
    if root.pos_ != "PROPN" or root.lower_ not in _PUBLIC_SERVICE_HEADS or root.is_lower:
        return False
    return any(
        t.i < root.i and t.pos_ == "PROPN" and t.dep_ in ("compound", "poss") and state_word(t)
        for t in span
    )


#: Entity types of a plural name told by "the" that names a group: "The Houthis".
_GROUP_ENTS = frozenset({"PERSON", "NORP"})


def group_kind(span: Span, body_words: frozenset[str]) -> str | None:
    """The kind of a named group or of the officials of a named body, if ``span`` is one.

    "The Houthis" (one plural name told by "the", tagged a person or a nationality) is a
    group that speaks as one: an organisation; not a nationality's plural ("The Russians",
    "The Palestinians", tagged NNPS), the people of a country. "Lamar County officials"
    (people of a body named by a proper name with a body word, ``body_words``, among its
    compounds, both capitalised) speak for that body: government. "Ukrainian officials", "Pentagon
    officials", "UK government officials" and "police officials" name no body of their
    own: not here.
    """
    root = span.root
    names = [t for t in span if t.pos_ == "PROPN"]
    low = root.lower_
    demonyms = root.ent_type_ == "NORP" and root.tag_ == "NNPS"  # "The Russians": people
    if names == [root] and root.ent_type_ in _GROUP_ENTS and low.endswith("s") and not demonyms:
        told = any(c.dep_ == "det" and c.lower_ == "the" for c in root.children)
        if told and not low.endswith("ss"):
            return "organisation"
    if root.pos_ != "NOUN" or root.tag_ != "NNS" or root.lemma_.lower() != "official":
        return None
    chain = [t for t in root.subtree if t.i < root.i and t.dep_ == "compound"]
    body = any(t.pos_ == "PROPN" and t.lower_ in body_words for t in chain)
    named = any(t.pos_ == "PROPN" and t.lower_ not in body_words for t in chain)
    return "government" if body and named else None
