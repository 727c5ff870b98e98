"""The plain function behind ``geomap claims``: filters in, chosen claims and notes out.

The command only reads its inputs and prints; these cases run without typer or a model.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from geomap.claims.query import ClaimsQuery, query_claims
from geomap.errors import GeomapError, QueryError
from tests.test_claims_dates import CLAIMS, INFO, MORE


def _no_gazetteer() -> Any:
    raise AssertionError("no filter here needs the gazetteer")


def _articles(claims: Any) -> list[str]:
    return sorted({c.article_id for c in claims})


def test_filters_choose_claims_and_count_the_undated_without_a_gazetteer() -> None:
    every = query_claims(MORE, CLAIMS, INFO, ClaimsQuery(), open_gazetteer=_no_gazetteer)
    assert every.chosen == CLAIMS and every.notes == () and every.found is None
    late = query_claims(
        MORE, CLAIMS, INFO, ClaimsQuery(since=dt.date(2024, 3, 15)), open_gazetteer=_no_gazetteer
    )
    assert _articles(late.chosen) == ["b"]
    assert late.undated == {"c", "d"} and late.filters == ("--since 2024-03-15",)


def test_a_filter_that_matches_nothing_read_gets_a_note() -> None:
    query = ClaimsQuery(speaker="Nobody Atall", article="zzz-none")
    answer = query_claims(MORE, CLAIMS, INFO, query, open_gazetteer=_no_gazetteer)
    assert answer.chosen == []
    assert [n.split(" (")[0] for n in answer.notes] == [
        "no article matches --article 'zzz-none'",
        "no claim's speaker matches --speaker 'Nobody Atall'",
    ]
    assert answer.filters == ("--speaker 'Nobody Atall'", "--article 'zzz-none'")


def test_a_place_no_article_names_asks_the_gazetteer_and_survives_an_unreadable_one() -> None:
    def unreadable() -> Any:
        raise GeomapError("gazetteer not found")

    answer = query_claims(
        MORE, CLAIMS, INFO, ClaimsQuery(place="Qwxyzland"), open_gazetteer=unreadable
    )
    assert answer.chosen == [] and answer.called == frozenset() and answer.found == "unknown"


def test_within_a_unit_the_gazetteer_cannot_give_is_a_query_error() -> None:
    def unreadable() -> Any:
        raise GeomapError("gazetteer not found")

    with pytest.raises(QueryError, match="gazetteer not found") as caught:
        query_claims(MORE, CLAIMS, INFO, ClaimsQuery(within="Ukraine"), open_gazetteer=unreadable)
    assert isinstance(caught.value, ValueError)  # geopy-style: a built-in too
