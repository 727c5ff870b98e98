"""A run into a folder geomap wrote before parses only the articles it has not parsed."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from geomap.batches import article_result, batches, merge_batch
from geomap.io import PARSED_FILE
from geomap.records import Article, ArticleResult, InputStatus, Mention, Place, Speaker
from geomap.reuse import ParsedStore, parse_reusing
from geomap.settings import Settings
from geomap.stage_records import Reused

ROOT = Path(__file__).resolve().parents[1]
KYIV = Place("703448", "Kyiv", "city", "UA", "Kyiv City", 2_797_553, 30.5238, 50.45466, "geonames")


class FakeParser:
    """Parses each article into one mention of its first word; counts what it parsed."""

    def __init__(self) -> None:
        self.parsed: list[str] = []

    def __call__(self, items: Iterable[Any]) -> Iterator[tuple[Any, Article | None]]:
        for batch in batches(items, 3):
            articles = [i for i in batch if isinstance(i, Article)]
            self.parsed += [a.article_id for a in articles]
            yield from merge_batch(batch, [self.result(a) for a in articles])

    @staticmethod
    def result(article: Article) -> ArticleResult:
        word = article.text.split()[0]
        speaker = Speaker("Anna Kowalska", 10, 23, role="mayor", kind="person", verb="said")
        mention = Mention(
            article.article_id, 0, len(word), word, article.text, 0, KYIV, 0.875, "GPE",
            speaker=speaker, sentence_index=0,
        )  # fmt: skip
        read = replace(article, metadata={**article.metadata, "title": "t", "language": "en"})
        return article_result(read, [mention])  # the claims derived as when parsed


def articles(n: int, text: str = "Kyiv was shelled, Anna Kowalska said.") -> list[Article]:
    return [Article(f"a{i}", f"{text} {i}", f"f{i}.txt", {"outlet": "X"}) for i in range(n)]


def run(
    items: list[Any], previous: Path | None, staging: Path, settings: Settings | None = None
) -> tuple[list[tuple[Any, Article | None]], FakeParser, ParsedStore]:
    staging.mkdir(parents=True, exist_ok=True)
    parser = FakeParser()
    store = ParsedStore(previous, staging, settings or Settings())
    out = list(parse_reusing(parser, items, store))
    store.close()
    return out, parser, store


def test_a_second_run_takes_every_article_from_the_first(tmp_path: Path) -> None:
    first, parser1, store1 = run(articles(5), None, tmp_path / "one")
    second, parser2, store2 = run(articles(5), tmp_path / "one", tmp_path / "two")
    assert parser1.parsed == ["a0", "a1", "a2", "a3", "a4"] and store1.reused == 0
    assert parser2.parsed == [] and store2.reused == 5
    # the same records, whole, in the same order, with their articles
    assert [(r, a) for r, a in second] == [(r, a) for r, a in first]
    m1, m2 = first[2][0].mentions[0], second[2][0].mentions[0]
    assert m2 == m1 and m2.place == KYIV and m2.speaker.role == "mayor"
    assert second[2][0].metadata == first[2][0].metadata and second[2][0].claims
    assert second[2][0].metadata["title"] == "t"
    assert second[2][0].text == first[2][0].text


def test_only_new_or_changed_articles_are_parsed(tmp_path: Path) -> None:
    run(articles(4), None, tmp_path / "one")
    changed = articles(4)
    changed[1] = replace(changed[1], text="Odesa was hit.")  # edited
    changed[2] = replace(changed[2], metadata={"outlet": "Y"})  # another outlet
    changed.append(Article("a9", "Lviv again.", "f9.txt"))  # new
    out, parser, store = run(changed, tmp_path / "one", tmp_path / "two")
    assert parser.parsed == ["a1", "a2", "a9"] and store.reused == 2
    assert [r.mentions[0].text for r, _ in out] == ["Kyiv", "Odesa", "Kyiv", "Kyiv", "Lviv"]


def test_statuses_pass_through_in_their_place(tmp_path: Path) -> None:
    run(articles(2), None, tmp_path / "one")
    bad = InputStatus("broken.json", None, "error", "broken.json: not JSON")
    items = [articles(2)[0], bad, articles(2)[1]]
    out, parser, _ = run(items, tmp_path / "one", tmp_path / "two")
    assert [type(r).__name__ for r, _ in out] == ["ArticleResult", "InputStatus", "ArticleResult"]
    assert out[1] == (bad, None) and parser.parsed == []


def test_other_settings_parse_again(tmp_path: Path) -> None:
    run(articles(2), None, tmp_path / "one")
    _, parser, store = run(articles(2), tmp_path / "one", tmp_path / "two", Settings(focus=False))
    assert parser.parsed == ["a0", "a1"] and store.reused == 0
    # how the run works is not what it finds: other workers reuse
    _, parser, store = run(articles(2), tmp_path / "one", tmp_path / "three", Settings(workers=2))
    assert parser.parsed == [] and store.reused == 2


def test_another_outlet_given_parses_only_the_articles_it_reaches(tmp_path: Path) -> None:
    from geomap.io.given_outlets import as_given

    def read(given: str) -> list[Any]:
        mixed = [*articles(2), Article("n", "Kyiv again.", "n.txt")]  # "n" names no outlet
        return list(as_given(mixed, given))

    run(read("Daily Planet"), None, tmp_path / "one", Settings(outlet="Daily Planet"))
    settings = Settings(outlet="Evening Star")
    out, parser, store = run(read("Evening Star"), tmp_path / "one", tmp_path / "two", settings)
    assert parser.parsed == ["n"] and store.reused == 2
    assert [r.metadata["outlet"] for r, _ in out] == ["X", "X", "Evening Star"]


def test_each_run_keeps_only_the_articles_it_read(tmp_path: Path) -> None:
    run(articles(4), None, tmp_path / "one")
    run(articles(2), tmp_path / "one", tmp_path / "two")
    with sqlite3.connect(tmp_path / "two" / PARSED_FILE) as db:
        assert db.execute("SELECT count(*) FROM parsed").fetchone()[0] == 2


@pytest.mark.parametrize("damage", ["garbage", "other table", "bad value"])
def test_a_damaged_or_planted_file_means_parsing(tmp_path: Path, damage: str) -> None:
    run(articles(2), None, tmp_path / "one")
    path = tmp_path / "one" / PARSED_FILE
    if damage == "garbage":
        path.write_bytes(b"SQLite format 3\x00" + b"\x07" * 500)
    elif damage == "other table":
        path.unlink()
        with sqlite3.connect(path) as db:
            db.execute("CREATE TABLE t (x)")
    else:
        with sqlite3.connect(path) as db:  # JSON, but not records: never unpickled, never run
            db.execute("UPDATE parsed SET value = ?", (json.dumps({"x": 1}).encode(),))
    out, parser, store = run(articles(2), tmp_path / "one", tmp_path / "two")
    assert parser.parsed == ["a0", "a1"] and store.reused == 0 and len(out) == 2


def test_a_batch_holds_at_most_size_reused_articles() -> None:
    result = FakeParser.result(articles(1)[0])
    items: list[Any] = [Reused(result, a) for a in articles(7)]
    assert [len(b) for b in batches(items, 3, max_chars=10)] == [3, 3, 1]


@pytest.mark.model
def test_an_updated_archive_maps_as_a_full_run(tmp_path: Path) -> None:
    from geomap.io import KNOWN_FILES
    from geomap.outdir import OutputDir
    from geomap.run import map_inputs

    here = Settings.from_env(parse_beside=False)  # the process's model, loaded once
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in sorted((ROOT / "seeds").iterdir()):
        (folder / seed.name).write_bytes(seed.read_bytes())
    with OutputDir(tmp_path / "out", KNOWN_FILES) as out:
        first = map_inputs([min(folder.iterdir())], out, settings=here)
    assert first.reused == 0
    with OutputDir(tmp_path / "out", KNOWN_FILES) as out:
        updated = map_inputs([folder], out, settings=here)
    with OutputDir(tmp_path / "fresh", KNOWN_FILES) as out:
        fresh = map_inputs([folder], out, settings=here, reuse=False)
    assert updated.reused == 1 and fresh.reused == 0
    for name in ("mentions", "places", "claims", "comparison", "articles", "map"):
        assert updated.outputs[name].read_bytes() == fresh.outputs[name].read_bytes(), name
    report = json.loads(updated.outputs["report"].read_text(encoding="utf-8"))
    assert report["totals"]["reused"] == 1


def test_a_line_says_the_outputs_are_being_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # user64: after the last article's progress line, a big run wrote its files in silence
    import geomap.run as run
    from geomap.outdir import OutputDir
    from geomap.result import Result

    done = Result(statuses=(InputStatus("a.txt", "a", "ok"),), settings=Settings())
    monkeypatch.setattr(run, "geoparse_inputs", lambda *a, **k: done)
    monkeypatch.setattr(run, "finish_and_commit", lambda result, *a: result)
    with OutputDir(tmp_path / "out") as out:
        assert run.map_inputs([tmp_path], out, progress=True) is not None
        run.map_inputs([tmp_path], out, progress=False)
    err = capsys.readouterr().err
    assert err.count("geomap: progress: 1 article(s) parsed: writing the places") == 1
