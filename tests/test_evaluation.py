"""Evaluation harness: gold reader, metrics, runner, predictions GeoJSON and the CLI.

The gold file tests/data/eval_small.jsonl is hand-written (3 documents, 7 toponyms). All
gold points lie on the prime meridian (lon 0), so every error below is a whole number of
degrees of latitude along a meridian: 1 degree = R * pi / 180 with R = 6371.0088 km
(geomap.geo.EARTH_RADIUS_KM) = 111.19508 km.

The fake geoparser's end-to-end output (``E2E`` below), against the gold:

    d1  Springfield [13,24]  exact        -> lat 10 (gold 10)  error 0         id 100 = 100
        Shelbyville [29,40]  exact        -> lat 21 (gold 20)  error 1 deg     id 999 != 200
        Ohio        [65,69]  exact        -> lat 43 (gold 40)  error 3 deg     id "ne:ohio" (skip)
        Monday               false positive (unresolved)
    d2  "New York Times"     overlaps gold "New York" (no gold coords: recognition only)
        Paris       [33,38]  exact        -> unresolved (place None), gold lat 48
        Seine                missed (gold has coords -> not_found)
    d3  "Tahoe"              overlaps gold "Lake Tahoe" -> lat 39 (gold 39) error 0, id 400 = 400
        "Greetings"          false positive (resolved)
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from geomap.errors import EvaluationError
from geomap.evaluation import evaluate, read_gold, split_of
from geomap.evaluation.corpus import GoldDocument, select
from geomap.evaluation.metrics import (
    MAX_ERROR_KM,
    auc_of_errors,
    geonames_match,
    resolution_metrics,
)
from geomap.evaluation.predictions import predictions_geojson
from geomap.evaluation.protocol import GeoparserLike
from geomap.evaluation.report import render_text
from geomap.evaluation.run import run_evaluation
from geomap.evaluation.spans import match_spans, prf
from geomap.metadata import OUTPUT_FIELDS
from geomap.records import Mention, Place, Speaker

GOLD = Path(__file__).parent / "data" / "eval_small.jsonl"
DEG_KM = 111.19508023353290  # 6371.0088 * pi / 180


def place(pid: str, lat: float, lon: float = 0.0, name: str = "P") -> Place:
    return Place(pid, name, "city", "US", None, 0, lon, lat, "geonames")


# End-to-end predictions per document: (surface text to find, occurrence text, place).
E2E: dict[str, list[tuple[str, Place | None]]] = {
    "d1": [
        ("Springfield", place("100", 10.0, name="Springfield")),
        ("Shelbyville", place("999", 21.0, name="Shelbyville")),
        ("Monday", None),
        ("Ohio", place("ne:ohio", 43.0, name="Ohio")),
    ],
    "d2": [("New York Times", None), ("Paris", None)],
    "d3": [("Greetings", place("555", 0.0, name="Greetings")), ("Tahoe", place("400", 39.0))],
}
# Gold-spans output per (doc, gold text).
GOLD_SPANS: dict[tuple[str, str], Place | None] = {
    ("d1", "Springfield"): place("100", 10.0),  # error 0
    ("d1", "Shelbyville"): place("200", 21.0),  # 1 deg = 111.195 km
    ("d1", "Ohio"): place("300", 43.0),  # 3 deg = 333.585 km
    ("d2", "New York"): None,  # no gold coords: ignored
    ("d2", "Paris"): place("501", 50.0),  # 2 deg = 222.390 km
    ("d2", "Seine"): None,  # unresolved
    ("d3", "Lake Tahoe"): place("400", 39.0),  # error 0
}


class FakeGeoparser:
    """Known outputs; records which protocol method was called."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def _mention(self, aid: str, text: str, start: int, end: int, p: Place | None) -> Mention:
        return Mention(
            aid, start, end, text[start:end], text, 0, p, 0.9, speaker=Speaker("officials", 0, 9)
        )

    def parse_many(self, items: Iterable[tuple[str, str]]) -> Iterator[list[Mention]]:
        for aid, text in items:
            self.calls.append(f"parse:{aid}")
            out = []
            for surface, p in E2E.get(aid, []):
                start = text.index(surface)
                out.append(self._mention(aid, text, start, start + len(surface), p))
            yield sorted(out, key=lambda m: m.start)

    def resolve_spans(
        self, article_id: str, text: str, spans: Sequence[tuple[int, int]]
    ) -> list[Mention]:
        self.calls.append(f"resolve:{article_id}")
        return [
            self._mention(article_id, text, s, e, GOLD_SPANS[(article_id, text[s:e])])
            for s, e in spans
        ]


@pytest.fixture
def docs() -> list[GoldDocument]:
    return read_gold(GOLD)


def test_fake_satisfies_protocol() -> None:
    assert isinstance(FakeGeoparser(), GeoparserLike)


# ---------------------------------------------------------------- gold reader


def test_read_gold_parses_documents(docs: list[GoldDocument]) -> None:
    assert [d.id for d in docs] == ["d1", "d2", "d3"]
    assert sum(len(d.toponyms) for d in docs) == 7
    ohio = docs[0].toponyms[2]
    assert (ohio.start, ohio.end, ohio.text, ohio.lat, ohio.lon) == (65, 69, "Ohio", 40.0, 0.0)
    assert ohio.geonameid == "300" and ohio.type == "associative:Metonymic"
    new_york = docs[1].toponyms[0]
    assert not new_york.has_coords and new_york.geonameid is None
    for d in docs:
        for t in d.toponyms:
            assert d.text[t.start : t.end] == t.text


def _gold_line(**toponym: object) -> str:
    top = {"start": 0, "end": 5, "text": "Paris", "lat": 48.8, "lon": 2.3, **toponym}
    return json.dumps({"id": "x", "text": "Paris is calm.", "toponyms": [top]})


def test_articles_given_as_gold_are_told_what_a_gold_corpus_is(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text('{"id": "a", "text": "Talks in Geneva."}\n', encoding="utf-8")
    with pytest.raises(EvaluationError) as info:
        read_gold(path)
    assert "missing field 'toponyms' (a gold corpus is JSON Lines" in str(info.value)


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ("{not json", "invalid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"id": "x", "toponyms": []}', "missing field 'text'"),
        ('{"id": 3, "text": "", "toponyms": []}', "field 'id' must be str"),
        (_gold_line(end=6), "text[0:6] is 'Paris ', annotation says 'Paris'"),
        (_gold_line(start=-1), "outside the text"),
        (_gold_line(end=99), "outside the text"),
        (_gold_line(start="0"), "must be integers"),
        (_gold_line(lat=95.0), "'lat' = 95.0 out of range"),
        (_gold_line(lon=None), "both be given or both be null"),
    ],
)
def test_malformed_gold_names_file_and_line(tmp_path: Path, bad_line: str, message: str) -> None:
    path = tmp_path / "gold.jsonl"
    good = _gold_line()
    path.write_text(f"{good}\n\n{bad_line}\n", encoding="utf-8")  # bad line is line 3
    with pytest.raises(EvaluationError) as info:
        read_gold(path)
    assert f"{path}:3:" in str(info.value)
    assert message in str(info.value)
    assert isinstance(info.value, ValueError)


def test_an_empty_gold_corpus_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("\n  \n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="no documents"):
        read_gold(path)


def test_a_gold_corpus_with_a_bom_is_read_and_a_csv_is_told_what_gold_is(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_text("\ufeff" + _gold_line() + "\n", encoding="utf-8")
    assert [d.id for d in read_gold(path)] == ["x"]
    csv = tmp_path / "export.csv"
    csv.write_text("id,text\n1,Rain in Oslo.\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"export\.csv:1: invalid JSON.*gold corpus is JSON"):
        read_gold(csv)


def test_unicode_line_separators_inside_strings(tmp_path: Path) -> None:
    # JSON may carry U+2028 / U+0085 unescaped inside strings; only "\n" ends a record.
    text = "Rain in Oslo\u2028and Bergen\x85today."
    top = {"start": 8, "end": 12, "text": "Oslo", "lat": 59.9, "lon": 10.7}
    path = tmp_path / "u.jsonl"
    line = json.dumps({"id": "u", "text": text, "toponyms": [top]}, ensure_ascii=False)
    path.write_text(line + "\r\n", encoding="utf-8")
    (doc,) = read_gold(path)
    assert doc.text == text and doc.toponyms[0].text == "Oslo"


def test_duplicate_ids_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "dup.jsonl"
    path.write_text(_gold_line() + "\n" + _gold_line() + "\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"dup\.jsonl:2: duplicate document id 'x'.*line 1"):
        read_gold(path)
    with pytest.raises(EvaluationError, match="cannot read gold corpus"):
        read_gold(tmp_path / "absent.jsonl")


# ---------------------------------------------------------------- splits


def test_split_is_stable_hash_and_respects_own_splits() -> None:
    import hashlib

    for doc_id in ("0", "1", "40450848", "0007"):
        parity = int(hashlib.sha1(f"LGL:{doc_id}".encode()).hexdigest(), 16) % 2
        assert split_of(doc_id, "LGL") == ("dev" if parity == 0 else "test")
    assert split_of("training/text1", "TUD-Loc-2013") == "dev"
    assert split_of("validation/text9", "TUD-Loc-2013") == "dev"
    assert split_of("test/text2", "TUD-Loc-2013") == "test"
    ids = [str(i) for i in range(200)]
    dev = [i for i in ids if split_of(i, "GeoWebNews") == "dev"]
    assert 70 < len(dev) < 130  # roughly half


def test_select_split_and_limit(docs: list[GoldDocument]) -> None:
    dev = select(docs, split="dev", corpus="eval_small")
    test = select(docs, split="test", corpus="eval_small")
    assert sorted(d.id for d in dev + test) == ["d1", "d2", "d3"]
    assert [d.id for d in select(docs, limit=2)] == ["d1", "d2"]
    with pytest.raises(EvaluationError, match="unknown split 'train'"):
        select(docs, split="train")


# ---------------------------------------------------------------- metrics


def test_prf_and_zero_denominators() -> None:
    p = prf(3, 4, 6)  # P = 3/4, R = 3/6, F1 = 2*.75*.5/1.25 = .6
    assert (p.tp, p.fp, p.fn) == (3, 1, 3)
    assert (p.precision, p.recall, p.f1) == pytest.approx((0.75, 0.5, 0.6))
    assert prf(0, 0, 0).f1 == 0.0
    with pytest.raises(ValueError):
        prf(5, 4, 6)


def test_overlap_matching_is_one_to_one() -> None:
    gold = [(0, 8), (9, 15)]  # "New York" "Police"... two gold spans
    pred = [(0, 15)]  # one long prediction covering both
    assert match_spans(gold, pred, "exact") == []
    assert match_spans(gold, pred, "overlap") == [(0, 0)]  # counted once (larger overlap: 8)
    # the best-overlapping prediction wins; the other one stays unmatched
    assert match_spans([(10, 20)], [(5, 12), (11, 20)], "overlap") == [(0, 1)]
    assert match_spans([(0, 3)], [(3, 6)], "overlap") == []  # touching is not overlapping
    assert match_spans([(0, 3), (5, 7)], [(5, 7), (0, 3)], "exact") == [(0, 1), (1, 0)]


def test_auc_definition() -> None:
    # Gritta et al. 2018: trapz(sorted ln(1+e)) / (ln(20039) * (n-1))
    # errors [0, 20039]: area = (ln 1 + ln 20040)/2, width 1 -> ln(20040) / (2 ln 20039)
    assert auc_of_errors([20039.0, 0.0]) == pytest.approx(math.log(20040) / (2 * math.log(20039)))
    assert auc_of_errors([0.0, 0.0, 0.0]) == 0.0
    assert auc_of_errors([]) is None
    assert auc_of_errors([99.0]) == pytest.approx(math.log(100) / math.log(20039))


def test_resolution_metrics_counts_unresolved_at_max() -> None:
    r = resolution_metrics([10.0, None, 200.0])
    # penalised: [10, 20039, 200] -> 1/3 within 161; resolved only: [10, 200] -> 1/2
    assert (r.n, r.resolved, r.unresolved) == (3, 2, 1)
    assert r.acc161 == pytest.approx(1 / 3)
    assert r.acc161_resolved == pytest.approx(0.5)
    assert r.median_km == 200.0 and r.median_km_resolved == 105.0
    assert r.mean_km == pytest.approx((10 + MAX_ERROR_KM + 200) / 3)
    empty = resolution_metrics([])
    assert empty.acc161 is None and empty.auc is None


def test_geonames_match_skips_non_numeric_predictions() -> None:
    m = geonames_match([("1", "1"), ("2", "3"), ("4", "ne:x"), (None, "5"), ("6", None)])
    assert (m.compared, m.exact) == (2, 1)
    assert m.rate == 0.5


# ---------------------------------------------------------------- end to end


def test_end_to_end_recognition(docs: list[GoldDocument]) -> None:
    result = evaluate(docs, FakeGeoparser(), corpus="eval_small")
    assert result.mode == "end-to-end"
    assert (result.documents, result.gold_toponyms, result.predicted) == (3, 7, 8)
    rec = result.recognition
    assert rec is not None
    # exact TP: Springfield, Shelbyville, Ohio, Paris = 4; predicted 8, gold 7
    # P = 4/8 = .5, R = 4/7 = .571429, F1 = 2*4/(8+7) = 8/15 = .533333
    assert (rec.exact.tp, rec.exact.fp, rec.exact.fn) == (4, 4, 3)
    assert rec.exact.precision == pytest.approx(0.5)
    assert rec.exact.recall == pytest.approx(0.571429, abs=1e-6)
    assert rec.exact.f1 == pytest.approx(0.533333, abs=1e-6)
    # overlap TP: + "New York Times"~"New York", "Tahoe"~"Lake Tahoe" = 6
    # P = 6/8 = .75, R = 6/7 = .857143, F1 = 12/15 = .8
    assert (rec.overlap.tp, rec.overlap.fp, rec.overlap.fn) == (6, 2, 1)
    assert rec.overlap.precision == pytest.approx(0.75)
    assert rec.overlap.recall == pytest.approx(0.857143, abs=1e-6)
    assert rec.overlap.f1 == pytest.approx(0.8)


def test_recall_by_type_and_groups(docs: list[GoldDocument]) -> None:
    rec = evaluate(docs, FakeGeoparser()).recognition
    assert rec is not None
    got = {t.type: (t.gold, t.found_exact, t.found_overlap) for t in rec.by_type}
    assert got == {
        # literal:Literal = Springfield (exact), Paris (exact), Seine (missed)
        "literal:Literal": (3, 2, 2),
        "literal:Mixed": (1, 1, 1),  # Shelbyville
        "associative:Metonymic": (1, 1, 1),  # Ohio
        "associative:Embedded_Non_Lit": (1, 0, 1),  # New York, only overlapped
        "(none)": (1, 0, 1),  # Lake Tahoe, only overlapped
        "literal:*": (4, 3, 3),
        "associative:*": (2, 1, 2),
    }
    # groups come first
    assert [t.type for t in rec.by_type[:2]] == ["associative:*", "literal:*"]
    literal = next(t for t in rec.by_type if t.type == "literal:*")
    assert literal.recall_exact == pytest.approx(0.75)


def test_end_to_end_resolution_on_found_spans(docs: list[GoldDocument]) -> None:
    result = evaluate(docs, FakeGeoparser())
    res = result.resolution
    # gold with coords: Springfield, Shelbyville, Ohio, Paris, Seine, Lake Tahoe = 6
    # Seine is not found (recognition miss) -> outside resolution, counted in not_found.
    # Found: errors [0, 1 deg, 3 deg, unresolved, 0] -> n 5, resolved 4, unresolved 1
    assert result.gold_with_coords == 6 and result.not_found == 1
    assert (res.n, res.resolved, res.unresolved) == (5, 4, 1)
    # penalised [0, 111.195, 333.585, 20039, 0]: within 161 -> 0, 111.195, 0 = 3/5
    assert res.acc161 == pytest.approx(0.6)
    # mean = (0 + 111.19508 + 333.58524 + 20039 + 0) / 5 = 20483.78032 / 5 = 4096.75606
    assert res.mean_km == pytest.approx(4096.75606, abs=1e-4)
    # sorted [0, 0, 111.195, 333.585, 20039] -> median 111.19508
    assert res.median_km == pytest.approx(111.19508, abs=1e-4)
    # AUC: ln(1+e) sorted = [0, 0, ln 112.19508 = 4.720239, ln 334.58524 = 5.812892,
    #   ln 20040 = 9.905486]; trapezoids (unit width) = 0 + 2.360120 + 5.266565 + 7.859189
    #   = 15.485874; / (ln 20039 = 9.905436 * (5 - 1) = 39.621743) = 0.390843
    assert res.auc == pytest.approx(0.390843, abs=1e-6)
    # resolved only [0, 111.195, 333.585, 0]: 3/4 within 161; mean 444.78032 / 4 = 111.19508;
    # median (0 + 111.19508) / 2 = 55.59754
    assert res.acc161_resolved == pytest.approx(0.75)
    assert res.mean_km_resolved == pytest.approx(111.19508, abs=1e-4)
    assert res.median_km_resolved == pytest.approx(55.59754, abs=1e-4)
    # AUC resolved: (0 + 2.360120 + 5.266565) / (9.905436 * 3 = 29.716307) = 0.256650
    assert res.auc_resolved == pytest.approx(0.256650, abs=1e-6)
    # GeoNames ids: Springfield 100=100, Shelbyville 999!=200, Tahoe 400=400 -> 2/3;
    # Ohio's "ne:ohio" is not numeric, Paris unresolved: not compared
    assert (result.geonames.compared, result.geonames.exact) == (3, 2)
    assert result.geonames.rate == pytest.approx(2 / 3)


def test_gold_spans_mode(docs: list[GoldDocument]) -> None:
    fake = FakeGeoparser()
    result = evaluate(docs, fake, gold_spans=True, split="dev")
    assert fake.calls == ["resolve:d1", "resolve:d2", "resolve:d3"]
    assert result.mode == "gold-spans" and result.recognition is None
    assert result.predicted == 7  # one mention per gold span
    res = result.resolution
    # errors: Springfield 0, Shelbyville 1 deg, Ohio 3 deg, Paris 2 deg, Seine unresolved,
    # Tahoe 0  -> n 6, resolved 5; penalised within 161: 0, 111.195, 0 -> 3/6 = .5
    assert (res.n, res.resolved, res.unresolved) == (6, 5, 1)
    assert result.not_found == 0
    assert res.acc161 == pytest.approx(0.5)
    assert res.acc161_resolved == pytest.approx(0.6)  # 3/5
    # sorted [0, 0, 111.195, 222.390, 333.585, 20039] -> median (111.195 + 222.390)/2 = 166.79262
    assert res.median_km == pytest.approx(166.79262, abs=1e-4)
    # mean resolved = (111.19508 + 333.58524 + 222.39016) / 5 = 667.17048 / 5 = 133.43410
    assert res.mean_km_resolved == pytest.approx(133.43410, abs=1e-4)
    # ids: 100=100, 200=200, 300=300, 501!=500, 400=400 -> 4/5
    assert (result.geonames.compared, result.geonames.exact) == (5, 4)


def test_errors_listing(docs: list[GoldDocument]) -> None:
    result = evaluate(docs, FakeGeoparser(), errors=True)
    assert result.errors is not None
    assert [(m.article, m.text) for m in result.errors.misses] == [("d2", "Seine")]
    fps = result.errors.false_positives
    assert [(f.article, f.text, f.place_id) for f in fps] == [
        ("d1", "Monday", None),
        ("d3", "Greetings", "555"),
    ]
    wrong = result.errors.wrong_resolutions
    assert [(w.text, w.place_id) for w in wrong] == [("Ohio", "ne:ohio"), ("Paris", None)]
    ohio = wrong[0]
    assert ohio.error_km == pytest.approx(3 * DEG_KM)  # 333.585 km
    assert (ohio.gold_lat, ohio.gold_lon, ohio.gold_geonameid) == (40.0, 0.0, "300")
    assert (ohio.name, ohio.country_code, ohio.feature_type) == ("Ohio", "US", "city")
    assert wrong[1].error_km is None
    assert evaluate(docs, FakeGeoparser()).errors is None
    text = render_text(result)
    assert "Misses (1)" in text and "Wrong resolutions (2)" in text
    assert "'Ohio' -> Ohio (ne:ohio, US, city)" in text
    assert "[placed at the article's focus]" not in text

    class Focused(FakeGeoparser):  # "Greetings" placed by the article's focus
        def _mention(self, aid: str, text: str, start: int, end: int, p: Place | None) -> Mention:
            m = super()._mention(aid, text, start, end, p)
            return dataclasses.replace(m, located_by="focus") if m.text == "Greetings" else m

    focused = evaluate(docs, Focused(), errors=True)
    assert focused.errors is not None
    assert [f.located_by for f in focused.errors.false_positives] == [None, "focus"]
    assert "'Greetings' -> " in render_text(focused)
    assert "(555) [placed at the article's focus]" in render_text(focused)


def test_result_to_dict_is_json(docs: list[GoldDocument]) -> None:
    d = json.loads(json.dumps(evaluate(docs, FakeGeoparser(), corpus="c").to_dict()))
    assert d["corpus"] == "c" and d["mode"] == "end-to-end"
    assert d["recognition"]["overlap"]["f1"] == pytest.approx(0.8)
    assert d["resolution"]["acc161"] == pytest.approx(0.6)
    assert "predictions" not in d and d["errors"] is None


def test_protocol_violations_raise(docs: list[GoldDocument]) -> None:
    class Short(FakeGeoparser):
        def parse_many(self, items: Iterable[tuple[str, str]]) -> Iterator[list[Mention]]:
            yield []

        def resolve_spans(
            self, article_id: str, text: str, spans: Sequence[tuple[int, int]]
        ) -> list[Mention]:
            return []

    with pytest.raises(EvaluationError, match="yielded 1 documents for 3 inputs"):
        evaluate(docs, Short())
    with pytest.raises(EvaluationError, match="returned 0 mentions for 3 spans"):
        evaluate(docs, Short(), gold_spans=True)


def test_geoparser_crash_names_the_document(docs: list[GoldDocument]) -> None:
    class Crashing(FakeGeoparser):
        def parse_many(self, items: Iterable[tuple[str, str]]) -> Iterator[list[Mention]]:
            for aid, _text in items:
                if aid == "d2":
                    raise IndexError("boom")
                yield []

        def resolve_spans(
            self, article_id: str, text: str, spans: Sequence[tuple[int, int]]
        ) -> list[Mention]:
            raise IndexError("boom")

    with pytest.raises(EvaluationError, match=r"after 1 documents \(last document fed: 'd2'\)"):
        evaluate(docs, Crashing())
    with pytest.raises(EvaluationError, match="document 'd1': resolve_spans failed") as info:
        evaluate(docs, Crashing(), gold_spans=True)
    assert isinstance(info.value.__cause__, IndexError)


# ---------------------------------------------------------------- predictions GeoJSON


def test_predictions_geojson(tmp_path: Path) -> None:
    out = tmp_path / "pred.geojson"
    result = run_evaluation(GOLD, FakeGeoparser(), predictions_path=out)
    fc = json.loads(out.read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection"
    assert len(fc["features"]) == result.predicted == 8
    first = fc["features"][0]
    assert first["type"] == "Feature"
    assert first["geometry"] == {"type": "Point", "coordinates": [0.0, 10.0]}  # [lon, lat]
    props = first["properties"]
    assert props == {
        "article": "d1",
        "start": 13,
        "end": 24,
        "text": "Springfield",
        "sentence": "Flooding hit Springfield and Shelbyville on Monday, officials in Ohio said.",
        "sentence_start": 0,
        "place_id": "100",
        "name": "Springfield",
        "feature_type": "city",
        "country_code": "US",
        "geonameid": 100,
        "source": "geonames",
        "confidence": 0.9,
        "speaker": "officials",
        **dict.fromkeys(("speaker_role", "speaker_kind", "speaker_entity", "verb", "verb_lemma")),
        "role": "literal",
        "located_by": "name",
        "reason": None,
        **dict.fromkeys(OUTPUT_FIELDS),
    }
    monday = next(f for f in fc["features"] if f["properties"]["text"] == "Monday")
    assert monday["geometry"] is None and monday["properties"]["place_id"] is None
    assert monday["properties"]["located_by"] is None


def test_prediction_article_is_gold_id(docs: list[GoldDocument]) -> None:
    class Renaming(FakeGeoparser):
        def parse_many(self, items: Iterable[tuple[str, str]]) -> Iterator[list[Mention]]:
            for aid, text in items:
                yield [self._mention(f"other-{aid}", text, 0, 4, None)]

    result = evaluate(docs, Renaming())
    assert [m.article_id for m in result.predictions] == ["d1", "d2", "d3"]


def test_geojson_coordinate_order() -> None:
    m = Mention("a", 0, 4, "Kyiv", "Kyiv.", 0, place("703448", 50.45, 30.52), 1.0)
    geom = predictions_geojson([m])["features"][0]["geometry"]
    assert geom["coordinates"] == [30.52, 50.45]


def test_predictions_cut_off_while_written_leave_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the file was opened for writing in place: a run stopped midway left half of it
    from geomap.evaluation import predictions

    out = tmp_path / "pred.geojson"
    out.write_text("previous", encoding="utf-8")
    m = Mention("a", 0, 4, "Kyiv", "Kyiv.", 0, place("703448", 50.45, 30.52), 1.0)

    def cut(value: object, fh: Any, **kwargs: object) -> None:
        fh.write('{"type": "FeatureCollection", "feat')
        raise KeyboardInterrupt

    monkeypatch.setattr(predictions.json, "dump", cut)
    with pytest.raises(KeyboardInterrupt):
        predictions.write_predictions(out, [m])
    assert out.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["pred.geojson"]
    monkeypatch.undo()
    predictions.write_predictions(out, [m])
    assert (
        json.loads(out.read_text(encoding="utf-8"))["features"][0]["properties"]["text"] == "Kyiv"
    )


# ---------------------------------------------------------------- CLI


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> FakeGeoparser:
    from geomap.cli import evaluate_cmd

    fake = FakeGeoparser()
    monkeypatch.setattr(
        evaluate_cmd, "make_geoparser", lambda model, demonyms=False, facilities=False: fake
    )
    return fake


def _invoke(args: list[str]):  # type: ignore[no-untyped-def]
    from geomap.cli import _register, app

    _register()
    # typer runs a single-command app without the command name
    single = len(app.registered_commands) == 1 and not app.registered_groups
    return CliRunner().invoke(app, args if single else ["evaluate", *args])


def test_cli_text_output(cli: FakeGeoparser) -> None:
    result = _invoke([str(GOLD)])
    assert result.exit_code == 0, result.output
    assert "eval_small (end-to-end, split all, 3 documents)" in result.output
    assert "overlap  0.750  0.857  0.800" in result.output
    assert cli.calls == ["parse:d1", "parse:d2", "parse:d3"]


def test_cli_json_gold_spans_limit(cli: FakeGeoparser, tmp_path: Path) -> None:
    out = tmp_path / "p.geojson"
    args = [str(GOLD), "--gold-spans", "--json", "--limit", "1", "--predictions", str(out)]
    result = _invoke(args)
    assert result.exit_code == 0, result.output
    d = json.loads(result.output)
    assert d["mode"] == "gold-spans" and d["documents"] == 1
    # d1 only: errors [0, 111.195, 333.585] -> Acc@161 2/3
    assert d["resolution"]["acc161"] == pytest.approx(2 / 3)
    assert len(json.loads(out.read_text())["features"]) == 3
    assert cli.calls == ["resolve:d1"]


def test_cli_errors_and_split(cli: FakeGeoparser) -> None:
    result = _invoke([str(GOLD), "--errors", "--split", "all"])
    assert result.exit_code == 0
    assert "False positives (2)" in result.output
    dev = _invoke([str(GOLD), "--split", "dev", "--json"])
    expected = sum(split_of(i, "eval_small") == "dev" for i in ("d1", "d2", "d3"))
    assert json.loads(dev.output)["documents"] == expected


def test_cli_reports_bad_input(cli: FakeGeoparser, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"id": "x", "text": "abc", "toponyms": [{"start": 0, "end": 2, "text": "x"}]}\n'
    )
    result = _invoke([str(bad)])
    assert result.exit_code == 1
    assert "bad.jsonl:1" in result.output and "annotation says 'x'" in result.output
    result = _invoke([str(GOLD), "--split", "train"])  # a usage error (exit 2), before any work
    assert result.exit_code == 2 and "'train': choose one of dev, test, all" in result.output


# ---------------------------------------------------------------- the shared corpora

EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval"


@pytest.mark.eval
@pytest.mark.skipif(not EVAL_DIR.is_dir(), reason="../shared/eval not present")
@pytest.mark.parametrize(
    ("name", "documents", "toponyms", "with_coords"),
    [
        ("GeoWebNews", 200, 2718, 2599),
        ("LGL", 588, 5088, 4462),
        ("GeoVirus", 229, 2170, 2170),
        ("TUD-Loc-2013", 152, 3850, 3484),
    ],
)
def test_shared_corpora_read_with_published_counts(
    name: str, documents: int, toponyms: int, with_coords: int
) -> None:
    # counts from ../shared/eval/README.md
    docs = read_gold(EVAL_DIR / f"{name}.jsonl")
    assert len(docs) == documents
    assert sum(len(d.toponyms) for d in docs) == toponyms
    assert sum(t.has_coords for d in docs for t in d.toponyms) == with_coords
    dev = select(docs, split="dev", corpus=name)
    test = select(docs, split="test", corpus=name)
    assert len(dev) + len(test) == documents and dev and test
    if name == "TUD-Loc-2013":  # its own split: training 61 + validation 30 / test 61
        assert (len(dev), len(test)) == (91, 61)


def test_area_aware_accuracy_counts_an_area_holding_the_gold_point(
    docs: list[GoldDocument],
) -> None:
    from shapely.geometry import box

    from geomap.evaluation.areas import area_accuracy

    class Shapes:
        def shape(self, place_id: str) -> object:
            return box(-5.0, 38.0, 5.0, 45.0) if place_id == "300" else None

    class AreaFake(FakeGeoparser):
        def gazetteer(self) -> Shapes:
            return Shapes()

        def resolve_spans(
            self, article_id: str, text: str, spans: Sequence[tuple[int, int]]
        ) -> list[Mention]:
            out = super().resolve_spans(article_id, text, spans)
            return [  # "Ohio" is an admin-1 unit 3 degrees from the gold, which it contains
                dataclasses.replace(m, place=dataclasses.replace(m.place, feature_type="admin1"))
                if m.place is not None and m.place.place_id == "300"
                else m
                for m in out
            ]

    result = evaluate(docs, AreaFake(), gold_spans=True)
    assert result.resolution.acc161 == pytest.approx(0.5)  # the published protocol is unchanged
    assert result.area is not None
    assert (result.area.n, result.area.correct, result.area.by_area) == (6, 4, 1)
    assert "Area-aware accuracy" in render_text(result)
    assert evaluate(docs, FakeGeoparser(), gold_spans=True).area is None  # no shapes, no figure
    assert area_accuracy([]).rate is None


def test_area_aware_accuracy_scores_a_sea_or_river_by_its_extent() -> None:
    from shapely.geometry import LineString, box

    from geomap.evaluation.areas import area_test

    shapes = {
        "river": LineString([(10.0, 45.0), (20.0, 45.0)]),
        "sea": box(30.0, 40.0, 35.0, 45.0),
        "state": box(30.0, 40.0, 35.0, 45.0),
    }

    class Shapes:
        def shape(self, place_id: str) -> object:
            return shapes.get(place_id)

    class WithShapes:
        def gazetteer(self) -> Shapes:
            return Shapes()

    inside = area_test(WithShapes())
    assert inside is not None

    def place(pid: str, ftype: str) -> Place:
        return Place(pid, pid, ftype, None, None, 0, 0.0, 0.0, "test")

    river, sea, state = place("river", "water"), place("sea", "water"), place("state", "admin1")
    assert inside(river, 15.0, 46.0)  # 111 km north of the river's line
    assert not inside(river, 15.0, 47.0)  # 222 km
    assert inside(sea, 32.0, 42.0) and inside(sea, 36.5, 42.0)  # in it; 124 km from its coast
    assert not inside(sea, 38.0, 42.0)  # 248 km
    # a country or admin-1 unit still holds the point or not: no distance allowed
    assert inside(state, 32.0, 42.0) and not inside(state, 35.5, 42.0)


def test_a_river_stored_as_a_line_is_right_along_its_course() -> None:
    from shapely.geometry import MultiLineString

    from geomap.evaluation.areas import area_accuracy, area_test
    from geomap.gazetteer import Gazetteer
    from geomap.geo import haversine_km

    river = Place("ne:river:zed", "Zed", "water", None, None, 0, 10.0, 50.0, "naturalearth")
    course = MultiLineString([[(10.0, 50.0), (20.0, 50.0)], [(20.0, 50.0), (25.0, 55.0)]])
    gz = Gazetteer.from_places([river], shapes={river.place_id: course})

    class OnStore:
        def gazetteer(self) -> Gazetteer:
            return gz

    inside = area_test(OnStore())
    assert inside is not None
    # a gold point up the river: 700 km from the river's point, 56 km from its line
    near, far = (19.0, 50.5), (19.0, 53.0)
    assert haversine_km(10.0, 50.0, *near) > 161
    assert inside(river, *near) and not inside(river, *far)  # far: over 250 km from the line
    scored = [(haversine_km(10.0, 50.0, *p), inside(river, *p)) for p in (near, far)]
    assert area_accuracy(scored).correct == 1
