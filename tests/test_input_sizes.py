"""The progress lines' share of the inputs read and time left, by the files' sizes."""

from __future__ import annotations

import io
from pathlib import Path

from geomap.input_sizes import BytesRead, input_sizes
from geomap.progress import ProgressLog
from geomap.records import Article, ArticleResult, InputStatus


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    (folder / "tg").mkdir(parents=True)
    (folder / "a.jsonl").write_text(('{"text": "' + "x" * 290 + '"}\n') * 2, encoding="utf-8")
    (folder / "tg" / "result.json").write_text("y" * 400, encoding="utf-8")
    (folder / ".hidden").write_text("z" * 1000, encoding="utf-8")
    return folder


def test_the_inputs_sizes_are_known_up_front_without_hidden_files(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    sizes = input_sizes([folder])
    assert sizes == {f"{folder}/a.jsonl": 606, f"{folder}/tg/result.json": 400}
    assert input_sizes([folder], limit=1) is None  # too many files: no total
    assert input_sizes(["-"]) is None and input_sizes(["https://example.org/feed"]) is None


def test_a_file_counts_whole_once_the_reading_moved_past_it(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    sizes = input_sizes([folder])
    assert sizes is not None
    meter = BytesRead(sizes)
    assert meter.total == 1006
    meter.read(f"{folder}/a.jsonl:1", 290)
    assert meter.bytes == 290  # its articles' characters so far
    meter.read(f"{folder}/a.jsonl:2", 290)
    meter.read(f"{folder}/tg/result.json:7", 100)
    assert meter.bytes == 606 + 100
    meter.read("elsewhere.txt", 50)  # a source of no known file: not counted
    assert meter.bytes == 706


def test_the_progress_line_gives_the_share_of_the_inputs_and_a_time_left(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    log = ProgressLog(stream=io.StringIO(), sizes=input_sizes([folder]))
    articles = [
        Article("1", "x" * 290, f"{folder}/a.jsonl:1"),
        Article("2", "x" * 290, f"{folder}/a.jsonl:2"),
        Article("3", "y" * 400, f"{folder}/tg/result.json:3"),
    ]
    reading = log.reading(articles)
    for _ in range(2):
        article = next(reading)
        log.done(
            ArticleResult(
                InputStatus(article.source, article.article_id, "ok"), (), (), {}, article.text
            )
        )
    line = log.line()
    assert "done 2 of 2 articles read" in line
    assert "; inputs 57% read (0.6 of 1.0 kB), " in line  # 580 of 1006 bytes, not "0.0 of 0.0 MB"
    assert "(580 of 580 bytes of text)" in line
    assert "left" in line
    assert "; inputs" not in ProgressLog(stream=io.StringIO()).line()


def test_a_file_refused_whole_leaves_the_total(tmp_path: Path) -> None:
    """A 25.8 MB file refused for its size kept the share at 2 % and hours left (user73a)."""
    folder = _corpus(tmp_path)
    log = ProgressLog(stream=io.StringIO(), sizes=input_sizes([folder]))
    big, other = f"{folder}/tg/result.json", f"{folder}/a.jsonl"
    items = [
        InputStatus(big, None, "error", reason="too big"),
        InputStatus(f"{other}:9", None, "error", reason="a bad line"),  # one line: stays
        Article("1", "x" * 290, f"{other}:1"),
        Article("2", "x" * 290, f"{other}:2"),
    ]
    for item in log.reading(items):
        if isinstance(item, Article):
            log.done(
                ArticleResult(
                    InputStatus(item.source, item.article_id, "ok"), (), (), {}, item.text
                )
            )
    assert log.bytes_read is not None and log.bytes_read.total == 606
    assert "; inputs 95% read" in log.line()


def test_a_file_refused_whole_is_named_when_met(tmp_path: Path) -> None:
    """Problem inputs were named only at the end, minutes in (user73a B3)."""
    folder = _corpus(tmp_path)
    out = io.StringIO()
    log = ProgressLog(stream=out, sizes=input_sizes([folder]))
    big, other = f"{folder}/tg/result.json", f"{folder}/a.jsonl"
    reason = f"{big}: 25.8 MB is over the limit of 10 MB per article"
    items = [
        InputStatus(big, None, "error", reason=reason),
        InputStatus(f"{other}:9", None, "error", reason=f"{other}:9: invalid JSON"),
        InputStatus(f"{other}!x.txt:2", None, "error", reason="a member's line"),
        Article("1", "x" * 290, f"{other}:1"),
    ]
    seen = []
    for item in log.reading(items):
        seen.append(item)
        if len(seen) == 1:  # said before the next input is read
            assert out.getvalue() == f"geomap: progress: error: {reason}\n"
    assert out.getvalue() == f"geomap: progress: error: {reason}\n"  # one line, once
