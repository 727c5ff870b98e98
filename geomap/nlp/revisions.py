"""Rules after ranking revise a name's candidates; the ranker then picks and scores again.

Some evidence is seen only once every name has a pick: "Yorkshire" in a story whose
other places are British is the admin unit North Yorkshire, not a namesake town in the
United States (:mod:`geomap.nlp.extended_units`); "New York" listed beside cities is the
city, not the state (:mod:`geomap.nlp.listed_cities`). Such a rule does not overwrite the
pick: it returns a :class:`Revision` (candidates it adds, candidates its evidence rules
out), and :func:`rerank` scores the revised candidates again with the last round's
features and weights, so the pick is the ranker's best among them and its confidence is
that entry's own softmax share (not the share of the pick it replaced).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass

from geomap.nlp.scoring import softmax_top
from geomap.records import Candidate, Place

#: Scores a name's candidates as the ranker's last round did (same evidence and context).
Scorer = Callable[[Sequence[Candidate]], list[float]]


@dataclass(frozen=True)
class Revision:
    """What a rule applied after ranking says about one name's candidates.

    ``added`` are entries the rule brings (not found under the name itself);
    ``ruled_out`` are the ``place_id`` of candidates its evidence excludes.
    """

    added: tuple[Candidate, ...] = ()
    ruled_out: frozenset[str] = frozenset()

    def apply(self, options: Sequence[Candidate]) -> list[Candidate]:
        """The candidates left and added by this revision (each place once)."""
        seen: set[str] = set()
        out: list[Candidate] = []
        for c in [*options, *self.added]:
            if c.place.place_id in self.ruled_out or c.place.place_id in seen:
                continue
            seen.add(c.place.place_id)
            out.append(c)
        return out


def rerank(
    options: Sequence[Candidate], revision: Revision, scorer: Scorer
) -> tuple[Place, float] | None:
    """The best revised candidate and its softmax share, ``None`` if none is left."""
    revised = revision.apply(options)
    if not revised:
        return None
    scored = scorer(revised)
    best = max(range(len(revised)), key=scored.__getitem__)
    return revised[best].place, softmax_top(scored)


def revise(
    picks: Mapping[str, tuple[Place, float]],
    revisions: Mapping[str, Revision],
    cands: MutableMapping[str, list[Candidate]],
    scorer: Callable[[str], Scorer],
) -> dict[str, tuple[Place, float]]:
    """The picks, each revised name scored again by ``scorer(key)``.

    The candidates a revision adds join ``cands[key]`` (they are the name's candidates
    from now on); a name with no candidate left keeps its pick.
    """
    out = dict(picks)
    for key, revision in revisions.items():
        pick = rerank(cands[key], revision, scorer(key))
        cands[key] = [*cands[key], *revision.added]
        if pick is not None:
            out[key] = pick
    return out
