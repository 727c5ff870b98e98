"""Context concentration measured by distance and by country (geomap.nlp.concentration)."""

from __future__ import annotations

import math
from collections import Counter

import pytest

from geomap.nlp.article_votes import article_context, vote_weight, without
from geomap.nlp.concentration import SCALE_KM, country_share, near_share
from geomap.nlp.scoring import MentionEvidence, features
from geomap.records import Candidate, Place


def _p(
    pid: str, ftype: str, cc: str | None, lon: float, lat: float, a1: str | None = None
) -> Place:
    return Place(pid, pid, ftype, cc, None, 1000, lon, lat, "test", admin1_code=a1)


UK = _p("uk", "country", "GB", -2.7, 54.8)
WEYBRIDGE = _p("weybridge", "city", "GB", -0.46, 51.37, "ENG")
NORFOLK_VA = _p("norfolk-va", "city", "US", -76.29, 36.85, "VA")
SUFFOLK_ENG = _p("suffolk-eng", "admin2", "GB", 1.0, 52.17, "ENG")
SUFFOLK_VA = _p("suffolk-va", "city", "US", -76.58, 36.73, "VA")


def _north_of(place: Place, km: float) -> Place:
    return _p(
        f"{place.place_id}+{km}", "city", place.country_code, place.lon, place.lat + km / 111.195
    )


def test_near_share_decays_with_distance_without_an_edge() -> None:
    one = [(WEYBRIDGE, 1.0)]
    assert near_share(WEYBRIDGE, one) == pytest.approx(1.0)
    at_scale = near_share(_north_of(WEYBRIDGE, SCALE_KM), one)
    assert at_scale == pytest.approx(math.exp(-1.0), rel=1e-3)
    # no edge: a little beyond the scale still supports, a little less
    beyond = near_share(_north_of(WEYBRIDGE, SCALE_KM + 15), one)
    assert 0.0 < beyond < at_scale
    # the country's point counts in the whole only; a country gets no share
    with_country = near_share(WEYBRIDGE, [(WEYBRIDGE, 1.0), (UK, 3.0)])
    assert with_country == pytest.approx(0.25)
    assert near_share(UK, one) == 0.0
    # across an ocean, nothing
    assert near_share(SUFFOLK_VA, one) == 0.0


def test_country_share_is_the_candidates_country_over_all_country_votes() -> None:
    votes: Counter[str] = Counter({"GB": 6.0, "US": 2.0})
    assert country_share(SUFFOLK_ENG, votes) == pytest.approx(0.75)
    assert country_share(SUFFOLK_VA, votes) == pytest.approx(0.25)
    assert country_share(_p("sea", "water", None, 0.0, 0.0), votes) == 0.0
    assert country_share(SUFFOLK_VA, Counter()) == 0.0


def test_an_english_county_in_a_british_story_outweighs_a_virginian_namesake() -> None:
    # The article names the UK twice, Weybridge, and a Norfolk picked (wrongly) in Virginia:
    # by admin-1 identity, the one Virginian vote made Virginia look like the article's
    # concern (England is most of Britain); by distance and country it is a minor part.
    picks = {"uk": (UK, 0.95), "weybridge": (WEYBRIDGE, 0.95), "norfolk": (NORFOLK_VA, 0.5)}
    groups = {"uk": [None, None], "weybridge": [None], "norfolk": [None]}
    ctx = article_context(picks, groups, {})  # type: ignore[arg-type]
    ev = MentionEvidence("Suffolk", "GPE", False, ())
    eng = features(Candidate(SUFFOLK_ENG, "name"), ev, ctx, 1000)
    va = features(Candidate(SUFFOLK_VA, "name"), ev, ctx, 1000)
    assert eng["ctx_near"] > va["ctx_near"] > 0.0
    assert eng["ctx_country_share"] > 2 * va["ctx_country_share"]


def test_without_context_there_is_no_concentration_feature() -> None:
    ev = MentionEvidence("Suffolk", "GPE", False, ())
    alone = features(Candidate(SUFFOLK_ENG, "name"), ev, None, 1000)
    assert "ctx_near" not in alone and "ctx_country_share" not in alone
    empty = article_context({}, {}, {})
    assert empty.picks == []
    bare = features(Candidate(SUFFOLK_ENG, "name"), ev, empty, 1000)
    assert "ctx_near" not in bare and "ctx_country_share" not in bare


def test_a_names_own_pick_is_left_out_of_its_context() -> None:
    picks = {"weybridge": (WEYBRIDGE, 0.9), "suffolk": (SUFFOLK_ENG, 0.8)}
    groups = {"weybridge": [None], "suffolk": [None, None]}
    ctx = article_context(picks, groups, {})  # type: ignore[arg-type]
    assert len(ctx.picks) == 2
    own = without(ctx, picks["suffolk"], 2)
    assert own.picks == [(WEYBRIDGE, vote_weight(0.9, 1))]
