"""CSV cells a spreadsheet would run as a formula are neutralised, whatever precedes the sign."""

from __future__ import annotations

import pytest

from geomap.sanitize import spreadsheet_cell


@pytest.mark.parametrize(
    "cell",
    [
        ' =HYPERLINK("http://evil.example/","x")',
        "\t=1+1",
        "  +1",
        "\u00a0-2",
        "\u200b@SUM(1)",
        "\ufeff=1",
        "\u3000=1",
        "\n=1",
        "\uff1d1+1",
        " \uff20SUM(1)",
    ],
)
def test_a_formula_after_blanks_or_in_full_width_is_quoted(cell: str) -> None:
    assert spreadsheet_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["Kyiv", " Kyiv", "a =1", "", "Warsaw - Berlin"])
def test_text_that_is_no_formula_is_unchanged(cell: str) -> None:
    assert spreadsheet_cell(cell) == cell


def test_every_character_nfkc_makes_a_formula_sign_is_quoted() -> None:
    import unicodedata

    signs = [
        chr(c)
        for c in range(0x80, 0x30000)
        if unicodedata.normalize("NFKC", chr(c)) in ("=", "+", "-", "@")
    ]
    assert {"\ufe66", "\ufe62", "\ufe63", "\ufe6b", "\u207a"} <= set(signs)  # ﹦ ﹢ ﹣ ﹫ ⁺
    for sign in signs:
        assert spreadsheet_cell(f"{sign}1+1") == f"'{sign}1+1"
        assert spreadsheet_cell(f" \u200b{sign}SUM(1)") == f"' \u200b{sign}SUM(1)"
