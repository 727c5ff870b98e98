"""Mentions of one bare name whose nearest places point to different candidates.

One sense per name per article (:mod:`geomap.nlp.name_groups`) gives every bare
"Georgia" of a story one place. A story can name both: "In Georgia, protesters in
Tbilisi marched ..., while the governor of Georgia, Brian Kemp, said Atlanta ...".
Each mention's *local evidence* is the places named next to it: the other resolved
names of its sentence that lie nearer to it than to any other mention of the same
name in that sentence (:func:`neighbours`). A candidate *fits* a neighbour when the
neighbour lies in it (a country holding it, an admin-1 unit holding it) or, for a
town, in its admin-1 unit (:func:`fits`). A country's or an admin-1 unit's mentions
are never given to a town of its name (:func:`as_prominent`).

:func:`split_senses` reads the picks of a first pass. A mention whose neighbours fit
none of them the group's pick but fit another candidate of the name, while another
mention's neighbours fit the pick, names that other place: the resolver groups it
apart with that one candidate (``group_mentions(..., own=...)``), and the mentions
whose neighbours fit the pick with the pick, and resolves the article again. A
mention whose neighbours point elsewhere while no other mention's point to the pick
makes the group *doubtful*: its evidence is split, and the resolver lowers its
confidence by :data:`SPLIT_FACTOR`, as it does for the mentions placed apart. In a
split group, a mention with no evidence of its own takes the sense of the nearest
evidenced mention before it, or (a headline) of the first after it.
This is not fitted: no gold corpus names one name as two places in one story.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from spacy.tokens import Span

from geomap.nlp.abroad import place_countries
from geomap.records import Candidate, Place

#: Factor on the raw confidence of a mention placed apart from its name's other
#: mentions, and of a name whose mentions' local evidence disagrees (not fitted).
SPLIT_FACTOR = 0.4


@dataclass(frozen=True)
class Senses:
    """What the local evidence of an article's names says.

    ``apart`` maps the start token of each mention placed apart to the place id of the
    candidate its neighbours fit; ``doubtful`` holds the keys of the groups whose
    mentions' evidence disagrees without a mention to split off.
    """

    apart: Mapping[int, str]
    doubtful: frozenset[str]


def fits(candidate: Place, neighbour: Place) -> bool:
    """Whether ``neighbour`` lies in ``candidate`` (or, for a town, in its unit)."""
    if candidate.place_id == neighbour.place_id:
        return False
    if candidate.feature_type == "country" or candidate.members:
        return neighbour.country_code in place_countries(candidate)
    if not candidate.country_code or not candidate.admin1_code:
        return False
    return (
        neighbour.country_code == candidate.country_code
        and neighbour.admin1_code == candidate.admin1_code
    )


def as_prominent(other: Place, pick: Place) -> bool:
    """Whether ``other`` may take mentions from ``pick``: a unit's only from a unit.

    A country or an admin-1 unit (or a grouping) is never split to a town of its name:
    "production in China is no cheaper than in Texas" names the country beside two US
    states, not China, Texas; the country beside Tbilisi and the US state beside
    Atlanta are both units.
    """
    return not _unit(pick) or _unit(other)


def _unit(place: Place) -> bool:
    return place.feature_type in {"country", "admin1"} or bool(place.members)


def neighbours(span: Span, own: Sequence[Span], others: Sequence[Span]) -> list[Span]:
    """The spans of ``others`` in ``span``'s sentence nearer it than any of ``own``.

    ``own`` are the other mentions of the same name; distance counts tokens between
    the nearer ends.
    """

    def gap(a: Span, b: Span) -> int:
        return max(a.start - b.end, b.start - a.end, 0)

    sent = span.sent.start
    rivals = [s for s in own if s.start != span.start and s.sent.start == sent]
    return [
        o for o in others if o.sent.start == sent and all(gap(o, span) < gap(o, r) for r in rivals)
    ]


def split_senses(
    picks: Mapping[str, tuple[Place, float]],
    groups: Mapping[str, Sequence[Span]],
    cands: Mapping[str, Sequence[Candidate]],
) -> Senses:
    """The mentions to place apart and the groups whose evidence is split (module doc)."""
    resolved = [(s, picks[k][0]) for k, g in groups.items() if k in picks for s in g]
    place_of = {s.start: p for s, p in resolved}
    apart: dict[int, str] = {}
    doubtful: set[str] = set()
    for key, group in groups.items():
        if key not in picks or len(group) < 2:
            continue
        pick = picks[key][0]
        others = [s for s, _ in resolved if s.start not in {m.start for m in group}]
        for_pick: dict[int, str] = {}
        away: dict[int, str] = {}
        for span in group:
            near = [place_of[o.start] for o in neighbours(span, group, others)]
            if any(fits(pick, n) for n in near):
                for_pick[span.start] = pick.place_id
                continue
            elsewhere = [
                c.place
                for c in cands.get(key, ())
                if c.place.place_id != pick.place_id
                and as_prominent(c.place, pick)
                and any(fits(c.place, n) for n in near)
            ]
            if len({p.place_id for p in elsewhere}) == 1:
                away[span.start] = elsewhere[0].place_id
        if away and for_pick:
            apart.update(_without_evidence(group, away | for_pick))
        elif away:
            doubtful.add(key)
    return Senses(apart, frozenset(doubtful))


def _without_evidence(group: Sequence[Span], placed: Mapping[int, str]) -> dict[int, str]:
    """``placed`` with each mention of no evidence given its nearest evidenced one's sense.

    A mention whose neighbours fit no candidate (a headline's "Storm hits Victoria as
    Paris, Texas mayor visits Georgia") continues the mention with evidence before it,
    or, before every one (a headline), the first after it: the lede restates the headline.
    """
    out = dict(placed)
    known = sorted(placed)
    for span in group:
        if span.start in placed:
            continue
        before = [k for k in known if k < span.start]
        out[span.start] = placed[before[-1] if before else known[0]]
    return out


def sense_targets(groups: Mapping[str, Sequence[Span]], own: Mapping[int, str]) -> dict[str, str]:
    """The place id each group of mentions placed apart (``own``) is restricted to."""
    return {
        key: own[span.start] for key, group in groups.items() for span in group if span.start in own
    }
