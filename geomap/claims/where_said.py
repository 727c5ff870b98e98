"""Where a saying took place: a claim of its speaker, not the journalist's narrative.

`"…," President Alexander Stubb said in Helsinki`, "Ukraine's deputy prime minister told
reporters in Kyiv …", "Lavrov said in Moscow that …", "Speaking in Berlin, X said …": the
place where something was said is part of what the speaker's saying puts on the map, so
it takes the same sentence's speaker (issue 17, user report round 70: the place in the
saying clause came out "(no speaker) [journalist]" while the places of the quote had a
speaker).  Only the place named directly after "in" or "at" of the scene: on the verb of
saying itself, on its listener ("told reporters in Kyiv"), on an occasion of saying hung
on the verb ("at a news conference in Kyiv") or on a participle of presence before it
("Speaking in Berlin, …").  The rest of :func:`geomap.claims.scene.in_setting` stays
narrative: the question put to the speaker ("asked about the strike in X"), the time of
the saying ("days after Israel declared …") and "said this while … in Lagos" (the saying
reported again, not made here).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from geomap.claims.frames import Frame
from geomap.claims.scene import LISTENER_VERBS, SCENE_NOUNS, SCENE_VERBS, _said_before

#: Prepositions of the place where something is said ("said in Helsinki", "at a summit").
PLACE_OF_SAYING = frozenset({"in", "at"})
#: How a listener or occasion hangs on the verb of saying.
_LISTENER_DEPS = frozenset({"dobj", "dative"})


def where_said(span: Span, frame: Frame) -> bool:
    """Whether ``span`` names where the saying of ``frame`` took place.

    ``span``'s root is the object of "in"/"at" hung on the verb of saying (the frame's
    cue), on its listener ("told reporters in Kyiv", a verb of
    :data:`~geomap.claims.scene.LISTENER_VERBS`), on an occasion of saying hung on the
    verb ("at a conference in London", :data:`~geomap.claims.scene.SCENE_NOUNS`) or on a
    participle of presence opening the sentence ("Speaking in Berlin, X said",
    :data:`~geomap.claims.scene.SCENE_VERBS`); never for a verb whose object points back
    at what was said before ("The plan, which Caputo announced in Mendoza, …").
    """
    if frame.kind != "verb" or _said_before(frame.cue):
        return False  # "The plan, which Caputo announced in Mendoza, …": said before
    verb = frame.cue
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in PLACE_OF_SAYING:
        return False
    return _on_the_saying(prep.head, verb)


def _on_the_saying(head: Token, verb: Token) -> bool:
    """Whether ``head``, which holds the place's "in"/"at", is the saying or a part of it."""
    if head.i == verb.i:
        return True  # "said in Helsinki"
    up = head.head
    if head.dep_ in _LISTENER_DEPS and up.i == verb.i:
        return verb.lemma_.lower() in LISTENER_VERBS  # "told reporters in Kyiv"
    if head.dep_ == "pobj" and head.lemma_.lower() in SCENE_NOUNS:
        return up.dep_ == "prep" and up.head.i == verb.i  # "at a conference in London"
    if head.dep_ in ("advcl", "csubj") and up.i == verb.i and head.i < verb.i:
        return head.lemma_.lower() in SCENE_VERBS  # "Speaking in Berlin, X said"
    return False
