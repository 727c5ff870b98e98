"""Articles in two languages: never claim pairs; listed apart, bounded, by what they share."""

from __future__ import annotations

from geomap.claims.other_languages import PER_ARTICLE, other_languages
from geomap.claims.pairing import across_articles, pair_place
from geomap.claims.similarity import TermCounts, terms


def test_claims_in_two_languages_are_never_paired_even_by_their_position() -> None:
    sentences = ["Report on the port.", "Доклад о порте.", "Report on the port."]
    counts = TermCounts()
    counts.add(sentences)
    found = pair_place(
        [terms(s) for s in sentences], [0, 1, 2], counts, languages=["en", "ru", "en"]
    )
    assert [(i, j) for i, j, _, _ in found] == [(0, 2)]  # the two English ones, by words
    assert all(sim is not None and sim > 0.5 for _, _, sim, _ in found)


def _listed(
    langs: list[str | None], dates: list[str | None], places: dict[int, set[str]]
) -> list[tuple[int, int, int | None, tuple[str, ...]]]:
    def shared(a: int, b: int) -> list[str]:
        return sorted(places.get(a, set()) & places.get(b, set()))

    found = other_languages(
        list(range(len(langs))),
        dict(enumerate(langs)),
        dict(enumerate(dates)),
        shared,
        lambda r: (),
    )
    return [(o.a, o.b, o.days, o.places) for o in found]


def test_other_languages_list_articles_that_share_other_places_most_first() -> None:
    langs: list[str | None] = ["en", "ru", "uk", "en"]
    dates: list[str | None] = ["2026-11-20", "2026-11-20", "2026-11-21", "2026-11-20"]
    places = {0: {"Reni", "Danube"}, 1: {"Reni", "Danube"}, 2: {"Danube"}, 3: {"Lviv"}}
    found = _listed(langs, dates, places)
    assert found[0] == (0, 1, 0, ("Danube", "Reni"))  # two places in common, the same day
    assert (0, 2, 1, ("Danube",)) in found and (1, 2, 1, ("Danube",)) in found
    # an article sharing nothing but the place (and a date) is not listed
    assert all(3 not in (a, b) for a, b, _, _ in found)
    # never two articles in one language, never an unknown language
    assert all(langs[a] != langs[b] for a, b, _, _ in found)
    assert _listed(["en", None], dates[:2], places) == []


def test_other_languages_further_apart_than_the_rule_are_not_listed() -> None:
    found = _listed(
        ["en", "ru", "ru"],
        ["2026-11-01", "2026-11-02", "2026-11-20"],
        {0: {"Reni"}, 1: {"Reni"}, 2: {"Reni"}},
    )
    assert [(a, b) for a, b, _, _ in found] == [(0, 1)]


def test_other_languages_grow_with_the_articles_not_their_square() -> None:
    n = 60
    langs: list[str | None] = ["en", "ru", "uk"] * (n // 3)
    found = _listed(langs, ["2026-11-20"] * n, {r: {"Danube"} for r in range(n)})
    assert {x for a, b, _, _ in found for x in (a, b)} == set(range(n))  # every article
    assert len(found) <= PER_ARTICLE * n < (n * n) // 3


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
