"""Verbs of saying used for acts, and "continued" used for saying (issue 17).

Some verbs of the lexicon do something to a plain object instead of reporting: "Peter
Beattie has declared a state of emergency in Innisfail", "Connecticut legislators rejected
emancipation bills", "the hospital admitted another patient"; an infinitive hung on a noun
says nothing ("the ninth country in the EU to confirm Avian Flu"); a quotation's "The
statement continued: “…”" is a saying whose verb is none elsewhere ("fighting continued in
Kharkiv").  :func:`speech_use` tells the reporting use apart;
:func:`geomap.claims.cues.is_reporting_verb` asks it.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from geomap.claims.source_nouns import DOCUMENT_NOUNS, PEOPLE_ENDINGS, PEOPLE_NOUNS

#: Verbs that do what their plain object names, without a clause or a predicate:
#: "declared a state of emergency", "declared war", "concludes a marathon tour";
#: "declared that …", "declared the town safe", "the report concludes that …" and "“…,”
#: he declared." report.
ACT_OBJECT_VERBS: frozenset[str] = frozenset({"declare", "conclude"})

#: Verbs that report a stance only on something said or with "as": "rejected the
#: allegations", "dismissed the deployment as a provocation"; "rejected emancipation
#: bills", "dismissed the employees" are acts.
STANCE_VERBS: frozenset[str] = frozenset({"reject", "dismiss"})

#: Objects of a stance verb that are something said or thought, beside the speech nouns.
CLAIM_OBJECTS: frozenset[str] = frozenset(
    {
        "accusation", "allegation", "assertion", "charge", "claim", "criticism", "idea",
        "notion", "suggestion", "view", "argument", "theory", "rumour", "rumor", "report",
        "statement", "comment", "remark", "account", "version", "finding", "conclusion",
        "speculation", "assessment", "characterization", "characterisation",
    }
)  # fmt: skip

#: Words that rank a noun an infinitive qualifies ("the first state to report", "the 14th").
_RANKS = re.compile(
    r"\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|last|only|next|latest"
)
#: Verbs of an object and its predicate ("found her dead", "declared him dead").
_OBJECT_PREDICATE_VERBS: frozenset[str] = frozenset({"find", "declare"})
#: Subjects that are anyone at all: with a modal, an appeal to the reader.
_ANYONE: frozenset[str] = frozenset({"anyone", "anybody", "whoever"})
#: Who a hospital, school or club admits, beside the nouns for people.
_ADMITTED: frozenset[str] = frozenset({"patient", "pupil", "applicant", "refugee", "migrant"})

#: Dependencies of a clause or predicate below a verb: with one, it reports.
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "oprd", "parataxis"})
#: What a verb of saying may follow when it closes a quotation or a clause.
_CLOSERS = frozenset({'"', "”", "’", "'", "''", "»", ","})


def _claim_like(obj: Token, speech_nouns: frozenset[str]) -> bool:
    """Whether an object names something said ("the allegations", "all of the claims")."""
    heads = [obj, *(p for c in obj.children if c.lower_ == "of" for p in c.children)]
    return any(h.lemma_.lower() in CLAIM_OBJECTS or h.lemma_.lower() in speech_nouns for h in heads)


def _predicate_without_object(verb: Token) -> bool:
    """Whether a verb that takes an object and its predicate has the predicate alone.

    "Woman found dead in Belgrade, Minn., house fire": "find" with "dead" and no object
    is a headline's passive (the woman was found), no one's finding; "police found her
    dead" and "found that …" keep theirs.
    """
    deps = {c.dep_ for c in verb.children}
    return "oprd" in deps and not deps & {"dobj", "ccomp", "xcomp", "aux", "auxpass"}


def _appeal(verb: Token) -> bool:
    """Whether ``verb`` appeals to the reader: "Anyone with information should call …".

    Its subject is anyone at all and a modal makes it a request, not something said.
    """
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in _ANYONE:
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children)


def _infinitive_of_a_noun(verb: Token) -> bool:
    """Whether ``verb`` is an infinitive that ranks or qualifies a noun, no saying.

    "a plan to announce …" (hung on the noun), "the ninth country in the EU to confirm
    Avian Flu" (the parser may make the ranked noun its subject).
    """
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ == "acl":
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(
        c.dep_ == "amod"
        and (c.ent_type_ == "ORDINAL" or _RANKS.fullmatch(c.lower_) or c.tag_ == "JJS")
        for c in subject.children
    )


def _finds_by_experience(verb: Token) -> bool:
    """Whether "find" tells an experience to come, not a finding reported.

    "Nelson residents will find it even easier to access services": a modal, a predicate
    and no clause, the subject no document ("the study found the rate higher", "it found
    Macedonia guilty" and "found that …" report); or what someone came upon, an infinitive
    of another verb's result ("arrived at 2:50 p.m. to find the child unresponsive").
    """
    children = list(verb.children)
    if any(c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") for c in children):
        return False  # "found that …"; an adjective's small clause is a predicate
    if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in children):
        return True  # "authorities arrived at 2:50 p.m. to find the child unresponsive"
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in children):
        return False  # "it also found Macedonia guilty": a court's finding
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() in DOCUMENT_NOUNS:
        return False
    return any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in children)


def _admits_someone(verb: Token) -> bool:
    """Whether "admit" takes in a person: "the hospital admitted another patient".

    Not "admitted the mistake", "admitted that …" (admissions).
    """
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN":
        return False
    lemma = obj.lemma_.lower()
    return lemma in _ADMITTED or lemma in PEOPLE_NOUNS or lemma.endswith(PEOPLE_ENDINGS)


def _continues_speech(verb: Token) -> bool:
    """Whether "continue" goes on saying: before a colon, or closing what was said.

    "The statement continued: “…”", "“…,” he continued.", "…, continued GTM Research";
    not "continued to fall", "continued shelling Kharkiv", "fighting continued in X".
    """
    doc = verb.doc
    if verb.i + 1 < len(doc) and doc[verb.i + 1].text == ":":
        return True
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False  # "continued to fall"
    return verb.i > 0 and doc[verb.i - 1].text in _CLOSERS


def speech_use(verb: Token, speech_nouns: frozenset[str]) -> bool:
    """Whether a verb of the lexicon is used to say something rather than to act.

    Parameters
    ----------
    verb
        A verb whose lemma is a reporting verb.
    speech_nouns
        Lemmas of nouns naming something said (the lexicon's).
    """
    lemma = verb.lemma_.lower()
    if _appeal(verb):
        return False  # "Anyone with information should call the Kansas City, Kan., police"
    if _infinitive_of_a_noun(verb):
        return False  # "the ninth country in the EU to confirm Avian Flu": nobody says it
    if lemma in _OBJECT_PREDICATE_VERBS and _predicate_without_object(verb):
        return False  # "Woman found dead in Belgrade": a headline's passive
    if lemma == "continue":
        return _continues_speech(verb)
    if lemma == "admit":
        return not _admits_someone(verb)
    if lemma == "find":
        return not _finds_by_experience(verb)
    if lemma == "ask" and _inquires(verb):
        return False  # "Celtic had asked about a winger who plays in Norway": a question
    if _by_doing(verb):
        return False  # "China has responded by perpetrating further violations": an act
    if lemma not in ACT_OBJECT_VERBS and lemma not in STANCE_VERBS:
        return True
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or any(c.dep_ in _COMPLEMENTS for c in verb.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return True  # "dismissed the deployment as a provocation": a characterisation
    return lemma in STANCE_VERBS and _claim_like(obj, speech_nouns)


#: Gerunds that say something: "responded by saying that …" still reports.
_SAYING_GERUNDS: frozenset[str] = frozenset(
    {
        "say", "state", "note", "tell", "point", "argue", "claim", "insist", "add",
        "explain", "write", "warn", "announce", "declare", "ask", "call", "urge",
        "reply", "suggest", "accuse", "deny", "describe", "post", "tweet", "issue",
    }
)  # fmt: skip


def _by_doing(verb: Token) -> bool:
    """Whether a verb of saying is answered by a deed: "responded by sending troops".

    The verb's only complement is "by" and a gerund that says nothing
    (:data:`_SAYING_GERUNDS`), with no clause, object or quotation of its own ("not by
    negotiating, but by perpetrating further violations"): the verb tells what was done.
    """
    children = list(verb.children)
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis", "dobj") for c in children):
        return False
    gerunds = [
        g
        for c in children
        if c.lower_ == "by" and c.dep_ in ("prep", "conj")
        for g in c.children
        if g.dep_ in ("pcomp", "pobj") and g.pos_ == "VERB" and g.tag_ in ("VBG", "")
    ]
    if not gerunds or any(g.lemma_.lower() in _SAYING_GERUNDS for g in gerunds):
        return False
    return not (verb.i > 0 and verb.doc[verb.i - 1].text in _CLOSERS)


def _inquires(verb: Token) -> bool:
    """Whether "ask" only inquires about something: "had asked about a winger".

    A question put "about" a thing, with no clause, quotation or request below the verb,
    claims nothing of it (a quoted question is said: "“Where is the aid?” she asked").
    """
    children = list(verb.children)
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "about" for c in children)


def reduced_passive(verb: Token) -> bool:
    """Whether ``verb`` is a bare past participle fronted before its clause: a passive.

    "When asked about his aims for the season, which starts at Brands Hatch, Collard
    responded": "asked" has no subject of its own, and the one the verb above has is who
    was asked, not who asked; without an agent no one speaks there.
    """
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.i > verb.head.i:
        return False  # fronted only: an "acl" VBN is often a finite verb misread
    deps = {c.dep_ for c in verb.children}
    return not deps & {"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "oprd"}
