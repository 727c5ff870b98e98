"""Speakers introduced by a role and named later in the article.

Wire stories often bring a source in by what it is and name it a sentence or two on:
"A senior Red Cross official said …" … "“…,” said the official, Pierre Lambert";
"South Africa's energy minister said …" … "the minister, Sipho Ndlovu, told parliament";
"a coroner in Truro said …" … "Senior coroner Andrew Cox said"; "the airport's operator
said" … "the operator, Dubai Airports, said".  The earlier claims are the named source's
(one source, one entity): a frame whose speaker is such a description (a singular common
noun with no person's name in its phrase) takes the later speaker phrase that names it,
when one of the next ``window`` sentences has a speaker whose phrase holds the same noun
as that name's definite apposition ("the official, Pierre Lambert", "Pierre Lambert, the
official"; not "Weng Jingling, an expert …" after "a mapping expert": another one) or as
its title right before it ("coroner Andrew Cox"; a body's noun is no title: "police Capt.
X").  A description needs a determiner or an owner ("A senior official", "the airport's
operator"); a bare "police said" introduces no one.  The place's own phrase and role are
unchanged; only who speaks is.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from spacy.tokens import Span, Token

from geomap.claims.clause_roles import is_plural
from geomap.claims.frames import Frame, SentenceFrames
from geomap.claims.kinds import speaker_kind
from geomap.claims.nps import core_np
from geomap.claims.source_nouns import BODY_KINDS, descriptor_kind


class _Attribution(Protocol):  # what :class:`~geomap.claims.speakers.DocAttribution` offers
    sents: list[Span]

    def sentence_index(self, token: Token) -> int: ...  # pragma: no cover

    def frames(self, index: int) -> SentenceFrames: ...  # pragma: no cover


def named_later(attribution: _Attribution, frame: Frame | None, window: int) -> Frame | None:
    """``frame`` with its speaker the phrase that names it later, if the article does."""
    if frame is None:
        return None
    speaker = frame.speaker
    root = speaker.root
    if root.pos_ != "NOUN" or is_plural(root) or speaker_kind(speaker) == "document":
        return frame
    if any(t.ent_type_ == "PERSON" or t.pos_ == "PRON" for t in speaker):
        return frame  # named already, or told whose by a pronoun ("his office")
    if not any(c.dep_ in ("det", "poss") for c in root.children):
        return frame  # "police said": a body, no one introduced
    lemma = root.lemma_.lower()
    index = attribution.sentence_index(root)
    last = min(len(attribution.sents), index + 1 + window)
    for j in range(index + 1, last):
        for later in attribution.frames(j).frames:
            if naming(later.speaker, lemma) is not None:
                return replace(frame, speaker=later.speaker)
    return frame


def naming(phrase: Span, lemma: str) -> Span | None:
    """The name ``phrase`` gives a noun of ``lemma`` it holds: "the official, Pierre Lambert".

    The noun told by "the" or an owner with a proper name in apposition (either way round:
    "Pierre Lambert, the official"), or the noun as a title right before a proper name
    ("Senior coroner Andrew Cox").
    """
    for tok in phrase:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() != lemma or is_plural(tok):
            continue
        if _definite(tok):
            name = next((c for c in tok.children if c.dep_ == "appos" and _proper(c)), None)
            if name is not None:
                return core_np(name)  # "the official, Pierre Lambert"
            if tok.dep_ == "appos" and _proper(tok.head):
                return core_np(tok.head)  # "Pierre Lambert, the official"
        elif tok.dep_ == "compound" and tok.head.i > tok.i and _proper(tok.head):
            titled = tok.doc[tok.i + 1 : tok.head.i + 1]
            if all(_proper(t) for t in titled) and descriptor_kind(tok) not in BODY_KINDS:
                return titled  # "Senior coroner Andrew Cox", not "police Capt. X"
    return None


#: The kinds of a body: its noun before a name is no title ("police Sgt. X").


def _definite(tok: Token) -> bool:
    """Whether a noun is told as one already known: "the official", "the agency's operator".

    "Weng Jingling, an expert in …" after "a mapping expert" is another expert.
    """
    return any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in tok.children)


def _proper(tok: Token) -> bool:
    """Whether ``tok`` heads a proper name."""
    return tok.pos_ == "PROPN"
