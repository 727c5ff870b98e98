"""A saying reported inside another saying: the claim is the outer speaker's.

"Luc Verhaegen said a customs officer had told him that lorries from Poland were being
turned back": the article's source for Poland is Verhaegen, who reports what the officer
told him; the officer is a speaker only inside Verhaegen's account ("Day said … that
Gainesville says “no”": Day). So a frame whose anchor lies in the clause another
verb of saying reports yields to that verb's frame, up to the outermost one. Whom a
medium quotes "as saying" is no nesting (the "as" phrase is no reported clause), nor
is a saying coordinated with another ("The mayor said …, but officials claimed …"), one
that only goes on from it ("…, adding that …") or one in an adverbial clause of its own
("…, though a person familiar with the matter said …").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:  # frames.py calls this module
    from geomap.claims.frames import Frame

#: Dependencies under which a verb of saying holds what it reports: its clause.
REPORTED_DEPS = frozenset({"ccomp"})


def outer_saying(frame: Frame, by_anchor: Mapping[int, Frame]) -> Frame:
    """The outermost frame of a verb of saying whose reported clause holds ``frame``.

    Parameters
    ----------
    frame
        The frame a mention took (its nearest anchor above it).
    by_anchor
        The sentence's frames by anchor token index.

    Returns
    -------
    Frame
        ``frame`` itself when no verb of saying with a speaker reports the clause its
        anchor is in.
    """
    found = frame
    tok: Token = frame.anchor
    while tok.head.i != tok.i:
        child, tok = tok, tok.head
        outer = by_anchor.get(tok.i)
        if outer is None or outer.kind != "verb" or outer.cue.i != tok.i:
            continue
        if _reported_by(child, found.anchor):
            found = outer
    return found


def _reported_by(child: Token, inner: Token) -> bool:
    """Whether ``child`` (a dependent of an outer verb) is the clause holding ``inner``.

    Not through an adverbial clause with a subject of its own: "Brennan said the club had
    no plans …, though a person familiar with the matter said …" sets two sources side by
    side (the parser hung the second on the first one's clause).
    """
    if child.dep_ not in REPORTED_DEPS or not (child.i == inner.i or child.is_ancestor(inner)):
        return False
    tok = inner
    while tok.i != child.i:
        if tok.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return False
        tok = tok.head
    return True
