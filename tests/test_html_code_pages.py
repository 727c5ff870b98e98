"""An HTML page in a legacy code page with no ``<meta charset>`` is decoded right (rev41).

Markup beside the text (``</h1><p>Власти``) made the right code page look
implausible (a lower-case Latin letter before an upper-case Cyrillic one is a
mark of a wrong code page in prose), so a Russian page in Windows-1251 was read
as Mac Cyrillic ("ќбстрел ’арькова") and lost every place.
"""

from __future__ import annotations

import pytest

from geomap.io.encoding import decode_bytes

PAGES = {
    "cp1251": (
        '<!DOCTYPE html><html lang="en"><head><title>Обстрел Харькова | Новости</title>'
        '<meta property="og:site_name" content="Новости"></head><body>'
        '<div id="cookie-banner"><p>We use cookies to improve your experience.</p>'
        "<button>Accept all</button></div>"
        '<nav><a href="/">Главная</a> <a href="/world">Мир</a></nav>'
        "<article><h1>Обстрел Харькова прекратился</h1><p>Власти Киева заявили в "
        "понедельник, что обстрел Харькова прекратился. Мэр Львова сообщил, что школы "
        "откроются.</p><p>В Одессе возобновилось движение в порту, сообщили в "
        "администрации.</p></article><footer>© 2024 Новости. Все права защищены.</footer>"
        "</body></html>"
    ),
    "cp1250": (
        "<html><head><title>Ostrzał Charkowa</title></head><body><article>"
        "<h1>Ostrzał ustał</h1><p>Władze w Kijowie poinformowały, że ostrzał Charkowa "
        "ustał.</p><p>Źródła w Łodzi i Gdańsku podały, że żołnierze wrócili.</p>"
        "</article></body></html>"
    ),
}


@pytest.mark.parametrize("code_page", sorted(PAGES))
def test_a_page_without_a_charset_is_read_in_its_code_page(code_page: str) -> None:
    page = PAGES[code_page]
    text, encoding = decode_bytes(page.encode(code_page), "page.html")
    assert text == page
    assert encoding == code_page


def test_text_with_a_less_than_sign_is_still_decoded_right() -> None:
    line = "Цены выросли <5% в Москве, а в Санкт-Петербурге >7%, сообщил Росстат."
    text, encoding = decode_bytes(line.encode("cp1251"), "a.txt")
    assert (text, encoding) == (line, "cp1251")
