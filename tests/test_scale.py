"""From two articles to an archive: streaming, workers, one serialiser, the writers table."""

from __future__ import annotations

import csv
import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from map_fixtures import map_payload
from typer.testing import CliRunner

from geomap.mention_rows import mention_from_row, mention_row
from geomap.records import Mention, Place, Speaker

ROOT = Path(__file__).resolve().parents[1]
TOWNS = ["Warsaw", "Kyiv", "Berlin", "Vilnius", "Riga", "Lviv", "Odesa", "Paris", "Minsk"]
VERBS = ["said", "reported", "warned", "claimed"]
#: Who speaks in an article: articles of one speaker tell one story (the comparison pairs them).
SPEAKERS = ["Anna Kowalska of Polrail Cargo", "Olena Bondar of Express Lines", "Jan Nowak"]


def corpus(n: int, path: Path, seed: int = 3) -> Path:
    """A generated JSONL corpus: short news-like paragraphs naming a few towns."""
    rng = random.Random(seed)
    lines = []
    for i in range(n):
        a, b = rng.sample(TOWNS, 2)
        text = (
            f"Officials in {a} {rng.choice(VERBS)} that talks with {b} would resume. "
            f"Trains from {b} to {a} were delayed, {SPEAKERS[i % 3]} said."
        )
        lines.append(json.dumps({"id": f"art-{i:04d}", "text": text}))
    lines.insert(n // 2, "{broken json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _map(*args: str) -> object:
    from geomap.cli import _register, app

    _register()
    return CliRunner().invoke(app, ["map", *args, "-q"])


@pytest.mark.model
def test_two_workers_write_the_same_outputs_as_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # every worker process is replaced after each batch: recycling changes no output
    monkeypatch.setattr("geomap.parallel.RECYCLE_AFTER", 1)
    src = corpus(70, tmp_path / "c.jsonl")
    one, two = tmp_path / "one", tmp_path / "two"
    assert _map(str(src), str(ROOT / "seeds"), "-o", str(one)).exit_code == 1  # the broken line
    assert _map(str(src), str(ROOT / "seeds"), "-o", str(two), "--workers", "2").exit_code == 1
    for name in ("mentions.geojson", "places.geojson", "claims.csv", "comparison.json", "map.html"):
        assert (one / name).read_bytes() == (two / name).read_bytes(), name
    r1, r2 = (json.loads((d / "report.json").read_text(encoding="utf-8")) for d in (one, two))
    assert r1["inputs"] == r2["inputs"] and r1["totals"] == r2["totals"]
    assert r2["settings"]["workers"] == 2


@pytest.mark.model
def test_two_workers_find_each_articles_language_as_one_does(tmp_path: Path) -> None:
    """With several workers each finds its batch's languages; the outputs are one worker's."""
    src = corpus(40, tmp_path / "c.jsonl")
    lines = src.read_text(encoding="utf-8").splitlines()
    others = [
        {"id": "pl-1", "text": "Władze w Warszawie i we Lwowie rozmawiały o pociągach do Kijowa."},
        {
            "id": "es-1",
            "text": "El gobierno de España anunció ayer nuevas medidas en Madrid para frenar la "
            "crisis. Según el ministro, las conversaciones con Francia continuarán en Lisboa.",
        },
        {"id": "de-1", "language": "de", "text": "In Berlin und Warschau wurde verhandelt."},
    ]
    lines[5:5] = [json.dumps(o, ensure_ascii=False) for o in others]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one, two = tmp_path / "one", tmp_path / "two"
    assert _map(str(src), "-o", str(one), "--workers", "1").exit_code == 1  # the broken line
    assert _map(str(src), "-o", str(two), "--workers", "2").exit_code == 1
    for name in ("articles.jsonl", "mentions.geojson", "claims.csv"):
        assert (one / name).read_bytes() == (two / name).read_bytes(), name
    r1, r2 = (json.loads((d / "report.json").read_text(encoding="utf-8")) for d in (one, two))
    assert r1["inputs"] == r2["inputs"]
    langs = {
        json.loads(line)["article"]: json.loads(line)["language"]
        for line in (two / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    }
    assert langs["pl-1"] == "pl" and langs["de-1"] == "de" and langs["art-0000"] == "en"
    assert "es-1" not in langs  # no pipeline for Spanish: reported, not mapped as English
    assert "es-1" in json.dumps(r2["inputs"])


@pytest.mark.model
def test_streamed_run_is_consistent_and_its_map_bounded(tmp_path: Path) -> None:
    from geomap.io import KNOWN_FILES
    from geomap.io.map_html import MAP_CLAIMS
    from geomap.outdir import OutputDir
    from geomap.run import map_inputs

    src = corpus(120, tmp_path / "c.jsonl")
    with OutputDir(tmp_path / "out", KNOWN_FILES) as out:
        result = map_inputs([src], out)
    assert result.records is None  # nothing kept in memory: it went to the files
    with pytest.raises(ValueError, match="kept none"):
        _ = result.places
    files = result.outputs
    report = json.loads(files["report"].read_text(encoding="utf-8"))
    mentions = json.loads(files["mentions"].read_text(encoding="utf-8"))["features"]
    places = json.loads(files["places"].read_text(encoding="utf-8"))["features"]
    with files["claims"].open(encoding="utf-8-sig", newline="") as fh:
        claims = list(csv.DictReader(fh))
    assert report["totals"]["ok"] == 120 and report["totals"]["errors"] == 1
    assert len(mentions) == report["totals"]["mentions"]
    assert len(places) == report["totals"]["places"]
    assert sum(len(p["properties"]["claims"]) for p in places) == len(claims)
    assert sum(p["properties"]["mention_count"] for p in places) == report["totals"]["resolved"]
    html = files["map"].read_text(encoding="utf-8")
    data = map_payload(html)
    assert len(data["articles"]) == 120
    by_id = {p["properties"]["place_id"]: p["properties"] for p in places}
    for p in data["places"]:
        shown = sum(len(group["items"]) for group in p["claims"])
        assert shown <= MAP_CLAIMS
        assert p["nc"] == len(by_id[p["id"]]["claims"])
    assert any(p["nc"] > MAP_CLAIMS for p in data["places"])  # a town named in many articles
    comparison = json.loads(files["comparison"].read_text(encoding="utf-8"))
    assert comparison["articles"][:2] == ["art-0000", "art-0001"]
    assert any(place["pairs"] for place in comparison["places"])


def _tiny_geoparser() -> Any:
    """A geoparser over a blank English pipeline and the tiny gazetteer."""
    import spacy

    from geomap.gazetteer import Gazetteer
    from geomap.geoparser import Geoparser
    from geomap.settings import Settings
    from tests.tiny_gazetteer import PLACES

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    from geomap.nlp import recognizer, resolver  # noqa: F401  (register the factories)

    rec = nlp.add_pipe("geomap_toponyms")
    res = nlp.add_pipe("geomap_resolver")
    rec.gazetteer = res.gazetteer = Gazetteer.from_places(PLACES)
    return Geoparser(Settings(), nlp=nlp)


def test_a_batch_leaves_no_new_words_in_the_vocabulary(monkeypatch: Any) -> None:
    """Each batch after the first WARM_CHARS characters is parsed in a memory zone.

    The words of the first batches stay (most of them are the words every article uses).
    """
    from geomap import memory_zones
    from geomap.batches import parse_batch
    from geomap.records import Article, ArticleResult

    monkeypatch.setattr(memory_zones, "WARM_CHARS", 10)
    gp = _tiny_geoparser()
    nlp = gp.nlp
    parse_batch(gp, [Article("warm", "Rain in Kyiv, Glorbington.", "w.txt")])
    assert "Glorbington" in nlp.vocab.strings  # the first batch: no zone
    before = len(nlp.vocab.strings)
    texts = [f"Zorbleflax{i} quintessimo{i} walked to Kyiv." for i in range(50)]
    done = parse_batch(gp, [Article(str(i), t, f"{i}.txt") for i, t in enumerate(texts)])
    assert len(done) == 50 and all(isinstance(d, ArticleResult) for d in done)
    assert len(nlp.vocab.strings) == before and "Zorbleflax7" not in nlp.vocab.strings
    nlp(texts[7])  # outside a zone the same text does add its words
    assert "Zorbleflax7" in nlp.vocab.strings


def test_batches_keep_their_words_until_warm_chars_were_read(monkeypatch: Any) -> None:
    """Batches are read outside a zone while fewer than WARM_CHARS characters were."""
    from geomap import memory_zones
    from geomap.batches import parse_batch
    from geomap.records import Article

    first, second, third = "Rain in Kyiv, Glorbington.", "Snow near Fleemwick.", "Hail at Quorvel."
    monkeypatch.setattr(memory_zones, "WARM_CHARS", len(first) + 1)
    gp = _tiny_geoparser()
    for i, text in enumerate((first, second, third)):
        parse_batch(gp, [Article(str(i), text, f"{i}.txt")])
    strings = gp.nlp.vocab.strings
    # the second batch starts below the budget (one character short): its words stay too
    assert "Glorbington" in strings and "Fleemwick" in strings
    assert "Quorvel" not in strings  # read after the budget: in a zone
    # the records do not depend on it: every batch in a zone, or none
    texts = [first, "Officials in Paris said so.", third, "Paris again, and Glorbington."]
    found, kept = [], []
    for budget in (0, 10**9):
        monkeypatch.setattr(memory_zones, "WARM_CHARS", budget)
        fresh = _tiny_geoparser()
        found.append(
            [parse_batch(fresh, [Article(str(i), t, "a.txt")]) for i, t in enumerate(texts)]
        )
        kept.append("Glorbington" in fresh.nlp.vocab.strings)
    assert kept == [False, True]  # the two runs did differ in what they kept
    assert found[0] == found[1] and any(r.mentions for [r] in found[0])


def test_checking_the_worldview_option_does_not_import_geopandas() -> None:
    code = (
        "import sys\n"
        "from geomap.cli.map_cmd import worldview_code\n"
        "assert worldview_code('ua') == 'UA'\n"
        "sys.exit(1 if 'geopandas' in sys.modules else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_geoparsing_never_imports_the_gazetteer_builder() -> None:
    """The builder needs the ``build`` extra (pyshp); an installed geomap runs without it."""
    code = (
        "import sys\n"
        "import geomap.gazetteer, geomap.geoparser, geomap.pipeline, geomap.cli.map_cmd\n"
        "from geomap.gazetteer import local_names, lemmas\n"
        "bad = [m for m in sys.modules if m.startswith('geomap.gazetteer.builder')"
        " or m == 'shapefile']\n"
        "sys.exit(', '.join(bad) or None)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_report_names_the_gazetteer_the_pipeline_used(tmp_path: Path) -> None:
    import spacy

    from geomap.gazetteer import Gazetteer
    from geomap.geoparser import Geoparser
    from geomap.records import Article
    from geomap.run import geoparse_articles
    from geomap.settings import Settings
    from tests.tiny_gazetteer import PLACES

    gz = Gazetteer.from_places(PLACES)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    from geomap.nlp import recognizer, resolver  # noqa: F401  (register the factories)

    rec = nlp.add_pipe("geomap_toponyms")
    res = nlp.add_pipe("geomap_resolver")
    rec.gazetteer = res.gazetteer = gz
    gp = Geoparser(Settings(), nlp=nlp)
    result = geoparse_articles([Article("a", "Rain in Kyiv.", "a.txt")], geoparser=gp)
    assert result.gazetteer["version"] == "from_places"
    assert result.gazetteer_used is gz


place = st.builds(
    Place,
    place_id=st.text(min_size=1, max_size=8),
    name=st.text(max_size=10),
    feature_type=st.sampled_from(["country", "city", "region"]),
    country_code=st.none() | st.text(min_size=2, max_size=2),
    admin1=st.none() | st.text(max_size=8),
    population=st.integers(0, 10**9),
    lon=st.floats(-180, 180),
    lat=st.floats(-90, 90),
    source=st.sampled_from(["geonames", "curated"]),
    feature_code=st.text(max_size=5),
    admin1_code=st.none() | st.text(max_size=4),
    members=st.lists(st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2)).map(tuple),
    has_shape=st.booleans(),
)
mention = st.builds(
    Mention,
    article_id=st.text(max_size=8),
    start=st.integers(0, 1000),
    end=st.integers(0, 1000),
    text=st.text(max_size=10),
    sentence=st.text(max_size=30),
    sentence_start=st.integers(0, 1000),
    place=st.none() | place,
    confidence=st.floats(0, 1),
    label=st.text(max_size=6),
    role=st.sampled_from(["literal", "metonymy", "modifier", "demonym"]),
    speaker=st.none()
    | st.builds(Speaker, st.text(max_size=10), st.integers(0, 99), st.integers(0, 99)),
    sentence_index=st.integers(0, 50),
    located_by=st.sampled_from([None, "name", "focus"]),
)


@settings(max_examples=200, deadline=None)
@given(m=mention)
def test_mention_rows_round_trip(m: Mention) -> None:
    assert mention_from_row(mention_row(m)) == m


def test_batches_close_at_their_size_or_their_characters() -> None:
    from geomap.batches import batches
    from geomap.records import Article, InputStatus

    def art(i: int, chars: int) -> Article:
        return Article(article_id=f"a{i}", text="x" * chars, source="s")

    bad = InputStatus(source="bad.txt", article_id=None, status="error", reason="unreadable")
    items = [art(0, 30), bad, art(1, 30), art(2, 50), art(3, 200), art(4, 10), art(5, 10)]
    got = [[(i.article_id or "bad") for i in b] for b in batches(items, 3, 100)]
    # a2 would take the text past 100; a3 alone is longer than the cap
    assert got == [["a0", "bad", "a1"], ["a2"], ["a3"], ["a4", "a5"]]
    by_count = [[(i.article_id or "bad") for i in b] for b in batches(items, 3)]
    assert by_count == [["a0", "bad", "a1", "a2"], ["a3", "a4", "a5"]]
    assert [x for b in batches(items, 3, 100) for x in b] == items  # nothing lost, in order


BESIDE = """
import json, sys
from geomap.io import KNOWN_FILES
from geomap.outdir import OutputDir
from geomap.run import map_inputs
from geomap.settings import Settings

inputs, short, beside, here = sys.argv[1:3], sys.argv[3], sys.argv[4], sys.argv[5]
with OutputDir(short, known_files=KNOWN_FILES) as out:
    map_inputs(inputs[1:], out, settings=Settings.from_env())
spacy_after_short = "spacy" in sys.modules
with OutputDir(beside, known_files=KNOWN_FILES) as out:
    map_inputs(inputs, out, settings=Settings.from_env())
model_in_writer = any(name.startswith("en_core_web") for name in sys.modules)
rules_in_writer = "geomap.stages" in sys.modules
with OutputDir(here, known_files=KNOWN_FILES) as out:
    map_inputs(inputs, out, settings=Settings.from_env(parse_beside=False))
flags = [spacy_after_short, model_in_writer, rules_in_writer]
print(json.dumps(dict(zip(["spacy_after_short", "model_in_writer", "rules_in_writer"], flags))))
"""


@pytest.mark.model
def test_parsing_beside_the_writer_writes_what_parsing_here_writes(tmp_path: Path) -> None:
    # 130 articles: more batches than the pool queues, so geomap's rules finish the later
    # ones in the writing process (geomap.stages)
    src = corpus(130, tmp_path / "c.jsonl")
    short, beside, here = tmp_path / "short", tmp_path / "beside", tmp_path / "here"
    args = [str(src), str(ROOT / "seeds"), str(short), str(beside), str(here)]
    proc = subprocess.run(
        [sys.executable, "-c", BESIDE, *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    # a short run's writing process never loads spaCy: the forked one parses everything;
    # a long one's runs geomap's rules, never the model
    flags = json.loads(proc.stdout.splitlines()[-1])
    assert flags == {"spacy_after_short": False, "model_in_writer": False, "rules_in_writer": True}
    for name in ("mentions.geojson", "places.geojson", "claims.csv", "comparison.json", "map.html"):
        assert (beside / name).read_bytes() == (here / name).read_bytes(), name
    r1, r2 = (json.loads((d / "report.json").read_text(encoding="utf-8")) for d in (beside, here))
    assert r1["inputs"] == r2["inputs"] and r1["totals"] == r2["totals"]


def test_no_parsing_process_is_forked_while_another_thread_runs() -> None:
    import threading

    from geomap.parallel import fork_safe

    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert not fork_safe()
    finally:
        release.set()
        other.join()


@pytest.mark.model
@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_worker_that_cannot_load_stops_the_run_with_its_error(
    tmp_path: Path, workers: str
) -> None:
    # the worker's load fails (no gazetteer there): its error, not a broken pool
    cmd = [sys.executable, "-m", "geomap", "map", str(ROOT / "seeds"), "-o", str(tmp_path / "o")]
    cmd += ["--gazetteer", str(tmp_path / "missing.sqlite"), "--workers", workers, "-q"]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2, proc.stderr
    assert "Gazetteer artifact not found" in proc.stderr
    assert "Traceback" not in proc.stderr and "BrokenProcessPool" not in proc.stderr
    assert not (tmp_path / "o" / "map.html").exists()


def test_a_worker_keeps_the_collector_off_what_it_loaded() -> None:
    """After loading, a worker freezes its objects: later collections skip the model."""
    import gc
    import weakref

    from geomap.worker import _settle

    class Node:
        def __init__(self) -> None:
            self.me = self

    loaded = [[i] for i in range(1000)]  # what a worker loads once (its model, its gazetteer)
    left = Node()  # garbage of the load (a cycle): collected first, not kept for ever
    gone = weakref.ref(left)
    del left
    was = gc.get_freeze_count()
    gc.disable()  # a forked worker's parent had paused it (perf51: OutputSink.prepare)
    try:
        _settle()
        assert gc.isenabled()
        assert gc.get_freeze_count() >= was + len(loaded)
        assert not any(o is loaded[0] for o in gc.get_objects())  # out of every collection
        assert gone() is None
    finally:
        gc.unfreeze()
        gc.enable()


def test_a_worker_leaves_stopping_to_the_parent() -> None:
    # Ctrl-C reaches every process of the job; a worker still importing spaCy printed
    # "Exception in initializer" and a traceback. The parent stops the workers itself.
    import signal

    from geomap.worker import _worker_signals

    saved = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    try:
        signal.signal(signal.SIGTERM, lambda *_: None)  # as the parent's run does
        _worker_signals()
        assert signal.getsignal(signal.SIGINT) == signal.SIG_IGN
        assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
        assert signal.getsignal(signal.SIGHUP) == signal.SIG_DFL
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)
