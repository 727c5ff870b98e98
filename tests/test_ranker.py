"""Fitting the resolver's ranker (geomap.evaluation.ranker) and the weights it shipped."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.util import registry

from geomap.evaluation import ranker
from geomap.evaluation.ranker import (
    Decision,
    choose_l2,
    correct_flags,
    cross_validate,
    fit,
    top1,
    unique,
)
from geomap.extensions import TOPONYMS, register_extensions
from geomap.gazetteer import Gazetteer
from geomap.nlp import recognizer, resolver, sentences  # noqa: F401  (register factories)
from geomap.nlp.scoring import MentionEvidence, features, score
from geomap.nlp.weights import load_weights
from geomap.records import Candidate, Place

ROOT = Path(__file__).resolve().parents[1]
NAMES = ("alias", "exact", "big")

#: An alias of a big place against a small namesake matched by its own name.
ALIAS_RIGHT = ({"alias": 1.0, "big": 1.0}, {"exact": 1.0})
ALIAS_WRONG = ({"alias": 1.0}, {"exact": 1.0, "big": 1.0})


def _p(pid: str, name: str, ftype: str, cc: str, pop: int, lon: float, lat: float) -> Place:
    return Place(pid, name, ftype, cc, None, pop, lon, lat, "test")


def _d(doc: str, feats: tuple[dict[str, float], ...], ok: tuple[bool, ...]) -> Decision:
    return Decision("C", doc, feats, ok)


def test_a_name_repeated_in_one_article_is_one_decision() -> None:
    right = [_d(f"r{i}", ALIAS_RIGHT, (True, False)) for i in range(4)]
    wrong = _d("w", ALIAS_WRONG, (False, True))
    trivial = _d("t", ({"exact": 1.0}, {"big": 1.0}), (True, True))
    mentions = [*right, *[wrong] * 12, trivial]  # "New York" (the state) twelve times
    assert unique(mentions) == [*right, wrong]
    # counted per mention, the one repeated name turns the alias against its meaning
    assert fit([d for d in mentions if d.informative()], NAMES, 1e-3)["alias"] < 0
    assert fit(unique(mentions), NAMES, 1e-3)["alias"] > 0


def test_a_penalty_on_the_mean_keeps_a_rare_feature_from_deciding_alone() -> None:
    common = [_d(f"c{i}", ({"big": 1.0}, {}), (True, False)) for i in range(40)]
    # a feature seen in two decisions, both times on the right candidate by chance
    rare = [_d(f"r{i}", ({"exact": 1.0}, {"big": 1.0}), (True, False)) for i in range(2)]
    loose = fit(common + rare, NAMES, 1e-6)
    firm = fit(common + rare, NAMES, 1e-2)
    assert loose["exact"] > loose["big"]  # two decisions outweigh forty
    assert firm["exact"] < firm["big"]
    assert top1(common, firm) == 1.0


def test_a_feature_the_data_rarely_decide_stays_near_its_hand_set_weight() -> None:
    common = [_d(f"c{i}", ({"big": 1.0}, {}), (True, False)) for i in range(40)]
    rare = [_d(f"r{i}", ({"exact": 1.0}, {"big": 1.0}), (True, False)) for i in range(2)]
    designed = {"exact": -1.0, "alias": 0.7}
    assert fit(common + rare, NAMES, 3e-2, prior=designed)["exact"] < 0
    assert fit(common + rare, NAMES, 3e-2)["exact"] > 0
    assert fit(common, NAMES, 1e-2, prior=designed)["alias"] == 0.7  # never seen: kept


def test_choose_l2_takes_the_largest_penalty_within_one_standard_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scores = {1e-4: 0.90, 1e-3: 0.895, 1e-2: 0.85}
    monkeypatch.setattr(ranker, "cross_validate", lambda d, n, l2, f, p: {"C": scores[l2]})
    data = [_d(f"d{i}", ALIAS_RIGHT, (True, False)) for i in range(1000)]
    # standard error of 0.90 over 1,000 decisions: 0.0095; 0.895 is within it, 0.85 not
    assert choose_l2(data, NAMES, grid=tuple(scores))[0] == 1e-3


def test_choose_l2_scores_held_out_documents_and_prefers_the_larger_penalty_on_ties() -> None:
    data = [_d(f"d{i}", ({"big": 1.0}, {}), (True, False)) for i in range(20)]
    best, table = choose_l2(data, NAMES, grid=(1e-4, 1e-2), folds=4)
    assert table[1e-4] == table[1e-2] == {"C": 1.0}
    assert best == 1e-2
    assert cross_validate(data, NAMES, 1e-2, folds=4) == {"C": 1.0}


def test_correct_by_id_then_distance_then_area() -> None:
    country = _p("1", "Ruritania", "country", "RU", 1_000_000, 60.0, 60.0)
    town = _p("2", "Ruritania", "city", "US", 900, -90.0, 40.0)
    town_near = _p("3", "Ruritania", "city", "RU", 900, 100.0, 55.0)

    def inside(p: Place, lon: float, lat: float) -> bool:  # the country spans 40..110 E
        return p.feature_type == "country" and 40.0 <= lon <= 110.0

    assert correct_flags([country, town], 100.0, 55.0, "2", inside) == [False, True]
    assert correct_flags([country, town_near], 100.0, 55.0, None, inside) == [False, True]
    # a gold point 2,000 km from the country's point, inside its polygon
    assert correct_flags([country, town], 100.0, 55.0, None, inside) == [True, False]
    assert correct_flags([country, town], 100.0, 55.0, None, None) == [False, False]


# -- the shipped weights ----------------------------------------------------------------------

WEIGHTS = load_weights(ROOT / "data" / "resolver_weights.json")


def test_shipped_weights_favour_curated_aliases_and_names_over_exonyms() -> None:
    assert WEIGHTS["m_alias"] > 0  # a curated alias names what it was curated for
    assert WEIGHTS["m_alias"] > WEIGHTS["m_exonym"]


def test_a_historic_exonym_of_a_town_does_not_beat_the_city_of_that_name() -> None:
    # "Калининграде": the city's own name, and the former name of a Moscow-region town
    city = Place(
        "554234", "Kaliningrad", "city", "RU", None, 475_056, 20.5, 54.7, "t", feature_code="PPLA"
    )
    town = Place(
        "554233", "Korolev", "city", "RU", None, 139_798, 37.8, 55.9, "t", feature_code="PPLA2"
    )
    ev = MentionEvidence("Калининграде", "GAZ", False, ())
    pop = city.population
    own = score(features(Candidate(city, "name"), ev, None, pop), WEIGHTS)
    old = score(features(Candidate(town, "exonym"), ev, None, pop), WEIGHTS)
    assert own > old


def test_a_city_is_marked_as_the_seat_of_its_namesake_unit() -> None:
    city = Place("2660646", "Genève", "city", "CH", None, 201_741, 6.1, 46.2, "t",
                 feature_code="PPLA", admin1_code="GE")  # fmt: skip
    town = Place("5", "Geneva", "city", "US", None, 21_806, -77.0, 42.9, "t",
                 feature_code="PPLA2", admin1_code="NY")  # fmt: skip
    canton = {("CH", "GE")}
    ev = MentionEvidence("Geneva", "GPE", False, (), units=frozenset(canton))
    assert "seat_of_namesake" in features(Candidate(city, "exonym"), ev, None, 436_111)
    assert "seat_of_namesake" not in features(Candidate(town, "name"), ev, None, 436_111)
    alone = MentionEvidence("Geneva", "GPE", False, ())
    assert "seat_of_namesake" not in features(Candidate(city, "exonym"), alone, None, 436_111)
    assert WEIGHTS["seat_of_namesake"] > 0


def _resolve(places: list[Place], aliases: dict[str, str], text: str, name: str) -> str | None:
    register_extensions()
    gz = Gazetteer.from_places(places, aliases=aliases)
    key = f"geomap.test_ranker_gazetteer_{abs(hash(text))}.v1"
    registry.misc.register(key, func=lambda: gz)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "GPE", "pattern": name}])  # type: ignore[attr-defined]
    cfg = {"gazetteer": {"@misc": key}}
    nlp.add_pipe("geomap_toponyms", config=cfg)
    nlp.add_pipe("geomap_resolver", config=cfg)
    doc = nlp(text)
    (span,) = doc.spans[TOPONYMS]
    return span._.place.place_id if span._.place else None


def test_a_country_alias_beats_a_small_town_of_that_exact_name() -> None:
    places = [
        _p("718075", "North Macedonia", "country", "MK", 2_082_958, 21.7, 41.7),
        _p("5161262", "Macedonia", "city", "US", 11_686, -81.5, 41.3),
    ]
    got = _resolve(places, {"Macedonia": "718075"}, "Macedonia joined NATO.", "Macedonia")
    assert got == "718075"


def test_a_big_citys_english_alias_beats_a_smaller_namesake() -> None:
    places = [
        Place(
            "698740", "Odesa", "city", "UA", None, 1_015_826, 30.7, 46.5, "t", feature_code="PPLA"
        ),
        Place(
            "5527554",
            "Odessa",
            "city",
            "US",
            None,
            114_428,
            -102.4,
            31.8,
            "t",
            feature_code="PPLA2",
        ),
    ]
    got = _resolve(places, {"Odessa": "698740"}, "Missiles struck Odessa overnight.", "Odessa")
    assert got == "698740"
