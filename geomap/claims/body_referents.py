"""Who "the company", "the agency" or "the charity" is: the body named before (issue 17).

"The World Health Organization said 12 cases had been confirmed. The agency said most were
in Lagos.": a generic noun for a body, with "the" alone, refers back to the most recent
named organisation that spoke, though its name lacks the word ("the ministry" after "the
Ministry of Defence" is :meth:`~geomap.claims.antecedents.Antecedents._definite_antecedent`'s).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from geomap.claims.nps import entity_phrase

#: Generic nouns for a body that news uses for one named before ("Toyota … the carmaker").
GENERIC_BODIES: frozenset[str] = frozenset(
    {
        "company", "firm", "group", "agency", "organisation", "organization", "charity",
        "carmaker", "automaker", "retailer", "airline", "bank", "manufacturer", "maker",
        "broadcaster", "newspaper", "paper", "union", "operator", "insurer", "lender",
        "giant", "conglomerate", "corporation", "watchdog", "regulator", "foundation",
        "chain", "publisher", "ngo", "network",
    }
)  # fmt: skip


def body_referent(tok: Token, recent: Iterable[Span]) -> Span | None:
    """The most recent named organisation among ``recent`` speakers, for "the company".

    Parameters
    ----------
    tok
        The head of a bare definite description ("the agency"), singular.
    recent
        Speakers before it, newest first.
    """
    if tok.lemma_.lower() not in GENERIC_BODIES or tok.tag_ in ("NNS", "NNPS"):
        return None
    for speaker in recent:
        if speaker.end > tok.i:
            continue  # only a body named before
        for ent in speaker.ents:
            if ent.label_ == "ORG" and any(t.pos_ == "PROPN" for t in ent):
                return entity_phrase(ent)
    return None
