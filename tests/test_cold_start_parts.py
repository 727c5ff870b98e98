"""A short run's savings: the detector's cached model, writers prepared aside, unsynced GPKG."""

from __future__ import annotations

import lzma
import threading
from pathlib import Path
from typing import ClassVar

import pytest
from test_runstore import SENTENCES, _article

from geomap.io.base import WriteOptions, Writer
from geomap.io.geopackage import SYNC_OPTION, _append, _points
from geomap.langid_model import CACHE_ENV, load_identifier
from geomap.sink import OutputSink

TEXTS = (
    "Troops left the capital on Monday, officials said in a statement.",
    "Колонны техники замечены под Харьковом и Белгородом, сообщили в Минске.",
    "Les troupes ont quitté la ville ce matin, selon le ministère.",
    "Die Regierung in Warschau kündigte am Montag neue Grenzkontrollen an.",
)


def _own_load() -> object:
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(Path(MODEL_DIR) / MODEL_FILE, norm_probs=True)


def test_detector_model_is_decompressed_once_then_read_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    first = load_identifier()
    copies = list((tmp_path / "cache").glob("py3langid-*.npz"))
    assert len(copies) == 1 and not list((tmp_path / "cache").glob(".py3langid-*"))

    def no_lzma(*args: object, **kwargs: object) -> object:
        raise AssertionError("decompressed again")

    monkeypatch.setattr(lzma, "open", no_lzma)
    second = load_identifier()

    for text in TEXTS:
        assert second.classify(text) == first.classify(text)


def test_cached_detector_classifies_as_py3langid_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    load_identifier()  # writes the copy
    cached, own = load_identifier(), _own_load()
    assert [cached.classify(t) for t in TEXTS] == [own.classify(t) for t in TEXTS]


def test_unusable_cache_falls_back_to_the_packaged_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))  # cannot be made
    assert load_identifier().classify(TEXTS[0])[0] == "en"
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "c2"))
    load_identifier()
    (copy,) = (tmp_path / "c2").glob("py3langid-*.npz")
    copy.write_bytes(b"PK\x03\x04 truncated")  # a damaged copy is not trusted
    assert load_identifier().classify(TEXTS[1])[0] == "ru"


class _Slow(Writer):
    filename = "slow.txt"
    seen: ClassVar[list[str]] = []

    def prepare(self, gazetteer: object) -> None:
        threading.Event().wait(0.2)
        self.seen.append(f"prepared in {threading.current_thread().name}")

    def add(self, item: object) -> None:
        self.seen.append("add")


class _Broken(Writer):
    filename = "broken.txt"

    def prepare(self, gazetteer: object) -> None:
        raise MemoryError("no room to import")


def _sink(tmp_path: Path, writer: type[Writer]) -> OutputSink:
    sink = OutputSink(tmp_path, WriteOptions(), ())
    sink.writers = {"w": writer(tmp_path / writer.filename, WriteOptions())}
    return sink


def test_writers_prepare_in_a_thread_and_the_first_article_waits(tmp_path: Path) -> None:
    _Slow.seen.clear()
    sink = _sink(tmp_path, _Slow)
    sink.prepare(None)
    assert _Slow.seen == []  # returned at once
    sink.add(_article("a0", SENTENCES[0]))
    sink.close()
    assert _Slow.seen == ["prepared in geomap-prepare", "add"]


def test_the_sink_keeps_the_collector_off_what_was_loaded_until_it_closes(
    tmp_path: Path,
) -> None:
    """What the process held when the writers were prepared is frozen for the run only."""
    import gc

    if gc.get_freeze_count():  # something else froze objects: the sink leaves them be
        pytest.skip("objects already frozen in this process")
    loaded = [[i] for i in range(100)]  # the writers' imports, the gazetteer
    sink = _sink(tmp_path, _Slow)
    sink.prepare(None)
    sink.add(_article("a0", SENTENCES[0]))
    try:
        assert gc.get_freeze_count() >= len(loaded)
        assert not any(o is loaded[0] for o in gc.get_objects())
    finally:
        sink.close()
    assert gc.get_freeze_count() == 0
    assert any(o is loaded[0] for o in gc.get_objects())


class _Watch(Writer):
    filename = "watch.txt"
    enabled: ClassVar[list[bool]] = []

    def prepare(self, gazetteer: object) -> None:
        import gc

        self.enabled.append(gc.isenabled())


def test_the_collector_is_paused_while_the_writers_prepare_and_only_then(
    tmp_path: Path,
) -> None:
    """perf51: the imports' objects all stay; collections meanwhile went through them."""
    import gc

    assert gc.isenabled()
    _Watch.enabled.clear()
    for name in ("a", "close", "abandon", "off"):
        (tmp_path / name).mkdir()
    sink = _sink(tmp_path / "a", _Watch)
    sink.prepare(None)
    sink.add(_article("a0", SENTENCES[0]))  # waits for the preparation, then freezes
    assert _Watch.enabled == [False] and gc.isenabled()
    sink.close()
    assert gc.isenabled() and gc.get_freeze_count() == 0
    for stop in (OutputSink.close, OutputSink.abandon):  # a run stopped before any article
        sink = _sink(tmp_path / stop.__name__, _Watch)
        sink.prepare(None)
        stop(sink)
        assert gc.isenabled()
    gc.disable()  # the caller's choice is left as it is
    try:
        sink = _sink(tmp_path / "off", _Watch)
        sink.prepare(None)
        sink.add(_article("a0", SENTENCES[0]))
        sink.close()
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert _Watch.enabled == [False] * 4


def test_a_sink_leaves_objects_frozen_by_others_frozen(tmp_path: Path) -> None:
    import gc

    gc.freeze()
    try:
        before = gc.get_freeze_count()
        sink = _sink(tmp_path, _Slow)
        sink.prepare(None)
        sink.add(_article("a0", SENTENCES[0]))
        sink.close()
        assert gc.get_freeze_count() == before
    finally:
        gc.unfreeze()


def test_a_failed_prepare_is_raised_where_the_articles_are_added(tmp_path: Path) -> None:
    sink = _sink(tmp_path, _Broken)
    sink.prepare(None)
    with pytest.raises(MemoryError, match="no room"):
        sink.add(_article("a0", SENTENCES[0]))
    sink.close()


def test_geopackage_writes_unsynced_and_restores_gdals_option(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyogrio

    seen: list[object] = []
    real = pyogrio.write_dataframe

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(pyogrio.get_gdal_config_option(SYNC_OPTION))
        return real(*args, **kwargs)

    monkeypatch.setattr(pyogrio, "write_dataframe", spy)
    pyogrio.set_gdal_config_options({SYNC_OPTION: "NORMAL"})
    try:
        path = tmp_path / "g.gpkg"
        kyiv = [{"name": "Kyiv", "lon": 30.5, "lat": 50.45}]
        lviv = [{"name": "Lviv", "lon": 24.0, "lat": 49.8}]
        _append(path, "places", kyiv, _points(kyiv), "Point", exists=False)
        _append(path, "places", lviv, _points(lviv), "Point", exists=True)
        assert seen == [False, False]  # pyogrio reads "OFF" back as False
        assert pyogrio.get_gdal_config_option(SYNC_OPTION) == "NORMAL"
    finally:
        pyogrio.set_gdal_config_options({SYNC_OPTION: None})
    names = pyogrio.read_dataframe(path, layer="places")["name"].tolist()
    assert names == ["Kyiv", "Lviv"]


def test_the_staged_files_are_flushed_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from geomap import fsops

    paths = [tmp_path / f"f{i}" for i in range(3)]
    for path in paths:
        path.write_text("x", encoding="utf-8")
    together = threading.Barrier(len(paths), timeout=10)  # broken if flushed one by one
    flushed: list[Path] = []

    def flush(path: Path) -> None:
        together.wait()
        flushed.append(path)

    monkeypatch.setattr(fsops, "fsync_path", flush)
    fsops.fsync_paths(paths)
    assert sorted(flushed) == paths  # every one, done when fsync_paths returns
    assert not [t for t in threading.enumerate() if t.name.startswith("geomap-fsync")]


def test_the_map_writer_reads_the_gazetteers_aliases_while_preparing(tmp_path: Path) -> None:
    from geomap.io.map_html import MapHTML

    asked: list[str] = []

    class Gazetteer:
        def basemap(self) -> None:
            asked.append("basemap")

        def disputed_areas(self) -> None:
            asked.append("disputed")

        def aliases(self) -> dict[str, list[str]]:
            asked.append("aliases")
            return {}

    MapHTML(tmp_path / "map.html", WriteOptions()).prepare(Gazetteer())  # type: ignore[arg-type]
    assert "aliases" in asked
