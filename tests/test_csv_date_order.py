"""A CSV's slashed dates read in the order its other dates agree with (user67).

A monitoring export's date column held "03/11/2026 14:05" beside "3 Nov 2026": the
commas' guess (month first) read 11 March, months off the named-month dates beside it.
A header with a zone in brackets ("Published (UTC)") was not read as the date column.
"""

from __future__ import annotations

from pathlib import Path

from geomap.io.csv_dates import date_order
from geomap.io.readers import read_inputs
from geomap.records import Article


def _read(path: Path) -> list[Article]:
    found = list(read_inputs([path]))
    assert all(isinstance(a, Article) for a in found)
    return [a for a in found if isinstance(a, Article)]


def test_named_month_dates_choose_the_order_of_the_slashed_ones(tmp_path: Path) -> None:
    path = tmp_path / "monitor.csv"
    path.write_text(
        'title,text,date\nA,"Shelling.",03/11/2026 14:05\nB,"Talks.",3 Nov 2026\n'
        'C,"Strike.",04/11/2026\nD,"Drones.",2026-11-06\n',
        encoding="utf-8",
    )
    articles = _read(path)
    assert [a.metadata["published"][:10] for a in articles] == [
        "2026-11-03", "2026-11-03", "2026-11-04", "2026-11-06",
    ]  # fmt: skip
    (said,) = [w for a in articles for w in a.warnings if "dates such as" in w]
    assert "03/11/2026 read as day/month (3 November 2026): the file's other dates" in said
    assert "(such as 3 Nov 2026)" in said and "month/day (11 March 2026)" in said


def test_other_dates_tell_month_first_too_and_a_day_over_12_still_decides() -> None:
    us = date_order("d,t\n11/03/2026,A\nNovember 4 2026,B\n", ",", guess=True)
    assert (us.day_first, us.told_by) == (False, "November 4 2026")
    # a slashed date that cannot be month first decides, whatever the others say
    told = date_order("d,t\n03/11/2026,A\n25/03/2026,B\n11 Mar 2026,C\n", ",", guess=False)
    assert (told.day_first, told.two_ways, told.told_by) == (True, None, None)
    # other dates only in another column (a body's "3 Nov") say nothing of this one
    apart = date_order("d,t\n03/11/2026,3 Nov 2026\n", ",", guess=False)
    assert (apart.day_first, apart.told_by) == (False, None)


def test_a_semicolon_export_without_other_dates_keeps_day_first(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        'sep=;\n"Headline";"Body";"Published (UTC)"\n"A";"Floods.";"10/11/2026 12:00"\n'
        '"B";"Talks.";"11/11/2026 18:20"\n',
        encoding="utf-8",
    )
    articles = _read(path)
    assert [a.metadata["published"] for a in articles] == [
        "2026-11-10T12:00:00+00:00", "2026-11-11T18:20:00+00:00",
    ]  # fmt: skip
    said = [w for a in articles for w in a.warnings if "dates such as" in w]
    assert said and "read as day/month (10 November 2026)" in said[0]
    assert "as a file separated by semicolons writes them" in said[0]
