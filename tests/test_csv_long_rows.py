"""A CSV row over the size limit costs only itself when it starts on its own line."""

from __future__ import annotations

from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.records import Article, InputStatus

BIG = 5_000_000  # over the line limit for 1 MB articles (2 MB + 1 MiB)


def _read(path: Path, body: str) -> tuple[list[str], list[InputStatus]]:
    path.write_text("id,text\n" + body, encoding="utf-8")
    items = list(read_inputs([path], max_article_bytes=1_000_000))
    return (
        [a.article_id for a in items if isinstance(a, Article)],
        [s for s in items if isinstance(s, InputStatus)],
    )


def test_a_long_row_quoted_over_several_lines_is_skipped_whole(tmp_path: Path) -> None:
    body = (
        "a,Police in Oslo said.\n"
        f'b,"{"z" * BIG}\nmore ""quoted"" text\nand "" more\n"\n'
        f"c,{'y' * BIG}\n"
        'd,"Police in Turku\nsaid."\n'
    )
    ids, (first, second) = _read(tmp_path / "x.csv", body)
    assert ids == ["a", "d"]
    assert (
        first.reason
        == f"{tmp_path / 'x.csv'}:3: row over the size limit, skipped; raise --max-article-mb"
    )
    # named by the line it starts on, after the four lines of row b
    assert second.source.endswith(":7") and "skipped" in (second.reason or "")


def test_a_quote_open_to_the_end_still_stops_the_file(tmp_path: Path) -> None:
    ids, (status,) = _read(tmp_path / "x.csv", f'a,Police in Oslo said.\nb,"open {"w" * BIG}')
    assert ids == ["a"] and "rest of the file not read" in (status.reason or "")


def test_a_long_line_inside_a_row_begun_before_it_stops_the_file(tmp_path: Path) -> None:
    body = f'a,"Police\n{"w" * BIG}"\nc,Police in Bergen said.\n'
    ids, (status,) = _read(tmp_path / "x.csv", body)
    assert ids == [] and "rest of the file not read" in (status.reason or "")
