"""A big city's name is the big city when its own paragraphs point there, whatever others say.

A roundup of unrelated paragraphs gave London, Ontario and Paris, Ontario for "Shares in
Frankfurt and Paris fell ..., analysts in London said" (another paragraph named Canada
and Ottawa), Vienna, Georgia for "OPEC met in Vienna and Saudi Arabia" (another named
Pennsylvania and Georgia), Miami, Queensland for "the final in Miami against Colombia":
the article-wide country and admin-1 votes (``ctx_country``, ``ctx_admin1``) and the
namesakes' votes for each other carried a small namesake over the big city.

:func:`paragraph_namesakes` revises a name picked as a city when another of its
candidates, by its own name, is a city of :data:`~geomap.nlp.vocab.BIG_CITY` people or
more and at least :data:`~geomap.nlp.sentence_namesakes.NAMESAKE_RATIO` times the
pick's population, farther than
:data:`~geomap.nlp.sentence_namesakes.OTHER_PLACE_KM` from it, and the places picked
for the other names of the name's paragraphs lie each nearer that namesake than the
pick (or, all in one country with both, summed no farther), and none lies in the
pick's country ("Cambridge Analytica ... the U.S. population" keeps a US Cambridge).
Those other names leave
out the names this rule may move too (Paris and London voting for each other's
Ontario towns); at least one must be left.  A paragraph naming no other place keeps
the article's evidence: a local paper's "officials in Paris said" is its state's
Paris.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Span

from geomap.geo import haversine_km
from geomap.nlp.revisions import Revision
from geomap.nlp.sentence_namesakes import NAMESAKE_RATIO, OTHER_PLACE_KM, nearer_others
from geomap.nlp.vocab import BIG_CITY
from geomap.records import Candidate, Place

_Pick = tuple[Place, float]
#: A blank line in a doc's own text (a doc read without the model's line breaks).
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
#: How a namesake must be matched to be weighed: by its own name, not another's old one.
OWN_MATCHES = frozenset({"name", "alias"})


def paragraph_starts(doc: Doc) -> list[int]:
    """The character offsets in ``doc`` where a paragraph after the first begins.

    A paragraph break is two line breaks in a row of the model's text
    (``doc._.line_breaks``: it writes a blank line as two spaces) or a blank line in
    the doc's own text.
    """
    given = doc._.line_breaks if Doc.has_extension("line_breaks") else None
    breaks = set(given or ())
    starts = {b + 2 for b in breaks if b + 1 in breaks}
    starts |= {m.end() for m in _BLANK_LINE.finditer(doc.text)}
    return sorted(starts)


def _bigger(pick: Place, options: Sequence[Candidate]) -> list[Place]:
    """The far, much bigger cities of ``options`` named by their own name."""
    least = max(BIG_CITY, NAMESAKE_RATIO * pick.population)
    return [
        c.place
        for c in options
        if c.match in OWN_MATCHES
        and c.place.feature_type == "city"
        and c.place.population >= least
        and haversine_km(c.place.lon, c.place.lat, pick.lon, pick.lat) > OTHER_PLACE_KM
    ]


def paragraph_namesakes(
    picks: Mapping[str, _Pick],
    groups: Mapping[str, Sequence[Span]],
    cands: Mapping[str, Sequence[Candidate]],
) -> dict[str, Revision]:
    """Revisions: every candidate ruled out but the big namesake (module docstring)."""
    movable: dict[str, list[Place]] = {}
    for key, (place, _) in picks.items():
        if place.feature_type == "city" and key in groups:
            bigger = _bigger(place, cands.get(key, ()))
            if bigger:
                movable[key] = bigger
    if not movable:
        return {}
    doc = next(iter(groups[next(iter(movable))])).doc
    starts = paragraph_starts(doc)
    paragraphs = {
        key: {bisect_right(starts, s.start_char) for s in spans} for key, spans in groups.items()
    }
    out: dict[str, Revision] = {}
    for key, bigger in movable.items():
        pick = picks[key][0]
        own = paragraphs[key]
        others = [
            picks[other][0]
            for other in picks
            if other != key and other not in movable and paragraphs.get(other, set()) & own
        ]
        if not others or any(o.country_code == pick.country_code for o in others):
            continue  # nothing else named, or the paragraph names the pick's country
        near = [p for p in bigger if nearer_others(p, pick, others)]
        if near:
            best = max(near, key=lambda p: p.population)
            out[key] = Revision(
                ruled_out=frozenset(
                    c.place.place_id for c in cands[key] if c.place.place_id != best.place_id
                )
            )
    return out
