"""Calibrated confidence: the isotonic fit, the reliability measure, the resolver applying it."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import pytest
import spacy
from spacy.util import registry
from test_evaluation import GOLD, FakeGeoparser

from geomap.errors import ResolverWeightsError
from geomap.evaluation import evaluate, read_gold
from geomap.evaluation.calibration import isotonic, reliability
from geomap.extensions import TOPONYMS, register_extensions
from geomap.gazetteer import Gazetteer
from geomap.nlp import recognizer, resolver, sentences  # noqa: F401  (register factories)
from geomap.nlp.confidence import CALIBRATION_FILE, Calibration, Curve, load_calibration
from geomap.records import Place

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "data" / CALIBRATION_FILE


def test_isotonic_fit_is_monotone_and_pools_violators() -> None:
    rng = random.Random(7)
    pairs = [(x := rng.random(), rng.random() < 0.3 + 0.6 * x) for _ in range(2000)]
    curve = isotonic(pairs)
    values = [curve(i / 100) for i in range(101)]
    assert values == sorted(values)
    assert curve(0.05) < 0.45 < curve(0.95)  # it follows the data, not the diagonal
    # two violating points pool into one block of their mean
    assert isotonic([(0.2, True), (0.4, False)]).y == (0.5, 0.5)
    # five wrong mentions at the bottom do not make a step of 0 when steps need 20
    few = [(0.1, False)] * 5 + [(0.3, True), (0.3, False)] * 15 + [(0.9, True)] * 30
    assert isotonic(few).y[0] == 0.0
    assert isotonic(few, min_block=20).y == pytest.approx((15 / 35, 15 / 35, 1.0))


def test_curve_interpolates_clamps_and_refuses_to_decrease() -> None:
    curve = Curve((0.2, 0.6), (0.1, 0.5))
    assert curve(0.0) == 0.1 and curve(1.0) == 0.5
    assert curve(0.4) == pytest.approx(0.3)
    with pytest.raises(ValueError, match="decrease"):
        Curve((0.2, 0.6), (0.5, 0.1))


def test_reliability_bins_and_expected_calibration_error() -> None:
    r = reliability([(0.95, True), (0.95, False), (0.15, False), (0.15, False)])
    # bin 9: confidence .95, accuracy .5; bin 1: .15 vs 0 -> (2 * .45 + 2 * .15) / 4
    assert r.ece == pytest.approx(0.3)
    assert [b.n for b in r.bins] == [0, 2, 0, 0, 0, 0, 0, 0, 0, 2]
    assert reliability([(1.0, True)]).bins[-1].n == 1  # confidence 1 is in the last bin


def test_evaluation_reports_the_confidence_of_resolved_mentions() -> None:
    result = evaluate(read_gold(GOLD), FakeGeoparser())
    # the fake says 0.9 for every mention; 4 resolved found toponyms, 3 within 161 km
    assert result.confidence is not None and result.confidence.n == 4
    assert [ok for _, _, ok in result.scored].count(True) == 3
    assert result.confidence.ece == pytest.approx(abs(0.75 - 0.9))
    assert json.dumps(result.to_dict()["confidence"])


def test_a_decreasing_or_malformed_calibration_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "c.json"
    bad.write_text(json.dumps({"curves": {"name": {"x": [0.1, 0.9], "y": [0.8, 0.2]}}}))
    with pytest.raises(ResolverWeightsError, match="not a confidence calibration"):
        load_calibration(bad)
    assert load_calibration(tmp_path / "absent.json")(0.37, "name") == 0.37


def test_the_shipped_calibration_is_monotone_and_fitted_with_the_shipped_weights() -> None:
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    calibration = load_calibration(SHIPPED)  # Curve refuses a decreasing table
    assert "name" in calibration.curves
    assert all("dev split" in c for c in data["fitted_on"])
    weights = (ROOT / "data" / "resolver_weights.json").read_bytes()
    assert data["resolver_weights_sha256"] == hashlib.sha256(weights).hexdigest(), (
        "the ranker was retrained: refit with python bench/calibrate_confidence.py"
    )


def _nlp(calibration: dict[str, object] | None) -> spacy.language.Language:
    register_extensions()
    places = [
        Place("1", "Springfield", "city", "US", "Illinois", 116_000, -89.6, 39.8, "t"),
        Place("2", "Springfield", "city", "US", "Missouri", 169_000, -93.3, 37.2, "t"),
    ]
    gz = Gazetteer.from_places(places)
    registry.misc.register("geomap.test_calibration_gazetteer.v1", func=lambda: gz)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "GPE", "pattern": "Springfield"}])  # type: ignore[attr-defined]
    cfg: dict[str, object] = {"gazetteer": {"@misc": "geomap.test_calibration_gazetteer.v1"}}
    nlp.add_pipe("geomap_toponyms", config=cfg)
    if calibration is not None:
        cfg["calibration"] = calibration
    nlp.add_pipe("geomap_resolver", config=cfg)
    return nlp


def _confidence(nlp: spacy.language.Language) -> float:
    doc = nlp("They met in Springfield.")
    (span,) = doc.spans[TOPONYMS]
    return float(span._.confidence)


def test_the_resolver_applies_the_shipped_calibration_to_its_raw_confidence() -> None:
    nlp = _nlp(None)  # the default config: data/confidence_calibration.json
    calibrated = _confidence(nlp)
    nlp.get_pipe("geomap_resolver").calibration = None  # type: ignore[attr-defined]
    raw = _confidence(nlp)
    assert 0.5 < raw < 1.0  # two candidates, one ahead
    # the raw confidence read back is rounded to 4 places: where the curve is steep the
    # calibrated one lies between the curve's values either side of the rounding
    curve = load_calibration(SHIPPED)
    low, high = curve(raw - 5e-5, "name"), curve(raw + 5e-5, "name")
    assert low - 1e-4 <= calibrated <= high + 1e-4
    assert calibrated != pytest.approx(raw, abs=1e-3)


@registry.misc("geomap.test_flat_calibration.v1")
def _flat() -> Calibration:
    return Calibration({"name": Curve((0.0, 1.0), (0.42, 0.42))})


def test_a_configured_calibration_replaces_the_confidence() -> None:
    assert _confidence(_nlp({"@misc": "geomap.test_flat_calibration.v1"})) == 0.42
