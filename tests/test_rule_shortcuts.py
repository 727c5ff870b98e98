"""Shortcuts of the rule components' hot paths give what the long way gives.

Compass spellings skip their patterns for a name without a compass word
(:func:`geomap.gazetteer.names.compass_forms`); a doc's tokens are tested against
a word list by binary search (:func:`geomap.docarrays.among`); a candidate's
features that the article's context does not change are made once per mention
(:func:`geomap.nlp.scoring.features`).
"""

from __future__ import annotations

import random
import re
from collections import Counter

import numpy as np

from geomap.docarrays import among, word_hashes
from geomap.gazetteer.names import compass_forms
from geomap.nlp.scoring import Context, MentionEvidence, features
from geomap.records import Candidate, Place

_WORD = re.compile(r"\b(north|south)(east|west)\b")
_PAIR = re.compile(r"\b(north|south) (east|west)\b")


def _compass_by_patterns(norm: str) -> tuple[str, ...]:
    """The patterns alone, as before the shortcut."""
    forms = {_WORD.sub(r"\1 \2", norm), _PAIR.sub(r"\1\2", norm)}
    return tuple(sorted(f for f in forms if f != norm))


def test_compass_forms_equal_the_patterns_alone() -> None:
    rng = random.Random(48)
    parts = ["north", "south", "east", "west", "northwest", "southeast", "kyiv", "new",
             "york", "northern", "southampton", "", "n", "orth"]  # fmt: skip
    names = [" ".join(rng.choice(parts) for _ in range(rng.randint(1, 4))) for _ in range(2000)]
    names += ["southwest", "north west province", "kyiv", "south", "northsouth", ""]
    assert any(_compass_by_patterns(n) for n in names)  # the check sees some forms
    for name in names:
        assert compass_forms(name) == _compass_by_patterns(name), name


def test_among_equals_isin_for_one_and_two_dimensions() -> None:
    rng = random.Random(7)
    words = [f"w{i}" for i in range(60)]
    hashes = word_hashes(words[:25])
    pool = word_hashes(words)
    values = np.array([pool[rng.randrange(len(pool))] for _ in range(500)], dtype=np.uint64)
    assert among(values, hashes).tolist() == np.isin(values, hashes).tolist()
    column = values.reshape(-1, 1)  # Doc.to_array([ORTH]) is a column
    assert among(column, hashes).tolist() == np.isin(column, hashes).tolist()
    big = np.array([np.iinfo(np.uint64).max, 0], dtype=np.uint64)  # past either end
    assert among(big, hashes).tolist() == np.isin(big, hashes).tolist()
    assert among(values, word_hashes([])).tolist() == [False] * len(values)


def _place(pid: str, ftype: str, pop: int, cc: str, a1: str, lon: float, lat: float) -> Place:
    return Place(
        pid, f"P{pid}", ftype, cc, None, pop, lon, lat, "geonames",
        feature_code="PPLA", admin1_code=a1,
    )  # fmt: skip


def test_features_are_the_same_in_every_round_and_for_a_new_evidence() -> None:
    cands = [
        Candidate(_place("1", "city", 2_000_000, "US", "TX", -97.0, 32.0), "name"),
        Candidate(_place("2", "admin1", 5_000_000, "US", "TX", -99.0, 31.0), "alternate"),
        Candidate(_place("3", "city", 900, "FR", "11", 2.3, 48.8), "alias"),
    ]
    container = _place("9", "country", 300_000_000, "US", "", -98.0, 39.0)
    ctx = Context(
        countries=Counter({"US": 3, "FR": 1}),
        admin1s=Counter({("US", "TX"): 2}),
        points=[(-96.0, 33.0)],
        admin1_share={("US", "TX"): 0.08},
        picks=[(cands[0].place, 1.0), (cands[2].place, 0.5)],
    )

    def evidence() -> MentionEvidence:
        return MentionEvidence(
            text="P1", label="GPE", admin_hint=True, containers=(container,),
            support={"1": 2}, units=frozenset({("US", "TX")}),
        )  # fmt: skip

    fresh = [features(c, evidence(), ctx, 5_000_000) for c in cands]
    ev = evidence()
    first = [features(c, ev, None, 5_000_000) for c in cands]
    again = [features(c, ev, ctx, 5_000_000) for c in cands]
    plain = [features(c, ev, None, 5_000_000) for c in cands]
    assert again == fresh and list(map(list, again)) == list(map(list, fresh))  # same order
    assert plain == first == [features(c, evidence(), None, 5_000_000) for c in cands]
    assert "ctx_country" in again[0] and "ctx_country" not in first[0]
    again[0]["x"] = 1.0  # a caller's dict is its own
    assert "x" not in features(cands[0], ev, ctx, 5_000_000)
    other_max = features(cands[1], ev, None, 9_000_000)  # another largest population
    assert "pop_top" in first[1] and "pop_top" not in other_max
