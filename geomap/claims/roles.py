"""Mention roles: the place itself, an actor, a modifier or a demonym.

* ``demonym``: the mention is a nationality adjective (span label or entity type
  ``NORP``: "Russian officials"), not its place's own name ("east of Aleppo" tagged
  ``NORP`` is literal).
* ``modifier``: the name modifies a noun (``compound``/``amod``/``nmod``: "U.S.
  officials", "U.S. and NATO assets"; "the Moscow-based Institute"), unless the
  noun is a geographic head ("the Kaliningrad region", "the Baltic states").
* ``modifier`` too: the name lies inside the name of the body that speaks in its
  sentence, not as its head ("Ukraine's Ministry of Defence said", "Минобороны
  Украины заявило"): the body's country, not a place the claim is about, in every
  language alike; a speaker phrase naming a person ("the governor of Kharkiv region,
  Oleh Syniehubov") or people there ("Residents of Kerch reported") keeps its place
  literal.
* ``metonymy``: a place that can act (not a sea or landform) is the subject of
  a non-stative verb ("Moscow would take all necessary measures", "Russia has
  consistently viewed ..."), the agent of a passive verb, or the head of the
  speaker phrase ("China ... called for dialogue"); not the subject of a headline's
  reduced passive ("Kiev hit by drones", "Kyiv shelled overnight": the target).
* ``literal`` otherwise, and always in a dateline ("KHARKIV, Ukraine —").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from geomap.claims.datelines import in_dateline
from geomap.claims.lexicon import GEO_HEADS, NON_AGENT_FEATURES, STATIVE_VERBS
from geomap.claims.source_nouns import descriptor_kind

LITERAL, METONYMY, MODIFIER, DEMONYM = "literal", "metonymy", "modifier", "demonym"
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
#: Kinds of a speaker's head noun that make the speaker a body ("the ministry of X").
_BODY_KINDS = frozenset({"government", "organisation"})


def mention_role(span: Span, speaker_mention: Span | None = None) -> str:
    """Return the role of a place mention.

    Parameters
    ----------
    span
        The mention (a span of a doc, ideally parsed).
    speaker_mention
        The in-sentence phrase naming the speaker of the mention's sentence,
        if any; a place heading that phrase is metonymic.

    Returns
    -------
    str
        One of ``"literal"``, ``"metonymy"``, ``"modifier"``, ``"demonym"``.
    """
    root = span.root
    norp = span.label_ == "NORP" or (root.ent_type_ == "NORP" and root.pos_ == "ADJ")
    if norp and not _place_named(span):
        return DEMONYM
    if not span.doc.has_annotation("DEP") or (
        span.doc.has_annotation("SENT_START") and in_dateline(span)
    ):
        return LITERAL  # "KHARKIV, Ukraine —": where the story was filed
    head = root.head
    outside = not (span.start <= head.i < span.end)
    if (outside and _is_modifier(root, head)) or _in_body_name(span, speaker_mention):
        return MODIFIER
    if _can_act(span) and (
        (speaker_mention is not None and speaker_mention.root.i == root.i)
        or (outside and _is_agent(root))
    ):
        return METONYMY
    return LITERAL


def _in_body_name(span: Span, speaker: Span | None) -> bool:
    """Whether ``span`` lies inside the speaking body's name, not as its head (module doc)."""
    if speaker is None or not (speaker.start <= span.start and span.end <= speaker.end):
        return False
    if span.start <= speaker.root.i < span.end:
        return False  # "China ... called for": the place speaks
    root = speaker.root
    if root.pos_ == "NOUN" and descriptor_kind(root) not in _BODY_KINDS:
        return False  # "Residents of Kerch reported", "witnesses in Gaza said": people there
    return not any(t.ent_type_ == "PERSON" for t in speaker)


def _place_named(span: Span) -> bool:
    """Whether the mention is its place's own name ("Aleppo" the model tagged NORP)."""
    place = span._.place if Span.has_extension("place") else None
    name = getattr(place, "name", "")
    return bool(name) and name.casefold() == span.text.casefold()


def _is_modifier(root: Token, head: Token) -> bool:
    if head.lemma_.lower() in GEO_HEADS or head.lower_ in GEO_HEADS:
        return False
    if root.dep_ in _MODIFIER_DEPS and head.pos_ in ("NOUN", "PROPN"):
        return True
    # "the Moscow-based Institute": Moscow <-npadvmod- based <-amod- Institute
    return root.dep_ == "npadvmod" and head.dep_ == "amod" and head.head.pos_ in ("NOUN", "PROPN")


#: Lemmas of verbs of attack whose subject, with no object, is their target in a
#: headline's reduced passive ("Kyiv shelled overnight"; "Kiev hit by drones").
#: (``geomap.nlp.weapon_targets.STRIKE_VERBS`` and the verbs of shelling; claims/ does
#: not import nlp/.)
_STRUCK_VERBS = frozenset(
    {"attack", "strike", "hit", "target", "pound", "slam", "rock", "shell", "bomb", "raid",
     "storm", "batter", "bombard"}
)  # fmt: skip


def _passive(verb: Token) -> bool:
    """Whether ``verb`` is passive, though the parse gives it an ``nsubj``.

    A headline drops "is": "Kiev hit by drones" has a ``by`` agent, "Kyiv shelled
    overnight" a verb of attack with no object ("Russia struck Kharkiv" has one,
    "Moscow hit back" a particle).
    """
    deps = {c.dep_ for c in verb.children}
    if deps & {"agent", "auxpass"}:
        return True
    if verb.lemma_.lower() not in _STRUCK_VERBS or verb.tag_ not in {"VBN", "VBD"}:
        return False
    return not deps & {"dobj", "dative", "prt", "ccomp", "xcomp"} and not any(
        c.lower_ == "back" for c in verb.children
    )


def _is_agent(root: Token) -> bool:
    tok = root
    while tok.dep_ == "conj" and tok.head.i != tok.i:  # "NATO and Russia said"
        tok = tok.head
    head = tok.head
    if tok.dep_ == "nsubj":
        return (
            head.pos_ == "VERB" and head.lemma_.lower() not in STATIVE_VERBS and not _passive(head)
        )
    return tok.dep_ == "pobj" and head.dep_ == "agent"


def _can_act(span: Span) -> bool:
    place = span._.place if Span.has_extension("place") else None
    feature = getattr(place, "feature_type", None)
    return feature not in NON_AGENT_FEATURES
