"""Hostile corpora and metadata (red-team findings): each costs only itself, in bounded memory."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from geomap.io.objects import read_objects
from geomap.io.readers import read_inputs
from geomap.io.record import RecordFields, record_article
from geomap.records import Article, InputStatus
from geomap.sanitize import spreadsheet_cell

ROOT = Path(__file__).resolve().parents[1]


def _split(items: list[Article | InputStatus]) -> tuple[list[Article], list[InputStatus]]:
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, InputStatus)],
    )


def test_a_huge_csv_field_is_refused_not_read_into_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.csv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write('id,text\na,"Troops in Warsaw."\nb,"' + "x" * 5_000_000 + '"\nc,"Later."\n')
    arts, stats = _split(list(read_inputs([path], max_article_bytes=1_000_000)))
    assert [a.article_id for a in arts] == ["a", "c"]  # the row is skipped, not the rest
    assert "over the size limit" in (stats[0].reason or "") and stats[0].source.endswith(":3")


def test_a_csv_without_a_header_line_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "noline.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("text\t" * 40_000)
    _, (status,) = _split(list(read_inputs([path])))
    assert status.status == "error" and "no header line" in (status.reason or "")


def test_a_truncated_csv_gz_keeps_the_rows_before_the_cut(tmp_path: Path) -> None:
    rows = "".join(f"r{n},Troops moved to Warsaw on day {n}.\n" for n in range(5000))
    data = gzip.compress(("id,text\n" + rows).encode())
    path = tmp_path / "cut.csv.gz"
    path.write_bytes(data[: len(data) // 2])
    arts, stats = _split(list(read_inputs([path])))
    assert len(arts) > 100 and "cut short" in (stats[-1].reason or "")


def test_a_csv_row_that_runs_past_its_header_or_its_quote_is_warned_about(
    tmp_path: Path,
) -> None:
    # both were read silently: the extra fields dropped, the rows after an open quote
    # swallowed into one article with no word in the report
    path = tmp_path / "odd.csv"
    path.write_text(
        'id,text\na,Troops in Warsaw,then Lviv\nb,"Kyiv, later\n"\n'
        'c,"Kharkiv and\nd,Odesa\ne,Lviv\n',
        encoding="utf-8",
    )
    arts, stats = _split(list(read_inputs([path])))
    assert not stats and [a.article_id for a in arts] == ["a", "b", "c"]
    extra, closed, open_quote = (a.warnings for a in arts)
    assert extra == (
        f"{path}:2: 1 more field(s) than the header names, left out (an unquoted "
        "delimiter in a field?)",
    )
    assert closed == ()  # a quoted field over two lines, closed
    assert open_quote == (
        f"{path}:5: a quoted field opened on line 5 is never closed: lines 5-7, to the end "
        "of the file, were read as this one row",
    )


def test_a_csv_row_short_of_its_header_is_warned_about(tmp_path: Path) -> None:
    # a row of 2 of 4 fields was "ok" with no word, one of 5 was warned of (user73a)
    path = tmp_path / "short.csv"
    path.write_text(
        "title;text;date;outlet\nA;Rain in Riga.;03/04/2026;Wire\nB;Snow in Oslo.\n",
        encoding="utf-8",
    )
    arts, stats = _split(list(read_inputs([path])))
    assert not stats and not [w for w in arts[0].warnings if "fields" in w]
    assert (
        f"{path}:3: the row has 2 of the header's 4 fields; 'date', 'outlet' left empty (a "
        "row cut short, or a delimiter missing?)"
    ) in arts[1].warnings


def test_a_row_emptied_by_a_quote_left_open_is_an_error_naming_the_quote(
    tmp_path: Path,
) -> None:
    # the title's quote swallowed the rest of the file: the row was "empty" ("its
    # 'text' field is empty"), a reason that hid the cause
    path = tmp_path / "title.csv"
    path.write_text(
        'id,title,text\nr1,"Open quote,Kyiv hit\nr2,Second,Missiles struck Lviv, officials said.\n'
        "r3,Third,Shelling hit Nikopol.\n",
        encoding="utf-8",
    )
    arts, (row, swallowed) = _split(list(read_inputs([path])))
    assert not arts
    assert row.source == f"{path}:2" and row.status == "error"
    assert row.reason == (
        f"{path}:2: no text (its 'text' field is empty), because a quoted field opened on "
        "line 2 is never closed: lines 2-4, to the end of the file, were read as this one row"
    )
    assert row.warnings == ()  # said once, as the reason
    assert swallowed.source == f"{path}:4" and swallowed.status == "error"


def test_a_json_array_is_read_item_by_item(tmp_path: Path) -> None:
    path = tmp_path / "many.json"
    path.write_text(json.dumps([{"text": "Kyiv."}, *[{}] * 20_000, 3, {"text": "Lviv."}]))
    arts, stats = _split(list(read_inputs([path])))
    assert [a.text for a in arts] == ["Kyiv.", "Lviv."]
    # every empty object and the number counted: the first ones listed, the rest summed up
    # in one status (geomap.io.record_problems), not a status each
    from geomap.io.record_problems import MAX_RECORD_PROBLEMS

    assert len(stats) == MAX_RECORD_PROBLEMS + 1
    assert stats[-1].reason == (
        f"{path}: 1 more record not read and 19,000 more records without text, not listed "
        f"one by one (the first {MAX_RECORD_PROBLEMS:,} are)"
    )


@pytest.mark.parametrize(
    "front",
    [
        "title: " + "[" * 20_000,
        "title: [unclosed",
        '!!python/object/apply:os.system ["echo no"]',
        "just a line",
    ],
)
def test_bad_front_matter_keeps_the_article(tmp_path: Path, front: str) -> None:
    (tmp_path / "n.md").write_text(f"---\n{front}\n---\nTroops moved to Warsaw.\n")
    (art,) = read_inputs([tmp_path / "n.md"])
    assert isinstance(art, Article) and "Troops moved to Warsaw." in art.text
    # it used to be read as text without a word: the report says why
    (warning,) = art.warnings
    assert warning.startswith(f"{tmp_path / 'n.md'}: front matter not read (")


@pytest.mark.parametrize("date", ["2024-02-30", "2024-01-01 23:59:60", "2024-13-45"])
def test_a_bad_date_in_front_matter_costs_only_the_date(tmp_path: Path, date: str) -> None:
    # YAML built the date itself and failed the whole block: the title went with it and
    # the front matter was read as the article's text
    front = f"---\ntitle: Floods\ndate: {date}\noutlet: Wire\n---\nTroops moved to Warsaw.\n"
    (tmp_path / "n.md").write_text(front)
    (art,) = read_inputs([tmp_path / "n.md"])
    assert isinstance(art, Article)
    assert art.text.split() == ["Floods", "Troops", "moved", "to", "Warsaw."]
    assert art.metadata == {"title": "Floods", "outlet": "Wire"}
    assert art.warnings == (
        f"{tmp_path / 'n.md'}: unrecognised date {date!r}; 'published' left empty",
    )


def test_nul_characters_in_a_record_are_replaced_and_said() -> None:
    # JSON's "\u0000" reached the GeoPackage and GDAL cut the id and sentence there:
    # the mentions layer named the article "n", not "n\x00ul", and joins broke
    record = {"id": "n\x00ul", "text": "Troops left Paris\x00 for Lyon.", "desk": "a\x00b"}
    art = record_article(record, "c.jsonl:1", "c-1", 0)
    assert isinstance(art, Article)
    assert art.article_id == "n\\u0000ul" and art.text == "Troops left Paris\ufffd for Lyon."
    assert art.metadata["desk"] == "a\ufffdb"
    assert art.warnings == (
        "c.jsonl:1: a NUL character in the id, spelled out as \\u0000",
        "c.jsonl:1: NUL characters in the text replaced by U+FFFD",
        "c.jsonl:1: NUL characters in the field 'desk' replaced by U+FFFD",
    )


def test_a_huge_id_is_shortened_distinctly() -> None:
    # an id is on every mention and claim row: a 1 MB id with 10,000 mentions of one
    # place wrote 10 GB per output file
    a = record_article({"id": "x" * 1_000_000, "text": "Kyiv."}, "c.jsonl:1", "c-1", 0)
    b = record_article({"id": "x" * 999_999 + "y", "text": "Kyiv."}, "c.jsonl:2", "c-2", 0)
    assert isinstance(a, Article) and isinstance(b, Article)
    assert len(a.article_id) == len(b.article_id) == 1000 and a.article_id != b.article_id
    assert a.warnings == ("c.jsonl:1: id of 1,000,000 characters shortened (it is on every row)",)
    url = "https://example.org/" + "a" * 900
    c = record_article({"id": url, "text": "Kyiv."}, "c.jsonl:3", "c-3", 0)
    assert isinstance(c, Article) and c.article_id == url and not c.warnings


def test_hostile_metadata_is_one_clean_line_or_left_out() -> None:
    record = {
        "id": "m",
        "text": "Troops moved to Warsaw.",
        "title": "Title\x1b[2J\u202egnp.exe\x07",
        "published": "\x1b[2J</script>not a date",
        "language": "\x1b[31m",
        "date": "2024-01-01T00:00:00+24:00",
    }
    art = record_article(record, "w", "d", 0)
    assert isinstance(art, Article)
    assert art.metadata["title"] == "Title gnp.exe"  # the escape sequence goes whole
    assert "published" not in art.metadata and "language" not in art.metadata
    assert spreadsheet_cell("a\x1b[2Jb\u202e") == "a\ufffd[2Jb\ufffd"


def test_python_ids_stay_unique_whatever_the_input_ids() -> None:
    items = [{"id": "a#2", "text": "One."}, {"id": "a", "text": "Two."}, {"id": "a", "text": "3."}]
    out = list(read_objects(items, fields=RecordFields(), max_article_bytes=0))
    ids = [a.article_id for a in out if isinstance(a, Article)]
    assert len(ids) == len(set(ids)) == 3


def test_standard_input_twice_is_read_once() -> None:
    code = (
        "from geomap.io.readers import read_inputs\n"
        "for i in read_inputs(['-', '-']):\n"
        "    print(type(i).__name__, i.article_id, getattr(i, 'reason', None))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        input='{"id": "s", "text": "Troops in Warsaw."}\n',
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    lines = run.stdout.splitlines()
    assert lines[0].startswith("Article s") and "given twice" in lines[1]


def test_a_page_too_big_for_main_text_extraction_still_gives_its_text() -> None:
    from geomap.io.html import MAX_ELEMENTS, extract_html

    html = "<html><body>" + "<p>Troops in Kyiv.</p>" * (MAX_ELEMENTS + 5000) + "</body></html>"
    text, _ = extract_html(html)
    assert text.count("Troops in Kyiv.") > MAX_ELEMENTS


def test_page_metadata_is_cleaned_like_any_other() -> None:
    from geomap.io.html import extract_html

    page = (
        "<html><head><title>Title \x1b[2J\u202e<script>alert(1)</script></title></head><body>"
        "<article><p>Troops moved to Kyiv, officials said on Monday in a statement.</p>"
        "</article></body></html>"
    )
    title = extract_html(page)[1]["title"]
    assert "\x1b" not in title and "\u202e" not in title and "<script>" not in title


def test_an_id_with_an_escape_sequence_is_spelled_out_the_same_in_every_output() -> None:
    """claims.csv showed U+FFFD where articles.jsonl kept the ESC: the ids no longer joined."""
    from geomap.sanitize import spreadsheet_cell

    record = {"id": "s3\x1b[31mRED\u202e", "text": "Troops left Paris for Lyon."}
    art = record_article(record, "c.jsonl:1", "c-1", 0)
    assert isinstance(art, Article)
    assert art.article_id == "s3\\u001b[31mRED\\u202e"
    assert spreadsheet_cell(art.article_id) == art.article_id  # as claims.csv writes it
    assert art.warnings == ("c.jsonl:1: control characters in the id, spelled out as \\uXXXX",)


def test_a_jsonl_line_over_the_limit_says_how_to_read_it(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    text = "Rain in Riga. " * 600_000  # 8.4 MB
    path.write_text(
        '{"id": "a", "text": "Rain in Riga."}\n'
        + json.dumps({"id": "b", "text": text})
        + '\n{"id": "c", "text": "Snow."}\n',
        encoding="utf-8",
    )
    arts, stats = _split(list(read_inputs([path], max_article_bytes=1_000_000)))
    assert [a.article_id for a in arts] == ["a", "c"]
    assert stats[0].reason == (
        f"{path}:2: line over the size limit (7 MB of JSON for articles of 1 MB); skipped; "
        "raise --max-article-mb"
    )


def test_a_json_array_named_jsonl_and_json_lines_named_json_are_read(tmp_path: Path) -> None:
    """Exporters mix the two up: each file was one error per line, or one for the file."""

    def rows(prefix: str, n: int) -> list[dict[str, str]]:
        return [{"id": f"{prefix}{i}", "text": f"Rain in Riga {prefix}{i}."} for i in range(n)]

    (tmp_path / "a.jsonl").write_text("\n" + json.dumps(rows("a", 3), indent=2), encoding="utf-8")
    (tmp_path / "b.json").write_text(
        "\n".join(json.dumps(r) for r in rows("b", 3)) + "\n", encoding="utf-8"
    )
    with gzip.open(tmp_path / "c.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(rows("c", 1)))
    (tmp_path / "d.json").write_text(json.dumps(rows("d", 1)) + "\n" + json.dumps(rows("e", 1)))
    arts, stats = _split(list(read_inputs([tmp_path])))
    assert [a.article_id for a in arts] == ["a0", "a1", "a2", "b0", "b1", "b2", "c0", "d0"]
    assert arts[0].notes == (
        f"{tmp_path / 'a.jsonl'}: a JSON array, not JSON Lines; read as a .json file",
    )
    assert arts[3].notes == (
        f"{tmp_path / 'b.json'}: JSON Lines, not one JSON value; read as a .jsonl file",
    )
    (rest,) = stats  # the second array of d.json is not silently dropped
    assert rest.reason == f"{tmp_path / 'd.json'}:2: data after the array's end; not read"


def test_a_cut_gzip_jsonl_keeps_the_lines_before_the_cut(tmp_path: Path) -> None:
    data = gzip.compress(b'{"id": "z1", "text": "Rain in Kyiv."}\n{"id": "z2", "text": "Snow."}\n')
    (tmp_path / "t.jsonl.gz").write_bytes(data[:-12])
    arts, stats = _split(list(read_inputs([tmp_path / "t.jsonl.gz"])))
    assert [a.article_id for a in arts] == ["z1"]
    assert "cut short: the gzip data ends before its end marker" in (stats[-1].reason or "")


def test_a_gzip_cut_inside_a_record_is_one_error_not_two(tmp_path: Path) -> None:
    import random

    rng = random.Random(7)
    lines = [
        json.dumps({"id": f"r{i}", "text": "".join(rng.choices("abcdefgh ", k=800))})
        for i in range(6)
    ]
    data = gzip.compress(("\n".join(lines) + "\n").encode())
    path = tmp_path / "t.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])  # half-way through the third record
    arts, stats = _split(list(read_inputs([path])))
    assert [a.article_id for a in arts] == ["r0", "r1"]
    assert len(stats) == 1 and stats[0].source == str(path)  # the file's error only
    assert f"(the record it cut, {path}:3, left out)" in (stats[0].reason or "")


def test_a_jsonl_line_holding_an_array_of_objects_gives_its_objects(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    rows = [{"id": "p", "text": "Rain in Riga."}, {"id": "q", "text": "Snow in Oslo."}]
    path.write_text(json.dumps(rows) + '\n{"id": "r", "text": "Fog."}\n[[[1]]]\n', encoding="utf-8")
    arts, stats = _split(list(read_inputs([path])))
    assert [(a.article_id, a.source) for a in arts] == [
        ("p", f"{path}:1:1"),
        ("q", f"{path}:1:2"),
        ("r", f"{path}:2"),
    ]
    assert [s.reason for s in stats] == [f"{path}:3: expected a JSON object per line"]


def test_a_text_read_before_is_read_again_with_a_note(tmp_path: Path) -> None:
    """A syndicated story in two outlets, or a record exported twice, was not told apart."""
    story = "Officials in Kyiv said the bridge to Odesa was closed."
    (tmp_path / "a.txt").write_text(story, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "wire", "text": "  " + story.replace(" ", "\n", 2), "outlet": "B"})
        + "\n"
        + json.dumps({"id": "other", "text": "Rain in Lviv."})
        + "\n",
        encoding="utf-8",
    )
    arts, _ = _split(list(read_inputs([tmp_path])))
    assert [a.article_id for a in arts] == ["a", "wire", "other"]
    assert arts[0].notes == () and arts[2].notes == ()
    assert arts[1].notes == (f"{tmp_path / 'b.jsonl'}:1: the same text as article 'a'; read again",)
