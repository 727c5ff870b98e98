"""A town of the article's language over its small namesakes in other countries.

:func:`geomap.nlp.home_namesakes.big_home_town`.
"""

from __future__ import annotations

import spacy

from geomap.nlp.home_namesakes import big_home_town
from geomap.records import Candidate, Place


def _town(pid: str, cc: str, pop: int, match: str = "name") -> Candidate:
    place = Place(pid, "Lens", "city", cc, None, pop, 2.8, 50.4, "test", feature_code="PPL")
    return Candidate(place, match)


def _span(lang: str) -> spacy.tokens.Span:
    return spacy.blank(lang)("LENS ( AFP ) – Le club a gagné .")[0:1]


def test_a_small_namesake_abroad_gives_way_to_the_home_town() -> None:
    cands = [_town("fr", "FR", 38_000), _town("be", "BE", 3_700), _town("ch", "CH", 3_500)]
    kept = big_home_town(cands, [_span("fr")])
    assert [c.place.place_id for c in kept] == ["fr"]


def test_namesakes_stay_when_not_ten_times_smaller_or_in_the_same_country() -> None:
    cands = [_town("fr", "FR", 38_000), _town("ch", "CH", 5_000), _town("fr2", "FR", 900)]
    kept = big_home_town(cands, [_span("fr")])
    assert [c.place.place_id for c in kept] == ["fr", "ch", "fr2"]


def test_a_big_town_abroad_or_by_an_alternate_name_keeps_nothing_out() -> None:
    # Lens is no home town of a Polish article; an alternate name is not the town's own
    assert (
        len(big_home_town([_town("fr", "FR", 38_000), _town("ch", "CH", 3_500)], [_span("pl")]))
        == 2
    )
    cands = [_town("fr", "FR", 38_000, "alternate"), _town("ch", "CH", 3_500)]
    assert len(big_home_town(cands, [_span("fr")])) == 2


def _section(pid: str, cc: str, pop: int, match: str) -> Candidate:
    place = Place(pid, "Lyublino", "city", cc, None, pop, 37.8, 55.7, "test", feature_code="PPLX")
    return Candidate(place, match)


def test_a_district_abroad_gives_way_to_a_home_city_of_that_name() -> None:
    # "w Lublinie": Lublin (exonym match in the Polish lookup), not a district of Moscow
    cands = [_town("pl", "PL", 360_000, "exonym"), _section("ru", "RU", 172_000, "exonym")]
    assert [c.place.place_id for c in big_home_town(cands, [_span("pl")])] == ["pl"]
    # in a Russian article the district is at home and the Polish city stays a candidate
    assert len(big_home_town(list(reversed(cands)), [_span("ru")])) == 2
    # a small home town, or one known only by an alternate name, keeps the district
    small = [_town("pl", "PL", 5_000, "exonym"), _section("ru", "RU", 172_000, "exonym")]
    assert len(big_home_town(small, [_span("pl")])) == 2
    alt = [_town("pl", "PL", 360_000, "alternate"), _section("ru", "RU", 172_000, "exonym")]
    assert len(big_home_town(alt, [_span("pl")])) == 2
