"""A gzip file cut short keeps what it holds before the cut, and says so (rev41)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.records import Article, InputStatus

CITIES = ("Kyiv", "Lviv", "Odesa", "Kharkiv", "Dnipro", "Warsaw", "Berlin", "Paris")


def _read(path: Path) -> tuple[list[Article], list[InputStatus]]:
    items = list(read_inputs([path]))
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, InputStatus)],
    )


def _cut(data: bytes, keep: float) -> bytes:
    packed = gzip.compress(data)
    return packed[: int(len(packed) * keep)]


def _lines(n: int, start: int = 0) -> bytes:
    return "".join(
        json.dumps({"id": f"r{i}", "text": f"Talks in {CITIES[i % 8]} on day {i}, {i * 7919}."})
        + "\n"
        for i in range(start, n)
    ).encode()


def test_a_cut_feed_keeps_its_items_before_the_cut(tmp_path: Path) -> None:
    items = "".join(
        f"<item><title>t{i}</title><description>Talks in {CITIES[i % 8]} on day {i}, "
        f"{i * 7919}.</description></item>"
        for i in range(300)
    )
    feed = f"<rss><channel><title>X</title>{items}</channel></rss>".encode()
    path = tmp_path / "feed.rss.gz"
    path.write_bytes(_cut(feed, 0.5))
    arts, stats = _read(path)
    assert len(arts) > 50  # gzip.GzipFile's EOFError lost every item
    assert [s.status for s in stats] == ["error"]
    assert "cut short" in (stats[0].reason or "") and str(path) in (stats[0].reason or "")


def test_a_cut_json_lines_file_keeps_every_whole_line(tmp_path: Path) -> None:
    data = _lines(400)
    path = tmp_path / "export.jsonl.gz"
    path.write_bytes(_cut(data, 0.6))
    arts, stats = _read(path)
    whole = gzip.decompress(gzip.compress(data))  # the lines before the cut, at least
    assert len(arts) > 100 and all(a.article_id == f"r{n}" for n, a in enumerate(arts))
    assert len(arts) < whole.count(b"\n")
    assert stats[-1].status == "error" and "cut short" in (stats[-1].reason or "")


def test_a_cut_article_is_an_error_not_half_an_article(tmp_path: Path) -> None:
    path = tmp_path / "story.txt.gz"
    path.write_bytes(_cut(b"Officials in Kyiv said talks went on. " * 300, 0.5))
    arts, stats = _read(path)
    assert arts == []
    assert [(s.status, s.article_id) for s in stats] == [("error", "story")]
    assert "cut short" in (stats[0].reason or "")


def test_joined_members_and_padding_are_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "joined.jsonl.gz"
    first, second = _lines(3), _lines(5, start=3)
    path.write_bytes(gzip.compress(first) + gzip.compress(second) + b"\x00" * 512)
    arts, stats = _read(path)
    assert [a.article_id for a in arts] == ["r0", "r1", "r2", "r3", "r4"]
    assert stats == []


def test_a_file_named_gz_that_is_not_says_so(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt.gz"
    path.write_text("Officials in Kyiv said talks went on.", encoding="utf-8")
    arts, stats = _read(path)
    assert arts == [] and [s.status for s in stats] == ["error"]
    assert "not gzip data" in (stats[0].reason or "")
