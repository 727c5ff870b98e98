"""Compare what different articles say about the same place.

For each place: the articles that mention it, and their claims side by side.
Claims about the place from two different articles are paired only when they tell
the same event (:func:`~geomap.claims.pairing.pair_place`: sentence candidates,
the article evidence of :mod:`geomap.claims.sameevent`, measured in
``docs/claims.md``).  Claims in two languages share no words and are never paired
(a streamed run lists such articles apart: :mod:`geomap.claims.other_languages`).
Claims in no pair are listed as unpaired.  Places mentioned by one article only are listed under
``only_in``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from geomap.claims.articles import ArticleIndex, context
from geomap.claims.collect import claims_from_mentions, places_from_mentions
from geomap.claims.pairing import (
    DEFAULT_CANDIDATES,
    DEFAULT_THRESHOLD,
    EvidenceOf,
    method,
    pair_place,
)
from geomap.claims.sameevent import DEFAULT_RULE, Evidence, Rule
from geomap.claims.similarity import TermCounts, terms
from geomap.records import Claim, Mention, Place
from geomap.serialize import claim_record, pair_record


@dataclass(frozen=True)
class ClaimPair:
    """Two claims about one place from two articles that tell the same event.

    ``similarity`` is the sentences' TF-IDF cosine; ``evidence`` is ``None`` only when
    the pairing was given no evidence to weigh.
    """

    a: str
    b: str
    similarity: float | None
    claim_a: Claim
    claim_b: Claim
    evidence: Evidence | None = None

    def to_dict(self, at: Mapping[int, int]) -> dict[str, Any]:
        """JSON-ready form: the two claims by their positions in the place's claims.

        ``at`` maps each claim (by ``id()``) to its position in
        :attr:`PlaceComparison.claims`.
        """
        return pair_record(
            self.a,
            self.b,
            self.similarity,
            at[id(self.claim_a)],
            at[id(self.claim_b)],
            None if self.evidence is None else self.evidence.to_dict(),
        )


@dataclass(frozen=True)
class PlaceComparison:
    """The claims of every article about one place."""

    place_id: str
    name: str
    articles: tuple[str, ...]
    claims: tuple[Claim, ...]
    pairs: tuple[ClaimPair, ...]
    unpaired: tuple[Claim, ...]

    @property
    def shared(self) -> bool:
        """Whether more than one article mentions the place."""
        return len(self.articles) > 1

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: each claim once, pairs and unpaired claims by position."""
        at = {id(c): n for n, c in enumerate(self.claims)}
        return {
            "place_id": self.place_id,
            "name": self.name,
            "articles": list(self.articles),
            "shared": self.shared,
            "claims": [claim_to_dict(c) for c in self.claims],
            "pairs": [p.to_dict(at) for p in self.pairs],
            "unpaired": [at[id(c)] for c in self.unpaired],
        }


@dataclass(frozen=True)
class Comparison:
    """The cross-article comparison of a run (``comparison.json``)."""

    articles: tuple[str, ...]
    places: tuple[PlaceComparison, ...]
    threshold: float = DEFAULT_THRESHOLD
    rule: Rule = DEFAULT_RULE

    @property
    def only_in(self) -> dict[str, list[str]]:
        """``article -> names of the places only that article mentions``."""
        out: dict[str, list[str]] = {a: [] for a in self.articles}
        for place in self.places:
            if len(place.articles) == 1:
                out.setdefault(place.articles[0], []).append(place.name)
        return out

    def place(self, place_id: str) -> PlaceComparison | None:
        """The comparison for one place, if it is mentioned."""
        return next((p for p in self.places if p.place_id == place_id), None)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: ``{"articles", "places", "only_in", "method"}``."""
        return {
            "articles": list(self.articles),
            "places": [p.to_dict() for p in self.places],
            "only_in": self.only_in,
            "method": method(self.threshold, self.rule),
        }

    def by_place(self) -> dict[str, dict[str, Any]]:
        """Per-place summary for the map: ``place_id -> {"articles", "pairs", "only_in"}``.

        ``pairs`` carry the two sentences as ``claim_a``/``claim_b`` strings;
        ``only_in`` lists the articles that have claims about the place left unpaired.
        """
        out: dict[str, dict[str, Any]] = {}
        for place in self.places:
            out[place.place_id] = {
                "articles": list(place.articles),
                "pairs": [
                    pair_record(
                        p.a,
                        p.b,
                        p.similarity,
                        p.claim_a.sentence,
                        p.claim_b.sentence,
                        None if p.evidence is None else p.evidence.to_dict(),
                    )
                    for p in place.pairs
                ],
                "only_in": list(dict.fromkeys(c.article_id for c in place.unpaired)),
            }
        return out


def claim_to_dict(claim: Claim) -> dict[str, Any]:
    """A claim as it appears in ``comparison.json`` (:func:`geomap.serialize.claim_record`)."""
    return claim_record(claim)


def compare(
    items: Sequence[Mention] | Sequence[Claim],
    *,
    articles: Sequence[str] | None = None,
    places: Mapping[str, Place | str] | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    dates: Mapping[str, str] | None = None,
    rule: Rule = DEFAULT_RULE,
) -> Comparison:
    """Compare the claims of different articles place by place.

    Parameters
    ----------
    items
        Mentions (claims are derived with
        :func:`~geomap.claims.collect.claims_from_mentions`, place names taken
        from them) or claims.
    articles
        All article ids of the run, in order (articles without a claim are
        kept); by default those of ``items`` in order of appearance.
    places
        ``place_id -> Place`` (or name) for naming places when ``items`` are
        claims; a place without an entry is named by its id.
    threshold
        Minimum TF-IDF cosine of two sentences to be candidates.
    dates
        ``article id -> publication date`` (ISO) where known: articles further
        apart than ``rule.max_days`` tell different events.
    rule
        The same-event rule (:class:`~geomap.claims.sameevent.Rule`).

    Returns
    -------
    Comparison
        Places in order of first claim.
    """
    names: dict[str, str] = {}
    if items and isinstance(items[0], Mention):
        mentions = [m for m in items if isinstance(m, Mention)]
        names = {pid: p.name for pid, p in places_from_mentions(mentions).items()}
        claims = claims_from_mentions(mentions)
    else:
        claims = [c for c in items if isinstance(c, Claim)]
    for pid, value in (places or {}).items():
        names.setdefault(pid, value if isinstance(value, str) else value.name)
    order = list(dict.fromkeys([*(articles or ()), *(c.article_id for c in claims)]))
    rank = {a: i for i, a in enumerate(order)}
    found_terms = [terms(c.sentence) for c in claims]  # once per claim
    sentence_terms = {id(c): t for c, t in zip(claims, found_terms, strict=True)}
    counts = TermCounts()
    counts.add_terms(found_terms)
    by_article: dict[str, list[str]] = {a: [] for a in order}
    by_place: dict[str, list[Claim]] = {}
    named: dict[str, dict[str, dict[str, None]]] = {a: {} for a in order}
    for claim in claims:
        by_place.setdefault(claim.place_id, []).append(claim)
        by_article[claim.article_id].append(claim.sentence)
        written = named[claim.article_id].setdefault(claim.place_id, {})
        written[names.get(claim.place_id, "")] = None
        written[mention_text(claim)] = None
    index = ArticleIndex(lambda r: (facts[r], (dates or {}).get(order[r])))
    facts = [
        index.add(
            context(by_article[a]),
            places={p: [f for f in written if f] for p, written in named[a].items()},
        )
        for a in order
    ]
    results = []
    for pid, group in by_place.items():
        arts = tuple(sorted(dict.fromkeys(c.article_id for c in group), key=rank.__getitem__))
        forms = [names.get(pid, ""), *dict.fromkeys(mention_text(c) for c in group)]

        def evidence(
            i: int, j: int, sim: float, g: list[Claim] = group, f: list[str] = forms, p: str = pid
        ) -> Evidence:
            return index.evidence(rank[g[i].article_id], rank[g[j].article_id], sim, f, p)

        found = pair_place(
            [sentence_terms[id(c)] for c in group],
            [rank[c.article_id] for c in group],
            counts,
            threshold=threshold,
            evidence=evidence,
            rule=rule,
        )
        pairs = [
            ClaimPair(group[i].article_id, group[j].article_id, sim, group[i], group[j], ev)
            for i, j, sim, ev in found
        ]
        used = {t[0] for t in found} | {t[1] for t in found}
        results.append(
            PlaceComparison(
                place_id=pid,
                name=names.get(pid, pid),
                articles=arts,
                claims=tuple(group),
                pairs=tuple(pairs),
                unpaired=tuple(c for n, c in enumerate(group) if n not in used),
            )
        )
    return Comparison(articles=tuple(order), places=tuple(results), threshold=threshold, rule=rule)


def mention_text(claim: Claim) -> str:
    """The place as the claim's sentence writes it."""
    offset = claim.mention_start - claim.start
    return claim.sentence[offset : offset + claim.mention_end - claim.mention_start]


__all__ = [
    "DEFAULT_CANDIDATES",
    "DEFAULT_THRESHOLD",
    "ClaimPair",
    "Comparison",
    "EvidenceOf",
    "PlaceComparison",
    "compare",
    "method",
    "pair_place",
]
