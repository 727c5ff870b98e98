"""Pairing the claims about one place across articles: candidates, the rule, one to one.

Each claim's ``k`` best candidates from other articles by TF-IDF cosine of their
sentences (:func:`geomap.claims.similarity.best_candidates`, in row blocks, never a
dense all-claims matrix), kept when the evidence of their articles holds the
same-event rule (:mod:`geomap.claims.sameevent`), best pair first, each claim used
at most once per article pair.  Shared by :func:`geomap.claims.compare.compare`
(claims in memory) and :class:`geomap.runstore.RunStore` (a streamed run).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from geomap.claims.sameevent import DEFAULT_RULE, Evidence, Rule
from geomap.claims.similarity import TermCounts, best_candidates

#: Minimum TF-IDF cosine of two sentences to be candidates (the rule's own minimum).
DEFAULT_THRESHOLD = DEFAULT_RULE.min_cosine
#: Candidates from other articles kept per claim before the rule and the one-to-one pairing.
DEFAULT_CANDIDATES = 5
#: ``(i, j, sentence cosine) -> evidence`` of two claims of one place.
EvidenceOf = Callable[[int, int, float], Evidence]


def method(threshold: float = DEFAULT_THRESHOLD, rule: Rule = DEFAULT_RULE) -> dict[str, Any]:
    """How claims were paired, as ``comparison.json`` records it."""
    return {
        "pairs": "same event",
        "candidates": f"{DEFAULT_CANDIDATES} best per claim by sentence TF-IDF cosine",
        "similarity": "tfidf-cosine",
        "threshold": threshold,
        "same_event": rule.to_dict(),
        "measured": "docs/claims.md, bench/results/pairs.md",
        "across_languages": "paired by place in order, similarity null",
    }


def pair_place(
    terms: Sequence[Sequence[int]],
    ranks: Sequence[int],
    counts: TermCounts,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    k: int = DEFAULT_CANDIDATES,
    languages: Sequence[str | None] | None = None,
    evidence: EvidenceOf | None = None,
    rule: Rule = DEFAULT_RULE,
) -> list[tuple[int, int, float | None, Evidence | None]]:
    """Pair the claims about one place across articles: those that tell the same event.

    Parameters
    ----------
    terms
        The hashed terms of the claims' sentences
        (:func:`geomap.claims.similarity.terms`; a streamed run finds them as its
        articles arrive).
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
    evidence, rule
        A candidate pair is kept only if ``rule`` holds for ``evidence(i, j,
        cosine)``; without ``evidence``, every candidate above ``threshold`` is kept.

    Returns
    -------
    list of (i, j, similarity, evidence)
        ``i`` in the earlier article; ordered by article pair, then best first.
    """
    if len(set(ranks)) < 2:
        return []
    langs = list(languages) if languages is not None else [None] * len(ranks)
    vectors = counts.vectors_of(terms)
    taken: set[tuple[int, int]] = set()
    out: list[tuple[int, int, float | None, Evidence | None]] = []
    for sim, i, j in best_candidates(vectors, ranks, k=k, threshold=threshold):
        if _across(langs, i, j):
            continue
        if ranks[i] > ranks[j]:
            i, j = j, i
        if (i, ranks[j]) in taken or (j, ranks[i]) in taken:
            continue
        found = evidence(i, j, sim) if evidence is not None else None
        if found is not None and not rule.holds(found):
            continue
        taken.add((i, ranks[j]))
        taken.add((j, ranks[i]))
        out.append((i, j, sim, found))
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
                out.append((i, j, None, None))
    out.sort(key=lambda t: (ranks[t[0]], ranks[t[1]], -(t[2] if t[2] is not None else -1), t[0]))
    return out


def _across(languages: Sequence[str | None], i: int, j: int) -> bool:
    """Whether two claims are told in two known, different languages."""
    a, b = languages[i], languages[j]
    return a is not None and b is not None and a != b
