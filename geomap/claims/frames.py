"""Attribution frames: one anchor token tied to a speaker, and the helpers that read them.

See :mod:`geomap.claims.speakers` for how frames are found and resolved.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from geomap.claims import lexicon as lx
from geomap.claims.according import bracketed_clause as bracketed_clause  # re-exported
from geomap.claims.according import closes_sentence as closes_sentence
from geomap.claims.apposed_subjects import parenthetical_saying
from geomap.claims.conjuncts import shared_subject_conjunct
from geomap.claims.nested import reporting_frame
from geomap.claims.nps import site_participle

_NOMINAL = frozenset({"NOUN", "PROPN"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
#: Lemmas of the default reporting verbs (:data:`~geomap.claims.lexicon.REPORTING_VERBS`).
_REPORTING = frozenset(lx.verb_table(lx.REPORTING_VERBS))


@dataclass(frozen=True)
class Frame:
    """One attribution in a sentence.

    Attributes
    ----------
    kind
        ``"verb"``, ``"according"``, ``"noun"``, ``"colon"`` (a headline "X: ..."),
        ``"quote"`` (a quotation the sentence before introduces: "X was blunt. “...”")
        or ``"closing"`` (a verb of saying tagged as a noun closing the sentence: "…,
        police allege."; anchored at the sentence's root; or one with a subject and a
        "that" clause: "her letters back home show that …", anchored at the verb) or
        ``"agent"`` (a document as the agent of a passive: "ranked … by a study",
        :mod:`geomap.claims.agents`) or ``"label"`` (a transcript's paragraph label
        "LAW: …", :mod:`geomap.claims.labels`) or ``"view"`` (a view told without a verb
        of saying: "For the mayor, …", :mod:`geomap.claims.views`).
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

        The nearest anchor among its ancestors whose speaker is not the span itself
        ("Day said the march let locals know that Gainesville says “no”": Day; a
        place that speaks with no saying above it keeps its own frame), or the outermost
        saying reporting its clause (:func:`~geomap.claims.nested.reporting_frame`: "X said Y
        told him that …": X) unless the span is in its speaker phrase; else the frame
        whose speaker phrase (also one a relative "who said" hangs on) holds it ("Two
        Kharkiv officials ... could not confirm that, saying ...": the subject
        ``saying`` shares is not below it); else main.
        """
        by_anchor = self.by_anchor
        tok = span.root
        own: Frame | None = None  # the place speaks itself: "Day said … Gainesville says"
        while True:
            if tok.i in by_anchor:
                frame = by_anchor[tok.i]
                if frame.mention.root.i != span.root.i:
                    return reporting_frame(frame, by_anchor, span.root.i)
                own = own or frame
            if tok.head.i == tok.i:
                break
            tok = tok.head
        if own is not None:
            return own
        relative = _according_in_relative(span, by_anchor)
        if relative is not None:
            return relative
        root = self.sent.root
        for frame in self.frames:
            anchor = frame.anchor
            if anchor.i != root.i and anchor.head.i != root.i and not _said_by_relative(frame):
                continue  # "Police dispersed events meant to declare ...": not theirs
            if _holds(frame.mention, span):
                return frame
        return self.main


def _according_in_relative(span: Span, by_anchor: dict[int, Frame]) -> Frame | None:
    """The "according to" frame of a relative clause set off after the place, if any.

    "The area … is West Africa, which according to the study houses only about 525
    lions": what the clause tells of the place is the study's, though the place is no
    part of the clause (the frame's anchor is its verb, below the place).
    """
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None
    for child in span.root.children:
        frame = by_anchor.get(child.i) if child.dep_ == "relcl" and child.i > span.end else None
        if frame is not None and frame.kind == "according":
            return frame
    return None


def _holds(mention: Span, span: Span) -> bool:
    return mention.start <= span.start and span.end <= mention.end


def _said_by_relative(frame: Frame) -> bool:
    """Whether the frame's verb is a relative clause of its own speaker phrase.

    "accompanied by Deborah Thomas, Conservative candidate for the Twickenham seat, who
    said …": a place in the phrase is in the speaker's role.
    """
    anchor = frame.anchor
    return anchor.dep_ == "relcl" and _holds(
        frame.mention, anchor.doc[anchor.head.i : anchor.head.i + 1]
    )


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


def saying_participle(verb: Token) -> bool:
    """Whether ``verb`` is a participle of saying with what is said below it.

    "Noting that phase one was in Glen Carbon's budget, Hightower added ...": the
    participle says something ("that ..."), it sets no scene as "Speaking in Berlin"
    does.  A reporting verb's "-ing" form followed by "that" or holding a clause.
    """
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in _REPORTING:
        return False
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return (after is not None and after.lower_ == "that") or any(
        c.dep_ == "ccomp" for c in verb.children
    )


def _opened_by_saying(root: Token) -> bool:
    """Whether the sentence opens with a participle of saying hung on its root.

    "Noting that X had been in the budget, but Y was not, Hightower added that ...":
    the small model makes "been" the root (the participle its clausal subject) and
    the verb of saying a conjunct with its own subject; the participle shares it.
    """
    sent = root.sent
    return any(
        c.dep_ in ("csubj", "advcl") and c.i < root.i and saying_participle(c)
        and all(t.is_punct for t in sent.doc[sent.start : c.i])
        for c in root.children
    )  # fmt: skip


def main_frame(sent: Span, frames: list[Frame]) -> Frame | None:
    """The frame that speaks for the whole sentence, if any."""
    root = sent.root
    opened = _opened_by_saying(root)
    clause = [
        f
        for f in frames
        if f.kind in ("verb", "according", "closing", "agent")
        or (f.kind == "noun" and f.anchor.pos_ == "VERB")  # "X expressed concerns about …"
    ]
    for frame in clause:
        if frame.anchor.i == root.i:
            return frame
    for frame in clause:
        tok = frame.anchor
        if frame.kind == "verb" and parenthetical_saying(tok, root):
            return frame  # "X happened near Isfahan, state media reported, and …"
        while tok.dep_ in ("conj", "parataxis") and tok.head.i != tok.i:
            own = frame.kind in ("verb", "according") and has_subject(tok)
            if tok.dep_ == "conj" and own and not opened:
                break  # "X is common in Pakistan, and groups say ...": its own clause
                # (and "…, and, according to an assessment, ISIS concludes …")
            if not opened and shared_subject_conjunct(frame, tok):
                break  # "Google has learned … in the US, and has announced …"
            tok = tok.head
        if tok.i == root.i:
            return frame
        if root.pos_ in _NOMINAL and frame.anchor.head.i == root.i:
            return frame  # parse hung the verb on its subject ("China, which ..., called for")
    return None


def has_subject(verb: Token) -> bool:
    """Whether ``verb`` has a subject of its own."""
    return any(c.dep_ in _SUBJECT_DEPS for c in verb.children)


def in_relative_clause(span: Span, frame: Frame) -> bool:
    """Whether ``span`` sits in a relative clause of the frame's speaker phrase.

    Never after a headline's colon: the claim of "Zelensky: Pokrovsk will not be
    surrendered" is no clause of the name, even when the parser hung it below it.
    """
    tok = span.root
    mention = frame.mention
    if frame.kind == "colon" and span.start > frame.cue.i:
        return False
    while tok.head.i != tok.i and tok.i != frame.anchor.i:
        inside = mention.start <= tok.head.i < mention.end  # "a glaciologist based in
        if tok.dep_ in ("relcl", "acl") and inside and not site_participle(tok):  # Zurich"
            return not _restrictive_participle(tok)
        tok = tok.head
    return False


def _restrictive_participle(verb: Token) -> bool:
    """Whether ``verb`` is a passive participle that tells which people speak.

    "Authorities installed by Moscow in the occupied part of the Kherson region said":
    a participle with its agent right after a common noun, not set off by a comma, is
    who the speakers are (their own phrase), not a clause about a named speaker ("Dr.
    Barboza, who returned from Port Sudan last week, said").
    """
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and head.pos_ == "NOUN"
        and verb.i == head.i + 1
        and any(c.dep_ == "agent" for c in verb.children)
    )


def inverted_source(subj: Token, verb: Token) -> Token | None:
    """The source the parser hung on the subject: "Star beat bidders ..., the Board said".

    Not an apposition set off by commas on both sides ("Genocide Watch, a non-partisan
    NGO which …, published"): it describes the subject; nor an indefinite one of a
    person's name whose closing comma is missing ("Prof Mark Griffiths, a gambling and
    addictions expert at Nottingham Trent University told").
    """
    doc = subj.doc
    for child in subj.children:
        if _describes_person(subj, child):
            continue
        if (
            child.dep_ == "appos"
            and child.right_edge.i == verb.i - 1
            and not doc[verb.i - 1].is_punct
            and doc[child.left_edge.i - 1].text == ","
        ):
            return child
    return None


def _describes_person(subj: Token, child: Token) -> bool:
    """Whether ``child`` is an indefinite description ("a … expert") of a person's name."""
    first = child.doc[child.left_edge.i]
    return subj.ent_type_ == "PERSON" and child.pos_ == "NOUN" and first.lower_ in ("a", "an")
