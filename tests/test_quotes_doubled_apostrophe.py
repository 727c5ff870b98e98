"""Two apostrophes close a double quotation (typewritten copy, issue 17).

`"He paid his dues,'' said his mother.`: without this, the quotation ran on over the
narrative after it and gave that narrative the quotation's speaker.
"""

from __future__ import annotations

from geomap.quotations import quote_regions


def test_two_apostrophes_close_a_straight_double_quote() -> None:
    text = '"He paid his dues,\'\' said his mother, in Lviv. Then "no".'
    assert [text[a:b] for a, b in quote_regions(text)] == ["\"He paid his dues,''", '"no"']


def test_two_apostrophes_before_a_letter_close_nothing() -> None:
    text = "\"We said ''Kyiv'' twice,\" she said."
    assert [text[a:b] for a, b in quote_regions(text)] == [text[: text.index(" she")]]
