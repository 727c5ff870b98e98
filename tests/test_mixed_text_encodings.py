"""A text file in UTF-8 with lines or bytes in a single-byte code page (rev44).

It was decoded whole in one detected code page: every UTF-8 letter became mojibake
("Krakأ³w" as Windows-1256, "KrakГіw" as Windows-1251).
"""

from __future__ import annotations

from pathlib import Path

from geomap.io.encoding import decode_bytes
from geomap.io.mixed_encoding import decode_mixed, mixed_name
from geomap.io.readers import read_inputs
from geomap.records import Article


def test_a_utf8_text_with_windows_1252_quotes_keeps_its_utf8_letters() -> None:
    data = (
        "Officials in Kraków said the talks in Gdańsk would resume.\n".encode()
        + b"The mayor of \xc5\x81\xc3\xb3d\xc5\xba said \x93we are ready\x94.\n"  # UTF-8 and cp1252
        + "A spokesman in Wrocław added that Poznań".encode()
        + b"\x92s council would vote.\n"
    )
    text, encoding = decode_bytes(data, "t.txt")
    assert "Kraków" in text and "Łódź said “we are ready”." in text and "Poznań’s" in text
    assert encoding == "utf-8, lines 2, 3 in cp1252"


def test_lines_in_windows_1251_are_read_as_cyrillic_and_the_rest_as_utf8(tmp_path: Path) -> None:
    data = (
        "Officials in Kraków and Lviv met on Tuesday.\n".encode()
        + "Власти Москвы заявили о новых ограничениях.\n".encode("cp1251")
        + "Officials in Gdańsk declined to comment.\n".encode()
    )
    (tmp_path / "joined.txt").write_bytes(data)
    (article,) = read_inputs([tmp_path / "joined.txt"])
    assert isinstance(article, Article)
    assert article.text.split("\n")[:3] == [
        "Officials in Kraków and Lviv met on Tuesday.",
        "Власти Москвы заявили о новых ограничениях.",
        "Officials in Gdańsk declined to comment.",
    ]
    assert any("UTF-8, line 2 in cp1251" in n for n in article.notes)


def test_a_file_in_one_code_page_or_all_utf8_is_not_mixed() -> None:
    def never(raw: bytes) -> tuple[str, str] | None:
        raise AssertionError("no stray bytes to detect")

    assert decode_mixed("Kraków\nŁódź\n".encode(), never) is None
    assert decode_mixed("Kraków\nŁódź\n".encode("cp1250"), never) is None  # no UTF-8 line
    assert decode_mixed(b"ascii only\n", never) is None
    assert mixed_name("cp1251", list(range(1, 13))).endswith("9, 10 ... in cp1251")
