"""Compare what different articles say about the same place.

For each place: the articles that mention it, and their claims side by side.
Claims about the place from two different articles are paired greedily by
TF-IDF cosine similarity of their sentences (:mod:`geomap.claims.similarity`):
each claim's ``k`` best candidates from other articles above ``threshold``,
then best pair first, each claim used at most once per article pair
(:func:`pair_place`).  Articles in two languages share no words: their claims
about the place are paired by place, in order, without a similarity.  Claims
in no pair are listed as unpaired.  Places mentioned by one article only are
listed under ``only_in``.  The same
:func:`pair_place` serves a whole streamed run (:class:`geomap.runstore.RunStore`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from geomap.claims.collect import claims_from_mentions, places_from_mentions
from geomap.claims.similarity import TermCounts, best_candidates
from geomap.records import Claim, Mention, Place
from geomap.serialize import claim_record, pair_record

DEFAULT_THRESHOLD = 0.1
#: Candidates from other articles kept per claim before the one-to-one pairing.
DEFAULT_CANDIDATES = 5


@dataclass(frozen=True)
class ClaimPair:
    """Two claims about one place from two articles, and how similar they are.

    ``similarity`` is ``None`` for two articles in different languages, paired by place.
    """

    a: str
    b: str
    similarity: float | None
    claim_a: Claim
    claim_b: Claim

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return pair_record(
            self.a,
            self.b,
            self.similarity,
            claim_to_dict(self.claim_a),
            claim_to_dict(self.claim_b),
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
        """JSON-ready form."""
        return {
            "place_id": self.place_id,
            "name": self.name,
            "articles": list(self.articles),
            "shared": self.shared,
            "pairs": [p.to_dict() for p in self.pairs],
            "unpaired": [claim_to_dict(c) for c in self.unpaired],
        }


@dataclass(frozen=True)
class Comparison:
    """The cross-article comparison of a run (``comparison.json``)."""

    articles: tuple[str, ...]
    places: tuple[PlaceComparison, ...]
    threshold: float = DEFAULT_THRESHOLD

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
            "method": {"similarity": "tfidf-cosine", "threshold": self.threshold},
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
                    pair_record(p.a, p.b, p.similarity, p.claim_a.sentence, p.claim_b.sentence)
                    for p in place.pairs
                ],
                "only_in": list(dict.fromkeys(c.article_id for c in place.unpaired)),
            }
        return out


def claim_to_dict(claim: Claim) -> dict[str, Any]:
    """A claim as it appears in ``comparison.json`` (:func:`geomap.serialize.claim_record`)."""
    return claim_record(claim)


def pair_place(
    sentences: Sequence[str],
    ranks: Sequence[int],
    counts: TermCounts,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    k: int = DEFAULT_CANDIDATES,
    languages: Sequence[str | None] | None = None,
) -> list[tuple[int, int, float | None]]:
    """Pair the claims about one place across articles.

    Parameters
    ----------
    sentences
        The claims' sentences.
    ranks
        Each claim's article, as its rank in the run's article order.
    counts
        The run's document frequencies.
    threshold, k
        Minimum similarity; candidates kept per claim.
    languages
        Each claim's article language.  Words cannot pair claims told in two
        languages: such articles' claims about the place are paired by place,
        one to one in the order they were made, with no similarity (``None``).

    Returns
    -------
    list of (i, j, similarity)
        ``i`` in the earlier article; ordered by article pair, then best first.
    """
    if len(set(ranks)) < 2:
        return []
    langs = list(languages) if languages is not None else [None] * len(sentences)
    vectors = counts.vectors(sentences)
    taken: set[tuple[int, int]] = set()
    out: list[tuple[int, int, float | None]] = []
    for sim, i, j in best_candidates(vectors, ranks, k=k, threshold=threshold):
        if _across(langs, i, j):
            continue
        if ranks[i] > ranks[j]:
            i, j = j, i
        if (i, ranks[j]) in taken or (j, ranks[i]) in taken:
            continue
        taken.add((i, ranks[j]))
        taken.add((j, ranks[i]))
        out.append((i, j, sim))
    by_article: dict[int, list[int]] = {}
    for n, r in enumerate(ranks):
        by_article.setdefault(r, []).append(n)
    articles = sorted(by_article)
    for x, ra in enumerate(articles):
        for rb in articles[x + 1 :]:
            first, second = by_article[ra], by_article[rb]
            if not _across(langs, first[0], second[0]):
                continue
            for i, j in zip(first, second, strict=False):
                out.append((i, j, None))
    out.sort(key=lambda t: (ranks[t[0]], ranks[t[1]], -(t[2] if t[2] is not None else -1), t[0]))
    return out


def _across(languages: Sequence[str | None], i: int, j: int) -> bool:
    """Whether two claims are told in two known, different languages."""
    a, b = languages[i], languages[j]
    return a is not None and b is not None and a != b


def compare(
    items: Sequence[Mention] | Sequence[Claim],
    *,
    articles: Sequence[str] | None = None,
    places: Mapping[str, Place | str] | None = None,
    threshold: float = DEFAULT_THRESHOLD,
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
        Minimum TF-IDF cosine similarity for two claims to be paired.

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
    counts = TermCounts()
    counts.add([c.sentence for c in claims])
    by_place: dict[str, list[Claim]] = {}
    for claim in claims:
        by_place.setdefault(claim.place_id, []).append(claim)
    results = []
    for pid, group in by_place.items():
        arts = tuple(sorted(dict.fromkeys(c.article_id for c in group), key=rank.__getitem__))
        found = pair_place(
            [c.sentence for c in group],
            [rank[c.article_id] for c in group],
            counts,
            threshold=threshold,
        )
        pairs = [
            ClaimPair(group[i].article_id, group[j].article_id, sim, group[i], group[j])
            for i, j, sim in found
        ]
        used = {i for i, _, _ in found} | {j for _, j, _ in found}
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
    return Comparison(articles=tuple(order), places=tuple(results), threshold=threshold)
