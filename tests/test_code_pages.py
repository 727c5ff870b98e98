"""Single-byte code pages told apart by the alphabet of one language.

French in Latin-1 was read as ISO-8859-2 ("rassemblés ŕ Besançon", "Ŕ Évreux" lost as a
place); Czech, Croatian, Turkish, Lithuanian and Latvian in their Windows code pages were
read as Windows-1252 ("Øeka", "Ðakovo", "Muðla"), and Polish names in an English text in
Windows-1250 as Latin-1 ("£ód"): every candidate looked as plausible word by word.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.io.alphabets import words_outside_one_alphabet
from geomap.io.encoding import decode_bytes
from geomap.io.readers import read_inputs
from geomap.records import Article

TEXTS = [
    ("Des manifestants se sont rassemblés à Besançon samedi. À Évreux, 800 personnes.", "latin-1"),
    ("Povodně zasáhly Ostravu a Opavu, řekl ve čtvrtek hejtman. Řeka Odra se vylila.", "cp1250"),
    ("Policija u Đakovu i Čakovcu kaže da je situacija mirna, rekao je ministar.", "cp1250"),
    (
        "Bakan, Muğla'daki yangınların kontrol altına alındığını söyledi. Şu an çalışmalar var.",
        "cp1254",
    ),
    ("Vilniuje ir Kaune vyko protestai, pranešė policija. Žmonės reikalavo atsakymų.", "cp1257"),
    ("Rīgā un Daugavpilī notika protesti, ziņoja policija. Cilvēki pieprasīja atbildes.", "cp1257"),
    ("Officials in Kraków and Łódź said the floods had passed.", "cp1250"),
    # what was read right before still is
    ("Hochwasser in Würzburg: der Main ist über die Ufer getreten. Straßen gesperrt.", "cp1252"),
    ("Żołnierze przyjechali do Białegostoku i Hajnówki, poinformowało ministerstwo.", "cp1250"),
    ("Колонны техники замечены под Харьковом и Белгородом, сообщили в Минске.", "koi8-r"),
    (
        "“Talks in Zürich failed,” the minister said, but officials in Genève were hopeful.",
        "cp1252",
    ),
]


@pytest.mark.parametrize(("text", "encoding"), TEXTS)
def test_a_text_in_its_languages_code_page_is_read_as_written(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding), "a.txt")[0] == text


def test_the_file_is_read_as_written_and_the_report_names_the_code_page(tmp_path: Path) -> None:
    text = TEXTS[0][0]
    (tmp_path / "fr.txt").write_bytes(text.encode("latin-1"))
    (art,) = read_inputs([tmp_path / "fr.txt"])
    assert isinstance(art, Article) and art.text == text
    assert art.notes[0].endswith(("decoded as iso8859-1", "decoded as cp1252"))


def test_words_outside_the_best_fitting_alphabet_are_counted() -> None:
    assert words_outside_one_alphabet(["Zürich", "Genève", "Montréal"]) == 0  # French has ü
    assert words_outside_one_alphabet(["Besanēon", "ą", "rassemblés"]) == 2  # cp1257 misread
    assert words_outside_one_alphabet(["no", "accents", "here"]) == 0


def test_bytes_no_code_page_reads_name_their_format_when_known() -> None:
    # a PNG's signature holds no NUL byte: it was "not text in any encoding" with no word
    # of what it was, where one with a NUL byte said "a PNG image"
    from geomap.errors import InputError

    with pytest.raises(InputError, match=r"reads it cleanly\); a PNG image$"):
        decode_bytes(b"\x89PNG\r\n\x1a\nabc", "image.txt")
    with pytest.raises(InputError, match=r"reads it cleanly\); convert it to UTF-8$"):
        decode_bytes(b"\x81\x1a\x02", "odd.txt")


def test_a_russian_spreadsheet_row_in_windows_1251_is_not_read_as_mac_cyrillic(
    tmp_path: Path,
) -> None:
    """Excel in a Russian locale saves CSV in Windows-1251 with ``;``: cells joined by
    ``;`` made a lower-to-upper switch ("Tbilisi;Protesters") in every candidate, and
    Mac Cyrillic's signs for capitals and ``я`` (``за€вили``, ``¬ласти``) were no mark."""
    rows = (
        "ID;Title;Article Text;Date Published;Publication;Link\r\n"
        "1;Protests in Tbilisi;Protesters gathered in Tbilisi and Batumi, the Georgian"
        " interior ministry said.;05/03/2024;Civil.ge;https://civil.ge/1\r\n"
        "3;Москва и Киев;Власти Москвы заявили, что над Подмосковьем сбиты беспилотники,"
        " сообщил мэр Сергей Собянин.;05.03.2024;ТАСС;\r\n"
    )
    (tmp_path / "ru.csv").write_bytes(rows.encode("cp1251"))
    texts = [a.text for a in read_inputs([tmp_path / "ru.csv"]) if isinstance(a, Article)]
    assert texts[1].startswith("Москва и Киев\n\nВласти Москвы заявили")
    assert decode_bytes(rows.encode("cp1251"), "ru.csv")[1] == "cp1251"


def test_signs_beside_letters_are_marks_and_signs_beside_figures_are_not() -> None:
    from geomap.io.plausible_text import implausible as _implausible

    assert _implausible("за€вили ¬ласти") == 2
    assert _implausible("€5bn and 5 £ and +Baku and 3×4") == 0


def test_russian_koi8_is_named_koi8_r_not_its_ukrainian_twin() -> None:
    # KOI8-U reads Russian text as KOI8-R does: the detector's own name stands (the
    # report said "decoded as koi8-u" for a KOI8-R file)
    text = "Власти Молдавии в Кишинёве заявили, что колонна прошла через Тирасполь и Бендеры."
    assert decode_bytes(text.encode("koi8-r"), "a.txt") == (text, "koi8-r")


@pytest.mark.parametrize(
    ("label", "encoding", "noted"),
    [("iso-8859-1", "utf-8", True), ("UTF-8", "utf-8", False), ("windows-1251", "cp1251", False)],
)
def test_a_page_whose_charset_label_is_wrong_says_so(
    tmp_path: Path, label: str, encoding: str, noted: bool
) -> None:
    body = "Колонна техники прошла через Калининград, сообщили в Минске."
    head = f'<head><meta charset="{label}"><title>T</title></head>'
    page = f"<html>{head}<body><p>{body}</p></body></html>"
    (tmp_path / "p.html").write_bytes(page.encode(encoding))
    (art,) = read_inputs([tmp_path / "p.html"])
    assert isinstance(art, Article) and body in art.text
    wrong = [n for n in art.notes if "declares charset" in n]
    assert bool(wrong) is noted
    if noted:
        assert wrong[0].endswith(
            f"declares charset {label}, but its bytes are utf-8 (read as utf-8)"
        )
