"""Attribution frames: one anchor token tied to a speaker, and the helpers that read them.

See :mod:`geomap.claims.speakers` for how frames are found and resolved.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from geomap.claims import lexicon as lx

_NOMINAL = frozenset({"NOUN", "PROPN"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
#: Prepositions that set the scene of an act of saying ("said in Berlin", "told
#: reporters at the university"): what they hold is not what is said.
SETTING_PREPOSITIONS = frozenset(
    {"in", "at", "during", "after", "before", "near", "outside", "inside", "from", "while"}
)
#: Conjunctions of a subordinate clause that sets the scene ("while in Kyiv, he said").
_SETTING_MARKS = frozenset({"while", "after", "before", "when", "as", "during"})
#: Nouns of an occasion of saying: a place in a scene-setting phrase that holds one is
#: where it was said ("confirmed the plan at a conference held in London").
SCENE_NOUNS: frozenset[str] = frozenset(
    {
        "conference", "meeting", "summit", "briefing", "interview", "hearing", "session",
        "rally", "ceremony", "event", "forum", "convention", "gathering", "visit",
        "speech", "appearance", "debate", "talks", "vigil", "funeral", "congress",
    }
)  # fmt: skip
#: Dependencies of what a verb of saying says or does: a verb without any reports
#: nothing in its scene-setting phrases ("Trump said in West Virginia").
_SAID_DEPS = frozenset({"dobj", "dative", "ccomp", "xcomp", "oprd", "attr", "acomp", "parataxis"})


@dataclass(frozen=True)
class Frame:
    """One attribution in a sentence.

    Attributes
    ----------
    kind
        ``"verb"``, ``"according"``, ``"noun"``, ``"colon"`` (a headline "X: ...") or
        ``"quote"`` (a quotation the sentence before introduces: "X was blunt. “...”").
    anchor
        The token whose subtree the attribution covers.
    mention
        The phrase in the sentence naming the speaker ("She", "The ministry").
    speaker
        The resolved speaker ("Dr. Elena Petrova", "the Russian Ministry of Defense").
    cue
        The word of saying: the reporting verb, "according", the speech noun, the
        colon of a headline, or the opening mark of an introduced quotation.
    """

    kind: str
    anchor: Token
    mention: Span
    speaker: Span
    cue: Token


@dataclass
class SentenceFrames:
    """The frames of one sentence, indexed by anchor token."""

    sent: Span
    frames: list[Frame] = field(default_factory=list)
    main: Frame | None = None
    by_anchor: dict[int, Frame] = field(default_factory=dict)

    def frame_for(self, span: Span) -> Frame | None:
        """Return the frame governing ``span``.

        The nearest anchor among its ancestors; else the frame whose speaker phrase
        holds it ("Two Kharkiv officials ... could not confirm that,
        saying ...": the subject ``saying`` shares is not below it); else main.
        """
        by_anchor = self.by_anchor
        tok = span.root
        while True:
            if tok.i in by_anchor:
                return by_anchor[tok.i]
            if tok.head.i == tok.i:
                break
            tok = tok.head
        root = self.sent.root
        for frame in self.frames:
            if frame.anchor.i != root.i and frame.anchor.head.i != root.i:
                continue  # "Police dispersed events meant to declare ...": not theirs
            if frame.mention.start <= span.start and span.end <= frame.mention.end:
                return frame
        return self.main


#: Verbs whose clause complement is not said ("declined to comment").
REFUSING_VERBS: frozenset[str] = frozenset({"decline", "refuse", "fail"})


def refused(verb: Token) -> bool:
    """Whether ``verb`` is what someone declined to do: "declined to comment on …".

    A refusal to speak reports nothing ("refused to say whether …"); "denied" and
    "rejected" are claims, and a negated verb is :func:`negated`.
    """
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING_VERBS


def negated(verb: Token) -> bool:
    """Whether ``verb`` is negated, directly or as part of "not X or Y"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if verb.dep_ == "conj" and any(c.dep_ == "neg" for c in verb.head.children):
        return any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in verb.head.children)
    return False


def is_bare_definite(tok: Token) -> bool:
    """A common noun with only a definite determiner: "the ministry", "the town's mayor".

    Names compounded with it are allowed ("the ZTA boss", "the Kremlin spokesman"):
    they must then be in the antecedent too (:func:`name_modifiers`).
    """
    if tok.pos_ != "NOUN":
        return False
    children = list(tok.children)
    return any(c.dep_ in ("det", "poss") for c in children) and all(
        (c.dep_ == "det" and c.lower_ in lx.DEFINITE_DETERMINERS)
        or (c.dep_ == "poss" and c.pos_ == "NOUN" and is_bare_definite(c))
        or (c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i)
        or c.dep_ == "case"
        for c in children
    )


def name_modifiers(tok: Token) -> set[str]:
    """The names compounded with a definite description ("the ZTA boss" -> {"ZTA"})."""
    return {c.text for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"}


def main_frame(sent: Span, frames: list[Frame]) -> Frame | None:
    """The frame that speaks for the whole sentence, if any."""
    root = sent.root
    clause = [f for f in frames if f.kind in ("verb", "according")]
    for frame in clause:
        if frame.anchor.i == root.i:
            return frame
    for frame in clause:
        tok = frame.anchor
        while tok.dep_ in ("conj", "parataxis") and tok.head.i != tok.i:
            if tok.dep_ == "conj" and frame.kind == "verb" and has_subject(tok):
                break  # "X is common in Pakistan, and groups say ...": its own clause
            tok = tok.head
        if tok.i == root.i:
            return frame
        if root.pos_ in _NOMINAL and frame.anchor.head.i == root.i:
            return frame  # parse hung the verb on its subject ("China, which ..., called for")
    return None


def has_subject(verb: Token) -> bool:
    """Whether ``verb`` has a subject of its own."""
    return any(c.dep_ in _SUBJECT_DEPS for c in verb.children)


#: Verbs of a participle after the saying that still set its scene ("…, speaking in Lviv").
SCENE_VERBS: frozenset[str] = frozenset(
    {
        "speak", "address", "talk", "visit", "appear", "stand", "sit", "point", "attend",
        "tour", "meet", "flank", "accompany", "surround", "gesture", "wave", "hold",
        "brief", "travel", "arrive", "return",
    }
)  # fmt: skip


def in_setting(span: Span, frame: Frame) -> bool:
    """Whether ``span`` is in the scene of the saying, not in what is said.

    Below the frame's verb through a participle or time clause ("Speaking during a
    visit to Berlin, Petrenko said ..."; a participle after the verb only when it is
    one of :data:`SCENE_VERBS`: "..., speaking in Lviv"), a scene-setting preposition
    of a verb that reports a clause ("he told reporters at a school in Dnipro ..."), of
    one with nothing else below it (`"…," Trump said in West Virginia`) or holding an
    occasion of saying ("confirmed the plan at a conference held in London",
    :data:`SCENE_NOUNS`), or the listener of "tell" ("telling firefighters in Lviv
    that ...").
    """
    anchor = frame.anchor
    if frame.kind != "verb":
        return False
    tok = span.root
    while tok.head.i != tok.i and tok.head.i != anchor.i:
        tok = tok.head
    if tok.head.i != anchor.i or tok.i == anchor.i:
        return False
    if tok.dep_ == "advcl":
        marks = {c.lower_ for c in tok.children if c.dep_ in ("mark", "advmod")}
        if marks & _SETTING_MARKS:
            return True
        if tok.tag_ not in ("VBG", "VBN"):
            return False
        # before the saying it sets the scene; after it, only a verb of presence does
        # ("X said …, speaking in Lviv"), others go on with what X says or does
        # ("Wright said …, joining the fans who …")
        return tok.i < anchor.i or tok.lemma_.lower() in SCENE_VERBS
    clausal = any(c.dep_ in ("ccomp", "parataxis") for c in anchor.children)
    if tok.dep_ == "prep" and tok.lower_ in SETTING_PREPOSITIONS:
        return clausal or _occasion(tok) or _says_nothing_here(anchor)
    return tok.dep_ in ("dobj", "dative") and anchor.lemma_.lower() == "tell" and clausal


def closes_sentence(according: Token, to: Token) -> bool:
    """Whether "according to X" closes its sentence after a comma: it covers the whole.

    "It happened in Crown Heights after callers said a “man was pointing a gun,”
    according to the police chief.": the parser may hang it on the last clause, but
    set off at the end it attributes the sentence (unless the sentence's main verb
    has a speaker of its own: "It said there were …, according to Fairfax Media").
    """
    doc = according.doc
    before = doc[according.i - 1] if according.i > according.sent.start else None
    while before is not None and before.text in lx.CLOSING_QUOTES and before.i > 0:
        before = doc[before.i - 1]
    if before is None or before.text != ",":
        return False
    rest = doc[to.right_edge.i + 1 : according.sent.end]
    return all(t.is_punct or t.is_space for t in rest)


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


#: Dashes that close a dateline ("LVIV, Ukraine (AP) — ...").
_DATELINE_DASHES = frozenset({"—", "–", "--", "-"})


def in_dateline(span: Span) -> bool:
    """Whether ``span`` is in the dateline opening its sentence ("LVIV, Ukraine (AP) —").

    A dateline is up to a dozen words before a dash, with a word in capitals or an
    agency in brackets; it says where the story was filed, not what anyone claims.
    """
    sent = span.sent
    doc = sent.doc
    for tok in sent[1:12]:
        spaced = tok.text != "-" or bool(doc[tok.i - 1].whitespace_)
        if tok.text in _DATELINE_DASHES and spaced:
            prefix = doc[sent.start : tok.i]
            dateline = any(t.is_upper and len(t) > 2 for t in prefix) or "(" in prefix.text
            return dateline and span.end <= tok.i
    return False


def not_saying(verb: Token, lemma: str, speech_nouns: frozenset[str]) -> bool:
    """Reporting verbs used in another sense: "believe in peace", "responded to the scene"."""
    preps = {c.lower_: c for c in verb.children if c.dep_ == "prep"}
    if lemma == "believe" and "in" in preps:
        return True
    if lemma in ("respond", "reply") and "to" in preps:
        obj = next((c for c in preps["to"].children if c.dep_ == "pobj"), None)
        return obj is not None and obj.lemma_.lower() not in speech_nouns
    return False


def in_relative_clause(span: Span, frame: Frame) -> bool:
    """Whether ``span`` sits in a relative clause of the frame's speaker phrase."""
    tok = span.root
    mention = frame.mention
    while tok.head.i != tok.i and tok.i != frame.anchor.i:
        if tok.dep_ in ("relcl", "acl") and mention.start <= tok.head.i < mention.end:
            return True
        tok = tok.head
    return False


def inverted_source(subj: Token, verb: Token) -> Token | None:
    """The source the parser hung on the subject: "Star beat bidders ..., the Board said"."""
    doc = subj.doc
    for child in subj.children:
        if (
            child.dep_ == "appos"
            and child.right_edge.i == verb.i - 1
            and doc[child.left_edge.i - 1].text == ","
        ):
            return child
    return None
