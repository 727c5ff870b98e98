"""Dask: a LocalCluster run writes a local run's outputs; interrupted runs resume; collections."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from test_scale import corpus
from typer.testing import CliRunner

from geomap.records import Article
from geomap.settings import Settings

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parents[1]
SAME = ("mentions.geojson", "places.geojson", "claims.csv", "comparison.json", "map.html")


@pytest.fixture(scope="module")
def threads() -> Iterator[Any]:
    """An in-process Dask client (threads), so tests can watch and patch the tasks."""
    from dask.distributed import Client

    client = Client(processes=False, n_workers=1, threads_per_worker=1, dashboard_address=None)
    yield client
    client.close()


def _map(*args: str) -> Any:
    from geomap.cli import _register, app

    _register()
    return CliRunner().invoke(app, ["map", *args, "-q"])


def test_local_cluster_of_two_workers_writes_what_a_local_run_writes(tmp_path: Path) -> None:
    src = corpus(40, tmp_path / "c.jsonl")
    plain, dask = tmp_path / "plain", tmp_path / "dask"
    assert _map(str(src), str(ROOT / "seeds"), "-o", str(plain)).exit_code == 1
    result = _map(str(src), str(ROOT / "seeds"), "-o", str(dask), "--dask", "local")
    assert result.exit_code == 1, result.output  # the corpus's broken line
    for name in SAME:
        assert (plain / name).read_bytes() == (dask / name).read_bytes(), name
    r1, r2 = (json.loads((d / "report.json").read_text(encoding="utf-8")) for d in (plain, dask))
    assert r1["inputs"] == r2["inputs"] and r2["settings"]["dask"] == "local"
    assert not list(tmp_path.glob(".dask.geomap-parts"))  # parts removed once committed


def _items(n: int, tmp_path: Path) -> list[Any]:
    from geomap.io.readers import read_inputs

    return list(read_inputs([corpus(n, tmp_path / "c.jsonl")]))


def test_interrupted_run_resumes_its_finished_partitions(
    tmp_path: Path, threads: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import geomap.distributed as dist

    monkeypatch.setattr(dist, "PARTITION", 10)
    items = _items(35, tmp_path)
    parts = tmp_path / "parts"
    fingerprint = {"inputs": ["c.jsonl"]}
    settings = Settings(dask="threads")
    real = dist.process_partition

    def dies_at_two(index: int, *args: Any) -> str:
        if index == 2:
            raise RuntimeError("worker lost")
        return real(index, *args)

    monkeypatch.setattr(dist, "process_partition", dies_at_two)
    assert dist.prepare_parts(parts, fingerprint) == 0
    runner = dist.DaskRunner(settings, parts, client=threads)
    with pytest.raises(RuntimeError, match="worker lost"):
        list(runner.parse(items))
    done = dist.prepare_parts(parts, fingerprint)
    assert done >= 2  # partitions 0 and 1 were written before the failure

    monkeypatch.setattr(dist, "process_partition", real)
    with dist.DaskRunner(settings, parts, client=threads) as runner:
        resumed = list(runner.parse(items))
        assert runner.resumed == done
    from geomap.batches import parse_stream
    from geomap.geoparser import Geoparser

    plain = list(parse_stream(Geoparser(Settings()), items))
    assert [r for r, _ in resumed] == [r for r, _ in plain]
    # other inputs or settings: the old parts are not reused
    assert dist.prepare_parts(parts, {"inputs": ["other.jsonl"]}) == 0


def test_map_collection_of_a_bag_and_a_dataframe(tmp_path: Path, threads: Any) -> None:
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd

    from geomap.dask_collections import map_collection
    from geomap.io.readers import read_inputs
    from geomap.run import geoparse_articles

    rows = [json.loads(line) for line in corpus(30, tmp_path / "c.jsonl").read_text().splitlines()
            if line.startswith("{\"")]  # fmt: skip
    rows.append({"id": "no-text", "text": ""})
    expected = geoparse_articles(
        [a for a in read_inputs([tmp_path / "c.jsonl"]) if isinstance(a, Article)]
    )
    want = {p: n for p, n in expected.places[["place_id", "mention_count"]].itertuples(index=False)}

    bag = db.from_sequence(rows, npartitions=3)
    result = map_collection(bag, tmp_path / "bag", client=threads)
    frame = dd.from_pandas(
        pd.DataFrame(rows).rename(columns={"text": "body_text", "id": "key"}), npartitions=2
    )
    result2 = map_collection(
        frame, tmp_path / "df", client=threads, text_column="body_text", id_column="key"
    )
    for res, folder in ((result, "bag"), (result2, "df")):
        assert len(res.processed) == 30
        assert [s.status for s in res.statuses].count("empty") == 1
        places = json.loads((tmp_path / folder / "places.geojson").read_text(encoding="utf-8"))
        got = {f["properties"]["place_id"]: f["properties"]["mention_count"]
               for f in places["features"]}  # fmt: skip
        assert got == want


def test_parts_are_not_resumed_when_an_input_changed(tmp_path: Path) -> None:
    """The fingerprint was the input paths only: an edited corpus reused stale parts."""
    import os

    from geomap.distributed import prepare_parts, run_fingerprint

    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text("Rain in Lviv.", encoding="utf-8")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"text": "Rain in Kyiv."}\n', encoding="utf-8")
    settings = Settings(dask="local")
    first = run_fingerprint([folder, corpus], settings)
    parts = tmp_path / ".out.geomap-parts"
    prepare_parts(parts, first)
    (parts / "part-000000.json").write_text("[]", encoding="utf-8")
    (folder / ".out.geomap-tmp-x").mkdir()  # geomap's own hidden folders do not count
    assert run_fingerprint([folder, corpus], replace(settings, workers=2)) == first
    assert prepare_parts(parts, run_fingerprint([folder, corpus], settings)) == 1

    corpus.write_text('{"text": "Snow in Odesa."}\n', encoding="utf-8")  # same size
    os.utime(corpus, ns=(1, 1))
    assert prepare_parts(parts, run_fingerprint([folder, corpus], settings)) == 0
    (parts / "part-000000.json").write_text("[]", encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("Fog in Riga.", encoding="utf-8")  # a file added
    assert prepare_parts(parts, run_fingerprint([folder, corpus], settings)) == 0
    assert run_fingerprint(["-"], settings) != run_fingerprint(["-"], settings)  # stdin


def test_a_resumed_run_says_so_on_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import geomap.distributed as dist
    import geomap.run as run
    from geomap.outdir import OutputDir

    def stop(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(dist, "prepare_parts", lambda parts, fingerprint: 2)
    monkeypatch.setattr(run, "geoparse_inputs", stop)
    with OutputDir(tmp_path / "out") as out, pytest.raises(KeyboardInterrupt):
        run.map_inputs([tmp_path], out, settings=Settings(dask="local"))
    assert "geomap: progress: resuming 2 finished partition(s)" in capsys.readouterr().err


def test_each_partition_is_handed_on_as_soon_as_it_and_those_before_are_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # progress and the writers see a partition when it is done, not once the window fills
    import geomap.distributed as dist
    from geomap.records import ArticleResult, InputStatus

    class Done:
        def done(self) -> bool:
            return True

        def result(self) -> None:
            return None

    class Client:
        def scheduler_info(self) -> dict[str, Any]:
            return {"workers": {"a": {}, "b": {}}}  # a window of four partitions

        def submit(self, *args: Any, **kwargs: Any) -> Done:
            return Done()

    def part(parts: Path, index: int) -> list[ArticleResult]:
        return [ArticleResult(InputStatus("x", str(index), "ok"), (), ())]

    monkeypatch.setattr(dist, "PARTITION", 1)
    monkeypatch.setattr(dist, "read_part", part)
    read: list[int] = []

    def items() -> Iterator[Article]:
        for n in range(6):
            read.append(n)
            yield Article(str(n), "text", f"{n}.txt")

    runner = dist.DaskRunner(Settings(dask="local"), tmp_path, client=Client())
    stream = runner.parse(items())
    first, _ = next(stream)
    assert first.article_id == "0" and len(read) <= 2  # not after four partitions
    assert [r.article_id for r, _ in stream] == ["1", "2", "3", "4", "5"]


def _sigint_disposition() -> str:
    import signal

    return "ignored" if signal.getsignal(signal.SIGINT) == signal.SIG_IGN else "obeyed"


def test_a_local_clusters_workers_leave_ctrl_c_to_the_run() -> None:
    """Ctrl-C reaches every process of a terminal's job: a worker obeying it printed
    two tracebacks (the nanny's CancelledError, KeyboardInterrupt) above the one line."""
    import signal
    import socket
    import warnings

    from geomap.distributed import client_for

    before = signal.signal(signal.SIGINT, signal.default_int_handler)  # as from a terminal
    busy = socket.socket()  # another cluster's dashboard port: no raw Dask warning
    try:
        busy.bind(("127.0.0.1", 8787))
        busy.listen()
    except OSError:
        pass  # already taken by something else: as good
    try:
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always")
            client = client_for("local")
        assert not [w for w in seen if "already in use" in str(w.message)]
        try:
            assert set(client.run(_sigint_disposition).values()) == {"ignored"}
            assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
        finally:
            cluster = client.cluster
            client.close()
            cluster.close()
    finally:
        busy.close()
        signal.signal(signal.SIGINT, before)
