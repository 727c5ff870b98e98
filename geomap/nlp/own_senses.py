"""A bare mention whose own sentence contradicts its qualified group's place.

One sense per name per article joins a bare "Georgia" to the one way the article
qualifies it (:mod:`geomap.nlp.name_groups`: "Atlanta, Georgia" makes every later
"Georgia" the state). That is too strong when a later mention's own sentence says
otherwise: "Tbilisi, the capital of Georgia, ... between Russia and Turkey" names
places in countries other than the state's, and the name has a candidate in one of
them. :func:`contrary_mentions` finds such mentions once every group has a pick; the
resolver then groups them apart (``group_mentions(..., alone=...)``) and resolves the
article again, so each sense is scored on its own evidence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Span

from geomap.nlp.abroad import place_countries
from geomap.nlp.mention_evidence import following_toponym
from geomap.nlp.name_groups import QUALIFIED_BY, QUALIFIES
from geomap.records import Candidate, Place


def contrary_mentions(
    picks: Mapping[str, tuple[Place, float]],
    groups: Mapping[str, Sequence[Span]],
    cands: Mapping[str, Sequence[Candidate]],
) -> frozenset[int]:
    """The starts of the bare mentions whose sentence contradicts their group's pick.

    A mention of a qualified or qualifying group (a key with
    :data:`~geomap.nlp.name_groups.QUALIFIED_BY` or ``QUALIFIES``) that is neither
    qualified nor a qualifier itself is contrary when the other names of its sentence
    are picked in one or more countries, none of them the group pick's, and one of
    the name's candidates lies in one of those countries.
    """
    spans = [s for group in groups.values() for s in group]
    qualifiers = {q.start for q in map(following_toponym, spans) if q is not None}
    key_at = {s.start: key for key, group in groups.items() for s in group}
    by_sentence: dict[int, list[Span]] = {}
    for span in spans:
        by_sentence.setdefault(span.sent.start, []).append(span)
    out: set[int] = set()
    for key, group in groups.items():
        if key not in picks or not (QUALIFIED_BY in key or QUALIFIES in key):
            continue
        own = set(place_countries(picks[key][0]))
        options = {c for cand in cands.get(key, ()) for c in place_countries(cand.place)}
        for span in group:
            if span.start in qualifiers or following_toponym(span) is not None:
                continue  # "Atlanta, Georgia" itself
            others: set[str] = set()
            for other in by_sentence[span.sent.start]:
                other_key = key_at[other.start]
                if other_key != key and other_key in picks:
                    others |= set(place_countries(picks[other_key][0]))
            if others and not others & own and others & options:
                out.add(span.start)
    return frozenset(out)
