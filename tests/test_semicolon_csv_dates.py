"""A CSV separated by semicolons writes its dates day first (rev44).

Excel saves ``;``-separated CSV where the list separator is ``;``, in the locales that
write 5 March 2024 as ``05/03/2024`` (French, Spanish, Italian; German and Polish use
dots); ``05/03/2024`` was read month first, 3 May, as in an American export.
"""

from __future__ import annotations

from pathlib import Path

from geomap.dates import parse_date
from geomap.io.readers import read_inputs
from geomap.records import Article


def _published(path: Path) -> list[str | None]:
    found = list(read_inputs([path]))
    assert all(isinstance(a, Article) for a in found)
    return [a.metadata.get("published") for a in found if isinstance(a, Article)]


def test_a_semicolon_csvs_slash_dates_are_day_first(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(
        "\ufeffid;text;date\n1;Floods in the north.;05/03/2024\n"
        "2;Strike at the port.;04/03/2024\n3;Talks.;2024-03-05\n".encode()
    )
    assert _published(path) == ["2024-03-05", "2024-03-04", "2024-03-05"]


def test_the_files_own_dates_overrule_the_delimiters_guess(tmp_path: Path) -> None:
    # rev46: a ";" file from an American export (03/25/2024 has no 25th month) is month
    # first throughout, and a "," file with 25/03/2024 day first throughout
    semicolons = tmp_path / "us.csv"
    semicolons.write_text(
        "id;text;date\n1;Floods.;05/03/2024\n2;Strike.;03/25/2024\n", encoding="utf-8"
    )
    assert _published(semicolons) == ["2024-05-03", "2024-03-25"]
    commas = tmp_path / "fr.csv"
    commas.write_text("id,text,date\n1,Floods.,05/03/2024\n2,Strike.,25/03/2024\n")
    assert _published(commas) == ["2024-03-05", "2024-03-25"]


def test_dates_that_disagree_leave_the_delimiters_guess(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_text(
        "id;text;date\n1;A.;05/03/2024\n2;B.;25/03/2024\n3;C.;03/25/2024\n", encoding="utf-8"
    )
    assert _published(path)[0] == "2024-03-05"


def test_a_comma_csvs_slash_dates_stay_month_first(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("id,text,date\n1,Floods in the north.,05/03/2024\n", encoding="utf-8")
    assert _published(path) == ["2024-05-03"]
    assert parse_date("05/03/2024 10:32", day_first=True) == "2024-03-05T10:32:00"


def test_dates_that_read_two_ways_are_noted_once_with_the_order_read(tmp_path: Path) -> None:
    """A comma CSV of a French outlet dated 01/02/2024: read 2 January, silently (user56)."""
    path = tmp_path / "export.csv"
    path.write_text("id,text,date\n1,Floods.,01/02/2024\n2,Strike.,03/02/2024\n", encoding="utf-8")
    first, second = read_inputs([path])
    assert isinstance(first, Article) and isinstance(second, Article)
    (note,) = [n for n in first.warnings if "dates such as" in n]  # on the terminal (user67)
    assert note == (
        f"{path}: dates such as 01/02/2024 read as month/day (2 January 2024): a guess; "
        "no date in the file's first 64 KB tells the order (the whole file)"
    )
    assert not any("dates such as" in n for n in second.warnings)  # once, on the first
    decided = tmp_path / "fr.csv"
    decided.write_text("id,text,date\n1,Floods.,01/02/2024\n2,Strike.,25/02/2024\n")
    assert not any("dates such as" in n for a in read_inputs([decided]) for n in a.warnings)
