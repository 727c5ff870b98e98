"""Quotations left open, one after another, are read without running out of stack.

:func:`quote_regions` called itself once per quotation left open before the text's
end: 1,200 of them ("Officials said “we hold. Then Kyiv ...") raised RecursionError
(review fix49).
"""

from __future__ import annotations

from geomap.quotations import quote_regions


def test_a_page_of_quotes_left_open_gives_one_region_each() -> None:
    unit = "Officials said “we hold. Then Kyiv "
    regions = quote_regions(unit * 1200)
    assert len(regions) == 1200
    assert regions[:2] == [(15, 24), (len(unit) + 15, len(unit) + 24)]  # “we hold.


def test_the_text_after_a_quote_left_open_is_read_as_before() -> None:
    text = "He said “we hold. Then ‘yes’ came. And ‘no’ too."
    regions = quote_regions(text)
    assert [text[a:b] for a, b in regions] == ["“we hold.", "‘yes’", "‘no’"]
