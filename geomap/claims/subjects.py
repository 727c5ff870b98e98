"""Who a cue of saying belongs to, read off the dependency parse.

The cues themselves are recognised in :mod:`geomap.claims.cues`.

* :func:`verb_subject`: the token naming who speaks for a reporting verb: its
  subject (one after the verb in "..., said Olena Hrytsenko"), the agent of a passive
  (also one the parser gave a subject: "Soldier ... confirmed as Ivan Petrov by the
  Ministry of Defence"), a
  subject shared with the verb it is coordinated with or subordinate to, or the
  noun phrase closing a sentence the parser left without subject ("..., police
  and officials at the hospital said.");
* :func:`speech_source`: the source of a speech noun ("the expert's claims", "a
  statement from the ministry", "the ministry issued a statement").
"""

from __future__ import annotations

from spacy.tokens import Token

from geomap.claims import lexicon as lx
from geomap.claims.acts import reduced_passive
from geomap.claims.apposed_subjects import (
    apposed_subject,
    fronted_apposition,
    past_closing_time,
    split_quote_subject,
)
from geomap.claims.clauses import inverted_object
from geomap.claims.cues import is_reporting_verb, is_speech_noun
from geomap.claims.frames import inverted_source
from geomap.claims.lexicon import Lexicon
from geomap.claims.misparses import (
    called_after_be,
    names_someone,
    predicated_root,
    said_to_be,
    series_subject,
)
from geomap.claims.source_nouns import can_speak, descriptor_kind

_NOMINAL = frozenset({"NOUN", "PROPN"})
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def verb_subject(verb: Token, lex: Lexicon) -> Token | None:
    """The token naming who speaks for ``verb`` (before pronoun/anaphor resolution)."""
    children = list(verb.children)
    agent = next((c for c in children if c.dep_ == "agent"), None)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children)
    passive = passive or _as_passive(verb) or said_to_be(verb) or called_after_be(verb)
    passive = passive or reduced_passive(verb)  # "When asked about X, Collard responded"
    if passive or agent is not None:
        if agent is None:
            return None
        return next((c for c in agent.children if c.dep_ == "pobj"), None)
    # a stray symbol the parser made a subject ('said +Ivan Franko') names no one
    subjects = [c for c in children if c.dep_ == "nsubj" and names_someone(c)]
    if subjects:
        before = [c for c in subjects if c.i < verb.i]  # the nearest: "- the first stop ...
        subj = _inverted_subject(verb, subjects) or (before or subjects)[-1]  # - the nations"
        subj = _subject_after_comma(verb, subj) or split_quote_subject(verb, subj) or subj
        return inverted_source(subj, verb) or subj
    apposed = apposed_subject(verb)  # "…, the governor of Belgorod, Vyacheslav Gladkov, said"
    dated = apposed or _before_a_day(verb)
    if dated is not None:
        return dated  # "Police Chief Ivan Petrov Monday said": the parse heads it by "Monday"
    inverted = inverted_object(verb)
    if inverted is not None:
        return inverted  # `“…,” added the spokesman.`
    if verb.dep_ == "advcl" and verb.i > verb.head.i:  # "…, the S.C. Highway Patrol
        closing = _closing_subject(verb)  # reported.": the patrol, hung on a noun before
        if closing is not None and can_speak(verb.doc[closing.i : closing.i + 1]):
            return closing
    inherited = _inherited_subject(verb, lex)
    if inherited is not None or verb.dep_ in ("acl", "relcl", "conj", "xcomp", "advcl"):
        return inherited
    return series_subject(verb) or _closing_subject(verb) or fronted_apposition(verb)


def _before_a_day(verb: Token) -> Token | None:
    """The name the parse hung on a day word before a subjectless verb ("X Monday said").

    The parser reads "Ivan Petrov Monday said" as a time ("Monday") modified by a
    compound name: the name is the subject, the day no part of it.
    """
    for c in verb.children:
        if c.dep_ != "npadvmod" or c.i > verb.i or not _time_word(c):
            continue
        names = [n for n in c.children if n.dep_ == "compound" and n.pos_ in _NOMINAL]
        if names and names[-1].i == c.i - 1:
            return names[-1]
    return None


def _subject_after_comma(verb: Token, subj: Token) -> Token | None:
    """The noun phrase between a comma and the verb, when the parser's subject is before it.

    "Heavy rain flooded towns along the Rhine near Cologne, the mayor of Bonn told
    reporters.": the parser made "towns" the subject of "told" and hung "the mayor"
    on Cologne. A phrase that can speak, right after the last comma before the verb
    and running up to it, is the subject instead (not the end of a list: "the US,
    Canada and UK said").
    """
    doc = verb.doc
    comma = verb.i - 1
    while comma > subj.i and doc[comma].text != ",":
        if doc[comma].is_punct:
            return None
        comma -= 1
    if (
        comma <= subj.i
        or comma + 1 >= verb.i
        or doc[comma + 1].pos_ not in ("DET", "PROPN", "NOUN", "ADJ")
    ):
        return None
    phrase = doc[comma + 1 : verb.i]
    heads = [t for t in phrase if t.pos_ in _NOMINAL and not comma < t.head.i < verb.i]
    if len(heads) != 1 or any(t.pos_ in ("VERB", "AUX", "PRON", "CCONJ") for t in phrase):
        return None  # a list's last items ("the US, Canada and UK said") are no phrase
    head = heads[0]
    return head if can_speak(doc[head.i : head.i + 1]) else None


def _as_passive(verb: Token) -> bool:
    """A headline's passive without auxiliary: "John Brennan confirmed as CIA director".

    A verb of :data:`~geomap.claims.lexicon.AS_OBJECT_VERBS` with "as" and no object,
    clause or auxiliary: what it names is its subject, not who says it.
    """
    if verb.lemma_.lower() not in lx.AS_OBJECT_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return False
    deps = {c.dep_ for c in verb.children}
    if deps & {"dobj", "ccomp", "xcomp", "aux", "parataxis"}:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def _inverted_subject(verb: Token, subjects: list[Token]) -> Token | None:
    """The subject after the verb in "..., said Olena Hrytsenko" (the parser may give two)."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text not in (",", '"', "”", "’", "'"):
        return None
    first = verb.i + 1  # the first word after the verb ('said +Ivan Franko': past a symbol)
    while first < len(doc) - 1 and not any(ch.isalnum() for ch in doc[first].text):
        first += 1
    return next((s for s in subjects if s.left_edge.i in (verb.i + 1, first)), None)


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


def _passive_subject(verb: Token, head: Token) -> Token | None:
    """The subject of a passive without agent that a participle of saying goes on from.

    "A petition was distributed around Australia, calling on the government ...": the
    petition calls; only a participle set off by a comma after the passive verb.
    """
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.doc[verb.i - 1].text != ",":
        return None
    if verb.i < head.i or any(c.dep_ == "agent" for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


def _closing_subject(verb: Token) -> Token | None:
    """The noun phrase between the last comma and a sentence-closing verb.

    "In another incident, 21 were killed ..., police and officials at the hospital
    said." when the parser attached "police" elsewhere and left "said" without subject;
    the verb's object may close the sentence after it ("... told reporters.").
    """
    doc = verb.doc
    end = _object_end(verb)
    after = doc[end] if end < len(doc) else None
    if after is not None and not after.is_punct and not after.is_space:
        return None
    start = verb.i
    while start > verb.sent.start and not doc[start - 1].is_punct:
        start -= 1
    phrase = doc[start : verb.i]
    if not len(phrase) or start == verb.sent.start:
        return None
    heads = [t for t in phrase if t.pos_ in _NOMINAL and not start <= t.head.i < verb.i]
    return heads[0] if heads else None


def _object_end(verb: Token) -> int:
    """The index after the verb's object that ends the sentence, or after the verb.

    "..., fire service spokeswoman Maria Papadaki told reporters.": who was told
    closes the sentence as the bare verb would.
    """
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    if obj is None or obj.left_edge.i != verb.i + 1:
        return past_closing_time(verb, verb.i + 1)  # "…, the Red Cross said Tuesday."
    return obj.right_edge.i + 1


def speech_source(noun: Token, lex: Lexicon) -> Token | None:
    """Source of a speech noun: "X's claims", "a statement from X", "X issued a statement".

    A possessive of time is no source: "today's press briefing", "Monday's statement".
    """
    for child in noun.children:
        if child.dep_ == "poss" and not _time_word(child):
            return child
    for child in noun.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("from", "by"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and not _where_from(noun, child, pobj):
                return pobj
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lx.ISSUE_VERBS:
        return verb_subject(noun.head, lex)
    for child in noun.children:  # "a statement released by the armed forces"
        if child.dep_ == "acl" and child.lemma_.lower() in lx.ISSUE_VERBS:
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            if agent is not None:
                return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None


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


#: Words of time a speech noun's possessive may be ("today's briefing").
_TIME_WORDS = frozenset(
    {
        "today", "yesterday", "tomorrow", "tonight", "week", "month", "year", "morning",
        "evening", "night", "afternoon", "weekend", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday",
    }
)  # fmt: skip


def _time_word(tok: Token) -> bool:
    """Whether ``tok`` names a time, not a speaker ("today", "last week's", "Monday's")."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in _TIME_WORDS
