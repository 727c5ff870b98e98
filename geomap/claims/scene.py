"""Where a saying happened, apart from what is said: its scene and the story's dateline.

A place in the scene of a saying ("Speaking in Berlin, X said", "X said in West
Virginia", "at a conference held in London") or in a dateline ("LVIV, Ukraine (AP) —")
is the journalist's, not the speaker's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from geomap.claims.asides import ASKING_VERBS, asked_aside
from geomap.claims.clauses import relative_that
from geomap.claims.datelines import in_dateline as in_dateline  # the story's dateline
from geomap.claims.frames import Frame, saying_participle
from geomap.claims.source_nouns import DOCUMENT_NOUNS
from geomap.claims.time_clauses import fronted_time_clause

#: Prepositions that set the scene of an act of saying ("said in Berlin", "told
#: reporters at the university"): what they hold is not what is said.
SETTING_PREPOSITIONS = frozenset(
    {"in", "at", "during", "after", "before", "near", "outside", "inside", "from", "while"}
)
#: Those and "on" with an occasion of saying ("said on a visit to Chad that …").
_SCENE_PREPOSITIONS = SETTING_PREPOSITIONS | {"on"}
#: Conjunctions of a subordinate clause that sets the scene ("while in Kyiv, he said").
_SETTING_MARKS = frozenset({"while", "after", "before", "when", "as", "during"})
#: Nouns of an occasion of saying: a place in a scene-setting phrase that holds one is
#: where it was said ("confirmed the plan at a conference held in London").
SCENE_NOUNS: frozenset[str] = frozenset(
    {
        "conference", "meeting", "summit", "briefing", "interview", "hearing", "session",
        "rally", "ceremony", "event", "forum", "convention", "gathering", "visit",
        "speech", "appearance", "debate", "talks", "vigil", "funeral", "congress", "trip",
        "tour",
    }
)  # fmt: skip
#: Dependencies of what a verb of saying says or does: a verb without any reports
#: nothing in its scene-setting phrases ("Trump said in West Virginia").
_SAID_DEPS = frozenset({"dobj", "dative", "ccomp", "xcomp", "oprd", "attr", "acomp", "parataxis"})


#: Verbs of a participle after the saying that still set its scene ("…, speaking in Lviv").
SCENE_VERBS: frozenset[str] = frozenset(
    {
        "speak", "address", "talk", "visit", "appear", "stand", "sit", "point", "attend",
        "tour", "meet", "flank", "accompany", "surround", "gesture", "wave", "hold",
        "brief", "travel", "arrive", "return",
    }
)  # fmt: skip


#: Verbs of saying whose object is the listener: the subject of their passive is who
#: was told, not what ("Janet Evans of Marion, Ohio was told by her surgeon …").
LISTENER_VERBS: frozenset[str] = frozenset(
    {"tell", "inform", "warn", "advise", "assure", "remind", "notify", "ask", "brief"}
)


def in_setting(span: Span, frame: Frame) -> bool:
    """Whether ``span`` is in the scene of the saying, not in what is said.

    Below the frame's verb through a participle or time clause ("Speaking during a
    visit to Berlin, Petrenko said ..."; a participle after the verb only when it is
    one of :data:`SCENE_VERBS`: "..., speaking in Lviv"; never a participle of saying
    that says something: "Noting that ..., X added"), a scene-setting preposition
    of a verb that reports a clause ("he told reporters at a school in Dnipro ..."), of
    one with nothing else below it (`"…," Trump said in West Virginia`) or holding an
    occasion of saying ("confirmed the plan at a conference held in London",
    :data:`SCENE_NOUNS`), the listener of "tell" ("telling firefighters in Lviv
    that ...", "Janet Evans of Marion was told by her surgeon", :data:`LISTENER_VERBS`),
    anything but the subject of a verb whose object points back at what was said before
    ("She said this while answering questions … in Lagos"), or where
    the named person who speaks is (`"…," commented Mr. Corby in Indonesia`).  A
    preposition opening the sentence before the speaker sets the scene only with an
    occasion ("At a conference in Berlin, X said"); otherwise it places what is said
    ("In Kashmir, authorities say 1,300 died").
    """
    anchor = frame.anchor
    if frame.kind != "verb":
        return False
    if anchor.i != frame.cue.i:  # "As X reported, the statue was cast in Prague"
        if not frame.cue.is_ancestor(span.root):
            return False  # the clause "as" attributes is said
        anchor = frame.cue  # "As X said in Kyiv, …": the scene of the saying
    if _where_the_person_is(span, frame) or _at_own_site(span, frame):
        return True
    tok = span.root
    while tok.head.i != tok.i and tok.head.i != anchor.i:
        tok = tok.head
    if tok.head.i != anchor.i or tok.i == anchor.i:
        return False
    if asked_aside(tok) is not None:
        return True  # "The spokesman, asked about the strike in X, said …": the question
    if tok.dep_ not in ("nsubj", "nsubjpass") and _said_before(anchor):
        return True  # "She said this while … at Terra Kulture in Lagos"
    if tok.dep_ == "csubj" and tok.i == tok.sent.start and tok.lemma_.lower() in SCENE_VERBS:
        return True  # "Speaking to supporters in Nairobi, the leader, X, accused …" (a subject)
    if tok.dep_ == "advcl":
        marks = {c.lower_ for c in tok.children if c.dep_ in ("mark", "advmod")}
        if marks & _SETTING_MARKS:
            return not _goes_on(tok, anchor)  # "…, the data showed, while output fell in X"
        if saying_participle(tok):
            return False  # "Noting that ... in Glen Carbon, Hightower added": said
        if tok.tag_ not in ("VBG", "VBN"):
            return False
        if tok.tag_ == "VBN" and tok.lemma_.lower() in ASKING_VERBS and tok.i < anchor.i:
            return True  # "Asked whether Lviv was a target, X said …": the journalist asks
        if any(c.dep_ in ("xcomp", "ccomp") and c.tag_ in _PAST_OR_PRESENT for c in tok.children):
            return False  # "Shelling hit Kherson, the governor said": a gerund subject
        # before the saying it sets the scene; after it, only a verb of presence does
        # ("X said …, speaking in Lviv"), others go on with what X says or does
        # ("Wright said …, joining the fans who …")
        return tok.i < anchor.i or tok.lemma_.lower() in SCENE_VERBS
    if fronted_time_clause(tok, anchor):
        return True  # "… days after Israel declared …, Assad said that …": when, not what
    clausal = any(c.dep_ in ("ccomp", "parataxis") for c in anchor.children)
    clausal = clausal or any(_that_clause(c) is not None for c in anchor.children)
    if tok.dep_ == "prep" and _speech_clause(tok, span.root):
        return False  # "said in a statement that drones were shot down over Belgorod"
    if (that := _that_clause(tok)) is not None and that.is_ancestor(span.root):
        return False  # "told reporters outside the court in Newark that … in Trenton"
    if not clausal and (that := relative_that(tok)) is not None and that.is_ancestor(span.root):
        return False  # "said in a speech that Lviv would fall" ("that" parsed as an object)
    if tok.dep_ == "prep" and tok.lower_ in _SCENE_PREPOSITIONS:
        if _fronted(tok, frame) and not _occasion(tok):
            return False  # "In Kashmir, authorities say …": where what is said happened
        on = tok.lower_ == "on"  # "said on a visit to N'Djamena that …"; not "on Telegram"
        return _occasion(tok) or (not on and (clausal or _says_nothing_here(anchor)))
    if tok.dep_ == "nsubjpass" and anchor.lemma_.lower() in LISTENER_VERBS:
        return True  # "Janet Evans of Marion was told by her surgeon, “…”": the listener
    return tok.dep_ in ("dobj", "dative") and anchor.lemma_.lower() == "tell" and clausal


def _goes_on(clause: Token, verb: Token) -> bool:
    """Whether a "while" clause after a closing saying goes on with what it says.

    "Growth was strongest in London, the data showed, while output fell in Wales": the
    verb closes the clause it reports (a ``ccomp`` before it) and the "while" clause
    after it has a subject of its own, a contrast in what is said, not when it was said
    ("…, he said while visiting Kyiv" sets the scene).
    """
    if clause.i < verb.i or not any(c.lower_ == "while" for c in clause.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    return any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)


def _speech_clause(prep: Token, root: Token) -> bool:
    """Whether ``root`` lies in a "that" clause the parser hung below a speech after ``prep``.

    "The ministry said in a statement that three drones were shot down over Belgorod", "The
    army claimed in a Telegram post that …", "said in a report published on Monday that …":
    the clause is what was said, not the scene of the saying ("said in a statement released
    in Kyiv" keeps its scene).  The speech is a document noun
    (:data:`~geomap.claims.source_nouns.DOCUMENT_NOUNS`), the clause opened by "that" as a
    conjunction.
    """
    nouns = [c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in DOCUMENT_NOUNS]
    if not nouns or not nouns[0].is_ancestor(root):
        return False
    tok = root
    while tok.i != nouns[0].i:
        if any(m.dep_ == "mark" and m.lower_ == "that" for m in tok.children):
            return True
        tok = tok.head
    return False


def _that_clause(tok: Token) -> Token | None:
    """A clause opened by the conjunction "that" the parser hung below ``tok``'s nouns.

    "told reporters outside the courthouse in Newark that his client would not appeal":
    the clause is the verb's complement made a relative clause of "courthouse" (a
    relative "that" is its clause's subject or object, never its ``mark``).
    """
    if tok.dep_ not in ("prep", "dobj", "dative"):
        return None
    for sub in tok.subtree:
        if sub.dep_ in ("relcl", "acl") and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in sub.children
        ):
            return sub
    return None


#: Tags of a finite verb in the past or present: one below a fronted participle means the
#: parser took a gerund subject for it ("Shelling hit Kherson": no scene, a clause said).
_PAST_OR_PRESENT = frozenset({"VBD", "VBZ", "VBP"})


def _where_the_person_is(span: Span, frame: Frame) -> bool:
    """Whether ``span`` tells where the named person who speaks is: "Mr. Corby in Indonesia".

    "in"/"at" a place after a PERSON name heading the speaker phrase; a place in a
    description is the speaker's ("officials in Vilnius", "the governor of Kherson").
    A one-word "name" before the verb may be a noun the model tagged PERSON
    ("Neighbours in Headingley, …, said"): the speaker must come after the verb or
    the name have two words.
    """
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("in", "at") or prep.dep_ != "prep":
        return False
    name = prep.head
    mention = frame.mention
    if not mention.start <= name.i < mention.end or name.i > prep.i:
        return False
    if name.i != mention.root.i or name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return False
    doc = name.doc
    two_words = name.ent_iob_ == "I" or (name.i + 1 < len(doc) and doc[name.i + 1].ent_iob_ == "I")
    return two_words or mention.start > frame.cue.i


#: Nouns of the place where a person is when speaking, held as their own ("from her
#: home in Rhode Island", "at his office in Toronto"): a setting, not a description.
SITE_NOUNS: frozenset[str] = frozenset(
    {"home", "house", "office", "desk", "bed", "apartment", "flat", "studio", "cell", "farm"}
)


def _at_own_site(span: Span, frame: Frame) -> bool:
    """Whether ``span`` is in "from/at her home …" hung on the speaker phrase.

    `"…," said his mother, Ellen Mauro, from her home in Rhode Island`: a scene-setting
    preposition on the speaker's head whose object is a site of :data:`SITE_NOUNS` with
    a possessive pronoun tells where the speaker was, not who they are ("a woman from
    Kherson" and "an official at the ministry in Kyiv" stay the speaker's description).
    """
    head = frame.mention.root
    for tok in span.root.ancestors:
        if tok.dep_ != "prep" or tok.head.i != head.i or tok.i < head.i:
            continue
        if tok.lower_ not in SETTING_PREPOSITIONS:
            return False
        return any(
            c.dep_ == "pobj"
            and c.lemma_.lower() in SITE_NOUNS
            and any(g.dep_ == "poss" and g.tag_ == "PRP$" for g in c.children)
            for c in tok.children
        )
    return False


#: Words that, as the object of a verb of saying, point back at what was said before
#: (a relative "which": "The plan, which Caputo announced in Mendoza, …").
_BACK_POINTERS = frozenset({"this", "that", "so", "which"})


def _said_before(verb: Token) -> bool:
    """Whether ``verb`` says what an earlier sentence said: "said this", "said so".

    The sentence then tells where and when it was said, not what; a predicate of what
    points back is what is said ("call this the largest expo in the Midwest").
    """
    children = list(verb.children)
    if any(c.dep_ in ("ccomp", "parataxis", "xcomp", "oprd") for c in children):
        return False  # "They call this the largest expo in the Midwest": said of "this"
    return any(
        c.lower_ in _BACK_POINTERS and c.dep_ in ("dobj", "advmod") and not list(c.children)
        for c in children
    )


def _fronted(prep: Token, frame: Frame) -> bool:
    """Whether ``prep`` opens the sentence before the speaker, set off by a comma."""
    doc = prep.doc
    end = prep.right_edge.i + 1
    if prep.i < frame.mention.start < end:  # "In Crimea, the governor …": the parser hung
        end = frame.mention.start - 1  # the speaker on the place; the phrase ends before it
    before = prep.i == prep.sent.start
    return before and end < frame.mention.start and doc[end].text == ","


def _occasion(prep: Token) -> bool:
    """Whether the object of ``prep`` is an occasion of saying ("at a conference")."""
    return any(c.dep_ == "pobj" and c.lemma_.lower() in SCENE_NOUNS for c in prep.children)


def _says_nothing_here(verb: Token) -> bool:
    """Whether a verb of saying has nothing said below it but scene-setting phrases.

    `"…," Trump said in West Virginia`: what is said is the quotation, so "in West
    Virginia" is where; "reported fighting in Kharkiv" and "called for calm in Lviv"
    have what they report below the verb.
    """
    for child in verb.children:
        if child.dep_ in _SAID_DEPS:
            return False
        if child.dep_ in ("prep", "prt") and child.lower_ not in SETTING_PREPOSITIONS:
            return False
    return True
