"""Sayings inside sayings: the claim belongs to the one who reports it.

"The minister said the mayor had told him that the bridge in Lviv was closed": the
article has the minister's word for it, so the minister is the source of the place,
not the mayor the minister quotes ("The ministry said that, according to the mayor, …"
likewise).  A saying whose clause is the reported content
(a clausal complement, ``ccomp``) of another saying, directly or through verbs
coordinated inside that content, is reported by the outer saying's speaker when it has
a subject of its own.  Two sayings that are only coordinated ("The mayor said …, and the
governor warned that …", also where the parser hung the second inside the first's
clause) each keep their own, and a place in the inner speaker's own phrase stays that
speaker's ("… said Kyiv legislators rejected the allegations"), and so does a saying
with its own subject after a contrast ("X said …, but Y insisted that …",
:func:`geomap.claims.contrasts.contrast_before`). A saying closing the
sentence after a comma, its content before it, is the outer one, wherever the parser hung
it ("X said …, the TASS news agency reported": :func:`closes_after_content`).  Read by
:class:`geomap.claims.frames.SentenceFrames`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from geomap.claims.contrasts import contrast_before

if TYPE_CHECKING:
    from geomap.claims.frames import Frame

#: Frames whose speaker reports what is said in their clause (an outer saying).
_REPORTING_KINDS = frozenset({"verb", "according"})
#: Subjects of a verb.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Dependencies from a saying up to the saying whose content holds it.
_CONTENT_PATH = frozenset({"ccomp", "conj"})


def reporting_frame(frame: Frame, by_anchor: Mapping[int, Frame], place: int) -> Frame:
    """The outermost saying that reports ``frame``'s saying, else ``frame`` itself.

    Parameters
    ----------
    frame
        The nearest frame above a place mention (a verb of saying).
    by_anchor
        The sentence's frames by anchor token.
    place
        The token index of the place mention's root: a frame whose speaker is the
        place itself is never taken ("Lviv said …").
    """
    if frame.kind not in _REPORTING_KINDS:
        return frame
    if frame.kind == "verb" and not _own_subject(frame.cue):
        return frame  # "deny they are negotiating … and say …": parsed inside, said beside
    if frame.mention.start <= place < frame.mention.end:
        return frame  # "Ivanova said Kyiv doctor Petrov claims …": in the speaker's role
    if frame.kind == "verb" and closes_after_content(frame.cue):
        return frame  # "X said … over Belgorod, the TASS news agency reported.": outermost
    tok = frame.anchor
    content = False  # a clausal complement on the way up from the current frame
    while tok.dep_ in _CONTENT_PATH and tok.head.i != tok.i:
        content = content or tok.dep_ == "ccomp"
        tok = tok.head
        outer = by_anchor.get(tok.i)
        if outer is None:
            continue
        if not content or outer.kind not in _REPORTING_KINDS or outer.mention.root.i == place:
            break  # coordinated sayings, or an outer frame that reports nothing
        if _beside_semicolon(frame.anchor, outer.cue):
            break  # "X said …; Y told KTLA that …": two sayings side by side
        if frame.kind == "verb" and contrast_before(frame.cue, outer.cue) is not None:
            break  # "X said …, but Y insisted that …": Y's own saying, not one X reports
        frame, content = _same_source(frame, outer), False
        if not _own_subject(frame.cue):
            break
    return frame


def closes_after_content(verb: Token) -> bool:
    """Whether a saying closes its sentence after a comma, what it says before it.

    "Russia's defence ministry said its air defences had downed 40 drones over Belgorod,
    the TASS news agency reported.": the parser hung "reported" inside what the ministry
    said and the drones' clause under "reported"; a saying set after a comma at the end
    of the sentence, its clausal complement before it, reports the sentence: it is the
    outer saying, not one the first speaker reports.
    """
    doc = verb.doc
    content = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if not content or verb.left_edge.i == 0:
        return False
    comma = doc[content[0].right_edge.i + 1] if content[0].right_edge.i + 1 < len(doc) else None
    if comma is None or comma.text != ",":
        return False
    rest = doc[verb.right_edge.i + 1 : verb.sent.end]
    return verb.head.i != verb.i and all(t.is_punct or t.is_space for t in rest)


def _beside_semicolon(inner: Token, outer: Token) -> bool:
    """Whether a saying the parser hung before ``outer`` stands beside it after a semicolon.

    "The Dodgers said in a statement that the parade … would start at 11 a.m.; manager Dave
    Roberts told KTLA that fans … should take the train": the parser made the first saying
    the content of the second, which has its own content after it; a semicolon between
    them sets two sayings side by side, each its speaker's. So does a headline's or a
    sentence's second saying with no content clause of its own after the semicolon ("Russia
    claims capture of village near Kupiansk; Ukraine denies", "Moscow accused Chisinau of
    …; Moldova denied it"): the first clause is the first sayer's claim, which the second
    answers, not something the second reports.
    """
    if inner.i > outer.i:
        return False
    doc = outer.doc
    between = doc[inner.right_edge.i + 1 : outer.i]
    if any(t.text == ";" for t in between):
        return True
    # "Ukraine says it hit an airbase in Crimea, Moscow says attack repelled": after a
    # comma, a second saying with a content clause of its own after it cannot report the first
    own = any(c.dep_ == "ccomp" and c.i > outer.i for c in outer.children)
    return own and any(t.text == "," for t in between)


def _own_subject(verb: Token) -> bool:
    """Whether a verb of saying has a subject of its own (one inside a content clause).

    "She has maintained that her daughter died … and has argued that …": the parser
    made "argued" a conjunct inside what she maintained; without a subject of its own
    it is a second saying of hers, beside the first, not one she reports.
    """
    return any(c.dep_ in _SUBJECTS for c in verb.children)


def _same_source(inner: Frame, outer: Frame) -> Frame:
    """The outer frame, with the inner's fuller name when both name one source.

    "Francisco Duque, the health secretary, said … “…,” Duque said." (one sentence to
    the parser, the first saying under the second): the source is Duque either way,
    named best where the full name stands.
    """
    named, other = inner.speaker, outer.speaker
    if len(named) <= len(other) or named.root.lower_ != other.root.lower_:
        return outer
    return replace(outer, mention=inner.mention, speaker=named)
