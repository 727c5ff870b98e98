"""Pairing the claims about one place across articles: candidates, the rule, one to one.

Each claim's ``k`` best candidates from other articles by TF-IDF cosine of their
sentences (:func:`geomap.claims.similarity.best_candidates`, in row blocks, never a
dense all-claims matrix), kept when the evidence of their articles holds the
same-event rule (:mod:`geomap.claims.sameevent`), best pair first, each claim used
at most once per article pair.  Shared by :func:`geomap.claims.compare.compare`
(claims in memory) and :class:`geomap.runstore.RunStore` (a streamed run).

Claims told in two languages share no words and are never paired: which articles in
other languages name the place too is :func:`across_articles` (article pairs, bounded,
nearest in date), written apart from the pairs (:mod:`geomap.claims.other_languages`).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from geomap.claims.sameevent import DEFAULT_RULE, Evidence, Rule
from geomap.claims.similarity import TermCounts, best_candidates
from geomap.dates import day_of

#: Minimum TF-IDF cosine of two sentences to be candidates (the rule's own minimum).
DEFAULT_THRESHOLD = DEFAULT_RULE.min_cosine
#: Candidates from other articles kept per claim before the rule and the one-to-one pairing.
DEFAULT_CANDIDATES = 5
#: Articles in other languages kept per article under a place's ``other_languages``.
OTHER_PER_ARTICLE = 3
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
        "across_languages": "claims in two languages are never paired (they share no words)",
        "other_languages": (
            "same place, other language: articles, not a pair of claims and not the"
            f" same-event rule; candidates: each article with the {DEFAULT_CANDIDATES}"
            " articles of every other language that name the place, nearest in date (at most"
            f" {rule.max_days} days apart); kept when they share what no translation changes"
            f" (other places, figures), each article's {OTHER_PER_ARTICLE} sharing most"
        ),
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
) -> list[tuple[int, int, float, Evidence | None]]:
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
        known languages: they are never paired (a claim is not matched with one
        in another language by its position in the article: the two need not be
        about the same thing).
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
    out: list[tuple[int, int, float, Evidence | None]] = []
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
    out.sort(key=lambda t: (ranks[t[0]], ranks[t[1]], -t[2], t[0]))
    return out


def across_articles(
    languages: dict[int, str | None], days: dict[int, int | None], *, k: int, max_days: int
) -> set[tuple[int, int]]:
    """The pairs of articles in two languages listed as naming a place both ("other languages").

    Each article (a rank) is paired with at most ``k`` articles of every other known
    language: those nearest in date, never more than ``max_days`` apart (an article
    without a date with the first ``k`` in run order, as one with a date with the
    undated), then earliest in run order.  An article may be chosen by more, but the
    pairs are at most ``k`` times the articles times the languages, where pairing
    every article with every other grows with their square.

    Parameters
    ----------
    languages, days
        Each article's language (``None``: unknown, never paired so) and publication
        day (a day number, ``None`` if unknown).
    k, max_days
        Articles kept per other language; the largest gap between two dates.

    Returns
    -------
    set of (int, int)
        Pairs of ranks, the earlier first.

    >>> langs = {0: "en", 1: "en", 2: "ru", 3: "ru", 4: "ru"}
    >>> days = {0: 10, 1: 20, 2: 11, 3: 21, 4: 40}
    >>> sorted(across_articles(langs, days, k=1, max_days=3))
    [(0, 2), (1, 3)]
    """
    dated: dict[str, list[tuple[int, int]]] = {}
    undated: dict[str, list[int]] = {}
    every: dict[str, list[int]] = {}
    for rank in sorted(languages):
        lang, day = languages[rank], days.get(rank)
        if lang is None:
            continue
        every.setdefault(lang, []).append(rank)
        if day is None:
            undated.setdefault(lang, []).append(rank)
        else:
            dated.setdefault(lang, []).append((day, rank))
    for items in dated.values():
        items.sort()
    out: set[tuple[int, int]] = set()
    for rank, lang in languages.items():
        if lang is None:
            continue
        day = days.get(rank)
        for other in every:
            if other == lang:
                continue
            if day is None:
                chosen = every[other][:k]
            else:
                chosen = [r for _, r in _nearest(dated.get(other, []), day, k, max_days)]
                chosen += undated.get(other, [])[: k - len(chosen)]
            out.update((min(rank, r), max(rank, r)) for r in chosen)
    return out


def _nearest(
    items: list[tuple[int, int]], day: int, k: int, max_days: int
) -> list[tuple[int, int]]:
    """The ``k`` items ``(day, rank)`` of a sorted list nearest to ``day``, within ``max_days``."""
    right = bisect.bisect_left(items, (day, -1))
    left = right - 1
    found: list[tuple[int, int]] = []
    while len(found) < k:
        gap_left = day - items[left][0] if left >= 0 else None
        gap_right = items[right][0] - day if right < len(items) else None
        if gap_right is not None and (gap_left is None or gap_right <= gap_left):
            if gap_right > max_days:
                break
            found.append(items[right])
            right += 1
        elif gap_left is not None:
            if gap_left > max_days:
                break
            found.append(items[left])
            left -= 1
        else:
            break
    return found


def day_number(published: str | None) -> int | None:
    """An ISO date's day number (its first 10 characters), ``None`` if it is none."""
    day = day_of(published)
    return dt.date.fromisoformat(day).toordinal() if day else None


def _across(languages: Sequence[str | None], i: int, j: int) -> bool:
    """Whether two claims are told in two known, different languages."""
    a, b = languages[i], languages[j]
    return a is not None and b is not None and a != b
