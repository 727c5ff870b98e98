"""Who a cue of saying belongs to, read off the dependency parse.

The cues themselves are recognised in :mod:`geomap.claims.cues`.

* :func:`verb_subject`: the token naming who speaks for a reporting verb: its
  subject (one after the verb in "..., said Olena Hrytsenko"), the agent of a passive
  (also one the parser gave a subject: "Soldier ... confirmed as Ivan Petrov by the
  Ministry of Defence"), a
  subject shared with the verb it is coordinated with or subordinate to, or the
  noun phrase closing a sentence the parser left without subject ("..., police
  and officials at the hospital said."; the subjects the parser misplaced are found by
  :mod:`geomap.claims.misplaced_subjects`);
* :func:`speech_source`: the source of a speech noun ("the expert's claims", "a
  statement from the ministry", "the ministry issued a statement").
"""

from __future__ import annotations

from spacy.tokens import Token

from geomap.claims import lexicon as lx
from geomap.claims.acts import reduced_passive
from geomap.claims.apposed_subjects import (
    apposed_subject,
    closing_participle,
    fronted_apposition,
    split_quote_subject,
)
from geomap.claims.asides import aside_subject, asked_aside, participle_aside_subject
from geomap.claims.clauses import inverted_object
from geomap.claims.closing_subjects import closing_subject
from geomap.claims.cues import is_reporting_verb, is_speech_noun
from geomap.claims.datelines import past_dateline
from geomap.claims.frames import inverted_source
from geomap.claims.lexicon import Lexicon
from geomap.claims.misparses import (
    called_after_be,
    names_someone,
    predicated_root,
    said_to_be,
    series_subject,
)
from geomap.claims.misplaced_subjects import (
    apposition_as_subject,
    as_passive,
    before_a_day,
    conjunction_object,
    inverted_subject,
    name_before_verb,
    object_after_comma,
    subject_after_comma,
    time_word,
)
from geomap.claims.source_nouns import can_speak, descriptor_kind, own_journalist
from geomap.claims.verdicts import verdict_agent

_NOMINAL = frozenset({"NOUN", "PROPN"})
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def verb_subject(verb: Token, lex: Lexicon) -> Token | None:
    """The token naming who speaks for ``verb`` (before pronoun/anaphor resolution)."""
    if asked_aside(verb) is not None:
        return None  # "X, asked about Y, said": X was asked, the journalist asks
    children = list(verb.children)
    agent = next((c for c in children if c.dep_ == "agent"), None)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children)
    passive = passive or as_passive(verb) or said_to_be(verb) or called_after_be(verb)
    passive = passive or reduced_passive(verb)  # "When asked about X, Collard responded"
    if agent is not None and not passive and _means_agent(agent, children):
        agent = None  # "X said by telephone that …": an active verb's "by" is the means
    if passive or agent is not None:
        if agent is None:
            return verdict_agent(verb)  # "was voted the … of the Year by the Association"
        return next((c for c in agent.children if c.dep_ == "pobj"), None)
    # a stray symbol the parser made a subject ('said +Ivan Franko') names no one
    subjects = [c for c in children if c.dep_ == "nsubj" and names_someone(c)]
    if any(own_journalist(c) for c in subjects):
        return None  # "Our reporter in Conwy says …": the publication, the journalist's
    if subjects:
        before = [c for c in subjects if c.i < verb.i]
        subj = inverted_subject(verb, subjects) or object_after_comma(verb)  # "…, said police"
        subj = subj or apposition_as_subject(verb, subjects)  # "X in Aden, the seat of …,"
        subj = subj or (before or subjects)[-1]  # the nearest: "- the first stop ... - the nations"
        subj = subject_after_comma(verb, subj) or split_quote_subject(verb, subj) or subj
        subj = past_dateline(subj)  # "BAMAKO (Reuters) - Mali's ruling junta said"
        thing = not can_speak(subj.doc[subj.i : subj.i + 1])  # "a crash near Aarhus, his
        if thing and verb.lemma_.lower() in lex.saying:  # team, Nordlys Cycling, said"
            subj = _apposed_below(verb, subj) or subj
        return inverted_source(subj, verb) or subj
    apposed = aside_subject(verb) or apposed_subject(verb)  # "X, asked about Y, said"; "…,
    apposed = apposed or participle_aside_subject(verb)  # "“…,” an official, speaking …, told"
    # the governor of Belgorod, Vyacheslav Gladkov, said"
    dated = apposed or before_a_day(verb) or conjunction_object(verb)  # "after a report said"
    dated = dated or name_before_verb(verb)  # "…, chief executive Pekka Lundmark told"
    if dated is not None:
        return dated  # "Police Chief Ivan Petrov Monday said": the parse heads it by "Monday"
    inverted = inverted_object(verb) or object_after_comma(verb)
    if inverted is not None:
        return inverted  # `“…,” added the spokesman.`
    if closing_participle(verb, verb.sent.root):  # "…, the port authority estimated."
        return verb.head
    if verb.dep_ == "advcl" and verb.i > verb.head.i:  # "…, the S.C. Highway Patrol
        closing = closing_subject(verb)  # reported.": the patrol, hung on a noun before
        if closing is not None and can_speak(verb.doc[closing.i : closing.i + 1]):
            return closing
    inherited = _inherited_subject(verb, lex)
    if inherited is not None or verb.dep_ in ("acl", "relcl", "conj", "xcomp", "advcl"):
        return inherited
    return series_subject(verb) or closing_subject(verb) or fronted_apposition(verb)


def _apposed_below(verb: Token, subj: Token) -> Token | None:
    """A speaker set off by commas at the end of a subject that cannot speak, if any.

    "Eriksen will miss the Tour after a crash near Aarhus, his team, Nordlys Cycling,
    said": the parser made "crash" the subject and hung the team on the place before it.
    Only for a verb of saying proper, which takes any subject as a speaker; others
    already need one that can speak ("The fall of SkyNord, Lars Holm, wrote": no one).
    """
    apposed = apposed_subject(verb)
    if apposed is None or not subj.left_edge.i <= apposed.i <= subj.right_edge.i:
        return None
    return apposed if apposed.i > subj.i else None


def _means_agent(agent: Token, children: list[Token]) -> bool:
    """Whether a verb's "by" phrase is the means of saying, not who says it.

    "X said by telephone that …": the verb has a subject that names someone and the
    object of "by" cannot speak; "Soldier … confirmed dead by the ministry" keeps its
    agent (a body speaks).
    """
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if pobj is None or can_speak(pobj.doc[pobj.i : pobj.i + 1]):
        return False
    return any(c.dep_ == "nsubj" and names_someone(c) for c in children)


#: Verbs whose object is what their subject speaks through: "X will use the lectures to
#: argue that …", "took the opportunity to say": X argues, X says.
_PURPOSE_VERBS = frozenset({"use", "take", "seize"})


#: Prepositions of a gerund of saying whose subject is that of the verb above: "responded
#: by saying", "starts by telling", "in announcing the plan, the ministry said".
_MEANS = frozenset({"by", "in"})


def _inherited_subject(verb: Token, lex: Lexicon) -> Token | None:
    """The subject a verb without one shares with the verb it depends on.

    "X acknowledged ... and said" (``conj``), "other than to say" (the nearest verb
    above), "challenged the council to tell" (the object of the verb above), "X asked why
    the critics stayed quiet, arguing ..." (a participle after a comma belongs to the
    sentence's reporting verb, wherever the parser hung it, or to the one whose clause it
    closes: "a report which found that X committed genocide …, stating …"), "a petition was
    distributed ..., calling on ..." (the subject of a passive without agent), "X was
    quoted as saying" (the subject of the passive "as" depends on).
    """
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ == "pcomp" and head.lower_ == "as" and head.head.i != head.i:
        quoted = head.head  # "One aid worker was quoted as saying …": the worker says,
        deps = ("nsubjpass", "dobj")  # and "Interfax quoted the ministry as saying": it says
        return next((c for c in quoted.children if c.dep_ in deps), None)
    if verb.dep_ == "pcomp" and head.lower_ in _MEANS and head.head.pos_ in ("VERB", "AUX"):
        above = head.head  # "It starts by telling people that …": what starts tells
        return next((c for c in above.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.doc[verb.i - 1].text == ",":
        root = verb.sent.root
        if root.i != head.i and root.i != verb.i and is_reporting_verb(root, lex):
            return verb_subject(root, lex)
        if head.dep_ == "ccomp" and is_reporting_verb(head.head, lex):
            return verb_subject(head.head, lex)  # "found that X committed …, stating …"
    if verb.dep_ == "xcomp" and head.lemma_.lower() not in _PURPOSE_VERBS:
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        if obj is not None:  # "challenged the council to tell": the object tells
            return obj
    upper = _coordinated_saying(verb, lex)
    if upper is not None:
        return verb_subject(upper, lex)
    if verb.dep_ in ("conj", "xcomp", "advcl"):
        steps = 0
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and steps < 3:
            head, steps = head.head, steps + 1
        if head.pos_ in ("VERB", "AUX"):
            return verb_subject(head, lex) or _passive_subject(verb, head)
    if verb.dep_ in ("acl", "relcl") and head.pos_ in _NOMINAL:
        if is_speech_noun(head, lex):
            return head if speech_source(head, lex) is not None else None
        if head.pos_ == "PROPN" or head.ent_type_ in _SPEAKER_ENTS:
            return head
        if head.dep_ == "ROOT" and any(c.dep_ == "ccomp" for c in verb.children):
            return head  # "A Kyiv man admitted ... that he ...", parsed as a noun phrase
        speaks = can_speak(head.doc[head.i : head.i + 1])
        if head.dep_ == "ROOT" and predicated_root(verb) and speaks:
            return head  # '"Downbeat" magazine called A Trane one of the best clubs'
        if verb.tag_ == "VBG" and head.pos_ == "NOUN" and speaks:
            if head.dep_ == "dobj" and any(c.tag_ == "TO" for c in head.head.children):
                return None  # "to adopt a resolution urging …": not yet made, not saying
            return head  # "with residents there claiming that …": the residents claim
    return None


def _coordinated_saying(verb: Token, lex: Lexicon) -> Token | None:
    """The verb of saying a second one goes on from, when the parser hung it lower.

    "She has maintained that her daughter died … and has argued that …": "argued",
    with an auxiliary of its own, was hung on "died", the reported verb, which has
    none; it is coordinated with "maintained", whose subject argues.
    """
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or head.head.i == head.i:
        return None
    upper = head.head
    if not is_reporting_verb(upper, lex):
        return None
    own = {c.lemma_.lower() for c in verb.children if c.dep_ == "aux"}
    theirs = {c.lemma_.lower() for c in upper.children if c.dep_ == "aux"}
    if not own or not own & theirs or any(c.dep_ == "aux" for c in head.children):
        return None
    return upper


#: Dependents that give a coordinated verb a subject or voice of its own.
_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "auxpass", "csubj", "expl"})
#: Dependencies of a passive whose subject a coordinated saying may share: a main verb.
_MAIN = frozenset({"ROOT", "conj"})


def _passive_subject(verb: Token, head: Token) -> Token | None:
    """The subject of a passive without agent that a participle of saying goes on from.

    "A petition was distributed around Australia, calling on the government ...": the
    petition calls; only a participle set off by a comma after the passive verb.  A
    finite verb of saying coordinated after a passive one shares its subject too: "He was
    arrested but said he was innocent", "He's had opportunities … but said …" (read as
    a passive), when the passive is a main verb, not a reported one.
    """
    finite = verb.tag_ in ("VBD", "VBZ", "VBP")
    if verb.dep_ == "conj" and verb.i > head.i and finite:  # "He was arrested but said"
        if any(c.dep_ in _OWN_SUBJECT for c in verb.children) or head.dep_ not in _MAIN:
            return None  # "confirmed that the food was held … but denied": not the food
        return next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.doc[verb.i - 1].text != ",":
        return None
    if verb.i < head.i or any(c.dep_ == "agent" for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


def speech_source(noun: Token, lex: Lexicon) -> Token | None:
    """Source of a speech noun: "X's claims", "a statement from X", "X issued a statement".

    The speech a verb of saying speaks in is its speaker's: "X said in a statement, which
    also urged …" (the relative clause says what X's statement says).

    A possessive of time is no source: "today's press briefing", "Monday's statement".
    """
    for child in noun.children:
        if child.dep_ == "poss" and not time_word(child):
            return child
    for child in noun.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("from", "by"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and not _where_from(noun, child, pobj):
                return pobj
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lx.ISSUE_VERBS:
        return verb_subject(noun.head, lex)
    if noun.dep_ == "pobj" and noun.head.lower_ in _MEDIUM_PREPOSITIONS:
        verb = noun.head.head  # "said in a statement, which also urged …": the ministry's
        said = verb.pos_ == "VERB" and verb.lemma_.lower() in lex.verbs
        own = any(c.dep_ == "acl" for c in noun.children)  # "… while …": its own clause
        if noun.head.dep_ == "prep" and said and not own:
            return verb_subject(verb, lex)
    for child in noun.children:  # "a statement released by the armed forces"
        if child.dep_ == "acl" and child.lemma_.lower() in lx.ISSUE_VERBS:
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            if agent is not None:
                return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None


#: Prepositions of the speech a verb of saying speaks in ("said in a statement").
_MEDIUM_PREPOSITIONS = frozenset({"in", "via", "through"})
#: Entity types of a place a speech noun comes from ("reports from Hong Kong").
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _where_from(noun: Token, prep: Token, pobj: Token) -> bool:
    """Whether "from" a place tells where a speech noun comes from, not who made it.

    "media reports from Hong Kong", "police reports from Kharkiv": the noun's own
    compound names its source (a body or people, :func:`descriptor_kind`), so the place
    after "from" is where; "a statement from Kyiv" (no such compound) is Kyiv's.
    """
    if prep.lower_ != "from" or pobj.ent_type_ not in _PLACE_ENTS:
        return False
    return any(c.dep_ == "compound" and descriptor_kind(c) is not None for c in noun.children)
