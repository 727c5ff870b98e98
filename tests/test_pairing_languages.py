"""Claims about one place told in two languages: paired by place, bounded, by date."""

from __future__ import annotations

from geomap.claims.pairing import DEFAULT_CANDIDATES, across_articles, pair_place
from geomap.claims.similarity import TermCounts, terms


def _pairs(langs: list[str], dates: list[str | None]) -> list[tuple[int, int, float | None]]:
    sentences = [f"Report {n} on the port." for n in range(len(langs))]
    counts = TermCounts()
    counts.add(sentences)
    found = pair_place(
        [terms(s) for s in sentences],
        list(range(len(langs))),
        counts,
        threshold=2.0,  # no pair by words: only the pairs by place are left
        languages=langs,
        dates=dates,
    )
    return [(i, j, sim) for i, j, sim, _ in found]


def test_pairs_across_languages_grow_with_the_articles_not_their_square() -> None:
    n = 60
    langs = ["en", "ru"] * (n // 2)
    found = _pairs(langs, ["2026-11-20"] * n)
    assert all(sim is None and langs[i] != langs[j] for i, j, sim in found)
    # every article in a pair, none with more than k of its own choosing plus the
    # articles that chose it; in all at most k per article (900 for every pair)
    assert {x for i, j, _ in found for x in (i, j)} == set(range(n))
    assert len(found) <= DEFAULT_CANDIDATES * n
    assert len(found) < (n // 2) ** 2


def test_articles_in_two_languages_further_apart_than_the_rule_are_not_paired() -> None:
    found = _pairs(["en", "ru", "ru"], ["2026-11-01", "2026-11-02", "2026-11-20"])
    assert [(i, j) for i, j, _ in found] == [(0, 1)]


def test_an_article_pairs_with_the_nearest_in_date_not_the_first_in_order() -> None:
    langs = {0: "en", 1: "en", 2: "ru"}
    days = {0: 100, 1: 110, 2: 108}
    assert across_articles(langs, days, k=1, max_days=3) == {(1, 2)}
    # with a wider window the Russian article still picks the nearer English one, and
    # the first English one picks it: each article's own choice is kept
    assert across_articles(langs, days, k=1, max_days=10) == {(0, 2), (1, 2)}


def test_an_unknown_language_is_never_paired_by_place() -> None:
    langs = {0: "en", 1: None, 2: "ru"}
    assert across_articles(langs, {0: 5, 1: 5, 2: 5}, k=5, max_days=3) == {(0, 2)}


def test_undated_articles_pair_with_the_first_in_run_order() -> None:
    langs = {0: "en", 1: "en", 2: "ru", 3: "ru", 4: "ru"}
    found = across_articles(langs, dict.fromkeys(langs), k=1, max_days=3)
    assert found == {(0, 2), (1, 2), (0, 3), (0, 4)}
