"""bench/bench_eval.py runs with a fake geoparser and writes its JSON and markdown."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest
from test_evaluation import GOLD, FakeGeoparser

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_eval.py"


def _load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_eval", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bench_smoke_run_writes_results(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from geomap.cli import evaluate_cmd

    monkeypatch.setattr(
        evaluate_cmd,
        "make_geoparser",
        lambda model, demonyms=False, facilities=False: FakeGeoparser(),
    )
    eval_dir = tmp_path / "eval"
    eval_dir.mkdir()
    shutil.copy(GOLD, eval_dir / "LGL.jsonl")  # named like a corpus with references
    out = tmp_path / "results"
    bench = _load_bench()
    bench.main(["--eval-dir", str(eval_dir), "--out-dir", str(out), "--limit", "3"])

    doc = json.loads((out / "eval-smoke.json").read_text())
    assert not (out / "eval.json").exists()  # a smoke run never overwrites the full results
    assert doc["limit"] == 3 and doc["commit"]
    combos = {(r["corpus"], r["split"], r["mode"]) for r in doc["runs"]}
    assert combos == {("LGL", s, m) for s in ("dev", "test") for m in ("end-to-end", "gold-spans")}
    # dev + test partition the 3 documents
    e2e = [r for r in doc["runs"] if r["mode"] == "end-to-end"]
    assert sum(r["documents"] for r in e2e) == 3
    assert sum(r["recognition"]["exact"]["tp"] for r in e2e) == 4  # as in test_evaluation

    md = (out / "eval-smoke.md").read_text()
    assert "smoke run: first 3 documents" in md
    assert "| LGL | dev | end-to-end |" in md
    assert "Mordecai3 Acc@161 82.7" in md  # published reference side by side


def test_bench_records_failed_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from geomap.cli import evaluate_cmd

    class Broken(FakeGeoparser):
        def resolve_spans(self, article_id, text, spans):  # type: ignore[no-untyped-def]
            raise IndexError("span out of range")

    monkeypatch.setattr(
        evaluate_cmd, "make_geoparser", lambda model, demonyms=False, facilities=False: Broken()
    )
    eval_dir = tmp_path / "eval"
    eval_dir.mkdir()
    shutil.copy(GOLD, eval_dir / "small.jsonl")
    out = tmp_path / "results"
    with pytest.raises(SystemExit, match="2 run"):  # gold-spans fails on dev and on test
        _load_bench().main(["--eval-dir", str(eval_dir), "--out-dir", str(out), "--limit", "3"])
    doc = json.loads((out / "eval-smoke.json").read_text())
    assert {r["mode"] for r in doc["runs"]} == {"end-to-end"}
    assert [f["mode"] for f in doc["failures"]] == ["gold-spans", "gold-spans"]
    assert "span out of range" in (out / "eval-smoke.md").read_text()


def _load_languages_bench() -> ModuleType:
    path = BENCH.parent / "bench_languages.py"
    spec = importlib.util.spec_from_file_location("bench_languages", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_language_bench_reports_area_aware_accuracy_beside_acc161(tmp_path: Path) -> None:
    import dataclasses
    from collections.abc import Sequence

    from shapely.geometry import box

    from geomap.records import Mention

    class Shapes:
        def shape(self, place_id: str) -> object:
            return box(-5.0, 38.0, 5.0, 45.0) if place_id == "300" else None

    class AreaFake(FakeGeoparser):
        """The admin-1 unit Ohio lies 3 degrees from its gold point, which it contains."""

        def gazetteer(self) -> Shapes:
            return Shapes()

        def resolve_spans(
            self, article_id: str, text: str, spans: Sequence[tuple[int, int]]
        ) -> list[Mention]:
            return [
                dataclasses.replace(m, place=dataclasses.replace(m.place, feature_type="admin1"))
                if m.place is not None and m.place.place_id == "300"
                else m
                for m in super().resolve_spans(article_id, text, spans)
            ]

    gold = tmp_path / "xx.jsonl"
    shutil.copy(GOLD, gold)
    bench = _load_languages_bench()
    row = bench.measure(gold, AreaFake())
    scores = row["all"]
    assert scores["acc161_gold_spans"] == pytest.approx(0.5)  # Acc@161 is kept as it was
    assert scores["area_gold_spans"] == pytest.approx(4 / 6)  # Ohio holds its gold point
    table = bench.render([row], 1.0)
    assert "| Acc@161 gold spans | area gold spans |" in table
    assert "| 0.500 | 0.667 |" in table


def test_language_bench_selects_a_set_by_its_source(tmp_path: Path) -> None:
    gold = tmp_path / "xx.jsonl"
    rows = [
        {"id": "xx-01", "source": "hand-written (generalisation set), CC0"},
        {"id": "xx-02", "source": "hand-written (third generalisation set, lang37), CC0"},
        {"id": "xx-03", "source": "hand-written, CC0"},
    ]
    gold.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    bench = _load_languages_bench()
    assert bench.set_ids(gold, "third generalisation set") == {"xx-02"}
    assert bench.set_ids(gold, "(generalisation set)") == {"xx-01"}
    assert bench.set_ids(gold, "no such set") == set()
